"""Token patterns: how rules say what to find, as LanguageTool's pattern rules and spaCy's Matcher do.

A pattern is a line of token tests, matched inside one sentence:

    the (single)? most|very? @power-adj <remedy>    # "the single most potent remedies"
    nature's drug=@drug                              # named capture: {drug} in messages
    <beat> name=@drug|@drug-class                    # "beats sumatriptan", "beat antihistamines"
    without _{0,2} @harm-general                     # a gap of up to two words
    !not <work> for everyone                         # a token that is not "not"

Tests: `word` (that exact word, any case), `%name` (any of a vocabulary's
named patterns, a shared sub-pattern), `<lemma>` (any inflection;
`<lemma:verb>` only the verb's), `@class` or `@class.group` (a vocabulary
class, which may span several tokens), `/regex/` (one token's lower-cased
text, matched whole), `_` (any word), `!test` (one token that does not
match). `a|b` with no spaces: any of several tests for one slot. Groups
`( ... )` hold sequences; a bar with spaces around it (`( a b | c )`)
separates alternative sequences. After a test or group: `?`, `*`, `+`,
`{n}`, `{n,m}`. `name=` before a test or group captures it. `\\` escapes a
character the syntax uses (`\\?` is a question mark).

Matching is greedy with backtracking, first alternative first; the longest
complete match at a start wins. An `Index` of every rule's patterns looks up
each token once and tries only the patterns that can start with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from healthlint.errors import RulePackError
from healthlint.language.tokens import Tokens, lower
from healthlint.language.vocabulary import Vocabulary, WordClass

_QUANT = re.compile(r"(?<!\\)(\?|\*|\+|\{\d+(?:,\d*)?\})$")
_NAME = re.compile(r"^([a-z_][a-z0-9_]*)=")
_MAX_REPEAT = 12  # `*` and `+` stop here: a pattern reads a clause, not a document


class PatternError(ValueError):
    """A pattern that does not parse or names an unknown class."""

    where: tuple[str, str] | None = None  # (named pattern, its line) the fault lies in, when it lies in one


Caps = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Starts:
    """The words a match can start (or must contain) with: literal words, plus vocabulary classes kept by
    reference, since a class such as @drug has thousands of first words and joining such sets for every
    pattern cost more than linting a file; or `anywhere`, for a test no finite set describes."""

    words: frozenset[str] = frozenset()
    classes: tuple[WordClass, ...] = ()
    anywhere: bool = False

    def __contains__(self, word: str) -> bool:
        """Whether a match may start at this word."""
        return self.anywhere or word in self.words or any(word in c.heads for c in self.classes)

    def __or__(self, other: Starts) -> Starts:
        return Starts.union([self, other])

    @staticmethod
    def union(parts: list[Starts]) -> Starts:
        if len(parts) == 1:
            return parts[0]
        classes: dict[int, WordClass] = {}
        for part in parts:
            classes.update((id(c), c) for c in part.classes)
        return Starts(frozenset().union(*(p.words for p in parts)), tuple(classes.values()), any(p.anywhere for p in parts))

    @staticmethod
    def common(parts: list[Starts]) -> Starts:
        """The words every part can start with (for `a&b`), spelt out: conjunctions are few and small."""
        smallest = min(parts, key=Starts.size)
        every = smallest.words.union(*(c.first for c in smallest.classes))
        return Starts(frozenset(w for w in every if all(w in p for p in parts)))

    def size(self) -> int:
        return len(self.words) + sum(len(c.heads) for c in self.classes)

    def meets(self, present: frozenset[str]) -> bool:
        """Whether any of a sentence's words is one of these."""
        return self.anywhere or not present.isdisjoint(self.words) or any(not present.isdisjoint(c.first) for c in self.classes)


ANYWHERE = Starts(anywhere=True)
_SPELT_OUT = 256  # classes with up to this many first words are spelt out in a test's start words


