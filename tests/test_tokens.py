"""Tokens and inflections: offsets that point at the text's own characters, words split as documented, forms generated once."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthlint.language.morphology import Morphology, adjective_forms, noun_forms, verb_forms
from healthlint.language.tokens import Tokens, lower


def pairs(text: str) -> list[tuple[str, str]]:
    """Each token as (its form, the text it stands on)."""
    tokens = Tokens.of(text)
    return [(w, text[s:e]) for w, s, e in zip(tokens.words, tokens.starts, tokens.ends, strict=True)]


# -- offsets --------------------------------------------------------------------------------

# Letters from several planes and scripts, the characters `lower` folds, combining marks, typographic quotes.
_ALPHABET = st.one_of(
    st.sampled_from("aZ09 \n\t.,;:!?'’‘“”-–—_()[]%/"),
    st.sampled_from("İıſKßẞǅΣςéè\u0301\u0308\u20dd\ufe20\u1dc0"),
    st.sampled_from("𝐁𝐞𝐬𝐭😀🇬🇧𝟚日本語ﬁ²½"),
    st.characters(codec="utf-8"),
)


@given(st.text(_ALPHABET, max_size=60))
def test_every_token_points_at_the_text_it_came_from(text: str) -> None:
    tokens = Tokens.of(text)
    assert len(tokens.words) == len(tokens.starts) == len(tokens.ends)
    previous_end = 0
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert previous_end <= start < end <= len(text)
        # what lies between two tokens is space, or the underscores the split drops
        assert re.fullmatch(r"[\s_]*", text[previous_end:start]), (text, text[previous_end:start])
        # the form is the original text lower-cased, apostrophes made plain, accents composed
        assert word == unicodedata.normalize("NFC", lower(text[start:end])) or word == lower(text[start:end])
        previous_end = end
    assert re.fullmatch(r"[\s_]*", text[previous_end:])


def test_lower_keeps_one_character_for_each_character_everywhere() -> None:
    """The offsets of lower-cased text are the text's own: checked for every code point ("İ" lower-cases to two)."""
    lengthened = [hex(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000 and len(lower(chr(c))) != 1]
    assert lengthened == []
    assert len("İ".lower()) == 2  # what the fold is for


def test_every_code_point_between_two_letters_keeps_the_offsets() -> None:
    """All of Unicode at once, each code point between letters: every token still stands on its own text."""
    text = "".join(f"a{chr(c)}b " for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    tokens = Tokens.of(text)
    assert len(tokens) > 1_000_000
    low = lower(text)  # one character for each: its slices are the tokens' own text, lower-cased
    assert len(low) == len(text)
    differ = [(w, low[s:e]) for w, s, e in zip(tokens.words, tokens.starts, tokens.ends, strict=True) if w != low[s:e]]
    assert all(w == unicodedata.normalize("NFC", original) for w, original in differ), differ[:5]
    assert len(differ) < 2_000  # only words with a combining mark are composed


def test_offsets_of_astral_characters_and_folded_letters() -> None:
    text = "😀 İLAÇ 𝐁𝐞𝐬𝐭 Nature’s ‘pure’ remedy"
    assert pairs(text) == [
        ("😀", "😀"),
        ("ilaç", "İLAÇ"),
        ("𝐁𝐞𝐬𝐭", "𝐁𝐞𝐬𝐭"),  # not letters lower() changes
        ("nature's", "Nature’s"),
        ("'", "‘"),
        ("pure", "pure"),
        ("'", "’"),
        ("remedy", "remedy"),
    ]
    tokens = Tokens.of(text)
    assert tokens.original(1, 3) == "İLAÇ 𝐁𝐞𝐬𝐭"
    assert tokens.span(3, 4) == (text.index("Nature"), text.index("Nature") + len("Nature’s"))


def test_a_combining_accent_stays_in_its_word_and_is_composed() -> None:
    decomposed = "A nai\u0308ve take on Me\u0301nie\u0300re\u2019s disease, Guillain-Barre\u0301 too."
    assert pairs(decomposed)[:7] == [
        ("a", "A"),
        ("naïve", "nai\u0308ve"),
        ("take", "take"),
        ("on", "on"),
        ("ménière's", "Me\u0301nie\u0300re\u2019s"),
        ("disease", "disease"),
        (",", ","),
    ]
    assert ("guillain-barré", "Guillain-Barre\u0301") in pairs(decomposed)
    # the same words typed precomposed give the same forms
    assert Tokens.of(unicodedata.normalize("NFC", decomposed)).words == Tokens.of(decomposed).words
    # a mark with no letter before it is a mark of its own
    assert pairs("\u0301x") == [("\u0301", "\u0301"), ("x", "x")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beta-blockers, nature's covid-19", ["beta-blockers", ",", "nature's", "covid-19"]),
        ("2.5 mg, 1,000 IU or 3 doses", ["2.5", "mg", ",", "1,000", "iu", "or", "3", "doses"]),
        ("e.g. the U.S. FDA", ["e", ".", "g", ".", "the", "u", ".", "s", ".", "fda"]),
        ("100% safe!!", ["100", "%", "safe", "!", "!"]),
        ("end-of-life 'quoted' x-", ["end-of-life", "'", "quoted", "'", "x", "-"]),
        ("don't won’t", ["don't", "won't"]),
        ("_very_ safe", ["very", "safe"]),  # underscores (emphasis in plain text) are dropped
        ("a—b – c", ["a", "—", "b", "–", "c"]),
        ("2.5.1 v1.2", ["2.5.1", "v1", ".", "2"]),  # a number is digits first; "v1" is a word
    ],
)
def test_words_numbers_and_marks_split_as_documented(text: str, expected: list[str]) -> None:
    assert Tokens.of(text).words == expected


def test_is_word_at_and_range() -> None:
    tokens = Tokens.of("No, it is 100% safe.")
    assert tokens.is_word == [True, False, True, True, True, False, True, False]
    assert tokens.at(0) == 0 and tokens.at(2) == 1 and tokens.at(3) == 2
    start = "No, it is 100% safe.".index("it")
    assert tokens.range(start, start + len("it is")) == (2, 4)
    assert tokens.original(4, 6) == "100%"
    assert tokens.original(3, 3) == ""


# -- morphology -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("remedy", {"remedy", "remedies"}),
        ("tincture", {"tincture", "tinctures"}),
        ("box", {"box", "boxes"}),
        ("tomato", {"tomato", "tomatoes"}),
        ("rash", {"rash", "rashes"}),
        ("leaf", {"leaf", "leaves"}),
        ("knife", {"knife", "knives"}),
        ("day", {"day", "days"}),
    ],
)
def test_regular_noun_forms(word: str, forms: set[str]) -> None:
    assert forms <= noun_forms(word)
    assert "days" not in noun_forms("dai") and "daies" not in noun_forms("day")


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("cause", {"cause", "causes", "caused", "causing"}),
        ("stop", {"stop", "stops", "stopped", "stopping"}),
        ("cry", {"cry", "cries", "cried", "crying"}),
        ("fix", {"fix", "fixes", "fixed", "fixing"}),
        ("play", {"play", "plays", "played", "playing"}),
        ("boost", {"boost", "boosts", "boosted", "boosting"}),
        ("trial", {"trial", "trials", "trialled", "trialed", "trialling"}),  # British and American spellings
        ("fuel", {"fuel", "fuels", "fuelled", "fueled", "fuelling"}),
    ],
)
def test_regular_verb_forms(word: str, forms: set[str]) -> None:
    assert forms <= verb_forms(word)


