"""HL2xx: each stuffing signal with a near miss that must stay silent, the subject/forced distinction,
the keyphrase inference against brute force, and issue 13's three blackboard bugs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.checks.stuffing.analysis import Thresholds, repeated_query
from healthlint.cli import cli
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.language.keyphrase import BREAK, KeyphraseSettings, infer
from healthlint.readers import parse
from tests.conftest import EXAMPLES, codes, lint_text

FILLER = [
    "The leaves are dried and ground before they are sold.",
    "Researchers are still studying how the plant works in the body.",
    "Prices vary a great deal between shops and brands.",
    "Some people prefer capsules because the taste is bitter.",
    "Store the powder in a cool, dry cupboard away from light.",
    "The plant grows in warm, wet regions of the world.",
]


def stuffing(text: str, name: str = "a.md", **settings: object) -> list[str]:
    return codes(lint_text(text, name, select=("keyword-stuffing",), **settings))


FRAMES = [
    "Readers ask about {} often.",
    "Many shops now sell {} online.",
    "We looked closely at {} this year.",
    "Prices for {} vary widely.",
    "Some doctors mention {} to patients.",
    "A friend recommended {} last winter.",
    "Labels on {} can be hard to read.",
]


def article(phrase: str, uses: int, sentences: int = 24, headings: list[str] | None = None, title: str = "Guide") -> str:
    """A plain article of `sentences` filler sentences with `phrase` worked in `uses` times, in varied frames."""
    body = []
    for i in range(sentences):
        line = FILLER[i % len(FILLER)]
        if i < uses:
            line = f"{FRAMES[i % len(FRAMES)].format(phrase)} {line}"
        body.append(line)
    paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
    parts = [f"# {title}"]
    for i, para in enumerate(paragraphs):
        if headings:
            parts.append(f"## {headings[i % len(headings)]}")
        parts.append(para)
    return "\n\n".join(parts) + "\n"


# -- density -----------------------------------------------------------------------------------


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


def test_inflection_case_and_hyphens_count_towards_density() -> None:
    assert "HL201" in stuffing("---\nkeyword: green tea extract\n---\n" + article("Green Tea Extracts", 12))
    assert "HL201" in stuffing("---\nkeyword: green tea extract\n---\n" + article("green-tea extract", 12))


def test_configured_keyphrase_overrides_inference() -> None:
    text = article("herbal sleep tea", 12)
    result = lint_text(text, select=("HL201",), keyphrase="herbal sleep tea")
    assert result.findings and "declared in config" in result.findings[0].message


# -- a search phrase forced on the text, or the article's own subject ---------------------------


def test_a_query_shaped_phrase_in_the_title_is_forced() -> None:
    for phrase in ("turmeric for knee pain", "best turmeric capsules", "turmeric vs ibuprofen", "turmeric capsules reviews"):
        text = article(phrase, 12, title=phrase.title())
        assert "HL201" in stuffing(text), phrase


def test_the_articles_own_subject_never_fires_on_density_alone() -> None:
    # Named in the title, repeated as patient pages do.
    topic = "# Addison disease\n\n" + " ".join(
        ["Addison disease happens when the adrenal glands do not make enough hormones."] * 3
        + ["A problem with your immune system usually causes Addison disease.", "Lab tests can confirm that you have Addison disease."]
    )
    assert stuffing(topic) == []
    # A lay headline that does not name the repeated condition: still the article's subject.
    lay = article("atrial fibrillation", 14, title="Blood thinner halves strokes in older patients")
    assert lint_text(lay).metrics["keyphrase"]["density"] > 3.0
    assert stuffing(lay) == []
    # One word is a topic, never a keyphrase.
    single_word = "# Asthma\n\n" + " ".join(["Asthma affects the airways, and asthma attacks can be serious."] * 10)
    assert stuffing(single_word) == []


def test_the_subject_in_every_heading_is_still_the_subject() -> None:
    """Cancer information pages head each section with their subject ("Recurrent Ewing sarcoma"): not stuffing."""
    heads = ["Treatment options for Ewing sarcoma", "Localised Ewing sarcoma", "Metastatic Ewing sarcoma", "Recurrent Ewing sarcoma"]
    page = article("Ewing sarcoma", 12, headings=heads, title="Ewing sarcoma")
    assert lint_text(page).metrics["keyphrase"]["density"] > 3.0
    assert stuffing(page) == []
    # The same page declaring the phrase as its SEO keyphrase is judged as a search phrase.
    assert {"HL201", "HL202"} <= set(stuffing("---\nkeyword: Ewing sarcoma\n---\n" + page))


def test_without_a_title_the_phrase_in_the_first_sentence_is_forced() -> None:
    # "Guide" names no subject: the phrase opening the text stands where SEO puts a keyphrase.
    assert "HL201" in stuffing(article("opioid withdrawal", 16))
    assert "HL201" not in stuffing(article("opioid withdrawal", 16, title="Opioid withdrawal"))


def test_a_name_is_the_subject_whatever_its_shape() -> None:
    name = "Harbour Centre for Sleep Medicine"
    sentences = [f"Staff at the {name} see adults and children.", *FILLER, f"Referrals to the {name} come from GPs."]
    body = " ".join(sentences[i % len(sentences)] for i in range(40))
    text = f"# {name} opens a new clinic\n\n{body}\n"
    assert lint_text(text).metrics["keyphrase"]["text"] == name.lower()
    assert stuffing(text) == []
    lower = text.replace(name, name.lower())  # the same phrase, not used as a name
    assert "HL201" in stuffing(lower)


def test_faq_questions_name_their_subject() -> None:
    questions = [f"## {q}\n\nAn answer of a few plain words goes here for the reader." for q in (
        "What is magnesium for leg cramps?", "Who should try magnesium for leg cramps?", "How much magnesium for leg cramps?",
        "Is magnesium for leg cramps safe?", "Where can I buy magnesium for leg cramps?", "Does magnesium for leg cramps work?",
    )]  # fmt: skip
    faq = "# Magnesium for leg cramps\n\n" + "\n\n".join(questions) + "\n"
    assert stuffing(faq) == []
    statements = faq.replace("?", "").replace("What is", "About").replace("Who should try", "Trying")
    assert "HL201" in stuffing(statements)


# -- spread, repeated query, spliced queries, metadata, compression --------------------------------


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
    assert "HL203" not in stuffing("---\nkeyword: kratom leaf\n---\n" + article("the Harbour Centre for Back Pain", 10))
    assert "HL203" in stuffing("---\nkeyword: kratom leaf\n---\n" + article("the harbour centre for back pain", 10))


def test_spliced_question_after_like() -> None:
    text = "# Kratom\n\nQuality and dosage matter in mitigating potential side effects like does kratom cause insomnia.\n"
    result = lint_text(text, select=("HL204",))
    [finding] = result.findings
    assert finding.span.text == "does kratom cause insomnia"
    assert "HL204" not in stuffing("# Kratom\n\nPeople often ask whether kratom causes insomnia, such as after a late dose.\n")
    # A wh-clause after "including" is English, not a spliced query.
    assert "HL204" not in stuffing("# Glaucoma\n\nSee this chart for an overview, including how many people it affects.\n")


def test_spliced_keyphrase_where_the_grammar_breaks() -> None:
    spliced = (
        "---\nkeyword: melatonin for sleep\n---\n# Melatonin\n\n"
        "Before bed, dim the lights and put your phone away melatonin for sleep, because screens keep you up.\n\n"
        "Many adults take melatonin for sleep in the evening.\n"
    )
    result = lint_text(spliced, select=("HL204",))
    assert [f.span.text for f in result.findings] == ["melatonin for sleep"]
    assert "follows 'away'" in result.findings[0].message
    fits = "---\nkeyword: risk for gout\n---\n# Gout\n\nMen who drink beer are at higher risk for gout, and so are people on diuretics.\n"
    assert "HL204" not in stuffing(fits)


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


def test_keyphrase_stuffed_into_metadata_is_inferred_and_flagged() -> None:
    page = (
        "<html><head><title>Cinnamon for Blood Sugar: A Guide</title>"
        '<meta name="description" content="Cinnamon for blood sugar: how cinnamon for blood sugar works and the best cinnamon for blood sugar.">'
        "</head><body><h1>Cinnamon</h1><p>Many people add cinnamon for blood sugar control to their breakfast.</p></body></html>"
    )
    result = lint_text(page, "a.html", select=("HL205",))
    [finding] = result.findings
    assert finding.span.text.startswith("Cinnamon for blood sugar: how") and "3 times" in finding.message


def test_a_description_may_name_its_subject_twice() -> None:
    page = (
        "<html><head><title>Ear wax: a guide</title>"
        '<meta name="description" content="How to manage ear wax at home, and where to get ear wax removed safely.">'
        "</head><body><h1>Ear wax</h1><p>Ear wax protects the ear canal and usually moves out by itself.</p></body></html>"
    )
    assert lint_text(page, "a.html", select=("HL205",)).findings == []


def test_compression_ratio_is_supporting_only() -> None:
    repetitive = "---\nkeyword: joint pain relief\n---\n# Joints\n\n" + "Joint pain relief works. " * 80
    assert {"HL201", "HL206"} <= set(stuffing(repetitive))
    plain = "# Tea\n\n" + "Rest. Sleep. Water. " * 60
    assert "HL206" not in stuffing(plain)
    result = lint_text(plain, select=("keyword-stuffing",))
    assert result.metrics["compression_ratio"] > 4.0


# -- the keyphrase and the repeated query, against counting every phrase -----------------------


def _thresholds(links: frozenset[str]) -> Thresholds:
    linter = Linter(Config(select=("HL203",)))
    t = linter.checks[0].thresholds  # type: ignore[attr-defined]
    from dataclasses import replace

    return replace(t, query_links=links, query_min_uses=3, query_min_words=3, query_max_words=6)


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


THRESHOLDS = _thresholds(frozenset({"for", "with", "vs"}))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["turmeric", "for", "joint", "pain", "the", "with", "tea", "vs", "a", "sleep"]), max_size=9), max_size=14
    )
)
def test_the_repeated_query_is_what_counting_every_phrase_finds(sentences: list[list[str]]) -> None:
    links, stopwords = frozenset({"for", "with", "vs"}), frozenset({"the", "a", "for", "with"})
    assert repeated_query(sentences, THRESHOLDS, stopwords) == _brute_force_query(sentences, links, stopwords)


def _brute_force_keyphrase(sentences: list[list[str]], title: list[str], stopwords: frozenset[str]) -> str | None:
    """Every 2-6 word phrase inside a sentence, used three times or more, weighed by the words it covers."""
    first: dict[tuple[str, ...], tuple[int, int, int]] = {}
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
    stopwords = frozenset({"the", "for"})
    kp = KeyphraseSettings(keys=(), stopwords=stopwords, shortest=2, longest=6, min_uses=3, title_weight=1.5, fields=(), title_words=20)
    words = [w for s in sentences for w in [*s, BREAK]]
    found = infer(words, title, kp)
    assert (found.text if found else None) == _brute_force_keyphrase(sentences, title, stopwords)


# -- issue 13: the blackboard bugs ---------------------------------------------------------------

STRICT_PACK = """pack: house-seo
category: keyword-stuffing
rules:
  - code: HL951
    name: strict-keyphrase-density
    type: keyphrase-density
    severity: warning
    message: "'{phrase}' is {density:.1f}% of the words; the house limit is 1.5%."
    params:
      max_density: 1.5
