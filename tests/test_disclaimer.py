"""HL3xx: a real disclaimer anywhere counts; hedges do not; placement, house text and supplement claims."""

from __future__ import annotations

from tests.conftest import codes, lint_text

BODY = "Ginger may ease nausea for some people. It can cause heartburn. Speak to your pharmacist before use.\n"
DISCLAIMER = (
    "This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment."
)


def disclaimer_rules(text: str, name: str = "a.md", select: str = "HL3", **settings: object) -> list[str]:
    return codes(lint_text(text, name, select=(select,), **settings))


def test_html_footer_disclaimer() -> None:
    html = f"<html><body><article><h1>Ginger</h1><p>{BODY}</p></article><footer><p>{DISCLAIMER}</p></footer></body></html>"
    assert disclaimer_rules(html, "a.html") == []


def test_markdown_last_paragraph_disclaimer() -> None:
    assert disclaimer_rules(f"# Ginger\n\n{BODY}\n*{DISCLAIMER}*\n") == []


def test_front_matter_disclaimer_text_and_site_flag() -> None:
    assert disclaimer_rules(f'---\ntitle: Ginger\ndisclaimer: "{DISCLAIMER}"\n---\n\n# Ginger\n\n{BODY}') == []
    assert disclaimer_rules(f"---\ntitle: Ginger\ndisclaimer: site\n---\n\n# Ginger\n\n{BODY}") == []


def test_text_banner_at_the_top_and_wording_variants() -> None:
    assert disclaimer_rules(f"Important: this leaflet does not constitute medical advice.\n\n{BODY}", "a.txt") == []
    assert disclaimer_rules(f"{BODY}\nAlways seek the advice of your physician with any questions about a condition.\n", "a.txt") == []


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


def test_one_finding_per_article_at_most() -> None:
    result = lint_text(f"# A\n\n{BODY}\n\n{BODY}\n\n{BODY}", select=("disclaimer",))
    assert codes(result) == ["HL301"]


def test_buried_disclaimer_is_a_placement_info() -> None:
    filler = "\n\n".join(f"Paragraph {i} about ginger and how people use it in cooking and tea." for i in range(8))
    text = f"# Ginger\n\n{filler}\n\n{DISCLAIMER}\n\n{filler}\n"
    result = lint_text(text, select=("HL3",))
    assert [(f.rule, f.severity, f.category) for f in result.findings] == [("HL302", "info", "disclaimer-placement")]


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
