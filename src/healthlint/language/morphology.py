"""Inflections, generated once when patterns and vocabularies compile, never per text.

A rule names a lemma ("cause", "strong", "remedy") and meets its forms
("caused", "strongest", "remedies"). English regular inflection is a handful
of spelling rules; the irregular forms come from the `irregular` vocabulary.
Generating a superset is harmless: a non-word such as "safeest" never occurs
in prose, so it never matches.
"""

from __future__ import annotations

from collections.abc import Iterable

_VOWELS = frozenset("aeiou")


_BRITISH_LL = ("ial", "uel")  # British spelling doubles these too: trial -> trialled, fuel -> fuelled


def _doubles(word: str) -> bool:
    """Consonant-vowel-consonant endings that double before a suffix: stop -> stopped, big -> bigger."""
    return len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"} and word[-2] in _VOWELS and word[-3] not in _VOWELS


def noun_forms(word: str) -> set[str]:
    """Singular and plural forms of a noun (possessives are for patterns to spell out)."""
    out = {word, word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(word + "es")
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        out.add(word[:-1] + "ies")
    if word.endswith("f"):
        out.add(word[:-1] + "ves")
    if word.endswith("fe"):
        out.add(word[:-2] + "ves")
    return out


def singular(word: str) -> str:
    """A noun's singular by the same spelling rules, for comparing two mentions ("rashes" and "a rash")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def verb_forms(word: str) -> set[str]:
    """Base, third person, past and -ing forms of a regular verb."""
    out = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(word + "es")
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if _doubles(word) or word.endswith(_BRITISH_LL):
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


def adjective_forms(word: str) -> set[str]:
    """Positive, comparative and superlative forms of a one-word adjective."""
    out = {word, word + "er", word + "est"}
    if word.endswith("e"):
        out |= {word + "r", word + "st"}
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ier", word[:-1] + "iest"}
    if _doubles(word):
        out |= {word + word[-1] + "er", word + word[-1] + "est"}
    return out


FORMS = {"noun": noun_forms, "verb": verb_forms, "adjective": adjective_forms}


class Morphology:
    """Regular rules plus an irregular table (lemma -> forms), from the vocabulary."""

    def __init__(self, irregular: dict[str, Iterable[str]] | None = None) -> None:
        self.irregular = {k: set(v) for k, v in (irregular or {}).items()}

    def forms(self, word: str, kind: str | None = None) -> set[str]:
        """Every form of `word` as a `kind` ("noun", "verb", "adjective"; None: all three)."""
        kinds = [kind] if kind else list(FORMS)
        out: set[str] = set()
        for k in kinds:
            out |= FORMS[k](word)
        return out | self.irregular.get(word, set())

    def phrase_forms(self, words: tuple[str, ...], kind: str) -> set[tuple[str, ...]]:
        """A multi-word term inflected where English inflects it: a verb phrase at its first word, others at the last."""
        if kind == "verb":
            return {(form, *words[1:]) for form in self.forms(words[0], kind)}
        return {(*words[:-1], form) for form in self.forms(words[-1], kind)}
