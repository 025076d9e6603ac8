"""Input readers: decode a file safely and pick the reader for its format."""

from __future__ import annotations

import os
from collections.abc import Callable

from healthlint import limits
from healthlint.errors import InputError
from healthlint.model.document import Document
from healthlint.readers.html import read_html
from healthlint.readers.markdown import read_markdown
from healthlint.readers.text import read_text

Reader = Callable[[str, str], Document]

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


def extension(path: str) -> str:
    """The file name's extension, lower-cased: it picks the reader."""
    return os.path.splitext(path)[1].lower()


def reader_for(path: str) -> Reader:
    return READERS.get(extension(path), read_text)


def decode(path: str, data: bytes) -> str:
    """The file's text, or an InputError that says why it cannot be linted."""
    if len(data) > limits.MAX_INPUT_BYTES:
        raise InputError(path, limits.too_large(None))  # read from a stream, which is read no further
    if b"\x00" in data[:8192]:
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


def parse(path: str, text: str) -> Document:
    """Parse decoded text with the reader its file name calls for."""
    return reader_for(path)(path, text)


def read_document(path: str, data: bytes | None = None) -> Document:
    """Read, decode and parse one article; `data` overrides reading the path (stdin)."""
    raw = read_bytes(path) if data is None else data
    return parse(path, decode(path, raw))
