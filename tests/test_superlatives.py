"""HL1xx: hype is flagged; quoted denials, citations, negations and descriptive superlatives are not."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text


def flagged(text: str, name: str = "a.md") -> list[tuple[str, str]]:
    result = lint_text(text, name, select=("superlative",))
    return [(f.rule, f.span.text) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For many, kratom has been a game-changer.", ("HL101", "game-changer")),
        ("A true game changer for joints.", ("HL101", "game changer")),
        ("These gamechangers sell out fast.", ("HL101", "gamechangers")),
        ("Fans call it a Miracle Spice.", ("HL101", "Miracle Spice")),
        ("It is a cure-all for modern living.", ("HL101", "cure-all")),
        ("It offers a glimmer of hope to patients.", ("HL101", "glimmer of hope")),
        ("Ashwagandha is totally harmless for adults.", ("HL102", "totally harmless")),
        ("The balm has no side effects.", ("HL102", "no side effects")),
        ("It relieves pain without harsh side effects.", ("HL102", "without harsh side effects")),
        ("Our pills are 100% natural.", ("HL102", "100% natural")),
        ("Fasting is proven to reverse diabetes.", ("HL103", "proven to reverse")),
        ("It is guaranteed to help you sleep.", ("HL103", "guaranteed")),
        ("It is the most powerful adaptogen in the world.", ("HL104", "the most powerful adaptogen")),
        ("It works better than ibuprofen for knee pain.", ("HL104", "works better than ibuprofen")),
        (
            "A safer alternative to traditional prescription medications.",
            ("HL104", "A safer alternative to traditional prescription medications"),
        ),
        ("It offers a safe and holistic approach.", ("HL105", "safe and holistic")),
    ],
)
def test_hype_is_flagged_with_its_minimal_phrase(text: str, expected: tuple[str, str]) -> None:
    assert expected in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Claims that turmeric is a “miracle cure” are not supported by trials.",
        "Be cautious about treatments advertised as a “breakthrough” or sold with “guaranteed” results.",
        "No vaccine is “100% effective”, and this one is no exception.",
        "The most common side effect is nausea.",
        "The largest trial so far enrolled 400 people.",
        "The strongest evidence comes from a 2019 systematic review [3].",
        "It was clinically proven to lower blood pressure (Smith et al., 2019).",
        "Kratom is not without side effects.",
        "Is it perfectly safe to drink every day?",
        "Magnesium may help some people sleep.",
        "Most people who have the vaccine have no side effects at all.",
        "Paracetamol works no better than a placebo for back pain.",
        "Opioids are used for breakthrough pain.",
        "Check the label to ensure safe and effective use.",
        "Several studies have shown that the drug is safe and effective for long-term use.",
        "It is one of the best-selling supplements.",
        "Taking the tablets with food is better than stopping them.",
    ],
)
def test_careful_writing_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_hype_in_reference_lists_is_ignored() -> None:
    text = (
        "# Flu\n\nVaccines lower risk.\n\n## References\n\n1. Does vaccination attenuate breakthrough infections? A miracle review. 2021.\n"
    )
    assert flagged(text) == []


def test_link_in_the_sentence_counts_as_a_citation() -> None:
    assert flagged("It is [clinically proven](https://example.org/trial) to work.") == []
    assert flagged("It is clinically proven to work.") == [("HL103", "clinically proven")]


def test_each_finding_carries_a_suggestion() -> None:
    result = lint_text("It is completely safe and a game-changer.", select=("superlative",))
    assert result.findings and all(f.suggestion for f in result.findings)
