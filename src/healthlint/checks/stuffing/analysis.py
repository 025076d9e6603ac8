"""Keyword stuffing: what one article does with its keyphrase, read once per document and thresholds.

A keyphrase is stuffing only when it is a search phrase forced on the text,
not the article's own subject. It is forced when the article declares it
(front matter, meta keywords, config); when it has the shape of a search
query ("turmeric for arthritis", "best probiotic", "does creatine cause hair
loss", "ibuprofen vs paracetamol", "physiotherapist near me", "ashwagandha
gummies reviews": the pack's `query_shapes`) and the title carries it, as SEO
titles do; or, in an article with no title to name its subject, when it
stands where SEO puts a keyphrase (the first sentence, a heading that asks
no question). Anything else is the subject: a plain noun phrase the article
repeats ("blood pressure", "atrial fibrillation", "Ewing sarcoma" in every
heading of a cancer page), a proper name (a hospital's, used capitalised
mid-sentence), a phrase asked about in questions (an FAQ's headings). Density
and spread never fire on the subject; spliced queries and stuffed metadata
are forcing in themselves.

Every word list, pattern and threshold comes from the pack
(`rules/stuffing.yaml`) and the vocabularies; `Context.analysis` caches one
`Stuffing` per document and set of thresholds, so rules with different
thresholds never share a result, and one `KeyphraseAnalysis` per document
and keyphrase settings, which the engine's metrics read too.
"""

from __future__ import annotations

import bisect
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from healthlint.checks.base import Check, Context
from healthlint.language.keyphrase import BREAK, Keyphrase, KeyphraseAnalysis, KeyphraseSettings, Words
from healthlint.language.loader import Language
from healthlint.language.patterns import Pattern
from healthlint.language.text import Text
from healthlint.language.tokens import Tokens
from healthlint.model.document import Block
from healthlint.packs import RuleSpec


@dataclass(frozen=True)
class Thresholds:
    """A stuffing rule's parameters, typed; equal parameters make equal (and equally hashed) thresholds."""

    max_density: float
    subject_max_density: float
    min_occurrences: int
    min_words: int
    heading_fraction: float
    min_subheadings: int
    paragraph_fraction: float
    min_paragraphs: int
    min_paragraph_words: int
    ngram_min_count: int
    ngram_min_rate: float
    query_min_words: int
    query_max_words: int
    query_min_uses: int
    subject_min: int
    name_share: float
    faq_share: float
    compression_ratio: float
    metadata_max_repeats: tuple[tuple[str, int], ...]  # (field, the fewest repeats of the keyphrase that stuff it)
    query_links: frozenset[str]
    title_filler: frozenset[str]
    query_shapes: tuple[Pattern, ...]
    query_uses: tuple[Pattern, ...]
    query_leads: tuple[Pattern, ...]
    spliced_questions: tuple[Pattern, ...]
    fits_after: tuple[Pattern, ...]
    clause_after: tuple[Pattern, ...]
    clause_openers: tuple[Pattern, ...]
    subject_verbs: tuple[Pattern, ...]

    @classmethod
    def from_check(cls, check: Check) -> Thresholds:
        language = check.language
        numbers = {name: check.param(name, kind) for name, kind in _NUMBERS.items()}
        try:
            links = language.terms(check.param("query_link_class", str).lstrip("@"))
            filler = language.terms(check.param("title_filler_class", str).lstrip("@"))
        except KeyError as exc:
            raise check.spec.error(str(exc.args[0])) from None
        return cls(
            **numbers,
            metadata_max_repeats=_counts(check, "metadata_max_repeats"),
            query_links=links,
            title_filler=filler,
            query_shapes=tuple(check.tokens("query_shapes", index=False)),
            query_uses=tuple(check.tokens("query_uses", index=False)),
            query_leads=tuple(check.tokens("query_leads", index=False)),
            spliced_questions=tuple(check.tokens("spliced_questions")),
            fits_after=tuple(check.tokens("fits_after", index=False)),
            clause_after=tuple(check.tokens("clause_after", index=False)),
            clause_openers=tuple(check.tokens("clause_openers", index=False)),
            subject_verbs=tuple(check.tokens("subject_verbs", index=False)),
        )


