"""Keyword stuffing: one shared analysis of the keyphrase, and a rule per signal.

Signals: density (Yoast's formula), spread over headings and paragraphs,
verbatim repetition of a search-shaped n-gram, spliced queries that break
the grammar, stuffed metadata, and a compression ratio (supporting only).
An article naming its own condition (a plain noun phrase in its title, such
as "Addison disease") needs a query-shaped signal before density counts.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cached_property

import regex

from healthlint.checks.base import Check, Context
from healthlint.checks.stuffing.keyphrase import Keyphrase, Words, declared, infer, phrase_spans, repeated_query, title_of, tokens
from healthlint.language.matching import Matcher, Runs
from healthlint.model.document import Block, Document
from healthlint.model.findings import Finding, Related

_CLAUSE_OPENING = regex.compile(r"(?:[,;:]|\b(?:while|whereas|and|but|so))\s*$", regex.I)
_AFTER_PUNCTUATION = regex.compile(r"[,;:(\"“‘—–-]\s*$")
_PUNCTUATION_NEXT = regex.compile(r"\s*[,.;:!?)]")


_NUMBERS: dict[str, type] = {"int": int, "float": float}


@dataclass(frozen=True)
class Thresholds:
    stopwords: frozenset[str]
    max_density: float
    min_occurrences: int
    min_words: int
    heading_fraction: float
    min_subheadings: int
    paragraph_fraction: float
    min_paragraphs: int
    min_paragraph_words: int
    ngram_min_count: int
    ngram_min_rate: float
    subject_min: int
    compression_ratio: float
    metadata_max_repeats: int
    query_links: frozenset[str]
    left_context: frozenset[str]
    right_context: frozenset[str]
    subject_verbs: regex.Pattern[str]
    spliced_questions: list[Matcher]

    @classmethod
    def from_check(cls, check: Check) -> Thresholds:
        """Numbers and word lists by field name (as the pack spells them), patterns compiled."""
        numbers = {f.name: check.param(f.name, _NUMBERS[f.type]) for f in fields(cls) if f.type in _NUMBERS}
        words = {f.name: frozenset(w.lower() for w in check.str_list(f.name)) for f in fields(cls) if f.type == "frozenset[str]"}
        verbs = "|".join(map(regex.escape, check.str_list("subject_verbs")))
        return cls(
            **numbers,
            **words,
            subject_verbs=regex.compile(r"\s+(?:" + verbs + r")\b", regex.I),
            spliced_questions=check.matchers("spliced_question_patterns"),
        )


class StuffingAnalysis:
    """Everything the HL2xx rules need about one document, each part computed on first use."""

    def __init__(self, doc: Document, runs: Runs, t: Thresholds, configured: str | None, questions: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.runs = runs  # the prose's split into runs of word characters, made once for the pattern index
        self.t = t
        self.configured = configured
        self.questions = questions  # search questions matched in the prose (the `query` group)

    @cached_property
    def keyphrase(self) -> Keyphrase | None:
        return declared(self.doc, self.configured) or infer(self.doc, self.sentence_words, self.t.stopwords, 3)

    @cached_property
    def words_of_prose(self) -> Words:
        return Words.of(self.doc.prose, self.runs)

    @cached_property
    def sentence_words(self) -> list[list[str]]:
        return self.words_of_prose.within(self.doc.sentences)

    def spans_of(self, phrase: str) -> list[tuple[int, int]]:
        return [span for span in phrase_spans(self.doc.prose, self.words_of_prose, phrase) if not self.doc.in_references(span[0])]

    @cached_property
    def occurrences(self) -> list[tuple[int, int]]:
        return self.spans_of(self.keyphrase.text) if self.keyphrase is not None else []

    @cached_property
    def words(self) -> int:
        return max(self.doc.word_count, 1)

    @cached_property
    def density(self) -> float:
        if self.keyphrase is None:
            return 0.0
        return 100.0 * len(self.occurrences) * self.keyphrase.words / self.words

    def is_query_shaped(self, phrase: str) -> bool:
        inner = phrase.lower().split()[1:-1]
        return any(w in self.t.query_links for w in inner)

    @cached_property
    def is_topic_name(self) -> bool:
        """An inferred plain noun phrase whose head word is in the title: the article's own subject."""
        kp = self.keyphrase
        if kp is None or kp.declared or self.is_query_shaped(kp.text):
            return False
        title = {m.group().lower() for m in tokens(title_of(self.doc))}
        return kp.text.lower().split()[-1] in title

    # -- signals ---------------------------------------------------------------------------

    @cached_property
    def spread(self) -> tuple[str, int, int] | None:
        """('headings' | 'paragraphs', with the phrase, of all) when the phrase is nearly everywhere."""
        if self.keyphrase is None or self.is_topic_name:
            return None
        blocks = self.doc.blocks
        starts = [s for s, _ in self.occurrences]  # in text order

        def has_phrase(b: Block) -> bool:
            i = bisect.bisect_left(starts, b.start)
            return i < len(starts) and starts[i] < b.end

        subheadings = [b for b in blocks if b.kind == "heading"][1:]
        with_phrase = sum(1 for b in subheadings if has_phrase(b))
        if len(subheadings) >= self.t.min_subheadings and with_phrase > self.t.heading_fraction * len(subheadings):
            return ("headings", with_phrase, len(subheadings))
        least = max(self.t.min_paragraph_words, 1)  # split no further than that: only "at least" matters
        paragraphs = [b for b in blocks if b.kind == "paragraph" and len(self.doc.prose[b.start : b.end].split(None, least - 1)) >= least]
        in_paras = sum(1 for b in paragraphs if has_phrase(b))
        if len(paragraphs) >= self.t.min_paragraphs and in_paras >= self.t.paragraph_fraction * len(paragraphs):
            return ("paragraphs", in_paras, len(paragraphs))
        return None

    @cached_property
    def query_phrase(self) -> str | None:
        """The search-shaped phrase ("X for Y") the article repeats: the keyphrase, or its most used such n-gram."""
        kp = self.keyphrase
        if kp is not None and kp.words >= 3 and self.is_query_shaped(kp.text):
            return kp.text
        return repeated_query(self.sentence_words, self.t.query_links, self.t.stopwords)

    @cached_property
    def query_occurrences(self) -> list[tuple[int, int]]:
        return self.spans_of(self.query_phrase) if self.query_phrase is not None else []

    @cached_property
    def repeated_ngram(self) -> tuple[str, list[tuple[int, int]]] | None:
        phrase = self.query_phrase
        if phrase is None or (self.keyphrase is not None and phrase.lower() == self.keyphrase.text.lower()):
            return None
        spans = self.query_occurrences
        if len(spans) >= self.t.ngram_min_count and 1000 * len(spans) / self.words >= self.t.ngram_min_rate:
            return phrase, spans
        return None

    @cached_property
    def spliced(self) -> list[tuple[int, int, str]]:
        """Places where a search query is forced into a sentence: (start, end, how)."""
        doc = self.doc
        found = [(start, end, "a search question spliced into the sentence") for start, end in self.questions]
        subject_uses = []
        is_keyphrase = self.keyphrase is not None and self.query_phrase == self.keyphrase.text
        for start, end in self.query_occurrences:
            block = doc.block_at(start)
            if block is None or block.kind == "heading":
                continue
            s_start, _ = doc.sentence_at(start)
            before = doc.prose[s_start:start]
            prev = tokens(before)
            if is_keyphrase and prev and doc.prose[start].islower() and self._misfits(before, prev[-1].group(), end):
                found.append((start, end, f"the search phrase follows '{prev[-1].group()}' where it does not fit"))
                continue
            starts_clause = not before.strip() or _CLAUSE_OPENING.search(before)
            if starts_clause and self.t.subject_verbs.match(doc.prose, end):
                subject_uses.append((start, end))
        if len(subject_uses) >= self.t.subject_min:
            found += [(s, e, "the search phrase is used as the subject of the sentence") for s, e in subject_uses]
        return sorted(found)

    def _misfits(self, before: str, previous: str, end: int) -> bool:
        """Whether a noun phrase ending at `end` cannot follow `previous` in the sentence."""
        word = previous.lower()
        if _AFTER_PUNCTUATION.search(before) or word in self.t.left_context:
            return False
        if word.endswith(("ing", "ed", "'s", "’s", "s'")):
            return False
        after = self.doc.prose[end : end + 30]
        following = tokens(after)
        ends_clause = not after.strip() or _PUNCTUATION_NEXT.match(after) is not None
        return ends_clause or (bool(following) and following[0].group().lower() in self.t.right_context)

    @cached_property
    def metadata_repeats(self) -> list[tuple[str, int, tuple[int, int]]]:
        """(field, times, span) for metadata fields that repeat the keyphrase."""
        if self.keyphrase is None:
            return []
        out = []
        for key in ("title", "description"):
            value = self.doc.metadata.get(key)
            if isinstance(value, str) and key in self.doc.metadata_spans:
                times = len(phrase_spans(value, Words.of(value), self.keyphrase.text))
                if times >= self.t.metadata_max_repeats:
                    out.append((key, times, self.doc.metadata_spans[key]))
        return out

    @cached_property
    def compression(self) -> float:
        raw = self.doc.prose.encode("utf-8")
        return len(raw) / max(len(zlib.compress(raw, 9)), 1) if raw else 0.0

    @cached_property
    def query_evidence(self) -> bool:
        return bool(self.spliced or self.metadata_repeats or self.repeated_ngram)

    @cached_property
    def dense(self) -> bool:
        kp = self.keyphrase
        if kp is None or kp.words < 2 or self.words < self.t.min_words:
            return False
        if len(self.occurrences) < self.t.min_occurrences or self.density <= self.t.max_density:
            return False
        return not self.is_topic_name or self.query_evidence

    @cached_property
    def any_signal(self) -> bool:
        return bool(self.dense or self.spread or self.query_evidence)

    def metrics(self) -> dict[str, object]:
        kp = self.keyphrase
        out: dict[str, object] = {"compression_ratio": round(self.compression, 2)}
        if kp is not None:
            out["keyphrase"] = {
                "text": kp.text,
                "declared": kp.declared,
                "source": kp.source,
                "occurrences": len(self.occurrences),
                "density": round(self.density, 2),
            }
        return out


