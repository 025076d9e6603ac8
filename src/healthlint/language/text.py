"""One article as the language layer reads it: tokens, sentences and clauses as token ranges.

Built once per document and shared by every rule: patterns run over its
tokens (never across a sentence end), and the assertion reader and claim
frames look up a match's sentence and clause here.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from healthlint.language.loader import Language
from healthlint.language.tokens import Tokens
from healthlint.model.document import Block, Document


class Text:
    """A document's prose as tokens, with its sentences (token ranges) and what each token belongs to."""

    def __init__(self, doc: Document, language: Language) -> None:
        self.doc = doc
        self.language = language
        self.tokens = Tokens.of(doc.prose)
        self.words = self.tokens.words
        self._occurrences: dict[str, tuple[list[int], list[int]]] = {}

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Each sentence as a token range [first, last)."""
        starts = self.tokens.starts
        out = []
        for s, e in self.doc.sentences:
            first = bisect.bisect_left(starts, s)
            last = bisect.bisect_left(starts, e, first)
            if last > first:
                out.append((first, last))
        return out

    @cached_property
    def limits(self) -> list[int]:
        """For each token, where its sentence ends: no pattern match crosses it."""
        limits = list(range(1, len(self.words) + 1))  # a token outside any sentence (none should be) stands alone
        for first, last in self.sentences:
            limits[first:last] = [last] * (last - first)
        return limits

    @cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._sentence_firsts, i) - 1
        if k >= 0 and i < self.sentences[k][1]:
            return self.sentences[k]
        return (i, i + 1)

    def block_of(self, i: int) -> Block | None:
        return self.doc.block_at(self.tokens.starts[i]) if i < len(self.words) else None

    def in_heading(self, i: int) -> bool:
        block = self.block_of(i)
        return block is not None and block.kind == "heading"

    def in_references(self, i: int) -> bool:
        return self.doc.in_references(self.tokens.starts[i])

    def prose_span(self, first: int, last: int) -> tuple[int, int]:
        """Prose offsets of tokens first..last-1."""
        return self.tokens.span(first, last)

    def quote(self, first: int, last: int) -> str:
        return self.tokens.original(first, last)

    def has(self, class_name: str, first: int, last: int) -> list[tuple[int, int]]:
        """Where members of a vocabulary class occur among tokens first..last-1, as token ranges: the longest
        term at each place, left to right, none overlapping (a term running past `last` is left out)."""
        starts, ends = self._occurrences_of(class_name)
        out = []
        at = first
        k = bisect.bisect_left(starts, first)
        while k < len(starts) and starts[k] < last:
            start, end = starts[k], ends[k]
            if start >= at and end <= last:
                out.append((start, end))
                at = end
            k += 1
        return out

    def _occurrences_of(self, class_name: str) -> tuple[list[int], list[int]]:
        """Every place a class's longest term starts in the whole text, found once per class: a rule asks
        about many small ranges of the same text."""
        found = self._occurrences.get(class_name)
        if found is None:
            cls = self.language.word_class(class_name)
            heads = cls.heads
            words = self.words
            positions = self._positions
            # walk the shorter side: a small class's heads, or a short text's words
            starts = (
                (positions[h] for h in heads if h in positions)
                if len(heads) < len(positions)
                else (at for w, at in positions.items() if w in heads)
            )
            places = sorted((i, term[0]) for at in starts for i in at if (term := cls.longest(words, i)) is not None)
            found = self._occurrences[class_name] = ([i for i, _ in places], [e for _, e in places])
        return found

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Where each distinct word stands: a class is looked up by the text's few hundred words, not its
        thousands of tokens."""
        out: dict[str, list[int]] = {}
        for i, w in enumerate(self.words):
            out.setdefault(w, []).append(i)
        return out
