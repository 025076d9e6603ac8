"""Disclaimer rules: is there a real medical disclaimer, where is it, and is the house one there?

A disclaimer is recognised by meaning: a purpose limit ("for information
only", "not medical advice"), non-substitution ("not a substitute for
professional medical advice"), or the FDA dietary-supplement statement.
Hedges ("consult your doctor") are good practice but are not disclaimers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from healthlint.checks.base import Check, Context
from healthlint.limits import config_pattern
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related


@dataclass(frozen=True)
class DisclaimerScan:
    """What an article says that bears on disclaimers, in prose offsets."""

    elements: list[tuple[str, int, int]]
    hedges: list[tuple[int, int]]
    labelled: list[tuple[int, int]]
    front_matter: str | None
    site_wide: bool

    @property
    def present(self) -> bool:
        return self.site_wide or bool(self.elements) or self.front_matter is not None


class _Patterns:
    """The pack's shared disclaimer lexicon, compiled once per rule."""

    def __init__(self, check: Check) -> None:
        self.groups = {
            "purpose limit": check.matchers("purpose_patterns"),
            "non-substitution": check.matchers("substitution_patterns"),
            "FDA statement": check.matchers("fda_patterns"),
        }
        self.hedges = check.matcher(check.pattern("|".join(f"(?:{p})" for p in check.str_list("hedge_patterns")), "hedge_patterns"))
        self.label = check.pattern(check.param("label_pattern", str), "label_pattern")
        self.meta_keys = check.str_list("metadata_keys")
        self.site_values = {v.lower() for v in check.str_list("site_values")}

    def found_in(self, value: str) -> bool:
        """Whether a metadata value carries a disclaimer."""
        return any(m.pattern.search(value) for matchers in self.groups.values() for m in matchers)

    def scan(self, doc: Document, ctx: Context) -> DisclaimerScan:
        front, site = None, False
        for key in self.meta_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str):
                if value.strip().lower() in self.site_values:
                    site = True
                elif self.found_in(value):
                    front = key
            elif value is True:
                site = True
        elements = [(name, *m.span()) for name, matchers in self.groups.items() for p in matchers for m in ctx.finditer(p, doc)]
        hedges = [m.span() for m in ctx.finditer(self.hedges, doc)]
        labelled = [(b.start, b.end) for b in doc.blocks if self.label.search(doc.prose, b.start, min(b.end, b.start + 40))]
        return DisclaimerScan(sorted(elements, key=lambda e: e[1]), sorted(hedges), labelled, front, site)


def _scan(lexicon: _Patterns, doc: Document, ctx: Context) -> DisclaimerScan:
    """The scan of this document, shared by the disclaimer rules."""
    return ctx.memo("disclaimer-scan", lambda: lexicon.scan(doc, ctx))


def _opening(doc: Document) -> tuple[int, int]:
    """The article's first sentence (its title, usually): where a missing disclaimer is reported."""
    if doc.sentences:
        return doc.sentences[0]
    return (0, min(len(doc.prose), 1))


class MissingDisclaimer(Check):
    """HL301: the article carries no disclaimer; hedges found are listed, not counted."""

    type_name = "disclaimer-missing"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.lexicon = _Patterns(self)
        self.template = self.param("template", str).strip()

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = _scan(self.lexicon, doc, ctx)
        if scan.present:
            return
        related = [Related(doc.span_from_prose(s, e), "a hedge, not a disclaimer") for s, e in scan.hedges[:10]]
        if scan.hedges:
            quoted = "; ".join(f"'{doc.prose[s:e]}'" for s, e in scan.hedges[:3])
            detail = (
                f" It has {len(scan.hedges)} hedge(s) ({quoted}{'; ...' if len(scan.hedges) > 3 else ''}), which tell the"
                " reader to see a professional but not that the article is information, not medical advice."
            )
        else:
            detail = ""
        start, end = scan.labelled[0] if scan.labelled else _opening(doc)
        message = self.format(self.spec.message, detail=detail)
        yield self.finding(doc, start, end, message, self.format(self.spec.suggestion, template=self.template), related)


class DisclaimerPlacement(Check):
    """HL302: a disclaimer exists but sits mid-article, where readers miss it."""

    type_name = "disclaimer-placement"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.lexicon = _Patterns(self)
        self.head = self.param("head_fraction", float)
        self.tail = self.param("tail_fraction", float)
        self.min_blocks = self.param("min_blocks", int)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = _scan(self.lexicon, doc, ctx)
        if not scan.elements or scan.front_matter or scan.site_wide or len(doc.blocks) < self.min_blocks:
            return
        size = max(len(doc.prose), 1)
        first, last = doc.blocks[0], doc.blocks[-1]
        for _, start, end in scan.elements:
            block = doc.block_at(start)
            b_start, b_end = (block.start, block.end) if block else (start, end)
            if block in (first, last) or b_start <= size * self.head or b_end >= size * (1 - self.tail):
                return
            if any(s <= start < e for s, e in scan.labelled):
                return
        _, start, end = scan.elements[0]
        where = round(100 * start / size)
        yield self.finding(doc, start, end, self.format(self.spec.message, percent=where))


class HouseDisclaimer(Check):
    """HL303: the publisher's own disclaimer, configured as text or a pattern, must appear."""

    type_name = "house-disclaimer"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.lexicon = _Patterns(self)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        settings = ctx.settings.get("disclaimer") or {}
        text, pattern = settings.get("house-text"), settings.get("house-pattern")
        if not text and not pattern:
            return
        if _scan(self.lexicon, doc, ctx).site_wide:
            return
        prose = " ".join(doc.prose.split())
        if text and " ".join(str(text).split()).lower() in prose.lower():
            return
        if pattern and config_pattern(str(pattern), self.spec.code, "disclaimer.house-pattern").search(prose):
            return
        start, end = _opening(doc)
        yield self.finding(doc, start, end, self.spec.message, self.format(self.spec.suggestion, template=text or pattern))


class SupplementClaims(Check):
    """HL304: structure/function claims about a supplement without the FDA statement."""

    type_name = "supplement-claims"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.lexicon = _Patterns(self)
        self.claims = self.matchers("claim_patterns")
        self.context = self.matchers("supplement_patterns")
        self.min_context = self.param("min_supplement_mentions", int, 2)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = _scan(self.lexicon, doc, ctx)
        if any(name == "FDA statement" for name, _, _ in scan.elements):
            return
        if sum(1 for p in self.context for _ in ctx.finditer(p, doc)) < self.min_context:
            return
        claims = sorted(m.span() for p in self.claims for m in ctx.finditer(p, doc) if not doc.in_references(m.start()))
        if not claims:
            return
        (start, end), rest = claims[0], claims[1:]
        message = self.format(self.spec.message, match=doc.prose[start:end], count=len(claims))
        yield self.finding(doc, start, end, message, related=[Related(doc.span_from_prose(s, e)) for s, e in rest])
