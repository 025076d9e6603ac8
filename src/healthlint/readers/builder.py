"""Accumulates prose and its position map while a reader walks a file."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import repeat

from healthlint.model.document import Block, Link, PositionMap


class ProseBuilder:
    """Builds the prose string block by block, recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        # The position map's segments, as PositionMap keeps them: prose start, source start, prose and source length.
        self._prose_starts, self._source_starts, self._prose_lens, self._source_lens = (array("i") for _ in range(4))
        self._copied = (-1, -1)  # where the last segment ends in prose and source, when it is a copy
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self._block_start: int | None = None
        self._block_part = 0  # the index in _parts of the open block's first piece

    @property
    def length(self) -> int:
        return self._length

    def copy(self, source: str, start: int, end: int) -> None:
        """Append source[start:end] verbatim."""
        if end <= start:
            return
        n = end - start
        if self._copied == (self._length, start):  # the last segment is a copy that ends where this one starts
            self._prose_lens[-1] += n
            self._source_lens[-1] += n
        else:
            self._segment(self._length, start, n, n)
        self._parts.append(source[start:end])
        self._length += n
        self._copied = (self._length, end)

    def _segment(self, prose_start: int, source_start: int, prose_len: int, source_len: int) -> None:
        self._copied = (-1, -1)
        self._prose_starts.append(prose_start)
        self._source_starts.append(source_start)
        self._prose_lens.append(prose_len)
        self._source_lens.append(source_len)

    def replace(self, text: str, start: int, end: int) -> None:
        """Append `text` standing for source[start:end] (an entity, an escape)."""
        if not text:
            return
        if len(text) == end - start or len(text) == 1:
            self._segment(self._length, start, len(text), end - start)
        else:  # every character of a replacement maps to the whole source run
            self._segments_each(len(text), repeat(start, len(text)), end - start)
        self._parts.append(text)
        self._length += len(text)

    def escapes(self, source: str, start: int, end: int) -> None:
        """Append the characters that a run of backslash escapes, source[start:end], stands for: one per pair."""
        self._segments_each((end - start) // 2, range(start, end, 2), 2)
        self._parts.append(source[start + 1 : end : 2])
        self._length += (end - start) // 2

    def _segments_each(self, count: int, source_starts: Iterable[int], source_len: int) -> None:
        """One segment a prose character for the next `count` of them, each standing for `source_len` source characters."""
        self._copied = (-1, -1)
        self._prose_starts.extend(range(self._length, self._length + count))
        self._source_starts.extend(source_starts)
        self._prose_lens.extend(repeat(1, count))
        self._source_lens.extend(repeat(source_len, count))

    def gap(self, text: str = " ") -> None:
        """Append separator text that stands for no source characters."""
        if self._length and not self.tail().endswith(text):
            self._parts.append(text)
            self._length += len(text)

    def tail(self) -> str:
        return self._parts[-1] if self._parts else ""

    def open_block(self) -> None:
        if self._block_start is not None:
            return
        if self._length:
            self._parts.append("\n\n")
            self._length += 2
        self._block_start = self._length
        self._block_part = len(self._parts)

    def close_block(self, kind: str, level: int = 0) -> None:
        """End the open block, trimmed of whitespace; only its own pieces are joined, so many blocks cost no more than one."""
        start = self._block_start
        self._block_start = None
        if start is None:
            return
        text = "".join(self._parts[self._block_part :])
        self._parts[self._block_part :] = [text] if text else []
        trimmed = text.strip()
        if trimmed:
            first = start + len(text) - len(text.lstrip())
            self.blocks.append(Block(kind, first, first + len(trimmed), level))

    def add_link(self, start: int, target: str) -> None:
        if self._length > start:
            self.links.append(Link(start, self._length, target))

    def build(self) -> tuple[str, PositionMap, list[Block], list[Link]]:
        pmap = PositionMap(self._prose_starts, self._source_starts, self._prose_lens, self._source_lens)
        return "".join(self._parts), pmap, self.blocks, self.links
