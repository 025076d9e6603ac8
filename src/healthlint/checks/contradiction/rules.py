"""Contradictions: two claim frames in one article that cannot both hold (HL4xx).

Each rule type is one general conflict between frame kinds (see
`healthlint.language.frames`): opposite directions on one measure, an
absolute safety claim against a stated harm of the same body system, a
universal scope against an excluded group, strong against weak evidence,
no interactions against a named one, approval against a ban in the same
place, and a denial against an assertion of the same effect. Pairing goes
through the frames' index by kind and target, never every sentence against
every other. What careful writing does on purpose never conflicts: a
question, a condition, a report of others' views, another subject, a
qualifier that separates the two (a dose, a time of day, a group), and, for
effects, variation across people or a hedge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from healthlint.checks.base import Check, Context
from healthlint.language import frames as fr
from healthlint.language.assertion import (
    ATTRIBUTED,
    CITED,
    CONDITION,
    CRITIQUE,
    HEADING,
    HEDGED,
    MAKER,
    NEGATED,
    OTHER_SUBJECT,
    PURPOSE,
    QUALIFIED,
    QUESTION,
    REFERENCE,
    REPORTED,
    RESTRICTED,
    STUDIED,
    USUAL,
    VARIATION,
    Reading,
)
from healthlint.language.frames import Frame, Frames
from healthlint.language.loader import Language
from healthlint.language.morphology import singular
from healthlint.language.quantities import unit_name
from healthlint.language.text import Text
from healthlint.language.topic import Topic
from healthlint.model.document import Document, SourceSpan
from healthlint.model.findings import Finding, Related
from healthlint.model.text import cut
from healthlint.packs import RuleSpec

_MORE_PARTNERS = 3  # further conflicting places listed on one finding
NOT_CLAIMED = frozenset({QUESTION, CONDITION, PURPOSE, ATTRIBUTED, CITED, CRITIQUE, REPORTED, REFERENCE, HEADING, STUDIED})
# Readings that do not take a frame away for its kind: evidence claims name their source ("confirmed by large
# trials"), warnings come as conditions ("if you take warfarin, avoid it"), harms as reports ("cases of ...").
# A study's result ("in the research, scores improved only after six weeks") counts against the writer's times and harms.
# readings that leave a safety claim short of an absolute: "not completely safe", "may be gentler", "others notice no hangover"
_NO_ABSOLUTE = frozenset({HEDGED, NEGATED, VARIATION, USUAL})
_TREATMENT_NAMES = ("drug", "drug-class", "supplement-name")  # what a title may name two of
_IGNORED = {
    fr.EVIDENCE_STRONG: frozenset({ATTRIBUTED, CITED, REPORTED, PURPOSE, STUDIED}),
    fr.EVIDENCE_WEAK: frozenset({ATTRIBUTED, CITED, REPORTED, PURPOSE, STUDIED}),
    fr.ONSET: frozenset({STUDIED}),
    fr.COURSE: frozenset({STUDIED}),
    fr.EXCLUDE: frozenset({CONDITION, ATTRIBUTED}),
    fr.INTERACTION: frozenset({CONDITION, ATTRIBUTED, REPORTED, QUALIFIED}),  # "... if swallowed at the same time"
    fr.HARM: frozenset({REPORTED, ATTRIBUTED, STUDIED}),
    fr.WITHDRAWN: frozenset({REPORTED, ATTRIBUTED, CRITIQUE}),  # "sold as a supplement, so no agency has checked it"
    # "Staying below 1,000 mg a day is essential", "regulators advise adults stay below 800 mg": a limit either way
    fr.DOSE: frozenset({PURPOSE, ATTRIBUTED}),
}
# Claims that a denial takes away rather than turns round: "not for everyone" claims no scope at all.
_DENIED_AWAY = frozenset({fr.SCOPE, fr.OPEN_SALE, fr.CONTROLLED_SALE})
_ABOUT_THE_PRODUCT = frozenset({fr.EVIDENCE_STRONG, fr.EVIDENCE_WEAK, fr.APPROVED, fr.WITHDRAWN, fr.EXCLUDE, fr.INTERACTION})
# Claims that are absolute or nothing: hedged ("may be legal"), limited ("apart from blood thinners, no known
# interactions") or restricted ("every adult who does not have ..."), they no longer exclude anything.
_ABSOLUTE = frozenset({fr.SAFE, fr.SCOPE, fr.NO_INTERACTION, fr.EVIDENCE_STRONG, fr.APPROVED})
# Subjects that are plainly another treatment: what they do is not the product's.
_OTHER_TREATMENTS = frozenset({"drug", "drug-class", "procedure", "medicine"})
# Products or treatments named as others ("some other programmes, which have been approved"): theirs, not the product's.
_OTHER_PRODUCTS = frozenset({"product", "treatment-noun"})
# Vocabulary classes whose words name a kind of thing, not a product's own name ("iron", "capsules", "tea").
_KINDS_OF_THING = ("supplement-name", "product", "drug", "drug-class", "medicine", "condition", "organ", "treatment-noun")
# Subjects that still make a frame the product's: "headaches are common", "your blood pressure drops".
EFFECT_SUBJECTS = frozenset({"condition", "harm", "organ", "population", "person-noun", "product", "treatment-noun"})


def frames_of(ctx: Context) -> Frames:
    """The document's claim frames, read once for all contradiction rules."""
    return ctx.analysis(Frames, (), lambda: Frames(ctx.text, ctx.reader))


