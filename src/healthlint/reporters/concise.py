"""`--format concise`: `path:line:col: CODE message`, one line per finding, for grep and quickfix lists."""

from __future__ import annotations

from healthlint.model.results import FileResult
from healthlint.reporters import Reporter


class ConciseReporter(Reporter):
    def add(self, result: FileResult, source: str | None) -> None:
        for f in result.findings:
            self.out.write(f"{result.path}:{f.span.line}:{f.span.column}: {f.rule} {f.message}\n")
        super().add(result, source)
