"""Accumulates prose and its position map while a reader walks a file."""

from __future__ import annotations

from healthlint.model.document import Block, Link, PositionMap, Segment


class ProseBuilder:
    """Builds the prose string block by block, recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.segments: list[Segment] = []
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self._block_start: int | None = None

    @property
    def length(self) -> int:
        return self._length

    def copy(self, source: str, start: int, end: int) -> None:
        """Append source[start:end] verbatim."""
        if end <= start:
            return
        text = source[start:end]
        last = self.segments[-1] if self.segments else None
        if (
            last is not None
            and last.is_copy
            and last.prose_start + last.prose_len == self._length
            and last.source_start + last.source_len == start
        ):
            self.segments[-1] = Segment(last.prose_start, last.source_start, last.prose_len + len(text), last.source_len + len(text))
        else:
            self.segments.append(Segment(self._length, start, len(text), len(text)))
        self._parts.append(text)
        self._length += len(text)

    def replace(self, text: str, start: int, end: int) -> None:
        """Append `text` standing for source[start:end] (an entity, an escape)."""
        if not text:
            return
        if len(text) == end - start:
            self.segments.append(Segment(self._length, start, len(text), len(text)))
        else:
            # Every character of a replacement maps to the whole source run.
            self.segments += [Segment(self._length + i, start, 1, end - start) for i in range(len(text))]
        self._parts.append(text)
        self._length += len(text)

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

    def close_block(self, kind: str, level: int = 0) -> None:
        start = self._block_start
        self._block_start = None
        if start is None:
            return
        prose = "".join(self._parts)
        self._parts = [prose]
        end = self._length
        while end > start and prose[end - 1].isspace():
            end -= 1
        s = start
        while s < end and prose[s].isspace():
            s += 1
        if end > s:
            self.blocks.append(Block(kind, s, end, level))

    def add_link(self, start: int, target: str) -> None:
        if self._length > start:
            self.links.append(Link(start, self._length, target))

    def build(self) -> tuple[str, PositionMap, list[Block], list[Link]]:
        return "".join(self._parts), PositionMap(self.segments), self.blocks, self.links
