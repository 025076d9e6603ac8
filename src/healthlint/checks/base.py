"""What every rule type shares: its spec, typed parameters, the document context, and how it makes findings.

Rule types register themselves by `type_name` (the `type:` a pack names).
Per document, a `Context` holds the language view of the article (tokens,
sentences, topic, the assertion reader) and typed analyses that several
rules share, each cached by its class and parameters, so two rules with
different thresholds never read each other's results.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, ClassVar, TypeVar

import regex

from healthlint.errors import RulePackError
from healthlint.language.assertion import REASONS, Reader
from healthlint.language.loader import Language
from healthlint.language.patterns import Alt, Capture, Match, Node, Pattern, PatternError, Repeat, Seq, Test
from healthlint.language.text import Text
from healthlint.language.topic import Topic, read_topic
from healthlint.limits import BudgetedPattern, budgeted, is_builtin
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related
from healthlint.packs import RuleSpec, builtin_shared

A = TypeVar("A")


@dataclass
class Context:
    """One document as the rules see it, with what they share, each part computed on first use."""

    doc: Document
    language: Language
    settings: dict[str, Any] = field(default_factory=dict)
    found: dict[int, list[Match]] = field(default_factory=dict)  # the run's token-pattern index, scanned once
    _analyses: dict[tuple[type, Hashable], Any] = field(default_factory=dict)

    @cached_property
    def text(self) -> Text:
        return Text(self.doc, self.language)

    @cached_property
    def topic(self) -> Topic:
        return read_topic(self.doc, self.language, self.settings.get("keyphrase"), self.text.tokens)

    @cached_property
    def reader(self) -> Reader:
        return Reader(self.text, self.topic)

    def matches(self, pattern: Pattern) -> list[Match]:
        """A pattern's matches in this document (left to right, not overlapping one another)."""
        return self.found.get(id(pattern), [])

    def analysis(self, kind: type[A], key: Hashable, build: Callable[[], A]) -> A:
        """The analysis of this kind with these parameters, built once per document."""
        slot = (kind, key)
        if slot not in self._analyses:
            self._analyses[slot] = build()
        return self._analyses[slot]  # type: ignore[no-any-return]


_TYPE_NAMES = {
    list: "a list",
    dict: "a mapping",
    str: "a string",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
}

RULE_TYPES: dict[str, type[Check]] = {}


