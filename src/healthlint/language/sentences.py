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
# A full stop ends no sentence after an abbreviation or an initial (a lone capital): the word
# before it, a run of word characters and dots, is checked by a lookbehind, so the whole split
# is one regex scan. A boundary starts where its run of punctuation starts.
_NOT_AFTER = r"(?<![\w.])(?:(?i:" + "|".join(regex.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")|\p{Uppercase})"
_STOP = rf"(?<![.!?…])(?:(?<!{_NOT_AFTER})\.|[!?…])[.!?…]*[\"”’')\]]*"
_BOUNDARY = regex.compile(rf"{_STOP}(?=\s+[\"“‘(\[]?[\p{{Lu}}\p{{N}}])|{_STOP}$|\n{{2,}}")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) prose ranges of the sentences in text[start:end], without surrounding whitespace."""
    out: list[tuple[int, int]] = []
    s = start
    for e in [*map(regex.Match.end, _BOUNDARY.finditer(text, start, end)), end]:
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            first = s + len(piece) - len(piece.lstrip())
            out.append((first, first + len(stripped)))
        s = e
    return out
