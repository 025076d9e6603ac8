"""HL4xx: each opposition type flags real conflicts and stays silent on careful writing's near-misses."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text


def pairs(text: str, name: str = "a.md") -> list[tuple[str, str, str, str]]:
    result = lint_text(text, name, select=("contradiction",))
    return [(f.rule, f.severity, f.span.text, f.related[0].span.text) for f in result.findings]


def test_absence_versus_presence_of_an_effect() -> None:
    text = (
        "# Kratom\n\nIts compounds give relief without causing the euphoria or sedation of other drugs.\n\n"
        "However, some users report better sleep thanks to kratom's sedative properties.\n"
    )
    [(rule, severity, a, b)] = pairs(text)
    assert (rule, severity) == ("HL401", "error")
    assert a == "without causing the euphoria or sedation" and b == "sedative properties"


def test_message_quotes_both_claims_and_the_line() -> None:
    text = "Melatonin is not a sedative.\n\nTaken at night, melatonin makes you pleasantly drowsy.\n"
    result = lint_text(text, "a.txt", select=("HL401",))
    [f] = result.findings
    assert "'is not a sedative'" in f.message and "'makes you pleasantly drowsy'" in f.message and "line 3" in f.message
    assert f.suggestion


def test_unqualified_safety_versus_stated_risk() -> None:
    text = "Ashwagandha is totally harmless.\n\nReported side effects range from stomach upset to, in rare cases, liver injury.\n"
    [(rule, severity, a, b)] = pairs(text, "a.txt")
    assert (rule, severity, a) == ("HL402", "error", "totally harmless")
    assert "liver injury" in b


def test_evidence_claims_that_cannot_both_hold() -> None:
    text = "CBD is clinically proven to calm nerves.\n\nHuman trials in people with anxiety are still lacking.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert (rule, a) == ("HL403", "clinically proven")
    assert b.startswith("Human trials")


def test_conflicting_onset_times_normalised() -> None:
    text = "Most people feel the aching fade within 48 hours.\n\nBe patient: it usually takes 8 to 12 weeks of daily use before pain starts to ease.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert (rule, a, b) == ("HL404", "48 hours", "8 to 12 weeks")


def test_conflicting_doses() -> None:
    text = "The right amount for most adults is a tiny 0.5–1 mg.\n\nThe average adult needs around 10 mg to feel a difference.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert (rule, a, b) == ("HL404", "0.5–1 mg", "10 mg")


def test_recommendation_conflict() -> None:
    text = "There is no need to change your diabetes medication.\n\nIf you use insulin, your doctor will need to lower your dose.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert rule == "HL401" and a.startswith("no need to change") and b.startswith("need to lower")


def test_timing_synonyms_still_conflict() -> None:
    text = "Taken in the evening, vitamin D works as a natural sleep aid.\n\nAvoid it late in the day, because vitamin D can keep you awake at night.\n"
    assert [p[0] for p in pairs(text, "a.txt")] == ["HL401"]


@pytest.mark.parametrize(
    "text",
    [
        # Variation across people, stated as such.
        "Some users report better sleep, while others report insomnia.\n\nOthers find it helps them sleep.\n",
        # Conditions that separate the claims.
        "At low doses it does not cause drowsiness.\n\nAt high doses it can make you drowsy.\n",
        # A hedged benefit next to a stated risk.
        "It may help with pain.\n\nIt can cause nausea.\n",
        # "Not necessarily" only denies "always".
        "Kratom may not necessarily cause insomnia.\n\nHigh doses can lead to disrupted sleep.\n",
        # Different subjects.
        "Opioids cause sedation.\n\nAlcohol can help you fall asleep, but it disturbs sleep later in the night.\n\nRegular exercise improves sleep.\n",
        # A concession within one sentence.
        "While generally considered safe, long-term use can lead to dependence.\n",
        # "Not without side effects" is not "without side effects".
        "Kratom is not without side effects.\n\nIt can cause nausea and dizziness.\n",
        # A comparative is not an absolute.
        "It carries a lower risk of addiction than opioids, without the same level of risk.\n\nLong-term use can lead to dependence.\n",
        # A question and a headline are not assertions.
        "# Is it completely safe?\n\nIs it completely safe to take every day?\n\nIt can cause heartburn.\n",
        # Overlapping ranges are compatible.
        "Haemoglobin should rise within 2 to 4 weeks.\n\nMost people feel better within 3 weeks.\n",
    ],
)
def test_careful_writing_is_not_a_contradiction(text: str) -> None:
    assert pairs(text, "a.md") == []


def test_one_sided_qualifier_lowers_severity() -> None:
    text = "For healthy adults, it is totally harmless.\n\nIt can cause liver injury.\n"
    [(_, severity, _, _)] = pairs(text, "a.txt")
    assert severity == "warning"


def test_a_pair_is_reported_once() -> None:
    text = "It works by keeping you full. So you feel satisfied sooner after meals.\n\nIn truth it does nothing to your hunger levels.\n"
    assert len(pairs(text, "a.txt")) == 1


def test_onset_stated_as_how_long_to_keep_going() -> None:
    text = "Most people feel better within 24 hours of the first dose.\n\nKeep taking it for at least two weeks before you expect to see results.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert (rule, a, b) == ("HL404", "24 hours", "at least two weeks")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The patch is FDA approved for back pain.\n\nThe patch has not been approved by any regulator.\n", "approval"),
        ("Kratom is non-addictive.\n\nDaily use can lead to dependence.\n", "addiction"),
    ],
)
def test_curated_opposite_effects(text: str, kind: str) -> None:
    result = lint_text(text, "a.txt", select=("HL401",))
    assert [kind in f.message for f in result.findings] == [True]


def test_curated_opposites_skip_other_subjects() -> None:
    text = "Codeine is addictive.\n\nParacetamol, unlike opioids, is not addictive.\n\nOpioids like codeine can lead to dependence.\n"
    assert pairs(text, "a.txt") == []
