"""Findings: what a rule reports, tied to exact spans of the original file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from healthlint.model.document import SourceSpan

SEVERITIES = ("error", "warning", "info")


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


_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def most_severe(found: list[Finding]) -> list[Finding]:
    """Of findings that overlap in one category, the more severe (then the longer, then by rule); in position order.

    A finding with related places is always kept. What is kept otherwise in a
    category never overlaps, so a finding is checked against it with one binary
    search among the kept spans in order, not against each of them.
    """
    ranked = sorted(found, key=lambda f: (_RANK[f.severity], -(f.span.end_offset - f.span.offset), f.rule))
    kept: list[Finding] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # per category, the kept spans without related places, in order
    for f in ranked:
        if not f.related:
            taken = spans.setdefault(f.category, [])
            start, end = f.span.offset, f.span.end_offset
            i = bisect.bisect_left(taken, (end, -1))  # the kept spans that start before this one ends
            if i and taken[i - 1][1] > start:
                continue
            bisect.insort(taken, (start, end))
        kept.append(f)
    return sorted(kept, key=lambda f: f.sort_key)