class ConflictCheck(Check):
    """Pairs frames of two kinds; subclasses say which kinds, which pairs conflict, and why."""

    kinds: tuple[str, str] = ("", "")
    hedge_excuses = True  # a hedged side takes the conflict away
    compared: frozenset[str] = frozenset()  # qualifier dimensions the rule compares itself, which separate nothing
    text: Text  # the document being read (set per document in run), for rules that read words beside a frame
    topic: Topic  # what it is about, likewise

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.format(spec.message, a="x", b="x", line=1, why="x")

    def claimed(self, f: Frame) -> bool:
        """Whether the article asserts this frame about the product it promotes: not denied, hedged, quoted or
        asked, and not about another medicine, another subject, or the reader's circumstances alone."""
        reasons = f.reading.reasons - _IGNORED.get(f.kind, frozenset())
        if MAKER in reasons:
            reasons -= {ATTRIBUTED, REPORTED}  # "the company says it is harmless to the eyes": the seller's claim, relayed
        if reasons & NOT_CLAIMED:
            return False
        if f.kind in _ABSOLUTE and (reasons & {HEDGED, QUALIFIED, RESTRICTED} or f.limited):
            return False
        if f.kind in (fr.APPROVED, fr.WITHDRAWN) and f.reading.subject_class in ("authority-noun", "person-noun"):
            return False  # "our nurses are all registered with the NMC": the staff's standing, not the product's
        if f.kind in _DENIED_AWAY and NEGATED in reasons:
            return False  # "it isn't the right choice for everyone", "neither needs a prescription"
        if f.reading.subject == "other" and f.reading.subject_class in _OTHER_TREATMENTS | _OTHER_PRODUCTS:
            return False
        if f.kind == fr.HARM and f.reading.subject_class == "condition" and self.text.has("cause-verb", f.first, f.first + 1):
            return False  # "rheumatoid arthritis attacks the joints, causing pain": the disease's symptoms
        if f.kind in (fr.EFFECT, fr.HARM) and f.reading.subject != "self" and f.elsewhere:
            return False  # "loose stools are the usual complaint with magnesium oxide": another medicine's harm
        if f.kind == fr.EFFECT and f.reading.subject != "self" and not f.product:
            return False  # "many people notice their mood sinking in winter": no word of the product or its use
        if f.kind in _ABOUT_THE_PRODUCT:
            if (
                f.reading.subject != "self"
                and f.reading.subject_class in _OTHER_TREATMENTS
                and not set(self.text.words[slice(*f.sentence)]) & self.topic.words
            ):
                return False  # "trials of statins have not shown a benefit": another treatment's evidence
            return NEGATED not in reasons  # evidence, status and exclusions are about the product whatever the subject
        if f.reading.subject == "other" and f.reading.subject_class not in EFFECT_SUBJECTS:
            return False
        return not (self.hedge_excuses and HEDGED in reasons)

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        """Why frames a and b cannot both hold, or None."""
        raise NotImplementedError

    def _set_apart(self, own: Frame, other: Frame) -> bool:
        """Whether one claim sets the product apart from its ingredients or kind ("no trial has tested FerroBloom
        itself", "the evidence for RestWell itself is thinner. So far ...", "the finished toothpaste is alcohol-free")
        and the other claim does not name the product ("iron has been shown in trials"): two subjects. The setting
        apart may stand in the sentence before."""
        start = self.text.sentence_of(own.sentence[0] - 1)[0] if own.sentence[0] > 0 else own.sentence[0]
        if not self.text.has("self-contrast", start, own.sentence[1]):
            return False
        said_of_it = self.text.words[other.sentence[0]] in self.language.terms("pronoun")  # "It has been proven in trials"
        return not (said_of_it or self._names_brand(other.sentence) or self._names_itself(other))

    def _names_itself(self, f: Frame) -> bool:
        """Whether a claim is said of the product as a whole: a fragment with no subject ("Backed by three trials")
        or its own kind word after "the", "this" or "our" ("the formula is clinically proven"), not an ingredient."""
        words = self.text.words
        s, e = f.sentence
        kinds = ("supplement-name", "ingredient", "drug", "drug-class", "natural-substance")
        if f.reading.subject == "none" and not any(self.text.has(n, s, e) for n in kinds):
            return True
        own = words[s] in self.language.terms("whole-product-determiner") and self.text.has("product", s + 1, min(e, s + 3))
        return bool(own) and not any(self.text.has(n, s, f.first) for n in kinds)

    def _names_brand(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence names the product by a word of its own name, not by an ingredient or a kind of product
        ("FerroBloom", not "iron" or "capsules")."""
        known = self.language.vocabulary
        words = self.text.words
        return any(
            words[k] in self.topic.words and not any(cls.longest(words, k) for cls in (known.get(n) for n in _KINDS_OF_THING) if cls)
            for k in range(*sentence)
        )

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        """Pairs to test, through an index by target: both kinds, in different sentences."""
        yield from self.pairs(frames, *self.kinds)

    def pairs(self, frames: Frames, left_kind: str, right_kind: str) -> Iterator[tuple[Frame, Frame]]:
        left = [f for f in frames.of(left_kind) if self.claimed(f)]
        right = [f for f in frames.of(right_kind) if self.claimed(f)]
        if not left or not right:
            return
        by_target: dict[str, list[Frame]] = defaultdict(list)
        for f in right:
            by_target[f.target].append(f)
        for a in left:
            for b in self.partners(a, by_target):
                if a.sentence != b.sentence:
                    yield a, b

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        return by_target.get(a.target, [])

    def _two_products(self, a: Frame, b: Frame) -> bool:
        """Whether the two claims speak of different treatments the title names ("Antibiotics and probiotics in
        children": "antibiotics kill bacteria" and "infections caused by the probiotic"): each sentence names one of
        them by a medicine's or supplement's name, and not the other."""
        named = [self._named_treatments(f.sentence) for f in (a, b)]
        return all(named) and named[0].isdisjoint(named[1])

    def _named_treatments(self, sentence: tuple[int, int]) -> frozenset[str]:
        words = self.text.words
        return frozenset(
            singular(words[k])
            for name in _TREATMENT_NAMES
            for k, k_end in self.text.has(name, *sentence)
            if k_end == k + 1 and words[k] in self.topic.words
        )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not ctx.topic.named:
            return  # a page about a condition describes it from many sides; the claims compared are a product's
        self.text, self.topic = ctx.text, ctx.topic
        frames = frames_of(ctx)
        # Each sentence takes part in one finding of a rule. A claim that conflicts with more than one other
        # ("no risks" here, "can cause dependence" there, "without harsh side effects" in a third place) gets its
        # further partners as related places of the same finding; more conflicting words in a sentence already
        # quoted ("stomach upset and, in rare cases, liver injury") widen its quote.
        found: list[_Conflict] = []
        owner: dict[tuple[int, int], int] = {}
        for a, b in self.candidates(frames):
            held = {owner[f.sentence] for f in (a, b) if f.sentence in owner}
            if _separated(a, b, self.compared) or len(held) > 1 or self._two_products(a, b):
                continue
            index = held.pop() if held else None
            if index is not None and not found[index].takes(a, b):
                continue
            sides = (a.reading.reasons, b.reading.reasons)
            if any(VARIATION in x for x in sides) and all(x & {VARIATION, USUAL} for x in sides):
                continue  # "some users sleep better, while others lie awake": variation stated as such
            if all(STUDIED in x for x in sides):
                continue  # "taken daily for 12 weeks" and "a phase 3 programme lasting a year": two studies, not the writer
            if all(ATTRIBUTED in x and MAKER not in x for x in sides):
                continue  # "in two large trials, according to The Lancet" and "researchers say more data are needed": sources
                # reported, neither the writer's claim (a seller's claim relayed is its own)
            why = self.conflicts(a, b)
            if why is None:
                continue
            if index is None:
                owner[a.sentence] = owner[b.sentence] = len(found)
                found.append(_Conflict(a, b, why))
            else:
                owner[found[index].add(a, b)] = index
        # one conflict, one finding: two rules that read the same pair of sentences ("won't make you drowsy" and
        # "users feel sleepy" are a denied harm and a denied effect) report it once, under the first rule
        reported: list[tuple[Frame, Frame]] = ctx.analysis(list, "contradiction-pairs", list)
        for c in found:
            first, second = sorted((c.a, c.b), key=lambda f: f.first)
            if any(_overlap(first, x) and _overlap(second, y) for x, y in reported):
                continue
            reported.append((first, second))
            if c.hub is not None and c.hub.sentence == second.sentence:  # "vegan" and "free from dairy" both meet "whey"
                first, second = second, first
            yield self.emit(doc, ctx, first, second, c.why, c.more)

    def emit(self, doc: Document, ctx: Context, a: Frame, b: Frame, why: str, more: list[Frame]) -> Finding:
        text = ctx.text
        a_start, a_end = text.prose_span(a.first, a.last)
        b_span = _span(doc, ctx, b)
        fields = {"a": cut(text.quote(a.first, a.last), 60), "b": cut(text.quote(b.first, b.last), 60), "line": b_span.line, "why": why}
        modal = _one_sided(a, b) or _modal(ctx, a) or _modal(ctx, b)
        return self.finding(
            doc,
            a_start,
            a_end,
            self.format(self.spec.message, **fields),
            self.format(self.spec.suggestion, **fields),
            [Related(b_span, "the conflicting claim")] + [Related(_span(doc, ctx, f), "another conflicting claim") for f in more],
            severity="warning" if modal else None,
        )


@dataclass
class _Conflict:
    """One finding in the making: the two claims quoted, and further places that conflict with them."""

    a: Frame
    b: Frame
    why: str
    more: list[Frame] = field(default_factory=list)
    hub: Frame | None = None  # the claim the further places conflict with, which the finding then points at

    def takes(self, a: Frame, b: Frame) -> bool:
        """Whether a further conflicting pair can join: it widens a quote or adds a place, up to a few."""
        sentences = {self.a.sentence, self.b.sentence}
        return {a.sentence, b.sentence} <= sentences or len(self.more) < _MORE_PARTNERS

    def add(self, a: Frame, b: Frame) -> tuple[int, int]:
        """Join a pair that shares a sentence with this one; returns the sentence it brings (or one it widened)."""
        for new in (a, b):
            for name in ("a", "b"):
                old = getattr(self, name)
                if new.sentence == old.sentence:
                    setattr(self, name, replace(old, first=min(old.first, new.first), last=max(old.last, new.last)))
        sentences = {self.a.sentence, self.b.sentence}
        extra = next((f for f in (a, b) if f.sentence not in sentences), None)
        if extra is None:
            return a.sentence
        if self.hub is None:
            self.hub = self.a if self.a.sentence in (a.sentence, b.sentence) else self.b
        self.more.append(extra)
        return extra.sentence


def _span(doc: Document, ctx: Context, f: Frame) -> SourceSpan:
    return doc.span_from_prose(*ctx.text.prose_span(f.first, f.last))


def _separated(a: Frame, b: Frame, compared: frozenset[str] = frozenset()) -> bool:
    """A qualifier of one dimension with different values on each side: low dose here, high dose there; not one
    of the dimensions the rule itself compares (who may take it, for scope against exclusion)."""

    def values(f: Frame) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for dim, value in f.qualifiers:
            out[dim].add(value)
        return out

    dims_a, dims_b = values(a), values(b)
    if "age" in dims_a and "age" in dims_b and "age" not in compared and not _ages_meet(dims_a["age"], dims_b["age"]):
        return True  # "children aged 1 to 10" and "babies under 12 months"
    return any(dim in dims_a and dim not in compared | {"age"} and dims_a[dim].isdisjoint(found) for dim, found in dims_b.items())


def _ages_meet(a: set[str], b: set[str]) -> bool:
    """Whether any age range on one side ("1-10", in years) overlaps one on the other by more than a point."""
    ranges = [[tuple(map(float, r.split("-"))) for r in side] for side in (a, b)]
    return any(max(x[0], y[0]) < min(x[1], y[1]) for x in ranges[0] for y in ranges[1])


def _groups(f: Frame) -> set[str]:
    """The groups a frame is said of, besides adults in general (whom a trial of "adults aged 50 and over" studies)."""
    return {v for d, v in f.qualifiers if d == "pop" and v != "adults"}


def _one_sided(a: Frame, b: Frame) -> bool:
    return {d for d, _ in a.qualifiers} != {d for d, _ in b.qualifiers}


def _modal(ctx: Context, f: Frame) -> bool:
    """A possibility ("can cause"), not a plain statement: the conflict is a warning, not an error."""
    return bool(ctx.text.has("possibility-modal", max(f.sentence[0], f.first - 3), f.first))


class OppositeEffects(ConflictCheck):
    """HL401: the same measure said to go up and to go down. A hedged benefit beside a stated risk is no
    conflict ("may help you sleep" and "can cause insomnia"); a plain benefit beside a hedged risk is."""

    type_name = "opposite-effects"
    kinds = (fr.EFFECT, fr.EFFECT)
    hedge_excuses = False

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        effects = [f for f in frames.of(fr.EFFECT) if self.claimed(f) and not f.negated and NEGATED not in f.reading.reasons]
        by_direction: dict[tuple[str, str], list[Frame]] = defaultdict(list)
        for f in effects:
            by_direction[(f.target, f.direction)].append(f)
        for b in effects:
            partners = {"down": ("up",), "none": ("up", "down")}.get(b.direction, ())
            for a in (a for d in partners for a in by_direction.get((b.target, d), [])):
                if a.sentence != b.sentence:
                    yield a, b
        # a complaint it is said to ease, listed among its side effects: "relieves constipation", "constipation is common"
        harms = defaultdict(list)
        words = self.text.words
        for h in frames.of(fr.HARM):
            # not the complaint the title names the product by, said of nothing in particular ("a snoring mouthguard";
            # "snoring keeps partners awake"), nor the complaint in general ("most snoring happens when ...")
            named_by_complaint = not self.topic.words.isdisjoint(words[h.first : h.last]) and h.reading.subject != "self"
            described = USUAL in h.reading.reasons and h.reading.subject != "self" and h.reading.subject_class != "person-noun"
            if self.claimed(h) and h.member and not named_by_complaint and not described:
                harms[h.member].append(h)
        for r in frames.of(fr.RELIEF):
            if self.claimed(r):
                yield from ((r, h) for h in harms.get(r.member, []) if h.sentence != r.sentence)

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if a.kind == fr.RELIEF:
            if a.reading.reasons & {HEDGED, VARIATION} or b.reading.reasons & {VARIATION} or ("dose", "high") in b.qualifiers:
                return None  # "may ease bloating", "a few people get bloated", "very high doses can cause bloating"
            return f"one says it eases {a.member.replace('-', ' ')}, the other lists it among its side effects"
        measure = a.target.replace("-", " ")
        if "none" in (a.direction, b.direction):
            moved, still = (a, b) if b.direction == "none" else (b, a)
            return (
                None
                if HEDGED in moved.reading.reasons or still.limited
                else f"one says it leaves {measure} alone, the other that it changes it"
            )
        if all(self.text.has("possibility-modal", max(f.sentence[0], f.first - 3), f.first) for f in (a, b)):
            return None  # "standing can ease stiffness" and "can cause aching legs": two things it can do, each sometimes
        doses = [{v for d, v in f.qualifiers if d == "dose"} for f in (a, b)]
        if any("high" in mine and not theirs for mine, theirs in (doses, doses[::-1])):
            return None  # "keeps bones strong" and "very high doses may weaken bones": too much of it, not it
        better = self.language.vocabulary.get("measure")
        good = str(better.attributes.get(a.target, {}).get("direction", "up")) if better is not None else "up"
        benefit = a if a.direction == good else b
        if benefit.reading.reasons & {HEDGED, VARIATION}:
            return None  # "may help you sleep" or "some sleep better" beside "can cause insomnia" both hold
        return f"one says {measure} goes up, the other that it goes down"


class ClassVersusMember(ConflictCheck):
    """HL402: an absolute safety claim (all harms, or an organ's) against a harm of that kind stated elsewhere."""

    type_name = "class-vs-member"
    kinds = (fr.SAFE, fr.HARM)
    hedge_excuses = False

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.systems: dict[str, str] = self.param("systems", dict)

    def claimed(self, f: Frame) -> bool:
        if f.kind == fr.SAFE and f.reading.reasons & _NO_ABSOLUTE:
            return False  # "it is not completely safe", "may be gentler", "others notice no hangover": no absolute claim
        if f.kind == fr.HARM and f.reading.subject != "self" and self._titled_complaint(f):
            return False  # "he was diagnosed with ADHD" under "... for My ADHD Kid": what it is for, not its harm
        if f.kind == fr.HARM and self._named_by(f):
            return False  # "weight loss" on a page the title names "Altitude Chamber Weight Loss": what it sells
        return super().claimed(f)

    def _named_by(self, f: Frame) -> bool:
        """Whether every word of a harm is a word the topic is named by."""
        words = self._words_of(f)
        return bool(words) and all(w in self.topic.words for w in words)

    def _titled_complaint(self, f: Frame) -> bool:
        """Whether a harm is the complaint the title names, every word of it in the title."""
        words = self._words_of(f)
        return bool(words) and self.topic.in_title(words, 0, len(words))

    def _words_of(self, f: Frame) -> list[str]:
        return [w for w in self.text.words[f.first : f.last] if w[0].isalnum()]

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        if a.target in ("all", "general"):  # "no side effects", "won't harm your body", "no discomfort at all"
            return [f for frames in by_target.values() for f in frames]
        # a harm ruled out by name meets it in any body system ("no withdrawal" and sweating after stopping)
        named = [f for target, frames in by_target.items() if a.member and target != a.target for f in frames if f.member == a.member]
        return by_target.get(a.target, []) + named

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if a.kind != fr.SAFE or (a.member and not _names_within(a.member, b.member)):
            return None  # "no drowsiness" rules out drowsiness, not every harm to the mind ("can disturb sleep")
        if a.member:
            return "one rules out this harm, the other says it happens"
        scope = "any harm" if a.target in ("all", "general") else f"harm to {self.systems.get(a.target, a.target.replace('-', ' '))}"
        return f"one rules out {scope}, the other names such a harm"


class EvidenceConflict(ConflictCheck):
    """HL403: strong evidence claimed in one place, weak or missing evidence admitted in another."""

    type_name = "evidence-conflict"
    kinds = (fr.EVIDENCE_STRONG, fr.EVIDENCE_WEAK)
    hedge_excuses = False

    def claimed(self, f: Frame) -> bool:
        if f.kind == fr.EVIDENCE_STRONG and (VARIATION in f.reading.reasons or self.text.has("harm-general", f.sentence[0], f.first)):
            return False  # "some effects are well established", "the side effects are well established": proof of part, or of harm
        return super().claimed(f)

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        return [f for frames in by_target.values() for f in frames]

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        strong, weak = (a, b) if a.kind == fr.EVIDENCE_STRONG else (b, a)
        if self._set_apart(weak, strong):
            return None  # "iron has been shown in trials to ..." and "no trial has tested FerroBloom itself": two subjects
        if _groups(weak) and not _groups(strong):
            return None  # "little research in pregnancy": a gap for one group, not in the evidence as a whole
        return "one claims strong proof, the other admits the evidence is weak or missing"


class DeniedAndAsserted(ConflictCheck):
    """HL405: the same effect denied in one place and asserted in another."""

    type_name = "denied-and-asserted"
    kinds = (fr.EFFECT, fr.EFFECT)

    def claimed(self, f: Frame) -> bool:
        """A denial is a claim too: "it won't disturb your sleep" denies that sleep goes down."""
        if NEGATED in f.reading.reasons and not f.reading.reasons & {HEDGED, QUESTION, CONDITION}:
            return super().claimed(replace(f, reading=replace(f.reading, reasons=f.reading.reasons - {NEGATED})))
        return super().claimed(f)

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        effects = [f for f in frames.of(fr.EFFECT) if self.claimed(f)]
        # "most people taking it do not become drowsy" denies it for most, which "one in ten feels sleepy" allows
        denied = [_with_negator(frames, f) for f in effects if (f.negated or NEGATED in f.reading.reasons) and not _usually(frames, f)]
        asserted: dict[tuple[str, str], list[Frame]] = defaultdict(list)
        for f in effects:
            if not f.negated and NEGATED not in f.reading.reasons and f.direction != "none":
                asserted[(f.target, f.direction)].append(f)
        for a in denied:
            for b in asserted.get((a.target, a.direction), []):
                if a.sentence != b.sentence:
                    yield a, b

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        return "the same effect is denied in one place and asserted in the other"


def _names_within(ruled_out: str, named: str) -> bool:
    """Whether a harm ruled out by name covers one named elsewhere: the same sense, or its words within the
    other's ("cramping" covers "stomach cramps"; "stomach pain" does not cover "muscle pain")."""
    out, inside = ({_stem(w) for w in member.split()} for member in (ruled_out, named))
    return ruled_out == named or out <= inside


def _stem(word: str) -> str:
    """A harm's word without its inflection: "cramping" and "cramps" are "cramp"."""
    word = singular(word)
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def _overlap(a: Frame, b: Frame) -> bool:
    return a.first < b.last and b.first < a.last


def _with_negator(frames: Frames, f: Frame) -> Frame:
    """A denial quoted with its negator: "won't lower your blood pressure", not "lower your blood pressure"."""
    negators = frames.text.has("negator", max(f.sentence[0], f.first - 3), f.first)
    return replace(f, first=negators[-1][0]) if negators else f


def _usually(frames: Frames, f: Frame) -> bool:
    """Whether a claim is stated as what usually happens, before it or inside it ("does not usually cause ...")."""
    return USUAL in f.reading.reasons or bool(frames.text.has("usual-frequency", f.first, f.last))


class ScopeVersusExclusion(ConflictCheck):
    """HL406: a claim that everyone (or a group) can take it, against a group told to avoid it."""

    type_name = "scope-vs-exclusion"
    kinds = (fr.SCOPE, fr.EXCLUDE)
    hedge_excuses = False
    compared = frozenset({"pop"})  # "fine for newborns" against "not for children under two": the groups are the point

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        """Exclusions by age first: they meet a scope most plainly."""
        return sorted((f for frames in by_target.values() for f in frames), key=lambda f: (f.ages is None, f.first))

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        """Scopes against exclusions; and an organ called safe ("puts no strain on the heart") against people with a
        disease of that organ told to avoid it ("not for anyone with a heart rhythm problem")."""
        yield from self.pairs(frames, fr.SCOPE, fr.EXCLUDE)
        spared = [f for f in frames.of(fr.SAFE) if f.target in self._systems.values() and self.claimed(f)]
        spared = [f for f in spared if not f.reading.reasons & _NO_ABSOLUTE]
        for b in frames.of(fr.EXCLUDE):
            system = self._systems.get(b.target)
            if system is not None and self.claimed(b):
                yield from ((a, b) for a in spared if a.target == system and a.sentence != b.sentence)

    @cached_property
    def _systems(self) -> dict[str, str]:
        """Each excluded state that is a disease of one organ, with that organ ("heart-disease": "heart")."""
        states = self.language.vocabulary.get("population-state")
        attributes = states.attributes if states is not None else {}
        return {group: str(a["system"]) for group, a in attributes.items() if "system" in a}

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if fr.SAFE in (a.kind, b.kind):
            return "one says it spares the organ, the other tells people with a disease of that organ to avoid it"
        scope, excluded = (a, b) if a.kind == fr.SCOPE else (b, a)
        if excluded.target == "medication" and self._spares_medicine(scope):
            return None  # "any adult who is not on diabetes medicine" and "not for people who use insulin" agree
        if scope.target == "everyone":
            return "one says anyone can take it, the other excludes a group"
        if scope.ages and excluded.ages and not (scope.ages[0] < excluded.ages[1] and excluded.ages[0] < scope.ages[1]):
            return None  # "for children aged 6 and over" and "not for children under six" agree
        if scope.region and excluded.ages is None:
            return "one says every member of a group can take it, the other excludes some of them"
        if scope.target == excluded.target:
            return "one says the group can take it, the other tells the same group to avoid it"
        if scope.ages and excluded.ages and scope.ages[0] < excluded.ages[1] and excluded.ages[0] < scope.ages[1]:
            return "one says an age group can take it, the other excludes part of that age group"
        return None

    def _spares_medicine(self, scope: Frame) -> bool:
        """Whether a scope leaves out those on a medicine in its own words ("any adult who is not on diabetes medicine")."""
        has = self.text.has
        end = scope.sentence[1]
        medicines = has("medicine", scope.last, end) + has("drug", scope.last, end) + has("drug-class", scope.last, end)
        return any(has("negator", scope.last, m) for m, _ in medicines)


class InteractionConflict(ConflictCheck):
    """HL407: "no interactions" in one place, a named medicine it interacts with in another."""

    type_name = "interaction-conflict"
    kinds = (fr.NO_INTERACTION, fr.INTERACTION)
    hedge_excuses = False

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        """Every named interaction against "no interactions"; against "safe with statins", those of statins."""
        named = self._names(a.target)
        if not named:  # "no interactions", "won't interfere with a single medication"
            return [f for frames in by_target.values() for f in frames]
        return [f for target, frames in by_target.items() if named & self._names(target) for f in frames]

    def _names(self, target: str) -> set[str]:
        """What says which medicine: its words (not "common", "or", nor a word for medicine in general) and the
        drug families it names or belongs to (warfarin is a blood thinner)."""
        words = target.split()
        families = self.language.word_class("drug-family")
        found = {f"@{m[1]}" for k in range(len(words)) if (m := families.longest(words, k)) is not None}
        return found | {w for w in map(singular, words) if len(w) > 3 and w not in self._general and w[0].isalpha()}

    @cached_property
    def _general(self) -> frozenset[str]:
        """Words that name no medicine in particular."""
        names = ("medicine", "determiner", "descriptive-adjective", "universal", "intensifier")
        return frozenset().union(*map(self.language.terms, names))

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if self._names(a.target):
            return f"one says it is safe with {a.target}, the other warns of an interaction with it"
        return f"one says it interacts with nothing, the other names {b.target}"


class StatusConflict(ConflictCheck):
    """HL408: approved or legal in a place, banned or withdrawn in the same place or a part of it; or sold off the
    shelf there and only on prescription."""

    type_name = "status-conflict"
    kinds = (fr.APPROVED, fr.WITHDRAWN)
    hedge_excuses = False

    def _strengths(self, f: Frame) -> frozenset[str]:
        """The strengths its sentence names ("200 mg", "0.5%"): a product sold in two strengths may be sold two ways."""
        words = self.text.words
        s, e = f.sentence
        units = self.language.word_class("unit")
        out = set()
        for k in range(s, e - 1):
            group = units.group_of(words[k + 1]) if words[k][0].isdigit() else None
            if group and units.attributes.get(group, {}).get("dimension") in ("mass", "volume", "activity"):
                out.add(f"{words[k]} {group}")
        return frozenset(out)

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        yield from self.pairs(frames, *self.kinds)
        yield from self.pairs(frames, fr.OPEN_SALE, fr.CONTROLLED_SALE)

    def _place(self, f: Frame) -> str:
        """Where a status holds, one name per place: a regulator ("regulator:uk") and the places its remit covers
        ("UK shelves", "Britain") are the same place."""
        place = f.place.removeprefix("the ")
        group = self.language.word_class("regulator-place").group_of(place)
        return f"regulator:{group}" if group else place

    def partners(self, a: Frame, by_target: dict[str, list[Frame]]) -> Iterable[Frame]:
        return [f for frames in by_target.values() for f in frames]

    def _somewhere(self, f: Frame) -> bool:
        """Whether a status is said of places left unnamed ("several countries ban it"): not of any one place."""
        return bool(self.text.has("unnamed-places", *f.sentence))

    def _everywhere(self, f: Frame) -> bool:
        """Whether a status is said of every place (@status-region.global): a status of "some countries" meets it."""
        return self.language.word_class("status-region").group_of(f.target) == "global"

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if any(self._somewhere(x) and not ((y.region and y.target) or self._everywhere(y)) for x, y in ((a, b), (b, a))):
            return None  # "legal in many US states" and "several countries ban it": places that need not meet
        anywhere = not a.target or not b.target or "generic" in (a.target, b.target)  # "by any regulator", "regulators"
        same_place = self._place(a) == self._place(b)  # "the UK" is the UK, and so is the MHRA's remit
        if not (anywhere or same_place or (a.target == b.target and (a.region or b.region))):
            return None
        if a.kind == fr.OPEN_SALE:
            strengths = (self._strengths(a), self._strengths(b))
            if all(strengths) and strengths[0] != strengths[1]:
                return None  # "200 mg tablets are sold over the counter" and "the 800 mg strength needs a prescription"
            if any(self.text.has("strength-comparative", *f.sentence) for f in (a, b)):
                return None  # "the 1% cream is sold over the counter" and "stronger steroid creams need a prescription"
            return "one says anyone can buy it, the other that it needs a prescription or a pharmacist"
        return "one says it is approved, the other that it is banned or withdrawn there"


class NumberConflict(ConflictCheck):
    """HL404: one quantity given values that cannot both hold: how soon it works, the most one may take, how long
    a course lasts, how often to use it, what one unit holds, how common a condition is, when it starts or ends.
    Values are ranges ("within a day", "at least three months"); two conflict when their ranges stay apart by
    a ratio: `min_ratio` for how soon it works, whose figures are loose, `exact_ratio` for the rest. Variation
    stated on either side ("some people need longer") is no conflict."""

    type_name = "number-conflict"
    kinds = (fr.ONSET, fr.DOSE)
    hedge_excuses = False

    def __init__(self, spec: RuleSpec, language: Language) -> None:
        super().__init__(spec, language)
        self.min_ratio = self.param("min_ratio", float)
        self.exact_ratio = self.param("exact_ratio", float)
        self.over_ratio = self.param("over_ratio", float)
        self.given_ratio = self.param("given_ratio", float)

    def claimed(self, f: Frame) -> bool:
        """Not variation ("some people need longer"); and on a page that promotes a product, a subject that is a
        word for medicine in general ("treatment is a three-day course", "the tablets take two hours") is it."""
        if VARIATION in f.reading.reasons and f.kind not in (fr.DOSE, fr.SHARE):
            return False  # a limit is a limit, and a share is of some people, whoever else the sentence speaks of
        if f.kind in (fr.ONSET, fr.TIMING) and (self.text.has("natural-course", *f.sentence) or self._illness_itself(f)):
            return False  # "most fevers get better on their own within a few days": the illness's course
        if f.kind in (fr.COURSE, fr.INTERVAL, fr.LASTING) and NEGATED in f.reading.reasons:
            return False  # "don't take it for six weeks" gives no course, "no serum clears it for good" no lasting effect
        if f.kind in (fr.INTERVAL, fr.DOSE_GIVEN) and USUAL in f.reading.reasons:
            return False  # "most people take 500 mg twice a day": common practice, not how often to use it
        unending = f.kind == fr.COURSE and f.amount is not None and f.amount[0] == fr.INF
        people = f.reading.subject_class in ("person-noun", "population") or VARIATION in f.reading.reasons
        verbs = self.text.has("dosing-verb", f.sentence[0], f.first)
        # "Give children 5 ml ...", "adults should use two sprays ...": an instruction, not what people do
        told = any(v == f.sentence[0] or self.text.words[v - 1] in self.language.terms("instruction-modal") for v, _ in verbs)
        if (f.kind == fr.DOSE_GIVEN or unending) and people and not told:
            return False  # "some athletes take 6 g a day", "many users have taken it for years": what people do
        if f.reading.subject == "none" and self._other_supplement(f):
            return False
        if f.kind == fr.DOSE and f.reading.subject_class == "authority-noun":
            return False  # "your doctor may prescribe up to 2,400 mg": a prescriber's dose, not the reader's limit
        if f.reading.subject == "other" and f.reading.subject_class == "medicine" and not self._names_drug(f):
            f = replace(f, reading=Reading(f.reading.reasons - {OTHER_SUBJECT}, "self", "medicine"))
        return super().claimed(f)

    def _illness_itself(self, f: Frame) -> bool:
        """Whether the sentence speaks of something other than the product itself ("a cold itself usually clears up
        after a week"), not "the syrup itself works within minutes"."""
        words = self.text.words
        mine = self.topic.words | self.language.terms("product-pronoun")
        return any(
            k > f.sentence[0] and words[k - 1] not in mine and not self.text.has("product", k - 1, k)
            for k, _ in self.text.has("intensive-pronoun", f.sentence[0], f.first)
        )

    def _names_drug(self, f: Frame) -> bool:
        """Whether a drug or drug class is named in the frame's sentence before it ("prescription ranitidine")."""
        has = self.text.has
        return bool(has("drug", f.sentence[0], f.first) or has("drug-class", f.sentence[0], f.first))

    def _other_supplement(self, f: Frame) -> bool:
        """Whether the sentence opens on a named supplement that is not the article's ("Melatonin can be taken
        for years" on a valerian page): its figures are that supplement's."""
        s = f.sentence[0]
        named = [(a, b) for a, b in self.text.has("supplement-name", s, min(f.first, s + 4)) if a == s]
        return bool(named) and not set(self.text.words[s : named[0][1]]) & self.topic.words

    def _in_mass(self, frames: Frames) -> dict[int, Frame]:
        """Doses counted in units ("up to four gummies", "take two softgels daily") as the mass they hold, by the
        frame's identity, where the article gives one content for that unit ("each gummy contains 2.5 mg"): a
        limit in milligrams then applies to them. Two strengths of one unit give no single figure."""
        holds: dict[str, set[tuple[tuple[float, float], str]]] = defaultdict(set)
        for c in frames.of(fr.CONTENT):
            if c.dimension == "mass" and c.amount is not None and self.claimed(c):
                head, _, of = c.target.partition("|")
                holds[head].add((c.amount, of))
        out: dict[int, Frame] = {}
        if not holds:
            return out
        units = self.language.word_class("container")
        words = self.text.words
        for f in frames.of(fr.DOSE) + frames.of(fr.DOSE_GIVEN):
            if f.dimension != "count" or f.amount is None:
                continue
            heads = {unit_name(words, k, m[0]) for k in range(f.first, f.last) if (m := units.longest(words, k)) and m[0] <= f.last}
            held = [holds[h] for h in heads if len(holds.get(h, ())) == 1]
            if len(held) == 1:
                (((low, high), of),) = held[0]
                amount = (f.amount[0] * low, f.amount[1] * high)
                out[id(f)] = replace(f, kind=fr.DOSE_GIVEN, amount=amount, dimension="mass", target=f.target or of)
        return out

    def _denied(self, f: Frame) -> Frame:
        """A bound denied is the other bound: "do not use it for more than 8 weeks" is a course of at most 8 weeks,
        "do not use it more than four times a day" at least six hours between uses. Other denied figures ("don't
        take it for six weeks") are left denied."""
        if NEGATED not in f.reading.reasons or f.amount is None:
            return f
        low, high = f.amount
        if f.kind == fr.COURSE and high == fr.INF:
            amount = (0.0, low)
        elif f.kind == fr.INTERVAL and low == 0 and 0 < high < fr.INF:
            amount = (high, fr.INF)
        else:
            return f
        return replace(f, amount=amount, reading=Reading(f.reading.reasons - {NEGATED}, f.reading.subject, f.reading.subject_class))

    def candidates(self, frames: Frames) -> Iterator[tuple[Frame, Frame]]:
        """Pairs of one kind, widest gap first: the plainest conflict is the one reported."""
        pairs = []
        in_mass = self._in_mass(frames)
        for kind in _COMPARED:
            found = [f for f in map(self._denied, frames.of(kind)) if self.claimed(f)]
            for i, a in enumerate(found):
                for b in found[i + 1 :]:
                    if a.sentence != b.sentence and _same_quantity(a, b):
                        pairs.append((_gap(a, b), a, b))
        # A limit against an amount the reader is told to take per the same period: the amount above the limit.
        # A most in units ("up to four gummies") is what the reader may take, weighed against a limit by mass.
        given = [in_mass.get(id(f), f) for f in frames.of(fr.DOSE_GIVEN) if self.claimed(f)]
        given += [in_mass[id(f)] for f in frames.of(fr.DOSE) if id(f) in in_mass and self.claimed(f)]
        # Two amounts the reader is told to take for one thing, neither a step of a changing dose ("start with ...").
        steady = [f for f in given if f.amount is not None and not self.text.has("dose-step-cue", *f.sentence)]
        for i, a in enumerate(steady):
            pairs += [
                (_gap(a, b), a, b)
                for b in steady[i + 1 :]
                if a.sentence != b.sentence and _same_setting(a, b) and _same_quantity(a, b) and _gap(a, b) >= self.given_ratio
            ]
        for a in frames.of(fr.DOSE) if given else []:
            if a.amount is None or fr.INF in a.amount or not self.claimed(a):
                continue
            for b in given:
                # a limit that names nothing is the product's, whatever the amount to take is called ("of gel")
                as_limit = replace(b, kind=fr.DOSE, target=b.target if a.target else "")
                if a.sentence != b.sentence and _same_quantity(a, as_limit) and _same_period(a, b):
                    per = frozenset(q for q in a.qualifiers if q[0] == "per")  # one dose counts against a daily limit
                    counted = replace(b, qualifiers=frozenset(q for q in b.qualifiers if q[0] != "per") | per)
                    pairs.append((_gap(a, counted), a, counted))
        # As often as you like against a least time between uses ("no more than four times a day").
        intervals = [f for f in map(self._denied, frames.of(fr.INTERVAL)) if f.amount is not None and self.claimed(f)]
        limits = [f for f in intervals if f.amount[0] > 0 and f.amount[1] == fr.INF]
        for a in [f for f in intervals if f.amount == (0.0, 0.0)]:
            pairs += [(fr.INF, a, b) for b in limits if a.sentence != b.sentence]
        # Two limits on how often ("no more than four times a day", "up to ten times a day"), or a schedule beyond
        # a limit ("use it ten times a day"): the least gaps between uses compared.
        schedules = [f for f in intervals if 0 < f.amount[0] == f.amount[1]]
        for i, a in enumerate(limits):
            pairs += [(_gap(a, b), a, b) for b in limits[i + 1 :] + schedules if a.sentence != b.sentence and a.ages == b.ages]
        # None of an ingredient against an amount of it, said of the product or on its label.
        amounts = [f for f in frames.of(fr.INGREDIENT) if (f.region or f.product) and self.claimed(f)]
        for a in frames.of(fr.ABSENT) if amounts else []:
            if self.claimed(a):
                pairs += [(fr.INF, a, b) for b in amounts if b.target == a.target and a.sentence != b.sentence]
        for _, a, b in sorted(pairs, key=lambda p: -p[0]):
            yield a, b

    def conflicts(self, a: Frame, b: Frame) -> str | None:
        if a.amount is None or b.amount is None:
            return None
        if a.kind == fr.INTERVAL and (0.0, 0.0) in (a.amount, b.amount):
            return "one says to use it as often as you like, the other limits how often"
        if a.kind == fr.INTERVAL:
            if {q for q in a.qualifiers if q[0] != "per"} != {q for q in b.qualifiers if q[0] != "per"}:
                return None  # "up to twice a day" for children, "on the first day only, every hour": another schedule
            (a_low, a_high), (b_low, b_high) = a.amount, b.amount
            if a_high == b_high == fr.INF:  # two least gaps: two limits on how often
                ratio = max(a_low, b_low) / min(a_low, b_low)
                return f"the two limit how often to use it to values {ratio:.1f} times apart" if ratio >= self.exact_ratio else None
            limit, given = (a, b) if a_high == fr.INF else (b, a)
            if given.amount[1] * self.exact_ratio > limit.amount[0]:
                return None
            return "one limits how often to use it, the other tells you to use it more often than that"
        if fr.ABSENT in (a.kind, b.kind):
            absent, present = (a, b) if a.kind == fr.ABSENT else (b, a)
            if self._set_apart(absent, present):
                return None  # "extracted with a small amount of ethanol" and "the finished toothpaste is alcohol-free"
            other = "says it contains some" if fr.TRACE in (a.amount + b.amount) else "gives an amount"
            return f"one says it contains none, the other {other}"
        if a.kind == b.kind == fr.DOSE_GIVEN:
            return f"the two tell you to take amounts {_gap(a, b):.0f} times apart"
        if fr.DOSE_GIVEN in (a.kind, b.kind):
            limit, given = (a, b) if a.kind == fr.DOSE else (b, a)
            if limit.amount is None or given.amount is None or given.amount[0] <= limit.amount[1] * self.over_ratio:
                return None
            return "one sets the most to take, the other tells you to take more than that"
        if a.kind == fr.DOSE and fr.INF in (a.amount[0], b.amount[0]):
            if min(a.amount[1], b.amount[1]) < fr.INF:
                return "one says there is no limit to how much to take, the other sets one"
            return None
        if a.kind == fr.COURSE and fr.INF in (a.amount[0], b.amount[0]):
            if min(a.amount[0], b.amount[0]) == 0 and min(a.amount[1], b.amount[1]) < fr.INF:
                return "one says it can be used without end, the other sets the longest time to use it"
            return None  # "for years" and "a six-week course": a recommended course is no limit
        if a.kind == fr.LASTING and fr.INF in (a.amount[0], b.amount[0]):
            return "one says the effect lasts for good, the other that it wears off" if min(a.amount[1], b.amount[1]) < fr.INF else None
        gap = _gap(a, b)
        if gap < (self.min_ratio if a.kind in (fr.ONSET, fr.LASTING) else self.exact_ratio):
            return None
        if a.kind == fr.ONSET and self._full_later(a, b):
            return None  # "lower readings within the first week" and "for the full effect, give it 90 days"
        what = _QUANTITY_NAMES[a.kind]
        return f"the two give {what} values {gap:.0f} times apart" if gap >= 2 else f"the two give {what} values that cannot both hold"

    def _full_later(self, a: Frame, b: Frame) -> bool:
        """Whether the later of two onsets is named as the full effect ("for the full effect, give it 90 days") and the
        sooner is not: first signs come before it. "Eases off properly" is no such name: "gone by morning" meets it."""
        sooner, later = (a, b) if a.amount is not None and b.amount is not None and a.amount[1] <= b.amount[1] else (b, a)
        named = self.text.has("full-effect-noun", *later.sentence)
        return bool(named) and ("stage", "full") not in sooner.qualifiers


# How often to use it is left out: real articles give several schedules (by stage, by indication, "then
# once a day") that the frames cannot tell apart, so two frequencies rarely mean a contradiction.
_COMPARED = tuple(k for k in fr.QUANTITY_KINDS if k != fr.INTERVAL)  # given doses are compared with limits only

_QUANTITY_NAMES = {
    fr.ONSET: "how soon it works",
    fr.DOSE: "the most to take",
    fr.COURSE: "how long to take it",
    fr.INTERVAL: "how often to use it",
    fr.CONTENT: "how much one unit holds",
    fr.SHARE: "how common it is",
    fr.TIMING: "when it happens",
    fr.LASTING: "how long the effect lasts",
}


def _same_period(limit: Frame, given: Frame) -> bool:
    """Whether a given amount is per the limit's period, or is one dose, which no daily limit can be below."""
    return bool(limit.qualifiers & given.qualifiers) or (("per", "dose") in given.qualifiers and ("per", "day") in limit.qualifiers)


def _same_setting(a: Frame, b: Frame) -> bool:
    """Whether two doses to take are for one setting: the same period, time and group ("adults" is the reader by
    default), and neither a high dose; "the recommended dose" and a dose with no word of its kind are one."""

    def setting(f: Frame) -> frozenset[tuple[str, str]]:
        return frozenset(q for q in f.qualifiers if q not in (("dose", "low"), ("pop", "adults")))

    high = ("dose", "high")
    return high not in a.qualifiers and high not in b.qualifiers and setting(a) == setting(b)


_ADULTS = (18.0, 120.0)  # the ages of "adults", which a share of "people" is taken to mean


def _same_quantity(a: Frame, b: Frame) -> bool:
    """Whether two frames give one quantity: same kind, dimension and age group; what one unit holds of one
    substance (an unnamed one matches any); a condition's stage for one condition (a word pointing back, any)."""
    if a.kind != b.kind:
        return False
    if a.ages is not None and b.ages is not None and a.ages != b.ages:
        return False
    if a.kind == fr.SHARE and a.ages != b.ages and {a.ages, b.ages} - {None, _ADULTS}:
        return False  # "rare in children" and "a third of people": a share of a part is not of the whole
    unlimited = a.kind in (fr.DOSE, fr.COURSE) and fr.INF in (a.amount or (0.0, 0.0)) + (b.amount or (0.0, 0.0))
    unlimited = unlimited and "sessions" not in (a.dimension, b.dimension)  # "for as long as you like" counts no visits
    if a.dimension != b.dimension and "any" not in (a.dimension, b.dimension) and not unlimited:
        return False  # "as many capsules as you like" meets any limit, in capsules or in grams
    if a.kind in (fr.CONTENT, fr.TIMING):
        (a_head, _, a_of), (b_head, _, b_of) = (t.partition("|" if a.kind == fr.CONTENT else ":") for t in (a.target, b.target))
        if a_head != b_head:
            return False
        # one substance named more or less fully ("KSM-66 root extract", "extract"): the shorter is the other's head
        return not a_of or not b_of or f" {a_of}".endswith(f" {b_of}") or f" {b_of}".endswith(f" {a_of}")
    if unlimited:
        return not a.target or not b.target or a.target == b.target  # "as many as you like" has no substance
    return a.target == b.target


def _gap(a: Frame, b: Frame) -> float:
    """How far apart two ranges stay, as the ratio of the higher one's least to the lower one's most (0 if they meet)."""
    assert a.amount is not None and b.amount is not None
    (a_low, a_high), (b_low, b_high) = a.amount, b.amount
    gaps = [low / high if high > 0 else (fr.INF if low > 0 else 0.0) for low, high in ((b_low, a_high), (a_low, b_high))]
    return max(gaps)
