"""Claim frames: what each clause says the article's subject does, in terms two claims can be compared by.

A contradiction is two frames that cannot both hold: the same measure moved
up and down, a harm that an absolute safety claim rules out, a group a
universal claim includes and a warning excludes. Frames are read from words
the vocabularies know (`@measure`, `@harm`, `@population`, `@exclusion-cue`,
`@evidence-strong`...), so two sides that share no word still meet on their
meaning: "easy on the skin" (safe: skin) and "rashes are the usual complaint"
(harm: skin). Each frame keeps the assertion reading of its clause (negated,
hedged, about another subject...) and the qualifiers that can separate two
claims (dose, time of day, who, how long).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from healthlint.language import quantities
from healthlint.language.assertion import ATTRIBUTED, NEGATED, Reader, Reading
from healthlint.language.morphology import singular
from healthlint.language.quantities import QuantityReader
from healthlint.language.text import Text
from healthlint.language.vocabulary import WordClass
from healthlint.limits import MAX_FRAMES_PER_TARGET

EFFECT = "effect"
HARM = "harm"
RELIEF = "relief"  # a named harm the product is said to ease ("relieves constipation")
SAFE = "safe"
SCOPE = "scope"
EXCLUDE = "exclude"
NO_INTERACTION = "no-interaction"
INTERACTION = "interaction"
EVIDENCE_STRONG = "evidence-strong"
EVIDENCE_WEAK = "evidence-weak"
APPROVED = "approved"
WITHDRAWN = "withdrawn"
OPEN_SALE = "open-sale"  # sold without a prescription
CONTROLLED_SALE = "controlled-sale"  # only through a prescriber or pharmacist
ONSET = quantities.ONSET
DOSE = quantities.DOSE
DOSE_GIVEN = quantities.DOSE_GIVEN
ABSENT = quantities.ABSENT
INGREDIENT = quantities.INGREDIENT
COURSE = quantities.COURSE
INTERVAL = quantities.INTERVAL
CONTENT = quantities.CONTENT
SHARE = quantities.SHARE
TIMING = quantities.TIMING
LASTING = quantities.LASTING
QUANTITY_KINDS = quantities.KINDS
INF = quantities.INF
TRACE = quantities.TRACE

ALL_AGES = (0.0, 120.0)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


# What follows "taking it with <medicine>" to make it an interaction: a harm, a cause, a measure moved or made worse.
_AFTER_COMBINING = ("harm", "harm-general", "measure", "worse-verb", "raise-verb", "lower-verb", "cause-verb", "danger-word")
_WELCOME = ("comparative-benefit", "benefit-adjective", "improvement-comparative", "welcome-word")  # a side effect to like
_HARM_WORDS = 8  # the longest harm a sentence's form names without the vocabularies ("a gritty feeling in the eyes")
_LIST_REACH = 6  # how far back in a list of medicines the "with" that takes them may stand
_OTHERS_HARMS = 6  # how far after "side effects" the medicine whose they are may be named ("... that come with stimulants")
_DENIAL_REACH = 10  # how far before a term its denial may start ("won't have to put up with the | redness")
_MEDICINE_HEADS = ("medicine", "product", "drug-class")  # nouns a harm can modify ("cough medicines", "pain tablets")
_WITHDRAWAL = "addiction"  # the `harm-sense` group that harms after stopping a product belong to
_COMPARED_REACH = 7  # "in a similar way to conventional | antidepressants": how far a comparison reaches
_WEAK_RANK = 2  # evidence kinds up to this rank (anecdote, cells, animals) are weak grounds for a claim
_VERB_CLASSES = ("raise-verb", "lower-verb", "better-verb", "worse-verb", "treat-verb", "cause-verb")
_AGE_UNITS = {"months": 12.0, "month": 12.0, "weeks": 52.0, "week": 52.0}  # an age in them, in years
_OLDEST = 100.0  # an age range reaching from birth to this spans every age: "all ages" excludes no group


@dataclass(frozen=True)
class Frame:
    """One claim: its kind, what it is about, which way, and how the article says it."""

    kind: str
    first: int  # token range of the words that make the claim
    last: int
    target: str = ""  # a measure, a body system, "all", a population or state, a drug, a jurisdiction
    direction: str = ""  # "up" or "down", for effects
    negated: bool = False
    reading: Reading = field(default_factory=lambda: Reading(frozenset(), "none"))
    qualifiers: frozenset[tuple[str, str]] = frozenset()
    ages: tuple[float, float] | None = None
    region: bool = False  # a jurisdiction that is a whole region ("across Europe")
    place: str = ""  # the jurisdiction as written
    amount: tuple[float, float] | None = None  # a quantity as a range in its dimension's base unit (hours, mg, ml...)
    dimension: str = ""  # time, mass, volume, activity, count
    member: str = ""  # the one harm a safety claim denies or a harm claim names ("no drowsiness"), not a class
    limited: bool = False  # an exception or restriction in its sentence: "apart from blood thinners", "who does not have"
    product: bool = False  # its sentence names the product, refers to it, or speaks of using it ("users", "after a dose")
    elsewhere: bool = False  # its sentence names another medicine and not the product ("... with ferrous sulfate tablets")
    sentence: tuple[int, int] = (0, 0)


_WORDS_KEPT = 200_000  # distinct words whose classes are remembered


class Frames:
    """Every frame in one document, read once, indexed by kind."""

    def __init__(self, text: Text, reader: Reader) -> None:
        self.text = text
        self.reader = reader
        self.lang = text.language
        self.words = text.words
        self.by_kind: dict[str, list[Frame]] = defaultdict(list)
        self._about: dict[tuple[int, int], bool] = {}
        self._elsewhere: set[tuple[int, int]] = set()
        for s, e in text.sentences:
            if not text.in_references(s):
                self._sentence(s, e)
        for kind, found in self.by_kind.items():
            self.by_kind[kind] = self._bounded(found)

    def of(self, kind: str) -> list[Frame]:
        return self.by_kind.get(kind, [])

    def _bounded(self, found: list[Frame]) -> list[Frame]:
        """A kind's frames without repeats (the same claim in the same words adds no conflict its first saying
        lacks), and at most MAX_FRAMES_PER_TARGET about one target: the rules pair claims about a target, so the
        pairs a document can make stay linear in its length."""
        seen: set[tuple[object, ...]] = set()
        per_target: dict[str, int] = defaultdict(int)
        kept = []
        for f in found:
            key = (*self.words[f.first : f.last], replace(f, first=0, last=0, sentence=(0, 0)))
            if key in seen or per_target[f.target] >= MAX_FRAMES_PER_TARGET:
                continue
            seen.add(key)
            per_target[f.target] += 1
            kept.append(f)
        return kept

    # -- reading a sentence -------------------------------------------------------------------

    @cached_property
    def _classes(self) -> dict[str, WordClass]:
        names = (
            "measure", "measure-up", "measure-down", "harm", "harm-general", "lab-marker", "organ", "population", "population-state",
            "universal-scope", "exclusion-cue", "interaction-none", "drug", "drug-class", "evidence-strong", "evidence-weak",
            "status", "status-denied", "jurisdiction", "regulator", "status-region", "qualifier", "condition", "side-effect-list",
            "evidence-noun", "null-outcome", "control-word", "evidence-source-verb", "absolute-safety", "worse-verb",
            "regulatory-process", "harm-sense", "supply", "combination-safe", "evidence-backing", "continue-verb", "co-use-cue",
            "symptom-adjective", "lesion-noun",
        )  # fmt: skip
        return {n: c for n in names if (c := self.lang.vocabulary.get(n)) is not None}

    @cached_property
    def _heads(self) -> dict[str, list[str]]:
        """Which classes a token can start a term of, by token: one look-up per token finds every mention. Kept
        per language and filled as words come (each new word asks every class once): filing every class's
        thousands of heads up front cost a one-file run more than reading its frames."""
        heads: dict[str, list[str]] | None = self.lang.memo.get("frame-heads")
        if heads is None:
            heads = self.lang.memo["frame-heads"] = {}
        return heads

    def _heads_of(self, word: str) -> list[str]:
        known = self._heads
        names = known.get(word)
        if names is None:
            names = [name for name, cls in self._classes.items() if word in cls.heads]
            if len(known) < _WORDS_KEPT:
                known[word] = names
        return names

    def _mentions(self, s: int, e: int) -> list[tuple[str, int, int, str]]:
        """(class, start, end, group) of every vocabulary term in tokens s..e-1 (longest per class)."""
        words = self.words
        heads = self._heads_of
        out = []
        for i in range(s, e):
            names = heads(words[i])
            if not names:
                owner = self._possessed_group(words[i])
                if owner is not None:  # "gentle enough for a toddler's mouth": the toddler is who it is for
                    out.append(("population", i, i + 1, owner))
                continue
            for name in names:
                found = self._classes[name].longest(words, i)
                if found is not None and found[0] <= e:
                    out.append((name, i, found[0], found[1]))
        # a term inside a longer one of its class is that term's word: "cholesterol" in "HDL cholesterol"
        reach: dict[str, int] = {}
        kept = []
        for m in out:
            if m[2] <= reach.get(m[0], -1):
                continue
            reach[m[0]] = m[2]
            kept.append(m)
        return kept

    def _ages(self, s: int, e: int, mentions: list[tuple[str, int, int, str]]) -> frozenset[tuple[str, str]]:
        """The ages a sentence gives its groups, as ("age", "low-high") qualifiers in years ("babies under 12 months",
        "children aged 1 to 10"): two figures for groups of different ages then never conflict."""
        out = set()
        for name, a, b, _ in mentions:
            if name != "population":
                continue
            bound = self._aged(b, min(e, b + 3)) or self._age_bound(a, b)
            if bound is not None:
                out.add(("age", f"{bound[0]:g}-{bound[1]:g}"))
        return frozenset(out)

    def _aged(self, lo: int, hi: int) -> tuple[float, float] | None:
        """An age range after "aged" ("aged 1 to 10", "aged 11-17"), in years."""
        words = self.words
        for k in range(lo, hi):
            if words[k] in ("aged", "ages") and k + 1 < len(words) and (low := self._age(k + 1)) is not None:
                ranged = k + 3 < len(words) and words[k + 2] in ("to", "-", "–")
                high = self._age(k + 3) if ranged else None
                return low, high if high is not None else low
        return None

    def _possessed_group(self, word: str) -> str | None:
        """The population a possessive names ("a toddler's", "children's"), or None."""
        if not word.endswith(("'s", "’s")) or "population" not in self._classes:
            return None
        found = self._classes["population"].longest([word[:-2]], 0)
        return found[1] if found is not None else None

    def _sentence(self, s: int, e: int) -> None:
        mentions = self._mentions(s, e)
        topic = self.reader.topic.words
        if any(n in ("drug", "drug-class") and not topic & set(self.words[a:b]) for n, a, b, _ in mentions):
            words = set(self.words[s:e])
            if not (words & topic or words & self.lang.terms("owner-determiner")):
                self._elsewhere.add((s, e))
        qualifiers = frozenset(tuple(g.split("-", 1)) for name, _, _, g in mentions if name == "qualifier")  # type: ignore[misc]
        qualifiers |= self._ages(s, e, mentions)
        self._quantities(_Emitter(self, (s, e), qualifiers), s, e)
        self._non_harms(_Emitter(self, (s, e), qualifiers), s, e)
        if not mentions:
            return
        clauses: dict[tuple[int, int], list[tuple[str, int, int, str]]] = defaultdict(list)
        for m in mentions:
            clauses[self.reader.clause(m[1])].append(m)
        for (cs, ce), found in clauses.items():
            self._clause(s, e, cs, ce, found)

    def _clause(self, s: int, e: int, cs: int, ce: int, found: list[tuple[str, int, int, str]]) -> None:
        by_class: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for name, a, b, g in found:
            by_class[name].append((a, b, g))
        qualifiers = frozenset(tuple(g.split("-", 1)) for _, _, g in by_class.get("qualifier", []))  # type: ignore[misc]
        emit = _Emitter(self, (s, e), qualifiers)
        fused = [(a, b) for cls in ("measure-up", "measure-down") for a, b, _ in by_class.get(cls, [])]
        for cls in ("measure-up", "measure-down"):  # "wide-awake" inside "wide-awake nights" is that phrase's word
            by_class[cls] = [
                (a, b, g) for a, b, g in by_class.get(cls, []) if not any(fa <= a and b <= fb and fb - fa > b - a for fa, fb in fused)
            ]
        # "tired follicles", "weak nails": what a body part is like (a product is often for it), no harm or change
        organ_starts = {a for a, _, _ in by_class.get("organ", [])}
        states = {(a, b) for a, b, g in by_class.get("symptom-adjective", []) if g == "state" and b in organ_starts}
        for cls in ("measure-up", "measure-down", "measure"):
            by_class[cls] = [m for m in by_class.get(cls, []) if (m[0], m[1]) not in states]
        read_whole = [
            (a, b) for cls, base in (("measure-up", "up"), ("measure-down", "down")) for a, b, g in by_class.get(cls, [])
            if self._fused(emit, cs, ce, a, b, g, base)
        ]  # fmt: skip
        # a word that carries its direction is read whole ("lifts low mood" lifts mood, "reverses fatigue" raises
        # energy), not as the measure in it ("mood", "fatigue" as energy) moved by the verb as well
        deficits = [(fa, fb) for fa, fb in fused if self.text.has("deficit-word", fa, fa + 1)]
        for a, b, g in by_class.get("measure", []):
            if not any(fa <= a and b <= fb for fa, fb in deficits + read_whole):
                self._measure(emit, cs, ce, a, b, g, fused)
        named = by_class.get("harm", []) + by_class.get("condition", [])
        for a, b, g in named:
            if (a, b) not in states:
                self._harm(emit, s, cs, ce, a, b, g)
        senses = self._classes["harm-sense"].attributes if "harm-sense" in self._classes else {}
        for a, b, g in by_class.get("harm-sense", []):  # "no gas", "fishy burps": everyday words the symptom list leaves out
            if (a, b) not in states and not any(na < b and a < nb for na, nb, _ in named):
                self._harm(emit, s, cs, ce, a, b, str(senses.get(g, {}).get("system", "general")))
        organs = {a: (b, g) for a, b, g in by_class.get("organ", [])}
        lesions = {a: b for a, b, _ in by_class.get("lesion-noun", [])}
        for a, b, g in by_class.get("symptom-adjective", []):  # "aching knees and ankles": a complaint felt in that part
            if g == "felt" and b in organs and not any(na < organs[b][0] and a < nb for na, nb, _ in named):
                self._harm(emit, s, cs, ce, a, organs[b][0], organs[b][1])
            elif g == "felt" and (mark := self._lesion_after(b, ce, lesions)) is not None:
                self._harm(emit, s, cs, ce, a, mark, "skin")  # "red, itchy patches along the jawline": a skin complaint
        for a, b, g in by_class.get("lab-marker", []):  # "raised ALT and AST readings": a test showing harm to the liver
            raised = [c for c, c_end in self.text.has("more-adjective", max(cs, a - 2), a) if c_end >= a - 1]
            if raised and not any(na < b and raised[0] < nb for na, nb, _ in named):
                self._harm(emit, s, cs, ce, raised[0], b, g)
        for a, b, g in by_class.get("harm-general", []):
            if b < len(self.words) and self.words[b] in self.lang.terms("not-harm-after"):
                continue  # "risk factors", "risk assessment": no harm is ruled out
            if g == "side-effect" and self.words[b : b + 2] == [":", "none"]:
                emit.add(SAFE, a, b + 2, target="all")  # a label's "Side effects: none"
                continue
            # "without the side effects of sedation ...": those harms, not all
            # "no serious side effects" rules out only the grave ones (`_partly_denied`)
            denied = self._negated_before(cs, a) and not self._partly_denied(self._negation_start(cs, a), a)
            if g in ("side-effect", "risk") and denied and not self._names_harms(b):
                # "no risk at all to your heart or lungs": to those parts, not all harm
                for target in self._risk_to(b, ce) or ["all"]:
                    emit.add(SAFE, self._negation_start(cs, a), b, target=target)
            elif g == "side-effect" and not named:
                self._called_side_effect(emit, cs, ce, a, b, by_class)
        for a, b, g in by_class.get("organ", []):
            self._organ(emit, cs, ce, a, b, g)
        self._safety_words(emit, cs, ce, by_class)
        self._scope_and_exclusion(emit, cs, ce, by_class)
        for a, b, _ in by_class.get("interaction-none", []):
            # not "mixes happily with almost any prescription", nor "is not safe with every prescription", nor
            # "report problems with any medicine": a trouble met with a medicine, not the product taken with it
            bare = self.words[a] in ("with", "alongside") and bool(
                self.text.has("occurrence-cue", max(cs, a - 1), a) or self.text.has("harm-general", max(cs, a - 2), a)
            )
            if not bare and not self.text.has("approximator", b, min(ce, b + 4)) and not self._negated_before(cs, a):
                emit.add(NO_INTERACTION, a, b, target=self._interacting(b, ce, by_class))
        self._interactions(emit, cs, ce, by_class)
        for a, b, _ in by_class.get("evidence-strong", []):
            diagnosed = any(self.text.has(n, b, min(ce, b + 2)) for n in ("diagnosis-noun", "condition"))
            if not diagnosed and not self.text.has("diagnosis-noun", max(cs, a - 3), a):
                # not "a confirmed deficiency", "confirmed CJD", "have the diagnosis confirmed": a diagnosis, not evidence
                emit.add(EVIDENCE_STRONG, a, b)
        for a, b, _ in by_class.get("evidence-weak", []):
            emit.add(EVIDENCE_WEAK, a, b)
        self._evidence_said(emit, cs, ce, by_class)
        self._status(emit, cs, ce, by_class)

    def _evidence_said(self, emit: _Emitter, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> None:
        """Evidence called strong or weak in so many words: "dozens of human trials", "study after study"; "few
        trials", "a lack of good-quality data", "trials in people are still lacking", "there have been no large
        trials", "found no meaningful change", "no better than a placebo", "nearly all of it comes from mice"."""
        has = self.text.has
        words = self.words
        for v, v_end in has("testing-verb", cs, ce):  # "has never been trialled in people", "hasn't been tested in any trial"
            if v > cs and words[v - 1] == "been" and v_end < ce and words[v_end] == "in" and self._negated_before(cs, v):
                emit.add(EVIDENCE_WEAK, self._negation_start(cs, v), min(ce, v_end + 2))
        for a, b, _ in by_class.get("evidence-noun", []):
            # "dozens of large, long-term clinical trials", but not "dozens of people took part in the trial"
            abundance = [(k, k_end) for k, k_end in has("evidence-abundance", max(cs, a - 6), a) if not self.verb_between(k_end, a)]
            if abundance or words[b : b + 2] == ["after", words[a]]:
                emit.add(EVIDENCE_STRONG, abundance[0][0] if abundance else a, b if abundance else b + 2)
                continue
            backing = [
                (k, k_end)
                for k, k_end in has("evidence-backing", max(cs, a - 8), a)
                if k_end <= a and not self.verb_between(self._past_count(k_end, a), a)
            ]
            if backing and not has("evidence-few", backing[-1][1], a) and not self._negated_before(cs, backing[-1][0]):
                emit.add(EVIDENCE_STRONG, backing[-1][0], b)  # "backed by several well-run randomised trials"
                continue
            support = [  # not "studies are needed to prove it": a purpose, not a finding
                (v, v_end)
                for v, v_end in has("evidence-support-verb", b, min(ce, b + 6))
                if v <= b + 4 and not has("negator", b, v) and words[v - 1] != "to"
            ]
            if support and not has("evidence-lacking-before", max(cs, a - 5), a) and not has("evidence-few", max(cs, a - 3), a):
                emit.add(EVIDENCE_STRONG, a, support[0][1])  # "clinical studies consistently back it up"
                continue
            harms = [h for h, _ in has("harm", b, ce)]
            if has("harm-general", b, ce) or any(words[h - 1] in ("any", "no", "of") for h in harms):
                continue  # "no study has found any liver damage", "no evidence of harm": safety, not proof missing
            before = has("evidence-lacking-before", max(cs, a - 5), a)
            # "there has only ever been one small trial": a little of it, said to be all there is
            few = [
                f for f, _ in has("evidence-few", max(cs, a - 3), a) if has("only-word", max(cs, f - 4), f) and not self.verb_between(f, a)
            ]
            before = before or [(f, f + 1) for f in few[:1]]
            denied = [d for d, _ in has("denial-word", max(cs, a - 4), a) if "there" in words[max(cs, d - 4) : d]]
            # "there haven't been any randomised studies", "there has never been a trial"
            denied += [
                n
                for n, _ in has("negator", max(cs, a - 5), a)
                if "there" in words[max(cs, n - 2) : n] and words[n] != "no" and not has("harm-general", n, a)
            ]
            # "it has not been tested in a clinical trial", "has never been put to the test in a controlled trial"
            tested = [v for v, _ in has("testing-verb", max(cs, a - 6), a) + has("evidence-done-verb", max(cs, a - 6), a)]
            denied += [n for v in tested[-1:] for n, _ in has("negator", max(cs, v - 3), v)]
            if not tested and words[max(cs, a - 2) : a].count("through"):  # "we haven't put the gummies | through | a trial"
                through = max(k for k in range(max(cs, a - 2), a) if words[k] == "through")
                denied += [n for n, _ in has("negator", max(cs, through - 5), through) if has("evidence-done-verb", n, through)]
            # "no study in people has ever shown ...", "no trial has yet looked at ...": the evidence denied as the subject
            after = min(ce, b + 8)
            found_by = has("attribution-verb", b, after) or has("testing-verb", b, after) or has("evidence-done-verb", b, after)
            subject = [d for d, d_end in has("denial-word", max(cs, a - 3), a) if self._opens(cs, d) and d_end >= a - 2]
            if found_by and subject and not denied and not before:
                emit.add(EVIDENCE_WEAK, subject[0], found_by[0][1])
                continue
            if before or denied:  # "few trials", "there have been no large trials"
                emit.add(EVIDENCE_WEAK, (before[-1][0] if before else denied[-1]), b)
                continue
            copulas = has("copula", b, min(ce, b + 8))
            after = has("evidence-lacking-after", copulas[0][1], min(ce, copulas[0][1] + 3)) if copulas else []
            if after:
                emit.add(EVIDENCE_WEAK, a, after[0][1])
        for a, b, _ in by_class.get("evidence-backing", []):  # "tested in thousands of women": people, not a study
            many = has("evidence-abundance", b, min(ce, b + 3))
            if many and has("person-noun", many[0][1], min(ce, many[0][1] + 2)) and not self._negated_before(cs, a):
                emit.add(EVIDENCE_STRONG, a, many[0][1] + 1)
        harms = [(h, h_end) for h, h_end, _ in by_class.get("harm-general", [])]
        for a, b, _ in by_class.get("null-outcome", []):
            if any(h <= a < h_end for h, h_end in harms):
                continue  # "no serious side effects": a harm ruled out, not a benefit missed
            if has("harm-general.risk", b, min(ce, b + 6)):
                continue  # "little or no change in breast cancer risk": a harm not made likelier, not a benefit missed
            denial = has("denial-word", max(cs, a - 3), a)
            # "trials have not shown a clear benefit", "studies failed to find any improvement"
            denial += [
                (n, n_end)
                for v, _ in has("attribution-verb", max(cs, a - 5), a)[-1:]
                for n, n_end in has("negator", max(cs, v - 3), v)[-1:]
                if by_class.get("evidence-noun")
            ]
            if denial and (has("attribution-verb", cs, denial[-1][0]) or by_class.get("evidence-noun") or by_class.get("control-word")):
                emit.add(EVIDENCE_WEAK, denial[-1][0], b)  # "the trial found no meaningful change in HbA1c"
        for a, b, _ in by_class.get("control-word", []):
            than = [k for k in range(max(cs, a - 4), a) if words[k] == "than"]
            lo = max(cs, than[0] - 5) if than else a
            denials = [d for d, _ in has("denial-word", lo, a)] + [k for k in range(lo, a) if words[k].endswith("n't")]
            if than and denials:
                emit.add(EVIDENCE_WEAK, min(denials), b)  # "it did no better than a placebo"
        kinds = self.lang.vocabulary.get("evidence-kind")
        if kinds is None:
            return
        for a, b, _ in by_class.get("evidence-source-verb", []):  # the last form: weak grounds named
            for k in range(b, min(ce, b + 5)):
                found = kinds.longest(words, k)
                if found is not None and float(kinds.attributes.get(found[1], {}).get("rank", 9)) <= _WEAK_RANK:
                    emit.add(EVIDENCE_WEAK, a, found[0])  # "nearly all of it comes from mice"
                    break

    # -- effects --------------------------------------------------------------------------------

    def _better(self, measure: str) -> str:
        return str(self._classes["measure"].attributes.get(measure, {}).get("direction", "up"))

    def _verb_before(self, cs: int, a: int) -> tuple[str, int] | None:
        """The direction verb nearest before a term, within four words: ("up"|"down"|"better"|"worse"|"treat"|"cause", start)."""
        has = self.text.has
        best: tuple[str, int] | None = None
        for name, kind in (
            ("raise-verb", "up"), ("lower-verb", "down"), ("better-verb", "better"), ("worse-verb", "worse"),
            ("treat-verb", "treat"), ("cause-verb", "cause"), ("more-adjective", "up"), ("less-adjective", "down"),
        ):  # fmt: skip
            for v, v_end in has(name, max(cs, a - 5), a):
                if v > 0 and has("determiner", v - 1, v) and "verb" in name:
                    continue  # "a dull headache", "the calm mind": an adjective after its article, not a verb
                if any(s == v and s_end > v_end for s, s_end in has("state-verb", v, min(a, v_end + 1))):
                    continue  # "users end up more congested": "end up" reports a state, it does not end one
                if v_end >= a - 3 and (best is None or v > best[1]):
                    best = (kind, v)
        return best

    def _measure(self, emit: _Emitter, cs: int, ce: int, a: int, b: int, measure: str, fused: list[tuple[int, int]]) -> None:
        """A measure moved by a verb: "lowers blood pressure", "your readings soar", "higher triglycerides"; not one
        that ends a phrase carrying its own direction ("drop off to sleep" is more sleep, not less)."""
        if b < ce and (self.text.has("clinician", b, b + 1) or self.text.has("evidence-source", b, b + 1)):
            return  # "a sleep technician", "a mood researcher": who someone is, not a measure
        unchanged = self.text.has("no-effect-cue", max(cs, a - 6), a)
        if unchanged:  # "has no effect on clotting": the measure stays where it is
            emit.add(EFFECT, unchanged[-1][0], b, target=measure, direction="none")
            return
        if self.text.has("cause-connector", max(cs, a - 4), a):
            return  # "chest pain caused by reduced blood flow": a cause described, not an effect claimed
        if a > cs and self.text.has("symptom-adjective", a - 1, a):
            return  # "calms sensitive teeth", "soothes irritated skin": a complaint eased, not the part moved
        if self._symptoms_listed(cs, a):
            return  # "symptoms such as reduced sex drive or tiredness": what a condition does, not a change made
        part = bool(self._classes["measure"].attributes.get(measure, {}).get("part"))
        moved = None if part else self._moved(cs, ce, a, b) or self._held(cs, ce, a, b)  # not "holding the skin down"
        if moved is not None:  # "pushes blood pressure up", "brings your readings down", "keeps blood sugar low"
            emit.add(EFFECT, moved[1], moved[2], target=measure, direction=moved[0])
            return
        found = self._verb_before(cs, a)
        if found is not None:
            kind, v = found
            if any(fa <= v < fb for fa, fb in fused):
                return
            if kind in ("better", "worse") and self.text.has("amount-noun", v, a):
                kind = "up" if kind == "better" else "down"  # "interferes with the production of cholesterol"
            if kind == "cause":
                return
            if kind == "worse" and b < ce and self.words[b] in ("less", "fewer"):
                return  # "mineral sunscreens irritate their skin less": less harm than another, no harm claimed
            direction = {"up": "up", "down": "down", "treat": "down"}.get(kind)
            if direction is None:
                better = self._better(measure)
                direction = better if kind == "better" else ("down" if better == "up" else "up")
            emit.add(EFFECT, v, b, target=measure, direction=direction)
            reading = self.reader.read(v, b) if kind == "worse" else None
            if reading is not None and reading.subject == "self" and NEGATED not in reading.reasons:
                emit.add(HARM, v, b, target=measure, member=measure)  # "it can wear down tooth enamel": "perfectly safe" rules it out
            return
        has = self.text.has
        if a > cs and self.words[a - 1] in self.lang.terms("preposition"):
            return  # "searches for energy have tripled": the measure is no subject
        if b < ce and self.words[b] in self.lang.terms("relative-pronoun"):
            return  # "LDL, the cholesterol that builds up in artery walls": the measure described, not moved
        reach = next((k for k in range(b, min(ce, b + 7)) if self.words[k] in (",", ";")), min(ce, b + 7))
        lifting = has("harm-lifting", b, min(reach, b + 3))
        if lifting and (has("harm", a, b) or has("harm-sense", a, b)):
            emit.add(EFFECT, a, lifting[0][1], target=measure, direction="down")  # "the headache lifting": less pain
            return
        for name, direction in (("raise-verb", "up"), ("lower-verb", "down")):
            after = has(name, b, reach)  # "your readings soar", "the bad cholesterol in your blood tends to creep upward"
            if after:
                emit.add(EFFECT, a, after[0][1], target=measure, direction=direction)
                return

    def _held(self, cs: int, ce: int, a: int, b: int) -> tuple[str, int, int] | None:
        """A measure held in a state: a `hold-verb` before it and the state right after ("keeps blood sugar low and
        steady", "leaves your pulse high"), as a direction, where the verb starts and the state ends."""
        verbs = self.text.has("hold-verb", max(cs, a - 3), a)
        if not verbs:
            return None
        for name, direction in (("state-up", "up"), ("state-down", "down")):
            found = [(s, s_end) for s, s_end in self.text.has(name, b, min(ce, b + 3)) if s == b]
            if found:
                return direction, verbs[-1][0], found[0][1]
        return None

    def _other_named(self, cs: int, a: int) -> bool:
        """Whether the words before token a in its sentence name another substance or medicine, not the article's own
        ("Green tea extract, by contrast, is approved"); an unknown name ("Serenoa is approved") may be the product's."""
        topic = self.reader.topic
        for name in ("supplement-name", "drug", "drug-class"):
            for m, m_end in self.text.has(name, cs, a):
                if not topic.names(self.words, m, m_end) and not topic.in_title(self.words, m, m_end):
                    return True
        return False

    def _moved(self, cs: int, ce: int, a: int, b: int) -> tuple[str, int, int] | None:
        """A measure between a motion verb and its particle ("pushes | blood pressure | up"): (direction, start, end)."""
        verbs = self.text.has("motion-verb", max(cs, a - 3), a)
        if not verbs:
            return None
        for name, direction in (("particle-up", "up"), ("particle-down", "down")):
            after = self.text.has(name, b, min(ce, b + 2))
            if after and after[0][0] == b:
                return direction, verbs[-1][0], after[0][1]
        return None

    def _fused(self, emit: _Emitter, cs: int, ce: int, a: int, b: int, measure: str, base: str) -> bool:
        """A word that carries its direction ("insomnia", "wired"): reversed after a verb that acts against it.
        It is a claim only when something says so: a verb ("can cause insomnia", "keeps you wired", "users feel
        sleepy"), a copula ("it is calming"), or a list of side effects; "in people with insomnia" is none. Whether
        one was found."""
        found = self._verb_before(cs, a)
        has = self.text.has
        if any(v_end >= a - 1 for _, v_end in has("desire-verb", max(cs, a - 3), a)):
            return False  # "for adults who want more energy": a hope, not an effect
        if self._symptoms_listed(cs, a):
            return True  # "symptoms such as ... tiredness": a condition's symptom, read and set aside
        if any(v <= a < v_end for v, v_end in has("attribution-verb", a, min(ce, b + 1))):
            return False  # "they stressed that ...": a verb of saying, not stress
        if next((w for w in self.words[cs:a] if w[0].isalnum()), "") == "there" and has("person-noun", cs, a):
            return False  # "there are millions of people lying awake at 3 a.m.": who the readers are, not an effect
        said = found is not None or has("state-verb", max(cs, a - 3), a) or has("copula", max(cs, a - 3), a)
        said = said or self._listed(cs, a) or self._occurring(ce, b) or self.text.has("lower-verb", b, min(ce, b + 4))
        said = said or self._user_subject(cs, a) or any(has(v, a, a + 1) for v in _VERB_CLASSES)  # "curbs cravings": a verb phrase
        said = said or self.reader.possessor(cs, a) == "self"  # "kratom's sedative effect": the product's own property
        said = said or bool(has("role-verb", max(cs, a - 5), a))  # "it works as a natural sleep aid"
        said = said or any(
            kind == "self" and m_end == a for kind, _, m_end in self.reader.mentions(cs, a)
        )  # "aloe gel | locks in moisture"
        means = a > cs and self.words[a - 1] == "by" and self.words[a].endswith("ing")  # "it works by keeping you full"
        before = a - 1  # "a sleep aid for | occasional | sleeplessness": what it is for, not what it does
        while before > cs and before >= a - 2 and has("course-adjective", before, before + 1):
            before -= 1
        if not (said or means) or (before >= cs and self.words[before] in self.lang.terms("preposition") and not means):
            return False
        start = a
        direction = base
        if found is not None and found[0] in ("treat", "down"):
            direction = "down" if base == "up" else "up"
            start = found[1]
        elif found is not None and found[0] == "up" and base == "down" and self.text.has("deficit-word", a, a + 1):
            direction, start = "up", found[1]  # "lifts low mood", "raises low blood pressure": the measure goes up
        elif found is not None:
            start = found[1]
        elif self.text.has("lower-verb", b, min(ce, b + 4)):
            direction = "down" if base == "up" else "up"  # "the aching in their joints fades": less pain
        negated = self._negated_before(cs, a) or (start < a and self._negated_before(cs, start))  # "without causing sedation"
        if negated and self._partly_denied(self._negation_start(cs, start), a):
            return False  # "won't necessarily make you drowsy": it still can
        if found is None and not negated and self._denied_occurrence(ce, b):
            emit.add(EFFECT, start, b, target=measure, direction=direction, negated=True)  # "the slump doesn't show up"
            return True
        emit.add(EFFECT, self._negation_start(cs, start) if negated else start, b, target=measure, direction=direction, negated=negated)
        return True

    def _denied_occurrence(self, ce: int, b: int) -> bool:
        """Whether a verb of coming about right after a term is denied: "the afternoon slump simply doesn't show up",
        "the crash never comes"."""
        has = self.text.has
        verbs = has("occurrence-verb", b, min(ce, b + 5))
        return bool(verbs) and bool(has("negator", b, verbs[0][0]))

    def _user_subject(self, cs: int, a: int) -> bool:
        """A phrase that is itself a verb, after the people who use the product or the reader: "people taking the
        tablets often bruise more easily", "users drift off", "so you sleep more soundly"."""
        has = self.text.has
        lo = max(cs, a - 4)
        if a <= cs:
            return False
        reader = self.words[a - 1] in self.lang.terms("reader-pronoun")
        return bool(has("use-cue", lo, a) or has("person-noun", lo, a) or has("product-pronoun", a - 1, a) or reader)

    def _occurring(self, ce: int, b: int) -> bool:
        """Whether a term is the subject of a report that it happens: "headaches are common", "... are a known
        effect", "addiction develops"; or an item of a list that is ("redness, flaking and stinging are common")."""
        has = self.text.has
        # a list runs on ("redness, flaking and stinging are common"); a short modifier too ("belching that tastes of fish is ...")
        reach = 10 if b < ce and self.words[b] in (",", "and", "or") else 7
        reach = next(
            (k - b for k in range(b, min(ce, b + reach)) if self.words[k] in (";", ":") or (k > b + 2 and self.words[k] == ",")), reach
        )
        copulas = has("copula", b, min(ce, b + reach))
        cues = has("occurrence-cue", copulas[0][1], min(ce, copulas[0][1] + 5)) if copulas else []
        reason = bool(cues) and self.words[cues[-1][1] - 1] in ("reason", "reasons")
        after = (cues[-1][1], min(ce, cues[-1][1] + 4)) if cues else (0, 0)
        for_use = reason and has("reason-to-use", *after) and not has("stop-verb", *after)  # not "the reason people stop taking it"
        if cues and not for_use:
            return True  # "headaches are common", but "headaches are a common reason people try it": what it is for
        return bool(has("occurrence-verb", b, min(ce, b + reach)))

    def _listed(self, cs: int, a: int) -> bool:
        """Whether a term stands in a list that a side-effect cue opens: "side effects include nausea, headaches and ..."."""
        words = self.words
        for cue, cue_end in self.text.has("side-effect-list", max(0, cs - 8), a):
            label = words[cue_end : cue_end + 1] == [":"] and cue == self.text.sentence_of(cue)[0]
            if cue_end < cs - 1 or (cue < cs and not label):
                continue  # a cue in an earlier clause counts only as a label line's "Possible side effects: ..."
            between = words[cue_end + label : a]
            # "the most common side effects are | heartburn, nausea ...": a copula right after the cue names the list
            copulas = [c for c, _ in self.text.has("copula", cue_end, a) if c != cue_end]
            if len(between) <= 14 and not {".", ";", ":"} & set(between) and not copulas:
                return True
        # by form: a user who had it ("two of my clients had | a flare-up", "one tester got | hives"), unless none did
        for p, p_end in self.text.has("person-noun", cs, a):
            verbs = [(v, v_end) for v, v_end in self.text.has("undergone", p_end, a) if v <= p_end + 1]
            if not verbs or a - verbs[0][1] > 4 or {",", ".", ";", ":"} & set(words[p_end:a]):
                continue
            if verbs[0][0] > p_end and words[p_end] in self.lang.terms("person-relative"):
                continue  # "people who had a heart attack": who took part, not a harm that followed
            if not self.text.has("not-a-person", p, p_end) and not self.text.has("negator", cs, a):
                return True
        # by form: a word for harm, then a verb that opens a list ("reported reactions with longer-term use | include")
        for g, g_end in self.text.has("harm-general", cs, a):
            eased = self._verb_before(cs, g)  # not "reduces withdrawal symptoms such as restlessness": what it eases
            if eased is not None and eased[0] in ("treat", "down", "better"):
                continue
            opened = [o_end for _, o_end in self.text.has("list-opener", g_end, min(a, g_end + 5))]
            if opened and a - opened[0] <= 14 and not {".", ";", ":"} & set(words[opened[0] : a]):
                return True
        return False

    # -- harms and safety -----------------------------------------------------------------------

    def place_of_use(self, a: int) -> bool:
        """Whether the words from token a name where the product is used ("do not use on | damaged skin", "rub
        into | sore muscles"): a place word, perhaps a determiner, right after a verb of using it."""
        words = self.words
        k = a - 1
        while k > 0 and words[k] in self._place_modifiers:
            k -= 1
        if k <= 0 or words[k] not in self.lang.terms("use-place-preposition"):
            return False
        auxiliaries = self.lang.terms("auxiliary")  # "have been linked to | renal failure" uses nothing
        return any(words[v] not in auxiliaries for v, _ in self.text.has("dosing-verb", max(0, k - 3), k))

    @cached_property
    def _place_modifiers(self) -> frozenset[str]:
        return self.lang.terms("determiner") | {"affected"}

    def _partly_denied(self, start: int, a: int) -> bool:
        """Whether a denial starting at token start denies only that it always happens ("does not always cause"),
        or only the serious harms ("no serious side effects were linked to it"), which mild ones do not meet."""
        return bool(self.text.has("partial-denial", start, min(a, start + 3)) or self.text.has("severity-word", start, a))

    def _negated_before(self, cs: int, a: int) -> bool:
        """A denying word right before a term: "no headaches", "without drowsiness", "free of side effects"."""
        return self._negation_start(cs, a) < a

    def _negation_start(self, cs: int, a: int) -> int:
        """Where a denial just before token a starts (a itself if there is none); a comma or "and" ends the search,
        and an idiom that affirms ("isn't only for") is none."""
        words = self.words
        if self.text.has("negator-exception", max(cs, a - 4), min(len(words), a + 1)) or self.text.has("not-only", max(cs, a - 4), a):
            return a
        if self.place_of_use(a):
            return a  # "do not use on damaged skin": where not to use it, not a harm it spares
        denials = self.text.has("denial-word", max(cs, a - _DENIAL_REACH), a)
        for d, d_end in reversed(denials):
            if d_end >= a - 3 and not {",", ";", "and", "but"} & set(words[d_end:a]):
                return d  # "no headaches", "won't have to put up with the | redness"
        for k in range(a - 1, max(cs, a - 3) - 1, -1):
            if words[k].endswith("n't"):
                return k
        link = a - 2 if a - 2 > cs and words[a - 1] in self.lang.terms("determiner") else a - 1  # "minus the cramps and | the | trips"
        # "no redness, flaking or | stinging": a denial opens the list
        links = self.lang.terms("list-link.alternative")
        if link > cs and words[link] in links:
            auxiliaries = self.lang.terms("auxiliary")
            for d, d_end in reversed(denials):
                between = words[d_end:a]
                if all(w in links or (w[0].isalnum() and w not in auxiliaries) for w in between):
                    return d
        return a

    def _harm(self, emit: _Emitter, s: int, cs: int, ce: int, a: int, b: int, group: str) -> None:
        """A harm said to happen ("can cause rashes", "headaches are common", "side effects include nausea"), or ruled out."""
        if group == "general":
            group = self._located(b, ce) or group  # "a dull ache in both knees": a harm to the joints
        elif group == "skin" and self._located(b, ce) not in (None, "musculoskeletal"):
            group = self._located(b, ce) or group  # "stinging in the nostrils": the nose's, not the skin's ("itching in the legs" is)
        if self._names_medicine(b, ce):
            return  # "cough medicines", "headache tablets": what a medicine is for, no harm said to happen
        if a >= 1 and self.words[a - 1] == "than":
            return  # "the company goes further than snoring": a comparison, not a harm that happens
        if self.words[b : b + 1] == ["away"] or self.words[b : b + 2] == ["at", "bay"]:
            return  # "keeps colds away", "holds headaches at bay": a harm kept off, not one that happens
        if self.words[b : b + 1] == ["from"] and self.text.has("keep-off-verb", max(cs, a - 4), a):
            return  # "keeps the wheeze from creeping back": the same
        k = a - 1 if a - 1 > cs and self.words[a - 1] not in self.lang.terms("determiner") else a - 2
        if k > cs and self.words[k] == "for" and not self.text.has("harm-general", max(cs, k - 2), k):
            return  # "stem cell injections for back pain": what it is for, not a harm it brings (but "a risk for strokes")
        if (
            a >= 2
            and self.words[a - 1] in ("with", "without")
            and (self.text.has("person-noun", max(cs, a - 3), a - 1) or self.text.has("population", max(cs, a - 3), a - 1))
        ):
            return  # "in women with osteoporosis", "people without cancer": who was studied, not a harm that happens
        if any(c_end >= a - 1 for _, c_end in self.text.has("fewer-cue", max(cs, a - 5), a)):
            return  # "reported fewer fractures", "less likely to develop hardened arteries": a harm made rarer
        opened = [k for k in range(s, a - 1) if self.words[k] == "," and self.words[k + 1] in self.lang.terms("person-relative")]
        if opened and "," not in self.words[opened[-1] + 1 : a]:
            return  # "her father, who was diagnosed with type 2 diabetes, ...": someone's history, not the product's harm
        if self._history(cs, a):
            return  # "adults who had no history of heart disease", "people who have had a stroke": who is meant
        if self._used_to(a):
            return  # "my gums used to bleed": how things were before, not a harm that happens
        if self._symptoms_listed(cs, a):
            return  # "symptoms such as reduced sex drive or tiredness": the condition's, neither eased nor brought on
        if self.text.has("harm-idiom", max(cs, a - 2), min(ce, b + 3)) or self._studied(cs, a):
            return  # "I got tired of nagging"; "the study looked at heart attacks and strokes": outcomes counted
        found = self._verb_before(cs, a)
        if found is not None and found[1] < self._negation_start(cs, a) < a:
            found = None  # "you can stop | without any | withdrawal": the denial, not the verb, governs the harm
        if found is not None and any(u < found[1] <= u_end for u, u_end in self.text.has("undergone", max(cs, a - 5), a)):
            found = None  # "came down with | hives": had it, not brought it down
        if found is not None and found[0] in ("treat", "down", "better"):
            # the harm is what the product is for: "eases heartburn" (not "aids opioid withdrawal", another drug's)
            member = self._member(a, b)
            other_drug = self.text.has("drug", max(cs, a - 3), b) or self.text.has("drug-class", max(cs, a - 3), b)
            risk = "risk" in self.words[found[1] : a]  # "a lower risk of addiction" compares; it eases nothing
            senses = self._classes["harm-sense"].attributes if "harm-sense" in self._classes else {}
            another = senses.get(member, {}).get("eased-of") == "another"  # "reduces cravings": for opioids, say
            instead = self._set_against(cs, found[1])  # "rather than simply easing pain, it calms ...": not what it does
            if (
                found[0] in ("treat", "down")
                and member
                and not (other_drug or risk or another or instead)
                and not self._negated_before(cs, found[1])
            ):
                emit.add(RELIEF, found[1], b, target=group, member=member)
            return
        denied_at = found[1] if found is not None and found[0] == "cause" else a  # "without causing ... sedation"
        member = self._member(a, b)
        if self._negated_before(cs, a) or self._negated_before(cs, denied_at):
            start = self._negation_start(cs, min(a, denied_at))
            if self.text.has("meaning-verb", start, a) or self.text.has("no-effect-cue", start, a):
                return  # "none of this means muscle pain is imaginary", "made no difference to eczema": no harm ruled out
            if self.text.has("history-noun", start, a):
                return  # "people aged 75 and over with no history of heart disease": who is meant
            # "doesn't necessarily leave you groggy": it still can; "there isn't a PCOS body it won't help": a
            # double denial, which claims everyone is helped and rules no harm out
            after = self.words[b : min(ce, b + 4)]
            second = next((k for k, w in enumerate(after) if w.endswith("n't") or w in ("not", "never")), None)
            twice = second is not None and not {"and", "or", "but", ",", ";"} & set(after[:second])
            if not self._partly_denied(start, a) and not twice:
                emit.add(SAFE, start, b, target=group, member=member)
            return
        phrases = self.text.has("measure-up", b, ce) + self.text.has("measure-down", b, ce)  # "to fall asleep" is no easing
        easing = self.text.has("lower-verb", b, min(ce, b + 4)) + self.text.has("harm-lifting", b, min(ce, b + 5))
        if any(not any(m <= v < m_end for m, m_end in phrases) for v, _ in easing):
            return  # "joint pain starts to ease", "the headache lifting": the harm is going away
        cause = found is not None and found[0] == "cause"
        # "users get hooked", "some feel dizzy", "readers have told us about a bit of acid reflux"
        states = [(v, v_end) for v, v_end in self.text.has("state-verb", max(cs, a - 6), a) if v_end >= a - 3]
        felt = bool(states) and not self._names_group(cs, states[0][0])
        modal = b - a > 1 and any(
            m_end == a for _, m_end in self.text.has("possibility-modal", max(cs, a - 3), a)
        )  # "bowels can | come to depend on it"
        found_in = any(v_end >= a - 4 for _, v_end in self.text.has("attribution-verb", max(cs, a - 6), a))  # "trials turned up raised ALT"
        if any(c == b for c, _ in self.text.has("clearing-particle", b, ce)):
            return  # "turns osteoporosis around", "sends colds packing": the harm put right, not brought on
        if cause or felt or modal or found_in or self._listed(cs, a) or self._occurring(ce, b):
            emit.add(HARM, found[1] if cause and found else a, b, target=group, member=member)
            if self.text.has("stop-verb", cs, a):  # "stopping it suddenly brings sweating and aches": withdrawal
                emit.add(HARM, found[1] if cause and found else a, b, target=group, member=_WITHDRAWAL)

    def _symptoms_listed(self, cs: int, a: int) -> bool:
        """Whether token a is among the examples a symptom noun opens ("symptoms ..., such as | reduced sex drive")."""
        cues = self.text.has("example-cue", max(cs, a - 6), a)
        return bool(cues) and bool(self.text.has("symptom-noun", max(cs, cues[-1][0] - 12), cues[-1][0]))

    def _risk_to(self, b: int, ce: int) -> list[str]:
        """The body systems a denied risk is said to be to ("no risk at all | to your heart or lungs"), if any are
        named: each organ of the list after "to" or "for"."""
        words = self.words
        organs = self._classes.get("organ")
        k = b + 2 if words[b : b + 2] == ["at", "all"] else b
        if organs is None or k >= ce or words[k] not in ("to", "for"):
            return []
        k += 1
        out: list[str] = []
        links = self.lang.terms("list-link")
        while k < ce:
            if words[k] in self._determiners or words[k] in links:
                k += 1
                continue
            found = organs.longest(words, k)
            if found is None:
                break
            out.append(found[1])
            k = found[0]
        return out

    def _studied(self, cs: int, a: int) -> bool:
        """Whether a harm at token a is in a list of outcomes a `study-verb` takes ("looking at | heart attacks,
        strokes and clots"): back over the list's items and links to the verb."""
        listed = {
            j
            for name in ("harm", "harm-general", "condition")
            for h, h_end in self.text.has(name, max(cs, a - 15), a)
            for j in range(h, h_end)
        }
        ends = {v_end for _, v_end in self.text.has("study-verb", max(cs, a - 16), a)}
        links = self.lang.terms("list-link")
        for k in range(a - 1, max(cs, a - 16) - 1, -1):
            if k + 1 in ends:
                return True
            if k not in listed and self.words[k] not in links and self.words[k] not in self._determiners:
                return False
        return False

    def _used_to(self, k: int) -> bool:
        """Whether "used to" stands right before token k: how things were, not how they are."""
        return k >= 2 and self.words[k - 2 : k] == ["used", "to"]

    def _set_against(self, cs: int, k: int) -> bool:
        """Whether an `instead-of` phrase ("rather than", "instead of") ends just before token k, up to one adverb
        between."""
        return any(end >= k - 1 for _, end in self.text.has("instead-of", max(cs, k - 4), k))

    def _history(self, cs: int, a: int) -> bool:
        """Whether a term at token a ends a relative clause that gives people's history: "who" after a word for
        people, then only `history-word`s ("people who have already had | a heart attack")."""
        words = self.words
        history = self.lang.terms("history-word") | self.lang.terms("list-link.alternative")
        relatives = self.lang.terms("person-relative")
        listed = {j for name in ("harm", "condition") for h, h_end in self.text.has(name, max(cs, a - 12), a) for j in range(h, h_end)}
        for k in range(a - 1, max(cs, a - 12), -1):
            if words[k] in relatives:  # "people aged 75 and over | who"
                people = self.text.has("person-noun", max(cs, k - 6), k) or self.text.has("population", max(cs, k - 6), k)
                return bool(people) or words[k - 1] in self.lang.terms("person-pronoun") | self.lang.terms("group-pronoun")
            if words[k] not in history and k not in listed:
                return False  # "a heart attack or | stroke": an earlier item of the same list
        return False

    def _located(self, b: int, ce: int) -> str | None:
        """The body system of the part a general harm is placed in ("pain in both knees", "an ache behind the eyes")."""
        words = self.words
        organs = self._classes.get("organ")
        if organs is None or b >= ce or words[b] not in ("in", "around", "behind", "under", "across", "along"):
            return None
        for k in range(b + 1, min(ce, b + 4)):
            found = organs.longest(words, k)
            if found is not None:
                return found[1]
        return None

    def _names_medicine(self, b: int, ce: int) -> bool:
        """Whether a word for medicine follows a condition's name, which then says what the medicine is for."""
        return b < ce and any(starts == b for name in _MEDICINE_HEADS for starts, _ in self.text.has(name, b, min(ce, b + 3)))

    def _called_side_effect(
        self, emit: _Emitter, cs: int, ce: int, a: int, b: int, by_class: dict[str, list[tuple[int, int, str]]]
    ) -> None:
        """A harm the vocabularies do not know, named a side effect by the sentence's form: "tingly lips are the most
        commonly reported side effect", "the most common side effect is a gritty feeling in the eyes". Not another
        medicine's ("... a side effect of antihistamines") and not a description ("side effects are rare")."""
        words = self.words
        has = self.text.has
        if words[b : b + 1] == ["of"] or self._negated_before(cs, a):
            return
        lead = has("copula", max(cs, a - 6), a)  # "X are | the most commonly reported | side effect"
        describing = self.lang.terms("determiner") | self.lang.terms("occurrence-cue") | self.lang.terms("ranking-word")
        if lead and lead[-1][0] > cs and all(w in describing or w.endswith("ly") for w in words[lead[-1][1] : a]):
            first = cs + (words[cs] in self.lang.terms("determiner"))
            harm = (first, lead[-1][0])
        else:
            after = has("copula", b, min(ce, b + 2))  # "the most common side effect is | a gritty feeling in the eyes"
            start = after[0][1] if after else ce
            if start >= ce or words[start] not in self.lang.terms("determiner"):
                return
            end = next((k for k in range(start, ce) if words[k] in (",", ";", ".", "and", "but")), ce)
            harm = (start, end)
        first, last = harm
        if not 0 < last - first <= _HARM_WORDS or not all(w[0].isalnum() for w in words[first:last]):
            return
        if words[first] in self.lang.terms("pronoun") or words[first] in self.lang.terms("product-pronoun"):
            return  # "this is a known side effect": a harm named elsewhere
        if any(has(n, max(cs, first - 1), a if first < a else last) for n in _WELCOME):
            return  # "better sleep is a welcome side effect": a benefit, said wryly
        organs = [g for o, o_end, g in by_class.get("organ", []) if first <= o < last]
        emit.add(HARM, first, last, target=organs[0] if organs else "general", member=" ".join(map(singular, words[first:last])))

    def _member(self, a: int, b: int) -> str:
        """The one harm a mention names, by its sense ("hooked" and "habit-forming" are one), or by its words; none for
        a kind of harm ("withdrawal symptoms", "heart problems"), which rules out or stands for its members."""
        if any(c_end == b for _, c_end in self.text.has("harm-class-head", max(a, b - 2), b)):
            return ""
        senses = self._classes.get("harm-sense")
        for k in range(a, b) if senses is not None else ():
            found = senses.longest(self.words, k)
            if found is not None and found[0] <= b:
                return "" if senses.attributes.get(found[1], {}).get("kind") else found[1]  # "leaves no mark": any
        return " ".join(singular(w) for w in self.words[a:b])

    def _names_harms(self, b: int) -> bool:
        """Whether a general term goes on to name the harms it means: "side effects of | such as | like sedation", or
        whose they are: "the side effects that come with stimulant drugs"."""
        words = self.words
        naming = self.text.has("harm-naming", b, min(len(words), b + 2))
        if naming and naming[0][0] == b and self.text.has("harm", naming[0][1], min(len(words), b + 4)):
            return True
        # "the side effects that come with stimulant drugs", "... of antidepressants": another medicine's harms
        _, e = self.text.sentence_of(b)
        reach = min(e, b + _OTHERS_HARMS)
        return any(self.text.has(n, b, reach) for n in ("drug", "drug-class")) and not self.reader.topic.names(words, b, reach)

    def _names_group(self, cs: int, v: int) -> bool:
        """Whether the verb at v describes who the readers are, not what happened to them: "those experiencing
        chronic pain", "people who suffer from migraines"."""
        words = self.words
        before = words[v - 1] if v > cs else ""
        terms = self.lang.terms
        participle = words[v].endswith("ing") and (before in terms("person-noun") or before in terms("group-pronoun"))
        return participle or before == "who"

    def _organ(self, emit: _Emitter, cs: int, ce: int, a: int, b: int, group: str) -> None:
        """Safety for an organ: "gentle on the stomach", "kind to your liver", "won't strain your heart", "protects the liver"."""
        words = self.words
        has = self.text.has
        for k in range(a - 1, max(cs, a - 6) - 1, -1):  # "gentle on | even the most sensitive | skin"
            kind = has("safety-adjective", max(cs, k - 2), k) or (words[k] != "for" and has("organ-kind-adjective", k - 1, k))
            if words[k] in ("on", "to", "for") and k > cs and kind:
                emit.add(SAFE, kind[0][0], b, target=group)
                return
            burden = has("burden-noun", max(cs, k - 3), k) if words[k] == "on" else []
            if burden and (self._negated_before(cs, burden[-1][0]) or has("negator", max(cs, k - 4), k)):
                emit.add(SAFE, self._negation_start(cs, burden[-1][0]), b, target=group)  # "won't put any strain on your heart"
                return
        # a verb, not a participle describing the part ("cannot keep a damaged liver working")
        injured = [v for v, v_end in has("injure-verb", max(cs, a - 6), a) if v_end >= a - 4 and words[v - 1] not in self._determiners]
        if injured:
            v = injured[-1]
            reading = self.reader.read(v, b)
            if (self._negated_before(cs, v) or NEGATED in reading.reasons) and not (reading.subject == "other" and reading.subject_class):
                negators = self.text.has("negator", cs, v)  # "nothing about it can damage the bowel wall"
                emit.add(SAFE, negators[-1][0] if negators else self._negation_start(cs, v), b, target=group)
                return
            if reading.subject in ("self", "none"):
                emit.add(HARM, v, b, target=group, member=" ".join(words[a:b]))  # "it can burn the retina"
                return
        torn = [  # not "your gums will stop | bleeding": a harm said to end
            v_end
            for v, v_end in has("organ-injury-verb", b, min(ce, b + 3))
            if not has("negator", b, v)
            and not has("treat-verb", b, v)
            and not has("determiner", v - 1, v)  # "a burst of energy"
            and not self._used_to(v)  # "my gums used to bleed": how things were before
        ]
        if torn and not self._negated_before(cs, a):  # "very occasionally the intestine can tear"
            emit.add(HARM, a, torn[0], target=group, member=" ".join(words[a:b]))
            return
        found = self._verb_before(cs, a)
        if found is None:
            return
        kind, v = found
        negated = self._negated_before(cs, v) or any(w.endswith("n't") or w in ("not", "never") for w in words[max(cs, v - 3) : v])
        if kind == "worse" and negated:
            emit.add(SAFE, self._negation_start(cs, v) if self._negated_before(cs, v) else v, b, target=group)
        elif kind == "better" and words[v] in ("protect", "protects", "protecting", "protected"):
            # "protects your skin from UV radiation": from a threat outside, which says nothing of its own harms; but
            # "protects the liver from everyday wear" promises it comes to no harm
            outside = (
                b < ce
                and words[b] in ("from", "against")
                and not any(self.text.has(name, b + 1, min(ce, b + 4)) for name in ("harm-general", "burden-noun", "harm", "harm-sense"))
            )
            if not outside:
                emit.add(SAFE, v, b, target=group)
        elif kind == "worse" and self.reader.read(v, b).subject == "self":
            emit.add(HARM, v, b, target=group, member=" ".join(words[a:b]))  # "it can irritate the gullet": harm to it

    def _non_harms(self, emit: _Emitter, s: int, e: int) -> None:
        """A harm denied by a prefix in one word ("non-drowsy", "non-habit-forming"): that harm ruled out."""
        senses = self._classes.get("harm-sense")
        if senses is None:
            return
        prefixes = self.lang.terms("negating-prefix")
        for k in range(s, e):
            head, dash, tail = self.words[k].partition("-")
            found = senses.longest([tail], 0) if dash and head in prefixes else None
            if found is not None:
                emit.add(SAFE, k, k + 1, target=str(senses.attributes.get(found[1], {}).get("system", "general")), member=found[1])

    def _safety_words(self, emit: _Emitter, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> None:
        """Absolute safety in so many words: "completely safe", "risk-free", "harmless"."""
        for a, b, _ in by_class.get("absolute-safety", []):
            if not self._harm_called_safe(cs, a) and not self._describes_other(cs, a, b, ce):
                for target in self._risk_to(b, ce) or ["all"]:  # "no risk at all | to your heart"
                    emit.add(SAFE, a, b, target=target)
        words = self.words
        for v, v_end, _ in by_class.get("worse-verb", []):  # "it never irritates": no object, no harm of any kind
            if not (v_end >= ce or words[v_end] in (",", ";", ".", "and", "so", "or", "even", "at")):
                continue  # an object follows: not a bare denial
            start = self._negation_start(cs, v)
            if not words[v].endswith("ing") and self.text.has("copula", max(cs, start - 2), v):
                continue  # "the science is not thin", "the air isn't dry": an adjective said of a subject, no verb
            if start > cs and words[start - 1] in self.lang.terms("person-pronoun"):
                continue  # "now I don't bother": a person who does not trouble to, not a product that harms no one
            if start < v and not self.text.has("determiner", start, v):  # not "minus the brown | staining", a noun
                emit.add(SAFE, start, v_end, target="all")

    def _describes_other(self, cs: int, a: int, b: int, ce: int) -> bool:
        """Whether a safety word at tokens a..b-1 describes the noun after it, which is not the product ("the
        many harmless bacteria in the gut"), unlike "a harmless remedy", "harmless even for children"."""
        if b >= ce or not self.words[b].isalpha() or self.words[b] in self.lang.terms("stopword"):
            return False
        if not any(self.text.has(n, max(cs, a - 3), a) for n in ("determiner", "partial", "majority")):
            return False  # no noun phrase opened before it: "it's harmless | even for ..."
        if self.words[b] in self.reader.topic.words:
            return False
        return not any(self.text.has(n, b, b + 1) for n in ("product", "treatment-noun", "medicine", "container", "procedure"))

    def _harm_called_safe(self, cs: int, a: int) -> bool:
        """Whether a safety word at token a is said of a symptom, not the product: "dark stools are harmless",
        "the tingling is completely harmless": a symptom as the subject of a copula right before it."""
        has = self.text.has
        copulas = [c for c, c_end in has("copula", max(cs, a - 3), a)]
        if not copulas:
            return False
        c = copulas[-1]  # the symptom right before it, as its subject ("dark stools | are"), not what the product
        # is for ("CBD oil for anxiety | is completely safe")
        prepositions = self.lang.terms("preposition")
        return any(
            h_end >= c - 1 and (h == cs or self.words[h - 1] not in prepositions)
            for name in ("harm", "harm-sense", "condition")
            for h, h_end in has(name, max(cs, c - 4), c)
        )

    # -- who may take it ------------------------------------------------------------------------

    def _ages_of(self, name: str, group: str) -> tuple[float, float] | None:
        ages = self._classes[name].attributes.get(group, {}).get("ages")
        return (float(ages[0]), float(ages[1])) if isinstance(ages, list) and len(ages) == 2 else None

    def _age_bound(self, a: int, b: int) -> tuple[float, float] | None:
        """An age range stated in numbers after a population: "children under 12", "anyone younger than 18"."""
        has = self.text.has
        end = min(len(self.words), b + 6)
        bounds = [0.0, 120.0]
        found = False
        for name, side in (("age-below", 1), ("age-above", 0)):
            # from the population ("under-12s") and after it, where "children under" gives way to "under the age of"
            for _, q_end in has(name, a, end) + has(name, b, end):
                n = next((x for k in range(q_end, min(end, q_end + 2)) if (x := self._age(k)) is not None), None)
                if n is not None:  # both ends when both are given: "from 2 months of age and children up to 6 years"
                    bounds[side] = n
                    found = True
                    break
        return (bounds[0], bounds[1]) if found else None

    def _age(self, k: int) -> float | None:
        """The age in years a number at token k gives ("six months" is half a year)."""
        n = self.number(k, k + 1)
        words = self.words
        if n is None or (words[k] in ("a", "an") and words[k + 1 : k + 2] not in (["year"], ["month"], ["week"])):
            return None  # "benefit from a weekly session": an article, not an age ("from a year old" is one)
        unit = k + 1  # "2 to 3 months": the unit after the range's end
        if unit + 1 < len(words) and words[unit] in ("to", "-", "–") and self.number(unit + 1, unit + 2) is not None:
            unit += 2
        return n / _AGE_UNITS.get(words[unit] if unit < len(words) else "", 1.0)

    def number(self, lo: int, hi: int) -> float | None:
        """The first number in tokens lo..hi-1, in digits or words ("12", "twelve")."""
        words = self.words
        cls = self._number_words
        for k in range(lo, hi):
            if _DIGITS.fullmatch(words[k]):
                return float(words[k].replace(",", ""))
            found = cls.longest(words, k)
            if found is not None:
                return float(found[1])
        return None

    @cached_property
    def _number_words(self) -> WordClass:
        return self.lang.word_class("number-word")

    def _scope_and_exclusion(self, emit: _Emitter, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> None:
        groups = [(n, a, b, g) for n in ("population", "population-state", "condition") for a, b, g in by_class.get(n, [])]
        exclusion = by_class.get("exclusion-cue", []) or self._refused_use(cs, ce, groups) or self._denied_suitability(cs, ce, groups)
        everyone = self.text.has("universal-scope", exclusion[0][1], min(ce, exclusion[0][1] + 2)) if exclusion else []
        if everyone and (everyone[0][1] >= ce or not self.words[everyone[0][1]][0].isalnum()):
            return  # "it isn't suitable for everyone.": some should not take it, which excludes no one in particular
        after = self.words[exclusion[0][1]] if exclusion and exclusion[0][1] < ce else ""
        if after in self.lang.terms("limit-word") or _DIGITS.fullmatch(after):
            return  # "do not give more than 2 doses": a limit on the dose, not a group excluded
        if exclusion and self._other_object(exclusion[0][1], ce):
            return  # "children under ten should not take aspirin": another medicine refused, not the product
        if exclusion:
            joins = self.reader.joins(
                cs, exclusion[0][0], self.lang.terms("clause-join")
            )  # "some get diarrhoea, and | people with kidney disease should not"
            lo = joins[-1] + 2 if joins else cs
            for n, a, b, g in (m for m in groups if m[1] >= lo):
                if a == exclusion[0][1] and self.words[a].endswith("ing") and self._classes[n].attributes.get(g, {}).get("activity"):
                    continue  # "avoid driving or operating machinery": what not to do after a dose ("not for drivers" is who)
                if n == "condition" and self._names_medicine(b, ce):
                    continue  # "won't be offered the flu vaccine": what the medicine is for, not who has the condition
                ages = self._age_bound(a, b) or (self._ages_of(n, g) if n == "population" else None)
                if ages is not None and ages[0] <= 0 and ages[1] >= _OLDEST:
                    continue  # "many people, of all ages, do not use their inhaler well": no group in particular
                target = g if n != "condition" else "condition"
                first = min(exclusion[0][0], a)
                emit.add(EXCLUDE, first, max(b, exclusion[0][1]), target=target, ages=ages)
            for a, b, _ in by_class.get("drug", []) + by_class.get("drug-class", []):
                emit.add(INTERACTION, min(exclusion[0][0], a), max(b, exclusion[0][1]), target=self.text.quote(a, b).lower())
                takers = self.text.has("medication-group-cue", max(cs, a - 4), a)
                if takers and takers[-1][1] >= a - 2:  # "if you inject insulin, it is off the menu": those on it excluded
                    emit.add(EXCLUDE, min(exclusion[0][0], takers[-1][0]), max(b, exclusion[0][1]), target="medication")
            for a, b, _ in by_class.get("universal-scope", []) if not groups else []:
                bound = self._age_bound(a, b)  # "we do not treat anyone under the age of 12": an age group, in numbers
                if bound is not None:
                    emit.add(EXCLUDE, min(exclusion[0][0], a), max(b, exclusion[0][1]), target="age", ages=bound)
            return
        # not a noun after its article: "the benefits faded", unlike "everyone benefits"
        suitable = [m for m in self.text.has("suitability", cs, ce) if m[0] == cs or self.words[m[0] - 1] not in self._determiners]
        suitable = suitable or self._can_use(cs, ce, by_class.get("universal-scope", []))
        # not "anyone unsure whether ...", nor who took part in the research ("many randomised trials in children and adults")
        scopes = [
            m
            for m in by_class.get("universal-scope", []) + self._every_person(suitable, ce)
            if not self._restricted(m[1], ce) and not self.text.has("evidence-noun", max(cs, m[0] - 4), m[0])
        ]
        if any(self.text.has("approximator", max(cs, a - 1), a) or self._most_of(cs, a) for a, _, _ in scopes):
            scopes = []  # "safe for almost everyone", "suits most people, whatever their age": not a claim about everyone
        if self.text.has("well-only", cs, ce):
            scopes = []  # "for healthy adults, it suits any age": not those with a condition
        for a, b, _ in scopes:
            if suitable:
                owner = [(n, g) for n, pa, pb, g in groups if n == "population" and a - 2 <= pb <= a and "," not in self.words[pb:a]]
                if owner:  # "adults of all ages": every adult, not everyone
                    ages = self._ages_of(*owner[0])
                    emit.add(SCOPE, min(a, suitable[0][0]), max(b, suitable[0][1]), target=owner[0][1], ages=ages, region=True)
                    continue
                linked = [e for _, e in self.text.has("group-link", b, min(ce, b + 2)) if e - 1 <= b + 2]
                held = [pb for n, pa, pb, _ in groups if n == "condition" and linked and linked[0] <= pa <= linked[0] + 3]
                if held:  # "anyone with back or neck pain can be treated": all who have it, whatever else they have
                    emit.add(SCOPE, min(a, suitable[0][0]), max(held[0], suitable[0][1]), target="condition", ages=ALL_AGES, region=True)
                    continue
                bound = self._age_bound(a, b)  # "anyone over 12" is an age group, not everyone, but all of it
                target, ages = ("age", bound) if bound else ("everyone", ALL_AGES)
                emit.add(SCOPE, min(a, suitable[0][0]), max(b, suitable[0][1]), target=target, ages=ages, region=bool(bound))
        if suitable and not by_class.get("universal-scope"):
            ranged = [(n, a, b, g) for n, a, b, g in groups if n != "condition"]
            if ranged:
                n, a, b, g = ranged[0]
                ages = self._ages_of(n, g)
                if len(ranged) > 1 and ages is not None and (last := self._ages_of(*ranged[-1][::3])) is not None:
                    ages = (ages[0], last[1])  # "from toddlers to grandparents"
                bound = self._age_bound(a, ranged[-1][2])
                if bound is not None:  # "children aged 6 and over": the group from that age
                    ages = (max(bound[0], ages[0]), min(bound[1], ages[1])) if ages else bound
                every = bool(self.text.has("universal", max(cs, a - 3), a))  # "every mum-to-be": all of the group
                emit.add(SCOPE, min(a, suitable[0][0]), max(ranged[-1][2], suitable[0][1]), target=g, ages=ages, region=every)

    def _most_of(self, cs: int, a: int) -> bool:
        """A majority just before a scope ("most people no matter their age"), not a superlative ("the most gentle
        for everyone")."""
        return any(j == cs or self.words[j - 1] != "the" for j, _ in self.text.has("majority", max(cs, a - 3), a))

    def _can_use(self, cs: int, ce: int, everyone: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        """Everyone as the subject of using it: "every body can soak", "any adult can follow the plan"; the verb is
        one of using a treatment, so "anyone can get shingles" says nothing of who may use it."""
        words = self.words
        for _, b, _ in everyone:
            for k in range(b, min(ce, b + 4)):
                if words[k] in self.lang.terms("permission-modal"):
                    v = k + 1 + (k + 1 < ce and words[k + 1] in ("safely", "all"))
                    verb = self.text.has("refusal-verb", v, min(ce, v + 1))
                    if verb and self._uses_it(verb[0][1], ce):
                        return [(k, verb[0][1])]
                    break
        return []

    def _other_object(self, end: int, ce: int) -> bool:
        """Whether the words right after an exclusion cue name something else as its object: another medicine
        ("should not take aspirin", "must avoid ibuprofen") or a study's results ("you can't take these results and
        apply them to a toddler"), not the product or the people kept from it."""
        k = end + (end < ce and self.words[end] in self._determiners)
        if k >= ce or self.words[k] in self.reader.topic.words:
            return False
        return any(self.text.has(n, k, k + 1) for n in ("drug", "drug-class", "evidence-source"))

    def _uses_it(self, v_end: int, ce: int) -> bool:
        """Whether a verb of use at v_end takes the product as its object: a word of its name, "it", "one", a word
        for a product or treatment, or none ("every body can soak"), not "plenty of fluids"."""
        words = self.words
        k = v_end + (v_end < ce and words[v_end] in self.lang.terms("preposition"))  # "can soak in it"
        k += k < ce and words[k] in self._determiners
        if k >= ce or not words[k][0].isalnum() or words[k] in self.reader.topic.words:
            return True
        if words[k] in self.lang.terms("pronoun") | self.lang.terms("product-pronoun") | {"one"}:
            return True
        return any(self.text.has(n, k, k + 1) for n in ("product", "treatment-noun", "container", "procedure"))

    @cached_property
    def _determiners(self) -> frozenset[str]:
        return self.lang.terms("determiner")

    def _every_person(self, suitable: list[tuple[int, int]], ce: int) -> list[tuple[int, int, str]]:
        """Every user, said with a word for people after a suitability: "safe for every sleeper", "open to any
        visitor"."""
        out = []
        for _, end in suitable:
            if end < ce and self.words[end] in self.lang.terms("each-quantifier"):
                j = end + 1 + (self.words[end + 1 : end + 2] == ["single"])
                # "safe for every sleeper", and a body part for its owner: "suits every neck, whatever its age"
                person = self.text.has("person-noun", j, min(ce, j + 1)) or self.text.has("organ", j, min(ce, j + 1))
                if person and not self.text.has("not-a-person", j, j + 1):
                    out.append((end, person[0][1], ""))
        return out

    def _restricted(self, end: int, ce: int) -> bool:
        """Whether the words right after "anyone" confine it to some people ("anyone unsure whether it is right for
        them", "everyone with diabetes"): no claim about everyone."""
        found = self.text.has("scope-restrictor", end, min(ce, end + 3))
        return bool(found) and found[0][0] == end

    def _refused_use(self, cs: int, ce: int, groups: list[tuple[str, int, int, str]]) -> list[tuple[int, int, str]]:
        """A use of the product denied in its own words, as an exclusion cue: "should not drink kava", "we do not
        offer dry needling to ...", "we cannot treat anyone with ...", "never tape anyone under 18" (the product's
        own name as the verb); the verb's object is the product, a word for it or the people refused, or a group is
        the subject ("children under ten should not wear them"), so "most people do not take enough iron" refuses
        nothing."""
        words = self.words
        topic = self.reader.topic.words
        objects = self.lang.terms("pronoun") | self.lang.terms("product-pronoun")
        negators = self.lang.terms("negator")
        verbs = self.text.has("refusal-verb", cs, ce)
        named = [(k, k + 1) for k in range(cs + 1, ce) if words[k] in topic and words[k - 1] in negators]  # "never tape anyone"
        named = [n for n in named if not any(v <= n[0] < v_end for v, v_end in verbs)]
        for v, v_end in sorted(verbs + named):
            negators = self.text.has("negator", max(cs, v - 2), v)  # "we cannot treat", "should not drink"
            start = min([self._negation_start(cs, v)] + [n for n, _ in negators])
            if start == v and words[cs] in self.lang.terms("no-one") and any(cs < a < v for _, a, _, _ in groups):
                start = cs  # "nobody who is pregnant should use one": the group refused from the clause's first word
            if start == v or self.text.has("not-only", max(cs, v - 4), v):
                continue
            reach = min(ce, v_end + 3)
            after = words[v_end:reach]
            people = (
                self.text.has("universal-scope", v_end, min(ce, v_end + 2))
                or self.text.has("person-noun", v_end, min(ce, v_end + 2))
                or any(v_end <= a < reach for _, a, _, _ in groups)  # "must not be given to babies under a year"
            )
            other = any(self.text.has(n, v_end, reach) for n in ("drug", "drug-class", "medicine", "natural-substance"))
            subject = any(cs <= a and b <= v for _, a, b, _ in groups) and not other  # "nobody who is pregnant should use one"
            if (v, v_end) in named:
                if people:  # the product's name as the verb refuses only people: "never tape anyone under 18"
                    return [(start, v_end, "")]
                continue
            if topic.intersection(after) or objects.intersection(after[:1]) or people or subject:  # "we cannot admit guests who ..."
                return [(start, v_end, "")]
        return []

    def _denied_suitability(self, cs: int, ce: int, groups: list[tuple[str, int, int, str]]) -> list[tuple[int, int, str]]:
        """A denied suitability before a group, as an exclusion cue: "they aren't suitable for anyone under 12",
        "it is not right for people with gout"; "it isn't for everyone" names no one, which the caller tells apart."""
        for a, b in self.text.has("suitability", cs, ce):
            start = self._negation_start(cs, a)
            named = any(b <= ga <= b + 3 for _, ga, _, _ in groups) or self.text.has("universal-scope", b, min(ce, b + 2))
            if start < a and named:
                return [(start, b, "")]
        return []

    def _interactions(self, emit: _Emitter, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> None:
        """A stated interaction: a named drug or drug class with a verb of one medicine changing another."""
        if by_class.get("exclusion-cue"):
            return
        named = by_class.get("drug", []) + by_class.get("drug-class", [])
        drugs = [(a, b) for a, b, _ in named if not self.reader.topic.names(self.words, a, b) and self._taken(cs, a, b)]
        if by_class.get("combination-safe") and self._safe_combinations(emit, cs, ce, drugs):
            return
        for v, v_end in self.text.has("continue-verb", cs, ce):  # "you can carry on taking any other medication"
            medicines = self.text.has("medicine", v_end, min(ce, v_end + 6))
            every = bool(medicines) and not self.lang.terms("every-other").isdisjoint(self.words[v_end : medicines[0][0]])
            if every and not self._negated_before(cs, v):  # not "keep taking your tablets": advice, not a claim
                emit.add(NO_INTERACTION, v, medicines[0][1], target="")
                return
        if not drugs:  # every interaction below names a medicine, but for one with medicines taken beside it
            self._interacts_with_any(emit, cs, ce)
            return
        verbs = self.text.has("interaction-verb", cs, ce) or self._drug_action(cs, ce, drugs) or self._forbidden(cs, ce)
        cues = self._interaction_cues(cs, ce) or self._taken_with(cs, ce, drugs)
        if not verbs and not cues:
            return
        if not verbs and all(self.text.has("medication-group-cue", c, c_end) for c, c_end in cues) and self._cleared(cs, ce):
            return  # "if you're on warfarin, the spray is fine": who may use it, no warning
        anchor = (verbs or cues)[0]
        opening = any(a <= cs + 1 and b <= anchor[0] for a, b in drugs)
        if opening and any(a >= anchor[1] - 1 for a, _ in drugs):
            return  # "Ibuprofen reduces the effect of aspirin": two other medicines, but "Warfarin interacts with it"
        if opening and verbs and self.text.has("medicine", anchor[1], min(ce, anchor[1] + 4)):
            return  # "Antacids can block absorption of tablets taken with them": what another medicine does to others
        for a, b in drugs:
            emit.add(INTERACTION, min(a, anchor[0]), max(b, anchor[1]), target=self.text.quote(a, b).lower())

    def _cleared(self, cs: int, ce: int) -> bool:
        """Whether a sentence naming people on a medicine only clears them to use the product ("if you're on
        warfarin, the spray is fine"): a word of safety, and no warning (advice to see someone, care, a danger or a harm)."""
        has = self.text.has
        if not (has("safety-adjective", cs, ce) or has("fine-word", cs, ce)):
            return False
        return not any(has(name, cs, ce) for name in ("consult-verb", "caution-cue", "negator", *_AFTER_COMBINING))

    def _interacts_with_any(self, emit: _Emitter, cs: int, ce: int) -> None:
        """An interaction with whatever else is taken, by form: a verb of one medicine changing another, then a word
        for medicine taken beside it ("can block absorption of tablets taken at the same time", "may weaken other
        medicines you take")."""
        has = self.text.has
        for v, v_end in has("interaction-verb", cs, ce):
            for m, m_end in has("medicine", v_end, min(ce, v_end + 4))[:1]:
                if (
                    has("co-use-cue", m_end, min(ce, m_end + 6))
                    and not self._negated_before(cs, v)
                    and not self.text.has("negator", max(cs, v - 3), v)
                ):
                    emit.add(INTERACTION, v, m_end, target=self.text.quote(m, m_end).lower())
                    return

    def _interacting(self, b: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> str:
        """The medicine a "doesn't interact" is said of, when "with" names one ("won't interfere with common
        painkillers"); "" for every medicine ("with your medication", "with anything")."""
        if b >= ce or self.words[b] != "with":
            return ""
        named = [(a, e) for a, e, _ in by_class.get("drug", []) + by_class.get("drug-class", []) if b < a <= b + 6]
        if named:
            return self.text.quote(*min(named)).lower()
        # "with common blood pressure or diabetes medicines": a kind of medicine, in the writer's words
        medicines = self.text.has("medicine", b + 1, min(ce, b + 8))
        if not medicines or self._every_medicine(b + 1, medicines[0][0]):
            return ""
        return self.text.quote(b + 1, medicines[0][1]).lower()

    def _every_medicine(self, lo: int, m: int) -> bool:
        """Whether the words from lo to a word for medicine at m make it every medicine ("any other medicine",
        "your medication"), not a kind of it ("blood pressure medicines")."""
        return bool(self.text.has("every-medicine-cue", lo, m))

    def _past_count(self, k: int, a: int) -> int:
        """Where the words from k go on after a count and its bound ("more than 180 | clinical trials")."""
        bounds = self.text.has("bound-lower", k, a) + self.text.has("bound-upper", k, a)
        k = bounds[0][1] if bounds and bounds[0][0] == k else k
        return k + 1 if k < a and _DIGITS.fullmatch(self.words[k]) else k

    def _opens(self, cs: int, k: int) -> bool:
        """Whether a word opens its sentence, perhaps after a conjunction or a short aside and its comma ("But no
        trial ...", "Honestly, no trial ...", "So far, no study ...")."""
        return (
            k == cs
            or (k == cs + 1 and self.words[cs] in self.lang.terms("phrase-link"))
            or (k - cs <= 3 and self.words[k - 1] == "," and not self.verb_between(cs, k))
        )

    def verb_between(self, a: int, b: int) -> bool:
        """Whether a verb or a preposition stands between two words of one noun phrase ("dozens of people | took part in |
        the trial"), so that they are not one."""
        return any(w in self._phrase_breaks for w in self.words[a:b])

    @cached_property
    def _phrase_breaks(self) -> frozenset[str]:
        terms = self.lang.terms
        return terms("preposition") | terms("copula") | terms("auxiliary")

    def _drug_action(self, cs: int, ce: int, drugs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A change to what another medicine does, by form: a verb of change, then what a medicine does and "of"
        ("increases the blood-thinning action of", "slows the liver's breakdown of"); or a medicine made into
        something else ("makes the contraceptive pill less effective"), as an interaction verb."""
        words = self.words
        has = self.text.has
        out = []
        for n, n_end in has("drug-action-noun", cs, ce):
            verbs = has("drug-action-verb", max(cs, n - 5), n)
            if verbs and n_end < ce and words[n_end] == "of":
                out.append((verbs[-1][0], n_end + 1))
        for a, b in drugs:
            moved = [v for v, v_end in has("drug-action-verb", max(cs, a - 3), a) if v_end >= a - 2]
            levels = [n_end for n, n_end in has("drug-action-noun", b, min(ce, b + 3)) if n == b]
            if moved and levels:  # "it raises statin levels in the blood"
                out.append((moved[-1], levels[0]))
            linked = [k for k, k_end in has("drug-harm-link", max(cs, a - 3), a) if k_end == a]
            if linked and has("drug-action-verb", max(cs, linked[0] - 6), linked[0]):  # "adds to the drowsiness caused by benzodiazepines"
                out.append((has("drug-action-verb", max(cs, linked[0] - 6), linked[0])[-1][0], b))
            made = [v for v, v_end in has("make-verb", max(cs, a - 3), a) if v_end >= a - 2]
            changed = [c_end for c, c_end in has("drug-effect-change", b, min(ce, b + 3)) if c <= b + 1]
            changed = changed or [c_end for _, c_end in has("drug-effect-more", b, min(ce, b + 6))]  # "... thin the blood even further"
            if made and changed:
                out.append((made[-1], changed[0]))
            # "clopidogrel becomes less effective in people who also take it", "warfarin's action is reduced by it"
            near = (b, min(ce, b + 7))
            shifted = has("level-shift", *near) or has("drug-action-verb", *near) or has("drug-effect-change", *near)
            beside = has("co-use-cue", b, ce)
            if shifted and beside:
                out.append((a, max(shifted[0][1], beside[0][1])))
        return out

    def _taken(self, cs: int, a: int, b: int) -> bool:
        """Whether a medicine named at a..b is one taken, not one compared with ("in a similar way to
        antidepressants") nor the body's own chemical ("raises levels of dopamine", but "taken with insulin")."""
        has = self.text.has
        compared = has("comparison-opener", max(cs, a - _COMPARED_REACH), a)
        if compared and not (has("drug-class", max(cs, compared[-1][0] - 3), compared[-1][0])):
            return False  # "in a similar way to antidepressants", but "sedatives like diazepam" gives an example
        if not has("body-chemical", a, b) or any(has(n, b, b + 1) for n in ("container", "medicine", "product")):
            return True  # "thyroid hormone | tablets", "insulin | injections": the medicine
        lo = max(cs, a - 3)
        return bool(has("combination-word", max(cs, a - 2), a) or has("dosing-verb", lo, a) or self._interaction_cues(lo, a))

    def _interaction_cues(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Words that tie a medicine to the product: how the two are taken together, or who takes it."""
        return sorted(self.text.has("interaction-cue", lo, hi) + self.text.has("medication-group-cue", lo, hi))

    def _forbidden(self, cs: int, ce: int) -> list[tuple[int, int]]:
        """A combination forbidden to the product or the reader ("it should not be combined with", "never mix
        CalmLeaf with"), not between two others ("alcohol should not be combined with sleeping pills")."""
        found = self.text.has("combination-prohibition", cs, ce)
        if not found:
            return []
        own = self.lang.terms("pronoun") | self.lang.terms("product-pronoun") | self.reader.topic.words
        before = self.words[cs : found[0][0]]
        return found if not any(w[0].isalnum() for w in before) or own.intersection(before) else []

    def _taken_with(self, cs: int, ce: int, drugs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Taking the product with another medicine and a harm or a change that follows ("taking it with insulin can
        push your blood sugar too low"), as an interaction cue; not "take it with food"."""
        has = self.text.has
        out = []
        words = self.words
        for a, b in drugs:
            # "taking it with | SSRIs", "with St John's wort or | SSRIs": the "with" before the medicine or its list
            w = next((j for j in range(a - 1, max(cs, a - _LIST_REACH) - 1, -1) if words[j] == "with"), -1)
            # "with | SSRIs", "with prescription | sedatives", "with St John's wort or | SSRIs"
            listed = w >= 0 and (w >= a - 2 or words[a - 1] in ("or", "and", ","))
            taken = listed and has("dosing-verb", max(cs, w - 4), w)
            if taken and any(has(name, b, ce) for name in _AFTER_COMBINING):
                out.append((a - 1, a))
            # "if you take | metformin, | the combination | can push blood sugar too low": both, named as one
            elif (joint := has("joint-use", b, min(ce, b + 4))) and has("dosing-verb", max(cs, a - 3), a):
                if any(has(name, joint[0][1], ce) for name in _AFTER_COMBINING):
                    out.append(joint[0])
            # "it raises the risk of bleeding with | warfarin": the change first, then the medicine it comes with
            elif (
                listed
                and not has("comparison-opener", cs, w + 1)
                and words[w - 1] != "than"
                and any(has(name, cs, w) for name in _AFTER_COMBINING)
            ):
                out.append((w, a))
        return out

    def _safe_combinations(self, emit: _Emitter, cs: int, ce: int, drugs: list[tuple[int, int]]) -> bool:
        """No interaction with a named medicine, by form: the medicine beside a word of combining ("with",
        "alongside", "on top of") and the combination called safe ("pairs safely with statins", "taken
        alongside blood thinners without any concern"); not when the safety is denied ("not safe with warfarin")."""
        safe = self.text.has("combination-safe", cs, ce)
        if self.text.has("negator", cs, safe[0][0]) or self.text.has("approximator", cs, ce):
            return False
        combined = [(a, b) for a, b in drugs if any(c_end >= a - 2 for _, c_end in self.text.has("combination-word", max(cs, a - 4), a))]
        if not combined:  # "fine to take alongside any other medicine you use", "mixes safely with every prescription medicine"
            combining = [c_end for _, c_end in self.text.has("combination-word", cs, ce)]
            general = [
                (m, m_end)
                for m, m_end in self.text.has("medicine", cs, ce)
                if any(c <= m <= c + 3 for c in combining) and self._every_medicine(max(cs, m - 3), m)
            ]
            # "If you're already on an antidepressant, it is no problem alongside your prescription": that medicine's
            if general:
                for target in [self.text.quote(a, b).lower() for a, b in drugs] or [""]:
                    emit.add(NO_INTERACTION, min(general[0][0], safe[0][0]), max(general[0][1], safe[0][1]), target=target)
            return bool(general)
        # "statins and other everyday prescriptions", "... or any other medicine": with every medicine, not "statin tablets"
        medicines = self.text.has("medicine", combined[0][0], ce) if combined else []
        general = any(self._every_medicine(max(cs, m - 3), m) for m, _ in medicines)
        for a, b in combined:
            first, last = min(a, safe[0][0]), max(b, safe[0][1])
            emit.add(NO_INTERACTION, first, last, target="" if general else self.text.quote(a, b).lower())
        return bool(combined)

    # -- legal status ---------------------------------------------------------------------------

    def _status(self, emit: _Emitter, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> None:
        # A regulator is its country's ("the FDA", "the Food and Drug Administration": one place); a country or
        # region stands as written.
        places = self._places(by_class.get("jurisdiction", []), by_class.get("regulator", []))
        if not places:  # "..., where K2 is sold as a food supplement": the place the sentence names
            s, e = emit.sentence
            places = self._places(self._groups("jurisdiction", s, e), self._groups("regulator", s, e))

        def add(kind: str, a: int, b: int) -> None:
            own = self._regulator_in(a, b)
            if own is not None:  # "not an FDA-approved therapy; ... HSA and FSA accounts": the status names its own
                emit.add(kind, a, b, target=own, place=f"regulator:{own}")
            elif places:  # the nearest: "approved by the FDA, our gummies are made in the USA" is the FDA's approval
                # "cleared by US regulators": the country, not regulators in general, at the same distance
                p_a, p_b, group, place = min(places, key=lambda p: (max(p[0] - b, a - p[1], 0), p[2] == "generic"))
                emit.add(kind, min(a, p_a), max(b, p_b), target=group, place=place)
            else:
                emit.add(kind, a, b, target="", region=True)

        for a, b, _ in by_class.get("status-denied", []):
            add(WITHDRAWN, a, b)
        statuses = [m for m in by_class.get("status", []) if not any(d[0] <= m[0] < d[1] for d in by_class.get("status-denied", []))]
        # An approval or a regulator's check denied ("has not been evaluated by the FDA", "not licensed as a
        # medicine", "the FDA has not reviewed it") says the product holds no such status.
        # A check is a regulator's only where one is named: "studies have not confirmed an effect" is evidence, and
        # "compared in 550 children in England" a trial.
        regulated = bool(places) or self._agency(cs, ce) or bool(self.text.has("official-cue", cs, ce))
        checks = (
            [(a, b, "approved") for a, b in self.text.has("evaluate-verb", cs, ce)]
            if by_class.get("regulator") or self._agency(cs, ce)
            else []
        )
        agents = self._denied_agent(cs, ce, by_class)
        approval = ("approved", "approved-regulated") if regulated else ("approved",)
        denied = sorted({(a, b) for a, b, g in statuses + checks if g in approval and (self._negated_before(cs, a) or a in agents)})
        for a, b in denied:
            add(WITHDRAWN, agents.get(a, self._negation_start(cs, a)), b)
        if regulated:  # "has not yet gone through any US regulatory review"
            for a, b in self.text.has("regulatory-process", cs, ce):
                negators = self.text.has("negator", max(cs, a - 8), a)
                if negators and not any(d <= a < d_end for d, d_end in denied):
                    add(WITHDRAWN, negators[-1][0], b)
        statuses = [m for m in statuses if (m[0], m[1]) not in denied]
        regions = by_class.get("status-region", [])

        def place(kind: str, a: int, b: int) -> None:
            """A status in the region the clause names ("across Europe"), else in its place or anywhere."""
            if not regions:
                return add(kind, a, b)
            r_a, r_b, _ = regions[0]
            where = self.text.quote(r_a, r_b).lower()
            group = next((pg for pa, pb, pg, _ in places if pa <= r_a < pb), where)
            some = any(self.text.has(q, max(cs, r_a - 3), r_a) for q in ("partial", "majority"))  # "several European countries"
            emit.add(kind, min(a, r_a), max(b, r_b), target=group, region=not some, place=where)

        for a, b, g in statuses:
            if g.endswith("-regulated") and not regulated:
                continue  # "Sleep restriction", "the flu is cleared": no regulator or place, no status
            if self._attributive(b, ce) and not self._predicated(cs, a):
                continue  # "a registered dietitian", "a legal drug": a description of something else
            if self.text.has("organisation-noun", b, min(ce, b + 2)):
                continue  # "Skin Support Network is a registered charity": the organisation's standing
            kind = APPROVED if g in approval else WITHDRAWN
            if kind == APPROVED and self._other_named(emit.sentence[0], a):
                continue  # "Green tea extract, by contrast, is approved ...": an approval claimed for something else
            if kind == APPROVED and self.text.has("status-change-cue", max(cs, a - 5), min(ce, b + 4)):
                continue  # "it was licensed until 2012", "it was once approved": a past standing, not today's
            place(kind, a, b)
        if self.text.has("status-change-cue", cs, ce):
            return  # "will soon be sold without a prescription", "prescription-only for many years": news of a change
        for a, b, g in by_class.get("supply", []):  # "you don't need a prescription" sells it openly
            subject = b < ce and self.words[b] in self.lang.terms("auxiliary")  # "no prescription | is needed"
            if self._attributive(b, ce) and not subject and not self.text.has("copula", max(cs, a - 3), a):
                continue  # "stronger than any over-the-counter cold medicine": a kind of other product
            kind = OPEN_SALE if (g == "open") != self._negated_before(cs, a) else CONTROLLED_SALE
            if kind == CONTROLLED_SALE and self.text.has("additive", cs, a):
                continue  # "you can also get them on prescription": one more way to get it, not the only one
            place(kind, self._negation_start(cs, a), b)

    def _regulator_in(self, a: int, b: int) -> str | None:
        """The jurisdiction of a regulator named inside a status word ("fda-approved", "ema-authorised"), if one is."""
        regulators = self._classes.get("regulator")
        if regulators is None:
            return None
        heads = (w.partition("-") for w in self.words[a:b])
        return next((group for head, dash, _ in heads if dash and (group := regulators.group_of(head)) is not None), None)

    def _places(self, jurisdictions: list[tuple[int, int, str]], regulators: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
        """Places as `_status` compares them: a country or region as written, a regulator as its country's."""
        return [(a, b, g, self.text.quote(a, b).lower()) for a, b, g in jurisdictions] + [
            (a, b, g, f"regulator:{g}") for a, b, g in regulators
        ]

    def _groups(self, name: str, s: int, e: int) -> list[tuple[int, int, str]]:
        """(start, end, group) of each term of a class in tokens s..e-1, as `by_class` holds them for a clause."""
        cls = self._classes[name]
        return [(a, b, found[1]) for a, b in self.text.has(name, s, e) if (found := cls.longest(self.words, a)) is not None]

    def _lesion_after(self, b: int, ce: int, lesions: dict[int, int]) -> int | None:
        """Where a mark on the skin named right after a felt symptom ends ("itchy patches", "red, blistered patches",
        "a red, itchy square"), past a comma and one more such word."""
        k = b
        while k < ce and k - b < 4 and (self.words[k] in (",", "and") or self.text.has("symptom-adjective", k, k + 1)):
            k += 1
        return lesions.get(k)

    def _predicated(self, cs: int, a: int) -> bool:
        """Whether a status word before a noun is said of the subject: a copula just before it ("is licensed"), or
        before its article and other modifiers ("is a clinically tested, licensed diabetes medication")."""
        has = self.text.has
        if has("copula", max(cs, a - 3), a):
            return True
        copulas = has("copula", max(cs, a - 6), a)
        return bool(copulas) and bool(has("determiner", copulas[-1][1], min(a, copulas[-1][1] + 1)))

    def _denied_agent(self, cs: int, ce: int, by_class: dict[str, list[tuple[int, int, str]]]) -> dict[int, int]:
        """Checks whose subject is a regulator denied ("no government agency has ever evaluated it", "no regulator
        has signed off on it"): each check's first word, with where its denial starts."""
        agents = self.text.has("agency-word", cs, ce) + [(a, b) for a, b, _ in by_class.get("regulator", [])]
        out: dict[int, int] = {}
        for d, d_end in self.text.has("denial-word", cs, ce):
            if not self._opens(cs, d):
                continue
            for g, g_end in agents:
                if d_end <= g <= d_end + 2:
                    verb = g_end + len(list(itertools.takewhile(self._verb_lead, self.words[g_end : g_end + 3])))
                    out[verb] = d
        return out

    def _verb_lead(self, word: str) -> bool:
        """Whether a word may stand between a subject and its verb ("has ever", "has yet to")."""
        return word in self.lang.terms("auxiliary") or word in self.lang.terms("verb-adverb")

    def _agency(self, cs: int, ce: int) -> bool:
        """Whether a clause names a regulator in general words ("no government agency", "the regulator") or by a
        possessive ("the FDA's approval process")."""
        if self.text.has("agency-word", cs, ce):
            return True
        return any(w.endswith(("'s", "’s")) and w[:-2] in self._regulator_names for w in self.words[cs:ce])

    @cached_property
    def _regulator_names(self) -> frozenset[str]:
        return self._classes["regulator"].one_word_terms() if "regulator" in self._classes else frozenset()

    def _attributive(self, b: int, ce: int) -> bool:
        """Whether a word ending at b modifies the noun after it ("registered dietitian") rather than saying
        something of the subject ("is registered in the UK"); the product's own name after it is its claim."""
        words = self.words
        if b >= ce or not words[b][0].isalpha():
            return False
        terms = self.lang.terms
        verb_object = words[b] in terms("determiner") or words[b] in terms("pronoun")  # "suspended its sale": a verb
        linked = words[b] in terms("preposition") or words[b] in terms("phrase-link")
        return not (verb_object or linked or words[b] in self.reader.topic.words)

    def setting(self, sentence: tuple[int, int]) -> frozenset[tuple[str, str]]:
        """A fronted phrase that sets the claim's condition ("Dissolved under the tongue, ...", "At night, ..."), as a
        qualifier: two claims under different settings do not conflict. A phrase that names the product ("Even with
        echinacea, ...") sets nothing: it is the claim's subject."""
        s, e = sentence
        words = self.words
        comma = next((k for k in range(s + 1, min(e, s + 7)) if words[k] == ","), None)
        if comma is None and self._set_apart(sentence):  # a longer setting in numbers: "For babies aged 2 to 3 months, ..."
            comma = next(k for k in range(s + 1, min(e, s + 12)) if words[k] == ",")
        if comma is None or self.lang.terms("pronoun") & set(words[s:comma]) or self.text.has("clause-opening-word", s, s + 1):
            return frozenset()
        if words[s] in self.lang.terms("determiner") or words[comma + 1 : comma + 2] == ["which"]:
            return frozenset()  # "A 100% vegan, plant-powered recipe", "The chew comes from gelatine, which ...": no setting
        if self.reader.topic.names(words, s, comma):
            return frozenset()
        if self.text.has("setting-opener", s, s + 1) and not self._set_apart(sentence):
            return frozenset()  # "With EGCG, the more you take ...": a subject, not a dose, time or use
        return frozenset({("setting", " ".join(words[s:comma]))})

    def about_product(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence names the article's subject, refers back to it, or speaks of using it: an effect
        in "many people notice their mood sinking in winter" is nobody's claim about the product."""
        found = self._about.get(sentence)
        if found is None:
            s, e = sentence
            words = set(self.words[s:e])
            found = bool(words & self.reader.topic.words or words & self.lang.terms("product-pronoun") or self.text.has("use-cue", s, e))
            self._about[sentence] = found
        return found

    def _set_apart(self, sentence: tuple[int, int]) -> bool:
        """Whether the sentence opens with a setting that limits what follows: "At half a scoop a day, ...",
        "Once your skin has adjusted, after a month, ...". A discourse opener ("In fact, ...") or a comparison
        ("Unlike aspirin, ...") sets nothing."""
        s, e = sentence
        words = self.words
        comma = next((k for k in range(s + 1, min(e, s + 12)) if words[k] == ","), None)
        if comma is None or not self.text.has("setting-opener", s, s + 1):
            return False
        return bool(self.text.has("setting-word", s, comma) or any(_DIGITS.fullmatch(w) for w in words[s:comma]))

    # -- quantities -----------------------------------------------------------------------------

    @cached_property
    def _quantity_reader(self) -> QuantityReader:
        return QuantityReader(self)

    def _quantities(self, emit: _Emitter, s: int, e: int) -> None:
        """Numbers for a quantity (how soon it works, the most to take, how long, how often, how much, how common):
        read in `healthlint.language.quantities`, each under its sentence's setting."""
        setting = self.setting((s, e))
        self._quantity_reader.read(_Emitter(self, (s, e), emit.qualifiers | setting), s, e)


class _Emitter:
    """Adds frames for one clause, reading each once."""

    def __init__(self, frames: Frames, sentence: tuple[int, int], qualifiers: frozenset[tuple[str, str]]) -> None:
        self.frames = frames
        self.sentence = sentence
        self.qualifiers = qualifiers

    def with_qualifiers(self, extra: frozenset[tuple[str, str]]) -> _Emitter:
        """An emitter for the same sentence whose frames all carry some more qualifiers."""
        return _Emitter(self.frames, self.sentence, self.qualifiers | extra)

    def add(
        self,
        kind: str,
        first: int,
        last: int,
        qualifiers_extra: frozenset[tuple[str, str]] = frozenset(),
        absorbed: frozenset[str] = frozenset(),
        **fields: object,
    ) -> None:
        """A frame at tokens first..last-1, read in its sentence; `absorbed` are reasons the frame's own form already
        accounts for ("you won't notice anything until week two" is a late onset, not a denial)."""
        if kind in (EFFECT, HARM, SAFE) and self.frames.place_of_use(first):
            return  # "apply to sore, irritated skin": where it is used, not what it does
        reading = self.frames.reader.read(first, last)
        if absorbed & reading.reasons:
            reading = replace(reading, reasons=reading.reasons - absorbed)
        qualifiers = self.qualifiers | qualifiers_extra
        words = self.frames.words
        has = self.frames.text.has
        if kind == SAFE and has("attribution-verb", first, last):  # "trials have not found harm": what was seen, not a promise
            reading = replace(reading, reasons=reading.reasons | {ATTRIBUTED})
        # "for as long as you like" is a duration, "sets it apart from" a distinction: neither limits the claim
        cues = has("exception-cue", *self.sentence)
        limited = any(words[c - 1] != "for" and not has("distinction-verb", max(0, c - 2), c) for c, _ in cues)
        limited = limited or self.frames._set_apart(self.sentence)
        product = self.frames.about_product(self.sentence)
        fields.setdefault("elsewhere", self.sentence in self.frames._elsewhere)
        frame = Frame(
            kind, first, last, reading=reading, qualifiers=qualifiers, sentence=self.sentence, limited=limited, product=product, **fields
        )  # type: ignore[arg-type]
        self.frames.by_kind[kind].append(frame)
