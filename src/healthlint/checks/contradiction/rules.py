"""Contradictions: pairs of claims in one article that cannot both be true as written.

`opposition` rules pair two sides declared in data (no sedation / sedative
properties; completely safe / can cause liver damage; clinically proven /
no trials). `number-conflict` compares onset times and doses for the same
quantity after normalising units. Both skip what careful writing does on
purpose: hedges, comparisons, variation across people, separate conditions,
other subjects, and a concession inside one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from healthlint.checks.base import Check, Context
from healthlint.language.claims import Claim, ClaimContext, read_claim
from healthlint.language.matching import Matcher
from healthlint.model.document import Document
from healthlint.model.findings import Finding, Related


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def claim_context(check: Check) -> ClaimContext:
    """Compile the pack's shared claim lexicons once per rule."""
    qualifiers: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
    raw = check.param("qualifiers", dict)
    for dim, buckets in raw.items():
        if not isinstance(buckets, dict):
            raise check.spec.error(f"qualifiers.{dim} must map bucket names to patterns")
        qualifiers[dim] = [(name, check.pattern(p, f"qualifiers.{dim}.{name}")) for name, p in buckets.items()]
    subjects = _alternation(check.str_list("other_subjects"))
    return ClaimContext(
        conditional=check.pattern(r"\b(?:" + _alternation(check.str_list("conditional_cues")) + r")\b", "conditional_cues"),
        attribution=check.pattern(r"\b(?:" + _alternation(check.str_list("attribution_cues")) + r")\b", "attribution_cues"),
        negation=check.pattern(r"\b(?:" + _alternation(check.str_list("negators")) + r")\b(?:\W+\w+){0,2}\W*$", "negators"),
        hedge=check.pattern(r"\b(?:" + _alternation(check.str_list("hedges")) + r")\b(?:\W+\w+){0,3}\W*$", "hedges"),
        comparative=check.pattern(r"\b(?:" + _alternation(check.str_list("comparatives")) + r")\b", "comparatives"),
        variation=check.pattern(r"\b(?:" + _alternation(check.str_list("variation_cues")) + r")\b", "variation_cues"),
        other_subjects=check.pattern(r"\s*(?:[\p{L}-]+,?\s+){0,3}?(?:" + subjects + r")\b", "other_subjects"),
        qualifiers=qualifiers,
        any_qualifier={
            dim: check.pattern("|".join(f"(?:{p.pattern})" for _, p in buckets), f"qualifiers.{dim}") for dim, buckets in qualifiers.items()
        },
        clause_split=check.pattern(check.param("clause_split", str), "clause_split"),
        subject_verbs=check.pattern(r"\b(?:" + _alternation(check.str_list("subject_verbs")) + r")\b", "subject_verbs"),
        pronouns=frozenset(w.lower() for w in check.str_list("pronouns")),
    )


@dataclass(frozen=True)
class Side:
    label: str
    patterns: list[tuple[int, Matcher]]
    to_clause_end: bool
    absolute: bool
    presupposed: bool