_NUMBERS: dict[str, type] = {
    "max_density": float,
    "subject_max_density": float,
    "min_occurrences": int,
    "min_words": int,
    "heading_fraction": float,
    "min_subheadings": int,
    "paragraph_fraction": float,
    "min_paragraphs": int,
    "min_paragraph_words": int,
    "ngram_min_count": int,
    "ngram_min_rate": float,
    "query_min_words": int,
    "query_max_words": int,
    "query_min_uses": int,
    "subject_min": int,
    "name_share": float,
    "faq_share": float,
    "compression_ratio": float,
}


def _counts(check: Check, key: str) -> tuple[tuple[str, int], ...]:
    """A parameter mapping names to whole numbers, checked, as pairs (thresholds are hashed)."""
    value = check.param(key, dict)
    if not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in value.items()):
        raise check.spec.error(f"parameter `{key}` must map field names to whole numbers")
    return tuple(value.items())


def _at(tests: tuple[Pattern, ...], words: list[str], i: int) -> bool:
    """Whether token i passes any of a list of one-token tests."""
    return 0 <= i < len(words) and any(p.match_at(words, i, i + 1) is not None for p in tests)


def _full(tests: tuple[Pattern, ...], words: list[str]) -> bool:
    """Whether any pattern matches the whole of a short token list."""
    for p in tests:
        m = p.match_at(words, 0, len(words))
        if m is not None and m.end == len(words):
            return True
    return False