class StuffingCheck(Check):
    """Base of the HL2xx rules: builds (once per document) and reads the shared analysis."""

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.thresholds = Thresholds.from_check(self)

    def analysis(self, doc: Document, ctx: Context) -> StuffingAnalysis:
        def build() -> StuffingAnalysis:
            questions = [m.span("query") for matcher in self.thresholds.spliced_questions for m in ctx.finditer(matcher, doc)]
            # The analysis does not keep the context, which keeps the analysis: no cycle for the collector.
            a = StuffingAnalysis(doc, ctx.runs(doc), self.thresholds, ctx.settings.get("keyphrase"), questions)
            ctx.metrics.update(a.metrics())
            return a

        return ctx.memo("stuffing", build)

    def phrase_fields(self, a: StuffingAnalysis) -> dict[str, object]:
        kp = a.keyphrase
        return {
            "phrase": kp.text if kp else "",
            "how": f"declared in {kp.source}" if kp and kp.declared else "inferred from the text",
            "count": len(a.occurrences),
            "words": a.words,
            "density": a.density,
        }


class DensityCheck(StuffingCheck):
    type_name = "keyphrase-density"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        if a.dense:
            yield self.first_of(doc, a.occurrences, self.phrase_fields(a))


class SpreadCheck(StuffingCheck):
    type_name = "keyphrase-spread"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        if a.spread is not None and a.occurrences:
            where, hits, total = a.spread
            yield self.first_of(doc, a.occurrences, {**self.phrase_fields(a), "where": where, "hits": hits, "total": total})


