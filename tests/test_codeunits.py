"""Code-point offsets to editor units: checked against an independent count on text with astral characters and every line ending."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healthlint.codeunits import UnitIndex, units
from tests.test_lsp import position

TEXT = st.lists(st.sampled_from(["a", "é", "☕", "😀", "👩‍👧", "\n", "\r", "\r\n", " ", "\U0010ffff"]), max_size=40).map("".join)


@given(TEXT, st.data())
def test_positions_match_an_independent_count(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        offset += 1  # inside a line break: no finding starts there
    for encoding in ("utf-16", "utf-8"):
        line, character = UnitIndex(text, encoding).position(offset)
        assert {"line": line, "character": character} == position(text, offset, encoding)
    assert UnitIndex(text).offset(offset) == len(text[:offset].encode("utf-16-le")) // 2  # a JavaScript string index
    line, character = UnitIndex(text, "utf-32").position(offset)
    assert character == offset - UnitIndex(text).line_starts[line]  # code points


def test_units_and_unknown_encoding() -> None:
    assert [units("a😀é", e) for e in ("utf-16", "utf-8", "utf-32")] == [4, 7, 3]
    with pytest.raises(ValueError, match="utf-7"):
        UnitIndex("x", "utf-7")
