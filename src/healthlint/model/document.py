"""The document model every rule reads: prose, blocks, sentences and metadata.

Readers turn a file into prose (the text a reader of the rendered article
sees) plus a position map back to the original file. Rules work on prose
offsets only; the map turns them into exact code-point offsets, lines and
columns in the file, whatever markup stood in between.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from healthlint.limits import MAX_ANALYSED_CHARS, MAX_RUN_CHARS

_NOT_SPACE = re.compile(r"\S")


# The small records below are made by the thousand per run, so they are not frozen: a frozen
# dataclass sets each field through object.__setattr__, which doubled what they cost to make.
@dataclass(slots=True)
class Segment:
    """A run of prose copied from, or standing for, a run of the source."""

    prose_start: int
    source_start: int
    prose_len: int
    source_len: int

    @property
    def is_copy(self) -> bool:
        return self.prose_len == self.source_len


class PositionMap:
    """Maps prose offsets to source offsets through an ordered run of segments.

    The segments are kept as four arrays of 32-bit offsets (inputs are far
    shorter than 2**31): 16 bytes a segment, where a Segment object costs
    about 150, and an article of escapes or entities has one per character.
    """

    def __init__(self, prose_starts: array[int], source_starts: array[int], prose_lens: array[int], source_lens: array[int]) -> None:
        self._starts = prose_starts
        self._source_starts = source_starts  # also ascending: readers copy in file order
        self._prose_lens = prose_lens
        self._source_lens = source_lens

    @classmethod
    def of(cls, segments: list[Segment]) -> PositionMap:
        """The map of these segments (in order)."""
        return cls(
            array("i", [s.prose_start for s in segments]),
            array("i", [s.source_start for s in segments]),
            array("i", [s.prose_len for s in segments]),
            array("i", [s.source_len for s in segments]),
        )

    @property
    def segments(self) -> list[Segment]:
        """The segments as records, for inspection."""
        return list(map(Segment, self._starts, self._source_starts, self._prose_lens, self._source_lens))

    def _segment_at(self, prose_offset: int) -> int:
        """The index of the segment holding the prose character at `prose_offset`, or -1."""
        i = bisect.bisect_right(self._starts, prose_offset) - 1
        if i >= 0 and prose_offset < self._starts[i] + self._prose_lens[i]:
            return i
        return -1

    def _is_copy(self, i: int) -> bool:
        return self._prose_lens[i] == self._source_lens[i]

    def prose_range(self, source_start: int, source_end: int) -> tuple[int, int]:
        """The prose characters standing for source[source_start:source_end] (empty if it is all markup)."""
        starts = self._source_starts
        i = bisect.bisect_right(starts, source_start) - 1
        start = self._starts[i + 1] if i + 1 < len(starts) else self._prose_end()
        if i >= 0 and source_start < starts[i] + self._source_lens[i]:
            start = self._starts[i] + (min(source_start - starts[i], self._prose_lens[i] - 1) if self._is_copy(i) else 0)
        j = bisect.bisect_left(starts, source_end) - 1
        end = start
        if j >= 0:
            length = self._prose_lens[j]
            end = self._starts[j] + (min(source_end - starts[j], length) if self._is_copy(j) else length)
        return start, max(start, end)

    def _prose_end(self) -> int:
        return self._starts[-1] + self._prose_lens[-1] if self._starts else 0

    def _source_end(self) -> int:
        return self._source_starts[-1] + self._source_lens[-1] if self._starts else 0

    def source_start(self, prose_offset: int) -> int:
        """Source offset of the character at `prose_offset` (or the next one mapped)."""
        i = self._segment_at(prose_offset)
        if i < 0:
            k = bisect.bisect_right(self._starts, prose_offset)
            return self._source_starts[k] if k < len(self._starts) else self._source_end()
        if self._is_copy(i):
            return self._source_starts[i] + (prose_offset - self._starts[i])
        return self._source_starts[i]

    def source_end(self, prose_end: int) -> int:
        """Source offset just past the character before `prose_end`."""
        if prose_end <= 0:
            return self.source_start(0)
        i = self._segment_at(prose_end - 1)
        if i < 0:
            i = bisect.bisect_right(self._starts, prose_end - 1) - 1
            if i < 0:
                return self.source_start(0)
            return self._source_starts[i] + self._source_lens[i]
        if self._is_copy(i):
            return self._source_starts[i] + (prose_end - self._starts[i])
        return self._source_starts[i] + self._source_lens[i]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] in pieces of at most MAX_RUN_CHARS, each cut at the last space in its second half (else where it must)."""
    pieces = []
    while end - start > MAX_RUN_CHARS:
        cut = text.rfind(" ", start + MAX_RUN_CHARS // 2, start + MAX_RUN_CHARS)
        if cut < 0:
            cut = start + MAX_RUN_CHARS
        piece = text[start:cut].rstrip()
        pieces.append((start, start + len(piece)))
        after = _NOT_SPACE.search(text, cut, end)
        start = after.start() if after else end
    if end > start:
        pieces.append((start, end))
    return pieces


_LINE_END = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> array[int]:
    """The offset at which each line of text starts: CRLF, LF and a lone CR each end a line, as in editors.

    32-bit offsets: 4 bytes a line, where a list takes 36.
    """
    if "\r" in text:
        return array("i", [0, *(m.end() for m in _LINE_END.finditer(text))])
    starts = array("i", [0])
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


@dataclass(slots=True)
class Block:
    """A prose block: a paragraph, heading, list item, table cell or quote."""

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(slots=True)
class Link:
    """A hyperlink's visible text, as a prose range; its target is not prose."""

    start: int
    end: int
    target: str


@dataclass(slots=True)
class Suppression:
    """A `healthlint-disable` region in source offsets; empty codes mean all rules."""

    start: int
    end: int
    codes: frozenset[str]


class Suppressions:
    """Which (rule, offset) the regions cover, answered by binary search however many regions there are.

    Per code named in a region ("" for regions naming none), the union of its
    regions as sorted, disjoint ranges; a rule is covered by the regions naming
    any prefix of its code.
    """

    def __init__(self, regions: list[Suppression]) -> None:
        spans: dict[str, list[tuple[int, int]]] = {}
        for region in regions:
            for code in region.codes or ("",):
                spans.setdefault(code, []).append((region.start, region.end))
        self.ranges: dict[str, tuple[list[int], list[int]]] = {code: _union(found) for code, found in spans.items()}

    def covers(self, code: str, offset: int) -> bool:
        for key in ("", *(code[:n] for n in range(1, len(code) + 1))):
            found = self.ranges.get(key)
            if found is not None:
                starts, ends = found
                i = bisect.bisect_right(starts, offset) - 1
                if i >= 0 and offset < ends[i]:
                    return True
        return False


def _union(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of (start, end) ranges as the starts and ends of disjoint ranges, in order."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(ranges):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        elif end > start:
            starts.append(start)
            ends.append(end)
    return starts, ends


@dataclass(slots=True)
class SourceSpan:
    """A range of the original file with its 1-based line and column at both ends."""

    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass
class Document:
    """One article: its source, prose, structure and metadata."""

    path: str
    source: str
    format: str
    prose: str
    position_map: PositionMap
    blocks: list[Block]
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    _line_starts: array[int] = field(default_factory=lambda: array("i"), repr=False)
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self._line_starts:  # a copy for analysis keeps its source's
            self._line_starts = line_starts(self.source)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence ranges in prose offsets, computed once on first use.

        A sentence longer than MAX_RUN_CHARS (text that never ends one) is cut
        into pieces no longer than that, at a space where there is one: what
        rules read around a match stays bounded. Findings keep their exact
        positions; only what counts as one sentence changes.
        """
        if self._sentences is None:
            from healthlint.language.sentences import split_sentences

            found = [s for b in self.blocks for s in split_sentences(self.prose, b.start, b.end)]
            if any(b.end - b.start > MAX_RUN_CHARS for b in self.blocks):  # only then can a sentence be too long
                found = [piece for start, end in found for piece in _pieces(self.prose, start, end)]
            self._sentences = found
        return self._sentences

    def sentence_at(self, prose_offset: int) -> tuple[int, int]:
        sentences = self.sentences
        i = bisect.bisect_right(sentences, (prose_offset, float("inf"))) - 1
        if i >= 0 and sentences[i][0] <= prose_offset < sentences[i][1]:
            return sentences[i]
        return (prose_offset, prose_offset)

    @cached_property
    def references(self) -> list[tuple[int, int]]:
        """Prose ranges of the blocks under a references heading, whose titles are not the article's claims."""
        found: list[tuple[int, int]] = []
        open_level: int | None = None
        for block in self.blocks:
            if block.kind == "heading":
                if open_level is not None and block.level <= open_level:
                    open_level = None
                if _is_reference_heading(self.prose[block.start : block.end]):
                    open_level = block.level
            elif open_level is not None:
                found.append((block.start, block.end))
        return found

    @cached_property
    def _reference_starts(self) -> list[int]:
        return [s for s, _ in self.references]

    def in_references(self, prose_offset: int) -> bool:
        """Whether the offset is in a block under a references heading (by binary search: blocks are in order)."""
        if not self.references:
            return False
        i = bisect.bisect_right(self._reference_starts, prose_offset) - 1
        return i >= 0 and prose_offset < self.references[i][1]

    @cached_property
    def _suppressions(self) -> Suppressions:
        return Suppressions(self.suppressions)

    def suppressed(self, code: str, offset: int) -> bool:
        """Whether a `healthlint-disable` region covers a finding of rule `code` at source `offset`."""
        return bool(self.suppressions) and self._suppressions.covers(code, offset)

    @property
    def claim_sentences(self) -> list[tuple[int, int]]:
        """The sentences outside reference lists."""
        if not self.references:
            return self.sentences
        return [s for s in self.sentences if not self.in_references(s[0])]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, prose_offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, prose_offset) - 1
        if i >= 0 and prose_offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a source offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def source_span(self, offset: int, end_offset: int) -> SourceSpan:
        line, column = self.line_col(offset)
        end_line, end_column = self.line_col(end_offset)
        return SourceSpan(
            offset,
            end_offset,
            line,
            column,
            end_line,
            end_column,
            self.source[offset:end_offset],
        )

    def span_from_prose(self, start: int, end: int) -> SourceSpan:
        """The source span of a prose range, trimmed of surrounding markup."""
        return self.source_span(self.position_map.source_start(start), self.position_map.source_end(end))

    @cached_property
    def word_count(self) -> int:
        return len(self.prose.split())

    @property
    def analysed_end(self) -> int:
        """Where the rules stop reading the prose (its end, for any article)."""
        if len(self.prose) <= MAX_ANALYSED_CHARS:
            return len(self.prose)
        space = self.prose.rfind(" ", MAX_ANALYSED_CHARS // 2, MAX_ANALYSED_CHARS)
        return space if space > 0 else MAX_ANALYSED_CHARS

    def analysed(self) -> Document:
        """The document as the rules read it: all of it, or for prose longer than MAX_ANALYSED_CHARS (no
        article's is), its first MAX_ANALYSED_CHARS characters, cut at a space. The prose is a prefix, so
        every offset, line and column still points where it did."""
        end = self.analysed_end
        if end == len(self.prose):
            return self
        return replace(
            self,
            prose=self.prose[:end],
            blocks=[replace(b, end=min(b.end, end)) for b in self.blocks if b.start < end],
            links=[link for link in self.links if link.end <= end],
            _line_starts=self._line_starts,
            _sentences=None,
        )


def _is_reference_heading(text: str) -> bool:
    """A heading that opens a reference list (`@reference-heading` in the grammar vocabulary)."""
    from healthlint.language.loader import builtin_language

    words = " ".join(re.findall(r"[^\W_]+", text.lower()))
    return words in builtin_language().word_class("reference-heading").terms
