"""Disclaimer rules (HL301-HL304): is there a real medical disclaimer, where is it, and is the house one there?

A disclaimer is recognised by meaning, in any wording: a purpose limit (the
text is general information, not medical advice), non-substitution (it does
not replace a clinician's advice, diagnosis or care), or the FDA's
dietary-supplement statement. Each meaning is a list of token patterns in the
pack (`rules/disclaimer.yaml`) over the `advice` vocabulary (what a text calls
itself, advice, clinicians, replacing). Hedges ("consult your doctor") are
good practice, but say nothing about what the article is, so they are listed,
not counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from healthlint.checks.base import Check, Context
from healthlint.language.patterns import Pattern
from healthlint.language.text import Text
from healthlint.language.tokens import Tokens
from healthlint.limits import config_pattern
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related

MEANINGS = (("purpose limit", "purpose_patterns"), ("non-substitution", "substitution_patterns"), ("FDA statement", "fda_patterns"))


@dataclass(frozen=True)
class Lexicon:
    """The pack's shared disclaimer patterns and settings, compiled once (equal parameters, equal lexicons)."""

    meanings: tuple[tuple[str, tuple[Pattern, ...]], ...]
    hedges: tuple[Pattern, ...]
    labels: tuple[Pattern, ...]
    label_window: int
    meta_keys: tuple[str, ...]
    site_values: frozenset[str]

    @classmethod
    def from_check(cls, check: Check) -> Lexicon:
        return cls(
            meanings=tuple((name, tuple(check.tokens(key))) for name, key in MEANINGS),
            hedges=tuple(check.tokens("hedge_patterns")),
            labels=tuple(check.tokens("label_patterns")),
            label_window=check.param("label_window", int),
            meta_keys=tuple(check.str_list("metadata_keys")),
            site_values=frozenset(v.lower() for v in check.str_list("site_values")),
        )

    def found_in(self, value: str) -> bool:
        """Whether a metadata value carries a disclaimer (read with the same patterns as prose)."""
        words = Tokens.of(value).words
        return any(_find(p, words) for _, patterns in self.meanings for p in patterns)


def _find(pattern: Pattern, words: list[str]) -> list[tuple[int, int]]:
    """A pattern's matches in a short token list (a metadata value), left to right."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i] in pattern.firsts:
            m = pattern.match_at(words, i, len(words))
            if m is not None:
                out.append((m.start, m.end))
                i = m.end
                continue
        i += 1
    return out


@dataclass(frozen=True)
class DisclaimerScan:
    """What an article says that bears on disclaimers, in prose offsets."""

    elements: list[tuple[str, int, int]]  # (meaning, start, end)
    hedges: list[tuple[int, int]]
    labelled: list[tuple[int, int]]  # blocks that announce themselves as a disclaimer
    front_matter: str | None  # the metadata key holding a disclaimer's text
    site_wide: bool  # the metadata says the site carries one

    @property
    def present(self) -> bool:
        return self.site_wide or bool(self.elements) or self.front_matter is not None


def _scan(lexicon: Lexicon, ctx: Context) -> DisclaimerScan:
    """The scan of this document, shared by the disclaimer rules (one per lexicon)."""

    def build() -> DisclaimerScan:
        doc, text = ctx.doc, ctx.text
        front, site = None, False
        for key in lexicon.meta_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str):
                if value.strip().lower() in lexicon.site_values:
                    site = True
                elif lexicon.found_in(value):
                    front = key
            elif value is True:
                site = True
        elements = [(name, *_span(text, m.start, m.end)) for name, patterns in lexicon.meanings for p in patterns for m in ctx.matches(p)]
        hedges = sorted(_span(text, m.start, m.end) for p in lexicon.hedges for m in ctx.matches(p))
        label_starts = sorted(text.tokens.starts[m.start] for p in lexicon.labels for m in ctx.matches(p))
        labelled = [(b.start, b.end) for b in doc.blocks if _labels(text, label_starts, b.start, b.end, lexicon.label_window)]
        return DisclaimerScan(sorted(elements, key=lambda e: e[1]), hedges, labelled, front, site)

    return ctx.analysis(DisclaimerScan, lexicon, build)


def _span(text: Text, first: int, last: int) -> tuple[int, int]:
    return text.prose_span(first, last)


def _labels(text: Text, label_starts: list[int], start: int, end: int, window: int) -> bool:
    """Whether a label match starts within the block's first `window` tokens."""
    first, last = text.tokens.range(start, end)
    if last <= first:
        return False
    limit = text.tokens.starts[min(first + window, last) - 1]
    return any(start <= s <= limit for s in label_starts)