class Stuffing:
    """Every stuffing signal of one document under one set of thresholds, each computed on first use."""

    def __init__(self, text: Text, kp: KeyphraseAnalysis, t: Thresholds, questions: list[tuple[int, int]]) -> None:
        self.doc = text.doc
        self.tokens = text.tokens
        self.text = text
        self.kp = kp
        self.t = t
        self.questions = questions  # search questions spliced into sentences (prose spans)

    @property
    def keyphrase(self) -> Keyphrase | None:
        return self.kp.keyphrase

    @property
    def occurrences(self) -> list[tuple[int, int]]:
        return self.kp.occurrences

    @property
    def words(self) -> int:
        return self.kp.word_count

    # -- what kind of phrase ---------------------------------------------------------------

    def query_shaped(self, phrase: str) -> bool:
        """Whether a phrase has the shape of a search query (the pack's `query_shapes`, matched whole)."""
        return _full(self.t.query_shapes, Tokens.of(phrase).words)

    def named(self, spans: list[tuple[int, int]]) -> bool:
        """Whether the phrase is a proper name: capitalised, in the prose, where capitals are not the rule."""
        stop = self.kp.settings.stopwords
        considered = capitalised = 0
        for start, end in spans:
            block = self.doc.block_at(start)
            if block is None or block.kind == "heading" or self.doc.sentence_at(start)[0] == start:
                continue
            considered += 1
            piece = self.doc.prose[start:end]
            toks = Tokens.of(piece)
            content = [piece[s:e] for w, s, e in zip(toks.words, toks.starts, toks.ends, strict=True) if w[0].isalpha() and w not in stop]
            if content and all(w[0].isupper() for w in content):
                capitalised += 1
        return considered > 0 and capitalised >= self.t.name_share * considered

    def searched(self, spans: list[tuple[int, int]]) -> bool:
        """Whether the phrase is typed as a shopper's search somewhere ("hearing earbuds near me", "... price",
        "where to buy ..."): the pack's `query_uses` right after one of its uses, or `query_leads` right before."""
        tokens = self.tokens
        words = tokens.words
        for start, end in spans:
            i = bisect.bisect_left(tokens.starts, end)
            stop = bisect.bisect_left(tokens.starts, self.doc.sentence_at(start)[1])  # in its own sentence or heading
            if any(p.match_at(words, i, min(stop, i + 4)) is not None for p in self.t.query_uses):
                return True
            k = bisect.bisect_left(tokens.starts, start)
            for j in range(max(0, k - 3), k):
                if any((m := p.match_at(words, j, k)) is not None and m.end == k for p in self.t.query_leads):
                    return True
        return False

    def asked(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a phrase is mostly used in questions (an FAQ's headings, a Q&A page): the subject asked about."""
        questions = sum(1 for start, _ in spans if self._question(start))
        return bool(spans) and questions >= self.t.faq_share * len(spans)

    def _question(self, offset: int) -> bool:
        s, e = self.doc.sentence_at(offset)
        return self.doc.prose[s:e].rstrip("\"'”’) ").endswith("?")

    def in_statement_heading(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a phrase is in a heading that asks no question (an FAQ's questions name their subject)."""
        doc = self.doc
        for start, _ in spans:
            block = doc.block_at(start)
            if block is not None and block.kind == "heading" and not self._question(start):
                return True
        return False

    @cached_property
    def titled(self) -> bool:
        """Whether the article has a title that names a subject (not only "Guide" or "FAQ")."""
        skip = self.kp.settings.stopwords | self.t.title_filler
        return any(w not in skip for w in self.kp.title_words)

    def lead(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a phrase is in the article's first sentence."""
        first = next((s for s in self.doc.sentences if not self._in_heading(s[0])), None)
        return first is not None and any(first[0] <= s < first[1] for s, _ in spans)

    def _in_heading(self, offset: int) -> bool:
        block = self.doc.block_at(offset)
        return block is not None and block.kind == "heading"

    @cached_property
    def forced(self) -> bool:
        """Whether the keyphrase is a search phrase forced on the text rather than the article's subject.

        Declared: forced. A name, or a phrase used mostly in questions (an FAQ's), is the subject.
        In an article whose title names a subject, a phrase is forced only when it has the shape
        of a search query and the title carries it, as SEO titles do ("Best Probiotic for IBS");
        any other phrase there is the subject or part of it. In an article without a title, a
        phrase standing where SEO puts a keyphrase (the first sentence, a heading that asks no
        question) is forced, as nothing says it is the subject.
        """
        kp = self.keyphrase
        if kp is None or kp.words < 2:
            return False
        if kp.declared:
            return True
        occurrences = self.occurrences
        if self.searched(occurrences):
            return True  # "kids vitamin gummies near me": the article itself types it as a search
        if self.named(occurrences) or self.asked(occurrences):
            return False
        if self.titled:
            return kp.in_title and self.query_shaped(kp.text)
        return self.lead(occurrences) or self.in_statement_heading(occurrences)

    # -- signals ---------------------------------------------------------------------------

    @cached_property
    def declared_subject(self) -> bool:
        """A declared keyphrase that is also what the title is about, a plain noun phrase ("vitamin D" for a story
        titled "Vitamin D pills unlikely to prevent falls"): an article repeats its subject in nearly every
        paragraph and more often than SEO tools like, so only the severe density counts."""
        kp = self.keyphrase
        return kp is not None and kp.declared and self.titled and kp.in_title and not self.query_shaped(kp.text)

    @cached_property
    def dense(self) -> bool:
        if not self.forced or self.words < self.t.min_words or len(self.occurrences) < self.t.min_occurrences:
            return False
        return self.kp.density > (self.t.subject_max_density if self.declared_subject else self.t.max_density)

    @cached_property
    def spread(self) -> tuple[str, int, int] | None:
        """('headings' | 'paragraphs', with the phrase, of all) when a forced phrase is nearly everywhere; a declared
        subject is expected in nearly every paragraph, though not in nearly every heading."""
        if not self.forced:
            return None
        doc = self.doc
        starts = [s for s, _ in self.occurrences]  # in text order

        def has_phrase(b: Block) -> bool:
            i = bisect.bisect_left(starts, b.start)
            return i < len(starts) and starts[i] < b.end

        subheadings = [b for b in doc.blocks if b.kind == "heading"][1:]
        with_phrase = sum(1 for b in subheadings if has_phrase(b))
        if len(subheadings) >= self.t.min_subheadings and with_phrase > self.t.heading_fraction * len(subheadings):
            return ("headings", with_phrase, len(subheadings))
        least = max(self.t.min_paragraph_words, 1)
        paragraphs = [b for b in doc.blocks if b.kind == "paragraph" and len(doc.prose[b.start : b.end].split(None, least - 1)) >= least]
        in_paras = sum(1 for b in paragraphs if has_phrase(b))
        if (
            not self.declared_subject
            and len(paragraphs) >= self.t.min_paragraphs
            and in_paras >= self.t.paragraph_fraction * len(paragraphs)
        ):
            return ("paragraphs", in_paras, len(paragraphs))
        return None

    @cached_property
    def query_phrase(self) -> str | None:
        """The search-shaped phrase the article repeats: a query-shaped keyphrase, else its most used "X for Y" phrase."""
        kp = self.keyphrase
        if kp is not None and kp.words >= self.t.query_min_words and self.query_shaped(kp.text):
            subject = not kp.declared and (self.named(self.occurrences) or self.asked(self.occurrences))
            return None if subject else kp.text  # a query-shaped name or FAQ subject is no query
        sentences = _sentences(self.kp.words.lowers)
        phrase = repeated_query(sentences, self.t, self.kp.settings.stopwords)
        if phrase is None:
            return None
        spans = self.kp.words.find(phrase)
        return None if self.named(spans) or self.asked(spans) else phrase

    @cached_property
    def query_occurrences(self) -> list[tuple[int, int]]:
        if self.query_phrase is None:
            return []
        if self.keyphrase is not None and self.query_phrase == self.keyphrase.text:
            return self.occurrences
        return self.kp.words.find(self.query_phrase)

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
        doc, tokens, text = self.doc, self.tokens, self.text
        words = tokens.words
        found = [(start, end, "a search question spliced into the sentence") for start, end in self.questions]
        subject_uses = []
        # Only a forced keyphrase is looked for where the grammar breaks: "at very high risk for CHD" is the
        # subject of a heart page in an adjective's place, not a query.
        is_keyphrase = self.forced and self.keyphrase is not None and self.query_phrase == self.keyphrase.text
        for start, end in self.query_occurrences:
            block = doc.block_at(start)
            if block is None or block.kind == "heading":
                continue
            first = tokens.at(start)
            after = tokens.at(end)
            s_first, s_last = text.sentence_of(first)
            prev = first - 1 if first > s_first else None
            if is_keyphrase and prev is not None and doc.prose[start].islower() and self._misfits(prev, after, s_last):
                found.append((start, end, f"the search phrase follows '{tokens.original(prev, prev + 1)}' where it does not fit"))
                continue
            if (prev is None or _at(self.t.clause_openers, words, prev)) and after < s_last and _at(self.t.subject_verbs, words, after):
                subject_uses.append((start, end))
        if len(subject_uses) >= self.t.subject_min:
            found += [(s, e, "the search phrase is used as the subject of the sentence") for s, e in subject_uses]
        return sorted(found)

    def _misfits(self, prev: int, after: int, sentence_end: int) -> bool:
        """Whether a noun phrase between token `prev` and token `after` cannot follow `prev` in its sentence."""
        words = self.tokens.words
        if not words[prev][0].isalnum() or _at(self.t.fits_after, words, prev):
            return False
        return after >= sentence_end or _at(self.t.clause_after, words, after)

    @cached_property
    def metadata_repeats(self) -> list[tuple[str, int, tuple[int, int]]]:
        """(field, times, span) for metadata fields that repeat the keyphrase."""
        if self.keyphrase is None:
            return []
        out = []
        for key, most in self.t.metadata_max_repeats:
            value = self.doc.metadata.get(key)
            if isinstance(value, str) and key in self.doc.metadata_spans:
                times = len(Words.of(Tokens.of(value)).find(self.keyphrase.text))
                if times >= most:
                    out.append((key, times, self.doc.metadata_spans[key]))
        return out

    @cached_property
    def query_evidence(self) -> bool:
        return bool(self.spliced or self.metadata_repeats or self.repeated_ngram)

    @cached_property
    def any_signal(self) -> bool:
        return bool(self.dense or self.spread or self.query_evidence)


def _sentences(words: list[str]) -> list[list[str]]:
    """Word lists split at breaks."""
    out: list[list[str]] = [[]]
    for w in words:
        if w == BREAK:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(w)
    return [s for s in out if s]


def repeated_query(sentences: list[list[str]], t: Thresholds, stopwords: frozenset[str]) -> str | None:
    """The most used phrase of `query_min_words`..`query_max_words` words with a link word inside, if used enough.

    Ties go to the longer phrase, then the first. A phrase used `query_min_uses` times has a link
    word inside it with the same neighbours each time, so only link words whose (before, link,
    after) occurs as often can be inside the answer: the rest are skipped before counting.
    """
    links, least, shortest, longest = t.query_links, t.query_min_uses, t.query_min_words, t.query_max_words
    linked = [words for words in sentences if not links.isdisjoint(words)]
    around = Counter((w[j - 1], w[j], w[j + 1]) for w in linked for j in range(1, len(w) - 1) if w[j] in links)
    repeated = {k for k, n in around.items() if n >= least}
    counts: Counter[str] = Counter()
    for words in linked if repeated else ():
        inner = [j for j in range(1, len(words) - 1) if (words[j - 1], words[j], words[j + 1]) in repeated]
        grams = sorted(
            {(n, i) for j in inner for n in range(shortest, longest + 1) for i in range(max(0, j - n + 2), min(j, len(words) - n + 1))}
        )
        for n, i in grams:
            if words[i] not in stopwords and words[i + n - 1] not in stopwords:
                counts[" ".join(words[i : i + n])] += 1
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    return best[0] if best and best[1] >= least else None


class Compression:
    """How well the prose compresses (zlib, level 9): heavy repetition compresses far better than prose."""

    def __init__(self, prose: str) -> None:
        raw = prose.encode("utf-8")
        self.ratio = len(raw) / max(len(zlib.compress(raw, 9)), 1) if raw else 0.0


def compression(ctx: Context) -> Compression:
    return ctx.analysis(Compression, None, lambda: Compression(ctx.doc.prose))


def keyphrase_analysis(ctx: Context, settings: KeyphraseSettings) -> KeyphraseAnalysis:
    """The document's keyphrase analysis for these settings, shared by every reader."""
    configured = ctx.settings.get("keyphrase")
    return ctx.analysis(KeyphraseAnalysis, (settings, configured), lambda: KeyphraseAnalysis(ctx.text, settings, configured))


def keyphrase_settings(specs: list[RuleSpec], language: Language) -> KeyphraseSettings | None:
    """The keyphrase settings of the first pack rule that has them (the built-in stuffing pack's, selected or not)."""
    for spec in specs:
        if "keyphrase_keys" in spec.params:
            return KeyphraseSettings.from_params(spec.params, language, spec.error)
    return None


def document_metrics(ctx: Context, settings: KeyphraseSettings | None) -> dict[str, Any]:
    """The keyphrase and compression metrics every report carries, whatever rules ran."""
    out: dict[str, Any] = {"compression_ratio": round(compression(ctx).ratio, 2)}
    if settings is not None:
        out.update(keyphrase_analysis(ctx, settings).metrics())
    return out
