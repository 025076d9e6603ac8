"""`--format gitlab`: GitLab Code Quality JSON, shown in merge-request widgets."""

from __future__ import annotations

import json
from typing import IO

from healthlint.reporters import Run, fingerprint, numbered

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def write_gitlab(run: Run, out: IO[str]) -> None:
    issues = [
        {
            "type": "issue",
            "check_name": f.rule,
            "description": f"{f.rule} {f.message}",
            "categories": ["Style"],
            "severity": SEVERITIES[f.severity],
            "fingerprint": fingerprint(r.path, f.rule, f.span.text, n),
            "location": {
                "path": r.path,
                "positions": {
                    "begin": {"line": f.span.line, "column": f.span.column},
                    "end": {"line": f.span.end_line, "column": f.span.end_column},
                },
            },
        }
        for r in run.results
        for n, f in numbered(r)
    ]
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")