"""


def test_a_users_stricter_density_rule_reports_alongside_hl201(tmp_path: Path) -> None:
    """(a) One stuffing analysis per key made a second keyphrase-density rule read HL201's thresholds."""
    pack = tmp_path / "house.yaml"
    pack.write_text(STRICT_PACK, encoding="utf-8")
    text = "---\nkeyword: kratom tea benefits\n---\n" + article("kratom tea benefits", 6, sentences=60)  # six uses, under 3%
    doc = parse("a.md", text)
    both = Linter(Config(extend_rules=(pack,), select=("HL201", "HL951"))).lint(doc)
    assert 1.5 < both.metrics["keyphrase"]["density"] < 3.0
    assert codes(both) == ["HL951"]
    dense = parse("a.md", "---\nkeyword: kratom tea benefits\n---\n" + article("kratom tea benefits", 12))
    assert sorted(codes(Linter(Config(extend_rules=(pack,), select=("HL201", "HL951"))).lint(dense))) == ["HL201", "HL951"]


def test_document_metrics_whatever_rules_are_selected() -> None:
    """(b) `metrics.keyphrase` and `compression_ratio` came only when a stuffing rule ran."""
    result = CliRunner().invoke(
        cli, ["check", str(EXAMPLES / "magnesium-for-sleep.md"), "--select", "HL1", "--format", "json", "--no-cache"]
    )
    [entry] = json.loads(result.stdout)["files"]
    assert {f["rule"][:3] for f in entry["findings"]} <= {"HL1"}
    assert entry["metrics"]["keyphrase"] == {
        "text": "magnesium for sleep",
        "declared": True,
        "source": "front matter `keyword`",
        "occurrences": entry["metrics"]["keyphrase"]["occurrences"],
        "density": entry["metrics"]["keyphrase"]["density"],
    }
    assert entry["metrics"]["keyphrase"]["occurrences"] >= 6 and entry["metrics"]["compression_ratio"] > 1.0