@dataclass(frozen=True)
class _Opener:
    """A test of one word for a pattern led by a regex: its first slot's words or regexes (a class, not a
    closure, so a compiled rule set can be kept between runs)."""

    starts: Starts
    regexes: tuple[re.Pattern[str], ...]

    def __call__(self, word: str) -> bool:
        return word in self.starts or any(r.fullmatch(word) for r in self.regexes)


class Node:
    """One element of a compiled pattern."""

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        raise NotImplementedError

    def first(self) -> tuple[Starts, bool]:
        """(the tokens a match can start with; whether it can match nothing), worked out once: the index asks
        it of every node, and a named pattern's nodes are shared by every rule that calls it."""
        known = self.__dict__.get("_first")
        if known is None:
            known = self.__dict__["_first"] = self._first()
        return known

    def _first(self) -> tuple[Starts, bool]:
        raise NotImplementedError

    def __getstate__(self) -> dict[str, Any]:
        """A kept rule set (`app.compiled`) leaves out what is worked out again on demand."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_first", "_starts")}

    def show(self) -> str:
        raise NotImplementedError


@dataclass
class Test(Node):
    """One slot: any of several alternatives, each a word set, a class, a literal run or a regex."""

    # Tuples, not lists: most are empty, and () is one shared object where a kept rule set loads thousands.
    words: frozenset[str] = frozenset()
    classes: tuple[WordClass, ...] = ()
    runs: tuple[tuple[str, ...], ...] = ()  # literals that tokenise to several tokens
    regexes: tuple[re.Pattern[str], ...] = ()
    any_word: bool = False
    negated: bool = False
    source: str = ""
    conjunctions: tuple[tuple[Test, ...], ...] = ()  # `a&b`: ends that every part reaches

    def ends(self, words: list[str], i: int, lim: int) -> Iterator[int]:
        if self.negated:
            if next(self._ends(words, i, lim), None) is None:
                yield i + 1
            return
        yield from self._ends(words, i, lim)

    def _ends(self, words: list[str], i: int, lim: int) -> Iterator[int]:
        """Where the slot's alternatives, read as written (negation aside), can end."""
        w = words[i]
        for cls in self.classes:
            if w in cls.heads:  # most words start no term: skip making the generator
                for end, _ in cls.matches(words, i):
                    if end <= lim:
                        yield end
        for run in self.runs:
            n = len(run)
            if i + n <= lim and tuple(words[i : i + n]) == run:
                yield i + n
        if w in self.words or (self.any_word and w[0].isalnum()) or (self.regexes and any(r.fullmatch(w) for r in self.regexes)):
            yield i + 1
        for parts in self.conjunctions:
            common = set(parts[0].ends(words, i, lim))
            for part in parts[1:]:
                common &= set(part.ends(words, i, lim))
            yield from sorted(common, reverse=True)

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        if i >= lim:
            return
        seen: set[int] = set()
        for end in self.ends(words, i, lim) if self.negated else self._ends(words, i, lim):
            if end not in seen:
                seen.add(end)
                yield end, caps

    def _first(self) -> tuple[Starts, bool]:
        if self.negated or self.any_word or self.regexes:
            return ANYWHERE, False
        out = self.start_words()
        for parts in self.conjunctions:
            known = [f for f in (part.first()[0] for part in parts) if not f.anywhere]
            out |= Starts.common(known) if known else ANYWHERE
        return out, False

    def start_words(self) -> Starts:
        """The words its word sets, literal runs and classes can start with (regexes aside), once."""
        known = self.__dict__.get("_starts")
        if known is None:
            # a small class's first words are spelt out (a sentence's words meet them in one set test, and the index
            # files its patterns by word); a large one (@drug) is kept by reference
            small = [c.first for c in self.classes if len(c.heads) <= _SPELT_OUT]
            words = self.words.union({r[0] for r in self.runs}, *small)
            known = self.__dict__["_starts"] = Starts(words, tuple(c for c in self.classes if len(c.heads) > _SPELT_OUT))
        return known

    def opener(self) -> _Opener | None:
        """A test of one word that passes wherever this slot can match (None: any word may)."""
        if self.negated or self.any_word or self.conjunctions:
            return None
        return _Opener(self.start_words(), self.regexes)

    def show(self) -> str:
        return self.source


