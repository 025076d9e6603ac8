"""`occurrence`: a phrase family used more often per 1,000 words than prose needs."""

from __future__ import annotations

from collections.abc import Iterator

from healthlint.checks.base import Check, Context
from healthlint.checks.guards import Guards
from healthlint.language.lexicon import compile_lexicon
from healthlint.model.document import Document
from healthlint.model.findings import Finding


class OccurrenceCheck(Check):
    """One finding per document when the rate of a phrase family passes a threshold."""

    type_name = "occurrence"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        phrases = self.str_list("phrases")
        self.scans = [self.matcher(compile_lexicon(phrases))] if phrases else []
        self.scans += self.matchers("patterns")
        if not self.scans:
            raise spec.error("an occurrence rule needs `phrases` or `patterns`")
        self.max_rate = self.param("max_per_1000_words", float)
        self.min_count = self.param("min_count", int, 3)
        self.guards = Guards(self)
        self.format(spec.message, match="x", count=1, rate=1.0, limit=1.0)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        spans = sorted(m.span() for matcher in self.scans for m in ctx.finditer(matcher, doc) if not self.guards.blocked(doc, *m.span()))
        words = max(doc.word_count, 1)
        rate = 1000 * len(spans) / words
        if len(spans) < self.min_count or rate <= self.max_rate:
            return
        yield self.first_of(doc, spans, {"match": doc.prose[slice(*spans[0])], "count": len(spans), "rate": rate, "limit": self.max_rate})
