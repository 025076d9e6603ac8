"""`--format json`: the report contract in spec/report.schema.json (version 1), written as results arrive."""

from __future__ import annotations

import json
from typing import Any

from healthlint import __version__
from healthlint.model.results import FileResult
from healthlint.reporters import Reporter, dumps


class JsonReporter(Reporter):
    started = False

    def _start(self) -> None:
        if not self.started:
            tool = json.dumps({"name": "healthlint", "version": __version__})
            self.out.write(f'{{\n  "version": 1,\n  "tool": {tool},\n  "files": [')
            self.started = True

    def add(self, result: FileResult, source: str | None) -> None:
        self._start()
        separator = ",\n" if self.files else "\n"
        path = dumps(result.path)
        self.out.write(f'{separator}{{"path": {path}, {result.encode()[1:]}')  # the result's own JSON, path first
        super().add(result, source)

    def close(self) -> None:
        self._start()
        summary: dict[str, Any] = {
            "files": self.files,
            "findings": self.findings,
            "failed": self.failed,
            "mean_score": self.mean_score,
        }
        if self.statistics:
            summary["statistics"] = {code: n for (code, _), n in sorted(self.rule_counts.items())}
        self.out.write(f'\n  ],\n  "summary": {json.dumps(summary)}')
        if self.errors:
            errors = [{"path": e.path, "message": e.problem} for e in self.errors]
            self.out.write(f',\n  "errors": {dumps(errors)}')
        self.out.write("\n}\n")
