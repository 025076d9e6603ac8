"""Reporters turn file results into a report: terminal text, JSON, or one line per finding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from healthlint.engine import FileResult
from healthlint.errors import HealthlintError


@dataclass
class Run:
    """Everything a reporter needs: the results in input order and the inputs that failed."""

    results: list[FileResult] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    statistics: bool = False
    color: bool = False

    def rule_counts(self) -> Counter[tuple[str, str]]:
        return Counter((f.rule, f.name) for r in self.results for f in r.findings)


Reporter = Callable[[Run, IO[str]], None]


def get_reporter(name: str) -> Reporter:
    if name == "json":
        from healthlint.reporters.json import write_json

        return write_json
    if name == "concise":
        from healthlint.reporters.concise import write_concise

        return write_concise
    from healthlint.reporters.terminal import write_terminal

    return write_terminal


FORMATS = ("text", "json", "concise")
