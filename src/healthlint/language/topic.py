"""What an article is about: the product or treatment it promotes, read from its title and keyphrase.

Hype counts only when asserted about that subject, and contradictions only
between claims about one subject, so both need to know it. The title's first
segment names it ("Ginseng for energy: ..." -> ginseng); segments after a
"for", "vs" or colon name the condition or the benefit. An article whose
subject is a condition ("Rosacea: causes and treatment") promotes nothing
by name; pronouns then stand for whatever it discusses.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from healthlint.language.loader import Language
from healthlint.language.tokens import Tokens
from healthlint.model.document import Document


@dataclass(frozen=True)
class Topic:
    """The words that name the article's own subject, and whether that subject is a product or treatment."""

    words: frozenset[str]
    promoted: bool
    title: str

    def names(self, words: list[str], first: int, last: int) -> bool:
        """Whether tokens first..last-1 name the topic (any of its content words)."""
        return any(w in self.words for w in words[first:last])


def title_text(doc: Document) -> str:
    """The article's title: front matter or <title>, else its first heading, else its first line."""
    for key in ("title", "name", "headline"):
        value = doc.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for block in doc.blocks:
        if block.kind == "heading":
            return doc.prose[block.start : block.end]
    first = doc.blocks[0] if doc.blocks else None
    return doc.prose[first.start : first.end][:120] if first else ""


def read_topic(doc: Document, language: Language, keyphrase: str | None = None, words: list[str] | None = None) -> Topic:
    """The topic from the title (and a declared keyphrase): content words of its first segment. A title that
    is really a sentence (a text file's first line) names the topic less well than the article's most
    repeated content word, which then stands in for it."""
    title = title_text(doc)
    filler = language.terms("title-filler")
    splitters = language.terms("title-splitter")
    conditions = [c for c in ("condition", "harm", "organ", "condition-head") if language.vocabulary.get(c) is not None]
    title_words = Tokens.of(title).words
    sources = [title, keyphrase or ""]
    if len([w for w in title_words if w[0].isalnum()]) > _SENTENCE_TITLE and words:
        sources.append(_most_repeated(language, words) or "")
    found: set[str] = set()
    promoted = bool(set(title_words) & language.terms("promotion-cue")) or _has_phrase(language, "promotion-cue", title_words)
    names_condition = False
    for n, source in enumerate(sources):
        segments: list[list[str]] = [[]]
        joined_by_word: list[bool] = [False]  # whether each segment follows a word ("for", "vs") or a mark
        for w in Tokens.of(source).words:
            if w in splitters or not w[0].isalnum():
                segments.append([])
                joined_by_word.append(w in splitters)
            else:
                segments[-1].append(w)
        contents = [[w for w in seg if w not in filler and not w.isdigit()] for seg in segments]
        first = next((i for i, c in enumerate(contents) if c), None)
        if first is None:
            continue
        content = contents[first]
        found |= set(content)
        condition_at = [i for i, c in enumerate(contents) if c and _is_condition(language, conditions, c)]
        names_condition = names_condition or bool(condition_at)
        if n == 0 and condition_at and first not in condition_at:
            # "Turmeric for arthritis" promotes turmeric; "Intraocular (Uveal) Melanoma" is about a condition.
            promoted = promoted or any(joined_by_word[i] for i in condition_at)
        elif first not in condition_at:
            promoted = True
    if promoted and words is not None and _defined_as_condition(language, found, words):
        promoted = False  # "Epidermolysis bullosa is a group of genetic skin diseases ..."
    forms = {f for w in found for f in language.vocabulary.morphology.forms(w, "noun")} | {_stem(w) for w in found}
    return Topic(frozenset(found | forms), promoted, title)


_SENTENCE_TITLE = 10  # a "title" with more content words than this is a sentence


def _is_condition(language: Language, conditions: list[str], content: list[str]) -> bool:
    # an organ names the page's subject only as the whole segment ("Kidneys"): "Buteyko breathing" is a method
    is_condition = any(_covers(language, c, content) or (c != "organ" and _covers(language, c, content[-1:])) for c in conditions)
    return is_condition or _names_condition(language, content) or _names_condition(language, content[:1])


def _defined_as_condition(language: Language, topic: set[str], words: list[str]) -> bool:
    """Whether the article's opening defines its topic as a condition: "<topic> is a rare disorder ..."."""
    heads = language.word_class("condition-head")
    copulas = language.terms("copula")
    ends = language.terms("subordinator") | language.terms("clause-break") | {"that"}
    opening = words[:_OPENING_WORDS]
    for i, w in enumerate(opening):
        if w not in topic:
            continue
        # the copula may follow the rest of the name or an abbreviation: "... bullosa (EB) is", "... to pain is"
        j = next((k for k in range(i + 1, min(len(opening), i + 7)) if opening[k] in copulas), None)
        if j is not None:
            # the predicate noun phrase only: "is a proven fact that ... pain" defines nothing
            window = list(itertools.takewhile(lambda w: w[0].isalnum() and w not in ends, opening[j + 1 : j + 11]))
            if any(heads.longest(window, k) for k in range(len(window))):
                return True
    return False


_OPENING_WORDS = 120  # where a page defines its subject


def _most_repeated(language: Language, words: list[str]) -> str | None:
    """The content word the article repeats most (three times at least), other than conditions and people."""
    skip = language.terms("stopword") | language.terms("title-filler") | language.terms("person-noun")
    counts = Counter(w for w in words if len(w) > 3 and w[0].isalpha() and w not in skip)
    for word, n in counts.most_common(5):
        if n < 3:
            return None
        if not any(language.word_class(c).longest([word], 0) for c in ("condition", "harm", "organ", "population")):
            return word
    return None


def _has_phrase(language: Language, class_name: str, words: list[str]) -> bool:
    cls = language.word_class(class_name)
    return any(cls.longest(words, i) for i in range(len(words)))


def _covers(language: Language, class_name: str, words: list[str]) -> bool:
    """Whether a class's terms cover every one of the words (the segment names a condition, say)."""
    cls = language.word_class(class_name)
    i = 0
    while i < len(words):
        found = cls.longest(words, i)
        if found is None:
            return False
        i = found[0]
    return True


def _names_condition(language: Language, words: list[str]) -> bool:
    """Whether the words end in a condition's name by its form ("...itis", "... syndrome", "high cholesterol"):
    the head, so "hay fever spray" is a spray (a Latin name may lead: "pityriasis rubra pilaris")."""
    patterns = language.patterns("condition-name")
    return any((m := p.match_at(words, i, len(words))) is not None and m.end == len(words) for i in range(len(words)) for p in patterns)


def _stem(word: str) -> str:
    """A topic word's base, so "rinsing" and "rinses" name a "rinse"."""
    for suffix in ("ing", "es", "s", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