class Check:
    """A rule type. Subclasses read their params in __init__ and yield findings in run()."""

    type_name: ClassVar[str] = ""
    reads_metadata: ClassVar[bool] = False  # also run on the title and description
    # The built-in pack whose `shared` parameters are this type's defaults: a user's own rule of the
    # type names only what it changes (a stricter `max_density`), the rest comes from there.
    defaults_pack: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.type_name:
            RULE_TYPES[cls.type_name] = cls

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        if self.defaults_pack:
            spec = replace(spec, params={**builtin_shared(self.defaults_pack), **spec.params})
        self.spec = spec
        self.language = language
        self.indexed: list[Pattern] = []  # token patterns the run's index scans for this rule

    def param(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        """A typed parameter, or a rule-pack error naming the rule and the key."""
        if key not in self.spec.params:
            if default is ...:
                raise self.spec.error(f"missing parameter `{key}`")
            return default
        value = self.spec.params[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind in (int, float) and isinstance(value, bool)):
            kinds = kind if isinstance(kind, tuple) else (kind,)
            names = " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
            raise self.spec.error(f"parameter `{key}` must be {names}")
        return value

    def str_list(self, key: str, default: list[str] | None = None) -> list[str]:
        value = self.param(key, list, [] if default is None else default)
        if not all(isinstance(v, str) for v in value):
            raise self.spec.error(f"parameter `{key}` must be a list of strings")
        return value

    def regex(self, source: str, key: str) -> regex.Pattern[str]:
        """A raw regular expression, for what is not about words (numbers with units, markup)."""
        try:
            compiled = regex.compile(source, regex.I)
        except regex.error as exc:
            raise self.spec.error(f"parameter `{key}`: bad regular expression {source!r}: {exc}") from None
        return budgeted(compiled, self.spec.pack, self.spec.code, key)  # a user pack's pattern runs with a time budget

    def tokens(self, key: str, default: list[str] | None = None, index: bool = True) -> list[Pattern]:
        """A parameter's token patterns, compiled; `index` has the run's index find their matches."""
        out = []
        for source in self.str_list(key, default):
            try:
                pattern = self.language.compiler.compile(source)
            except PatternError as exc:
                shown = "" if repr(source) in str(exc) else f" in {source!r}"
                raise self.spec.error(f"parameter `{key}`: {exc}{shown}") from None
            _budget_token_regexes(pattern.node, lambda r: _budgeted_token_regex(r, self.spec, key))
            out.append(pattern)
        if index:
            self.indexed += out
        return out

    def excuses(self, default: list[str]) -> frozenset[str]:
        """The readings (negated, hedged, question...) that keep a match from being this rule's finding."""
        names = self.str_list("excuses", default)
        unknown = [n for n in names if n not in REASONS]
        if unknown:
            raise self.spec.error(f"unknown excuse `{unknown[0]}` (known: {', '.join(REASONS)})")
        return frozenset(names)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        related: list[Related] | None = None,
        prose: bool = True,
        severity: str | None = None,
    ) -> Finding:
        """A finding at a prose range (or a source range when prose=False)."""
        span = doc.span_from_prose(start, end) if prose else doc.source_span(start, end)
        return Finding(
            rule=self.spec.code,
            name=self.spec.name,
            category=self.spec.category,
            severity=severity or self.spec.severity,
            message=message,
            span=span,
            suggestion=self.spec.suggestion if suggestion is None else suggestion,
            related=related or [],
        )

    def first_of(self, doc: Document, spans: list[tuple[int, int]], fields: dict[str, Any]) -> Finding:
        """One finding for repeated occurrences: at the first, the others as related spans."""
        (start, end), rest = spans[0], spans[1:]
        return self.finding(
            doc,
            start,
            end,
            self.format(self.spec.message, **fields),
            self.format(self.spec.suggestion, **fields),
            [Related(doc.span_from_prose(s, e)) for s, e in rest],
        )

    def format(self, text: str, **fields: Any) -> str:
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError) as exc:
            raise self.spec.error(f"message or suggestion uses unknown field {exc}") from None


def build_check(spec: RuleSpec, language: Language) -> Check:
    """Instantiate the check for a rule spec; unknown types are rule-pack errors."""
    import healthlint.checks  # noqa: F401  # registers every built-in rule type

    cls = RULE_TYPES.get(spec.type)
    if cls is None:
        raise spec.error(f"unknown rule type `{spec.type}` (known: {', '.join(sorted(RULE_TYPES))})")
    try:
        return cls(spec, language)
    except KeyError as exc:  # a vocabulary class the rule's code needs is missing
        raise RulePackError(spec.pack, f"line {spec.line}: rule {spec.code}: {exc.args[0]}") from None


def _budgeted_token_regex(compiled: Any, spec: RuleSpec, key: str) -> Any:
    """A token pattern's `/regex/` as it should run: a user pack's with a time budget (see `limits.budgeted`)."""
    if isinstance(compiled, BudgetedPattern) or is_builtin(spec.pack):
        return compiled
    try:
        again = regex.compile(compiled.pattern)  # compiled by the pattern compiler without flags, with `re`
    except regex.error:  # `re` and `regex` read almost every pattern alike; one they do not stays as it was
        return compiled
    return budgeted(again, spec.pack, spec.code, key)


def _budget_token_regexes(node: Node, wrap: Callable[[Any], Any]) -> None:
    """Put every `/regex/` test of a compiled token pattern through `wrap` (named patterns, `%name`, are the
    vocabulary's and are left as they are)."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, Test):
            if node.regexes:
                node.regexes = [wrap(r) for r in node.regexes]
            stack.extend(t for parts in node.conjunctions for t in parts)
        elif isinstance(node, Seq):
            stack.extend(node.items)
        elif isinstance(node, Alt):
            stack.extend(node.options)
        elif isinstance(node, Repeat | Capture):
            stack.append(node.body)
