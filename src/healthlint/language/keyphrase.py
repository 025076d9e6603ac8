"""An article's keyphrase: the search phrase it declares, or the phrase that covers most of its text.

A declared keyphrase comes from the run's config or a front-matter key
(`focus_keyphrase`, `keyword`, meta keywords...: the keys are a pack
parameter). Otherwise it is inferred as SEO tools see a keyphrase: the 2-6
word phrase, neither opening nor closing with a stopword, whose uses cover
the most words of the text, a phrase in the title weighing more. Counting
works on the text's tokens (`Tokens`), sentence by sentence: a phrase never
spans a sentence end or a punctuation mark. Occurrences ignore case, plurals
and possessives ("Extracts" meets "extract"), and a hyphen joins words as a
space does ("CBD-oil" meets "CBD oil").

Stuffing rules, the document metrics and the topic read one `KeyphraseAnalysis`
per document and settings (`Context.analysis`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress
from typing import Any

from healthlint.language.loader import Language
from healthlint.language.text import Text
from healthlint.language.tokens import Tokens
from healthlint.model.document import Document

BREAK = ""  # between sentences and at punctuation: no phrase spans it


@dataclass(frozen=True)
class KeyphraseSettings:
    """How a keyphrase is declared and inferred (the stuffing pack's shared parameters)."""

    keys: tuple[str, ...]  # front-matter keys that declare it, first found wins
    stopwords: frozenset[str]  # words a keyphrase neither opens nor closes with
    shortest: int  # words in an inferred keyphrase, at least
    longest: int  # and at most
    min_uses: int  # an inferred keyphrase is used at least this often
    title_weight: float  # how much more a phrase in the title weighs
    fields: tuple[str, ...]  # metadata fields whose words count too (a phrase stuffed there is a target)
    title_words: int  # a first paragraph this short is a title line

    @classmethod
    def from_params(cls, params: dict[str, Any], language: Language, fail: Any = None) -> KeyphraseSettings:
        """The settings from a rule's parameters; `fail(message)` makes the error for a bad one."""

        def get(key: str, kind: type) -> Any:
            value = params.get(key)
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            ok = isinstance(value, kind) and not isinstance(value, bool)
            if kind is list:
                ok = ok and all(isinstance(v, str) for v in value)
            if not ok:
                problem = f"parameter `{key}` is missing or not {'a list of strings' if kind is list else kind.__name__}"
                raise (fail(problem) if fail else ValueError(problem))
            return value

        stop_class = get("stopword_class", str)
        try:
            stopwords = language.terms(stop_class.lstrip("@"))
        except KeyError as exc:
            raise (fail(str(exc.args[0])) if fail else exc) from None
        return cls(
            keys=tuple(get("keyphrase_keys", list)),
            stopwords=stopwords,
            shortest=get("keyphrase_min_words", int),
            longest=get("keyphrase_max_words", int),
            min_uses=get("keyphrase_min_uses", int),
            title_weight=get("keyphrase_title_weight", float),
            fields=tuple(get("keyphrase_fields", list)),
            title_words=get("title_max_words", int),
        )


@dataclass(frozen=True)
class Keyphrase:
    text: str
    declared: bool
    source: str  # "config", "front matter `keyword`", "meta keywords" or "inferred"
    in_title: bool

    @property
    def words(self) -> int:
        return len(phrase_words(self.text))


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """A word without a possessive or plural ending, so "Extracts" matches "extract"."""
    w = word.removesuffix("'s")
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-2] if w.endswith(("ches", "shes", "xes", "zes")) else w[:-1]
    return w


def _parts(word: str) -> list[str]:
    """A token as the words a keyphrase counts: a hyphenated word is its parts ("cbd-oil": cbd, oil)."""
    if "-" in word and word[0].isalpha():
        return [p for p in word.split("-") if p]
    return [word]


def phrase_words(phrase: str) -> list[str]:
    """A phrase's words as keyphrase matching sees them (lower case, hyphens as spaces)."""
    return [p for w in Tokens.of(phrase).words if w[0].isalnum() for p in _parts(w)]


@dataclass(frozen=True)
class Words:
    """A text's words for phrase counting: lower case, with prose offsets; `BREAK` at sentence ends and marks."""

    lowers: list[str]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, tokens: Tokens, ranges: list[tuple[int, int]] | None = None, base: int = 0) -> Words:
        """The words of token ranges (default: all), each range closed by a break."""
        lowers: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for first, last in ranges if ranges is not None else [(0, len(tokens))]:
            for i in range(first, last):
                w = tokens.words[i]
                s = tokens.starts[i]
                if not w[0].isalnum():
                    if lowers and lowers[-1] != BREAK:
                        lowers.append(BREAK)
                        starts.append(s + base)
                        ends.append(s + base)
                    continue
                if "-" in w and w[0].isalpha():
                    at = s
                    for part in w.split("-"):
                        if part:
                            lowers.append(part)
                            starts.append(at + base)
                            ends.append(at + len(part) + base)
                        at += len(part) + 1
                    continue
                lowers.append(w)
                starts.append(s + base)
                ends.append(tokens.ends[i] + base)
            if lowers and lowers[-1] != BREAK:
                lowers.append(BREAK)
                starts.append(ends[-1])
                ends.append(ends[-1])
        return cls(lowers, starts, ends)

    @cached_property
    def norms(self) -> list[str]:
        return [normalise(w) if w else w for w in self.lowers]

    def find(self, phrase: str) -> list[tuple[int, int]]:
        """(start, end) offsets of the phrase's uses, left to right, not overlapping."""
        target = [normalise(w) for w in phrase_words(phrase)]
        return self.find_words(target)

    def find_words(self, target: list[str]) -> list[tuple[int, int]]:
        n, norms = len(target), self.norms
        out: list[tuple[int, int]] = []
        if not target:
            return out
        i = 0
        while True:
            try:
                i = norms.index(target[0], i)  # only positions holding the phrase's first word are worth checking
            except ValueError:
                break
            if norms[i : i + n] == target:
                out.append((self.starts[i], self.ends[i + n - 1]))
                i += n
            else:
                i += 1
        return out


