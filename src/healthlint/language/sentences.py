"""Sentence boundaries inside a prose block, aware of abbreviations and decimals.

A full stop ends no sentence after an abbreviation (`@abbreviation` in the
grammar vocabulary) or an initial (a lone capital): the word before it is
checked by a lookbehind, so the whole split is one regex scan. "No." is an
abbreviation only before a number ("No. 5"); before a word it is an answer. A boundary
starts where its run of punctuation starts.
"""

from __future__ import annotations

from functools import lru_cache

import regex


@lru_cache(maxsize=1)
def _boundary() -> regex.Pattern[str]:
    from healthlint.language.loader import builtin_language

    abbreviations = builtin_language().terms("abbreviation")
    not_after = r"(?<![\w.])(?:(?i:" + "|".join(regex.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")|\p{Uppercase})"
    number_sign = r"(?<![\w.])(?i:no)(?=\.\s+\p{N})"  # "No. 5" but "No. It should not ...": an answer
    stop = rf"(?<![.!?…])(?:(?<!{not_after})(?<!{number_sign})\.|[!?…])[.!?…]*[\"”’')\]]*"
    # The stop once, before either context: written twice, it made compiling this a tenth of a one-file run.
    return regex.compile(rf"{stop}(?:(?=\s+[\"“‘(\[]?[\p{{Lu}}\p{{N}}])|$)|\n{{2,}}")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) prose ranges of the sentences in text[start:end], without surrounding whitespace."""
    out: list[tuple[int, int]] = []
    s = start
    for e in [*map(regex.Match.end, _boundary().finditer(text, start, end)), end]:
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            first = s + len(piece) - len(piece.lstrip())
            out.append((first, first + len(stripped)))
        s = e
    return out
