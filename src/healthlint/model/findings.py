"""Findings: what a rule reports, tied to exact spans of the original file."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from healthlint.model.document import SourceSpan


class Severity(StrEnum):
    """How much a finding matters: its order (most severe first) and its weight in the score."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def order(self) -> int:
        return _ORDER[self.value]

    @property
    def weight(self) -> float:
        return _WEIGHT[self.value]

    @staticmethod
    def rank(name: str) -> int:
        """The order of a severity named as findings and configs spell it: 0 is the most severe."""
        return _ORDER[name]


_ORDER = {"error": 0, "warning": 1, "info": 2}
_WEIGHT = {"error": 12.0, "warning": 6.0, "info": 1.5}
SEVERITIES = tuple(s.value for s in Severity)
# The four main categories and the short names the terminal and HTML summaries give them as column
# headers; `--select` and `--ignore` accept those names as well as the ids, which the JSON report keeps.
CATEGORY_LABELS = {"superlative": "hype", "keyword-stuffing": "stuffing", "disclaimer": "disclaimer", "contradiction": "conflicts"}
CATEGORIES = tuple(CATEGORY_LABELS)
CATEGORY_ALIASES = {label: category for category, label in CATEGORY_LABELS.items() if label != category}


@dataclass(slots=True)  # not frozen, as the records in document.py: made per finding, and cheaper so
class Related:
    """Another place the finding involves: a contradiction's partner, a repeated phrase."""

    span: SourceSpan
    message: str = ""


@dataclass(slots=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    message: str
    span: SourceSpan
    suggestion: str = ""
    related: list[Related] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.offset, self.span.end_offset, self.rule)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            **span_dict(self.span),
        }
        if self.suggestion:
            out["suggestion"] = self.suggestion
        if self.related:
            out["related"] = [{**span_dict(r.span), **({"message": r.message} if r.message else {})} for r in self.related]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            rule=data["rule"],
            name=data["name"],
            category=data["category"],
            severity=data["severity"],
            message=data["message"],
            span=_span(data),
            suggestion=data.get("suggestion", ""),
            related=[Related(_span(r), r.get("message", "")) for r in data.get("related", [])],
        )


def span_dict(span: SourceSpan) -> dict[str, Any]:
    return {
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "offset": span.offset,
        "end_offset": span.end_offset,
        "text": span.text,
    }


def _span(d: dict[str, Any]) -> SourceSpan:
    return SourceSpan(d["offset"], d["end_offset"], d["line"], d["column"], d["end_line"], d["end_column"], d["text"])


def most_severe(found: list[Finding]) -> list[Finding]:
    """Of two findings of one category where one lies within the other, the more severe (then the longer, then
    by rule); findings that only overlap say different things and both stay. In position order.

    A finding with related places is always kept. The kept spans of a category
    may overlap, so instead of a scan of each of them, two Fenwick trees over
    the spans' starts answer in log n: the furthest end among kept spans that
    start at or before a start (one of them contains the span), and the nearest
    end among those that start at or after it (one of them lies within it).
    """
    ranked = sorted(found, key=lambda f: (Severity.rank(f.severity), -(f.span.end_offset - f.span.offset), f.rule))
    starts: dict[str, list[int]] = {}
    for f in ranked:
        if not f.related:
            starts.setdefault(f.category, []).append(f.span.offset)
    trees = {category: _Nesting(sorted(set(s))) for category, s in starts.items()}
    kept: list[Finding] = []
    for f in ranked:
        if not f.related:
            tree = trees[f.category]
            if tree.nested(f.span.offset, f.span.end_offset):
                continue
            tree.add(f.span.offset, f.span.end_offset)
        kept.append(f)
    return sorted(kept, key=lambda f: f.sort_key)


class _Nesting:
    """Kept spans, by start: whether a span contains or lies within one of them, in log n (no calls per step)."""

    def __init__(self, starts: list[int]) -> None:
        self.n = len(starts)
        self.rank = {start: i for i, start in enumerate(starts)}
        self.max_end = [-1] * (self.n + 1)  # prefix maxima: kept spans starting at or before a start
        self.min_end = [_NEVER] * (self.n + 1)  # suffix minima, on the reversed order: starting at or after it

    def add(self, start: int, end: int) -> None:
        n, at = self.n, self.rank[start]
        tree, i = self.max_end, at + 1
        while i <= n:
            if tree[i] < end:
                tree[i] = end
            i += i & -i
        tree, i = self.min_end, n - at
        while i <= n:
            if tree[i] > end:
                tree[i] = end
            i += i & -i

    def nested(self, start: int, end: int) -> bool:
        n, at = self.n, self.rank[start]
        tree, i = self.max_end, at + 1
        while i > 0:
            if tree[i] >= end:
                return True  # a kept span starts at or before this one and ends at or after it
            i -= i & -i
        tree, i = self.min_end, n - at
        while i > 0:
            if tree[i] <= end:
                return True  # a kept span starts at or after this one and ends within it
            i -= i & -i
        return False


_NEVER = 1 << 62
