"""`--format gitlab`: GitLab Code Quality JSON, shown in merge-request widgets."""

from __future__ import annotations

from healthlint.model.results import FileResult
from healthlint.reporters import Reporter, dumps, fingerprint, numbered

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


class GitlabReporter(Reporter):
    written = 0

    def add(self, result: FileResult, source: str | None) -> None:
        for n, f in numbered(result):
            issue = {
                "type": "issue",
                "check_name": f.rule,
                "description": f"{f.rule} {f.message}",
                "categories": ["Style"],
                "severity": SEVERITIES[f.severity],
                "fingerprint": fingerprint(result.path, f.rule, f.span.text, n),
                "location": {
                    "path": result.path,
                    "positions": {
                        "begin": {"line": f.span.line, "column": f.span.column},
                        "end": {"line": f.span.end_line, "column": f.span.end_column},
                    },
                },
            }
            self.out.write(("[\n" if not self.written else ",\n") + dumps(issue))
            self.written += 1
        super().add(result, source)

    def close(self) -> None:
        self.out.write("[]\n" if not self.written else "\n]\n")
