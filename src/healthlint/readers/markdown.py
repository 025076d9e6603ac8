"""Markdown reader: front matter, headings, paragraphs, lists, quotes and tables as prose.

Code (fenced and indented), HTML blocks and comments, link targets and URLs
are not prose. The reader is line-based, like the block phase of CommonMark,
and hands each block's inline content to `render_inline`.
"""

from __future__ import annotations

import regex

from healthlint.model.document import Document
from healthlint.readers.builder import ProseBuilder
from healthlint.readers.frontmatter import split_front_matter
from healthlint.readers.inline import render_inline
from healthlint.readers.suppression import parse_suppressions

_FENCE = regex.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_ATX = regex.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = regex.compile(r"[ ]{0,3}(=+|-+)[ \t]*$")
_THEMATIC = regex.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = regex.compile(r"[ ]{0,3}>[ ]?")
_LIST = regex.compile(r"([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HTML_BLOCK = regex.compile(
    r"[ ]{0,3}(?:<!--|<\?|<![A-Z]|<!\[CDATA\[|</?(?:address|article|aside|blockquote|body|details|dialog|div|dl|"
    r"fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|main|nav|ol|p|pre|script|section|"
    r"style|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|picture|svg|center|noscript)(?:[\s/>]|$)|"
    r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>[ \t]*$)",
    regex.I,
)
_REF_DEF = regex.compile(r"[ ]{0,3}\[[^\]]+\]:[ \t]*\S+")
_TABLE_DELIM = regex.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_SPLIT = regex.compile(r"(?<!\\)\|")


def _lines(source: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each line from `start`, end excluding the line break."""
    spans = []
    pos = start
    n = len(source)
    while pos < n:
        nl = source.find("\n", pos)
        end = n if nl < 0 else nl
        line_end = end - 1 if end > pos and source[end - 1] == "\r" else end
        spans.append((pos, line_end))
        pos = n if nl < 0 else nl + 1
    return spans


class _MarkdownReader:
    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.src = source
        self.out = ProseBuilder()
        self.kind: str | None = None
        self.level = 0
        self.in_list = False

    def close(self) -> None:
        if self.kind is not None:
            self.out.close_block(self.kind, self.level)
        self.kind = None
        self.level = 0

    def open(self, kind: str, level: int = 0) -> None:
        self.close()
        self.out.open_block()
        self.kind = kind
        self.level = level

    def inline(self, start: int, end: int) -> None:
        while start < end and self.src[start] in " \t":
            start += 1
        while end > start and self.src[end - 1] in " \t":
            end -= 1
        if end > start:
            render_inline(self.src, start, end, self.out)

    def strip_quotes(self, start: int, end: int) -> tuple[int, bool]:
        quoted = False
        while True:
            m = _QUOTE.match(self.src, start, end)
            if not m:
                return start, quoted
            start, quoted = m.end(), True

    def table(self, lines: list[tuple[int, int]], i: int) -> int:
        """Emit each cell of the table starting at line i; return the line after it."""
        self.close()
        j = i
        while j < len(lines):
            s, e = lines[j]
            if not self.src[s:e].strip() or "|" not in self.src[s:e]:
                break
            if j != i + 1:
                cell_start = s
                for m in _CELL_SPLIT.finditer(self.src, s, e):
                    self._cell(cell_start, m.start())
                    cell_start = m.end()
                self._cell(cell_start, e)
            j += 1
        return j

    def _cell(self, start: int, end: int) -> None:
        if self.src[start:end].strip():
            self.open("table_cell")
            self.inline(start, end)
            self.close()

    def read(self) -> Document:
        metadata, meta_spans, body = split_front_matter(self.path, self.src)
        lines = _lines(self.src, body)
        src = self.src
        i = 0
        fence: str | None = None
        html_block = False
        comment = False
        prev_blank = True
        while i < len(lines):
            s, e = lines[i]
            text = src[s:e]
            if fence is not None:
                stripped = text.strip()
                if stripped.startswith(fence) and not stripped.strip(fence[0]):
                    fence = None
                i += 1
                continue
            if comment:
                comment = "-->" not in text
                i += 1
                continue
            if html_block:
                html_block = bool(text.strip())
                i += 1
                continue
            if not text.strip():
                self.close()
                prev_blank = True
                i += 1
                continue
            s, quoted = self.strip_quotes(s, e)
            text = src[s:e]
            indent = len(text) - len(text.lstrip(" \t"))
            is_list = _LIST.match(src, s, e)
            if indent >= 4 and prev_blank and not self.in_list and self.kind is None:
                i += 1
                continue
            prev_blank = False
            if m := _FENCE.match(src, s, e):
                self.close()
                fence = m.group(1)
                i += 1
                continue
            if text.lstrip().startswith("<!--"):
                self.close()
                comment = "-->" not in text
                i += 1
                continue
            if _HTML_BLOCK.match(src, s, e) and self.kind is None:
                html_block = True
                i += 1
                continue
            if m := _ATX.match(src, s, e):
                self.open("heading", len(m.group(1)))
                close = _ATX_CLOSE.search(src, m.end(), e)
                self.inline(m.end(), close.start() if close else e)
                self.close()
                i += 1
                continue
            if self.kind == "paragraph" and not quoted and (m := _SETEXT.match(src, s, e)):
                self.kind = "heading"
                self.level = 1 if m.group(1)[0] == "=" else 2
                self.close()
                i += 1
                continue
            if _THEMATIC.match(src, s, e):
                self.close()
                i += 1
                continue
            if self.kind is None and _REF_DEF.match(src, s, e):
                i += 1
                continue
            if "|" in text and i + 1 < len(lines) and _TABLE_DELIM.match(src, *lines[i + 1]):
                delim = src[lines[i + 1][0] : lines[i + 1][1]]
                if "-" in delim and ("|" in delim or "|" in text.strip()[1:-1]):
                    i = self.table(lines, i)
                    continue
            if is_list:
                self.in_list = True
                self.open("list_item")
                self.inline(is_list.end(), e)
                i += 1
                continue
            if self.kind is None:
                if indent == 0 and not quoted:
                    self.in_list = False
                self.open("quote" if quoted else ("list_item" if self.in_list and indent else "paragraph"))
            else:
                self.out.gap("\n")
            self.inline(s, e)
            i += 1
        self.close()
        prose, pmap, blocks, links = self.out.build()
        return Document(
            path=self.path,
            source=src,
            format="markdown",
            prose=prose,
            position_map=pmap,
            blocks=blocks,
            metadata=metadata,
            metadata_spans=meta_spans,
            links=links,
            suppressions=parse_suppressions(src),
        )


def read_markdown(path: str, source: str) -> Document:
    return _MarkdownReader(path, source).read()
