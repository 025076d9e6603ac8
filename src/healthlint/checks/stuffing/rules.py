"""Keyword stuffing (HL201-HL206): one rule type per signal of the shared `Stuffing` analysis.

Signals: density (Yoast's formula), spread over headings and paragraphs,
verbatim repetition of a search-shaped phrase, spliced queries that break
the grammar, stuffed metadata, and a compression ratio (supporting only).
Density and spread count only for a keyphrase forced on the text (declared,
or shaped and placed as a search query), never for the article's own
subject (see `analysis.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from healthlint.checks.base import Check, Context
from healthlint.checks.stuffing.analysis import Stuffing, Thresholds, compression, keyphrase_analysis
from healthlint.language.keyphrase import KeyphraseSettings
from healthlint.language.loader import Language
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related
from healthlint.packs import RuleSpec

_PHRASE_FIELDS = {"phrase": "x", "how": "x", "count": 1, "words": 1, "density": 1.0}


class StuffingCheck(Check):
    """Base of the HL2xx rule types: reads (and on first use builds) the document's stuffing analysis."""

    defaults_pack = "stuffing"
    fields: ClassVar[dict[str, object]] = _PHRASE_FIELDS  # what the type's message and suggestion may use

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.keyphrase_settings = KeyphraseSettings.from_params(self.spec.params, language, self.spec.error)
        self.thresholds = Thresholds.from_check(self)
        self.format(self.spec.message, **self.fields)
        self.format(self.spec.suggestion, **self.fields)

    def analysis(self, ctx: Context) -> Stuffing:
        kp = keyphrase_analysis(ctx, self.keyphrase_settings)
        t = self.thresholds

        def build() -> Stuffing:
            text = ctx.text
            questions = []
            for p in t.spliced_questions:
                for m in ctx.matches(p):
                    first, last = m.captures.get("query", (m.start, m.end))
                    start, end = text.prose_span(first, last)
                    if not ctx.doc.in_references(start):
                        questions.append((start, end))
            return Stuffing(text, kp, t, sorted(questions))

        return ctx.analysis(Stuffing, (t, self.keyphrase_settings, kp.configured), build)

    def phrase_fields(self, a: Stuffing) -> dict[str, object]:
        kp = a.keyphrase
        return {
            "phrase": kp.text if kp else "",
            "how": f"declared in {kp.source}" if kp and kp.declared else "inferred from the text",
            "count": len(a.occurrences),
            "words": a.words,
            "density": a.kp.density,
        }


class DensityCheck(StuffingCheck):
    type_name = "keyphrase-density"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        if a.dense:
            yield self.first_of(doc, a.occurrences, self.phrase_fields(a))


class SpreadCheck(StuffingCheck):
    type_name = "keyphrase-spread"
    fields: ClassVar[dict[str, object]] = {**_PHRASE_FIELDS, "where": "x", "hits": 1, "total": 1}

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        if a.spread is not None and a.occurrences:
            where, hits, total = a.spread
            yield self.first_of(doc, a.occurrences, {**self.phrase_fields(a), "where": where, "hits": hits, "total": total})


class RepeatedNgramCheck(StuffingCheck):
    type_name = "repeated-ngram"
    fields: ClassVar[dict[str, object]] = {"phrase": "x", "count": 1, "rate": 1.0}

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        if a.repeated_ngram is not None:
            phrase, spans = a.repeated_ngram
            yield self.first_of(doc, spans, {"phrase": phrase, "count": len(spans), "rate": 1000 * len(spans) / a.words})


class SplicedQueryCheck(StuffingCheck):
    type_name = "spliced-query"
    fields: ClassVar[dict[str, object]] = {"match": "x", "how": "x", "count": 1}

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        if not a.spliced:
            return
        (start, end, how), rest = a.spliced[0], a.spliced[1:]
        fields = {"match": doc.prose[start:end], "how": how, "count": len(a.spliced)}
        related = [Related(doc.span_from_prose(s, e), h) for s, e, h in rest]
        yield self.finding(doc, start, end, self.format(self.spec.message, **fields), related=related)


class MetadataCheck(StuffingCheck):
    type_name = "metadata-stuffing"
    fields: ClassVar[dict[str, object]] = {**_PHRASE_FIELDS, "field": "x", "times": 1}

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        for key, times, (start, end) in a.metadata_repeats:
            fields = {**self.phrase_fields(a), "field": key, "times": times}
            yield self.finding(doc, start, end, self.format(self.spec.message, **fields), prose=False)


class CompressionCheck(StuffingCheck):
    type_name = "compression-ratio"
    fields: ClassVar[dict[str, object]] = {"ratio": 1.0}

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(ctx)
        ratio = compression(ctx).ratio
        if ratio < self.thresholds.compression_ratio or not a.any_signal or not a.occurrences:
            return
        start, end = a.occurrences[0]
        yield self.finding(doc, start, end, self.format(self.spec.message, ratio=ratio))
