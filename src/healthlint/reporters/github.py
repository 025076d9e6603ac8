"""`--format github`: workflow commands that GitHub Actions turns into pull-request annotations.

GitHub shows a limited number of annotations per step, so when
GITHUB_STEP_SUMMARY is set a Markdown job summary (scores and top findings)
is appended to it as well.
"""

from __future__ import annotations

import heapq
import os
import re
from typing import Any

from healthlint.model.findings import Finding
from healthlint.model.results import FileResult
from healthlint.model.text import printable
from healthlint.reporters import Reporter

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
_RANK = {"error": 2, "warning": 1, "info": 0}
SUMMARY_FINDINGS = 30
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_data(text: str) -> str:
    """GitHub's escapes for a workflow command; a byte of a file name that was not UTF-8 is shown as `\\xff`."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _SURROGATE.sub(lambda m: printable(m.group()), text) if _SURROGATE.search(text) else text


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows: list[tuple[str, float, str, int, bool]] = []
        # The most severe findings for the job summary, as a min-heap of (rank, -order, ...): the least
        # severe, and of equals the last seen, is at the top and goes first when the heap is full.
        self.worst: list[tuple[int, int, str, Finding]] = []
        self.seen = 0

    def add(self, result: FileResult, source: str | None) -> None:
        for f in result.findings:
            props = ",".join(
                f"{key}={escape_property(str(value))}"
                for key, value in (
                    ("file", result.path),
                    ("line", f.span.line),
                    ("col", f.span.column),
                    ("endLine", f.span.end_line),
                    ("endColumn", f.span.end_column),
                    ("title", f"{f.rule} {f.name}"),
                )
            )
            message = printable(f.message) + (f"\nSuggestion: {printable(f.suggestion)}" if f.suggestion else "")
            self.out.write(f"::{LEVELS[f.severity]} {props}::{escape_data(message)}\n")
            self.seen += 1
            heapq.heappush(self.worst, (_RANK[f.severity], -self.seen, result.path, f))
            if len(self.worst) > SUMMARY_FINDINGS:
                heapq.heappop(self.worst)
        self.rows.append((result.path, result.score, result.grade, len(result.findings), result.passed))
        super().add(result, source)

    def close(self) -> None:
        for e in self.errors:
            self.out.write(f"::error file={escape_property(e.path)},title=healthlint::{escape_data(e.problem)}\n")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as stream:
                stream.write(self.job_summary())

    def job_summary(self) -> str:
        lines = ["## healthlint", ""]
        if self.rows:  # a run whose every input failed to read shows its errors, not an empty table
            lines += ["| file | score | grade | findings | result |", "| --- | ---: | :---: | ---: | --- |"]
        for path, score, grade, count, passed in self.rows:
            lines.append(f"| {_code(path)} | {score:.1f} | {grade} | {count} | {'pass' if passed else '**fail**'} |")
        worst = sorted(self.worst, key=lambda item: (-item[0], -item[1]))  # most severe first, then in report order
        if worst:
            lines += ["", f"### Top findings ({len(worst)} of {self.findings})", ""]
            lines += [
                f"- {_code(f'{path}:{f.span.line}:{f.span.column}')} **{f.rule}** {f.severity}: {_cell(f.message)}" for *_, path, f in worst
            ]
        lines += [f"- error: {_code(e.path)}: {_cell(e.problem)}" for e in self.errors]
        return "\n".join(lines) + "\n\n"


def _cell(text: str) -> str:
    """Text for a Markdown table cell or list item: on one line, no raw control characters, `|` escaped."""
    return printable(text).replace("|", "\\|")


def _code(text: str) -> str:
    """A Markdown code span: fenced with more backticks than any run inside, so a backtick in a name cannot end it."""
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{_cell(text)}{pad}{fence}"
