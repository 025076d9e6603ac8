"""Claims: the statements an article asserts, with the context that decides whether two conflict.

A claim is a matched phrase plus what its sentence says about it: whether
it is asserted at all (not a heading, question, condition, report of others'
views or negation), hedged ("may"), comparative ("safer than"), varied
across people ("some users ... others"), about another subject ("other
opioids"), and qualified by dose, timing, population or duration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from healthlint.model.document import Document


@dataclass(frozen=True)
class ClaimContext:
    """The lexicons (from the rule pack) that read a claim's sentence."""

    conditional: regex.Pattern[str]
    attribution: regex.Pattern[str]
    negation: regex.Pattern[str]
    hedge: regex.Pattern[str]
    comparative: regex.Pattern[str]
    variation: regex.Pattern[str]
    other_subjects: regex.Pattern[str]
    qualifiers: dict[str, list[tuple[str, regex.Pattern[str]]]]
    any_qualifier: dict[str, regex.Pattern[str]]  # per dimension, all its buckets in one pattern
    clause_split: regex.Pattern[str]
    subject_verbs: regex.Pattern[str]
    pronouns: frozenset[str]


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    sentence: tuple[int, int]
    asserted: bool
    attributed: bool
    hedged: bool
    comparative: bool
    varied: bool
    other_subject: bool
    qualifiers: dict[str, str] = field(default_factory=dict)

    def compatible_qualifiers(self, other: Claim) -> bool:
        """True when a shared qualifier separates the two claims (low dose here, high dose there)."""
        return any(dim in other.qualifiers and other.qualifiers[dim] != value for dim, value in self.qualifiers.items())

    def one_sided_qualifier(self, other: Claim) -> bool:
        return bool(set(self.qualifiers) ^ set(other.qualifiers))


def _clause(ctx: ClaimContext, text: str, start: int, end: int, rel_start: int) -> tuple[int, int]:
    """The clause of text[start:end] holding rel_start, split on ';', 'but', 'while', 'whereas', 'although'."""
    clause_start, clause_end = start, end
    for m in ctx.clause_split.finditer(text, start, end):
        if m.end() <= rel_start:
            clause_start = m.end()
        elif m.start() >= rel_start:
            clause_end = m.start()
            break
    return clause_start, clause_end


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")


def _pronoun_subject(ctx: ClaimContext, text: str, start: int, end: int) -> bool:
    """Whether the clause's subject (the words before its first verb) is a pronoun."""
    verb = ctx.subject_verbs.search(text, start, end)
    return any(w.lower() in ctx.pronouns for w in _WORD.findall(text, start, verb.start() if verb else start))


def _conditional(ctx: ClaimContext, prefix: str) -> bool:
    """Inside an if/whether clause: a cue before the claim with no comma closing it first."""
    return any("," not in prefix[m.end() :] for m in ctx.conditional.finditer(prefix))


def _qualifiers(ctx: ClaimContext, text: str, scopes: list[tuple[int, int]], anchor: int) -> dict[str, str]:
    """Per dimension, the bucket named nearest the claim, looking in the clause before the sentence.

    `scopes` go from narrowest to widest, each inside the next.
    """
    out: dict[str, str] = {}
    widest = scopes[-1]
    for dim, buckets in ctx.qualifiers.items():
        if not ctx.any_qualifier[dim].search(text, *widest):
            continue  # most sentences name no dose, timing, population or duration: one search says so
        for lo, hi in scopes:
            hits = [(abs(m.start() - anchor), name) for name, p in buckets for m in p.finditer(text, lo, hi)]
            if hits:
                out[dim] = min(hits)[1]
                break
    return out


def read_claim(doc: Document, ctx: ClaimContext, start: int, end: int) -> Claim:
    """What the sentence around prose[start:end] says about the claim there."""
    s_start, s_end = doc.sentence_at(start)
    s_end = max(s_end, end)
    text = doc.prose
    block = doc.block_at(start)
    c_start, c_end = _clause(ctx, text, s_start, s_end, start)
    c_end = max(c_end, end)
    before = text[c_start:start]
    sentence = text[s_start:s_end]
    asserted = not (
        (block is not None and block.kind == "heading")
        or doc.in_references(start)
        or sentence.rstrip("”\"’') ").endswith("?")
        or _conditional(ctx, text[s_start:start])
        or ctx.negation.search(before)
    )
    other = bool(ctx.other_subjects.match(text, c_start, start))
    if not other and c_start > s_start and _pronoun_subject(ctx, text, c_start, c_end):
        # "Alcohol can help some people fall asleep, but it disturbs sleep": "it" is the sentence's subject.
        other = bool(ctx.other_subjects.match(text, s_start, s_end))
    return Claim(
        start=start,
        end=end,
        sentence=(s_start, s_end),
        asserted=asserted,
        attributed=bool(ctx.attribution.search(text[s_start:start])),
        hedged=bool(ctx.hedge.search(before[-40:])),
        comparative=bool(ctx.comparative.search(text, c_start, c_end)),
        varied=bool(ctx.variation.search(sentence)),
        other_subject=other,
        qualifiers=_qualifiers(ctx, text, [(c_start, c_end), (s_start, s_end)], start),
    )
