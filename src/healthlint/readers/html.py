"""HTML reader: the visible text, block by block, with <title> and meta tags as metadata.

Built on the standard library's HTMLParser with character references left
unconverted, so that every entity is mapped to its exact place in the file.
HTMLParser looks for the end of each comment, tag or declaration from where
it starts, and at the end of input gives up on each that never ends only
after searching the rest of the text: many left open cost a scan each. Those
searches are remembered here (`_Searches`), so any input is read in one pass.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from healthlint.model.document import Document, line_starts
from healthlint.readers.builder import ProseBuilder
from healthlint.readers.suppression import parse_suppressions

_INVISIBLE = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select"}
_CODE = {"pre", "code", "kbd", "samp"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCKS = {
    "p": "paragraph",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "td": "table_cell",
    "th": "table_cell",
    "blockquote": "quote",
    "figcaption": "paragraph",
    "caption": "paragraph",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
_CONTAINERS = {
    "div", "section", "article", "header", "footer", "main", "nav", "aside", "ul", "ol", "dl", "table", "tr",
    "thead", "tbody", "tfoot", "figure", "form", "fieldset", "address", "details", "summary", "body", "html", "hr",
}  # fmt: skip
_CONTENT_ATTR = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_ENTITY_AT = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
# The ends HTMLParser searches for (html.parser's and _markupbase's own patterns), and a start tag's name.
_GT = re.compile(">")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")
_MS_SECTION_CLOSE = re.compile(r"]\s*>")
_DECLARATION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")


class _Searches:
    """`pattern.search(text, pos)` for starts that only grow within one text: each answer is reused while it holds."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.last: dict[re.Pattern[str], tuple[int, re.Match[str] | None]] = {}

    def search(self, pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
        if text is not self.text:
            self.text, self.last = text, {}
        known = self.last.get(pattern)
        if known is not None and known[0] <= pos and (known[1] is None or known[1].start() >= pos):
            return known[1]  # nothing, or the first match, from an earlier start is the first from here
        found = pattern.search(text, pos)
        self.last[pattern] = (pos, found)
        return found


class _Parser(HTMLParser):
    """HTMLParser that reads any input in one pass: see the module's docstring.

    While input is fed, a construct that does not end yet makes HTMLParser
    wait, once; it is at the end of input (`close`) that each one is given up
    on after a search. From then on, each `parse_*` first asks the remembered
    searches whether its construct ends at all, and one that never does is
    passed on as text up to the next `>` (or `<`), as HTMLParser does, with no
    new search. A start tag that does not end shares that answer with every
    `<` inside its name. Feeding is HTMLParser's own, at its own speed.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self._searches = _Searches()
        self._closing = False
        self._tag: tuple[str, int, int] | None = None  # a start tag that does not end: text, its `<`, the end of its name

    def close(self) -> None:
        self._closing = True
        for name in ("parse_comment", "parse_pi", "parse_bogus_comment", "parse_endtag", "parse_html_declaration", "parse_starttag"):
            setattr(self, name, getattr(self, f"_{name}_at_end"))
        super().close()

    def _ends(self, pattern: re.Pattern[str], pos: int) -> bool:
        return self._searches.search(pattern, self.rawdata, pos) is not None

    def _unended(self, i: int) -> int:
        """A construct at i that never ends: wait for more input, or, at the end, pass it on as text."""
        if not self._closing:
            return -1
        gt = self._searches.search(_GT, self.rawdata, i + 1)
        if gt is not None:
            end = gt.end()
        else:
            lt = self.rawdata.find("<", i + 1)
            end = lt if lt >= 0 else i + 1
        self.handle_data(self.rawdata[i:end])
        return end

    def _parse_comment_at_end(self, i: int, report: int = 1) -> int:
        return HTMLParser.parse_comment(self, i, report) if self._ends(_COMMENT_CLOSE, i + 4) else self._unended(i)

    def _parse_pi_at_end(self, i: int) -> int:
        return HTMLParser.parse_pi(self, i) if self._ends(_GT, i + 2) else self._unended(i)

    def _parse_bogus_comment_at_end(self, i: int, report: int = 1) -> int:
        return HTMLParser.parse_bogus_comment(self, i, report) if self._ends(_GT, i + 2) else self._unended(i)

    def _parse_endtag_at_end(self, i: int) -> int:
        return HTMLParser.parse_endtag(self, i) if self._ends(_GT, i + 1) else self._unended(i)

    def _parse_html_declaration_at_end(self, i: int) -> int:
        if self.rawdata[i : i + 9].lower() == "<!doctype" and not self._ends(_GT, i + 9):
            return self._unended(i)
        return HTMLParser.parse_html_declaration(self, i)

    def _parse_starttag_at_end(self, i: int) -> int:
        tag = self._tag
        if not self._ends(_GT, i + 1) or (tag is not None and tag[0] is self.rawdata and tag[1] <= i < tag[2]):
            return self._unended(i)  # no `>` left, or inside the name of a tag that does not end: no tag here ends
        found = HTMLParser.parse_starttag(self, i)
        if found >= 0:
            return found
        name = _TAG_NAME.match(self.rawdata, i + 1)
        self._tag = (self.rawdata, i, name.end() if name else i + 1)
        return self._unended(i)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![CDATA[...]]>` and MS Office's `<![if ...]>`; any other keyword is a bogus comment, not an error."""
        name = _DECLARATION_NAME.match(self.rawdata, i + 3)
        keyword = name.group().strip().lower() if name else ""
        if keyword in {"temp", "cdata", "ignore", "include", "rcdata"}:
            close = _SECTION_CLOSE
        elif keyword in {"if", "else", "endif"}:
            close = _MS_SECTION_CLOSE
        else:
            return self.parse_bogus_comment(i)
        found = self._searches.search(close, self.rawdata, i + 3)
        return found.end() if found is not None else self._unended(i)


class _HTMLReader(_Parser):
    def __init__(self, path: str, source: str) -> None:
        super().__init__()
        self.path = path
        self.src = source
        self.out = ProseBuilder()
        self.line_starts = line_starts(source)
        self.skip: list[str] = []  # the open elements whose text is not shown, innermost last
        self.skipping: Counter[str] = Counter()  # how many of each are open: no end tag scans the stack in vain
        self.block_stack: list[tuple[str, str, int]] = []
        self.open_blocks: Counter[str] = Counter()
        self.in_block = False
        self.link: tuple[int, str] | None = None
        self.title: tuple[int, list[str]] | None = None
        self.metadata: dict[str, object] = {}
        self.meta_spans: dict[str, tuple[int, int]] = {}

    def _source_pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _end_block(self) -> None:
        if self.in_block:
            kind, level = ("paragraph", 0)
            if self.block_stack:
                _, kind, level = self.block_stack[-1]
            self.out.close_block(kind, level)
            self.in_block = False

    def _skip(self, tag: str) -> None:
        self.skip.append(tag)
        self.skipping[tag] += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag not in _VOID:
                self._skip(tag)
            return
        if tag == "title":
            self.title = (self._source_pos(), [])
            return
        if tag == "meta":
            self._meta(dict(attrs))
            return
        hidden = any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs)
        if (tag in _INVISIBLE or tag in _CODE or hidden) and tag not in _VOID:
            self._skip(tag)
            return
        if tag == "br":
            self.out.gap("\n")
        elif tag in _BLOCKS or tag in _CONTAINERS:
            self._end_block()
            if tag in _BLOCKS:
                level = int(tag[1]) if _BLOCKS[tag] == "heading" else 0
                self.block_stack.append((tag, _BLOCKS[tag], level))
                self.open_blocks[tag] += 1
        elif tag == "a":
            self.link = (self.out.length, dict(attrs).get("href") or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and not self.skip:
            self._meta(dict(attrs))
        elif tag == "br" and not self.skip:
            self.out.gap("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            while self.skipping[tag] and (inner := self.skip.pop()):  # close it and what it holds
                self.skipping[inner] -= 1
                if inner == tag:
                    break
            return
        if tag == "title" and self.title is not None:
            _, parts = self.title
            self.metadata["title"] = html.unescape("".join(parts)).strip()
            self.title = None
            return
        if tag in _BLOCKS or tag in _CONTAINERS:
            self._end_block()
            if tag in _BLOCKS and self.open_blocks[tag]:  # close it and the blocks inside it
                while (inner := self.block_stack.pop()[0]) != tag:
                    self.open_blocks[inner] -= 1
                self.open_blocks[tag] -= 1
        elif tag == "a" and self.link is not None:
            self.out.add_link(*self.link)
            self.link = None

    def _text(self, text: str, start: int, end: int, replacement: str | None) -> None:
        if self.title is not None:
            title_start, parts = self.title
            if not parts and text.strip():
                lead = len(text) - len(text.lstrip())
                self.meta_spans["title"] = (start + lead, start + lead)
                self.title = (title_start, parts)
            parts.append(text)
            if "title" in self.meta_spans:
                first = self.meta_spans["title"][0]
                self.meta_spans["title"] = (first, start + len(text.rstrip()) if replacement is None else end)
            return
        if self.skip:
            return
        if not self.in_block:
            if not text.strip():
                return
            self.out.open_block()
            self.in_block = True
        if replacement is None:
            self.out.copy(self.src, start, end)
        else:
            self.out.replace(replacement, start, end)

    def handle_data(self, data: str) -> None:
        start = self._source_pos()
        self._text(data, start, start + len(data), None)

    def _ref(self) -> None:
        start = self._source_pos()
        m = _ENTITY_AT.match(self.src, start)
        end = m.end() if m else start + 1
        raw = self.src[start:end]
        self._text(raw, start, end, html.unescape(raw if raw.endswith(";") else raw + ";"))

    def handle_entityref(self, name: str) -> None:
        self._ref()

    def handle_charref(self, name: str) -> None:
        self._ref()

    def _meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        key = {"description": "description", "og:description": "description", "keywords": "keywords"}.get(name)
        content = attrs.get("content")
        if key is None or content is None or key in self.metadata:
            return
        self.metadata[key] = content
        tag_start = self._source_pos()
        raw = self.get_starttag_text() or ""
        m = _CONTENT_ATTR.search(raw)
        if m:
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            self.meta_spans[key] = (tag_start + m.start(group), tag_start + m.end(group))

    def read(self) -> Document:
        self.feed(self.src)
        self.close()
        self._end_block()
        prose, pmap, blocks, links = self.out.build()
        keywords = self.metadata.get("keywords")
        if isinstance(keywords, str):
            self.metadata["keywords"] = [k.strip() for k in keywords.split(",") if k.strip()]
        return Document(
            path=self.path,
            source=self.src,
            format="html",
            prose=prose,
            position_map=pmap,
            blocks=blocks,
            metadata=self.metadata,
            metadata_spans=self.meta_spans,
            links=links,
            suppressions=parse_suppressions(self.src),
        )


def read_html(path: str, source: str) -> Document:
    return _HTMLReader(path, source).read()