class ContradictionCheck(Check):
    """Shared pairing logic: when are two claims in conflict, and how sure are we."""

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.ctx = claim_context(self)

    def usable(self, claim: Claim, absolute: bool, presupposed: bool) -> bool:
        if not claim.asserted:
            return False
        if absolute and (claim.hedged or claim.comparative):
            return False
        return presupposed or not (claim.varied or claim.attributed)

    def conflict(self, a: Claim, b: Claim) -> bool:
        if a.sentence == b.sentence or a.other_subject or b.other_subject:
            return False
        return not a.compatible_qualifiers(b)

    def severity(self, a: Claim, b: Claim) -> str:
        if a.hedged or b.hedged or a.one_sided_qualifier(b):
            return "warning"
        return self.spec.severity

    def emit(self, doc: Document, a: Claim, b: Claim, fields: dict[str, Any]) -> Finding:
        b_span = doc.span_from_prose(b.start, b.end)
        a_text, b_text = doc.prose[a.start : a.end], doc.prose[b.start : b.end]
        fields = {"a": _short(a_text), "b": _short(b_text), "line": b_span.line, **fields}
        finding = self.finding(
            doc,
            a.start,
            a.end,
            self.format(self.spec.message, **fields),
            self.format(self.spec.suggestion, **fields),
            [Related(b_span, "the conflicting claim")],
        )
        finding.severity = self.severity(a, b)
        return finding


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class OppositionCheck(ContradictionCheck):
    """Two sides declared in data; each claim of side A is paired with the best claim of side B."""

    type_name = "opposition"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.oppositions: list[tuple[str, Side, Side]] = []
        for item in self.param("oppositions", list):
            if not isinstance(item, dict) or not {"name", "a", "b"} <= set(item):
                raise spec.error("each opposition needs `name`, `a` and `b`")
            self.oppositions.append((str(item["name"]), self._side(item["a"]), self._side(item["b"])))

    def _side(self, raw: Any) -> Side:
        if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
            raise self.spec.error("an opposition side needs `label` and a `patterns` list")
        tiers = raw["patterns"]
        groups = tiers if all(isinstance(g, list) for g in tiers) else [tiers]
        if not all(isinstance(p, str) for group in groups for p in group):
            raise self.spec.error("opposition patterns must be strings, or lists of strings (priority tiers)")
        for group in groups:
            for p in group:
                self.pattern(p, "patterns")  # each pattern validated on its own, so errors name it
        # One alternation per tier: a single pass over the text instead of one per pattern.
        compiled = [
            (tier, self.matcher(self.pattern("|".join(f"(?:{p})" for p in group), "patterns"))) for tier, group in enumerate(groups)
        ]
        return Side(
            label=str(raw.get("label", "")),
            patterns=compiled,
            to_clause_end=bool(raw.get("to_clause_end", False)),
            absolute=bool(raw.get("absolute", False)),
            presupposed=bool(raw.get("presupposed", False)),
        )

    def _claims(self, doc: Document, side: Side, matches: list[tuple[int, regex.Match[str]]]) -> list[tuple[int, Claim]]:
        found: list[tuple[int, Claim]] = []
        taken: list[tuple[int, int]] = []
        for tier, m in matches:
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if side.to_clause_end:
                end = _clause_end(doc, start, end)
            claim = read_claim(doc, self.ctx, start, end)
            if self.usable(claim, side.absolute, side.presupposed):
                taken.append((start, end))
                found.append((tier, claim))
        return sorted(found, key=lambda tc: tc[1].start)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for name, side_a, side_b in self.oppositions:
            # Claims are read (the costly part) only when both sides are stated somewhere.
            a_matches = _stated(doc, ctx, side_a)
            b_matches = _stated(doc, ctx, side_b) if a_matches else []
            if not b_matches:
                continue
            a_claims = self._claims(doc, side_a, a_matches)
            if not a_claims:
                continue
            b_claims = self._claims(doc, side_b, b_matches)
            used: set[tuple[int, tuple[int, int]]] = set()
            for _, a in a_claims:
                options = [(tier, abs(b.start - a.start), b) for tier, b in b_claims if self.conflict(a, b)]
                if not options:
                    continue
                _, _, b = min(options, key=lambda o: (o[0], o[1]))
                block = doc.block_at(a.start)
                key = (block.start if block else a.start, b.sentence)
                if key in used:
                    continue
                used.add(key)
                yield self.emit(doc, a, b, {"kind": name, "a_label": side_a.label, "b_label": side_b.label})


def _stated(doc: Document, ctx: Context, side: Side) -> list[tuple[int, regex.Match[str]]]:
    """Where the prose states a side, tier by tier."""
    return [(tier, m) for tier, matcher in side.patterns for m in ctx.finditer(matcher, doc)]


_CLAUSE_END = regex.compile(r"[.;!?]|\s+(?:but|while|whereas|although|so)\s")
_LETTERS = regex.compile(r"[\p{L}-]+")


def _clause_end(doc: Document, start: int, end: int) -> int:
    """Extend a risk statement to the end of its clause, so a list of harms is covered whole."""
    _, s_end = doc.sentence_at(start)
    m = _CLAUSE_END.search(doc.prose, end, max(s_end, end))
    stop = m.start() if m else max(s_end, end)
    while stop > end and doc.prose[stop - 1] in " ,.;:":
        stop -= 1
    return max(stop, end)


# -- numbers ----------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "a couple of": 2, "few": 3, "several": 4, "first": 1, "the first": 1,
}  # fmt: skip
_NUM = r"(?:\d+(?:[.,]\d+)?|" + _alternation(list(_NUMBER_WORDS)) + ")"
_RANGE = rf"(?P<low>{_NUM})(?:\s*(?:to|–|-|or)\s*(?P<high>{_NUM}))?"


def _number(text: str) -> float:
    text = " ".join(text.lower().split()).replace(",", ".")
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    claim: Claim


