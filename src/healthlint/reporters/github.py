"""`--format github`: workflow commands that GitHub Actions turns into pull-request annotations.

GitHub shows a limited number of annotations per step, so when
GITHUB_STEP_SUMMARY is set a Markdown job summary (scores and top findings)
is appended to it as well.
"""

from __future__ import annotations

import os
from typing import IO

from healthlint.reporters import Run

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
SUMMARY_FINDINGS = 30


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(run: Run, out: IO[str]) -> None:
    for r in run.results:
        for f in r.findings:
            props = ",".join(
                f"{key}={escape_property(str(value))}"
                for key, value in (
                    ("file", r.path),
                    ("line", f.span.line),
                    ("col", f.span.column),
                    ("endLine", f.span.end_line),
                    ("endColumn", f.span.end_column),
                    ("title", f"{f.rule} {f.name}"),
                )
            )
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            out.write(f"::{LEVELS[f.severity]} {props}::{escape_data(message)}\n")
    for e in run.errors:
        out.write(f"::error file={escape_property(e.path)},title=healthlint::{escape_data(e.problem)}\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(job_summary(run))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def job_summary(run: Run) -> str:
    lines = ["## healthlint", "", "| file | score | grade | findings | result |", "| --- | ---: | :---: | ---: | --- |"]
    for r in run.results:
        lines.append(
            f"| {_cell(r.path)} | {r.score:.1f} | {r.grade} | {len(r.findings)} | {'pass' if r.passed else '**fail**'} |"
        )
    worst = sorted(
        ((r.path, f) for r in run.results for f in r.findings),
        key=lambda pf: ({"error": 0, "warning": 1, "info": 2}[pf[1].severity], pf[0], pf[1].span.offset),
    )
    if worst:
        lines += ["", f"### Top findings ({min(len(worst), SUMMARY_FINDINGS)} of {len(worst)})", ""]
        lines += [
            f"- `{_cell(path)}:{f.span.line}:{f.span.column}` **{f.rule}** {f.severity}: {_cell(f.message)}"
            for path, f in worst[:SUMMARY_FINDINGS]
        ]
    for e in run.errors:
        lines.append(f"- error: `{_cell(e.path)}`: {_cell(e.problem)}")
    return "\n".join(lines) + "\n\n"
