"""HL2xx: each stuffing signal, with a positive and a near-miss that must stay silent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.checks.stuffing.keyphrase import repeated_query
from tests.conftest import codes, lint_text

FILLER = [
    "The leaves are dried and ground before they are sold.",
    "Researchers are still studying how the plant works in the body.",
    "Prices vary a great deal between shops and brands.",
    "Some people prefer capsules because the taste is bitter.",
    "Store the powder in a cool, dry cupboard away from light.",
    "The plant grows in warm, wet regions of the world.",
]


def stuffing(text: str, name: str = "a.md", **settings: object) -> list[str]:
    return [c for c in codes(lint_text(text, name, select=("keyword-stuffing",), **settings))]


def article(phrase: str, uses: int, sentences: int = 24, headings: list[str] | None = None) -> str:
    """A plain article of `sentences` filler sentences with `phrase` worked in `uses` times."""
    body = []
    for i in range(sentences):
        line = FILLER[i % len(FILLER)]
        if i < uses:
            line = f"Readers ask about {phrase} often. {line}"
        body.append(line)
    paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
    parts = ["# Guide"]
    for i, para in enumerate(paragraphs):
        if headings:
            parts.append(f"## {headings[i % len(headings)]}")
        parts.append(para)
    return "\n\n".join(parts) + "\n"


def test_density_above_three_percent_fires_with_counts_in_message() -> None:
    text = "---\nkeyword: kratom tea benefits\n---\n" + article("kratom tea benefits", 12)
    result = lint_text(text, select=("HL201",))
    [finding] = result.findings
    assert "kratom tea benefits" in finding.message and "declared in front matter `keyword`" in finding.message
    assert "12 uses" in finding.message and len(finding.related) == 11
    assert result.metrics["keyphrase"]["text"] == "kratom tea benefits"
    assert result.metrics["keyphrase"]["declared"] is True


def test_density_near_miss_below_threshold_and_too_few_uses() -> None:
    assert "HL201" not in stuffing("---\nkeyword: kratom tea benefits\n---\n" + article("kratom tea benefits", 3))
    short = "---\nkeyword: kratom tea\n---\n# Kratom tea\n\nKratom tea is bitter. Kratom tea is brewed. Kratom tea is sold.\n"
    assert "HL201" not in stuffing(short)


def test_inflection_and_case_count_towards_density() -> None:
    text = "---\nkeyword: green tea extract\n---\n" + article("Green Tea Extracts", 12)
    assert "HL201" in stuffing(text)


def test_inferred_keyphrase_and_natural_topic_repetition() -> None:
    inferred = article("opioid withdrawal", 16)
    assert "HL201" in stuffing(inferred)
    # The page's own condition, named in its title, repeated as NIH pages do: no finding.
    topic = "# Addison disease\n\n" + " ".join(
        ["Addison disease happens when the adrenal glands do not make enough hormones."] * 3
        + [
            "A problem with your immune system usually causes Addison disease.",
            "Lab tests can confirm that you have Addison disease.",
        ]
    )
    assert stuffing(topic) == []
    single_word = "# Asthma\n\n" + " ".join(["Asthma affects the airways, and asthma attacks can be serious."] * 10)
    assert stuffing(single_word) == []


def test_configured_keyphrase_overrides_inference() -> None:
    text = article("herbal sleep tea", 12)
    result = lint_text(text, select=("HL201",), keyphrase="herbal sleep tea")
    assert result.findings and "declared in config" in result.findings[0].message


def test_spread_over_headings() -> None:
    heads = ["Why ginger for nausea helps", "Ginger for nausea doses", "Ginger for nausea safety", "Buying ginger for nausea"]
    text = "---\nkeyword: ginger for nausea\n---\n" + article("lemon balm", 0, headings=heads)
    assert "HL202" in stuffing(text)
    plain_heads = ["Why it helps", "Doses", "Safety", "Buying ginger for nausea"]
    assert "HL202" not in stuffing("---\nkeyword: ginger for nausea\n---\n" + article("lemon balm", 0, headings=plain_heads))


def test_repeated_query_phrase_other_than_the_keyphrase() -> None:
    text = "---\nkeyword: kratom leaf\n---\n" + article("kratom for back pain", 10)
    assert "HL203" in stuffing(text)
    assert "HL203" not in stuffing("---\nkeyword: kratom leaf\n---\n" + article("kratom for back pain", 3))


def test_spliced_question_after_like() -> None:
    text = "# Kratom\n\nQuality and dosage matter in mitigating potential side effects like does kratom cause insomnia.\n"
    result = lint_text(text, select=("HL204",))
    [finding] = result.findings
    assert finding.span.text == "does kratom cause insomnia"
    assert "HL204" not in stuffing("# Kratom\n\nPeople often ask whether kratom causes insomnia, such as after a late dose.\n")


def test_spliced_keyphrase_where_the_grammar_breaks() -> None:
    spliced = (
        "---\nkeyword: melatonin for sleep\n---\n# Melatonin\n\n"
        "Before bed, dim the lights and put your phone away melatonin for sleep, because screens keep you up.\n\n"
        "Many adults take melatonin for sleep in the evening.\n"
    )
    result = lint_text(spliced, select=("HL204",))
    assert [f.span.text for f in result.findings] == ["melatonin for sleep"]
    assert "follows 'away'" in result.findings[0].message


def test_query_phrase_as_subject_again_and_again() -> None:
    text = (
        "# Relief\n\nKratom for opioid withdrawal symptoms has garnered attention. It is sold widely.\n\n"
        "While kratom for opioid withdrawal symptoms shows potential, care is needed.\n\n"
        "As a complementary approach, kratom for opioid withdrawal symptoms offers hope.\n"
    )
    assert "HL204" in stuffing(text)
    twice = text.split("\n\nAs a complementary")[0]
    assert "HL204" not in stuffing(twice)


def test_stuffed_title_metadata() -> None:
    text = (
        "---\ntitle: CBD oil for anxiety - best CBD oil for anxiety\nkeyword: CBD oil for anxiety\n---\n# CBD\n\nCBD is a hemp compound.\n"
    )
    result = lint_text(text, select=("HL205",))
    [finding] = result.findings
    assert finding.span.text == "CBD oil for anxiety - best CBD oil for anxiety" and finding.span.line == 2


def test_compression_ratio_is_supporting_only() -> None:
    repetitive = "---\nkeyword: joint pain relief\n---\n# Joints\n\n" + "Joint pain relief works. " * 80
    assert {"HL201", "HL206"} <= set(stuffing(repetitive))
    # Highly repetitive text with no multi-word phrase to stuff gets no compression finding on its own.
    plain = "# Tea\n\n" + "Rest. Sleep. Water. " * 60
    assert "HL206" not in stuffing(plain)
    result = lint_text(plain, select=("keyword-stuffing",))
    assert result.metrics["compression_ratio"] > 4.0


def test_keyphrase_stuffed_into_metadata_is_inferred_and_flagged() -> None:
    page = (
        "<html><head><title>Cinnamon for Blood Sugar: A Guide</title>"
        '<meta name="description" content="Cinnamon for blood sugar: how cinnamon for blood sugar works and the best cinnamon for blood sugar.">'
        "</head><body><h1>Cinnamon</h1><p>Many people add cinnamon for blood sugar control to their breakfast.</p></body></html>"
    )
    result = lint_text(page, "a.html", select=("HL205",))
    [finding] = result.findings
    assert finding.span.text.startswith("Cinnamon for blood sugar: how") and "3 times" in finding.message


def _brute_force_query(sentences: list[list[str]], links: frozenset[str], stopwords: frozenset[str]) -> str | None:
    """Every 3-6 word n-gram with a link word inside and no stopword at either end, counted."""
    counts: dict[str, int] = {}
    for words in sentences:
        spans = sorted({(n, i) for n in range(3, 7) for i in range(len(words) - n + 1) if links & set(words[i + 1 : i + n - 1])})
        for n, i in spans:
            if words[i] not in stopwords and words[i + n - 1] not in stopwords:
                phrase = " ".join(words[i : i + n])
                counts[phrase] = counts.get(phrase, 0) + 1
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    return best[0] if best and best[1] >= 3 else None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["turmeric", "for", "joint", "pain", "the", "with", "tea", "vs", "a", "sleep"]), max_size=9), max_size=14
    )
)
def test_the_repeated_query_is_what_counting_every_phrase_finds(sentences: list[list[str]]) -> None:
    links, stopwords = frozenset({"for", "with", "vs"}), frozenset({"the", "a", "for", "with"})
    assert repeated_query(sentences, links, stopwords) == _brute_force_query(sentences, links, stopwords)


def _brute_force_keyphrase(sentences: list[list[str]], title: list[str], stopwords: frozenset[str]) -> str | None:
    """Every 2-6 word phrase inside a sentence, used three times or more, weighed by the words it covers."""
    first: dict[tuple[str, ...], int] = {}
    counts: dict[tuple[str, ...], int] = {}
    for n in range(2, 7):
        for s, words in enumerate(sentences):
            for i in range(len(words) - n + 1):
                gram = tuple(words[i : i + n])
                counts[gram] = counts.get(gram, 0) + 1
                first.setdefault(gram, (n, s, i))
    best: tuple[float, tuple[str, ...]] | None = None
    for gram in sorted(counts, key=first.__getitem__):
        if counts[gram] < 3 or {gram[0], gram[-1]} & stopwords or gram[0].isdigit() or gram[-1].isdigit():
            continue
        weight = counts[gram] * len(gram) * (1.5 if f" {' '.join(gram)} " in f" {' '.join(title)} " else 1.0)
        if best is None or weight > best[0] or (weight == best[0] and len(gram) > len(best[1])):
            best = (weight, gram)
    return " ".join(best[1]) if best else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["tea", "for", "sleep", "the", "green", "2", "calm"]), min_size=2, max_size=6), min_size=4, max_size=20
    ),
    st.lists(st.sampled_from(["green", "tea", "for", "sleep"]), min_size=1, max_size=4),
)
def test_the_inferred_keyphrase_is_what_counting_every_phrase_finds(sentences: list[list[str]], title: list[str]) -> None:
    from healthlint.checks.stuffing.keyphrase import Words, infer
    from healthlint.readers import parse

    stopwords = frozenset({"the", "for"})
    doc = parse(
        "a.md", "# " + " ".join(title).capitalize() + "\n\n" + "\n\n".join(" ".join(s).capitalize() + "." for s in sentences) + "\n"
    )
    words = Words.of(doc.prose).within(doc.sentences)
    found = infer(doc, words, stopwords, 3)
    assert (found.text if found else None) == _brute_force_keyphrase(words, words[0], stopwords)
