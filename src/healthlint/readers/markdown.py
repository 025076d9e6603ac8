"""Markdown reader: front matter, headings, paragraphs, lists, quotes and tables as prose.

Code (fenced and indented), HTML blocks and comments, link targets and URLs
are not prose. The reader is line-based, like the block phase of CommonMark,
and hands each block's inline content to `render_inline`.
"""

from __future__ import annotations

import re
from array import array

from healthlint.limits import MAX_ANALYSED_CHARS
from healthlint.model.document import Document
from healthlint.readers.builder import ProseBuilder
from healthlint.readers.frontmatter import split_front_matter
from healthlint.readers.inline import render_inline
from healthlint.readers.suppression import parse_suppressions

_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"[ ]{0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r"[ ]{0,3}>")
_QUOTE_STOP = re.compile(r"[ ]{5,}|[^ >]")  # where a line's quote markers (`> > >`) stop
# Characters (or URL starts) where inline markup may begin: a line without them is copied as it is.
_MAYBE_MARKUP = re.compile(r"[\\&`<*_~\[]|https?://|www\.")
# What ends a run of plain prose lines: a line not starting with a letter, markup, a table's `|`, a
# carriage return, or spaces at a line's end (which the reader drops).
_NOT_PLAIN = re.compile(r"\n(?![^\W\d_])|[\r|\\&`<*_~\[]|https?://|www\.|[ \t](?=\n|\Z)")
_LIST = re.compile(r"([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HTML_BLOCK = re.compile(
    r"[ ]{0,3}(?:<!--|<\?|<![A-Z]|<!\[CDATA\[|</?(?:address|article|aside|blockquote|body|details|dialog|div|dl|"
    r"fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|main|nav|ol|p|pre|script|section|"
    r"style|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|picture|svg|center|noscript)(?:[\s/>]|$)|"
    r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>[ \t]*$)",
    re.I,
)
_REF_DEF = re.compile(r"[ ]{0,3}\[[^\]]+\]:[ \t]*\S+")
_DELIM_CELL = re.compile(r"[ \t]*:?-+:?[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


class _Lines:
    """(start, end) of each line from `start`, the end excluding the line break; kept as 8 bytes a line."""

    def __init__(self, source: str, start: int) -> None:
        self.src = source
        self.starts = array("q")
        pos, n, find = start, len(source), source.find
        while pos < n:
            self.starts.append(pos)
            nl = find("\n", pos)
            pos = n if nl < 0 else nl + 1

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> tuple[int, int]:
        start = self.starts[i]
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.src)
        if end > start and self.src[end - 1] == "\n":  # the last line, ended by a line break
            end -= 1
        if end > start and self.src[end - 1] == "\r":
            end -= 1
        return start, end


def _atx_content_end(src: str, start: int, end: int) -> int:
    """Where a heading's text ends: before a closing run of `#` that follows a space (`## Title ##`)."""
    r = end
    while r > start and src[r - 1] in " \t":
        r -= 1
    h = r
    while h > start and src[h - 1] == "#":
        h -= 1
    if h in (r, start) or src[h - 1] not in " \t":
        return end
    while h > start and src[h - 1] in " \t":
        h -= 1
    return h


def _is_thematic_break(line: str) -> bool:
    """`***`, `- - -`, `___`: three or more of one of those, spaces and tabs between, at most three spaces before."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body or body[0] not in "-*_":
        return False
    marks = body.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and not marks.strip(body[0])


def _is_delimiter_row(line: str) -> bool:
    """A table's delimiter row (`|---|:--:|`): cells of dashes, with colons for alignment, between pipes."""
    row = line.strip(" \t")
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return all(_DELIM_CELL.fullmatch(cell) for cell in row.split("|"))


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
        """The prose of src[start:end], spaces and tabs around it dropped."""
        text = self.src[start:end]
        start += len(text) - len(text.lstrip(" \t"))
        end -= len(text) - len(text.rstrip(" \t"))
        if end <= start:
            return
        if _MAYBE_MARKUP.search(self.src, start, end):
            render_inline(self.src, start, end, self.out)
        else:
            self.out.copy(self.src, start, end)

    def plain_lines_after(self, end: int) -> int:
        """Copy the lines of plain prose that follow the line ending at `end` (line breaks and all), in one step.

        A line that starts with a letter and holds no markup adds its text,
        after a line break, to the block it continues; copied as they stand, a
        run of such lines costs one search, not a pass of the reader per line.
        Returns how many lines were copied.
        """
        src = self.src
        if not src.startswith("\n", end):
            return 0
        stop = _NOT_PLAIN.search(src, end)
        if stop is None:
            last = len(src)
        elif src[stop.start()] == "\n":
            last = stop.start()
        else:  # markup, or spaces at its end: that line is read as usual, and those after it
            last = max(end, src.rfind("\n", end, stop.start()))
        self.out.copy(src, end, last)
        return src.count("\n", end, last)

    def strip_quotes(self, start: int, end: int) -> tuple[int, bool]:
        """Where a line's text starts after its quote markers (`> > `), and whether it had any.

        Markers are `>` with at most four spaces between (one closing a marker,
        three opening the next) and one after the last; found with two searches,
        as a regex repeating a group would keep a backtracking record per marker.
        """
        src = self.src
        first = _QUOTE.match(src, start, end)
        if not first:
            return start, False
        stop = _QUOTE_STOP.search(src, first.end(), end)
        last = src.rfind(">", first.end() - 1, stop.start() if stop else end)
        return last + 1 + (last + 1 < end and src[last + 1] == " "), True

    def table(self, lines: _Lines, i: int) -> int:
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
        lines = _Lines(self.src, body)
        src = self.src
        i = 0
        fence: str | None = None
        html_block = False
        comment = False
        prev_blank = True
        while i < len(lines):
            if self.kind is None and self.out.length > MAX_ANALYSED_CHARS:
                break  # between blocks, past what the rules read: the rest is not read at all
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
            if text[0].isalpha() and "|" not in text:  # prose at the margin: no block syntax starts with a letter
                prev_blank = False
                if self.kind is None:
                    self.in_list = False
                    self.open("paragraph")
                else:
                    self.out.gap("\n")
                self.inline(s, e)
                i += 1 + self.plain_lines_after(e)
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
                self.inline(m.end(), _atx_content_end(src, m.end(), e))
                self.close()
                i += 1
                continue
            if self.kind == "paragraph" and not quoted and (m := _SETEXT.match(src, s, e)):
                self.kind = "heading"
                self.level = 1 if m.group(1)[0] == "=" else 2
                self.close()
                i += 1
                continue
            if _is_thematic_break(text):
                self.close()
                i += 1
                continue
            if self.kind is None and _REF_DEF.match(src, s, e):
                i += 1
                continue
            if "|" in text and i + 1 < len(lines):
                delim = src[slice(*lines[i + 1])]
                if _is_delimiter_row(delim) and ("|" in delim or "|" in text.strip()[1:-1]):
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
