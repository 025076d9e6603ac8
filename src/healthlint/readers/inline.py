"""Inline Markdown: keeps the words a reader sees, drops markup, maps every character.

One pass over the text, linear in its length whatever it holds: which
bracket closes which, and where each code span ends, are found first in one
scan (`_Marks`); a link's text is then read in place, as a frame on a stack
rather than a recursive call, so nesting costs neither time nor stack; and no
search that fails is repeated from a later start.
"""

from __future__ import annotations

import bisect
import html
import re
from array import array
from itertools import compress, repeat

from healthlint.readers.builder import ProseBuilder

_ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>")
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")
# A link's destination without angle brackets: no spaces, parentheses only balanced (`_link_tail` reads the rest).
_DESTINATION = re.compile(r"[^()\s]*(?:\([^()\s]*\)[^()\s]*)*")
_SPACES = re.compile(r"\s*")
_TITLE_CLOSE = {'"': '"', "'": "'", "(": ")"}
_REF_TAIL = re.compile(r"\[[^\]\n]*\]")
# Where markup other than brackets may start; the characters between are plain prose, copied in one
# go. Runs of escapes, `*`, `_`, `~` and backticks are matched whole; `<` and `&` only where markup can follow.
# Links and images are found from the brackets that close (`_Marks`).
_MARKUP = re.compile(rf"(?:\\[{re.escape(_ESCAPABLE)}])+|&(?=[#A-Za-z])|`+|<(?=[^\s<])|\*+|_+|~+|https?://|www\.")
_TICK_RUNS = re.compile(r"`+")  # any run closes a code span: a backslash escapes nothing inside one
_BRACKETS = re.compile(r"\\.|`+|\[+|\]+", re.S)  # runs of a bracket are one step


class NextFind:
    """`text.find(needle, pos, end)` for starts that mostly grow: a search that found nothing is not repeated."""

    def __init__(self, text: str, needle: str) -> None:
        self.text, self.needle = text, needle
        self.pos, self.end, self.found = 0, -1, -1

    def __call__(self, pos: int, end: int) -> int:
        found = self.found
        if self.pos <= pos:
            if found >= pos:  # the first occurrence from an earlier start, so the first from here too
                return found if found + len(self.needle) <= end else -1
            if found < 0 and end <= self.end:
                return -1
        self.pos, self.end = pos, end
        self.found = self.text.find(self.needle, pos, end)
        return self.found


