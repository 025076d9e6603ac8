"""HTML reader: the visible text, block by block, with <title> and meta tags as metadata.

Built on the standard library's HTMLParser with character references left
unconverted, so that every entity is mapped to its exact place in the file.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

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
_CONTENT_ATTR = regex.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", regex.I)
_ENTITY_AT = regex.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class _HTMLReader(HTMLParser):
    def __init__(self, path: str, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.path = path
        self.src = source
        self.out = ProseBuilder()
        self.line_starts = line_starts(source)
        self.skip: list[str] = []
        self.block_stack: list[tuple[str, str, int]] = []
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if tag == "title":
            self.title = (self._source_pos(), [])
            return
        if tag == "meta":
            self._meta(dict(attrs))
            return
        hidden = any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs)
        if (tag in _INVISIBLE or tag in _CODE or hidden) and tag not in _VOID:
            self.skip.append(tag)
            return
        if tag == "br":
            self.out.gap("\n")
        elif tag in _BLOCKS or tag in _CONTAINERS:
            self._end_block()
            if tag in _BLOCKS:
                level = int(tag[1]) if _BLOCKS[tag] == "heading" else 0
                self.block_stack.append((tag, _BLOCKS[tag], level))
        elif tag == "a":
            self.link = (self.out.length, dict(attrs).get("href") or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and not self.skip:
            self._meta(dict(attrs))
        elif tag == "br" and not self.skip:
            self.out.gap("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "title" and self.title is not None:
            _, parts = self.title
            self.metadata["title"] = html.unescape("".join(parts)).strip()
            self.title = None
            return
        if tag in _BLOCKS or tag in _CONTAINERS:
            self._end_block()
            if tag in _BLOCKS:
                for i in range(len(self.block_stack) - 1, -1, -1):
                    if self.block_stack[i][0] == tag:
                        del self.block_stack[i:]
                        break
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
