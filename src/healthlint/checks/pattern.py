"""`pattern` and `occurrence`: token patterns found where the article asserts them (Vale's existence and occurrence).

A `pattern` rule makes a finding at each match the sentence does not take
away: the rule lists which readings excuse it (`excuses`: negated, hedged,
question, condition, purpose, attributed, cited, critique, reported,
other-subject, reference, heading, qualified, variation), and `exceptions`
are patterns whose match, overlapping, cancels it. An `occurrence` rule
makes one finding per document when such matches are more frequent than a
rate per 1,000 words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from healthlint.checks.base import Check, Context
from healthlint.language.assertion import MAKER, Reading
from healthlint.language.loader import Language
from healthlint.language.patterns import Match, Pattern
from healthlint.language.text import Text
from healthlint.language.vocabulary import WordClass
from healthlint.limits import MAX_READS_PER_SENTENCE
from healthlint.model.document import Document
from healthlint.model.findings import Finding
from healthlint.packs import RuleSpec

# What keeps a match from being an assertion unless a rule says otherwise.
DEFAULT_EXCUSES = [
    "negated", "hedged", "question", "condition", "qualified", "purpose", "attributed", "cited", "critique", "reported", "other-subject",
    "reference",
]  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """A match the article asserts: its token range, prose range and named captures as text."""

    first: int
    last: int
    start: int
    end: int
    fields: dict[str, str]


class PatternCheck(Check):
    """Each asserted match of any of the rule's patterns is a finding."""

    type_name = "pattern"
    reads_metadata = True

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.patterns = self.tokens("patterns")
        if not self.patterns:
            raise spec.error("a pattern rule needs `patterns` (token patterns)")
        self.exceptions = self.tokens("exceptions", index=False)
        self.allowed = self.excuses(DEFAULT_EXCUSES)
        # Classes whose members, as the article's own topic, make the rule's words literal: "X is an
        # antihistamine" is a drug metaphor for nettle tea, a fact for cetirizine.
        self.literal_topics = [self._word_class(name) for name in self.str_list("literal_topics")]
        # Subjects that still make the claim the product's: "your hangover lifts within minutes" is a speed claim.
        self.effect_subjects = frozenset(self.str_list("effect_subjects"))
        # Subjects doing the body's own work, never the product's: "your liver helps remove poisons".
        self.body_subjects = frozenset(self.str_list("body_subjects"))
        self.captures = {name: "" for p in self.patterns for name in _captures(p)}  # a pattern without one shows it empty
        self.format(spec.message, match="x", **self.captures)

    def _word_class(self, name: str) -> WordClass:
        found = self.language.vocabulary.get(name)
        if found is None:
            raise self.spec.error(f"unknown vocabulary class `@{name}` in `literal_topics`")
        return found

    def hits(self, ctx: Context) -> Iterator[Hit]:
        """Asserted matches, left to right, none overlapping another; matches that touch in one sentence are one
        phrase and one hit ("nothing short of a" + "miracle"), but a heading and the sentence after it are two."""
        text = ctx.text
        pending: tuple[int, int, dict[str, tuple[int, int]]] | None = None
        for first, last, captures in self._asserted(ctx):
            if pending is not None and first == pending[1] and text.sentence_of(first) == text.sentence_of(pending[0]):
                pending = (pending[0], last, {**captures, **pending[2]})
                continue
            if pending is not None:
                yield self._hit(text, *pending)
            pending = (first, last, captures)
        if pending is not None:
            yield self._hit(text, *pending)

    def _hit(self, text: Text, first: int, last: int, captures: dict[str, tuple[int, int]]) -> Hit:
        start, end = text.prose_span(first, last)
        fields = {name: text.quote(s, e) for name, (s, e) in captures.items()}
        return Hit(first, last, start, end, {**self.captures, "match": text.quote(first, last), **fields})

    def _asserted(self, ctx: Context) -> Iterator[tuple[int, int, dict[str, tuple[int, int]]]]:
        """Token ranges of the asserted matches, left to right, none overlapping another: asserted matches that
        overlap are one range ("is like a morphine" and "a morphine pump on your" quote the whole simile)."""
        text = ctx.text
        held: tuple[int, int, dict[str, tuple[int, int]]] | None = None
        for start, end, captures in self._asserted_matches(ctx):
            if held is not None and start < held[1]:
                held = (held[0], max(held[1], end), {**captures, **held[2]})
                continue
            if held is not None:
                yield (*_trimmed(text.words, held[0], held[1]), held[2])
            held = (start, end, captures)
        if held is not None:
            yield (*_trimmed(text.words, held[0], held[1]), held[2])

    def _asserted_matches(self, ctx: Context) -> Iterator[tuple[int, int, dict[str, tuple[int, int]]]]:
        """Every asserted match, by where it starts (the longest first); one inside another is skipped."""
        if self.literal_topics:
            # a headline's subject may stand anywhere in it: "... children's amoxicillin as liquid antibiotic runs short"
            topic = ctx.topic.words | ctx.topic.title_words if ctx.topic.headline else ctx.topic.words
            if any(cls.longest([w], 0) for w in topic for cls in self.literal_topics):
                return
        taken_until = -1
        read_in: dict[int, int] = {}  # matches read per sentence: a word repeated a hundred thousand times is read a few
        matches = sorted(((m, p) for p in self.patterns for m in ctx.matches(p)), key=lambda mp: (mp[0].start, -mp[0].end))
        for m, pattern in matches:
            if m.end <= taken_until:
                continue
            sentence = ctx.text.sentence_of(m.start)[0]
            read_in[sentence] = read_in.get(sentence, 0) + 1
            if read_in[sentence] > MAX_READS_PER_SENTENCE or self._excepted(ctx, m) or self._product_name(ctx, m):
                continue
            reading = ctx.reader.read(m.start, m.end)
            if pattern.require_self and reading.subject != "self" and not self._fragment(ctx, m, reading):
                continue
            if reading.subject_class in self.body_subjects:
                continue
            if not ctx.topic.promoted and reading.subject != "self" and "other-subject" in self.allowed:
                continue  # a page that promotes nothing: only the writer's own ("our clinic", "my formula") sells
            allowed = self.allowed - {"other-subject"} if reading.subject_class in self.effect_subjects else self.allowed
            if reading.excused(allowed):
                continue
            taken_until = m.end
            yield m.start, m.end, m.captures

    def _product_name(self, ctx: Context, m: Match) -> bool:
        """Whether the match only names the product the title names ("our Metabolic Reset", "Detox Foot Pads"): a
        name said again, not a claim; a name that is itself a hype term ("this Miracle Cure") is still one."""
        if not (ctx.topic.promoted and ctx.topic.named) or ctx.topic.sentence_title:
            return False
        content = [w for w in ctx.text.words[m.start : m.end] if w not in self._determiners]
        if len(content) < 2 or not all(w in ctx.topic.words for w in content):
            return False
        return not ctx.text.has("hype-noun", m.start, m.end)

    @cached_property
    def _determiners(self) -> frozenset[str]:
        """Words before a product's name that are no part of it ("our", "the")."""
        return self.language.terms("determiner") | self.language.terms("owner-determiner")

    @staticmethod
    def _fragment(ctx: Context, m: Match, reading: Reading) -> bool:
        """A sentence that starts with the claim ("Regrows worn cartilage."): on a page that promotes a
        product, a fragment of copy whose subject is that product; and a claim with no subject that the maker
        is quoted making ("'Zero risk of getting hooked,' the founder says"): the maker's product."""
        if reading.subject != "none":
            return False
        return MAKER in reading.reasons or (ctx.topic.promoted and ctx.text.sentence_of(m.start)[0] == m.start)

    def _excepted(self, ctx: Context, m: Match) -> bool:
        """An exception pattern matching over the match (tried from a few tokens before it)."""
        if not self.exceptions:
            return False
        words = ctx.text.words
        s, e = ctx.text.sentence_of(m.start)
        for k in range(max(s, m.start - 4), min(e, m.end)):
            for p in self.exceptions:
                found = p.match_at(words, k, e)
                if found is not None and found.start < m.end and m.start < found.end:
                    return True
        return False

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for hit in self.hits(ctx):
            yield self.finding(
                doc,
                hit.start,
                hit.end,
                self.format(self.spec.message, **hit.fields),
                self.format(self.spec.suggestion, **hit.fields),
            )


