"""Tokens: a text split once into words and punctuation, with their offsets, as every rule reads it.

A word is a run of letters and digits that hyphens and apostrophes may join
("beta-blocker", "nature's", "covid-19"); a number may carry decimals or
thousands ("2.5", "1,000"); every other visible character is a token of its
own, except the underscore, which (as Markdown emphasis in plain text,
"_very_ safe") is dropped like a space. A combining accent stays in its word
("naïve" typed as "nai" + U+0308 is one word), whose form is then composed
(NFC), so it meets the vocabulary's "naïve". Tokens are lower-cased with
typographic apostrophes made plain, so a pattern's literal "nature's" meets
"Nature’s". The split runs in C (one `re.split` and one `accumulate`), which
matters: every article is split once and every pattern, clause and frame
reads the result.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

# The only characters outside ASCII that lower() lengthens or that match an ASCII letter
# case-insensitively ("İ", long s, Kelvin sign); folded first, so offsets stay the text's own.
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k", "\u2019": "'", "\u2018": "'"})
_NEED_FOLD = re.compile("[\u0130\u017f\u212a\u2018\u2019]")
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)+|[^\W_]+(?:['\-][^\W_]+)*|[^\w\s])")
# Combining diacritics (Latin, Greek and Cyrillic accents typed decomposed), which `\w` does not match: a text
# holding one is split with a pattern that keeps them in their words. Texts without one take the faster split.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_HAS_MARK = re.compile(f"[{_MARKS}]")
_LETTERS = f"(?:[^\\W_][{_MARKS}]*)+"
_TOKEN_MARKED = re.compile(rf"(\d+(?:[.,]\d+)+|{_LETTERS}(?:['\-]{_LETTERS})*|[^\w\s])")
WORD_START = re.compile(r"[^\W_]")


def lower(text: str) -> str:
    """The text as tokens see it: lower-case, plain apostrophes, one character per character."""
    if _NEED_FOLD.search(text):
        text = text.translate(_FOLD)
    return text.lower()


@dataclass(frozen=True, eq=False)
class Tokens:
    """A text's tokens as parallel lists: lower-cased form, start and end offset (code points)."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Tokens:
        low = lower(text)
        marked = not low.isascii() and _HAS_MARK.search(low) is not None
        parts = (_TOKEN_MARKED if marked else _TOKEN).split(low)
        offsets = list(accumulate(map(len, parts)))
        words = parts[1::2]
        if marked:
            words = [unicodedata.normalize("NFC", w) if _HAS_MARK.search(w) else w for w in words]
        return cls(text, words, offsets[0:-1:2], offsets[1::2])

    def __len__(self) -> int:
        return len(self.words)

    @cached_property
    def is_word(self) -> list[bool]:
        """Whether each token is a word or number, not punctuation."""
        return [w[0].isalnum() for w in self.words]

    def at(self, offset: int) -> int:
        """The index of the first token ending after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Text offsets of tokens first..last-1."""
        return self.starts[first], self.ends[last - 1]

    def range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens that lie inside text[start:end], as an index range."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)

    def original(self, first: int, last: int) -> str:
        """Tokens first..last-1 as the text spells them."""
        return self.text[self.starts[first] : self.ends[last - 1]] if last > first else ""
