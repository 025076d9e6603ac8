"""The article's target search phrase: declared in metadata or config, or inferred from the text.

Inference follows what an SEO keyphrase is: a 2-6 word phrase, not starting
or ending with a stopword, that takes up more of the text than any other,
with a bonus for appearing in the title. Single topic words never qualify.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from healthlint.document import Document

_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
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


Token = tuple[int, int, str]
_GAP = regex.compile(r"[\s\p{Pd}]+")


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


def word_tokens(text: str) -> list[Token]:
    """(start, end, normalised word) for every word of a text."""
    return [(m.start(), m.end(), normalise(m.group())) for m in _TOKEN.finditer(text)]


def phrase_spans(text: str, words: list[Token], phrase: str) -> list[tuple[int, int]]:
    """Where the phrase occurs in text, ignoring case and light inflection, words joined by spaces or dashes."""
    target = [normalise(w) for w in _TOKEN.findall(phrase)]
    n = len(target)
    out: list[tuple[int, int]] = []
    last_end = -1
    # Only positions holding the phrase's first word are worth checking.
    for i in [i for i, w in enumerate(words) if w[2] == target[0]] if target else []:
        if i <= last_end or i + n > len(words):
            continue
        if all(words[i + k][2] == target[k] and _GAP.fullmatch(text, words[i + k - 1][1], words[i + k][0]) for k in range(1, n)):
            out.append((words[i][0], words[i + n - 1][1]))
            last_end = i + n - 1
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


def infer(doc: Document, stopwords: frozenset[str], min_count: int) -> Keyphrase | None:
    """The 2-6 word phrase covering the most of the text, the title weighing in as a hint.

    Counted a priori: an n-gram is counted only where its first n-1 words are already frequent.
    """
    sentences = [[m.group().lower() for m in _TOKEN.finditer(doc.prose, s, e)] for s, e in doc.sentences if not doc.in_references(s)]
    # The title and description count too: a phrase stuffed into metadata is a target phrase.
    metadata = [v for k in ("title", "description") if isinstance(v := doc.metadata.get(k), str)]
    sentences += [[m.group().lower() for m in _TOKEN.finditer(v)] for v in metadata]
    frequent: dict[tuple[str, ...], int] = {}
    previous: set[tuple[str, ...]] | None = None
    for n in range(2, 7):
        counts: Counter[tuple[str, ...]] = Counter(
            tuple(words[i : i + n])
            for words in sentences
            for i in range(len(words) - n + 1)
            if previous is None or tuple(words[i : i + n - 1]) in previous
        )
        previous = {g for g, c in counts.items() if c >= min_count}
        if not previous:
            break
        frequent.update((g, counts[g]) for g in previous)
    title_words = " ".join(m.group().lower() for m in _TOKEN.finditer(title_of(doc)))
    best: tuple[float, tuple[str, ...]] | None = None
    for gram, count in frequent.items():
        if gram[0] in stopwords or gram[-1] in stopwords or gram[0].isdigit() or gram[-1].isdigit():
            continue
        phrase = " ".join(gram)
        weight = count * len(gram) * (1.5 if f" {phrase} " in f" {title_words} " else 1.0)
        if best is None or weight > best[0] or (weight == best[0] and len(gram) > len(best[1])):
            best = (weight, gram)
    if best is None:
        return None
    phrase = " ".join(best[1])
    return Keyphrase(phrase, False, "inferred", f" {phrase} " in f" {title_words} ")
