"""Context guards: the reasons a matched phrase is not a claim the article makes.

Each guard is named in a rule's `guards:` list; the cue lexicons it uses come
from the rule's (or its pack's shared) parameters, so the language is data.
"""

from __future__ import annotations

import regex

from healthlint.checks.base import Check
from healthlint.language.lexicon import trie_regex
from healthlint.model.document import Document

GUARDS = ("citation", "attribution", "negation", "quoted-denial", "question", "references", "exceptions")
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"


class Guards:
    def __init__(self, check: Check) -> None:
        names = check.str_list("guards", [])
        for name in names:
            if name not in GUARDS:
                raise check.spec.error(f"unknown guard `{name}` (known: {', '.join(GUARDS)})")
        self.names = set(names) | {"references", "exceptions"}
        self.exceptions = check.patterns("exceptions")
        self.citations = check.patterns("citation_patterns") if "citation" in self.names else []
        self.attributions = check.patterns("attribution_patterns") if "attribution" in self.names else []
        window = check.param("negation_window", int, 3)
        negators = check.str_list("negators", [])
        self.negation = (
            regex.compile(trie_regex(negators, plural=False) + r"(?:\W+\w+){0," + str(window) + r"}\W*$", regex.I)
            if "negation" in self.names and negators
            else None
        )
        cues = check.str_list("critique_cues", [])
        self.critique = regex.compile(trie_regex(cues, plural=False), regex.I) if cues else None
        self.any_negator = regex.compile(trie_regex(negators, plural=False), regex.I) if negators else None

    def blocked(self, doc: Document, start: int, end: int) -> bool:
        """True when context shows the phrase at prose[start:end] is not the article's claim."""
        if doc.in_references(start):
            return True
        s_start, s_end = doc.sentence_at(start)
        s_end = max(s_end, end)
        sentence = doc.prose[s_start:s_end]
        rel_start, rel_end = start - s_start, end - s_start
        for pattern in self.exceptions:
            for m in pattern.finditer(sentence):
                if m.start() < rel_end and rel_start < m.end():
                    return True
        if "question" in self.names and sentence.rstrip("”\"’') ").endswith("?"):
            return True
        if self.citations and (any(p.search(sentence) for p in self.citations) or any(s_start <= link.start < s_end for link in doc.links)):
            return True
        if any(p.search(sentence[:rel_start]) for p in self.attributions):
            return True
        if self.negation is not None and self.negation.search(sentence[:rel_start]):
            return True
        if "quoted-denial" not in self.names or not _quoted(sentence, rel_start, rel_end):
            return False
        return bool((self.critique and self.critique.search(sentence)) or (self.any_negator and self.any_negator.search(sentence)))


def _quoted(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] sits inside a pair of quotation marks."""
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 40]
    opener = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opener < 0:
        return False
    if any(q in before[opener + 1 :] for q in "”»"):
        return False
    return any(q in after for q in _CLOSE_QUOTES)
