"""The score: 100 minus a saturating deduction per category, cap * (1 - exp(-load / cap)).

The properties are tested, not figures copied from a run: deterministic, never raised by a further finding,
a repeat costs less than the finding before it, no category takes more than its cap, heavier severities
cost more, and the grade bands."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthlint.model.document import SourceSpan
from healthlint.model.findings import SEVERITIES, Finding, Severity
from healthlint.scoring import CAPS, GRADES, OTHER_CAP, deduction, grade, score
from tests.conftest import lint_text

SPAN = SourceSpan(0, 1, 1, 1, 1, 2, "x")
CATEGORIES = ["superlative", "contradiction", "keyword-stuffing", "disclaimer", "disclaimer-placement", "house-style"]


def finding(severity: str = "warning", category: str = "superlative", rule: str = "HL101") -> Finding:
    return Finding(rule, "name", category, severity, "m", SPAN)


findings_strategy = st.lists(st.builds(finding, st.sampled_from(SEVERITIES), st.sampled_from(CATEGORIES)), max_size=40)


@given(findings=findings_strategy, extra=st.builds(finding, st.sampled_from(SEVERITIES), st.sampled_from(CATEGORIES)))
def test_a_further_finding_never_raises_the_score(findings: list[Finding], extra: Finding) -> None:
    before, cats_before = score(findings)
    after, cats_after = score([*findings, extra])
    assert after <= before
    assert 0 <= after <= 100
    # Only the added finding's category subscore moves, and never up.
    assert cats_after[extra.category] <= cats_before.get(extra.category, 100.0)
    assert {c: v for c, v in cats_after.items() if c != extra.category} == {c: v for c, v in cats_before.items() if c != extra.category}


@given(findings=findings_strategy)
def test_order_does_not_matter_and_the_score_is_the_subscores_combined(findings: list[Finding]) -> None:
    value, categories = score(findings)
    assert score(list(reversed(findings))) == (value, categories)
    assert set(categories) == {f.category for f in findings}
    # Each subscore is 100 minus that category's deduction; the score is 100 minus all of them (within rounding).
    deductions = sum(100.0 - v for v in categories.values())
    assert abs(value - max(0.0, 100.0 - deductions)) <= 0.05 * (len(categories) + 1)


def test_no_findings_is_a_perfect_score() -> None:
    assert score([]) == (100.0, {})


def test_each_repeat_costs_less_than_the_one_before() -> None:
    """Adding a second hype finding lowers the score, but by less than the first did; and so on."""
    values = [score([finding("warning")] * n)[0] for n in range(8)]
    drops = [a - b for a, b in pairwise(values)]
    assert all(d > 0 for d in drops), values
    assert all(later < earlier for earlier, later in pairwise(drops)), drops
    # The first finding costs about its full weight: a saturating curve starts with slope 1.
    first = drops[0]
    assert Severity("warning").weight * math.exp(-Severity("warning").weight / CAPS["superlative"]) <= first <= Severity("warning").weight


@pytest.mark.parametrize("category", [*CAPS, "house-style"])
def test_a_category_never_takes_more_than_its_cap(category: str) -> None:
    cap = CAPS.get(category, OTHER_CAP)
    value, categories = score([finding("error", category)] * 500)
    assert 100 - cap <= value < 100 - cap * 0.99
    assert categories == {category: value}
    assert deduction(category, 1e9) <= cap


def test_caps_order_what_each_kind_of_problem_can_cost() -> None:
    """Hype and contradictions can cost most, stuffing next, a missing disclaimer least (scoring.py's design)."""
    assert CAPS["superlative"] >= CAPS["contradiction"] > CAPS["keyword-stuffing"] > CAPS["disclaimer"]
    # A careful page whose only problem is a missing disclaimer still scores in the nineties...
    assert score([finding("error", "disclaimer")] * 10)[0] >= 90
    # ...while a page full of hype and contradictions falls far below the default threshold of 80.
    many = [finding("error", "superlative")] * 10 + [finding("error", "contradiction")] * 10
    assert score(many)[0] < 40


def test_other_categories_share_the_other_cap() -> None:
    assert deduction("house-style", 1e9) == pytest.approx(OTHER_CAP)
    assert deduction("disclaimer-placement", 1.0) == deduction("house-style", 1.0)


def test_weights_follow_severity() -> None:
    assert Severity("error").weight > Severity("warning").weight > Severity("info").weight > 0
    for category in CATEGORIES:
        error, warning, info = (score([finding(s, category)])[0] for s in ("error", "warning", "info"))
        assert error < warning < info < 100, category
    # Two warnings cost at most what two separate categories' warnings do: saturation is per category.
    same = score([finding("warning", "superlative"), finding("warning", "superlative")])[0]
    apart = score([finding("warning", "superlative"), finding("warning", "contradiction")])[0]
    assert apart < same


def test_subscores_per_category() -> None:
    value, categories = score([finding("warning", "superlative"), finding("error", "contradiction")])
    assert set(categories) == {"superlative", "contradiction"}
    assert categories["contradiction"] < categories["superlative"] < 100
    assert value < min(categories.values())


def test_the_deduction_is_continuous_and_monotone_in_the_load() -> None:
    for category in CAPS:
        loads = [i * 0.5 for i in range(200)]
        costs = [deduction(category, load) for load in loads]
        assert costs[0] == 0
        assert all(b > a for a, b in pairwise(costs))
        assert all(b - a <= 0.5 + 1e-9 for a, b in pairwise(costs))  # never more than the load added


def test_grades() -> None:
    assert [floor for floor, _ in GRADES] == sorted((floor for floor, _ in GRADES), reverse=True)
    assert [grade(v) for v in (100, 90, 89.9, 80, 79.9, 70, 69.9, 60, 59.9, 0)] == ["A", "A", "B", "B", "C", "C", "D", "D", "F", "F"]


def test_score_is_deterministic_on_a_real_article_and_hype_lowers_it() -> None:
    disclaimer = "This article is for general information and is not a substitute for medical advice."
    hyped = f"# Tea\n\nThis tea is completely safe and a game-changer. It is clinically proven.\n\n{disclaimer}\n"
    calm = f"# Tea\n\nThis tea is made from dried leaves. Some people drink it in the evening.\n\n{disclaimer}\n"
    results = {lint_text(hyped).score for _ in range(3)}
    assert len(results) == 1
    [hyped_score] = results
    result = lint_text(hyped)
    assert {f.category for f in result.findings} == {"superlative"} and len(result.findings) >= 3
    assert hyped_score == score(result.findings)[0] < lint_text(calm).score
    assert lint_text(calm).findings == [] and lint_text(calm).score == 100.0
