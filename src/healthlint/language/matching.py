"""Many patterns over one text: the words each pattern must start with pick the few places to try it.

Most rule patterns start with a word boundary and literal words
("\\b(?:is|are)\\s+not\\s+a\\s+sedative"). A regex engine scanning 5 KB of
prose costs about the same per pattern whatever it finds, and a hundred such
scans were most of the time spent linting an article. `word_prefixes` reads,
with Python's own regex parser, the words every match of a pattern starts
with (up to two whole words and the start of the next: "is not" or "are not"
for the pattern above). An `Index` of all rules' patterns then needs one
split of the lower-cased text into words, and tries each pattern with `match`
only where its words occur, which yields exactly what `finditer` yields (the
tests compare the two). A pattern whose start cannot be read this way is
scanned in full, as before.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, filterfalse

import regex

try:  # Python's parser for `re` syntax; without it every pattern is scanned in full.
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - CPython 3.11+ has both
    sre = sre_parse = None  # type: ignore[assignment]

_MAX_PREFIXES = 4096
_REMEMBERED_WORDS = 20_000  # distinct words an index remembers steps for; past this it forgets, between texts
_MAX_WORDS = 2  # whole words a prefix keeps: two already pick out few places, more only multiply prefixes
_GAP = " "  # one or more whitespace characters between two words
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_NAMED_GROUP = regex.compile(r"\(\?<(?=[A-Za-z_])")
_REGEX_ONLY = regex.compile(r"\{\s*[A-Za-z]")  # fuzzy matching ({e<=1}): `re` would read it as literal text
_WORDS = regex.compile(r"(\w+)")
# Python's own engine splits a text into words faster, and agrees with `regex` on which characters are
# word characters except for a few outside ASCII (combining marks, "²"...): it splits texts without them.
_WORDS_RE = re.compile(r"(\w+)")
_OUTSIDE_ASCII = re.compile(r"[^\x00-\x7f]")
_ENGINES_AGREE: dict[str, bool] = {}  # per character outside ASCII met so far
# The only characters outside ASCII that match an ASCII letter case-insensitively (found by
# trying every code point; a test keeps this true): fold them so lower() agrees with the engine.
# "İ" is also the only character that lower() makes two long.
FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})  # İ, long s, Kelvin sign


def fold(text: str) -> str:
    """The text with those characters folded; `translate` looks up every character, so only when one is there."""
    return text.translate(FOLD) if any(ch in text for ch in "\u0130\u017f\u212a") else text


# (prefix, open: more literals may follow, anchored: starts at a word start). An item's entry
# ("", True, True) is a word edge (\b, or no word character beside): at the start it anchors the
# match, after a word it ends that word.
Entry = tuple[str, bool, bool]


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _seq(items: list, top: bool = False) -> set[Entry] | None:
    """Prefixes every match of a parsed sequence starts with; None when it can start with anything.

    A group may start with a gap, which joins the words before it; a whole pattern may not.
    """
    out: set[Entry] = {("", True, False)}
    for op, av in items:
        step = _item(op, av)
        if step is None:
            return None if any(not p for p, _, _ in out) else {(p, False, a) for p, _, a in out}
        grown: set[Entry] = set()
        for prefix, is_open, anchored in out:
            if not is_open:
                grown.add((prefix, False, anchored))
                continue
            for more, more_open, edge in step:
                if not prefix:  # nothing consumed yet: a word edge here anchors the match at a word start
                    if more.startswith(_GAP) and top:
                        grown.add(("", False, False))  # a match that starts with whitespace starts no word
                    else:
                        grown.add((more, more_open, anchored or edge))
                    continue
                if edge and not more:
                    more = _GAP  # a word edge after a word: that word is whole
                if prefix.endswith(_GAP) and more.startswith(_GAP):
                    more = more[1:]  # whitespace and word edges between two words are one gap
                longer = prefix + more
                grown.add((longer, more_open and longer.count(_GAP) < _MAX_WORDS, anchored))
        out = grown
        if len(out) > _MAX_PREFIXES:
            return None
        if not any(is_open for _, is_open, _ in out):
            break
    return out


def _item(op: object, av: object) -> set[Entry] | None:
    """The prefixes one parsed item contributes; zero-width items contribute ""."""
    if op is sre.AT:
        return {("", True, av is sre.AT_BOUNDARY)}
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        _, body = av  # type: ignore[misc]  # either direction: no word character beside is a word edge
        no_word_beside = op is sre.ASSERT_NOT and list(body) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]
        return {("", True, no_word_beside)}
    if op is sre.LITERAL:
        return _char(chr(av))  # type: ignore[call-overload]
    if op is sre.IN:
        return _class(av)  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        return _seq(av[-1])  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[Entry] = set()
        for branch in av[1]:  # type: ignore[index]
            sub = _seq(branch)
            if sub is None:
                return None
            union |= sub
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av  # type: ignore[misc]
        if len(body) == 1 and body[0][0] is sre.IN and _is_gap_class(body[0][1]):
            # A gap, or for none (`\\s*`): nothing, so the next literal goes on with the same word.
            return {(_GAP, True, False)} if low else {(_GAP, True, False), ("", True, False)}
        sub = _seq(body)
        if sub is None:
            return None
        once = high == 1  # a repeated body cannot be followed by the next item's literals
        body_prefixes = {(p, is_open and once, a) for p, is_open, a in sub}
        return body_prefixes if low else body_prefixes | {("", True, False)}
    return None


def _is_gap(ch: str) -> bool:
    """Whitespace, or ASCII punctuation: what lies between two runs of word characters."""
    return ch.isspace() or (ch.isascii() and not _is_word(ch))


def _char(ch: str) -> set[Entry]:
    """A literal: a word character extends the prefix, whitespace or punctuation is a gap, anything else ends it."""
    if _is_word(ch):
        return {(ch.lower(), True, False)}
    if _is_gap(ch):
        return {(_GAP, True, False)}
    return {("", False, False)}


def _is_gap_class(items: list) -> bool:
    """`\\s`, or a class of whitespace and punctuation (`[\\s\\p{Pd}]`, read as `[\\s\\-]`)."""
    return all((op is sre.CATEGORY and av is sre.CATEGORY_SPACE) or (op is sre.LITERAL and _is_gap(chr(av))) for op, av in items)


def _class(items: list) -> set[Entry] | None:
    """A character class of a few word characters branches the prefix; a class of gap characters is a gap."""
    if _is_gap_class(items):
        return {(_GAP, True, False)}
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 10:
            chars |= {chr(c) for c in range(av[0], av[1] + 1)}
        else:
            return None
    if not all(_is_word(c) for c in chars):
        return None
    return {(c.lower(), True, False) for c in chars}


@lru_cache(maxsize=1024)  # rules share patterns (the disclaimer rules read one lexicon): each is read once
def word_prefixes(source: str) -> frozenset[tuple[tuple[str, ...], str]] | None:
    """Every match starts at a word start with one of these (complete words, start of the next word).

    Read with the `re` parser (Unicode properties stand in as `\\w`, read as
    "any character"). Anything it cannot read, reads with a warning, or that
    may start anywhere gives None: the pattern is then scanned in full.
    """
    if sre_parse is None:
        return None
    readable = _NAMED_GROUP.sub("(?P<", _PROPERTY.sub(r"\\w", source.replace(r"\p{Pd}", r"\-")))
    if _REGEX_ONLY.search(readable):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            entries = _seq(list(sre_parse.parse(readable)), top=True)
    except (Exception, RecursionError):
        return None
    if not entries or not all(prefix and anchored for prefix, _, anchored in entries):
        return None
    out = set()
    for prefix, _, _ in entries:
        *complete, partial = prefix.split(_GAP)
        out.add((tuple(complete), partial))
    return frozenset(out)


@dataclass(frozen=True, eq=False)
class Matcher:
    """A case-insensitive pattern, and the words its matches start with (None: scan in full)."""

    pattern: regex.Pattern[str]
    prefixes: frozenset[tuple[tuple[str, ...], str]] | None

    @property
    def key(self) -> tuple[str, int]:
        """Identical patterns from different rules share one place in an index."""
        return (self.pattern.pattern, self.pattern.flags)

    @classmethod
    def of(cls, pattern: regex.Pattern[str]) -> Matcher:
        prefixes = word_prefixes(pattern.pattern) if pattern.flags & regex.IGNORECASE else None
        return cls(pattern, prefixes)


class _Node:
    """Matchers whose prefixes share the words so far: deeper words, and starts of the next word.

    What a word leads to from here is worked out once and remembered, as
    articles share most of their words.
    """

    __slots__ = ("children", "ends", "lengths", "steps")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends: dict[str, list[int]] = {}  # start of the next word ("" when any word) -> index slots
        self.lengths: list[int] = []
        self.steps: dict[str, tuple[tuple[int, ...], _Node | None]] = {}

    def add(self, words: tuple[str, ...], partial: str, mid: int) -> None:
        node = self
        for word in words:
            node = node.children.setdefault(word, _Node())
        node.ends.setdefault(partial, []).append(mid)

    def settle(self) -> None:
        """Record, once all prefixes are in, the lengths of next-word starts to look up."""
        self.lengths = sorted({len(p) for p in self.ends})
        for child in self.children.values():
            child.settle()

    def step(self, word: str) -> tuple[tuple[int, ...], _Node | None]:
        """The slots whose prefix ends in `word`, and the node for prefixes that go on past it."""
        found = self.steps.get(word)
        if found is None:
            mids: tuple[int, ...] = ()
            for length in self.lengths:
                mids += tuple(self.ends.get(word[:length], ()))
            found = self.steps[word] = (mids, self.children.get(word))
        return found

    def forget(self) -> None:
        """Drop remembered steps, here and below, so a long run's vocabulary does not pile up."""
        self.steps.clear()
        for child in self.children.values():
            child.forget()


