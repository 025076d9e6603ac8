"""`--format concise`: `path:line:col: CODE message`, one line per finding, for grep and quickfix lists."""

from __future__ import annotations

from typing import IO

from healthlint.reporters import Run


def write_concise(run: Run, out: IO[str]) -> None:
    for result in run.results:
        for f in result.findings:
            out.write(f"{result.path}:{f.span.line}:{f.span.column}: {f.rule} {f.message}\n")
