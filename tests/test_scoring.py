"""The score: deterministic, monotone, weighted by severity, normalised for length."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from healthlint.model.document import SourceSpan
from healthlint.model.findings import Finding
from healthlint.scoring import grade, score
from tests.conftest import lint_text

SPAN = SourceSpan(0, 1, 1, 1, 1, 2, "x")


def finding(rule: str, severity: str, category: str = "superlative") -> Finding:
    return Finding(rule, "name", category, severity, "m", SPAN)


findings_strategy = st.lists(
    st.builds(finding, st.sampled_from(["HL101", "HL102", "HL201", "HL301"]), st.sampled_from(["error", "warning", "info"])),
    max_size=30,
)


@given(
    findings=findings_strategy,
    extra=st.builds(finding, st.sampled_from(["HL101", "HL401"]), st.sampled_from(["error", "warning", "info"])),
    words=st.integers(0, 5000),
)
def test_a_further_finding_never_raises_the_score(findings: list[Finding], extra: Finding, words: int) -> None:
    before, _ = score(findings, words)
    after, _ = score([*findings, extra], words)
    assert after <= before
    assert 0 <= after <= 100


def test_weights_follow_severity_and_subscores_per_category() -> None:
    assert score([], 800) == (100.0, {})
    assert (
        score([finding("HL101", "error")], 800)[0]
        < score([finding("HL101", "warning")], 800)[0]
        < score([finding("HL101", "info")], 800)[0]
    )
    value, categories = score([finding("HL101", "warning"), finding("HL301", "warning", "disclaimer")], 800)
    assert value == 88.0 and categories == {"disclaimer": 94.0, "superlative": 94.0}


def test_repeats_are_normalised_for_length() -> None:
    five = [finding("HL101", "warning")] * 5
    assert score(five, 5000)[0] > score(five, 500)[0]


def test_grades() -> None:
    assert [grade(v) for v in (100, 90, 89.9, 80, 70, 60, 59.9, 0)] == ["A", "A", "B", "B", "C", "D", "F", "F"]


def test_score_is_deterministic_on_a_real_article() -> None:
    text = "# Tea\n\nThis tea is completely safe and a game-changer. It is clinically proven.\n"
    results = {lint_text(text).score for _ in range(3)}
    assert len(results) == 1 and results.pop() < 100