class _Marks:
    """For inline text[start:end]: which bracket closes which, backtick runs by length, remembered searches.

    A code span runs from a backtick run to the next run of the same length
    (CommonMark); brackets inside one, or escaped, do not count. Brackets are
    paired with a stack in one scan, a run of them in one step; only the
    openers that something closes are kept, so the reader never looks at an
    unclosed bracket again.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._runs: dict[int, array[int]] | None = None
        self._finds: dict[str, NextFind] = {}
        # Positions of the `[` that some `]` closes, ascending, and of that `]`. Inputs are at most
        # MAX_INPUT_BYTES long, so positions fit 32 bits: 4 bytes an entry.
        self.openers, self.closers = array("i"), array("i")
        if text.find("[", start, end) >= 0 and text.find("]", start, end) >= 0:
            self._pair()

    def _pair(self) -> None:
        text = self.text
        openers, closers = array("i"), array("i")  # every `[`, ascending, and its `]` (-1 while unclosed)
        stack = array("i")  # indexes of the `[` not closed yet
        skip = self.start  # the end of the last code span: tokens before it are inside one
        for m in _BRACKETS.finditer(text, self.start, self.end):
            at, after = m.span()
            if at < skip:
                continue
            ch = text[at]
            if ch == "[":
                stack.extend(range(len(openers), len(openers) + after - at))
                openers.extend(range(at, after))
                closers.extend(repeat(-1, after - at))
            elif ch == "]":
                for close in range(at, min(after, at + len(stack))):
                    closers[stack.pop()] = close
            elif ch == "`":
                skip = max(self.code_end(at, after), skip)
        self.openers.extend(compress(openers, map((-1).__ne__, closers)))
        self.closers.extend(filter((-1).__ne__, closers))

    def runs(self) -> dict[int, array[int]]:
        """length -> starts of the backtick runs that long, ascending (any run may close a code span)."""
        if self._runs is None:
            self._runs = {}
            if self.text.find("`", self.start, self.end) >= 0:
                for m in _TICK_RUNS.finditer(self.text, self.start, self.end):
                    self._runs.setdefault(m.end() - m.start(), array("i")).append(m.start())
        return self._runs

    def code_end(self, run_start: int, run_end: int) -> int:
        """Where the code span opened by text[run_start:run_end] ends, or -1 when no run as long follows."""
        length = run_end - run_start
        starts = self.runs().get(length, ())
        k = bisect.bisect_left(starts, run_end)
        return starts[k] + length if k < len(starts) else -1

    def find(self, needle: str, pos: int, end: int) -> int:
        """`text.find(needle, pos, end)`, remembered (see NextFind)."""
        finder = self._finds.get(needle)
        if finder is None:
            finder = self._finds[needle] = NextFind(self.text, needle)
        return finder(pos, end)

    def next_bracket(self, i: int, end: int) -> tuple[int, int]:
        """The first `[` at or after i, before end, that a `]` closes, and that `]`; (end, -1) if none."""
        k = bisect.bisect_left(self.openers, i)
        if k < len(self.openers) and self.openers[k] < end:
            return self.openers[k], self.closers[k]
        return end, -1


def _link_tail(text: str, p: int, end: int, marks: _Marks) -> int:
    """Where a link's `(destination "title")` starting at text[p] ends, or -1.

    CommonMark's inline link grammar, read with searches that remember what
    they found, so that many links left open cost one scan, not one each.
    """
    if p >= end or text[p] != "(" or marks.find(")", p + 1, end) < 0:  # every form ends with `)`
        return -1
    if text.startswith("<", p + 1):  # <destination>, on one line
        close = marks.find(">", p + 2, end)
        newline = marks.find("\n", p + 2, end)
        if close >= 0 and not 0 <= newline < close and (tail := _after_destination(text, close + 1, end, marks)) >= 0:
            return tail
    return _after_destination(text, _DESTINATION.match(text, p + 1, end).end(), end, marks)


def _after_destination(text: str, at: int, end: int, marks: _Marks) -> int:
    """Where a link tail ends after its destination (at `at`): an optional title, then `)`; or -1."""
    gap = _SPACES.match(text, at, end).end()
    if at < gap < end and text[gap] in _TITLE_CLOSE:
        close = marks.find(_TITLE_CLOSE[text[gap]], gap + 1, end)
        after = _SPACES.match(text, close + 1, end).end() if close >= 0 else end
        if after < end and text[after] == ")":
            return after + 1
    return gap + 1 if gap < end and text[gap] == ")" else -1


def _tail(text: str, close: int, end: int, marks: _Marks) -> int:
    """Where what follows a link's text (closed at `close`) ends: `(destination "title")` or `[label]`; or -1."""
    found = _link_tail(text, close + 1, end, marks)
    if found < 0 and (m := _REF_TAIL.match(text, close + 1, end)):
        return m.end()
    return found


def _is_emphasis(text: str, i: int, run_end: int, start: int, end: int) -> bool:
    """A `*`/`_`/`~~` run that opens or closes emphasis rather than standing as a character."""
    before = text[i - 1] if i > start else " "
    after = text[run_end] if run_end < end else " "
    if before.isspace() and after.isspace():
        return False
    return not (text[i] == "_" and before.isalnum() and after.isalnum())


