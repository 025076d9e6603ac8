"""Sentence boundaries inside a prose block, aware of abbreviations and decimals."""

from __future__ import annotations

import regex

_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "approx",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "no",
        "fig",
        "al",
        "ca",
        "cf",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "dept",
        "est",
        "mt",
        "u.s",
        "u.k",
        "p.m",
        "a.m",
    ]
)
_LAST_WORD = regex.compile(r"[\w.]+", regex.REVERSE)  # matched backwards from a boundary: one attempt, not one per start
_BOUNDARY = regex.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}])|[.!?…]+[\"”’')\]]*$|\n{2,}")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) prose ranges of the sentences in text[start:end]."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().startswith("."):
            found = _LAST_WORD.match(text, max(s, m.start() - 12), m.start())
            word = found.group() if found else ""
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        e = m.end()
        _append(text, out, s, e)
        s = e
    _append(text, out, s, end)
    return out


def _append(text: str, out: list[tuple[int, int]], s: int, e: int) -> None:
    """Add text[s:e] without its surrounding whitespace, unless nothing is left."""
    piece = text[s:e]
    stripped = piece.strip()
    if stripped:
        s += len(piece) - len(piece.lstrip())
        out.append((s, s + len(stripped)))
