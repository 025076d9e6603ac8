"""Input readers: decode a file safely and pick the reader for its format."""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from healthlint import limits
from healthlint.errors import InputError
from healthlint.model.document import Document
from healthlint.readers.markdown import read_markdown
from healthlint.readers.text import read_text

Reader = Callable[[str, str], Document]


def read_html(path: str, text: str) -> Document:
    """The HTML reader, imported with the first page: html.parser and its tables are a tenth of what a
    Markdown or text file's run imports."""
    from healthlint.readers.html import read_html as read

    return read(path, text)


READERS: dict[str, Reader] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".mdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".txt": read_text,
    ".text": read_text,
}

MAX_BYTES = limits.MAX_INPUT_BYTES
# Byte-order marks of the encodings decoded besides UTF-8; the UTF-32 ones first, as they begin like UTF-16's.
_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "UTF-32", "utf-32-le"),
    (b"\xfe\xff", "UTF-16", "utf-16-be"),
    (b"\xff\xfe", "UTF-16", "utf-16-le"),
)
_LONE_CR = re.compile(r"\r(?!\n)")
_HTML_START = re.compile(r"(?:\s|<!--.*?-->)*<(?:!doctype\s|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n")


def extension(path: str) -> str:
    """The file name's extension, lower-cased: it picks the reader."""
    return os.path.splitext(path)[1].lower()


def reader_for(path: str) -> Reader:
    return READERS.get(extension(path), read_text)


def _utf16_without_bom(head: bytes) -> str | None:
    """ "little"/"big" when NUL bytes fall on every other byte, as in UTF-16 text of mostly Latin letters."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "little"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "big"
    return None


def decode(path: str, data: bytes) -> str:
    """The file's text, or an InputError that says why it cannot be linted.

    UTF-8 (with or without a byte-order mark) and, where a byte-order mark says so, UTF-16 and
    UTF-32. A mark is decoded as U+FEFF and so counts as the first code point, as in UTF-8.
    """
    if len(data) > MAX_BYTES:
        raise InputError(path, limits.too_large(None))  # read from a stream, which is read no further
    encoding = next(((name, codec) for bom, name, codec in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        try:
            text = data.decode(encoding[1])
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid {encoding[0]} (byte {exc.start}); save it as UTF-8") from None
        if "\x00" in text[:8192]:
            raise InputError(path, "binary file (contains NUL characters), not an article")
    else:
        if b"\x00" in data[:8192]:
            endian = _utf16_without_bom(data[:8192])
            if endian:
                raise InputError(path, f"UTF-16 text ({endian}-endian) without a byte-order mark; save it as UTF-8")
            raise InputError(path, "binary file (contains NUL bytes), not an article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); save it as UTF-8") from None
    if not text.strip("\ufeff \t\r\n"):
        raise InputError(path, "empty file, nothing to lint")
    return text


def read_bytes(path: str) -> bytes:
    """An article's bytes: a regular file only, at most the size limit plus one byte (see `limits.read_regular`)."""
    return limits.read_regular(path, InputError)


def sniff(text: str) -> tuple[str, str]:
    """The extension that picks a reader for text with no file name to say, and why."""
    body = text.lstrip("\ufeff")
    if _HTML_START.match(body):
        return ".html", "it starts as an HTML page"
    if _FRONT_MATTER.match(body):
        return ".md", "it opens with front matter"
    return ".md", "no HTML page start or front matter"


def parse(path: str, text: str) -> Document:
    """Parse decoded text with the reader its file name calls for.

    A lone CR (old Mac line ends) ends a line, as in editors: readers see it as LF, one character
    for one, so offsets do not move; the document keeps the file's own text for spans.
    """
    if "\r" not in text:
        return reader_for(path)(path, text)
    lines = _LONE_CR.sub("\n", text)
    doc = reader_for(path)(path, lines)
    doc.source = text
    return doc


def read_document(path: str, data: bytes | None = None) -> Document:
    """Read, decode and parse one article; `data` overrides reading the path (stdin)."""
    raw = read_bytes(path) if data is None else data
    return parse(path, decode(path, raw))
