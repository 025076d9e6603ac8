"""Inline Markdown: keeps the words a reader sees, drops markup, maps every character."""

from __future__ import annotations

import html

import regex

from healthlint.readers.builder import ProseBuilder

_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = regex.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>")
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_BARE_URL = regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")
_LINK_TAIL = regex.compile(r"\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_REF_TAIL = regex.compile(r"\[[^\]\n]*\]")
# Where markup may start; the characters between are plain prose and are copied in one go.
_MARKUP = regex.compile(r"[\\&`<*_~!\[]|https?://|www\.")


def _matching_bracket(text: str, i: int, end: int) -> int:
    """Index of the `]` closing the `[` at i, or -1."""
    depth = 0
    j = i
    while j < end:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "`":
            close = text.find("`", j + 1, end)
            j = close + 1 if close > 0 else j + 1
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _is_emphasis(text: str, i: int, run_end: int, start: int, end: int) -> bool:
    """A `*`/`_`/`~~` run that opens or closes emphasis rather than standing as a character."""
    before = text[i - 1] if i > start else " "
    after = text[run_end] if run_end < end else " "
    if before.isspace() and after.isspace():
        return False
    return not (text[i] == "_" and before.isalnum() and after.isalnum())


def render_inline(text: str, start: int, end: int, out: ProseBuilder) -> None:
    """Append the prose of Markdown inline content text[start:end] to `out`."""
    i = start
    plain = start
    while i < end:
        found = _MARKUP.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        skip_to = -1
        if ch == "\\" and i + 1 < end and text[i + 1] in _ESCAPABLE:
            out.copy(text, plain, i)
            out.replace(text[i + 1], i, i + 2)
            i = plain = i + 2
            continue
        if ch == "&":
            m = _ENTITY.match(text, i, end)
            if m:
                out.copy(text, plain, i)
                out.replace(html.unescape(m.group()), i, m.end())
                i = plain = m.end()
                continue
        elif ch == "`":
            run = i
            while run < end and text[run] == "`":
                run += 1
            ticks = text[i:run]
            close = text.find(ticks, run, end)
            while close >= 0 and close + len(ticks) < end and text[close + len(ticks)] == "`":
                close = text.find(ticks, close + len(ticks) + 1, end)
            skip_to = close + len(ticks) if close >= 0 else -1
            if skip_to < 0:
                i = run
                continue
        elif ch == "<":
            m = _COMMENT.match(text, i, end) or _AUTOLINK.match(text, i, end) or _HTML_TAG.match(text, i, end)
            if m:
                skip_to = m.end()
        elif ch in "*_~":
            run = i
            while run < end and text[run] == ch:
                run += 1
            if (ch != "~" or run - i >= 2) and _is_emphasis(text, i, run, start, end):
                skip_to = run
            else:
                i = run
                continue
        elif ch == "!" and i + 1 < end and text[i + 1] == "[":
            close = _matching_bracket(text, i + 1, end)
            if close > 0:
                m = _LINK_TAIL.match(text, close + 1, end) or _REF_TAIL.match(text, close + 1, end)
                if m:
                    skip_to = m.end()
        elif ch == "[" and not text.startswith("[^", i):
            close = _matching_bracket(text, i, end)
            if close > 0:
                m = _LINK_TAIL.match(text, close + 1, end) or _REF_TAIL.match(text, close + 1, end)
                if m:
                    out.copy(text, plain, i)
                    link_start = out.length
                    render_inline(text, i + 1, close, out)
                    target = m.group()[1:-1].strip().split()[0] if len(m.group()) > 2 else ""
                    out.add_link(link_start, target.strip("<>"))
                    i = plain = m.end()
                    continue
        elif ch in "hw":
            m = _BARE_URL.match(text, i, end)
            if m and (i == start or not text[i - 1].isalnum()):
                out.copy(text, plain, i)
                link_start = out.length
                out.add_link(link_start, m.group())
                i = plain = m.end()
                continue
        if skip_to > i:
            out.copy(text, plain, i)
            i = plain = skip_to
            continue
        i += 1
    out.copy(text, plain, end)
