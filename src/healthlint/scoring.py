"""The article score: 100 minus severity-weighted deductions, normalised for length.

Per rule, n findings in an article of W words deduct

    weight(severity) * (1 + log2(max(1, n * 1000 / max(W, 1000))))

so a rule's first finding costs its full weight, and repeats cost less and
less, counted per 1,000 words so a long article is not punished for length.
The deduction grows with n, so a further finding never raises a score.
Category subscores use the same deductions restricted to that category.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from healthlint.model.findings import Finding, Severity

GRADES = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"))
DEFAULT_FAIL_UNDER = 80.0


def rule_deduction(severity: str, count: int, words: int) -> float:
    per_thousand = count * 1000 / max(words, 1000)
    return Severity(severity).weight * (1 + math.log2(max(1.0, per_thousand)))


def score(findings: Iterable[Finding], words: int) -> tuple[float, dict[str, float]]:
    """The article's score and per-category subscores, each from 0 to 100."""
    by_rule: dict[tuple[str, str, str], int] = defaultdict(int)
    for f in findings:
        by_rule[(f.rule, f.category, f.severity)] += 1
    total = 0.0
    categories: dict[str, float] = defaultdict(float)
    for (_, category, severity), count in by_rule.items():
        d = rule_deduction(severity, count, words)
        total += d
        categories[category] += d
    subscores = {c: round(max(0.0, 100.0 - d), 1) for c, d in sorted(categories.items())}
    return round(max(0.0, 100.0 - total), 1), subscores


def grade(value: float) -> str:
    for floor, letter in GRADES:
        if value >= floor:
            return letter
    return "F"
