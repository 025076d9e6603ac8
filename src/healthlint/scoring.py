"""The article score: 100 minus one saturating deduction per category.

Each finding weighs by its severity (`Severity.weight`); a category's
findings add up to a load L, and the category deducts

    cap * (1 - exp(-L / cap))

which costs about a finding's full weight for the first and less for each
repeat, and never more than the category's cap. The caps say how much each
kind of problem can cost an article: unsupported hype and self-contradiction
most, keyword stuffing next, a missing disclaimer least, so that a careful
page without its own disclaimer still scores in the nineties while a page
full of hype and contradictions falls far below it. Every deduction grows
with each finding, so a further finding never raises a score; the same
findings always give the same score. Category subscores are 100 minus that
category's deduction alone.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from healthlint.model.findings import Finding, Severity

GRADES = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"))
DEFAULT_FAIL_UNDER = 80.0
# The most each category can take from an article, and the cap for anything else (placement, house rules).
CAPS = {"superlative": 45.0, "contradiction": 35.0, "keyword-stuffing": 30.0, "disclaimer": 6.0}
OTHER_CAP = 10.0


def deduction(category: str, load: float) -> float:
    """What a category's findings of total weight `load` cost: saturating at the category's cap."""
    cap = CAPS.get(category, OTHER_CAP)
    return cap * (1.0 - math.exp(-load / cap))


def score(findings: Iterable[Finding]) -> tuple[float, dict[str, float]]:
    """The article's score and per-category subscores, each from 0 to 100."""
    loads: dict[str, float] = defaultdict(float)
    for f in findings:
        loads[f.category] += Severity(f.severity).weight
    deductions = {c: deduction(c, load) for c, load in loads.items()}
    subscores = {c: round(100.0 - d, 1) for c, d in sorted(deductions.items())}
    return round(max(0.0, 100.0 - sum(deductions.values())), 1), subscores


def grade(value: float) -> str:
    for floor, letter in GRADES:
        if value >= floor:
            return letter
    return "F"