def _opening(doc: Document) -> tuple[int, int]:
    """The article's first sentence (its title, usually): where a missing disclaimer is reported."""
    if doc.sentences:
        return doc.sentences[0]
    return (0, min(len(doc.prose), 1))


class DisclaimerCheck(Check):
    """Base of the HL3xx rule types: the shared lexicon and scan."""

    defaults_pack = "disclaimer"

    def __init__(self, spec, language) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec, language)
        self.lexicon = Lexicon.from_check(self)

    def scan(self, ctx: Context) -> DisclaimerScan:
        return _scan(self.lexicon, ctx)


class MissingDisclaimer(DisclaimerCheck):
    """HL301: the article carries no disclaimer; hedges found are listed, not counted."""

    type_name = "disclaimer-missing"

    def __init__(self, spec, language) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec, language)
        self.template = self.param("template", str).strip()
        self.shown = self.param("hedges_shown", int)
        self.related_max = self.param("hedges_related", int)
        self.format(self.spec.message, detail="")
        self.format(self.spec.suggestion, template="")

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = self.scan(ctx)
        if scan.present:
            return
        hedges = scan.hedges
        related = [Related(doc.span_from_prose(s, e), "a hedge, not a disclaimer") for s, e in hedges[: self.related_max]]
        if hedges:
            quoted = "; ".join(f"'{doc.prose[s:e]}'" for s, e in hedges[: self.shown])
            detail = (
                f" It has {len(hedges)} hedge(s) ({quoted}{'; ...' if len(hedges) > self.shown else ''}), which tell the"
                " reader to see a professional but not that the article is information, not medical advice."
            )
        else:
            detail = ""
        start, end = scan.labelled[0] if scan.labelled else _opening(doc)
        message = self.format(self.spec.message, detail=detail)
        yield self.finding(doc, start, end, message, self.format(self.spec.suggestion, template=self.template), related)


class DisclaimerPlacement(DisclaimerCheck):
    """HL302: a disclaimer exists but sits mid-article, where readers miss it."""

    type_name = "disclaimer-placement"

    def __init__(self, spec, language) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec, language)
        self.head = self.param("head_fraction", float)
        self.tail = self.param("tail_fraction", float)
        self.min_blocks = self.param("min_blocks", int)
        self.format(self.spec.message, percent=1)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = self.scan(ctx)
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


class HouseDisclaimer(DisclaimerCheck):
    """HL303: the publisher's own disclaimer, configured as text or a regular expression, must appear."""

    type_name = "house-disclaimer"

    def __init__(self, spec, language) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec, language)
        self.format(self.spec.suggestion, template="")

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        settings = ctx.settings.get("disclaimer") or {}
        text, pattern = settings.get("house-text"), settings.get("house-pattern")
        if not text and not pattern:
            return
        if self.scan(ctx).site_wide:
            return
        prose = " ".join(doc.prose.split())
        if text and " ".join(str(text).split()).lower() in prose.lower():
            return
        # The user's own regular expression, from the config: it runs with a time budget.
        if pattern and config_pattern(str(pattern), self.spec.code, "disclaimer.house-pattern").search(prose):
            return
        start, end = _opening(doc)
        yield self.finding(doc, start, end, self.spec.message, self.format(self.spec.suggestion, template=text or pattern))


class SupplementClaims(DisclaimerCheck):
    """HL304: structure/function claims about a supplement without the FDA statement."""

    type_name = "supplement-claims"

    def __init__(self, spec, language) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec, language)
        self.claims = self.tokens("claim_patterns")
        self.context = self.tokens("supplement_patterns")
        self.min_context = self.param("min_supplement_mentions", int)
        self.format(self.spec.message, match="x", count=1)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        scan = self.scan(ctx)
        if any(name == "FDA statement" for name, _, _ in scan.elements):
            return
        if sum(len(ctx.matches(p)) for p in self.context) < self.min_context:
            return
        text = ctx.text
        claims = sorted({_span(text, m.start, m.end) for p in self.claims for m in ctx.matches(p)})
        claims = [(s, e) for s, e in claims if not doc.in_references(s)]
        if not claims:
            return
        (start, end), rest = claims[0], claims[1:]
        message = self.format(self.spec.message, match=doc.prose[start:end], count=len(claims))
        yield self.finding(doc, start, end, message, related=[Related(doc.span_from_prose(s, e)) for s, e in rest])
