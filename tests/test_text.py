"""The shared text helpers: quotes cut after whole words, untrusted text made safe to show."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from healthlint.model.text import ELLIPSIS, cut, printable, xml_text

words = st.lists(st.text(alphabet="abcdefghij,;:-", min_size=1, max_size=14), min_size=1, max_size=30)


@given(words, st.integers(2, 80))
def test_cut_keeps_whole_words_within_the_limit(parts: list[str], limit: int) -> None:
    text = " ".join(parts)
    shown = cut(text, limit)
    assert len(shown) <= limit
    if shown == text:
        return
    assert shown.endswith(ELLIPSIS)
    head = shown[: -len(ELLIPSIS)]
    if " " in text[: limit - len(ELLIPSIS) + 1]:  # a word boundary within reach: the cut is at one
        assert text.startswith(head)
        rest = text[len(head) :]
        assert rest == "" or rest[0] in " ,;:-" or head == "", (text, shown)
        assert all(word in parts for word in head.rstrip(" ,;:-").split(" ")[:-1])


def test_cut_examples() -> None:
    quote = "people get diarrhoea, stomach cramps or nausea, and people with kidney disease"
    assert cut(quote, 60) == "people get diarrhoea, stomach cramps or nausea, and people…"
    assert cut("short enough", 60) == "short enough"
    assert cut("one\n  line,\tplease", 60) == "one line, please"
    assert cut("Supercalifragilistic", 8) == "Superca…"  # one word longer than the limit: cut inside it


def test_printable_escapes_what_would_drive_a_terminal() -> None:
    name = "a\x1b[31mred\nline\rback\t\u202egnp.md\udcff"
    shown = printable(name)
    assert shown == "a\\x1b[31mred\\nline\\rback\\t\\u202egnp.md\\xff"
    assert not any(unicodedata.category(ch) == "Cc" for ch in shown)
    assert printable("café 日本 100% sure.md") == "café 日本 100% sure.md"  # ordinary text is unchanged


def test_xml_text_keeps_what_xml_can_hold() -> None:
    assert xml_text("tab\tnew\nline") == "tab\tnew\nline"
    assert xml_text("esc\x1b form\x0c") == "esc\\x1b form\\x0c"
