"""Small text helpers shared by readers, checks and reporters.

`cut` shortens a quote from an article for a message; `printable` and
`xml_text` make untrusted text (file names, quotes) safe to show where a raw
control character would do harm: a terminal, a one-line format, XML.
"""

from __future__ import annotations

import regex

ELLIPSIS = "…"
# Control characters, bidirectional overrides and isolates (they reorder what a terminal shows), and the
# lone surrogates that stand for undecodable bytes in file names.
_UNPRINTABLE = regex.compile(r"[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Characters XML 1.0 cannot hold at all, not even as references.
_NOT_XML = regex.compile(r"[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TRAILING = " ,;:–—-"


def cut(text: str, limit: int) -> str:
    """`text` on one line in at most `limit` characters, cut after a whole word with an ellipsis.

    A quote that stops mid-word ("and people w") reads as a typo; only a single word longer
    than the limit is cut inside.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: max(1, limit - len(ELLIPSIS)) + 1]  # one more: a space there means the last word is whole
    space = head.rfind(" ")
    head = head[:space] if space > 0 else head[:-1]
    return head.rstrip(_TRAILING) + ELLIPSIS


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control, bidirectional and undecodable characters written as escapes (`\\x1b`, `\\n`, `\\u202e`).

    Used for what a terminal or a one-line format shows: a file name must not move the cursor,
    colour the screen, reorder the line or split `path:line:col` in two.
    """
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text) if _UNPRINTABLE.search(text) else text


def xml_text(text: str) -> str:
    """`text` with the characters XML 1.0 cannot carry (most control characters) written as escapes."""
    return _NOT_XML.sub(lambda m: _escape(m.group()), text) if _NOT_XML.search(text) else text