def test_verb_forms_do_not_double_what_english_does_not() -> None:
    assert "boostted" not in verb_forms("boost") and "plaied" not in verb_forms("play")
    assert "beatting" not in verb_forms("beat") and "fixxed" not in verb_forms("fix")
    assert "healled" not in verb_forms("heal") and "feelled" not in verb_forms("feel") and "boilled" not in verb_forms("boil")


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("strong", {"strong", "stronger", "strongest"}),
        ("safe", {"safe", "safer", "safest"}),
        ("big", {"big", "bigger", "biggest"}),
        ("happy", {"happy", "happier", "happiest"}),
    ],
)
def test_regular_adjective_forms(word: str, forms: set[str]) -> None:
    assert forms <= adjective_forms(word)


def test_irregular_forms_come_from_the_table() -> None:
    morphology = Morphology({"good": ["better", "best"], "child": ["children"], "be": ["is", "was", "were"]})
    assert {"better", "best"} <= morphology.forms("good", "adjective")
    assert "children" in morphology.forms("child", "noun")
    assert {"is", "was", "were"} <= morphology.forms("be", "verb")
    assert "better" not in Morphology().forms("good")
    assert morphology.forms("cause", "noun") == {"cause", "causes"}  # a kind limits the forms
    assert {"caused", "causes"} <= morphology.forms("cause")  # no kind: every kind's


def test_phrase_forms_inflect_where_english_does() -> None:
    morphology = Morphology({"child": ["children"]})
    assert ("takes", "part") in morphology.phrase_forms(("take", "part"), "verb")
    assert ("side", "effects") in morphology.phrase_forms(("side", "effect"), "noun")
    assert ("sides", "effect") not in morphology.phrase_forms(("side", "effect"), "noun")
    assert ("young", "children") in morphology.phrase_forms(("young", "child"), "noun")


def test_builtin_irregular_table_reaches_lemma_patterns() -> None:
    from healthlint.language.loader import builtin_language

    forms = builtin_language().vocabulary.morphology.forms
    assert {"beaten", "beats"} <= forms("beat", "verb")
    assert {"better", "best"} <= forms("good", "adjective")
    assert "people" in forms("person", "noun")
