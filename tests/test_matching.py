"""The word index finds exactly what a full scan finds, for every pattern the packs run over prose."""

from __future__ import annotations

import sys

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint.checks.stuffing.keyphrase import Words, tokens
from healthlint.language import matching
from healthlint.language.matching import FOLD, Index, Matcher, Runs, split_words, word_prefixes
from healthlint.readers import read_document
from tests.conftest import EXAMPLES, linter

MATCHERS = [m for check in linter().checks for m in check.indexed]
INDEX = Index(MATCHERS)
# Words the patterns start with, and words around them, so generated texts hit many of them.
VOCABULARY = sorted({w for m in MATCHERS for w in regex.findall(r"[a-z]{2,}", m.pattern.pattern)} - {"pd"})
ODD = ["İs", "ſafe", "Kratom", "e\u0301", "²safe", "don’t", "100%", "non-sedating", "日本", "😀", "_is", "IS"]
SEPARATORS = [" ", "  ", "\n", "\n\n", "-", ", ", ". ", "'", "’", "(", ") ", "\t", ""]


def _same(text: str) -> None:
    hits = INDEX.hits(text)
    for matcher in MATCHERS:
        indexed = [m.span() for m in hits.finditer(matcher)]
        full = [m.span() for m in matcher.pattern.finditer(text)]
        assert indexed == full, matcher.pattern.pattern


def test_nearly_every_pack_pattern_is_indexed() -> None:
    indexed = [m for m in MATCHERS if m.prefixes]
    assert len(MATCHERS) > 80
    assert len(indexed) >= 0.9 * len(MATCHERS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(VOCABULARY + ODD), st.sampled_from(SEPARATORS), st.booleans()),
        min_size=1,
        max_size=40,
    )
)
def test_indexed_matches_equal_a_full_scan_on_generated_text(pieces: list[tuple[str, str, bool]]) -> None:
    _same("".join((word.capitalize() if upper else word) + sep for word, sep, upper in pieces))


def test_indexed_matches_equal_a_full_scan_on_the_examples() -> None:
    for path in sorted(EXAMPLES.iterdir()):
        _same(read_document(str(path)).prose)


def test_the_fold_covers_every_character_that_matches_an_ascii_letter_ignoring_case() -> None:
    """A character the engine equates with a letter but lower() leaves alone would hide a match."""
    letter = regex.compile(r"[a-z]", regex.I)
    found = {chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000 and letter.fullmatch(chr(c))}
    assert found == {chr(c) for c in FOLD}
    assert all(letter.fullmatch(ch.translate(FOLD).lower()) for ch in found)


def test_prefixes_follow_words_across_whitespace_and_word_edges() -> None:
    # Two whole words are kept: they already pick out few places, and more would multiply prefixes.
    assert word_prefixes(r"\b(?:is|are)\s+not\s+a\s+sedative\b") == {(("is", "not"), ""), (("are", "not"), "")}
    # An optional gap gives both readings: one word, or two.
    assert word_prefixes(r"\bnon[\s-]?sedating") == {((), "nonsedating"), (("non",), "sedating")}
    assert word_prefixes(r"\bgame[\s\p{Pd}]*changer") == {((), "gamechanger"), (("game",), "changer")}
    # Punctuation lies between words, as whitespace does, also at the start of a group.
    assert word_prefixes(r"(?<!\w)100%\s+safe") == {(("100",), "safe")}
    assert word_prefixes(r"\bthe\s+(?:\#1|no\.\s?1)") == {(("the",), "1"), (("the", "no"), "1")}
    assert word_prefixes(r"\bdon[’']t") == {((), "don")}  # a class holding a character outside ASCII ends the prefix
    assert word_prefixes(r"\b(?:the\s+)?sedative") == {(("the",), "sedative"), ((), "sedative")}
    assert word_prefixes(r"\bmiracle(?:e?s)?\b") == {(("miracle",), ""), (("miracles",), ""), (("miraclees",), "")}


def test_patterns_that_may_start_anywhere_are_scanned_in_full() -> None:
    starts_anywhere = [r"sedat", r"\b\d+\s+mg", r"\b[\p{L}]+ly\b", r"\s+safe", r"\b(?:safe)?", r"(?i)\b[[:alpha:]]+", r"\b\s+safe"]
    for source in [*starts_anywhere, r"\b(?:sedative){e<=1}"]:  # fuzzy matching is read as literal text by `re`
        assert word_prefixes(source) is None, source
    unindexed = Matcher.of(regex.compile(r"sedat", regex.I))
    text = "Non-sedating, not sedative."
    assert [m.span() for m in Index([unindexed]).hits(text).finditer(unindexed)] == [(4, 9), (18, 23)]


def test_folding_keeps_every_offset_and_every_word_edge() -> None:
    """Offsets in the folded text are the prose's, and its words start where the engine's words start."""
    word = regex.compile(r"\w")
    for c in range(sys.maxunicode + 1):
        folded = chr(c).translate(FOLD).lower()
        assert len(folded) == 1, hex(c)
        assert bool(word.match(folded)) == bool(word.match(chr(c))), hex(c)
    matcher = Matcher.of(regex.compile(r"\bsafe\b", regex.I))
    text = "\u0130stanbul: SAFE here, ſafe there."
    assert [m.span() for m in Index([matcher]).hits(text).finditer(matcher)] == [(10, 14), (21, 25)]


def test_an_index_that_forgets_its_remembered_words_still_finds_everything(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past its limit the index drops what words lead to, between texts; nothing found may change."""
    monkeypatch.setattr(matching, "_REMEMBERED_WORDS", 5)
    index = Index(MATCHERS)
    texts = [read_document(str(path)).prose for path in sorted(EXAMPLES.iterdir())]
    for text in texts + texts:
        hits = index.hits(text)
        assert len(index.root.steps) <= len(set(hits.runs.parts[1::2])) + 1
        for matcher in MATCHERS:
            assert [m.span() for m in hits.finditer(matcher)] == [m.span() for m in matcher.pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Don", "t", "vitamin", "D", "İs", "ſafe", "e\u0301", "²", "日本", "x_y", "12", "-", "'", "’", " ", "--", ". "]),
        max_size=30,
    )
)
def test_words_read_from_the_index_runs_are_the_token_pattern_matches(pieces: list[str]) -> None:
    """Words joined from runs equal a direct scan for words: same places, same lower case."""
    text = "".join(pieces)
    words = Words.of(text, Runs.of(text))
    found = tokens(text)
    assert list(zip(words.starts, words.ends, strict=True)) == [m.span() for m in found]
    assert words.lowers == [m.group().translate(FOLD).lower() for m in found]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab _-'’—éİ²\u0301\u200d٣日😀\n", max_size=40))
def test_words_split_as_the_rules_engine_splits_them(text: str) -> None:
    """Split by Python's engine where it agrees on every character, else by `regex`: the same runs either way."""
    assert split_words(text) == regex.split(r"(\w+)", text)