class NumberConflictCheck(ContradictionCheck):
    """Onset times and doses stated twice for the same thing, with ranges that cannot both hold."""

    type_name = "number-conflict"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        self.quantities: list[tuple[str, dict[str, float], list[Matcher], float]] = []
        for item in self.param("quantities", list):
            if not isinstance(item, dict) or not {"name", "units", "patterns", "min_ratio"} <= set(item):
                raise spec.error("each quantity needs `name`, `units`, `patterns` and `min_ratio`")
            units = {str(k).lower(): float(v) for k, v in item["units"].items()}
            unit_re = _alternation(list(units))
            patterns = []
            for p in item["patterns"]:
                source = str(p).replace("{range}", _RANGE).replace("{unit}", rf"(?P<unit>{unit_re})")
                patterns.append(self.matcher(self.pattern(source, "quantities.patterns")))
            self.quantities.append((str(item["name"]), units, patterns, float(item["min_ratio"])))

    def _values(self, doc: Document, ctx: Context, units: dict[str, float], matchers: list[Matcher]) -> list[Quantity]:
        matches = [(matcher, m) for matcher in matchers for m in ctx.finditer(matcher, doc)]
        if len(matches) < 2:
            return []  # one statement contradicts nothing: its claim is not read
        found: list[Quantity] = []
        for matcher, m in matches:
            span = m.span("value") if "value" in matcher.pattern.groupindex and m.group("value") else m.span()
            claim = read_claim(doc, self.ctx, *span)
            if not self.usable(claim, absolute=False, presupposed=False) or any(q.claim.start == span[0] for q in found):
                continue
            if m.groupdict().get("fixed"):
                low = high = float(m.group("fixed"))
            else:
                unit = units[" ".join(m.group("unit").lower().split())]
                low = _number(m.group("low")) * unit
                high = _number(m.group("high")) * unit if m.group("high") else low
            found.append(Quantity(min(low, high), max(low, high), claim))
        return sorted(found, key=lambda q: q.claim.start)

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for name, units, patterns, ratio in self.quantities:
            values = self._values(doc, ctx, units, patterns)
            reported: set[int] = set()
            for i, a in enumerate(values):
                for b in values[i + 1 :]:
                    if b.claim.start in reported or a.claim.start in reported or not self.conflict(a.claim, b.claim):
                        continue
                    small, large = (a, b) if a.high <= b.low else (b, a)
                    if small.high <= 0 or large.low / small.high < ratio:
                        continue
                    reported |= {a.claim.start, b.claim.start}
                    yield self.emit(doc, a.claim, b.claim, {"kind": name})
                    break


# -- direct negation --------------------------------------------------------------------------


class NegationConflictCheck(ContradictionCheck):
    """ "X does not cause Y" and "X can cause Y" in one article: the same claim, denied and asserted."""

    type_name = "negation-conflict"

    def __init__(self, spec) -> None:  # type: ignore[no-untyped-def]
        super().__init__(spec)
        verbs = self.param("verbs", dict)
        self.stop = frozenset(w.lower() for w in self.str_list("object_stopwords"))
        self.base_of: dict[str, str] = {}
        for base, forms in verbs.items():
            if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                raise spec.error(f"verbs.{base} must be a list of the verb's forms")
            for form in [str(base), *forms]:
                self.base_of[" ".join(form.lower().split())] = str(base)
        obj = f"(?P<object>{self.param('object_pattern', str)})"
        bases = f"(?P<verb>{_alternation(list(verbs))})"
        every_form = f"(?P<verb>{_alternation(list(self.base_of))})"
        negative = self.param("negative", str).replace("{verb}", "(?:" + bases.replace("(?P<verb>", "(?:") + ")")
        positive = self.param("positive", str).replace("{verb}", "(?:" + every_form.replace("(?P<verb>", "(?:") + ")")
        # One pass each: the verb is read back from the match, not from a pattern per verb.
        self.negative = self.matcher(self.pattern(f"(?:{negative})\\s+{obj}", "negative"))
        self.positive = self.matcher(self.pattern(f"(?:{positive})\\s+{obj}", "positive"))
        self.verb_at = self.pattern(f"{every_form}\\s+{obj}$", "verbs")

    def _verb_and_head(self, m: regex.Match[str]) -> tuple[str, str] | None:
        found = self.verb_at.search(m.group())
        words = [w for w in _LETTERS.findall(m.group("object").lower()) if w not in self.stop]
        if found is None or not words:
            return None
        return self.base_of[" ".join(found.group("verb").lower().split())], words[-1]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        denials: dict[tuple[str, str], Claim] = {}
        for m in ctx.finditer(self.negative, doc):
            key = self._verb_and_head(m)
            claim = read_claim(doc, self.ctx, *m.span())
            if key and key not in denials and claim.asserted and not (claim.hedged or claim.varied or claim.attributed):
                denials[key] = claim
        if not denials:
            return
        reported: set[tuple[str, str]] = set()
        for m in ctx.finditer(self.positive, doc):
            key = self._verb_and_head(m)
            if key is None or key not in denials or key in reported:
                continue
            b = read_claim(doc, self.ctx, *m.span())
            a = denials[key]
            if self.usable(b, absolute=False, presupposed=False) and self.conflict(a, b):
                reported.add(key)
                yield self.emit(doc, a, b, {"kind": key[0]})
