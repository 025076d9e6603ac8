"""The article's target search phrase: declared in metadata or config, or inferred from the text.

Inference follows what an SEO keyphrase is: a 2-6 word phrase, not starting
or ending with a stopword, that takes up more of the text than any other,
with a bonus for appearing in the title. Single topic words never qualify.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, count, pairwise, repeat
from operator import not_

import regex

from healthlint.language.matching import Runs, fold
from healthlint.model.document import Document

# A word: runs of word characters other than "_", joined by an apostrophe or a hyphen ("don't", "vitamin-D").
_TOKEN = regex.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_JOINERS = frozenset("'’-")
_BREAK = ("",)  # between sentences in a word list: no n-gram spans it
DECLARED_KEYS = (
    "focus_keyphrase", "focus-keyphrase", "focus_keyword", "focus-keyword", "keyphrase", "keyword", "keywords",
    "seo_keyword", "seo-keyword", "target_keyword", "target-keyword", "yoast_keyword",
)  # fmt: skip


@dataclass(frozen=True)
class Keyphrase:
    text: str
    declared: bool
    source: str
    in_title: bool

    @property
    def words(self) -> int:
        return len(self.text.split())


def _first(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, str):
        first = value.split(",")[0].strip()
        return first or None
    return None


_GAP = regex.compile(r"[\s\p{Pd}]+")
_SPLIT = regex.compile(f"({_TOKEN.pattern})")


def tokens(text: str) -> list[regex.Match[str]]:
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Lower case without a possessive or plural ending, so "Extracts" matches "extract"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-2] if w.endswith(("ches", "shes", "xes", "zes")) else w[:-1]
    return w


@dataclass(frozen=True)
class Words:
    """Every word of a text: where it starts and ends, lower-cased, and normalised.

    Read from a split into runs of word characters, with running sums of part
    lengths for positions, so the per-word work happens in C rather than in a
    loop over match objects.
    """

    starts: list[int]
    ends: list[int]
    lowers: list[str]
    norms: list[str]

    @classmethod
    def of(cls, text: str, runs: Runs | None = None) -> Words:
        """The words of a text, read from its runs of word characters (the pattern index's, when given).

        A word is a chain of runs joined by one apostrophe or hyphen; only the
        chains need a Python loop. A text holding "_" is split on its own, as
        "_" is a word character but no part of a word.
        """
        if "_" in text:
            return cls._split(text)
        runs = runs or Runs.of(text)
        parts, offsets = runs.parts, runs.offsets
        lowers = parts[1::2]
        starts, ends = offsets[0::2][:-1], offsets[1::2]
        joined = list(compress(count(1), map(_JOINERS.__contains__, parts[2:-1:2])))  # run k continues run k-1
        if joined:
            firsts, lasts = [joined[0] - 1], [joined[0]]  # each chain of joined runs, first to last
            for k in joined[1:]:
                if k - 1 == lasts[-1]:
                    lasts[-1] = k
                else:
                    firsts.append(k - 1)
                    lasts.append(k)
            merged: tuple[list[str], list[int], list[int]] = ([], [], [])
            done = 0  # runs before this one are copied
            for first, last in zip(firsts, lasts, strict=True):
                merged[0].extend(lowers[done:first])
                merged[0].append(runs.folded[starts[first] : ends[last]])
                merged[1].extend(starts[done : first + 1])
                merged[2].extend(ends[done:first])
                merged[2].append(ends[last])
                done = last + 1
            lowers, starts, ends = merged[0] + lowers[done:], merged[1] + starts[done:], merged[2] + ends[done:]
        return cls(starts, ends, lowers, list(map(normalise, lowers)))

    @classmethod
    def _split(cls, text: str) -> Words:
        parts = _SPLIT.split(text)  # gap, word, gap, word, ..., gap
        bounds = list(accumulate(map(len, parts)))
        words = parts[1::2]
        lowers = fold(" ".join(words)).lower().split(" ") if words else []
        return cls(bounds[0::2][:-1], bounds[1::2], lowers, list(map(normalise, lowers)))

    def within(self, ranges: list[tuple[int, int]]) -> list[list[str]]:
        """For each (start, end) range, the lower-cased words starting in text[start:end] (all in C)."""
        bounds = list(chain.from_iterable(ranges))
        cuts = list(map(bisect.bisect_left, repeat(self.starts, len(bounds)), bounds))
        return list(map(self.lowers.__getitem__, map(slice, cuts[0::2], cuts[1::2])))


def phrase_spans(text: str, words: Words, phrase: str) -> list[tuple[int, int]]:
    """Where the phrase occurs in text, ignoring case and light inflection, words joined by spaces or dashes."""
    target = [normalise(w) for w in _TOKEN.findall(phrase)]
    n, norms, starts, ends = len(target), words.norms, words.starts, words.ends
    out: list[tuple[int, int]] = []
    i = 0
    while target:
        try:
            i = norms.index(target[0], i)  # only positions holding the phrase's first word are worth checking
        except ValueError:
            break
        if i + n > len(norms):
            break
        if norms[i : i + n] == target and all(_GAP.fullmatch(text, ends[j - 1], starts[j]) for j in range(i + 1, i + n)):
            out.append((starts[i], ends[i + n - 1]))
            i += n
        else:
            i += 1
    return out


def title_of(doc: Document) -> str:
    title = doc.metadata.get("title")
    if isinstance(title, str) and title.strip():
        return title
    first = doc.blocks[0] if doc.blocks else None
    return doc.prose[first.start : first.end] if first is not None and first.kind == "heading" else ""


def declared(doc: Document, configured: str | None) -> Keyphrase | None:
    title = title_of(doc).lower()
    if configured:
        return Keyphrase(configured, True, "config", configured.lower() in title)
    for key in DECLARED_KEYS:
        phrase = _first(doc.metadata.get(key))
        if phrase:
            source = "meta keywords" if doc.format == "html" and key == "keywords" else f"front matter `{key}`"
            return Keyphrase(phrase, True, source, phrase.lower() in title)
    return None


def infer(doc: Document, sentence_words: list[list[str]], stopwords: frozenset[str], min_count: int) -> Keyphrase | None:
    """The 2-6 word phrase covering the most of the text, the title weighing in as a hint.

    `sentence_words` holds each of the document's sentences as lower-case words.
    A priori: an n-gram qualifies only when its first n-1 words are already frequent.
    """
    if doc.references:
        sentence_words = [w for (s, _), w in zip(doc.sentences, sentence_words, strict=True) if not doc.in_references(s)]
    words = list(chain.from_iterable(chain.from_iterable(zip(sentence_words, repeat(_BREAK)))))
    # The title and description count too: a phrase stuffed into metadata is a target phrase.
    for value in (doc.metadata.get("title"), doc.metadata.get("description")):
        if isinstance(value, str):
            words += Words.of(value).lowers
            words.append("")
    frequent: dict[tuple[str, ...], int] = {}
    pairs = list(pairwise(words))
    # A phrase keeps its first word as it grows, and one opening with a stopword never qualifies: skip them.
    at: Iterable[int] = list(compress(range(len(pairs)), map(not_, map(stopwords.__contains__, words))))
    grams: list[tuple[str, ...]] = list(map(pairs.__getitem__, at))
    for n in range(2, 7):
        if n > 2:  # a priori: only where the first n-1 words are already frequent
            grams = [tuple(words[i : i + n]) for i in at]
        counts = Counter(grams)
        # Selected in C, and in text order (a Counter keeps first occurrences first): ties go to the first.
        kept = [g for g in compress(counts, map(min_count.__le__, counts.values())) if "" not in g]
        if not kept:
            break
        frequent.update((g, counts[g]) for g in kept)
        at = list(compress(at, map(set(kept).__contains__, grams)))
    title_words = " " + " ".join(m.group().lower() for m in _TOKEN.finditer(title_of(doc))) + " "
    best: tuple[float, tuple[str, ...]] | None = None
    for gram, uses in frequent.items():
        if gram[-1] in stopwords or gram[0].isdigit() or gram[-1].isdigit():  # none opens with a stopword
            continue
        weight = uses * len(gram) * (1.5 if f" {' '.join(gram)} " in title_words else 1.0)
        if best is None or weight > best[0] or (weight == best[0] and len(gram) > len(best[1])):
            best = (weight, gram)
    if best is None:
        return None
    phrase = " ".join(best[1])
    return Keyphrase(phrase, False, "inferred", f" {phrase} " in title_words)


QUERY_MIN_USES = 3  # a search-shaped phrase used fewer times is not what an article repeats


def repeated_query(sentences: list[list[str]], links: frozenset[str], stopwords: frozenset[str]) -> str | None:
    """The most used 3-6 word phrase with a link word inside ("turmeric for joint pain"), if used enough.

    Ties go to the longer phrase, then the first. A phrase used QUERY_MIN_USES times has a link
    word inside it with the same neighbours each time, so only link words whose (before, link,
    after) occurs as often can be inside the answer: the rest are skipped before counting.
    """
    linked = [words for words in sentences if not links.isdisjoint(words)]
    around = Counter((w[j - 1], w[j], w[j + 1]) for w in linked for j in range(1, len(w) - 1) if w[j] in links)
    repeated = {t for t, n in around.items() if n >= QUERY_MIN_USES}
    counts: Counter[str] = Counter()
    for words in linked if repeated else ():
        inner = [j for j in range(1, len(words) - 1) if (words[j - 1], words[j], words[j + 1]) in repeated]
        # The n-grams around those link words, in (length, start) order.
        grams = sorted({(n, i) for j in inner for n in range(3, 7) for i in range(max(0, j - n + 2), min(j, len(words) - n + 1))})
        for n, i in grams:
            if words[i] not in stopwords and words[i + n - 1] not in stopwords:
                counts[" ".join(words[i : i + n])] += 1
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    return best[0] if best and best[1] >= QUERY_MIN_USES else None
