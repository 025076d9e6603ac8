"""Quantities in claims, read as ranges in one base unit so that two values of one quantity can be compared.

An article gives numbers for a handful of quantities: how soon a product works, the most one may take, how
long a course lasts, how often to use it, how much one unit holds, how common a condition is, and when a
condition starts, peaks or ends. Each is read from the form English gives it ("within 10 minutes", "no
more than 8 tablets in 24 hours", "a three-day course", "reapply every two hours", "each can holds 80 mg",
"affects 1 adult in 10", "starts three months after the birth"), with its bounds: "within a day" is at
most a day, "at least three months" no less, "a week or more" a week and up. Two values conflict only
when their ranges cannot overlap, so "usually within a week" and "up to two weeks" both hold. All the
words come from the vocabularies (`@bound-upper`, `@course-verb`, `@share-word`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from healthlint.language.assertion import CONDITION, NEGATED, QUESTION, USUAL, VARIATION
from healthlint.language.morphology import singular
from healthlint.language.tokens import Tokens
from healthlint.language.vocabulary import WordClass

if TYPE_CHECKING:
    from healthlint.language.frames import Frames, _Emitter

ONSET = "onset"
DOSE = "dose"
DOSE_GIVEN = "dose-given"  # an amount the reader is told to take ("take 20 g daily"), set against a limit
COURSE = "course"
INTERVAL = "interval"
CONTENT = "content"
ABSENT = "absent"  # none of an ingredient ("sugar-free", "zero salt"), set against an amount of it
INGREDIENT = "ingredient"  # an amount of a named ingredient ("Sodium: 1,100 mg", "45 mg of caffeine")
SHARE = "share"
TIMING = "timing"
LASTING = "lasting"  # how long the effect lasts: "relief lasts up to 12 hours", "clears it for good"
KINDS = (ONSET, DOSE, COURSE, INTERVAL, CONTENT, SHARE, TIMING, LASTING)

INF = float("inf")
ENDS = 1e9  # an effect that ends at a time not given ("it wears off once you stop"): finite, but no figure
_WEEK_HOURS = 168.0
TRACE = 0.001  # "a little": some, in milligrams, less than any figure a label gives
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_ONE_DOSE = frozenset({("per", "dose")})
_WHOLE_COURSE = frozenset({"total", "dose"})  # per-period groups that count a whole course ("in all"), not a rate
_WAKING_HOURS = 16.0  # a day's doses "every N hours", counted over waking hours only
_SITTING_HOURS = 4.0  # the longest one sitting of a treatment runs ("each session takes 40 minutes")
_SAME_DAY = 12.0  # an effect gone "by the evening" or "by bedtime" has lasted about half a day at most
_OF_NAME_WORDS = 3  # "of" and a name of up to two words, between an amount and its period
_TIMES_OF_DAY = {
    "morning": 24.0, "afternoon": 24.0, "lunchtime": 24.0, "evening": 24.0, "night": 24.0, "bedtime": 24.0, "day": 24.0,
    "week": 168.0,
}  # fmt: skip


_NOT_UNTIL_READS = frozenset({NEGATED, CONDITION})  # what "won't ... until week two" itself says
_SIZED = ("-sized", "-size")  # a size before a unit ("a pea-sized portion"), which counts the unit


def unit_name(words: list[str], a: int, b: int) -> str:
    """A unit of a product named at tokens a..b-1, in the singular: "gummies" and "each gummy" are one unit."""
    return " ".join([*words[a : b - 1], singular(words[b - 1])])


@dataclass(frozen=True)
class Amount:
    """A number with its unit at tokens number..end-1, widened to first by a bound cue, as a range (low, high)."""

    first: int
    number: int
    end: int
    low: float
    high: float
    dimension: str  # time (hours), mass (mg), volume (ml), activity (IU), count


class QuantityReader:
    """Reads the quantity frames of one sentence into a document's frames."""

    def __init__(self, frames: Frames) -> None:
        self.frames = frames
        self.text = frames.text
        self.words = frames.words
        self.lang = frames.lang
        self.has = frames.text.has

    def cls(self, name: str) -> WordClass:
        return self.lang.word_class(name)

    @cached_property
    def _starts(self) -> frozenset[str]:
        """Words an amount can start with besides digits and hyphenated words: number words, ordinals, "the", "all"."""
        starts: frozenset[str] | None = self.lang.memo.get("amount-starts")
        if starts is None:
            starts = self.lang.memo["amount-starts"] = (
                frozenset(self.cls("number-word").heads) | frozenset(self.cls("ordinal").heads) | {"the", "all"}
            )
        return starts

    @cached_property
    def _numbered(self) -> frozenset[str]:
        """Time units that can come before their number ("week six")."""
        return frozenset(self.cls("numbered-period").heads)

    def _onset_words(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """The onset words of tokens s..e-1 with their groups, and any first use after an opener ("from the very first
        stride", "after the first spray"): the first of anything a reader does with it, which no list spells out."""
        found = self._scan("onset-word", s, e)
        taken = {k for a, b, _ in found for k in range(a, b)}
        words = self.words
        for k in range(s + 1, e - 1):
            if words[k] not in self.lang.terms("ordinal-use") or k in taken or k + 1 in taken or not words[k + 1].isalpha():
                continue
            if self.has("onset-time-noun", k + 1, k + 2) or words[k + 1] in self._not_uses:
                continue  # "from the first week": a time, timed as one
            if any(self.has("unit", j, j + 1) or self.number(j, j + 1) is not None for j in range(k + 1, min(e, k + 3))):
                continue  # "the first twelve weeks", "your first nervous thirty seconds": a span of time, read as one
            if any(self.has(name, k + 1, k + 2) for name in ("harm", "harm-sense", "condition")):
                continue  # "at the first sneeze": when to start, not how soon it works
            if self.has("first-use-opener", max(s, k - 3), k):
                found.append((k, k + 2, "instant"))
        return sorted(found)

    @cached_property
    def _not_uses(self) -> frozenset[str]:
        """Words after "first" that name no use: "the first of", "the first time", "the first signs"."""
        return frozenset(self.cls("stopword").terms) | frozenset(self.cls("not-a-use").terms)

    def _first_use(self, a: int, b: int) -> bool:
        """Whether an onset term at tokens a..b-1 names a use ("first dose"; "single-dose protection", one token),
        not a time ("the very first night you'll drift off faster" is one)."""
        if self.words[a].split("-", 1)[0] not in self.cls("first-use-word").terms:
            return False
        return "-" in self.words[a] or not self.has("onset-time-noun", a, b)

    def read(self, emit: _Emitter, s: int, e: int) -> None:
        """Every quantity frame of sentence s..e; none under a condition that opens the sentence ("If you use the
        250 mg tablets, ..."): a figure for a case is not the figure."""
        has = self.has
        if has("condition-cue", s, s + 1) and "," in self.words[s:e]:
            return
        emit = emit.with_qualifiers(self._strengths(s, e))
        for a, b in has("dose-unlimited", s, e) + self._as_many_as_you_like(s, e):
            if b + 1 < e and self.words[b] in self.lang.terms("source-preposition") and has("natural-source", b + 1, min(e, b + 3)):
                continue  # "you cannot overdose | from sunlight": another source's limit
            emit.add(DOSE, a, b, amount=(INF, INF), dimension="any")
        for a, b in has("interval-unlimited", s, e):
            cs, ce = self.frames.reader.clause(a)
            if has("dosing-verb", cs, b):  # "use the drops as often as you like": no least time between uses
                emit.add(INTERVAL, a, b, amount=(0.0, 0.0), dimension="time")
        for a, b in has("course-unlimited", s, e):
            cs, ce = self.frames.reader.clause(a)
            if has("course-verb", cs, a) and not self._users_described(s, a):  # "safe to take for years", not "users for years"
                emit.add(COURSE, a, b, amount=(INF, INF), dimension="time")
        effect = bool(has("effect-word", s, e) or has("change-verb", s, e))  # "your blood sugar starts falling"
        moved = effect or bool(has("measure-up", s, e) or has("measure-down", s, e))  # "you'll sleep more soundly from ..."
        stage = self._stage(s, e)
        for a, b, g in self._onset_words(s, e):
            if any(c == a - 1 for c, _ in has("calendar-time", max(s, a - 1), b)):
                continue  # "on the same day each week": a date, not how soon it works
            if any(c < b and a < c_end for c, c_end in has("together-time", max(s, a - 1), min(e, b + 1))):
                continue  # "worn out all at once": at the same time
            if self._first_use(a, b) and not has("first-use-opener", max(s, a - 3), a):
                continue  # "try your first dose at home": a first use, not how soon it works ("from the first dose")
            if b == a + 1 and self._before_noun(b, e):
                continue  # "overnight recordings", "a rapid test": a kind of thing, not how soon it works
            cs, ce = self.frames.reader.clause(a)
            if self._harm_timed(cs, ce, a, b):
                continue  # "a foggy head the next morning is common": when a side effect comes, not the product's effect
            # "it opens your airways in minutes", not "the foam melts on contact": how it feels on the skin; and
            # "the first night" times an effect only beside one ("try the mask on the first night" times none)
            first = self.words[a] in self.cls("first-use-word").terms
            acting = moved or has("treat-verb", s, a) or (not first and self.frames.reader.read(a, b).subject == "self")
            if acting and not has("urgent-action", s, a) and not self._texture_verbs(s, a):  # not "get help straight away"
                hours = float(self.cls("onset-word").attributes.get(g, {}).get("hours", 1))
                emit.add(ONSET, a, b, amount=(0.0, hours), dimension="time", qualifiers_extra=stage)  # at most that soon
        self._frequencies(emit, s, e)
        self._shares(emit, s, e)
        self._rarity(emit, s, e)
        self._absences(emit, s, e)
        self._lasting(emit, s, e)
        k = s
        while k < e:
            found = self.amount(k, e)
            if found is None:
                k += 1
                continue
            k = found.end
            cs, ce = self.frames.reader.clause(found.number)
            found = self._bounded(cs, ce, found)
            if found.dimension == "time":
                self._time(emit, cs, ce, found, effect, stage)
            elif found.dimension == "sessions":
                self._sessions(emit, cs, ce, found)
            elif found.dimension in ("mass", "volume", "activity", "count"):
                self._measured(emit, s, e, cs, ce, found)
                if found.dimension == "mass":
                    self._ingredient_amount(emit, s, e, found)

    # -- how long the effect lasts ----------------------------------------------------------------

    def _lasting(self, emit: _Emitter, s: int, e: int) -> None:
        """An effect said to last for ever ("clears acne for good", "a single injection lasts a lifetime"), or to
        end when the product is stopped ("the benefit wears off once you stop"); timed endings are read with times."""
        has = self.has
        for a, b in has("lasting-forever", s, e):
            cs, ce = self.frames.reader.clause(a)
            treats = has("treat-verb", cs, a)
            harmful = (has("harm", cs, a) or has("harm-sense", cs, a)) and not treats
            own = self.frames.reader.read(a, b).subject == "self"  # "it erases fine lines for good"
            working = treats or own or has("effect-word", cs, ce) or has("last-verb", cs, a) or has("change-verb", cs, a)
            if working and not (harmful and (not own or has("cause-verb", cs, a))):  # not "it can cause lasting scars"
                emit.add(LASTING, a, b, amount=(INF, INF), dimension="time")
        for c, c_end in has("effect-end", s, e):
            cs, ce = self.frames.reader.clause(c)
            by = self._by_time_of_day(c_end, ce)
            if by is not None and self._ending(cs, c):  # "the plumping fades by the end of the evening": within the day
                emit.add(LASTING, c, by[0], amount=(0.0, by[1]), dimension="time")
                continue
            stop = has("stop-cue", c_end, min(ce, c_end + 5))
            before = has("stop-cue", s, c)  # "if you stop completely, your colour drifts back"
            if (stop or before) and self._ending(cs, c):
                emit.add(LASTING, c, stop[0][1] if stop else c_end, amount=(0.0, ENDS), dimension="time")

    def _by_time_of_day(self, k: int, ce: int) -> tuple[int, float] | None:
        """ "by the end of the evening", "by bedtime", "by that night" at token k: where it ends, and the most hours it
        leaves (about half a day, from a morning use to the evening; a week for "by the end of the week")."""
        words = self.words
        if k >= ce or words[k] != "by":
            return None
        j = k + 1
        if words[j : j + 3] == ["the", "end", "of"]:
            j += 3
        j += j < ce and words[j] in ("the", "that", "this")
        if j >= ce or words[j] not in _TIMES_OF_DAY:
            return None
        return j + 1, _SAME_DAY if words[j] != "week" else _TIMES_OF_DAY[words[j]]

    def _ending(self, cs: int, c: int) -> bool:
        """Whether an ending word at c ends the product's effect: "wears off" always does; "comes back" when a
        problem comes back ("the old slouch creeps back"), not when something wanted does ("your energy returns")."""
        found = self.cls("effect-end").longest(self.words, c)
        if found is None or found[1] == "ends":
            return found is not None
        if found[1] == "fades":  # "relief tends to fade", not "the ache fades"
            return bool(self.has("effect-noun", max(cs, c - 4), c))
        wanted = any(self.has(n, cs, c) for n in ("measure", "measure-up", "effect-word"))  # "your energy comes back"
        return not wanted or any(self.has(n, cs, c) for n in ("harm", "harm-sense", "condition"))

    # -- what it holds none of ----------------------------------------------------------------------

    def _absences(self, emit: _Emitter, s: int, e: int) -> None:
        """None of an ingredient ("zero sugar", "contains no caffeine", "sugar-free"; the group is the target), or some
        of it without a number ("a little feta", "traces of gluten")."""
        words = self.words
        ingredients = self.cls("ingredient")
        labels = [l_end for _, l_end in self.has("ingredient-label", s, e) if l_end < e and words[l_end] == ":"]
        for a, b, g in self._scan("ingredient", s, e):
            # "no gelatin", "no animal-derived gelatin": one describing word may stand between
            cues = [
                c for c, c_end in self.has("absence-cue", max(s, a - 4), a) if c_end == a or (c_end == a - 1 and self._describing(c_end))
            ]
            if cues:
                emit.add(ABSENT, cues[0], b, target=g, amount=(0.0, 0.0), dimension="mass")
                continue
            if any(l_end < a for l_end in labels):  # "Other ingredients: softgel shell (bovine gelatin, ...)"
                emit.add(INGREDIENT, a, b, target=g, amount=(TRACE, TRACE), dimension="mass", region=True)
                continue
            traces = self.has("trace-cue", max(s, a - 5), a)  # "a tiny amount of delta-9 THC": some, without a number
            setting = words[s] in ("in", "for") and "," in words[s:a]  # "In our original bars, a little whey ...": another recipe
            if traces and traces[-1][1] >= a - 1 and not setting:
                emit.add(INGREDIENT, traces[-1][0], b, target=g, amount=(TRACE, TRACE), dimension="mass", region=True)
                continue
            # "finished with a delicate neroli fragrance", "preserved with a low concentration of benzalkonium chloride":
            # some of it, said of the product itself (not "coffee, which contains caffeine")
            present = [c for c, c_end in self.has("presence-cue", max(s, a - 6), a) if c_end >= a - 4 and self._one_phrase(c_end, a)]
            reading = self.frames.reader.read(present[-1], b) if present and not setting else None
            # said of the product or a part of it ("the chew comes from beef gelatine"), not of "many serums" nor of
            # something it is compared with ("unlike coffee, which contains caffeine")
            compared = bool(present) and (words[present[-1] - 1] in ("which", "that") or self.has("comparison-opener", s, present[-1]))
            others = bool(present) and self._of_others(s, present[-1])
            part = reading is not None and reading.subject == "none" and not (compared or others)  # not "some are made from gelatin"
            if reading is not None and (reading.subject == "self" or part) and not reading.reasons & {NEGATED, USUAL, VARIATION}:
                emit.add(INGREDIENT, present[-1], b, target=g, amount=(TRACE, TRACE), dimension="mass", region=True)
        diets = self.cls("diet-claim")
        for a, b, g in self._scan("diet-claim", s, e):  # "a 100% vegan recipe": none of any animal ingredient
            if b < e and self.has("variant-noun", b, b + 1):
                continue  # "our vegan version": one of the range, not the product as a whole
            if not self.frames.reader.read(a, b).reasons & {NEGATED, QUESTION}:
                for group in diets.attributes.get(g, {}).get("excludes", []):
                    emit.add(ABSENT, a, b, target=str(group), amount=(0.0, 0.0), dimension="mass")
        suffixes = self.lang.terms("absence-suffix")
        for k in range(s, e):
            head, dash, tail = words[k].rpartition("-")
            found = ingredients.longest(head.split(), 0) if dash and tail in suffixes else None
            if found is not None:
                emit.add(ABSENT, k, k + 1, target=found[1], amount=(0.0, 0.0), dimension="mass")

    def _of_others(self, s: int, k: int) -> bool:
        """Whether words before token k make the sentence about some or other products ("many serums", "some are")."""
        return any(self.has(name, s, k) for name in ("partial", "majority", "other-marker"))

    def _describing(self, k: int) -> bool:
        """Whether the word at k only describes the noun after it ("animal-derived", "added")."""
        return "-" in self.words[k] or bool(self.has("substance-modifier", k, k + 1))

    def _one_phrase(self, a: int, b: int) -> bool:
        """Whether the words a..b-1 stay in one noun phrase, an amount's "of" included ("a low concentration of")."""
        return not self.frames.verb_between(a, b) or bool(self.has("quantity-noun", a, b))

    def _ingredient_amount(self, emit: _Emitter, s: int, e: int, a: Amount) -> None:
        """A mass of a named ingredient: "45 mg of caffeine", "12 g sugar", or a label's "Sodium: 1,100 mg"."""
        words = self.words
        ingredients = self.cls("ingredient")
        after = a.end + 1 if a.end < e and words[a.end] == "of" else a.end
        while after < e - 1 and self.has("substance-modifier", after, after + 1):
            after += 1  # "9 g of added cane sugar" is cane sugar
        found = ingredients.longest(words, after) if after < e else None
        label = False
        if found is None:
            before = [(k, m) for k in range(max(s, a.first - 3), a.first) if (m := ingredients.longest(words, k)) is not None]
            found = before[-1][1] if before else None
            label = bool(before) and ":" in words[before[-1][0] : a.first]  # "Sodium: roughly 1,100 mg"
        others = self._of_others(s, a.first)  # "many shakes include 9 g of added sugar": other products' amounts
        if found is not None and a.low > 0 and not others:
            emit.add(INGREDIENT, a.first, a.end, target=found[1], amount=(a.low, a.high), dimension="mass", region=label)

    # -- numbers and bounds ---------------------------------------------------------------------

    def number(self, k: int, e: int) -> tuple[float, int] | None:
        """The number at token k, in digits or words ("12", "twelve", "a", "4 thousand"), and where it ends."""
        words = self.words
        if _DIGITS.fullmatch(words[k]):
            value, end = float(words[k].replace(",", "")), k + 1
        elif (found := self.cls("number-word").longest(words, k)) is not None and found[0] <= e:
            value, end = float(found[1]), found[0]
        else:
            return None
        scale = self.cls("number-scale").longest(words, end) if end < e else None
        return (value * float(scale[1]), scale[0]) if scale is not None else (value, end)  # "4 thousand", "50 billion"

    def _plural_time(self, k: int, e: int) -> Amount | None:
        """A span of time in a plural unit with no number after "for" ("lasts for months", "for several weeks"): at
        least two of the unit and fewer than a dozen, as a range."""
        words = self.words
        j = k + (k < e and words[k] in self.cls("vague-count").terms)
        unit = self.cls("unit").longest(words, j) if j < e and words[j].endswith("s") else None
        if unit is None or unit[0] != j + 1:
            return None
        factor, dimension = self._unit(unit[1])
        return Amount(k, k, j + 1, 2 * factor, 12 * factor, dimension) if dimension == "time" else None

    def amount(self, k: int, e: int) -> Amount | None:
        """A number or range with a unit at token k: "six to eight weeks", "2.5 g", "a full week", "three-day",
        "the whole day", "all day", "the fifth day" (as the range of that day)."""
        words = self.words
        w = words[k]
        if w == "for":  # "lasts for months": how long, in no number, said only of lasting
            return self._plural_time(k + 1, e) if self.has("last-verb", max(0, k - 2), k + 1) else None
        if w in ("a", "an") and k + 2 < e and self.has("ample-word", k + 1, k + 2) and (inner := self.amount(k + 2, e)) is not None:
            return replace(inner, first=k)  # "give the capsules a good twelve weeks": the twelve weeks, opened by "a good"
        numbered = w in self._numbered
        if w not in self._starts and not w[0].isdigit() and "-" not in w and not numbered:
            return None  # most tokens: no number, no amount
        units = self.cls("unit")
        if numbered:  # "by week six": the sixth week, as its range
            n = self.number_of(words[k + 1]) if k + 1 < e else None
            unit = units.longest(words, k)
            if n is None or unit is None:
                return None
            factor, dimension = self._unit(unit[1])
            return Amount(k, k + 1, k + 2, (n - 1) * factor, n * factor, dimension)
        if "-" in w and not _DIGITS.fullmatch(w):  # "three-day", "24-hour"
            head, _, tail = w.partition("-")
            n = self.number_of(head)
            n2 = self.number_of(tail)
            if n is not None and n2 is not None and k + 1 < e and (unit := units.longest(words, k + 1)) is not None:
                factor, dimension = self._unit(unit[1])  # "2-3 days": a range written as one word
                return Amount(k, k, unit[0], n * factor, n2 * factor, dimension)
            unit = units.longest([tail], 0)
            if n is None or unit is None:
                return None
            factor, dimension = self._unit(unit[1])
            return Amount(k, k, k + 1, n * factor, n * factor, dimension)
        ordinal = self.cls("ordinal").longest(words, k)
        if ordinal is not None and ordinal[0] < e and (unit := units.longest(words, ordinal[0])) is not None:
            factor, dimension = self._unit(unit[1])
            n = float(ordinal[1])
            return Amount(k, k, unit[0], (n - 1) * factor, n * factor, dimension)
        whole = self.cls("whole-unit")
        found = self.number(k, e)
        if found is None:
            if w not in ("the", "all") or k + 1 >= e:
                return None
            low, j = 1.0, k + (2 if w == "the" and whole.longest(words, k + 1) else 1)
            if w == "the" and j == k + 1:
                return None
        else:
            low, j = found
        high = low
        if j + 1 < e and words[j] in self.lang.terms("range-link") and (n2 := self.number(j + 1, e)) is not None:
            high, j = n2
        while j < e and (whole.longest(words, j) is not None or words[j].endswith(_SIZED)):
            j += 1  # "a full week", "one pea-sized portion"
        unit = units.longest(words, j) if j < e else None
        if unit is None and found is not None and j < e and (strength := self.amount(j, e)) is not None:
            unit = units.longest(words, strength.end) if strength.end < e else None
            if unit is not None and self._unit(unit[1])[1] == "count":
                return Amount(k, k, unit[0], low, high, "count")  # "eight 500 mg tablets": eight tablets
            return None
        if unit is None:
            counted = found is not None and self.cls("times-word").longest(words, k) is None
            if counted and j < e and self.cls("per-period").longest(words, j) is not None:
                return Amount(k, k, j, low, high, "count")  # "up to twelve a day": a count of what it is
            return None
        factor, dimension = self._unit(unit[1])
        return Amount(k, k, unit[0], low * factor, high * factor, dimension)

    def number_of(self, word: str) -> float | None:
        if _DIGITS.fullmatch(word):
            return float(word.replace(",", ""))
        found = self.cls("number-word").longest([word], 0)
        return float(found[1]) if found is not None else None

    def _unit(self, group: str) -> tuple[float, str]:
        attrs = self.cls("unit").attributes.get(group, {})
        return float(attrs.get("factor", 1)), str(attrs.get("dimension", ""))

    def _bounded(self, cs: int, ce: int, a: Amount) -> Amount:
        """The amount with the bound its cues give: "within", "up to" make it a most; "at least", "or more" a least."""
        first, end, low, high = a.first, a.end, a.low, a.high
        cue = self._cue_before(cs, a.number)
        if cue is not None:
            first = cue[1]
            low, high = (0.0, high) if cue[0] == "upper" else (low, INF)
        for name in ("bound-lower-after", "bound-upper-after"):
            for c, c_end in self.has(name, a.end, min(ce, a.end + 3)):
                if c == a.end:
                    end = c_end
                    low, high = (low, INF) if name == "bound-lower-after" else (0.0, high)
        return Amount(first, a.number, end, low, high, a.dimension)

    def _dose_period(self, cs: int, k: int) -> bool:
        """Whether the time at token k follows an amount that is not a time, joined by "in" or "per" ("25 mg in
        a single day", "two capsules per day")."""
        if k - 2 < cs or self.words[k - 1] not in ("in", "per"):
            return False
        unit = self.cls("unit").longest(self.words, k - 2)
        if unit is None or unit[0] != k - 1:
            return False
        return self._unit(unit[1])[1] not in ("", "time")

    def _cue_before(self, cs: int, k: int) -> tuple[str, int] | None:
        """The bound cue that ends at token k ("upper" or "lower", where it starts), the longest where two do:
        "no more than" is an upper bound though it ends in "more than"."""
        found = [(c, side) for side in ("upper", "lower") for c, c_end in self.has(f"bound-{side}", max(cs, k - 4), k) if c_end == k]
        if not found:
            return None
        c, side = min(found)
        return side, c

    # -- times ----------------------------------------------------------------------------------

    def _time(self, emit: _Emitter, cs: int, ce: int, a: Amount, effect: bool, stage: frozenset[tuple[str, str]]) -> None:
        """A time is how often to use it, how long one use lasts, when a condition starts or ends, how long a
        course runs, or how soon it works; the form of the clause says which."""
        has = self.has
        words = self.words
        amount = (a.low, a.high)
        if self._users_described(cs, a.first) and not self.has("onset-preposition", max(cs, a.first - 3), a.number):
            return  # "people who brush with it every day", but "people who take it feel better within 48 hours"
        if (
            a.first > cs
            and has("per-period", a.first, a.end + 1)
            and (has("unit", a.first - 1, a.first) or has("times-word", a.first - 1, a.first))
        ):
            return  # "three nights a week", "twice a day": the period of a rate, not a time
        per_use = has("per-period", a.end, min(ce, a.end + 3)) or has("times-word", a.end, min(ce, a.end + 3))
        rate = bool(per_use) and (per_use[0][0] == a.end or (a.first > cs and words[a.first - 1] == "for"))
        if rate and a.low > 0 and a.high < INF:
            # "use the mask for a few minutes every day", "slept in the lab three nights a week": one use's length or a
            # rate, not a course or a wait (a limit, "no more than 20 minutes a day", is one)
            return
        if self._ordinal_second(a, ce):
            return  # "a second procedure", "a second opinion": the ordinal, not a second of time
        if self._dose_period(cs, a.first):
            return  # "never go above 25 mg in a single day": the time a dose is counted over, not when it works
        if a.first > cs and words[a.first - 1] == "wait" and words[a.end : a.end + 1] == ["before"] and not has("effect-word", a.end, ce):
            return  # "wait fifteen minutes before putting your lenses back in": when to do something, not when it works
        kept = has("maintenance-cue", max(cs, a.first - 8), a.first)
        after = "after" in words[max(cs, a.first - 2) : a.first]
        if kept and (self._every(cs, a.first) or after):  # "a top-up every month", "... after about a year": it lasts no longer
            emit.add(LASTING, kept[-1][0], a.end, amount=(0.0, a.high), dimension="time")
            return
        if self._every(cs, a.first) and has("dosing-verb", cs, ce):
            emit.add(INTERVAL, a.first - 1, a.end, amount=amount, dimension="time")
            return
        ends = [(c, c_end) for c, c_end in has("effect-end", cs, a.first) if a.first - c_end <= 2 and self._ending(cs, c)]
        if ends:  # "the effect wears off within a few hours", "the slouch creeps back within weeks": how long it lasts
            emit.add(LASTING, ends[0][0], a.end, amount=(0.0, a.high), dimension="time")
            return
        if words[a.end : a.end + 1] == ["between"] and has("dose-noun", a.end + 1, a.end + 2):
            emit.add(INTERVAL, a.first, a.end + 2, amount=amount, dimension="time")  # "at least 48 hours between sessions"
            return
        lasting = [v for v, v_end in has("last-verb", cs, a.first) if a.first - v_end <= 2]
        nouns = has("dose-noun", cs, lasting[0]) if lasting else []
        # "each dose lasts four hours" is how often; "treatment normally lasts three months" how long the course runs
        if nouns and (a.high < _WEEK_HOURS or self._every(cs, nouns[0][0])):
            emit.add(INTERVAL, nouns[0][0], a.end, amount=amount, dimension="time")
            return
        if lasting and has("effect-word", cs, lasting[0]) and not has("course-noun", cs, lasting[0]):
            emit.add(LASTING, lasting[0], a.end, amount=amount, dimension="time")  # "relief lasts up to 12 hours"
            return
        after = has("onset-after", a.end, min(ce, a.end + 8))
        # "fit the band 30 minutes before setting off so it has time to take effect": an effect named, not made ready
        readying = self._handling(cs, a.first) and not (after and has("effect-word", after[0][0], ce))
        if after and not self._every(cs, a.first) and not readying:
            # "improved only after six weeks of daily use", "for 40 days before readings move": the time to its effect
            emit.add(ONSET, a.number, a.end, amount=amount, dimension="time", qualifiers_extra=stage)
            return
        if self._not_until(cs, a.first):
            # "you won't notice any benefit until it has been used for three days": at least that long to work;
            # "nothing for the first month": the whole month
            whole = "for" in self.words[max(0, a.first - 2) : a.first] or "first" in self.words[max(0, a.first - 2) : a.first + 1]
            low = a.high if whole else a.low
            emit.add(ONSET, a.number, a.end, amount=(low, INF), dimension="time", qualifiers_extra=stage, absorbed=_NOT_UNTIL_READS)
            return
        if a.end + 1 < ce and words[a.end] == "of" and self._effect_of(a.end + 1, ce):
            emit.add(LASTING, a.first, a.end, amount=amount, dimension="time")  # "eight hours of unbroken focus"
            return
        timing = self._timing(cs, ce, a)
        if timing is not None:
            start, target = timing
            emit.add(TIMING, start, a.end, target=target, amount=amount, dimension="time")
            if effect and self._onset(cs, ce, a, effect) and self.frames.about_product((cs, ce)):
                # "people who take it feel the aching fade within 48 hours": also how soon the product works
                emit.add(ONSET, a.number, a.end, amount=amount, dimension="time", qualifiers_extra=stage)
            return
        if self._course(cs, ce, a, strong=True):
            emit.add(COURSE, a.first, a.end, target=self._course_substance(a.end, ce), amount=amount, dimension="time")
            return
        if self._onset(cs, ce, a, effect):
            emit.add(ONSET, a.number, a.end, amount=amount, dimension="time", qualifiers_extra=stage)  # the figure, not its bound
            return
        if self._course(cs, ce, a, strong=False):
            emit.add(COURSE, a.first, a.end, amount=amount, dimension="time")

    def _ordinal_second(self, a: Amount, ce: int) -> bool:
        """Whether "a second" is the ordinal before a noun ("a second procedure"), not a second of time ("in a
        second", "a second or two")."""
        words = self.words
        if words[a.first] not in ("a", "one") or words[a.end - 1] != "second" or a.end >= ce or not words[a.end].isalpha():
            return False
        return words[a.end] not in self._not_uses and not self.has("onset-after", a.end, ce)

    def _effect_of(self, k: int, ce: int) -> bool:
        """Whether the words from k name the good a use does ("unbroken focus", "pain relief"), after "eight hours
        of": how long it lasts; not "six weeks of treatment", which is a course."""
        found = self.has("effect-noun", k, min(ce, k + 3))
        return bool(found) and all(w[0].isalpha() for w in self.words[k : found[0][0]])

    def _as_many_as_you_like(self, s: int, e: int) -> list[tuple[int, int]]:
        """ "As many capsules as you like": no most one should take, whatever the noun (`%dose-unlimited-phrase`)."""
        words = self.words
        out = []
        for p in self.lang.patterns("dose-unlimited-phrase"):
            for k in range(s, e):
                if words[k] in p.firsts and (m := p.match_at(words, k, e)) is not None:
                    out.append((k, m.end))
        return out

    def _users_described(self, s: int, k: int) -> bool:
        """Whether token k stands in a clause that says which people are meant ("people who brush with it every
        day get twinges"): a frequency there picks out some users, it is not how often to use it."""
        words = self.words
        return any(words[w] == "who" and self.has("person-noun", max(s, w - 2), w) for w in range(s + 1, k))

    def _every(self, cs: int, first: int) -> bool:
        return any(c_end == first for _, c_end in self.has("every-word", max(cs, first - 2), first))

    def _not_until(self, cs: int, first: int) -> bool:
        """A denied effect before "until" and then the time: "won't notice any benefit until ... three days", "don't
        expect any difference before six weeks", "... for at least eight weeks"."""
        words = self.words
        # "until", "before", or "for" right before the time ("for | the first month"), or "in the first": the whole
        # first stretch ("don't expect to notice anything | in the first few weeks")
        until = [k for k in range(cs, first) if words[k] in ("until", "till", "before") or (first - 3 <= k < first and words[k] == "for")]
        stretch = self.lang.terms("stretch-preposition")
        until += [k for k in range(max(cs, first - 3), first) if words[k] in stretch and "first" in words[k : first + 1]]
        if not until:
            return False
        effects = self.has("effect-word", cs, until[0])
        # "you won't notice ...", and "most people notice nothing for the first month"
        return bool(effects) and bool(self.has("negator", cs, effects[0][0]) or self.has("negator", effects[0][1], until[0]))

    def _onset(self, cs: int, ce: int, a: Amount, effect: bool) -> bool:
        """A time that says how soon it works: "within 20 minutes" (with an effect word in the clause), "give it six
        weeks", "six weeks before you notice"; not "every 2 days", "the last five years", "for a week", "twelve a day"."""
        has = self.has
        words = self.words
        start = a.first
        if effect and words[a.end : a.end + 1] in (["mark"], ["point"], ["milestone"]):
            return True  # "fewer trips to the loo around the three-month mark": when it starts to work
        opened = start > cs and (words[start - 1] in self.lang.terms("period-opener") or self.frames.number(start - 1, start) is not None)
        # "the nth week" or "week n" after a word that times it ("within the first hour", "around week six") is that week
        numbered = words[start] in self._numbered
        timer = start - 1 if numbered else start - 2
        nth = (numbered or bool(self.has("ordinal", start, start + 1))) and timer >= cs and words[timer] in self.lang.terms("nth-timer")
        if opened and words[start - 3 : start] != ["within", "the", "first"] and not nth:
            return False  # "the last five years", "in the first few days", but "within the first 48 hours"
        if nth and (effect or self.frames.reader.read(a.first, a.end).subject == "self"):
            return True
        if self._handling(cs, start):
            return False  # "it moulds to your bite in about two minutes", "a full charge takes 90 minutes": made ready
        if a.high <= _SITTING_HOURS and not effect and has("sitting-noun", cs, start):
            return False  # "the procedure takes around five minutes": how long one sitting lasts
        if has("passing-harm", cs, start) and (has("harm", cs, start) or has("harm-sense", cs, start)) and has("lower-verb", cs, start):
            return False  # "a brief tingling usually fades within a minute": how long a side effect lasts
        if has("time-spent-after", a.end, min(ce, a.end + 3)):
            return False  # "give yourself seven to eight hours in bed": time spent, not time to work
        if has("schedule-verb", max(cs, start - 5), start):
            return False  # "treatment is usually reviewed after five years": when to look again
        # "give it six weeks", and a verb whose last word the figure's bound took ("relief builds over | 20 minutes")
        # or an "at least" that the figure's bound took, with an effect in the clause ("results take at least six weeks")
        spanning = any(
            v < start < v_end <= a.number or (effect and v >= start) for v, v_end in has("onset-verb", max(cs, start - 4), a.number)
        )
        if has("onset-verb", max(cs, start - 4), start) or spanning or has("onset-after", a.end, min(ce, a.end + 6)):
            return True
        if a.end + 1 < ce and words[a.end] == "to" and has("time-verb", max(cs, start - 5), start):
            return True  # "the tablets take about two hours to make you drowsy"
        if not has("onset-preposition", max(cs, start - 3), a.number):
            return False
        # an effect word in the sentence, or the product itself acting ("senna gets things moving within 20 minutes")
        return effect or self.frames.reader.read(a.first, a.end).subject == "self"

    def _harm_timed(self, cs: int, ce: int, a: int, b: int) -> bool:
        """Whether an onset word at a..b-1 of clause cs..ce-1 times a harm said to happen ("a foggy head the next
        morning is common"), not an effect on it ("the cough is gone by morning")."""
        has = self.has
        harmed = has("harm", cs, a) or has("harm-sense", cs, a)
        happens = has("occurrence-cue", b, ce) or has("occurrence-verb", cs, ce)
        return bool(harmed and happens and not (has("effect-word", cs, ce) or has("treat-verb", cs, ce) or has("lower-verb", cs, ce)))

    def _before_noun(self, k: int, e: int) -> bool:
        """Whether token k is a noun a one-word time describes ("overnight recordings"), not the good it times
        ("overnight results") nor the rest of its clause; a word ending in -ly is an adverb ("overnight effortlessly")."""
        w = self.words[k] if k < e else ""
        if not w.isalpha() or w.endswith("ly") or w in self._not_uses or self.has("effect-word", k, k + 1):
            return False
        return not (self.has("effect-noun", k, k + 1) or self.has("onset-after", k, e) or self.has("negator", k, k + 1))

    def _texture_verbs(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The `texture-verb`s in tokens lo..hi-1 used as verbs: "put on a pair" is glasses, not pairing a device."""
        determiners = self.frames.lang.terms("determiner")
        return [(a, b) for a, b in self.has("texture-verb", lo, hi) if a == 0 or self.words[a - 1] not in determiners]

    def _handling(self, cs: int, start: int) -> bool:
        """Whether the time at start is how long the product takes to fit, charge or dissolve: a `texture-verb` shortly
        before it with no word of an effect between ("dissolves fast and takes effect in ten minutes" is an onset)."""
        has = self.has
        effects = has("effect-word", max(cs, start - 8), start)
        # not a verb inside an effect's words ("sinus pressure melts away in under a minute")
        found = [
            (v, v_end) for v, v_end in self._texture_verbs(max(cs, start - 8), start) if not any(f <= v < f_end for f, f_end in effects)
        ]
        if not found:
            return False
        end = found[-1][1]
        return not (has("effect-word", end, start) or has("treat-verb", end, start) or has("change-verb", end, start))

    def _course(self, cs: int, ce: int, a: Amount, strong: bool) -> bool:
        """How long to keep taking it. Strong forms name the course: "a three-day course", "a full week of tablets",
        "the course lasts six weeks"; the weak one a use kept up for a time: "take it for 14 days", "stay on the
        patches for at least three months" (a time after "for" is never an onset)."""
        has = self.has
        words = self.words
        if strong:
            if any(c_end == a.first for _, c_end in has("course-end", max(cs, a.first - 6), a.first)):
                return True  # "at the end of your six weeks", "most people can stop after six weeks"
            if (
                a.end < ce
                and has("course-noun", a.end, min(ce, a.end + 3))
                and has("course-noun", a.end, min(ce, a.end + 3))[0][0] == a.end
            ):
                return True  # "a three-day course"
            timed = bool(has("onset-preposition", max(cs, a.number - 2), a.number))  # "within 20 minutes of the first capsule"
            if not timed and a.end + 1 < ce and words[a.end] == "of" and has("course-of", a.end + 1, min(ce, a.end + 4)):
                return True  # "a full week of tablets", "six weeks of treatment"
            nouns = has("course-noun", cs, a.first)
            return bool(nouns and (has("last-verb", nouns[-1][1], a.first) or words[a.first - 1] == "of"))
        if a.first <= cs or words[a.first - 1] != "for":
            return False
        return bool(has("course-verb", cs, a.first - 1))

    def _sessions(self, emit: _Emitter, cs: int, ce: int, a: Amount) -> None:
        """How many sessions or visits a course takes: "a typical course is 8 visits", "our 20-session programme",
        "most patients need six to eight sessions"; not when results come ("after three sessions")."""
        has = self.has
        if has("onset-preposition", max(cs, a.first - 2), a.first) or self._every(cs, a.first):
            return
        if any(unit not in _WHOLE_COURSE for _, unit in self._period(cs, ce, a.end)):
            return  # "two to three sessions a week": how often, not how many in all
        named = has("course-noun", a.end, min(ce, a.end + 2)) or has("course-noun", cs, a.first)
        if named or has("course-count-verb", max(cs, a.first - 4), a.first):
            emit.add(COURSE, a.first, a.end, amount=(a.low, a.high), dimension="sessions")

    def _course_substance(self, end: int, ce: int) -> str:
        """What a course is of when it is not the product: "a full week of tablets of a different antibiotic"."""
        found = self.has("course-of", end + 1, min(ce, end + 4)) if end < ce and self.words[end] == "of" else []
        return self._substance(found[0][1], ce) if found else ""

    def _strengths(self, s: int, e: int) -> frozenset[tuple[str, str]]:
        """The strength or size of the unit a sentence is about ("the 10% gel", "the 250 mg tablets", "each 500 ml
        can"), as a qualifier: figures for two strengths are two quantities."""
        words = self.words
        out = set()
        for k in range(s + 1, e):
            if words[k - 1] not in self.lang.terms("quantity-determiner"):
                continue
            found = self.amount(k, e)
            end = found.end if found is not None else None
            if found is None and _DIGITS.fullmatch(words[k]) and k + 1 < e and self.cls("percent-sign").longest(words, k + 1):
                end = self.cls("percent-sign").longest(words, k + 1)[0]  # type: ignore[index]
            if end is None or end >= e or not words[end][0].isalpha() or self.cls("unit").longest(words, end) is not None:
                continue
            if self.cls("container").longest(words, end) is not None or self.lang.word_class("medicine").longest(words, end):
                out.add(("size", " ".join(words[k:end])))
        return frozenset(out)

    def _timing(self, cs: int, ce: int, a: Amount) -> tuple[int, str] | None:
        """When a condition or symptom starts, peaks or ends: "shedding begins in the first week", "flu clears up
        in 48 hours", "the illness lasts a week or more", "it starts three months after the birth". The subject
        is a condition, a symptom, a word pointing back to one, or a pronoun with the event it is timed from."""
        has = self.has
        words = self.words
        verbs = [(v, v_end, g) for v, v_end, g in self._scan("timing-verb", cs, a.first) if a.first - v_end <= 5]
        if not verbs:
            return None
        v, _, phase = verbs[-1]
        phase = "end" if phase == "end" else phase
        subject = self._condition_before(cs, v)
        anchored = a.end + 1 < ce and words[a.end] == "after" and bool(has("timing-anchor", a.end + 1, min(ce, a.end + 4)))
        if subject is None:
            generic = has("generic-illness", cs, v)
            if generic and (words[generic[-1][0]] not in self.lang.terms("pronoun") or anchored):
                subject = ""
            elif words[cs].endswith("ing") and len(words[cs]) > 5 and cs + 1 == v:
                subject = words[cs]  # "Shedding begins ..."
            elif anchored:
                subject = ""
        if subject is None:
            return None
        return v, f"{phase}:{subject}"

    def _condition_before(self, cs: int, v: int) -> str | None:
        """The condition or symptom named as the subject before a verb ("flu", "hay fever"), in a normal form."""
        for name in ("condition", "harm"):
            found = self.has(name, cs, v)
            if found:
                a, b = found[0]
                return self._normal(a, b)
        return None

    def _normal(self, a: int, b: int) -> str:
        """A name compared across sentences: lower case, without a plural s ("migraines" is "migraine"), and a
        condition by one key for all its names ("allergic rhinitis" is "hay fever")."""
        synonym = self.cls("condition-synonym").longest(self.words, a)
        if synonym is not None and synonym[0] == b:
            return synonym[1]
        name = " ".join(self.words[a:b])
        return name[:-1] if name.endswith("s") and len(name) > 4 and not name.endswith("ss") else name

    # -- how often ------------------------------------------------------------------------------

    def _frequencies(self, emit: _Emitter, s: int, e: int) -> None:
        """How often to use it: "three times a day", "twice daily", "every hour", "every morning", as the time
        between uses; a bound on the count bounds the time the other way ("no more than three times a day" is at
        least eight hours apart)."""
        has = self.has
        words = self.words
        periods = self.cls("per-period")
        times_words = self.cls("times-word")
        uses = self.cls("use-noun")
        counted = {j - d for j in range(s, e) if words[j] in uses.heads for d in (1, 2, 3)}  # a count can stand here
        for k in range(s, e):
            times = times_words.longest(words, k)
            if times is None and words[k] not in ("every", "each") and k not in counted:
                continue  # no count and no "every" here: nothing to read
            cs, ce = self.frames.reader.clause(k)
            if self._users_described(s, k):
                continue
            count, j = (float(times[1]), times[0]) if times is not None else (None, k)
            if count is None and (n := self.number(k, e)) is not None and n[1] < e and (use := uses.longest(words, n[1])) is not None:
                count, j = n[0], use[0]  # "three times a day", "six applications a day"
            period = periods.longest(words, j) if count is not None and count > 0 and j < e else None
            # "once a day is the maximum": a limit said after the schedule, which needs no verb of using it
            after = [c_end for c, c_end in has("bound-upper-after", period[0], min(ce, period[0] + 4)) if c == period[0]] if period else []
            if not (after or has("dosing-verb", cs, ce)):
                continue
            if count is not None and period is not None:
                hours = float(periods.attributes.get(period[1], {}).get("hours", 0))
                if hours:
                    gap = hours / count
                    low, high, first, last = gap, gap, k, after[0] if after else period[0]
                    cue = ("upper", k) if after else self._cue_before(cs, k)
                    if cue is not None:  # at most N times: at least this long apart, and the other way round
                        first = cue[1]
                        low, high = (low, INF) if cue[0] == "upper" else (0.0, high)
                    emit.add(INTERVAL, first, last, amount=(low, high), dimension="time")
                continue
            if words[k] in ("every", "each") and k + 1 < e and self.number(k + 1, e) is None:
                unit = self.cls("unit").longest(words, k + 1 + (words[k + 1] == "single" and k + 2 < e))  # "every single day"
                if unit is not None:
                    factor, dimension = self._unit(unit[1])
                    kept = has("maintenance-cue", max(cs, k - 8), k)
                    if dimension == "time" and kept:  # "a top-up every month": the result lasts no longer than that
                        emit.add(LASTING, kept[-1][0], unit[0], amount=(0.0, factor), dimension="time")
                    elif dimension == "time":
                        emit.add(INTERVAL, k, unit[0], amount=(factor, factor), dimension="time")
                elif words[k + 1] in _TIMES_OF_DAY:
                    hours = _TIMES_OF_DAY[words[k + 1]]
                    emit.add(INTERVAL, k, k + 2, amount=(hours, hours), dimension="time")

    # -- amounts of a substance -----------------------------------------------------------------

    def _measured(self, emit: _Emitter, s: int, e: int, cs: int, ce: int, a: Amount) -> None:
        """A mass, volume or count: the most one may take ("no more than 2 g a day"), or what one unit holds
        ("each can holds 80 mg"). International units become milligrams where the substance is known."""
        low, high, dimension = a.low, a.high, a.dimension
        if dimension == "activity" and (factor := self._iu_factor(s, e)) is not None:
            low, high, dimension = low * factor, high * factor, "mass"
        substance = self._substance(a.end, ce) or (self._named_in(s, e) if dimension != "count" else "")
        per = self._period(cs, ce, a.end)
        times = self._times(a.end, ce) if per else None
        every = self._every_hours(a.end, ce) if times is None else None
        if every is not None:  # "50 mg every four hours" is at least 200 mg over a waking day
            times, per = _WAKING_HOURS / every, frozenset({("per", "day")})
        if times is not None:  # "5 ml four times a day" is 20 ml a day
            low, high = low * times, high * times
        cue = self._limit_cue(cs, ce, a.number)
        if cue is not None:  # the limit itself is the value: "no more than 8" and "up to 12" are two limits
            limit = high if high < INF else low
            emit.add(DOSE, cue, a.end, target=substance, amount=(limit, limit), dimension=dimension, qualifiers_extra=per)
            return
        container = self._container(cs, a.first, a.end, ce)
        if container is not None:
            first, target = container
            emit.add(CONTENT, min(first, a.first), a.end, target=f"{target}|{substance}", amount=(low, high), dimension=dimension)
        elif self._told_to_take(cs, ce, a) and not self._users_described(s, a.first):
            per = per or _ONE_DOSE  # "take 300 mg an hour before bed": one dose
            emit.add(DOSE_GIVEN, a.first, a.end, target=substance, amount=(low, high), dimension=dimension, qualifiers_extra=per)

    def _named_in(self, s: int, e: int) -> str:
        """The one drug a sentence names besides the article's own, as what its amounts are of ("For ibuprofen,
        don't go above 1,200 mg a day" on a page that compares it with paracetamol); "" if none or several."""
        topic = self.frames.reader.topic
        named = {" ".join(self.words[a:b]) for a, b in self.has("drug", s, e) if self._compared or not topic.names(self.words, a, b)}
        return named.pop() if len(named) == 1 else ""

    @cached_property
    def _compared(self) -> bool:
        """Whether the title names two medicines ("Paracetamol or ibuprofen?"): then each keeps its own figures."""
        title = Tokens.of(self.frames.reader.topic.title).words
        found = {title[k] for k in range(len(title)) if self.cls("drug").longest(title, k)}
        return len(found) > 1

    def _times(self, end: int, ce: int) -> float | None:
        """How many times a day (or week) an amount is taken, said just after it: "5 ml four times a day", "two
        capsules 3 times daily", "500 mg of ashwagandha twice a day"."""
        words = self.words
        for k in range(end, min(ce, end + 3 + self._of_reach(end))):
            times = self.cls("times-word").longest(words, k)
            if times is not None:
                return float(times[1])
            n = self.number(k, ce)
            if n is not None and n[1] < ce and words[n[1]] == "times":
                return n[0]
        return None

    def _every_hours(self, end: int, ce: int) -> float | None:
        """The gap in hours of "every four hours" just after an amount ("one lozenge every two hours"), or None."""
        for k in range(end, min(ce, end + 2 + self._of_reach(end))):
            found = self.cls("every-word").longest(self.words, k)
            if found is None or found[0] >= ce:
                continue
            gap = self.amount(found[0], ce)
            if gap is not None and gap.dimension == "time" and 0 < gap.low <= _WAKING_HOURS:
                return gap.low
        return None

    def _of_reach(self, end: int) -> int:
        """How much further to look after an amount for its period when "of" and a name follow it ("500 mg of
        ashwagandha twice a day")."""
        return _OF_NAME_WORDS if self.words[end : end + 1] == ["of"] else 0

    def _told_to_take(self, cs: int, ce: int, a: Amount) -> bool:
        """Whether an amount is what the reader is told to take: a dosing verb just before it ("take 20 g daily",
        "you take three scoops a day", "you need four mugs daily"), a label's dose ("Standard dose: 500 mg three
        times a day", "the recommended dose is one teaspoon a day"), or the amount called the right one ("two
        tablespoons a day is the sweet spot")."""
        first, has, words = a.first, self.has, self.words
        if has("dosing-verb", max(cs, first - 3), first):
            return True
        if any(v > cs and words[v - 1] in self.lang.terms("person-pronoun") for v, _ in has("need-verb", max(cs, first - 2), first)):
            return True
        labels = has("dose-label", max(0, first - 5), first)
        if labels and words[labels[-1][1] : labels[-1][1] + 1] == [":"] and labels[-1][1] + 1 >= first - 1:
            return True
        if labels and any(c == labels[-1][1] and c_end >= first - 1 for c, c_end in has("copula", labels[-1][1], first)):
            return True
        copulas = has("copula", a.end, min(ce, a.end + 6))  # "two tablespoons of gel a day | is"
        return bool(copulas) and bool(has("dose-verdict", copulas[0][1], min(ce, copulas[0][1] + 4)))

    def _limit_cue(self, cs: int, ce: int, start: int) -> int | None:
        """Where a dose limit's cue starts: a strong one just before the amount ("no more than", "never exceed"), or
        "under", "below", "max" with a daily total in the clause ("keep your daily total under 2 grams")."""
        strong = [c for c, c_end in self.has("dose-limit-cue", max(cs, start - 5), start) if c_end >= start - 2]
        if strong:
            return strong[0]
        weak = [c for c, c_end in self.has("dose-limit-weak", max(cs, start - 3), start) if c_end >= start - 1]
        if weak and self.has("daily-amount", cs, ce):
            return weak[0]
        if start > cs and self.words[start - 1] in self.lang.terms("copula"):
            named = self.has("limit-noun", cs, start - 1)  # "the daily ceiling for over-the-counter use | is | 800 mg"
            if named:
                return named[0][0]
        return None

    def _period(self, cs: int, ce: int, end: int) -> frozenset[tuple[str, str]]:
        """The period an amount is per ("a day", "in 24 hours", "at a time"), as a qualifier: a daily limit and a
        limit per dose are different quantities."""
        periods = self.cls("per-period")
        for k in range(end, min(ce, end + 4 + self._of_reach(end))):
            found = periods.longest(self.words, k)
            if found is not None and not self.has("time-relation", found[0], found[0] + 1):
                return frozenset({("per", found[1])})  # not "an hour | before bed": a time before something
        return frozenset({("per", "day")}) if self.has("daily-amount", cs, end) else frozenset()

    def _substance(self, end: int, ce: int) -> str:
        """What an amount is of, when it is not the article's own subject: "1.5 mg of vitamin A" on a vitamin D
        page; "" for the product itself or an unnamed substance."""
        words = self.words
        if end >= ce or words[end] != "of":
            return ""
        k = end + 1
        stop = self.lang.terms("preposition") | {",", ".", ";", "per", "daily", "each", "every", "in", "and", "or"}
        times = self.cls("times-word")
        while (
            k < min(ce, end + 4)
            and words[k] not in stop
            and self.cls("per-period").longest(words, k) is None
            and times.longest(words, k) is None
        ):
            k += 1
        if k == end + 1 or words[end + 1] in self.lang.terms("pronoun"):
            return ""
        named = words[end + 1 : k]
        if any(c == end + 1 for c, _ in self.has("other-marker", end + 1, k)):
            return " ".join(named)  # "of a different antibiotic": another product whatever it is called
        topic = self.frames.reader.topic.words
        bare = named[1:] if named[0] in self.lang.terms("determiner") else named  # "10 ml of the syrup" on a syrup's page
        if all(w in topic for w in bare if w[0].isalpha()):
            return ""
        start = end + 1
        while start < k - 1 and self.has("substance-modifier", start, start + 1):
            start += 1  # "0.05 g of elemental zinc" is zinc
        for name in ("ingredient", "unit-conversion"):  # "sodium" and "salt", "vitamin D" and "cholecalciferol"
            same = self.cls(name).longest(words, start)
            if same is not None and same[0] == k:
                return "" if same[1] == self._topic_substance else same[1]
        return " ".join(words[start:k])

    def _container(self, cs: int, first: int, end: int, ce: int) -> tuple[int, str] | None:
        """Where the unit an amount is the content of is named, and which: "each 250 ml can holds 80 mg" -> "can",
        "80 mg per capsule" -> "capsule". The unit must be determined ("each", "every", "the", "a"), so "filter
        coffee can hold" is no can."""
        has = self.has
        words = self.words
        containers = self.cls("container")
        if end < ce and words[end] == "of":  # "350 mg of caffeine | in a single scoop", "250 mg of sodium | per sachet"
            end = next((k for k in range(end + 1, min(ce, end + 5)) if words[k] in ("per", "in")), end)
        if end + 1 < ce and words[end] in ("per", "in", "a"):
            k = end + 1 if words[end] != "in" else end + 2
            if k < ce and words[k] == "single":  # "350 mg of caffeine in a single scoop"
                k += 1
            found = containers.longest(words, k) if k < ce else None
            if found is not None and (words[end] != "in" or words[end + 1] in self.lang.terms("quantity-determiner")):
                return first, unit_name(words, k, found[0])
        verbs = [v for v, v_end in has("contain-verb", cs, first) if first - v_end <= 2]
        if not verbs:
            return None
        for k in range(verbs[-1] - 1, max(cs, verbs[-1] - 8) - 1, -1):
            found = containers.longest(words, k)
            if found is None or found[0] > verbs[-1]:
                continue
            j = k - 1
            while j > cs and words[j] not in self.lang.terms("quantity-determiner") and j >= k - 3:
                j -= 1
            if j >= cs and words[j] in self.lang.terms("quantity-determiner"):
                return j, unit_name(words, k, found[0])
        return None

    @cached_property
    def _topic_substance(self) -> str | None:
        """The substance with international units that the title names ("vitamin-d"), if any."""
        title = self.frames.reader.topic.title.lower().split()
        conversion = self.cls("unit-conversion")
        found = next((m for k in range(len(title)) if (m := conversion.longest(title, k)) is not None), None)
        return found[1] if found is not None else None

    @cached_property
    def _topic_factor(self) -> float | None:
        """Milligrams per international unit of the substance the title names, if it is one that has them."""
        group = self._topic_substance
        if group is None:
            return None
        return float(self.cls("unit-conversion").attributes.get(group, {}).get("mg", 0)) or None

    def _iu_factor(self, s: int, e: int) -> float | None:
        """Milligrams per international unit for the substance the sentence names, else the article's."""
        conversion = self.cls("unit-conversion")
        for k in range(s, e):
            found = conversion.longest(self.words, k)
            if found is not None:
                return float(conversion.attributes.get(found[1], {}).get("mg", 0)) or None
        return self._topic_factor

    # -- how common -----------------------------------------------------------------------------

    def _shares(self, emit: _Emitter, s: int, e: int) -> None:
        """How common a condition is: "affects about 10 per cent of adults", "one adult in seven has it", "most
        grown-ups have hay fever"; as a fraction, of an age group where one is named, in a place where one is."""
        has = self.has
        words = self.words
        frames = self.frames
        for k in range(s, e):
            share = self._share_at(k, e)
            if share is None:
                continue
            first, end, low, high = share
            cs, ce = frames.reader.clause(k)
            conditions = has("condition", cs, ce) or has("harm", cs, ce)
            if not conditions or not has("share-verb", cs, ce) or has("trial-arm-cue", cs, ce):
                continue  # "38 per cent of those using the device had fewer migraine days": a trial's result
            a, b = conditions[0]
            verb_before = any(v_end == a for _, v_end in has("share-verb", max(cs, a - 4), a))  # "live with back pain"
            if (
                a > cs
                and not verb_before
                and (words[a - 1] == "with" or (words[a - 1] in ("have", "has") and words[a - 2] in ("who", "that")))
            ):
                continue  # "95 percent of people with diabetes have type 2": a share of those who have it, not of all
            ages = self._share_ages(end, min(ce, end + 4), first, end)
            places = has("jurisdiction", cs, ce)
            place = frozenset({("place", self.cls("jurisdiction").longest(words, places[0][0])[1])}) if places else frozenset()  # type: ignore[index]
            emit.add(
                SHARE,
                min(first, a),
                max(end, b),
                target=self._normal(a, b),
                amount=(low, high),
                dimension="share",
                ages=ages,
                qualifiers_extra=place,
            )

    def _rarity(self, emit: _Emitter, s: int, e: int) -> None:
        """How common a condition is, said in a word after its name: "true acidosis is uncommon", "migraine is
        rare in children"; the condition must be the clause's subject, right before the verb."""
        has = self.has
        words = self.words
        rarity = self.cls("share-predicate")
        for a, b, g in self._scan("share-predicate", s, e):
            copulas = [
                c
                for c, c_end in has("copula", max(s, a - 3), a)
                if (c_end == a or words[c_end] in ("very", "quite", "fairly")) and not has("past-copula", c, c_end)
            ]  # "hay fever was rare a century ago": then, not now
            if not copulas:
                continue
            cs, ce = self.frames.reader.clause(a)
            named = [(c, c_end) for c, c_end in has("condition", cs, copulas[-1]) if c_end == copulas[-1]]
            if not named:
                continue
            low, high = (float(x) for x in rarity.attributes.get(g, {}).get("share", [0, 1]))
            ages = self._share_ages(b, min(ce, b + 6), b, b)
            emit.add(SHARE, named[0][0], b, target=self._normal(*named[0]), amount=(low, high), dimension="share", ages=ages)

    def _share_ages(self, lo: int, hi: int, first: int, end: int) -> tuple[float, float] | None:
        """The age range of the group a share is of ("of adults", "in people over 50"), if one is named."""
        frames = self.frames
        found = self.has("population", lo, hi) or self.has("population", first, end)
        if not found:  # "of people over 50": a group by its age alone
            plain = self.has("share-population", lo, hi) or self.has("share-population", first, end)
            return frames._age_bound(*plain[0]) if plain else None
        p_a, p_b = found[0]
        group = frames._classes["population"].longest(self.words, p_a)
        return frames._age_bound(p_a, p_b) or (frames._ages_of("population", group[1]) if group else None)

    def _share_at(self, k: int, e: int) -> tuple[int, int, float, float] | None:
        """A share at token k: "10 per cent", "15%", "one in five", "one adult in seven", "most", "half of"."""
        words = self.words
        shares = self.cls("share-word")
        if words[k] not in self._starts and words[k] not in shares.heads and not words[k][0].isdigit():
            return None
        found = self.number(k, e)
        if found is not None and (k == 0 or not _DIGITS.fullmatch(words[k - 1])):
            n, j = found
            percent = self.cls("percent-sign").longest(words, j) if j < e else None
            if percent is not None and _DIGITS.fullmatch(words[k]):
                return k, percent[0], n / 100, n / 100
            for m in (j, j + 1, j + 2):  # "one in five", "one adult in five", "nine out of ten"
                at = e if m >= e else m + 1 if words[m] == "in" else m + 2 if words[m : m + 2] == ["out", "of"] else e
                if at < e and (total := self.number(at, e)) is not None and total[0] > n:
                    return k, total[1], n / total[0], n / total[0]
        share = shares.longest(words, k)
        if share is None:
            return None
        bounds = shares.attributes.get(share[1], {}).get("share", [0, 1])
        return k, share[0], float(bounds[0]), float(bounds[1])

    # -- helpers --------------------------------------------------------------------------------

    def _scan(self, name: str, s: int, e: int) -> list[tuple[int, int, str]]:
        """(start, end, group) of each term of a class in tokens s..e-1, left to right, without overlaps: the text's
        index of the class finds them, and only those places are read again for their group."""
        cls = self.cls(name)
        return [(a, b, found[1]) for a, b in self.has(name, s, e) if (found := cls.longest(self.words, a)) is not None]

    def _stage(self, s: int, e: int) -> frozenset[tuple[str, str]]:
        """Which stage of an effect the sentence times ("first signs" or "full effect"), as a qualifier."""
        found = self._scan("effect-stage", s, e)
        return frozenset({("stage", found[0][2])}) if found else frozenset()
