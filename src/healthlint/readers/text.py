"""Plain-text reader: paragraphs by blank lines, plus the headings and list lines prose shows.

Many exported articles put one paragraph per line with no blank lines between;
a long line is then a paragraph of its own, a short unpunctuated line a heading.
"""

from __future__ import annotations

import re

from healthlint.limits import MAX_ANALYSED_CHARS
from healthlint.model.document import Document
from healthlint.readers.builder import ProseBuilder

_LIST = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")
_HEADING_WORDS = 15  # at most, in a heading line
_CAPITALS_WORDS = 20  # at most, in a heading line in capitals: a shouted headline runs longer
_LONG_LINE = 100
_BYLINE = re.compile(r"(?i)\s*(?:by|posted|written|words|published|updated)\b|.*[|•·]")  # "Posted by Sam | May 2025"


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    most = _CAPITALS_WORDS if stripped.isupper() else _HEADING_WORDS
    words = len(stripped.split(None, most))  # the piece after the last allowed word, if any, is the rest of the line
    return 0 < words <= most and stripped[-1] not in ".,;:!" and not _LIST.match(line)


def _title_case(line: str) -> bool:
    """Whether most of a line's longer words start with a capital, as a headline's do."""
    long = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def read_text(path: str, source: str) -> Document:
    out = ProseBuilder()
    pos = 0
    n = len(source)
    para: list[tuple[int, int]] = []

    def emit(kind: str, lines: list[tuple[int, int]]) -> None:
        if lines:
            out.open_block()
            out.copy(source, lines[0][0], lines[-1][1])
            out.close_block(kind, 1 if kind == "heading" else 0)

    def flush() -> None:
        first = source[para[0][0] : para[0][1]] if para else ""
        # a title in Title Case opens the file, or stands over its byline ("Posted by Jenna | Filed under: ...")
        byline = len(para) == 2 and bool(_BYLINE.match(source[para[1][0] : para[1][1]]))
        headline = first.isupper() or ((out.length == 0 or byline) and _title_case(first))
        if len(para) > 1 and headline and _is_heading(first):
            emit("heading", para[:1])  # a headline over its byline or paragraph, with no blank line between
            del para[0]
            if len(para) == 1:
                line = source[para[0][0] : para[0][1]]
                # a second headline ("LUMEN CLINIC" over "The Glow Drip: IV Vitamins"), or the byline under it
                second = _is_heading(line) and _title_case(line) and not _BYLINE.match(line)
                emit("heading" if second else "paragraph", para)
                para.clear()
                return
        one_per_line = len(para) == 1 or sum(e - s >= _LONG_LINE for s, e in para) * 2 >= len(para)
        wrapped: list[tuple[int, int]] = []
        for s, e in para:
            if m := _LIST.match(source, s, e):
                emit("paragraph", wrapped)
                wrapped = []
                emit("list_item", [(m.end(), e)])
            elif one_per_line:
                emit("heading" if _is_heading(source[s:e]) else "paragraph", [(s, e)])
            else:
                wrapped.append((s, e))
        emit("paragraph", wrapped)
        para.clear()

    while pos < n:
        nl = source.find("\n", pos)
        end = n if nl < 0 else nl
        line_end = end - 1 if end > pos and source[end - 1] == "\r" else end
        if source[pos:line_end].strip():
            lead = len(source[pos:line_end]) - len(source[pos:line_end].lstrip())
            para.append((pos + lead, pos + len(source[pos:line_end].rstrip())))
        else:
            flush()
            if out.length > MAX_ANALYSED_CHARS:
                break  # past what the rules read: the rest is not read at all
        pos = n if nl < 0 else nl + 1
    flush()
    prose, pmap, blocks, links = out.build()
    return Document(path=path, source=source, format="text", prose=prose, position_map=pmap, blocks=blocks, links=links)
