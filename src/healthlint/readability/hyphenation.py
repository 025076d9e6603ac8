"""Hyphenation points as pyphen finds them, for the few words CMUdict lacks, without pyphen's start-up.

textstat counts a word missing from CMUdict as one syllable more than
pyphen's en_US hyphenation points (Liang's algorithm). pyphen parses all
11,000 patterns of the dictionary on first use, and its import lists every
dictionary it ships: about 70 ms, paid again in each worker process. Here the
dictionary's lines are indexed by their letters (the index is kept between
runs), and a pattern is parsed when a word first needs it, as pyphen parses
it. A test compares the points with pyphen's for every CMUdict word.
"""

from __future__ import annotations

import hashlib
import marshal
import re

from healthlint import kept
from healthlint.readability.datafiles import installed_file

_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")
_PAIRS = re.compile(r"(\d?)(\D?)")  # pyphen's own reading of a pattern: (digit, letter) pairs
_DIGIT = re.compile(r"\d")
_NO_ASCII_DIGITS = str.maketrans("", "", "0123456789")
_LEFT, _RIGHT = 2, 2  # pyphen's defaults, which textstat keeps: no point this near either end


def _letters(pattern: str) -> str:
    return pattern.translate(_NO_ASCII_DIGITS) if pattern.isascii() else _DIGIT.sub("", pattern)


def _values(pattern: str) -> tuple[int, tuple[int, ...]] | None:
    """(offset, values) as pyphen stores a pattern; None for one of zeros only, which pyphen drops."""
    values = [int(digit or "0") for digit, _ in _PAIRS.findall(pattern)]
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


class Hyphenation:
    """pyphen's `Pyphen(lang="en_US").positions`, its patterns read on demand."""

    def __init__(self, lines: dict[str, list[str]]) -> None:
        self._lines = lines  # letters -> the patterns spelling them, in file order
        self._maxlen = max(map(len, self._lines), default=0)
        self._patterns: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self._points: dict[str, list[int]] = {}

    @classmethod
    def from_text(cls, text: str) -> Hyphenation:
        """From a dictionary's text, each pattern indexed by its letters."""
        lines: dict[str, list[str]] = {}
        for line in text.split("\n")[1:]:  # the first line names the encoding
            pattern = line.strip()
            if not pattern or pattern.startswith(_IGNORED):
                continue
            if "^^" in pattern:  # ^^hh stands for the character hh
                pattern = _HEX.sub(lambda m: chr(int(m.group(1), 16)), pattern)
            if "/" in pattern and "=" in pattern:  # a nonstandard alternative: its points count as usual
                pattern = pattern.split("/", 1)[0]
            lines.setdefault(_letters(pattern), []).append(pattern)
        return cls(lines)

    @classmethod
    def load(cls) -> Hyphenation | None:
        """The en_US patterns pyphen ships, found without importing it, their index kept for the next run (it
        takes longer to build than a file takes to lint); None when they are not a file."""
        path = installed_file("pyphen", "dictionaries", "hyph_en_US.dic")
        if path is None:
            return None
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()[:32]
        data = kept.read("hyphenation", f"{digest}.marshal")
        if data is not None:
            try:
                return cls(marshal.loads(data))
            except (EOFError, ValueError, TypeError):  # a truncated or foreign file: build it again
                pass
        found = cls.from_text(raw.decode(raw.split(b"\n", 1)[0].decode().strip() or "utf-8"))
        kept.write("hyphenation", f"{digest}.marshal", marshal.dumps(found._lines))
        return found

    def _pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        if letters not in self._patterns:
            found = None
            for pattern in self._lines.get(letters, ()):  # a later spelling replaces an earlier one, as in pyphen
                found = _values(pattern) or found
            self._patterns[letters] = found
        return self._patterns[letters]

    def positions(self, word: str) -> list[int]:
        """Where the word may be hyphenated (Liang's algorithm), at least two letters from either end."""
        right = len(word) - _RIGHT  # of the word as given, as pyphen measures it
        word = word.lower()
        points = self._points.get(word)
        if points is None:
            pointed = f".{word}."
            references = [0] * (len(pointed) + 1)
            for i in range(len(pointed) - 1):
                for j in range(i + 1, min(i + self._maxlen, len(pointed)) + 1):
                    if pointed[i:j] not in self._lines:
                        continue
                    found = self._pattern(pointed[i:j])
                    if found is None:
                        continue
                    offset, values = found
                    span = slice(i + offset, i + offset + len(values))
                    references[span] = map(max, values, references[span])
            points = self._points[word] = [i - 1 for i, reference in enumerate(references) if reference % 2]
        return [i for i in points if _LEFT <= i <= right]
