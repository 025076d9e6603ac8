"""What every rule type shares: its spec, parameter access, and how it makes findings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import regex

from healthlint.language.matching import Hits, Matcher, Runs
from healthlint.limits import budgeted
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related
from healthlint.packs import RuleSpec


@dataclass
class Context:
    """Per-run settings and per-document analyses that several rules share."""

    settings: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    hits: Hits | None = None

    def finditer(self, matcher: Matcher, doc: Document) -> Iterator[regex.Match[str]]:
        """A rule pattern's matches in the prose, tried only where the shared index says it can start."""
        if self.hits is not None and self.hits.text is doc.prose:
            return self.hits.finditer(matcher)
        return matcher.pattern.finditer(doc.prose)

    def runs(self, doc: Document) -> Runs:
        """The prose's words, from the split the index already made."""
        if self.hits is not None and self.hits.text is doc.prose:
            return self.hits.runs
        return Runs.of(doc.prose)

    def memo(self, key: str, compute: Any) -> Any:
        """The value for `key` on this document, computed once."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


_TYPE_NAMES = {
    list: "a list",
    dict: "a mapping",
    str: "a string",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
}


class Check:
    """A rule type. Subclasses read their params in __init__ and yield findings in run()."""

    type_name: ClassVar[str] = ""

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self.indexed: list[Matcher] = []  # patterns run over whole prose, for the linter's shared index

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

    def pattern(self, source: str, key: str) -> regex.Pattern[str]:
        try:
            compiled = regex.compile(source, regex.I)
        except regex.error as exc:
            raise self.spec.error(f"parameter `{key}`: bad regular expression {source!r}: {exc}") from None
        return budgeted(compiled, self.spec.pack, self.spec.code, key)  # a user pack's pattern runs with a time budget

    def patterns(self, key: str) -> list[regex.Pattern[str]]:
        return [self.pattern(p, key) for p in self.str_list(key)]

    def matcher(self, pattern: regex.Pattern[str]) -> Matcher:
        """A pattern this rule runs over a document's whole prose (through `Context.finditer`)."""
        found = Matcher.of(pattern)
        self.indexed.append(found)
        return found

    def matchers(self, key: str) -> list[Matcher]:
        return [self.matcher(p) for p in self.patterns(key)]

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
    ) -> Finding:
        """A finding at a prose range (or a source range when prose=False)."""
        span = doc.span_from_prose(start, end) if prose else doc.source_span(start, end)
        return Finding(
            rule=self.spec.code,
            name=self.spec.name,
            category=self.spec.category,
            severity=self.spec.severity,
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
