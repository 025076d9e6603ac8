"""`phrase`: a phrase (from a lexicon or a pattern) exists where context does not excuse it."""

from __future__ import annotations

from collections.abc import Iterator

from healthlint.checks.base import Check, Context
from healthlint.checks.guards import Guards
from healthlint.language.lexicon import compile_lexicon
from healthlint.model.document import Document
from healthlint.model.findings import Finding


class PhraseCheck(Check):
    """Vale's `existence`: every unguarded occurrence of a listed phrase is a finding."""

    type_name = "phrase"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        phrases = self.str_list("phrases")
        self.scans = [self.matcher(compile_lexicon(phrases, plural=self.param("plural", bool, True)))] if phrases else []
        self.scans += self.matchers("patterns")
        if not self.scans:
            raise spec.error("a phrase rule needs `phrases` or `patterns`")
        self.guards = Guards(self)
        self.format(spec.message, match="x")

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        seen: list[tuple[int, int]] = []
        for matcher in self.scans:
            for m in ctx.finditer(matcher, doc):
                start, end = m.span()
                if any(s < end and start < e for s, e in seen) or self.guards.blocked(doc, start, end):
                    continue
                seen.append((start, end))
                text = m.group()
                yield self.finding(
                    doc,
                    start,
                    end,
                    self.format(self.spec.message, match=text),
                    self.format(self.spec.suggestion, match=text),
                )
