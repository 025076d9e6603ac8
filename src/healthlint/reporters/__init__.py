"""Reporters turn file results into a report, one result at a time, in input order.

Results stream through `add`; a reporter keeps only what its summary needs,
so memory does not grow with the number of files. `close` writes the end.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections import Counter
from json import dumps as json_dumps  # not `import json`: the json reporter module takes that name in this package
from typing import IO, Any

from healthlint.errors import HealthlintError
from healthlint.model.findings import Finding
from healthlint.model.results import FileResult
from healthlint.packs import RuleSpec


class Reporter:
    """Base: counts what every summary needs; subclasses write their format."""

    def __init__(self, out: IO[str], rules: list[RuleSpec], statistics: bool = False, color: bool = False) -> None:
        self.out = out
        self.rules = rules
        self.statistics = statistics
        self.color = color
        self.files = 0
        self.findings = 0
        self.failed = 0
        self.score_total = 0.0
        self.rule_counts: Counter[tuple[str, str]] = Counter()
        self.errors: list[HealthlintError] = []

    def add(self, result: FileResult, source: str | None) -> None:
        self.files += 1
        self.findings += len(result.findings)
        self.failed += not result.passed
        self.score_total += result.score
        self.rule_counts.update((f.rule, f.name) for f in result.findings)

    def error(self, error: HealthlintError) -> None:
        self.errors.append(error)

    def close(self) -> None:
        """Write whatever comes after the last result."""

    @property
    def mean_score(self) -> float | None:
        return round(self.score_total / self.files, 1) if self.files else None


_REPORTERS = {
    "text": ("healthlint.reporters.terminal", "TerminalReporter"),
    "json": ("healthlint.reporters.json", "JsonReporter"),
    "concise": ("healthlint.reporters.concise", "ConciseReporter"),
    "sarif": ("healthlint.reporters.sarif", "SarifReporter"),
    "github": ("healthlint.reporters.github", "GithubReporter"),
    "junit": ("healthlint.reporters.junit", "JunitReporter"),
    "gitlab": ("healthlint.reporters.gitlab", "GitlabReporter"),
    "html": ("healthlint.reporters.html", "HtmlReporter"),
}
FORMATS = tuple(_REPORTERS)


def get_reporter(name: str) -> type[Reporter]:
    """The reporter class for a format, imported only when that format is asked for."""
    module, cls = _REPORTERS[name]
    reporter: type[Reporter] = getattr(importlib.import_module(module), cls)
    return reporter


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: Any) -> str:
    """JSON with non-ASCII text as it is, but a lone surrogate (a byte of a file name that was not UTF-8)
    as a \\u escape: written raw it could not be encoded, and the report must stay UTF-8."""
    text = json_dumps(value, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def fingerprint(path: str, rule: str, text: str, occurrence: int) -> str:
    """A hash that survives edits elsewhere in the file: rule, file, the flagged words, which occurrence."""
    key = "\x1f".join((path, rule, " ".join(text.lower().split()), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def numbered(result: FileResult) -> list[tuple[int, Finding]]:
    """Each finding with the count of earlier findings of the same rule and text, for fingerprints."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for f in result.findings:
        key = (f.rule, " ".join(f.span.text.lower().split()))
        seen[key] += 1
        out.append((seen[key], f))
    return out