def test_pyproject_stuffing_min_words_is_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(c) `[tool.healthlint.stuffing] min-words` was accepted and never read."""
    monkeypatch.chdir(tmp_path)
    article_path = tmp_path / "a.md"
    article_path.write_text("---\nkeyword: kratom tea benefits\n---\n" + article("kratom tea benefits", 12), encoding="utf-8")

    def rules() -> set[str]:
        result = CliRunner().invoke(cli, ["check", str(article_path), "--format", "json", "--no-cache", "--select", "HL201"])
        return {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]}

    assert rules() == {"HL201"}
    (tmp_path / "pyproject.toml").write_text("[tool.healthlint.stuffing]\nmin-words = 5000\n", encoding="utf-8")
    assert rules() == set()


def _page(phrase: str, search_line: str) -> str:
    """A product page that names its product in the title and repeats it, with one line typed as a search."""
    body = [
        f"Our {phrase} arrive in a tin of sixty.",
        f"Every {phrase} is made in a small kitchen in Leeds.",
        f"Parents tell us the {phrase} taste of strawberries.",
        f"The {phrase} are coloured with beetroot juice.",
        f"Keep the {phrase} out of reach of small children.",
        f"Each tin of {phrase} lasts a month for one child.",
        f"We post the {phrase} in recyclable card.",
        search_line,
    ]
    return f"# Sunny {phrase.title()}\n\n" + "\n\n".join(body + FILLER) + "\n"


def test_a_subject_typed_as_a_shoppers_search_is_forced() -> None:
    """The article's own product, dense and once typed as a search ("... near me", "where to buy ..."): stuffing."""
    for line in ("Find kids vitamin gummies near me today.", "Where to buy kids vitamin gummies in Leeds."):
        assert "HL201" in stuffing(_page("kids vitamin gummies", line)), line


def test_a_dense_subject_never_typed_as_a_search_is_not_stuffing() -> None:
    """Near misses: the same page with the price said in prose, or the search words away from the phrase."""
    for line in ("A tin costs nine pounds.", "Prices near me vary, so compare shops before you buy."):
        assert stuffing(_page("kids vitamin gummies", line)) == [], line