class OccurrenceCheck(PatternCheck):
    """One finding per document when asserted matches pass a rate per 1,000 words."""

    type_name = "occurrence"
    reads_metadata = False

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.max_rate = self.param("max_per_1000_words", float)
        self.min_count = self.param("min_count", int, 3)
        self.format(spec.message, match="x", count=1, rate=1.0, limit=1.0)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        hits = list(self.hits(ctx))
        rate = 1000 * len(hits) / max(doc.word_count, 1)
        if len(hits) < self.min_count or rate <= self.max_rate:
            return
        spans = [(h.start, h.end) for h in hits]
        yield self.first_of(doc, spans, {"match": hits[0].fields["match"], "count": len(hits), "rate": rate, "limit": self.max_rate})


def _trimmed(words: list[str], first: int, last: int) -> tuple[int, int]:
    """A match without the punctuation its pattern needed at either end (": the strongest remedy")."""
    while last - first > 1 and not words[first][0].isalnum():
        first += 1
    while last - first > 1 and not words[last - 1][0].isalnum():
        last -= 1
    return first, last


def _captures(pattern: Pattern) -> set[str]:
    """Names captured anywhere in a pattern, so messages can be checked when the pack loads."""
    from healthlint.language.patterns import Alt, Capture, Repeat, Seq

    out: set[str] = set()
    stack = [pattern.node]
    while stack:
        node = stack.pop()
        if isinstance(node, Capture):
            out.add(node.name)
            stack.append(node.body)
        elif isinstance(node, Seq):
            stack += node.items
        elif isinstance(node, Alt):
            stack += node.options
        elif isinstance(node, Repeat):
            stack.append(node.body)
    return out
