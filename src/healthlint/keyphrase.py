"""The article's target search phrase: declared in metadata or config, or inferred from the text.

Inference follows what an SEO keyphrase is: a 2-6 word phrase, not starting
or ending with a stopword, that takes up more of the text than any other,
with a bonus for appearing in the title. Single topic words never qualify.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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


def tokens(text: str) -> list[regex.Match[str]]:
    return list(_TOKEN.finditer(text))


def phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """Matches the phrase case-insensitively, with light inflection (plural, possessive) on each word."""
    words = [regex.escape(w) for w in _TOKEN.findall(phrase)]
    inflect = r"(?:e?s|['’]s)?"
    body = r"[\s\-]+".join(w + inflect for w in words)
    return regex.compile(r"(?<![\p{L}\p{N}])" + body + r"(?![\p{L}\p{N}])", regex.I | regex.V1)


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
    """The 2-6 word phrase covering the most of the text, the title weighing in as a hint."""
    counts: Counter[tuple[str, ...]] = Counter()
    for s, e in doc.sentences:
        if doc.in_references(s):
            continue
        words = [m.group().lower() for m in _TOKEN.finditer(doc.prose, s, e)]
        for n in range(2, 7):
            for i in range(len(words) - n + 1):
                gram = tuple(words[i : i + n])
                if gram[0] in stopwords or gram[-1] in stopwords or any(w.isdigit() for w in (gram[0], gram[-1])):
                    continue
                counts[gram] += 1
    title_words = " ".join(m.group().lower() for m in _TOKEN.finditer(title_of(doc)))
    best: tuple[float, tuple[str, ...]] | None = None
    for gram, count in counts.items():
        if count < min_count:
            continue
        phrase = " ".join(gram)
        weight = count * len(gram) * (1.5 if f" {phrase} " in f" {title_words} " else 1.0)
        if best is None or weight > best[0] or (weight == best[0] and len(gram) > len(best[1])):
            best = (weight, gram)
    if best is None:
        return None
    phrase = " ".join(best[1])
    return Keyphrase(phrase, False, "inferred", f" {phrase} " in f" {title_words} ")
