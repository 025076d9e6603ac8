"""HL3xx: a real disclaimer anywhere counts, in any wording of its meaning; hedges do not; placement, house text, supplements.

The wordings below were written for these tests from section 3 of the annotation guide (the
meanings: purpose limit, non-substitution, the FDA statement) and are not in the pack: they
check that the patterns read meanings through the `advice` vocabulary rather than a list of
sentences. The near misses use the same words (replace, substitute, advice, FDA, educational)
in sentences that are not disclaimers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.readers import parse
from tests.conftest import codes, lint_text

BODY = "Ginger may ease nausea for some people. It can cause heartburn. Speak to your pharmacist before use.\n"
DISCLAIMER = (
    "This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment."
)

PURPOSE_LIMIT = [
    "This leaflet is intended for general information and is not medical advice.",
    "The contents of this blog are offered for educational use only.",
    "What you read here is general background, not advice about your particular situation.",
    "These notes are provided purely for educational reasons.",
    "None of the material on this website constitutes medical advice.",
    "This podcast episode is for entertainment and information purposes only.",
    "The information on this page should not be interpreted as a personal medical recommendation.",
    "Our guides are educational resources and are not meant to provide clinical advice.",
    "Content is for general knowledge only.",
    "Nothing in this newsletter amounts to medical advice.",
    "This explainer is informational in nature; it is not individual health advice.",
    "We share these tips for awareness purposes only.",
    "Reading this blog does not create a doctor-patient relationship.",
    "The figures are given for your information only.",
]
NON_SUBSTITUTION = [
    "This article should never replace a visit to your GP.",
    "Reading about symptoms online is not an alternative to an examination by a nurse.",
    "Use this guide alongside, not in place of, advice from your pharmacist.",
    "The tool cannot stand in for a consultation with a qualified clinician.",
    "No website can substitute for the judgement of your own doctor.",
    "Please don't use anything you read here instead of talking to your midwife.",
    "This factsheet does not replace the care of your diabetes team.",
    "Information online cannot take the place of a face-to-face appointment.",
    "Our articles are never a replacement for professional care.",
    "This calculator is no replacement for a clinician's judgement.",
    "This service supports, but does not replace, your relationship with your GP.",
    "Never disregard a doctor's advice because of something you read on this site.",
]
FDA_STATEMENT = [
    "These claims have not been reviewed by the US Food and Drug Administration.",
    "The FDA has not evaluated this statement. The capsules are not designed to diagnose, treat, cure or prevent disease.",
]
HEDGES = [
    "Ask your pharmacist which antacid suits you best.",
    "If the rash spreads, see a doctor the same day.",
    "Talk to your midwife before taking any herbal remedy in pregnancy.",
    "Your GP may refer you to a specialist for further tests.",
    "Seek medical advice if the pain lasts more than a week.",
    "Do not replace your inhaler with a herbal spray.",
    "Supplements are no substitute for a varied diet.",
    "Kratom has not been approved by the FDA for any medical use.",
    "Phone your care team if you have a fever during chemotherapy.",
    "This treatment is not for everyone, so discuss it with your consultant.",
    "Nurses can give advice on wound care at the clinic.",
    "Read the patient information leaflet that comes with your medicine.",
    "Educational programmes for people with diabetes are offered free.",
    "Not all pharmacists can give advice about travel vaccines.",
]


def disclaimer_rules(text: str, name: str = "a.md", select: str = "HL3", **settings: object) -> list[str]:
    return codes(lint_text(text, name, select=(select,), **settings))


def missing(last_paragraph: str) -> bool:
    """Whether HL301 calls the article's disclaimer missing, with this as its last paragraph."""
    return "HL301" in disclaimer_rules(f"# Ginger\n\n{BODY}\n{last_paragraph}\n", select="HL301")


@pytest.mark.parametrize("sentence", PURPOSE_LIMIT + NON_SUBSTITUTION + FDA_STATEMENT)
def test_a_disclaimer_is_read_by_its_meaning(sentence: str) -> None:
    assert not missing(sentence), f"{sentence!r} says the article is not medical advice"


@pytest.mark.parametrize("sentence", HEDGES)
def test_a_hedge_or_a_near_miss_is_not_a_disclaimer(sentence: str) -> None:
    assert missing(sentence), f"{sentence!r} is no disclaimer"


def test_html_footer_disclaimer() -> None:
    html = f"<html><body><article><h1>Ginger</h1><p>{BODY}</p></article><footer><p>{DISCLAIMER}</p></footer></body></html>"
    assert disclaimer_rules(html, "a.html") == []


def test_markdown_last_paragraph_disclaimer() -> None:
    assert disclaimer_rules(f"# Ginger\n\n{BODY}\n*{DISCLAIMER}*\n") == []


def test_front_matter_disclaimer_read_by_meaning_and_site_flag() -> None:
    assert disclaimer_rules(f'---\ntitle: Ginger\ndisclaimer: "{DISCLAIMER}"\n---\n\n# Ginger\n\n{BODY}') == []
    own_words = "Background reading only, and no stand-in for a visit to your GP."
    assert disclaimer_rules(f'---\ntitle: Ginger\ndisclaimer: "{own_words}"\n---\n\n# Ginger\n\n{BODY}') == []
    assert disclaimer_rules(f"---\ntitle: Ginger\ndisclaimer: site\n---\n\n# Ginger\n\n{BODY}") == []
    assert disclaimer_rules(f'---\ntitle: Ginger\ndisclaimer: "Ask your GP."\n---\n\n# Ginger\n\n{BODY}') == ["HL301"]


