"""`--format concise`: `path:line:col: CODE message`, one line per finding, for grep and quickfix lists.

Control characters in a file name or a quote are written as escapes (`\\n`, `\\x1b`): one finding, one line.
"""

from __future__ import annotations

from healthlint.model.results import FileResult
from healthlint.model.text import printable
from healthlint.reporters import Reporter


class ConciseReporter(Reporter):
    def add(self, result: FileResult, source: str | None) -> None:
        path = printable(result.path)
        for f in result.findings:
            self.out.write(f"{path}:{f.span.line}:{f.span.column}: {f.rule} {printable(f.message)}\n")
        super().add(result, source)
