"""Reporters turn file results into a report: terminal text, JSON, or one line per finding."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from healthlint.engine import FileResult
from healthlint.errors import HealthlintError
from healthlint.findings import Finding
from healthlint.packs import RuleSpec


@dataclass
class Run:
    """Everything a reporter needs: the results in input order and the inputs that failed."""

    results: list[FileResult] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    rules: list[RuleSpec] = field(default_factory=list)
    statistics: bool = False
    color: bool = False

    def rule_counts(self) -> Counter[tuple[str, str]]:
        return Counter((f.rule, f.name) for r in self.results for f in r.findings)


Reporter = Callable[[Run, IO[str]], None]


_REPORTERS = {
    "text": ("healthlint.reporters.terminal", "write_terminal"),
    "json": ("healthlint.reporters.json", "write_json"),
    "concise": ("healthlint.reporters.concise", "write_concise"),
    "sarif": ("healthlint.reporters.sarif", "write_sarif"),
    "github": ("healthlint.reporters.github", "write_github"),
    "junit": ("healthlint.reporters.junit", "write_junit"),
    "gitlab": ("healthlint.reporters.gitlab", "write_gitlab"),
}
FORMATS = tuple(_REPORTERS)


def get_reporter(name: str) -> Reporter:
    """The reporter for a format, imported only when that format is asked for."""
    import importlib

    module, function = _REPORTERS[name]
    reporter: Reporter = getattr(importlib.import_module(module), function)
    return reporter


def fingerprint(path: str, finding_rule: str, text: str, occurrence: int) -> str:
    """A hash that survives edits elsewhere in the file: rule, file, the flagged words, which occurrence."""
    import hashlib

    key = "\x1f".join((path, finding_rule, " ".join(text.lower().split()), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def numbered(result: FileResult) -> list[tuple[int, Finding]]:
    """Each finding with the count of earlier findings of the same rule and text, for fingerprints."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in result.findings:
        key = (f.rule, " ".join(f.span.text.lower().split()))
        seen[key] = seen.get(key, 0) + 1
        out.append((seen[key], f))
    return out