class RepeatedNgramCheck(StuffingCheck):
    type_name = "repeated-ngram"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        if a.repeated_ngram is not None:
            phrase, spans = a.repeated_ngram
            yield self.first_of(doc, spans, {"phrase": phrase, "count": len(spans), "rate": 1000 * len(spans) / a.words})


class SplicedQueryCheck(StuffingCheck):
    type_name = "spliced-query"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        if not a.spliced:
            return
        (start, end, how), rest = a.spliced[0], a.spliced[1:]
        fields = {"match": doc.prose[start:end], "how": how, "count": len(a.spliced)}
        related = [Related(doc.span_from_prose(s, e), h) for s, e, h in rest]
        yield self.finding(doc, start, end, self.format(self.spec.message, **fields), related=related)


class MetadataCheck(StuffingCheck):
    type_name = "metadata-stuffing"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        for key, times, (start, end) in a.metadata_repeats:
            fields = {**self.phrase_fields(a), "field": key, "times": times}
            yield self.finding(doc, start, end, self.format(self.spec.message, **fields), prose=False)


class CompressionCheck(StuffingCheck):
    type_name = "compression-ratio"

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = self.analysis(doc, ctx)
        if a.compression < self.thresholds.compression_ratio or not a.any_signal or not a.occurrences:
            return
        start, end = a.occurrences[0]
        yield self.finding(doc, start, end, self.format(self.spec.message, ratio=a.compression))