def title_of(doc: Document, longest: int) -> str:
    """The article's title: front matter or <title>, else a first heading, else a first block of at most
    `longest` words (a plain-text title line the reader took for a paragraph: "Am I at risk? ...")."""
    title = doc.metadata.get("title")
    if isinstance(title, str) and title.strip():
        return title
    first = doc.blocks[0] if doc.blocks else None
    if first is None:
        return ""
    text = doc.prose[first.start : first.end]
    return text if first.kind == "heading" or len(text.split(None, longest)) <= longest else ""


def _first_value(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, str):
        first = value.split(",")[0].strip()
        return first or None
    return None


def declared(doc: Document, configured: str | None, settings: KeyphraseSettings) -> Keyphrase | None:
    """The keyphrase the run's config or the article's metadata declares."""
    keys = settings.keys
    title = " ".join(phrase_words(title_of(doc, settings.title_words)))
    if configured:
        return Keyphrase(configured, True, "config", _within(phrase_words(configured), title))
    for key in keys:
        phrase = _first_value(doc.metadata.get(key))
        if phrase:
            source = "meta keywords" if doc.format == "html" and key == "keywords" else f"front matter `{key}`"
            return Keyphrase(phrase, True, source, _within(phrase_words(phrase), title))
    return None


def _within(words: list[str], title: str) -> bool:
    return f" {' '.join(words)} " in f" {title} "


def infer(words: list[str], title: list[str], settings: KeyphraseSettings) -> Keyphrase | None:
    """The phrase covering the most of the text (uses times words, the title weighing in).

    `words` holds the text's lower-cased words with `BREAK` between sentences. A priori: an
    n-gram can be used `min_uses` times only where its first n-1 words are, so each length
    counts only the starts the shorter one kept. Ties go to the longer phrase, then the first.
    """
    stop, least = settings.stopwords, settings.min_uses
    n_words = len(words)
    # A phrase keeps its first word as it grows, and one opening with a stopword never qualifies.
    at = [i for i in range(n_words - 1) if words[i] and words[i] not in stop and words[i + 1]]
    frequent: dict[tuple[str, ...], int] = {}
    for n in range(settings.shortest, settings.longest + 1):
        grams = [tuple(words[i : i + n]) for i in at]
        counts = Counter(grams)
        # In text order (a Counter keeps first occurrences first): ties go to the first.
        kept = [g for g in compress(counts, map(least.__le__, counts.values())) if BREAK not in g and len(g) == n]
        if not kept:
            break
        frequent.update((g, counts[g]) for g in kept)
        keep = set(kept)
        at = [i for i, g in zip(at, grams, strict=True) if g in keep and i + n < n_words and words[i + n]]
    padded = f" {' '.join(title)} "
    best: tuple[float, tuple[str, ...]] | None = None
    for gram, uses in frequent.items():
        if gram[-1] in stop or gram[0].isdigit() or gram[-1].isdigit():
            continue
        weight = uses * len(gram) * (settings.title_weight if f" {' '.join(gram)} " in padded else 1.0)
        if best is None or weight > best[0] or (weight == best[0] and len(gram) > len(best[1])):
            best = (weight, gram)
    if best is None:
        return None
    phrase = " ".join(best[1])
    return Keyphrase(phrase, False, "inferred", f" {phrase} " in padded)


class KeyphraseAnalysis:
    """One document's keyphrase, its uses and density; shared by the stuffing rules and the engine's metrics."""

    def __init__(self, text: Text, settings: KeyphraseSettings, configured: str | None) -> None:
        self.doc = text.doc
        self.settings = settings
        self.configured = configured
        self._tokens = text.tokens
        self._sentences = text.sentences

    @cached_property
    def words(self) -> Words:
        """The article's words outside reference lists, sentence by sentence."""
        doc = self.doc
        ranges = [(f, last) for f, last in self._sentences if not doc.in_references(self._tokens.starts[f])]
        return Words.of(self._tokens, ranges)

    @cached_property
    def title_words(self) -> list[str]:
        return phrase_words(title_of(self.doc, self.settings.title_words))

    @cached_property
    def keyphrase(self) -> Keyphrase | None:
        found = declared(self.doc, self.configured, self.settings)
        if found is not None:
            return found
        words = list(self.words.lowers)
        for key in self.settings.fields:
            value = self.doc.metadata.get(key)
            if isinstance(value, str):
                words += [*phrase_words(value), BREAK]
        return infer(words, self.title_words, self.settings)

    @cached_property
    def occurrences(self) -> list[tuple[int, int]]:
        """Prose (start, end) of each use of the keyphrase, in text order."""
        return self.words.find(self.keyphrase.text) if self.keyphrase is not None else []

    @cached_property
    def word_count(self) -> int:
        return max(self.doc.word_count, 1)

    @cached_property
    def density(self) -> float:
        """Yoast's keyphrase density: uses times the phrase's words, per 100 words of text."""
        if self.keyphrase is None:
            return 0.0
        return 100.0 * len(self.occurrences) * self.keyphrase.words / self.word_count

    def metrics(self) -> dict[str, object]:
        kp = self.keyphrase
        if kp is None:
            return {}
        return {
            "keyphrase": {
                "text": kp.text,
                "declared": kp.declared,
                "source": kp.source,
                "occurrences": len(self.occurrences),
                "density": round(self.density, 2),
            }
        }