@dataclass
class Seq(Node):
    items: list[Node]

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        return self._from(0, words, i, lim, caps)

    def _from(self, k: int, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        if k == len(self.items):
            yield i, caps
            return
        for end, c in self.items[k].match(words, i, lim, caps):
            yield from self._from(k + 1, words, end, lim, c)

    def _first(self) -> tuple[Starts, bool]:
        out: list[Starts] = []
        for item in self.items:
            f, nullable = item.first()
            out.append(f)
            if not nullable:
                return Starts.union(out), False
        return Starts.union(out), True

    def show(self) -> str:
        return " ".join(i.show() for i in self.items)


@dataclass
class Alt(Node):
    options: list[Node]

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        for option in self.options:
            yield from option.match(words, i, lim, caps)

    def _first(self) -> tuple[Starts, bool]:
        firsts = [option.first() for option in self.options]
        return Starts.union([f for f, _ in firsts]), any(n for _, n in firsts)

    def show(self) -> str:
        return "( " + " | ".join(o.show() for o in self.options) + " )"


@dataclass
class Repeat(Node):
    body: Node
    low: int
    high: int
    mark: str

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        return self._count(0, words, i, lim, caps)

    def _count(self, n: int, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        empty: Caps | None = None  # the body matching nothing here: every repetition still owed can do so
        if n < self.high:  # greedy: one more first
            for end, c in self.body.match(words, i, lim, caps):
                if end > i:
                    yield from self._count(n + 1, words, end, lim, c)
                elif empty is None:
                    empty = c
        if n >= self.low:
            yield i, caps
        elif empty is not None:
            yield i, empty

    def _first(self) -> tuple[Starts, bool]:
        f, nullable = self.body.first()
        return f, nullable or self.low == 0

    def show(self) -> str:
        body = self.body
        if isinstance(body, Test) and len(_split_bar(body.source.lstrip("!"))) > 1:
            return f"( {body.show()} ){self.mark}"  # "( real|true )?" reads as one optional slot; "real|true?" may not
        return f"{_grouped(body)}{self.mark}"


@dataclass
class Capture(Node):
    name: str
    body: Node

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        for end, c in self.body.match(words, i, lim, caps):
            yield end, (*c, (self.name, i, end))

    def _first(self) -> tuple[Starts, bool]:
        return self.body.first()

    def show(self) -> str:
        return f"{self.name}={_grouped(self.body)}"


def _grouped(node: Node) -> str:
    """A node as a quantifier or a capture name needs it: a sequence, a repeat or a capture in parentheses
    ("( a b )?", not "a b?"; "( a? ){2}", not "a?{2}")."""
    shown = node.show()
    return f"( {shown} )" if isinstance(node, Repeat | Capture) or (isinstance(node, Seq) and len(node.items) != 1) else shown


@dataclass(frozen=True)
class Match:
    """A pattern's match: token range and named captures (token ranges)."""

    start: int
    end: int
    captures: dict[str, tuple[int, int]]


@dataclass(eq=False)
class Pattern:
    """A compiled pattern with the source it came from; `[self]` before it: a match counts only when the
    sentence is about the article's own subject."""

    source: str
    node: Node
    firsts: Starts
    require_self: bool = False

    def match_at(self, words: list[str], i: int, lim: int) -> Match | None:
        """The longest match starting at token i (not past lim)."""
        best: tuple[int, Caps] | None = None
        for end, caps in self.node.match(words, i, lim, ()):
            if end > i and (best is None or end > best[0]):
                best = (end, caps)
        if best is None:
            return None
        return Match(i, best[0], {name: (s, e) for name, s, e in best[1]})

    def show(self) -> str:
        return ("[self] " if self.require_self else "") + self.node.show()


@dataclass
class Call(Node):
    """`%name`: any of a vocabulary's named patterns, in place (a shared sub-pattern, defined once)."""

    name: str
    patterns: list[Pattern]

    def match(self, words: list[str], i: int, lim: int, caps: Caps) -> Iterator[tuple[int, Caps]]:
        for p in self.patterns:
            yield from p.node.match(words, i, lim, caps)

    def _first(self) -> tuple[Starts, bool]:
        return Starts.union([p.firsts for p in self.patterns]), False

    def show(self) -> str:
        return f"%{self.name}"


class Compiler:
    """Parses pattern lines against a vocabulary; errors say what is wrong, the caller says where.

    Named patterns (a vocabulary file's `patterns:`) compile on first use, so
    they may call one another in any order; a cycle is an error.
    """

    def __init__(self, vocabulary: Vocabulary, named_sources: dict[str, list[str]] | None = None) -> None:
        self.vocabulary = vocabulary
        self.named_sources = named_sources or {}
        self.named: dict[str, list[Pattern]] = {}
        self._compiling: list[str] = []
        self._compiled: dict[str, Pattern] = {}
        self._tests: dict[str, Test] = {}

    def named_patterns(self, name: str) -> list[Pattern]:
        """A named pattern list, compiled once."""
        if name not in self.named:
            if name not in self.named_sources:
                raise PatternError(f"unknown named pattern `%{name}`")
            if name in self._compiling:
                raise PatternError(f"named patterns call each other in a cycle: {' -> '.join([*self._compiling, name])}")
            self._compiling.append(name)
            try:
                compiled = []
                for source in self.named_sources[name]:
                    try:
                        compiled.append(self.compile(source))
                    except PatternError as exc:
                        exc.where = exc.where or (name, source)  # the innermost named pattern at fault
                        raise
                self.named[name] = compiled
            finally:
                self._compiling.pop()
        return self.named[name]

    def compile(self, source: str) -> Pattern:
        """The pattern for a line; one line compiles once per run, so rules sharing it share one index entry."""
        if isinstance(source, str) and source in self._compiled:
            return self._compiled[source]
        pattern = self._compile(source)
        self._compiled[source] = pattern
        return pattern

    def _compile(self, source: str) -> Pattern:
        if not isinstance(source, str) or not source.strip():
            raise PatternError("a pattern must be a non-empty string")
        body = source.strip()
        require_self = body.startswith("[self]")
        if require_self:
            body = body[len("[self]") :]
        elif body.startswith("["):
            raise PatternError(f"unknown pattern option in {source!r} (known: [self])")
        lexemes = self._lex(body)
        node, rest = self._alt(lexemes, 0, source)
        if rest != len(lexemes):
            raise PatternError(f"unbalanced ')' in {source!r}")
        firsts, nullable = node.first()
        if nullable:
            raise PatternError(f"{source!r} can match nothing: make its first test required")
        return Pattern(source, node, firsts, require_self)

    def _lex(self, source: str) -> list[tuple[str, str]]:
        """(kind, text) lexemes: open (text: capture name), close (text: quantifier), bar, test (text: body)."""
        out: list[tuple[str, str]] = []
        for chunk in source.split():
            if chunk == "|":
                out.append(("bar", ""))
                continue
            while True:
                m = _NAME.match(chunk)
                if m and chunk[m.end() : m.end() + 1] == "(":
                    out.append(("open", m.group(1)))
                    chunk = chunk[m.end() + 1 :]
                elif chunk.startswith("("):
                    out.append(("open", ""))
                    chunk = chunk[1:]
                else:
                    break
            closes: list[str] = []
            while True:
                q = _QUANT.search(chunk)
                quant = q.group(1) if q else ""
                body = chunk[: len(chunk) - len(quant)]
                if body.endswith(")") and not body.endswith("\\)"):
                    closes.insert(0, quant)
                    chunk = body[:-1]
                    continue
                break
            if chunk:
                out.append(("test", chunk))
            out.extend(("close", q) for q in closes)
        return out

    def _alt(self, lex: list[tuple[str, str]], k: int, source: str) -> tuple[Node, int]:
        options: list[Node] = []
        items: list[Node] = []
        while k < len(lex):
            kind, text = lex[k]
            if kind == "close":
                break
            if kind == "bar":
                if not items:  # "( | a )", "( a | | b )": an empty sequence would make the group optional unseen
                    raise PatternError(f"empty alternative in {source!r}")
                options.append(Seq(items) if len(items) != 1 else items[0])
                items = []
                k += 1
                continue
            if kind == "open":
                inner, k = self._alt(lex, k + 1, source)
                if k >= len(lex):
                    raise PatternError(f"unclosed '(' in {source!r}")
                node = _quantified(inner, lex[k][1])
                items.append(Capture(text, node) if text else node)
                k += 1
                continue
            items.append(self._test_item(text))
            k += 1
        if not items and (options or k < len(lex)):
            raise PatternError(f"empty alternative in {source!r}")
        options.append(Seq(items) if len(items) != 1 else items[0])
        return (options[0] if len(options) == 1 else Alt(options)), k

    def _test_item(self, text: str) -> Node:
        name = ""
        m = _NAME.match(text)
        if m:
            name, text = m.group(1), text[m.end() :]
        q = _QUANT.search(text)
        quant = q.group(1) if q else ""
        body = text[: len(text) - len(quant)]
        if body.startswith("%"):
            node: Node = _quantified(Call(body[1:], self.named_patterns(body[1:])), quant)
            return Capture(name, node) if name else node
        node = _quantified(self._test(body), quant)
        return Capture(name, node) if name else node

    def _test(self, body: str) -> Test:
        """The test a slot's text compiles to, one object per distinct text: "the" or "_" fill thousands of
        slots, and a kept rule set loads a third fewer objects for sharing them (tests do not change)."""
        if body not in self._tests:
            self._tests[body] = self._new_test(body)
        return self._tests[body]

    def _new_test(self, body: str) -> Test:
        if not body:
            raise PatternError("an empty test")
        negated = body.startswith("!")
        if negated:
            body = body[1:]
            if not body:
                raise PatternError("`!` with no test to negate")
        words: set[str] = set()
        classes: list[WordClass] = []
        runs: list[tuple[str, ...]] = []
        regexes: list[re.Pattern[str]] = []
        conjunctions: list[tuple[Test, ...]] = []
        any_word = False
        for alt in _split_bar(body):
            parts = _conjunction(alt)
            if len(parts) > 1:
                conjunctions.append(tuple(self._test(part) for part in parts))
            elif alt == "_":
                any_word = True
            elif alt.startswith("@"):
                cls = self.vocabulary.get(alt[1:])
                if cls is None:
                    raise PatternError(f"unknown vocabulary class `{alt}`")
                classes.append(cls)
            elif alt.startswith("<") and alt.endswith(">"):
                lemma, _, kind = alt[1:-1].partition(":")
                if kind and kind not in ("noun", "verb", "adjective"):
                    raise PatternError(f"`{alt}`: the part of speech must be noun, verb or adjective")
                head, *rest = lower(lemma).split("~")  # `<wipe~out>`: "wipes out", "wiped out"
                after = tuple(Tokens.of(" ".join(rest)).words)
                for form in self.vocabulary.morphology.forms(head, kind or None):
                    if after:
                        runs.append((form, *after))
                    else:
                        words.add(form)
            elif len(alt) > 1 and alt.startswith("/") and alt.endswith("/"):
                try:
                    regexes.append(re.compile(alt[1:-1]))
                except re.error as exc:
                    raise PatternError(f"bad token regex {alt}: {exc}") from None
            else:
                literal = alt.replace("\\", "").replace("~", " ")  # `will~not|never`: a run of words in one slot
                tokens = tuple(Tokens.of(literal).words)
                if not tokens:
                    raise PatternError(f"`{alt}` has no word or mark to match")
                for variant in _literal_variants(tokens):
                    if len(variant) == 1:
                        words.add(variant[0])
                    else:
                        runs.append(variant)
        source = ("!" if negated else "") + body
        return Test(frozenset(words), tuple(classes), tuple(runs), tuple(regexes), any_word, negated, source, tuple(conjunctions))


def _split_bar(body: str) -> list[str]:
    """`a|b|\\|` split on unescaped bars; a `/regex/` alternative keeps its own bars."""
    parts, current, escaped, in_regex = [], "", False, False
    for ch in body:
        if escaped:
            current += "\\" + ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "/" and (in_regex or not current):
            in_regex = not in_regex  # opens at an alternative's start, closes at the next slash
            current += ch
        elif ch == "|" and not in_regex:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    if any(not p for p in parts):
        raise PatternError(f"empty alternative in `{body}`")
    return parts


def _split_unescaped(text: str, sep: str) -> list[str]:
    """`text` split on `sep` where no backslash escapes it (escapes kept for the parts)."""
    parts, current, escaped = [], "", False
    for ch in text:
        if escaped:
            current += "\\" + ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def _literal_variants(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A hyphenated literal also matches its parts spaced or run together: game-changer, game changer, gamechanger."""
    out = {tokens}
    if len(tokens) == 1 and "-" in tokens[0] and tokens[0][0].isalpha():
        parts = tuple(p for p in tokens[0].split("-") if p)
        out |= {parts, ("".join(parts),)}
    return out


def _quantified(node: Node, quant: str) -> Node:
    if not quant:
        return node
    if quant == "?":
        return Repeat(node, 0, 1, quant)
    if quant == "*":
        return Repeat(node, 0, _MAX_REPEAT, quant)
    if quant == "+":
        return Repeat(node, 1, _MAX_REPEAT, quant)
    low, comma, high = quant[1:-1].partition(",")
    lo = int(low)
    hi = (int(high) if high else _MAX_REPEAT) if comma else lo
    if hi < lo:
        raise PatternError(f"repeat {quant}: the maximum is below the minimum")
    return Repeat(node, lo, hi, quant)


def _opener(node: Node) -> tuple[list[_Opener] | None, bool]:
    """Tests of one word, one of which passes wherever the node can start a match (None: any word may), and
    whether the node can match nothing."""
    if isinstance(node, Test):
        test = node.opener()
        return (None if test is None else [test]), False
    if isinstance(node, Seq):
        out: list[_Opener] = []
        for item in node.items:
            tests, nullable = _opener(item)
            if tests is None:
                return None, False
            out += tests
            if not nullable:
                return out, False
        return out, True
    if isinstance(node, Alt):
        out, nullable = [], False
        for option in node.options:
            tests, n = _opener(option)
            if tests is None:
                return None, False
            out += tests
            nullable |= n
        return out, nullable
    if isinstance(node, Repeat):
        tests, nullable = _opener(node.body)
        return tests, nullable or node.low == 0
    if isinstance(node, Capture):
        return _opener(node.body)
    if isinstance(node, Call):
        out = []
        for p in node.patterns:
            tests, nullable = _opener(p.node)
            if tests is None or nullable:
                return None, False
            out += tests
        return out, False
    return None, False


def _needed(node: Node) -> list[Starts]:
    """Sets of words each of which some word of every match is in: a sentence that lacks one of them cannot
    hold a match, so the pattern is not tried there. A sequence needs every item that cannot match nothing
    ("in a bottle" needs "in", "a" and "bottle"), so a common word among them rules out little alone."""
    if isinstance(node, Test):
        if node.negated or node.any_word or node.regexes or node.conjunctions:
            return []
        return [node.start_words()]
    if isinstance(node, Seq):
        return [need for item in node.items if not item.first()[1] for need in _needed(item)]
    if isinstance(node, Alt | Call):
        out = []
        for option in node.options if isinstance(node, Alt) else [p.node for p in node.patterns]:
            found = _needed(option)
            if not found:
                return []
            out.append(min(found, key=Starts.size))  # one need per option: their union is needed
        return [Starts.union(out)]
    if isinstance(node, Repeat):
        return _needed(node.body) if node.low > 0 else []
    if isinstance(node, Capture):
        return _needed(node.body)
    return []


def _needs(found: list[Starts]) -> tuple[frozenset[str] | Starts, ...]:
    """A pattern's needs, each once, plain word sets first and smallest first (the likeliest to be missing
    and the cheapest to test): a set of words where no class is among them, tested by one call in C."""
    plain = dict.fromkeys(need.words for need in found if not need.classes and not need.anywhere)
    rest = [need for need in found if need.classes and not need.anywhere]
    return (*sorted(plain, key=len), *rest)


class Index:
    """Patterns keyed by the tokens they can start with, so a text's tokens lead straight to what to try.

    A pattern that starts with a regular expression is tried only where its opening tests pass, each word's
    answer kept: "/[a-z]+'s/ own ..." is not tried at every token. A pattern that starts with a vocabulary
    class ("@drug ...": thousands of names) is not filed under each name, which would cost more than a file's
    linting; each word a text holds asks the classes once, and the answer is kept."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.by_first: dict[str, list[Pattern]] = {}
        self.by_class: list[tuple[WordClass, list[Pattern]]] = []  # patterns that can start with a class's term
        self.anywhere: list[Pattern] = []
        self.opened: list[tuple[Pattern, list[_Opener]]] = []
        self.patterns: list[Pattern] = []
        self._by_word: dict[str, list[_Entry]] = {}
        # What a sentence must hold for each pattern to match in it, by pattern (its identity, which survives a
        # kept rule set).
        self.needs: dict[Pattern, tuple[frozenset[str] | Starts, ...]] = {}
        by_class: dict[int, tuple[WordClass, list[Pattern]]] = {}
        seen: set[int] = set()
        for p in patterns:
            if id(p) in seen:
                continue
            seen.add(id(p))
            self.patterns.append(p)
            needs = _needs(_needed(p.node)) if not p.node.first()[1] else ()
            if needs:
                self.needs[p] = needs
            firsts = p.firsts
            if firsts.anywhere:
                tests, nullable = _opener(p.node)
                if tests is None or nullable:
                    self.anywhere.append(p)
                else:
                    self.opened.append((p, tests))
            else:
                for w in firsts.words:
                    self.by_first.setdefault(w, []).append(p)
                for c in firsts.classes:
                    by_class.setdefault(id(c), (c, []))[1].append(p)
        self.by_class = list(by_class.values())

    def __getstate__(self) -> dict[str, Any]:
        """A kept index leaves out the answers kept by word (they hold patterns' ids, which a new process changes)
        and what is worked out again on demand."""
        return {**{k: v for k, v in self.__dict__.items() if k != "_gate"}, "_by_word": {}}

    @cached_property
    def _gate(self) -> tuple[frozenset[str], re.Pattern[str] | None, tuple[Any, ...]]:
        """Every word some opening test of a regex-led pattern names, and all their regexes as one: a word that
        is in neither opens none of them, found by one look-up and one match instead of a test per pattern
        (each new word of a process's first file asks). A user's regex, which runs on a time budget, is tried
        on its own."""
        words: set[str] = set()
        regexes: dict[str, None] = {}
        budgeted: list[Any] = []
        for _, tests in self.opened:
            for test in tests:
                words |= test.starts.words
                words.update(*(c.first for c in test.starts.classes))
                for r in test.regexes:
                    if isinstance(r, re.Pattern):
                        regexes[r.pattern] = None
                    else:
                        budgeted.append(r)
        combined = re.compile("|".join(f"(?:{r})" for r in regexes)) if regexes else None
        return frozenset(words), combined, tuple(budgeted)

    def _entries(self, patterns: Iterable[Pattern]) -> list[_Entry]:
        needs = self.needs
        return [(p, id(p), needs.get(p)) for p in patterns]

    def scan(self, words: list[str], limits: list[int]) -> dict[int, list[Match]]:
        """Every pattern's matches, by pattern id, non-overlapping per pattern, left to right.

        `limits[i]` is where the sentence holding token i ends: no match crosses it.
        """
        found: dict[int, list[Match]] = {}
        next_free: dict[int, int] = {}
        anywhere = self._entries(self.anywhere)
        sentence_end, present, possible = -1, frozenset[str](), {}
        for i, w in enumerate(words):
            if i >= sentence_end:  # a new sentence: which patterns could match in it at all
                sentence_end = limits[i]
                present = frozenset(words[i:sentence_end])
                possible = {}
            for p, pid, need in [*self._starting(w), *anywhere] if anywhere else self._starting(w):
                if need is not None:  # most candidates fail here, once per sentence
                    ok = possible.get(pid)
                    if ok is None:
                        ok = possible[pid] = _meets(need, present)
                    if not ok:
                        continue
                if next_free.get(pid, 0) > i:
                    continue
                m = p.match_at(words, i, limits[i])
                if m is not None:
                    found.setdefault(pid, []).append(m)
                    next_free[pid] = m.end
        return found

    def _starting(self, word: str) -> list[_Entry]:
        """The patterns that may start at this word, other than those that start anywhere (answers kept, up to
        a bound)."""
        entries = self._by_word.get(word)
        if entries is None:
            found = [*self.by_first.get(word, ()), *(p for cls, group in self.by_class if word in cls.heads for p in group)]
            words, regex, budgeted = self._gate
            if word in words or (regex is not None and regex.fullmatch(word)) or any(r.fullmatch(word) for r in budgeted):
                found += (p for p, tests in self.opened if any(test(word) for test in tests))
            if self.by_class:  # a pattern led by "@drug|aspirin" is filed under both
                found = list(dict.fromkeys(found))
            entries = self._entries(found)
            if len(self._by_word) < _WORDS_KEPT:
                self._by_word[word] = entries
        return entries


_WORDS_KEPT = 200_000  # distinct words whose starting patterns are remembered


_Entry = tuple[Pattern, int, tuple[frozenset[str] | Starts, ...] | None]  # a pattern, its id, what a sentence needs


def _meets(needs: tuple[frozenset[str] | Starts, ...], present: frozenset[str]) -> bool:
    """Whether a sentence's words meet every need."""
    for need in needs:  # noqa: SIM110 -- a loop, not all() over a generator: this runs for most candidates
        if not (need.meets(present) if type(need) is Starts else not present.isdisjoint(need)):
            return False
    return True


def compile_patterns(compiler: Compiler, sources: Any, where: str) -> list[Pattern]:
    """A rule's list of pattern lines, each compiled; errors name the parameter and the pattern."""
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise RulePackError(where, "patterns must be a list of strings")
    out = []
    for source in sources:
        try:
            out.append(compiler.compile(source))
        except PatternError as exc:
            raise RulePackError(where, str(exc)) from None
    return out


def _conjunction(alt: str) -> list[str]:
    """The parts of `a&b`; a regex part ends at its closing slash, so `/[a-z]+est/&!@x` is two parts while an `&`
    inside a regex (`/r&b/`) is the regex's own."""
    if not alt.startswith("/"):
        return _split_unescaped(alt, "&")
    close = alt.find("/", 1)
    if close == -1 or not alt.startswith("&", close + 1):
        return [alt]
    return [alt[: close + 1], *_split_unescaped(alt[close + 2 :], "&")]
