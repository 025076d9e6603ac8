"""`--format json`: the report contract in spec/report.schema.json (version 1)."""

from __future__ import annotations

import json
from typing import IO, Any

from healthlint import __version__
from healthlint.reporters import Run


def report_dict(run: Run) -> dict[str, Any]:
    files = [r.to_dict() for r in run.results]
    scores = [r.score for r in run.results]
    summary: dict[str, Any] = {
        "files": len(files),
        "findings": sum(len(r.findings) for r in run.results),
        "failed": sum(not r.passed for r in run.results),
        "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
    }
    if run.statistics:
        summary["statistics"] = {code: n for (code, _), n in sorted(run.rule_counts().items())}
    report: dict[str, Any] = {
        "version": 1,
        "tool": {"name": "healthlint", "version": __version__},
        "files": files,
        "summary": summary,
    }
    if run.errors:
        report["errors"] = [{"path": e.path, "message": e.problem} for e in run.errors]
    return report


def write_json(run: Run, out: IO[str]) -> None:
    json.dump(report_dict(run), out, ensure_ascii=False, indent=2)
    out.write("\n")