class Index:
    """Matchers in a trie of their prefix words, so a text's words lead straight to what to try.

    Each distinct pattern has one slot, however many rules run it.
    """

    def __init__(self, matchers: Iterable[Matcher]) -> None:
        self.root = _Node()
        self.slots: dict[tuple[str, int], int] = {}
        for matcher in matchers:
            if matcher.prefixes and matcher.key not in self.slots:
                slot = self.slots[matcher.key] = len(self.slots)
                for complete, partial in matcher.prefixes:
                    self.root.add(complete, partial, slot)
        self.root.settle()
        self.live: set[str] = set()  # words seen so far that some prefix starts with

    def hits(self, text: str) -> Hits:
        if len(self.root.steps) > _REMEMBERED_WORDS:
            self.root.forget()
            self.live.clear()
        return Hits(self, text)


@dataclass(frozen=True, eq=False)
class Runs:
    """A text split once into runs of word characters, lower-cased as case-insensitive patterns see it.

    The index reads it, and so does the keyphrase analysis, so an article is split once.
    """

    folded: str  # as long as the text: a test checks every code point
    parts: list[str]  # gap, word, gap, word, ..., gap
    offsets: list[int]  # where each part ends

    @classmethod
    def of(cls, text: str) -> Runs:
        folded = fold(text).lower()
        parts = split_words(folded)
        return cls(folded, parts, list(accumulate(map(len, parts))))