def render_inline(text: str, start: int, end: int, out: ProseBuilder) -> None:
    """Append the prose of Markdown inline content text[start:end] to `out`."""
    marks = _Marks(text, start, end)
    # Each link being read: its text's prose start, its target, where its tail ends, and the enclosing bounds.
    frames: list[tuple[int, str, int, int, int]] = []
    lo, hi = start, end  # the bounds of the text being read: the whole, or a link's text
    i = plain = start
    while True:
        bracket, close = marks.next_bracket(i, hi)
        # Markup before the next closed bracket (its lookaheads may see the bracket, never start at it).
        found = _MARKUP.search(text, i, min(bracket + 1, hi)) if i < hi else None
        if found is None or found.start() >= bracket:
            if bracket < hi:
                i, plain = _bracket(text, i, plain, bracket, close, marks, out, frames, (lo, hi))
                if plain == bracket + 1:  # a link: its text is read next, within its brackets
                    lo, hi = plain, close
                continue
            out.copy(text, plain, hi)
            if not frames:
                return
            link_start, target, i, lo, hi = frames.pop()
            out.add_link(link_start, target)
            plain = i
            continue
        i, run_end = found.span()
        ch = text[i]
        skip_to = -1
        if ch == "\\":  # a run of escapes
            out.copy(text, plain, i)
            out.escapes(text, i, run_end)
            i = plain = run_end
            continue
        if ch == "&":
            m = _ENTITY.match(text, i, hi)
            if m:
                out.copy(text, plain, i)
                out.replace(_unescape(m.group()), i, m.end())
                i = plain = m.end()
                continue
        elif ch == "`":
            skip_to = marks.code_end(i, run_end)
            if skip_to < 0 or skip_to > hi:
                i = run_end
                continue
        elif ch == "<":
            skip_to = _tag_end(text, i, hi, marks)
        elif ch in "*_~":
            if (ch != "~" or run_end - i >= 2) and _is_emphasis(text, i, run_end, lo, hi):
                skip_to = run_end
            else:
                i = run_end
                continue
        elif i == lo or not text[i - 1].isalnum():  # a bare URL (the last kind of markup) starts no word
            m = _BARE_URL.match(text, i, hi)
            if m:
                out.copy(text, plain, i)
                out.add_link(out.length, m.group())
                i = plain = m.end()
                continue
        if skip_to > i:
            out.copy(text, plain, i)
            i = plain = skip_to
            continue
        i += 1


def _bracket(
    text: str,
    i: int,
    plain: int,
    at: int,
    close: int,
    marks: _Marks,
    out: ProseBuilder,
    frames: list[tuple[int, str, int, int, int]],
    bounds: tuple[int, int],
) -> tuple[int, int]:
    """Read the closed `[` at `at`: an image (skipped), a link (its frame pushed), or plain text.

    The new (i, plain): for a link, both just inside its `[`.
    """
    tail = _tail(text, close, bounds[1], marks)
    if tail > 0 and at > i and text[at - 1] == "!":  # an image: its alt text is not prose
        out.copy(text, plain, at - 1)
        return tail, tail
    if tail < 0 or text.startswith("[^", at):  # a footnote reference is not a link
        return at + 1, plain
    out.copy(text, plain, at)
    target = text[close + 2 : tail - 1].strip().split(maxsplit=1)[:1]
    frames.append((out.length, target[0].strip("<>") if target else "", tail, *bounds))
    return at + 1, at + 1


_ENTITIES: dict[str, str] = {}


def _unescape(entity: str) -> str:
    """`html.unescape` of one entity, remembered: an article repeats the few it uses."""
    found = _ENTITIES.get(entity)
    if found is None:
        found = _ENTITIES[entity] = html.unescape(entity)
    return found


def _tag_end(text: str, i: int, end: int, marks: _Marks) -> int:
    """Where the HTML comment, tag or autolink at text[i] (a `<`) ends, or -1.

    Each needs a `>` before the next `<`; a remembered search says when there is
    none, so that many `<` left open do not each scan the rest of the text.
    """
    if text.startswith("<!--", i):
        close = marks.find("-->", i + 4, end)
        return close + 3 if close >= 0 else -1
    gt = marks.find(">", i + 1, end)
    if gt < 0 or 0 <= text.find("<", i + 1, gt) < gt:
        return -1
    m = _AUTOLINK.match(text, i, gt + 1) or _HTML_TAG.match(text, i, gt + 1)
    return m.end() if m else -1
