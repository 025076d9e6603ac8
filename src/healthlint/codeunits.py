"""Code-point offsets to the code units editors count.

Findings carry Unicode code-point offsets. A browser's strings and the
Language Server Protocol count UTF-16 code units by default (an emoji is two),
and an LSP client may negotiate UTF-8 bytes or code points instead; LSP lines
end at "\\n", "\\r\\n" or a lone "\\r". One index per text converts any number
of offsets without rescanning it.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

_LINE_END = re.compile(r"\r\n|\r|\n")
_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")
ENCODINGS = ("utf-16", "utf-8", "utf-32")


def units(text: str, encoding: str = "utf-16") -> int:
    """How many code units of `encoding` the text takes."""
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-16":
        return len(text) + len(_ASTRAL.findall(text))
    return len(text.encode("utf-8", "surrogatepass"))


class UnitIndex:
    """Positions in a text in an editor's units, from code-point offsets."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {encoding!r} (one of {', '.join(ENCODINGS)})")
        self.text = text
        self.encoding = encoding
        self.line_starts = [0, *(m.end() for m in _LINE_END.finditer(text))]
        # Offsets of the astral characters, for absolute UTF-16 offsets (a JavaScript string index).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if encoding == "utf-16" else []
        self._lengths = list(accumulate(units(ch, encoding) - 1 for ch in text)) if encoding == "utf-8" and not text.isascii() else []

    def offset(self, code_point: int) -> int:
        """The offset in code units of the character at `code_point` (how far in a JavaScript string, for UTF-16)."""
        if self.encoding == "utf-16":
            return code_point + bisect.bisect_left(self._astral, code_point)
        if self._lengths and code_point > 0:
            return code_point + self._lengths[code_point - 1]
        return code_point

    def position(self, code_point: int) -> tuple[int, int]:
        """The 0-based line and character (in code units) of the offset, as LSP counts them."""
        line = bisect.bisect_right(self.line_starts, code_point) - 1
        return line, self.offset(code_point) - self.offset(self.line_starts[line])