def split_words(text: str) -> list[str]:
    """`text` split into gap, word, gap, ..., gap, words being what the rules' engine (`regex`) calls \\w+."""
    if not text.isascii():
        for ch in set(_OUTSIDE_ASCII.findall(text)):
            agree = _ENGINES_AGREE.get(ch)
            if agree is None:
                agree = _ENGINES_AGREE[ch] = bool(_WORDS_RE.match(ch)) == bool(_WORDS.match(ch))
            if not agree:
                return _WORDS.split(text)
    return _WORDS_RE.split(text)


class Hits:
    """For one text: where each indexed matcher may match, from one split into words."""

    def __init__(self, index: Index, text: str) -> None:
        self.text = text
        self.runs = runs = Runs.of(text)
        self.slots = index.slots
        offsets = runs.offsets
        words = runs.parts[1::2]
        words.append("")  # the word after the last: none
        root, live = index.root, index.live
        for word in filterfalse(root.steps.__contains__, words):  # new words only; a step is remembered at once
            mids, node = root.step(word)
            if mids or node:
                live.add(word)
        candidates: defaultdict[int, list[int]] = defaultdict(list)
        for i in compress(count(), map(live.__contains__, words)):
            mids, node = root.steps[words[i]]
            j = i + 1
            while node is not None:  # walk the trie along the following words
                more, node = node.steps.get(words[j]) or node.step(words[j])
                mids += more
                j += 1
            pos = offsets[2 * i]
            for mid in mids:
                candidates[mid].append(pos)
        self.candidates = candidates

    def finditer(self, matcher: Matcher) -> Iterator[regex.Match[str]]:
        """What `matcher.pattern.finditer(text)` yields, trying only the candidate positions."""
        slot = self.slots.get(matcher.key)
        if slot is None:
            return matcher.pattern.finditer(self.text)
        candidates = self.candidates.get(slot)
        return self._tried(matcher.pattern, candidates) if candidates else iter(())

    def _tried(self, pattern: regex.Pattern[str], candidates: list[int]) -> Iterator[regex.Match[str]]:
        """Matches at the candidate places, in order, none overlapping the one before (as `finditer`)."""
        end, tried = 0, -1
        match = pattern.match
        for pos in candidates:
            if pos < end or pos == tried:  # two of a pattern's prefixes can lead to one place
                continue
            tried = pos
            m = match(self.text, pos)
            if m is not None:
                end = m.end()  # never empty: every match starts with a word
                yield m