def test_text_banner_at_the_top_and_the_guides_wordings() -> None:
    assert disclaimer_rules(f"Important: this leaflet does not constitute medical advice.\n\n{BODY}", "a.txt") == []
    assert disclaimer_rules(f"{BODY}\nAlways seek the advice of your physician with any questions about a condition.\n", "a.txt") == []
    guide = "The information here is not a substitute for professional medical advice, diagnosis or treatment."
    assert disclaimer_rules(f"{BODY}\n{guide}\n", "a.txt") == []


def test_fda_supplement_statement_counts() -> None:
    fda = "These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."
    assert disclaimer_rules(f"{BODY}\n{fda}\n", "a.txt") == []


def test_hedge_only_article_is_flagged_with_its_hedges() -> None:
    result = lint_text(f"# Ginger\n\n{BODY}\nConsult your doctor if symptoms persist.\n", select=("HL301",))
    [finding] = result.findings
    assert finding.span.line == 1 and finding.span.text == "Ginger"
    assert "'Speak to your pharmacist'" in finding.message and "'Consult your doctor'" in finding.message
    assert [r.span.text for r in finding.related] == ["Speak to your pharmacist", "Consult your doctor"]
    assert "not a substitute for professional medical advice" in finding.suggestion


def test_partial_disclaimer_is_flagged_at_the_weak_candidate() -> None:
    text = f"# Ginger\n\n{BODY}\nMedical disclaimer: results may vary, so talk to your doctor.\n"
    result = lint_text(text, select=("HL301",))
    [finding] = result.findings
    assert finding.span.text.startswith("Medical disclaimer:")
    # A label further into the paragraph than the pack's window does not make the block a disclaimer.
    late = f"# Ginger\n\n{BODY}\nResults vary from person to person and so does the disclaimer below.\n"
    [finding] = lint_text(late, select=("HL301",)).findings
    assert finding.span.text == "Ginger"


def test_one_finding_per_article_at_most() -> None:
    result = lint_text(f"# A\n\n{BODY}\n\n{BODY}\n\n{BODY}", select=("disclaimer",))
    assert codes(result) == ["HL301"]


def test_buried_disclaimer_is_a_placement_info() -> None:
    filler = "\n\n".join(f"Paragraph {i} about ginger and how people use it in cooking and tea." for i in range(8))
    text = f"# Ginger\n\n{filler}\n\n{DISCLAIMER}\n\n{filler}\n"
    result = lint_text(text, select=("HL3",))
    assert [(f.rule, f.severity, f.category) for f in result.findings] == [("HL302", "info", "disclaimer-placement")]
    labelled = f"# Ginger\n\n{filler}\n\nMedical disclaimer: {DISCLAIMER}\n\n{filler}\n"
    assert codes(lint_text(labelled, select=("HL3",))) == []


def test_house_disclaimer_from_config() -> None:
    house = {"house-text": "Reviewed by the WellRoot medical board. Not medical advice."}
    text = f"# Ginger\n\n{BODY}\n{DISCLAIMER}\n"
    assert disclaimer_rules(text, select="HL303", disclaimer=house) == ["HL303"]
    with_house = f"{text}\nReviewed by the WellRoot  medical board.\nNot medical advice.\n"
    assert disclaimer_rules(with_house, select="HL303", disclaimer=house) == []
    assert disclaimer_rules(text, select="HL303", disclaimer={"house-pattern": r"not a substitute for professional"}) == []
    assert disclaimer_rules(text, select="HL303") == []  # nothing configured, nothing required


def test_supplement_claim_without_fda_statement() -> None:
    text = f"# Turmeric capsules\n\nOur capsules support joint health and boost your immunity. Take two capsules of the supplement daily.\n\n{DISCLAIMER}\n"
    result = lint_text(text, select=("HL304",))
    [finding] = result.findings
    assert finding.span.text == "support joint health" and finding.category == "supplement-claim"
    assert [r.span.text for r in finding.related] == ["boost your immunity"]
    # A food article without supplement context does not trip it.
    assert codes(lint_text("# Oats\n\nOats support heart health as part of a balanced diet.\n", select=("HL304",))) == []


def test_a_users_own_disclaimer_rule_reads_its_own_patterns(tmp_path: Path) -> None:
    """A user's disclaimer-missing rule with its own wording list: its scan is its own, not HL301's."""
    pack = tmp_path / "house.yaml"
    pack.write_text(
        """pack: house
category: disclaimer
shared:
  purpose_patterns: ["reviewed by our clinical board"]
  substitution_patterns: ["@negator @replace-verb your @clinician"]
  fda_patterns: ["not evaluated by the fda"]
  hedge_patterns: ["@consult-verb your @clinician"]
  label_patterns: ["disclaimer"]
  label_window: 3
  metadata_keys: [disclaimer]
  site_values: [site]
rules:
  - code: HL901
    name: board-review-missing
    type: disclaimer-missing
    severity: warning
    message: "No board review note.{detail}"
    suggestion: "Add: {template}"
    params: {template: "Reviewed by our clinical board.", hedges_shown: 3, hedges_related: 10}
""",
        encoding="utf-8",
    )
    linter = Linter(Config(extend_rules=(pack,), select=("HL301", "HL901")))
    plain = parse("a.md", f"# Ginger\n\n{BODY}\n{DISCLAIMER}\n")
    assert codes(linter.lint(plain)) == ["HL901"]  # HL301 is satisfied; the house rule is not
    reviewed = parse("a.md", f"# Ginger\n\n{BODY}\nReviewed by our clinical board.\n")
    assert codes(linter.lint(reviewed)) == ["HL301"]
