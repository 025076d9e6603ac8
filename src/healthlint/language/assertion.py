"""Whether the article asserts what a match says, read from its sentence: shared by hype and contradiction rules.

A phrase is the article's claim only if nothing around it takes that away.
The reader looks, within the match's clause or sentence, for what careful
writing does to a claim it does not make:

- negation, with its scope: a negator that opens the clause or heads its
  subject covers the whole clause ("no study has ever shown it to be the
  strongest"); one inside it ends at the next "and", "or" or comma;
- a hedge or modal ("may be the best option"), or a restriction after it
  ("... for some people", "... for those who");
- a question, an if/whether clause, an embedded question ("trials test how
  safe it is"), a purpose ("to make sure it is safe and effective"), or a
  verb used as a noun or an infinitive ("chemotherapy to shrink the tumour",
  "curing the infection often cures ...");
- attribution before or after ("a 2021 review found ...", "..., a trial
  finds"), a citation in the sentence, or a reported view ("the idea that");
- criticism, quoted or not ("despite talk of miracle cures", "claims that it
  is a 'wonder herb' are unfounded", "... has not been shown");
- a subject other than the article's own ("the safest painkiller in
  pregnancy is paracetamol" in an article about ginger).

Every word comes from the vocabularies (`@negator`, `@hedge`, ...); this
module holds only how they combine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from healthlint.language.text import Text
from healthlint.language.topic import Topic
from healthlint.limits import MAX_CLAUSE_WORDS

# Reasons a match is not the article's plain assertion.
NEGATED = "negated"
HEDGED = "hedged"
QUESTION = "question"
CONDITION = "condition"
PURPOSE = "purpose"
ATTRIBUTED = "attributed"
CITED = "cited"
CRITIQUE = "critique"
REPORTED = "reported"
OTHER_SUBJECT = "other-subject"
REFERENCE = "reference"
HEADING = "heading"
QUALIFIED = "qualified"
VARIATION = "variation"
USUAL = "usual"  # "usually", "most people": a general statement tempered, not variation
RESTRICTED = "restricted"  # "for people who have had a heart attack, ...": confined to a group named before it
STUDIED = "studied"  # "In one large trial, people taking it had no better mood": a study's result, not the writer's claim
MAKER = "maker"  # "according to the brand, ...": relayed from whoever sells it, which excuses no hype
SELECTION = "selection"  # "the most commonly used tablets | are ferrous sulfate": which ones a superlative picks out
REASONS = (
    NEGATED,
    HEDGED,
    QUESTION,
    CONDITION,
    PURPOSE,
    ATTRIBUTED,
    CITED,
    CRITIQUE,
    REPORTED,
    OTHER_SUBJECT,
    REFERENCE,
    HEADING,
    QUALIFIED,
    VARIATION,
    USUAL,
    RESTRICTED,
    STUDIED,
    MAKER,
    SELECTION,
)

_BODY_CLASSES = frozenset({"organ", "condition", "harm"})  # classes of words that modify a product's name ("bone broth")
_ROLE_WORDS = 7  # the longest role after a seller's possessive ("Brightwell's head of clinical services, ...")
_ANTECEDENT_REACH = 8  # how far into the sentence before a plural pronoun its subject ("the most common side effects") stands
# Classes whose words in the title name the product even when the topic's words leave them out ("NAD+" in "...
# Bringing NAD+ IV Drips to ..."); an organ or a condition in the title ("Magnesium for leg cramps") is no product
_TITLED_CLASSES = frozenset({"medicine", "product", "treatment-noun", "supplement-name", "practice", "procedure"})
_SUBJECT_CLASSES = (
    "drug", "drug-class", "procedure", "medicine", "condition", "organ", "population", "authority-noun", "product", "treatment-noun",
    "person-noun",
)  # fmt: skip
# Authorities are not "other": "doctors agree" is the article's own appeal, and "doctors say it ..." reports on its subject.
_OTHER_CLASSES = frozenset({"drug", "drug-class", "procedure", "medicine", "condition", "organ", "population"})
_MAKER_REACH = 4  # how far from a maker role ("founder") the name it gives may stand
_SPEECH_WORDS = 6  # a quotation this long is a sentence someone says, not a few words held up for scorn
# a compound a medicine opens is the medicine's ("ibuprofen syrup"); a procedure before the product's own head says
# how the product works ("a cryotherapy facial", "a laser cap")
_MEDICINE_CLASSES = frozenset({"drug", "drug-class", "medicine"})


@dataclass(frozen=True)
class Reading:
    """What the sentence does to a match: the reasons it is not a plain assertion, and whose claim it is."""

    reasons: frozenset[str]
    subject: str  # "self": the article's own subject; "other": something else; "none": no subject found
    subject_class: str = ""  # the vocabulary class that named the subject ("condition", "drug"...), if one did

    def excused(self, excuses: frozenset[str]) -> bool:
        """Whether any reason excuses the claim; relaying the seller ("the brand says ...") passes it on, excusing nothing."""
        reasons = self.reasons - {ATTRIBUTED, REPORTED} if MAKER in self.reasons else self.reasons
        return not reasons.isdisjoint(excuses)


class Reader:
    """Reads matches in one document; clause splits are computed once per sentence."""

    def __init__(self, text: Text, topic: Topic) -> None:
        self.text = text
        self.topic = topic
        self.words = text.words
        self.lang = text.language
        self._clauses: dict[tuple[int, int], list[int]] = {}
        self._named_at: dict[int, tuple[tuple[str, int], ...]] = {}

    def read(self, first: int, last: int) -> Reading:
        text = self.text
        has = text.has
        reasons: set[str] = set()
        s, e = text.sentence_of(first)
        cs, ce = self.clause(first)
        if text.in_references(first):
            reasons.add(REFERENCE)
        if text.in_heading(first):
            reasons.add(HEADING)
            if self.words[s] in self.lang.terms("quote-open") and self.words[e - 1] in self.lang.terms("quote-close"):
                reasons.add(REPORTED)  # a heading that quotes someone ("## 'Guaranteed results in 14 days'")
        if (self._is_question(s, e) and not self._question_after(s, last, e)) or self._example_question(s, first):
            reasons.add(QUESTION)
        subject, at = self.subject(cs, ce, first, last)
        if subject == "none" and any(c > 0 and self.words[c - 1] == "," for c, _ in has("contrast-aside", s, first)):
            subject = "other"  # "Nicotine patches, by contrast, work from the first day": something set against it
        if self._negated(cs, first, at):
            reasons.add(NEGATED)
        # "for people who ..." after a claim confines it, but "even in people who ..." widens it
        confined = [r for r, _ in has("restriction", last, self._clause_end(last, min(ce, last + 6))) if self.words[r - 1] != "even"]
        own = max([j + 2 for j in self.joins(cs, first)] + [cs])  # "X seems to work slowly, and | most people need ..."
        partial = any(has("partial-denial", n_end, n_end + 1) for _, n_end in has("negator", own, first))
        # a hedge word used as a noun ("at the first hint of tightness") hedges nothing
        hedges = [h for h, _ in has("hedge", own, first) if h == 0 or (not has("determiner", h - 1, h) and not has("ordinal", h - 1, h))]
        # a denial that is itself hedged, inside the match: "does | not seem to do harm", "| doesn't appear to cause"
        seeming = bool(has("negator", first, first + 1)) and bool(has("seeming-verb", first + 1, min(last, first + 3)))
        if hedges or confined or partial or seeming:
            reasons.add(HEDGED)
        if has("restriction", s, first):
            reasons.add(RESTRICTED)
        # a condition after the claim in its own clause qualifies it; "it is a powerhouse, and if you take it ..." does not
        conditions = has("condition-cue", last, self._clause_end(last, ce))
        # "it is gentle, but only if you take it with food": a condition that the next clause puts on this one
        conditions += [(c, c_end) for c, c_end in has("condition-cue", ce, min(e, ce + 4)) if self.words[c] == "only"]
        if self._conditional(s, first):
            reasons.add(CONDITION)
        elif any(
            (c == 0 or self.words[c - 1] != "for")
            and not has("inclusive-cue", c, c_end)
            and not has("widening-adverb", max(0, c - 1), c)
            and not any(a == c for a, _ in has("adherence-condition", c, min(e, c + 8)))
            for c, c_end in conditions
        ):  # but "it doesn't upset the tummy, especially if you take it with food" holds anyway, and "it reverses gum
            # disease if you stick with it" asks only that it be used
            reasons.add(QUALIFIED)
        main = self._main_start(cs, first)  # "Whether you want to run or climb stairs, | every customer notices ..."
        asserting = self.lang.terms("infinitive-asserting")  # "gains tend to show up after ...": no purpose
        # in the claim's own clause: not "where you come when you want to feel better, and | it's the purest way"
        purposes = [c for c, _ in has("purpose-cue", max(main, own), first) if c == 0 or self.words[c - 1] not in asserting]
        achieved = bool(has("achieved-cue", last, e))  # "we set out to build the best ..., and we've done it"
        if (purposes and not achieved) or self._embedded_question(main, first) or self._nominal(main, first):
            reasons.add(PURPOSE)
        if self._attributed(s, e, first, last):
            reasons.add(ATTRIBUTED)
        if self.cited(s, e):
            reasons.add(CITED)
        if self._critiqued(s, e, first, last) or self._critiqued_next(e):
            reasons.add(CRITIQUE)
        if has("reporting-opener", s, first) or self._called_by_others(s, first):
            reasons.add(REPORTED)
        # "according to the brand, ...", "..., the company says", "..., Ames added": the seller's claim relayed
        said_after = self._seller_after(last, e)
        # "Frostline say the band is safe for every woman": the product's own name as the source is its maker
        by_name = (
            ATTRIBUTED in reasons
            and self.topic.promoted
            and any(v > s and self.words[v - 1] in self.topic.words for v, _ in has("attribution-verb", s, first))
        )
        relayed = has("maker-source", s, first) or self._maker_speaks(s, first) or self._own_source(s, first)
        if (reasons & {ATTRIBUTED, REPORTED} and relayed) or said_after or by_name:
            reasons |= {ATTRIBUTED, MAKER}
        if self._in_a_study(s, first):
            reasons.add(STUDIED)
        if self.words[first] in self.lang.terms("copula") and has("selecting-superlative", cs, first):
            reasons.add(SELECTION)
        if self.possessor(cs, first) is None:  # "some users sleep better thanks to its sedative effect": the product's
            # a ", which ..." after the claim says something of it, not who the claim is for
            # and an opening phrase ("Unlike ibuprofen and other painkillers, ...") is not who it is for either
            own_end = next(iter(self.joins(last, ce, self.lang.terms("clause-relative"))), ce)
            own_start = cs
            lead = cs + (self.words[cs] in self.lang.terms("coordinator"))  # "And unlike many creams, it works on ..."
            if self.text.has("comparison-opener", lead, lead + 1) and "," in self.words[cs:first]:
                own_start = max(j for j in range(cs, first) if self.words[j] == ",") + 1
            # "many readers tell us that | it cured their gout": who reports it is not who it worked for
            told = [j for j in range(own_start, first) if self.words[j] == "that" and self._reported_before(own_start, j)]
            if told:
                own_start = told[-1] + 1
            if self._varied(own_start, own_end, first):
                reasons.add(VARIATION)
            elif self._usual(own_start, own_end, first):
                reasons.add(USUAL)
        if subject == "other":
            reasons.add(OTHER_SUBJECT)
        return Reading(frozenset(reasons), subject, self._class_at(at))

    # -- structure ------------------------------------------------------------------------

    def clause(self, i: int) -> tuple[int, int]:
        """The clause holding token i: its sentence cut at clause breaks (`@clause-break`, ", while", ...)."""
        s, e = self.text.sentence_of(i)
        breaks = self._clauses.get((s, e))
        if breaks is None:
            breaks = self._clauses[(s, e)] = self._breaks(s, e)
        start, end = s, e
        for b_start, b_end in zip(breaks[::2], breaks[1::2], strict=True):
            if b_end <= i:
                start = b_end
            elif b_start > i:
                end = b_start
                break
        return max(start, i - MAX_CLAUSE_WORDS), min(end, i + MAX_CLAUSE_WORDS)

    def _breaks(self, s: int, e: int) -> list[int]:
        """Flat [start, end, start, end, ...] of the break tokens in a sentence."""
        words = self.words
        out: list[int] = []
        for b, b_end in self.text.has("clause-break", s, e):
            if s < b <= s + 4 and b_end == b + 1 and words[b - 1] == "," and b_end < e and words[b_end] == ",":
                continue  # "Some users, though, end up ...": an aside after a short subject, the clause runs on
            out += [b, b_end]
        subordinators = self.lang.terms("subordinator")
        for k in range(s, e - 1):
            if words[k] == "," and words[k + 1] in subordinators:
                out += [k, k + 2]
        pairs = sorted(zip(out[::2], out[1::2], strict=True))
        return [x for pair in pairs for x in pair]

    def joins(self, lo: int, hi: int, openers: frozenset[str] | None = None) -> list[int]:
        """The commas in tokens lo..hi-1 that open another clause with one of `openers` (", and", ", but"; by default
        @coordinator)."""
        words = self.words
        openers = self.lang.terms("coordinator") if openers is None else openers
        return [j for j in range(lo, hi - 1) if words[j] == "," and words[j + 1] in openers]

    def _clause_end(self, last: int, end: int) -> int:
        """Where the claim's own words end before `end`: at a ", and", ", but" that opens another clause."""
        return next(iter(self.joins(last, end)), end)

    def _reported_before(self, lo: int, that: int) -> bool:
        """Whether a verb of saying or reporting comes right before a "that" (perhaps with "us" or "me" between)."""
        has = self.text.has
        for name in ("attribution-verb", "reporting-verb", "state-verb"):
            if any(v_end >= that - 2 for _, v_end in has(name, max(lo, that - 4), that)):
                return True
        return False

    def _question_after(self, s: int, last: int, e: int) -> bool:
        """Whether the question mark belongs to a clause after the claim ("it outperforms gabapentin, so why bother
        with pills?"): a sentence that opens as a statement, then a comma, perhaps a joining word, a question word."""
        words = self.words
        asks = self.lang.terms("question-opener")
        if words[s] in asks:
            return False  # "Does it outperform gabapentin, or is that just marketing?": the question is the whole
        for j in range(last, e - 1):
            if words[j] == ",":
                k = j + 1 + (words[j + 1] in self.lang.terms("coordinator") or words[j + 1] == "so")
                if k < e and words[k] in asks:
                    return True
        return False

    def _example_question(self, s: int, first: int) -> bool:
        """A question given as an example without its mark ("problems like can biotin regrow hair on a bald spot",
        "questions such as does it work"): the claim after it is what is asked, not said."""
        words = self.words
        asks = self.lang.terms("question-opener") & self.lang.terms("auxiliary")
        return any(c_end < first and words[c_end] in asks for _, c_end in self.text.has("example-cue", s, first))

    def _is_question(self, s: int, e: int) -> bool:
        closers = {'"', "'", ")", "]", "”", "’", "»"}
        k = e - 1
        while k > s and self.words[k] in closers:
            k -= 1
        if self.words[k] == "?":
            return True
        # a page title's question before the site's name: "Do I need a detox? | The Valley Courier"
        marks = [j for j in range(s, k) if self.words[j] == "?"]
        return bool(marks) and self.words[marks[-1] + 1] in ("|", "—", "–")

    # -- readings -------------------------------------------------------------------------

    def _negated(self, start: int, first: int, subject_at: int) -> bool:
        """A negator in scope. One that opens the clause or heads the subject ("no study has shown...",
        "no genetic changes or other factors have been proven to...") covers all of it; one inside it
        ("has no side effects and works for everybody") ends at the next "and", "or", "but" or comma."""
        text = self.text
        negators = text.has("negator", start, first)
        if not negators:
            return False
        idioms = text.has("negator-exception", start, min(first + 3, len(self.words)))
        openers = self.lang.terms("clause-opener")
        for n, n_end in negators:
            if any(i0 <= n < i1 for i0, i1 in idioms) or text.has("partial-denial", n_end, n_end + 1):
                continue  # "won't necessarily make you drowsy" denies only that it always does: a hedge, below
            if n_end == n + 1 and n_end < len(self.words) and not self.words[n_end][0].isalnum() and self.words[n_end] != "'":
                continue  # "No - it's completely non-habit-forming", "No, it won't": an answer, not a denial
            if n <= subject_at and "," in self.words[n_end:subject_at]:
                continue  # "because there are no medicines involved, it is ...": a fronted clause's own negation
            links = text.has("clause-link", n_end, subject_at) if n_end < subject_at else []
            if links and links[0][0] != n_end and not text.has("negator", subject_at, first):
                continue  # "I'm not exaggerating when I say it reversed ...": the negation is the first clause's
            # ("not because large doses have been shown to be harmless" denies the clause it opens)
            if {",", "and", "or"}.intersection(self.words[n_end:first]) and text.has("denial-word", first, first + 1):
                continue  # "No bloating, no gas and | no cramps": a list of denials, each its own
            if n <= subject_at or all(w in openers for w in self.words[start:n]):
                return True
            if not self.lang.terms("scope-ender").intersection(self.words[n_end:first]):
                return True  # "or" and "nor" carry a negation on: "not reef-safe or skin-safe"
        return False

    def _called_by_others(self, s: int, first: int) -> bool:
        """ "a video calling it a cure for everything": a name a spreader of claims gives it (not "we've started calling
        it ...", the writer's own)."""
        has = self.text.has
        return any(has("hearsay-source", max(s, c - 3), c) for c, _ in has("calling-participle", s, first))

    def _in_a_study(self, s: int, first: int) -> bool:
        """A result reported from a study ("In one large trial ..., people taking it had no better mood", or a sentence
        on how a trial was run); not the seller's own ("In our customer trials, it outperforms ibuprofen")."""
        words = self.words
        opened = words[s] in ("in", "across") and not self._writers.intersection(words[s + 1 : s + 4])
        if opened and any(a < first for a, _ in self.text.has("evidence-noun", s + 1, min(first, s + 5))):
            return True
        # a sentence that describes a trial's design ("Participants were randomly assigned to ... for 12 weeks", "a
        # phase 3 programme lasting at least a year") reports what a study did, not how to use the product
        _, e = self.text.sentence_of(s)
        return bool(self.text.has("trial-design", s, e)) and not self._writers.intersection(words[s:e])

    def _embedded_question(self, cs: int, first: int) -> bool:
        """A question word after a verb of finding out: "trials test how safe it is", "learn which is best";
        not "that's why it is the best", which asserts."""
        return any(self.text.has("testing-verb", max(cs, w - 3), w) for w, _ in self.text.has("wh-complement", cs, first))

    def _varied(self, cs: int, ce: int, first: int) -> bool:
        """A claim about part of a group or some of the time: "some users", "most of them", or a frequency
        adverb on the claim's own verb ("it usually clears ...", not "often used in ..." elsewhere)."""
        has = self.text.has
        if has("frequency", max(cs, first - 3), min(ce, first + 1)):
            return True
        words = self.words
        groups = self.lang.terms("person-noun") | self.lang.terms("population") | {"who", "people"}
        pronouns = self.lang.terms("pronoun")
        if any(end + 1 < ce and words[end] == "of" and words[end + 1] in pronouns for _, end in has("fraction-quantifier", cs, ce)):
            return True  # "about half of it is gone within 30 minutes": part of the thing, not all of it
        for q, q_end in has("partial", cs, ce):
            if q > first and self.joins(first, q + 1):
                continue  # "it reverses diabetes, and some of her clients ...": another clause's group
            if q > 0 and words[q - 1] in ("unlike", "than"):
                continue  # "Unlike other supplements, it ...": a comparison, not part of a group
            if words[q] == "other" and any(has(name, q_end, q_end + 1) for name in ("drug", "drug-class", "medicine")):
                continue  # "without the sedation of other opioids": medicines compared, not part of a group
            after = words[q_end : q_end + 2]
            people = words[q] in ("others", "other") or after[:1] == ["of"] or any(w in groups for w in after)
            alone = q_end < ce and any(has(name, q_end, q_end + 1) for name in ("state-verb", "effect-word", "attribution-verb"))
            if people or alone:  # "some users", "some of them", or the quantifier as the subject: "some notice ..."
                return True
        return False

    def _usual(self, cs: int, ce: int, first: int) -> bool:
        """A claim as a rule, not always: "it usually takes six weeks", "most people feel it within a day"."""
        has = self.text.has
        if has("usual-frequency", max(cs, first - 3), min(ce, first + 1)) or has("usual-frequency", cs, min(first, cs + 1)):
            return True  # "it usually takes six weeks", "Usually it is mild and settles within days"
        determiners = self.lang.terms("determiner")
        return any(q == 0 or self.words[q - 1] not in determiners for q, _ in has("majority", cs, first))  # not "the most advanced"

    def _conditional(self, s: int, first: int) -> bool:
        """Inside a condition or an open question: "if ..., " ends at its comma; "whether", or "if" after a verb,
        runs to the end of the sentence ("trials test whether A, B or C is safe"); "when" just before the claim."""
        words = self.words
        for cue, cue_end in self.text.has("condition-cue", s, first):
            if cue > s and (words[cue - 1] == "for" or words[cue - 1 : cue + 1] == ["at", "once"]):
                continue  # "for as long as you like" is a duration, "at once" a speed
            if cue == s and "," in words[cue_end:first] and self.text.has("inclusive-cue", cue, cue_end):
                continue  # "Whether it's stress or jet lag, | it works": every alternative is asserted
            # "trials test if it works" is an open question to the end; "don't drive if you feel drowsy, and ..." ends at its comma
            complement = words[cue] == "whether" or any(v_end == cue for _, v_end in self.text.has("testing-verb", max(s, cue - 3), cue))
            if complement or "," not in words[cue_end:first]:
                return True
        numeric = words[first][0].isdigit() or words[first] in ("a", "an") or bool(self.text.has("number-word", first, first + 1))
        # "improved only after | six weeks": a time after its preposition is the claim, not a condition on it
        cues = self.text.has("temporal-cue", max(s, first - 2), first)
        near = first  # "only after about a month": the approximator belongs to the time
        while near > s and self.text.has("estimate", near - 1, near):
            near -= 1
        at_once = {w for w, _ in cues if w > s and words[w - 1 : w + 1] == ["at", "once"]}  # a speed, not "once you start"
        return any(w >= first - 2 and not (w_end in (first, near) and numeric) and w not in at_once for w, w_end in cues)

    def _nominal(self, cs: int, first: int) -> bool:
        """The claim's verb is not asserted of a subject: an infinitive ("given to cure the cancer", "the only
        way to be completely safe") or a gerund used as a noun ("Curing the infection often ...")."""
        words = self.words
        asserting = self.lang.terms("infinitive-asserting")
        k = first - 1
        if k >= cs and words[k] in ("be", "stay", "keep", "remain"):
            k -= 1
        # but "the first hangover tablet to be approved": a rank's infinitive says what happened
        ranked = bool(self.text.has("rank-word", max(cs, k - 4), k))
        if k >= cs and words[k] == "to" and (k == cs or words[k - 1] not in asserting) and not ranked:
            return True
        # "uses beams to kill cancer cells and shrink tumours": the claim shares an earlier "to"
        # but not "recommended it to friends | and it has worked": a subject after the "and" opens a clause of its own
        subjects = self.lang.terms("pronoun") | self.lang.terms("determiner")
        for j in range(max(cs, first - 8), first):
            between = words[j + 1 : first]
            joins = [k for k in range(j + 1, first) if words[k] in ("and", "or")]
            shared = words[j] == "to" and (j == cs or words[j - 1] not in asserting) and joins and "," not in between
            shared = shared and not self.text.has("to-idiom", max(cs, j - 1), min(first, j + 3))  # "go to work and regrow ..."
            if shared and words[joins[-1] + 1] not in subjects:
                return True
        head = words[first]
        gerund = head.endswith("ing") and len(head) > 5 and head not in self.lang.terms("not-gerund")
        # "Bloating, wind and cramps are ...", "Feeling sick is common", "Expecting mothers should ...": a harm's or a group's name
        named = [
            m for n in ("harm", "harm-sense", "population", "population-state") for m in self.text.has(n, first, min(len(words), first + 4))
        ]
        gerund = gerund and not any(h == first for h, _ in named)  # "Throbbing temples were the most common ..."
        # "relief without causing drowsiness" says what the product does not do, "it works by keeping you full"
        # how it works: claims, not nouns
        means = words[first - 1] == "by" and first - 2 >= cs
        means = means and words[first - 2] in self.lang.terms("copula") | self.lang.terms("works-verb")
        return gerund and (first == cs or (words[first - 1] in self._prepositions and words[first - 1] != "without" and not means))

    def _attributed(self, s: int, e: int, first: int, last: int) -> bool:
        """Evidence or a source reports it: "studies show that ...", "..., a 2021 trial found", "according to",
        "headlines call it a cure"."""
        words = self.words
        has = self.text.has
        for k in range(s, e - 1):
            if words[k] == "according" and words[k + 1] == "to":
                return True
        for lo, hi in ((s, first), (last, self._attribution_end(last, e))):
            for src, src_end in has("evidence-source", lo, hi):
                if src > 0 and has("first-person-owner", src - 1, src):
                    continue  # "our team has started calling it ...": the seller's own words
                if has("attribution-verb", src_end, min(hi, src_end + 4)):
                    return True
        # hearsay is reported only where the article doubts it ("headlines call it a cure. This trial doesn't show
        # that"); "it is no wonder influencers call it a cure-all" repeats it with approval
        for _, src_end in has("hearsay-source", s, first):
            if has("attribution-verb", src_end, min(first, src_end + 4)) and self._doubted(last, e):
                return True
        return False

    @cached_property
    def _maker_names(self) -> frozenset[str]:
        """The names the article gives whoever sells the product: the capitalised words beside a maker role
        ("Tara Nolan, DNP, founder of ...", "the brainchild of engineer Colin Ames", "Arden Health, a start-up")."""
        words = self.words
        quote = self.text.quote
        skip = self.lang.terms("determiner") | self.lang.terms("person-pronoun") | self.lang.terms("pronoun")
        names: set[str] = set()
        roles = self.text.has("maker-role", 0, len(words))
        if self.topic.promoted:  # "Brightwell's head of clinical services, Priya Anand": the seller's own staff
            for k, w in enumerate(words):
                if w.endswith(("'s", "’s")) and self._own_name(w):
                    end = next((j for j in range(k + 1, min(len(words), k + _ROLE_WORDS)) if words[j] == ","), None)
                    if end is not None and all(x.isalpha() for x in words[k + 1 : end]):
                        roles.append((k, end))
        for a, b in roles:
            s, e = self.text.sentence_of(a)
            near = [*range(max(s, a - _MAKER_REACH), a), *range(b, min(e, b + _MAKER_REACH))]
            # an appositive's name stands before its comma: "Arden Health, | a women's health start-up"
            comma = next((j for j in range(a - 1, max(s, a - 2 * _MAKER_REACH) - 1, -1) if words[j] == ","), None)
            if comma is not None:
                near += range(max(s, comma - _MAKER_REACH), comma)
            for k in near:
                w = words[k]
                original = quote(k, k + 1)
                if original[:1].isupper() and w.isalpha() and w not in skip and not self.text.has("maker-role", k, k + 1):
                    names.add(w)
        return frozenset(names)

    def _seller_after(self, last: int, e: int) -> bool:
        """Whether the seller is the source named after a claim: "..., the company says", "..., according to the
        company", or a maker by name ("..., Ames added")."""
        has = self.text.has
        return (
            any(has("attribution-verb", m_end, min(e, m_end + 2)) or self._according_to(m) for m, m_end in has("maker-source", last, e))
            or self._maker_speaks(last, e)
            or self._own_source(last, e)
        )

    def _own_source(self, lo: int, hi: int) -> bool:
        """Whether tokens lo..hi-1 relay the promoted product's own words ("according to ClearBeam's own guide")."""
        if not self.topic.promoted:
            return False
        words = self.words
        determiners = self.lang.terms("determiner")

        def source(k: int) -> str:  # the source's first word: "according to | the | clinic"
            return next((w for w in words[k : k + 3] if w not in determiners), "")

        # "according to ClearBeam's own guide", "according to the clinic": the product's or its seller's name
        return any(self._according_to(k) and self._own_name(source(k)) for k in range(lo, hi))

    def _own_name(self, word: str) -> bool:
        """Whether a word, or the possessive of one ("ClearBeam's"), names the promoted product."""
        return word in self.topic.words or (word.endswith(("'s", "’s")) and word[:-2] in self.topic.words)

    def _according_to(self, k: int) -> bool:
        return self.words[k - 2 : k] == ["according", "to"]

    def _maker_speaks(self, lo: int, hi: int) -> bool:
        """Whether a maker named in the article speaks in tokens lo..hi-1 ("according to Nolan", "..., Ames added")."""
        names = self._maker_names
        if not names:
            return False
        words = self.words
        has = self.text.has
        return any(
            words[k] in names and (self._according_to(k) or bool(has("speech-verb", max(lo, k - 2), min(hi, k + 3)))) for k in range(lo, hi)
        )

    def _doubted(self, last: int, e: int) -> bool:
        """Whether a turn ("..., but poison centres report ...") follows a claim in its sentence, or the next
        sentence opens with a denial ("This trial doesn't show that.")."""
        has = self.text.has
        if self.lang.terms("turn-word").intersection(self.words[last:e]):
            return True
        if e >= len(self.words):
            return False
        n_s, n_e = self.text.sentence_of(e)
        return bool(has("negator", n_s, min(n_e, n_s + 6)))

    def _attribution_end(self, last: int, e: int) -> int:
        """How far after a claim a source can attribute it: to the end of the sentence, or to a ", which" or
        ", and" clause that says something else ("..., which may explain what the team observed"); "..., which
        a 2021 trial confirmed" still attributes."""
        for j in self.joins(last, e, self.lang.terms("coordinator") | {"which"}):
            if self.words[j + 1] != "which" or not self.text.has("evidence-source", j + 2, min(e, j + 5)):
                return j
        return e

    def cited(self, s: int, e: int) -> bool:
        """A citation in the sentence ([3], (Smith, 2020), a link), by the vocabulary's citation patterns."""
        start, end = self.text.prose_span(s, e)
        if any(start <= link.start < end for link in self.text.doc.links):
            return True
        words = self.words
        patterns = self.lang.patterns("citation")
        return any(p.match_at(words, k, e) for k in range(s, e) if words[k] in ("[", "(") for p in patterns)

    def _critiqued(self, s: int, e: int, first: int, last: int) -> bool:
        """Criticism of the claim: a critique cue before it in its sentence (a concession such as "despite its
        price," ends at its comma), a rejecting predicate after it, or quotation marks around it plus doubt."""
        text = self.text
        words = self.words
        for cue, cue_end in text.has("critique-cue", s, first):
            if words[cue] in self.lang.terms("concessive-opener") and "," in words[cue_end:first]:
                continue
            if self.lang.terms("turn-word").intersection(words[cue_end:first]):
                continue  # "people worry it is 'unproven', but it has been approved": the doubt is answered
            return True
        if text.has("critique-predicate", last, e):
            return True
        if self._quoted(s, e, first, last):  # quoted, and doubted or reported: "posts calling it a 'wonder pill'"
            speech = self._speech(s, first, last)  # a negation inside a whole quoted sentence is the speaker's own
            reported = text.has("reporting-verb", s, e) and not speech
            return bool(text.has("critique-cue", s, e) or (text.has("negator", s, e) and not speech) or reported)
        return False

    def _critiqued_next(self, e: int) -> bool:
        """Whether the next sentence points back at the claims and rejects them ("Experts say claims like that are
        not supported by the evidence"): criticism in the sentence after."""
        text = self.text
        if e >= len(self.words):
            return False
        ns, ne = text.sentence_of(e)
        back = text.has("claim-back-reference", ns, ne)
        return bool(back) and bool(text.has("critique-predicate", back[0][1], ne) or text.has("critique-cue", ns, ne))

    def _speech(self, s: int, first: int, last: int) -> bool:
        """Whether the quotation marks around a claim hold a whole sentence someone says ("'Aura X is the most
        advanced aid ever,' said its maker"), which passes the claim on, not a few words held up for scorn."""
        opens = self.lang.terms("quote-open")
        closes = self.lang.terms("quote-close")
        words = self.words
        start = next((k for k in range(first - 1, s - 1, -1) if words[k] in opens), None)
        end = next((k for k in range(last, len(words)) if words[k] in closes), last)  # the whole quotation, not up to the claim
        return start is not None and (start == s or words[start - 1] in (":", ",")) and end - start >= _SPEECH_WORDS

    def _quoted(self, s: int, e: int, first: int, last: int) -> bool:
        opens = self.lang.terms("quote-open")
        closes = self.lang.terms("quote-close")
        words = self.words
        before = next((k for k in range(first - 1, max(s, first - 12) - 1, -1) if words[k] in opens or words[k] in closes), None)
        if before is None or words[before] not in opens:
            return False
        # a long quotation closes where it closes: 'described the results as "a breakthrough for older people who ..."'
        return any(words[k] in closes for k in range(last, e))

    # -- subject ---------------------------------------------------------------------------

    def subject(self, cs: int, ce: int, first: int, last: int) -> tuple[str, int]:
        """Whose claim the match is: "self" (the article's subject), "other", or "none" found; and where that
        subject stands (-1 when none), where a negated subject ("no study") would be.

        English puts the subject first: the clause's first subject-like mention (not a preposition's
        object: "unlike ibuprofen, it ..."), counted after a reporting verb or "that" ("doctors say
        that it ..."). In a relative clause, the noun it follows ("surgery, which can reverse...").
        Failing those, the noun phrase just before the match's verb group, or with nothing before
        the match, the complement after a copula ("the safest painkiller in pregnancy is paracetamol").
        """
        words = self.words
        owner = self.possessor(cs, first)
        if owner is not None:
            return owner, first - 1
        if cs >= 2 and words[cs - 1] in self.lang.terms("clause-relative") and words[cs - 2] == "," and "," not in words[cs:first]:
            head = self._before_verb_group(0, cs - 3)  # ", which": the noun before the comma
            if head >= 0:  # "different from some other programmes, which": the noun itself, not its clause's subject
                ending = [m for m in self.mentions(max(0, head - 5), head + 1) if m[2] == head + 1]
                return (ending[-1][0] if ending else self._classify(self.clause(head)[0], head)), head
        lo = self._main_start(self._complement_start(cs, first), first)
        k = self._before_verb_group(lo, first - 1)
        if lo < k and words[k] in self._person_possessives:
            k -= 1  # "many people notice | their mood sinking": whose mood, not who says so
        joins = self.joins(lo, k)
        if joins and k > joins[-1] + 1:
            lo = joins[-1] + 2  # "it heals the gut, and | its formula can't ...": the second clause has its own subject
        if k >= lo and (words[k] in self.lang.terms("pronoun") or words[k] in self.lang.terms("person-pronoun")):
            return self._classify(lo, k), k  # "Take the right dose and | it | is guaranteed to ..."
        if k > lo and words[k] in self.lang.terms("coordinator") and words[lo].endswith("ing") and words[lo][0].isalpha():
            # "Adopting healthy habits can help ... and | reverse ...": the gerund is the subject of both verbs
            own = any(kind == "self" for kind, _, _ in self.mentions(lo, k))
            return ("self" if own else "other"), lo
        listed = first > 0 and words[first - 1] in (",", "and", "or")
        for kind, m_start, m_end in self.mentions(lo, first):
            if listed and words[m_end] in (",", "and", "or") and not self._aside(m_end, first - 1):
                continue  # "Dry mouth, | blurred vision ...": the match is an item of a list, not the others' predicate
            if not self._after_preposition(lo, m_start):
                return kind, m_start
            inside = words[m_start - 1] in self.lang.terms("part-of-preposition")
            if kind == "self" and inside and not self._verb_group.intersection(words[lo:m_start]):
                return kind, m_start  # "the acid in vinegar can wear away enamel": a part of the product is the product
        if lo - 2 >= cs and words[lo - 1] == "that" and self._noun_before_that(lo - 2):
            # "It is a remedy that | beats ibuprofen": the remedy it is called, so its own claim
            copulas = self.text.has("copula", cs, lo - 2)
            said_of = self._before_verb_group(cs, copulas[0][0] - 1) if copulas else -1
            if said_of >= cs and self._classify(cs, said_of) == "self":
                return "self", said_of
            return self._classify(cs, lo - 2), lo - 2  # "drugs that | dissolve clots": the noun the relative follows
        if k < lo:
            copulas = self.text.has("copula", last, ce)
            after = self.mentions(copulas[0][1], ce) if copulas else []
            return (after[0][0] if after else "none"), -1
        if words[k] in self.lang.terms("clause-relative") and k > lo:
            k = self._before_verb_group(lo, k - 1)
            if k < lo:
                return "none", -1
        if k > lo and self._using(lo) and all(kind != "other" for kind, _, _ in self.mentions(lo, k + 1)):
            return "self", lo  # "Drinking a cup is just like taking a Valium": using the product is the product
        return self._classify(lo, k), k

    def _aside(self, comma: int, close: int) -> bool:
        """Whether the words between two commas are an aside, not a list's next item: "no hearing aid, | at any
        price |, restores ...", "none of these creams, | however pricey |, cures ..."."""
        if self.words[comma] != "," or close <= comma + 1 or self.words[close] != ",":
            return False
        opener = self.words[comma + 1]
        return opener in self._prepositions or opener in self.lang.terms("aside-opener")

    def _using(self, k: int) -> bool:
        """Whether a clause opens on a gerund of using a product ("Drinking a cup", "Taking two capsules")."""
        word = self.words[k]
        return word.endswith("ing") and bool(self.text.has("dosing-verb", k, k + 1)) and self.topic.promoted

    def possessor(self, cs: int, first: int) -> str | None:
        """Whose the property is when a possessive opens the match: "kratom's sedative properties", "its
        calming effect" belong to the product whatever the clause's subject ("users report ...")."""
        if first <= cs:
            return None
        w = self.words[first - 1]
        if w == "its":
            return self._pronoun()
        if w.endswith(("'s", "’s")) and w[:-2] in self.topic.words:
            return "self" if self.topic.promoted else "other"
        return None

    def _noun_before_that(self, k: int) -> bool:
        """Whether the word before a "that" is a noun it follows as a relative ("medicines that ..."), not a verb
        or an adjective whose clause it opens ("studies show that ...", "it is likely that ...")."""
        w = self.words[k]
        lang = self.lang
        verbs = lang.terms("attribution-verb") | lang.terms("reporting-verb") | self._verb_group | self._function_words
        return w[0].isalpha() and w not in verbs and not w.endswith(("ed", "ly")) and w not in lang.terms("descriptive-adjective")

    def _complement_start(self, cs: int, first: int) -> int:
        """Where the clause that holds the match begins after "that" or a reporting verb with its own clause
        after it ("studies show that | it ...", "doctors say | it is ..."); "found growing on a mould" has none."""
        words = self.words
        lang = self.lang
        reporting = lang.terms("attribution-verb")
        opens_clause = lang.terms("pronoun") | lang.terms("determiner") | self.topic.words
        for j in range(first - 1, cs - 1, -1):
            if words[j] == "that" or (words[j] in reporting and j + 1 < first and words[j + 1] in opens_clause):
                return j + 1
        return cs

    def _main_start(self, lo: int, first: int) -> int:
        """Where the main clause starts after an opening clause or phrase, which ends at its comma: "Because ...,
        | it", "Unlike ibuprofen and other painkillers, | it", "Whether you garden or want to climb stairs, | ...",
        "Designed to be taken at night, | it"."""
        words = self.words
        opens = words[lo] in self.lang.terms("subordinator") or words[lo] in self._prepositions
        opens = opens or bool(self.text.has("adverbial-opener", lo, lo + 1))
        # a participle phrase before the subject ("Formulated for runners, | ..."): its purpose is not the claim's
        opens = opens or (words[lo].endswith(("ed", "en")) and lo + 1 < first and words[lo + 1] in self._prepositions)
        if opens and "," in words[lo:first]:
            return max(j for j in range(lo, first) if words[j] == ",") + 1
        return lo

    def _before_verb_group(self, lo: int, k: int) -> int:
        """Walk left from token k over the verb group (auxiliaries, adverbs, negators) and parentheses."""
        words = self.words
        skip = self._verb_group
        while k >= lo:
            w = words[k]
            if w == ")":  # "An electrocardiogram (EKG) has ..."
                opening = next((j for j in range(k - 1, lo - 1, -1) if words[j] == "("), None)
                if opening is None:
                    return k
                k = opening - 1
            elif w in skip or (w.endswith("ly") and len(w) > 4):
                k -= 1
            else:
                return k
        return k

    def _classify(self, cs: int, k: int) -> str:
        """What the word at k (the end of a subject, usually) stands for. A subject with a prepositional
        phrase is classified by its head: "biotin | for hair loss | outperforms ...", "the safest drug | in
        pregnancy"."""
        words = self.words
        k = self._head_end(cs, k)
        w = words[k]
        if w in self.lang.terms("pronoun"):
            return self._pronoun(k)
        if w in self.lang.terms("person-pronoun"):
            return "none"
        ending_here = [m for m in self.mentions(max(cs, k - 5), k + 1) if m[2] == k + 1]
        if ending_here:
            return ending_here[-1][0]
        if self._document(k):
            return "other"
        if w in self.topic.words:
            return "self" if self.topic.promoted else "other"
        earlier = [m for m in self.mentions(cs, k + 1) if not self._after_preposition(cs, m[1])]
        if any(kind == "self" for kind, _, _ in earlier):
            return "self"
        if words[cs].endswith("ing") and cs < k and words[cs + 1] not in (",", "and", "or") and not self._is_harm(cs):
            return "other"  # a gerund subject: "Losing weight can reverse prediabetes", but "Peeling and redness are common"
        if earlier:
            return earlier[0][0]  # the word before the match is a verb or a connective: "It offers | relief in minutes"
        if k == cs or w in self._function_words or not w[0].isalnum():
            return "none"  # "Expect | relief in minutes": an imperative, or nothing to go on
        if any(words[j] in self._writers for j in range(max(cs, k - 3), k)):
            return "self"  # "our blend": the writer's own product, whatever the page's title
        # A noun the vocabularies do not know: on a page that promotes a product, most likely that product
        # by another name ("Korean red" for ginseng); on a page about a condition, something it discusses.
        return "none" if self.topic.promoted else "other"

    def _serving(self, k: int) -> bool:
        """Whether token k is one serving of the product ("a spoonful", "one capsule", "each scoop of it"), not of
        something else ("a glass of wine")."""
        words = self.words
        if k == 0 or words[k] not in self.lang.terms("container") or words[k - 1] not in self.lang.terms("one-serving"):
            return False
        return words[k + 1 : k + 2] != ["of"] or bool(self.topic.words.intersection(words[k + 2 : k + 4]))

    def _document(self, k: int) -> bool:
        """Whether the word at k names the text itself ("this guide is for teenagers"): what it says of its readers
        is no claim about the product, even when the title calls the page a guide."""
        words = self.words
        terms = self.lang.terms
        return 0 < k < len(words) and words[k - 1] in terms("document-determiner") and words[k] in terms("document-noun")

    def _compounds(self, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Adjacent mentions as one noun compound, which is what its first word of a known kind says ("IV | vitamin
        therapy" is the page's IV), or the product when its head names it ("tired skin | serum", "Winter Berry | syrup")
        and no medicine opens it ("ibuprofen | syrup" is ibuprofen's)."""
        out: list[tuple[str, int, int]] = []
        persons = self.lang.terms("person-pronoun")
        for kind, start, end in mentions:
            if out and out[-1][2] == start and self.words[out[-1][1]] not in persons:
                prev_kind, prev_start, _ = out[-1]
                medicine = prev_kind != "none" and self._class_at(prev_start) in _MEDICINE_CLASSES
                # a capital after lower-case words starts something new ("... or eye ointments | Pinkeye usually ...")
                head = kind == "self" and not medicine and not self.text.quote(start, start + 1)[:1].isupper()
                # the head names it; a body word before it only modifies it ("a bone | broth fast" is no organ)
                body = head and self._class_at(prev_start) in _BODY_CLASSES
                out[-1] = (kind, start, end) if body else (kind if head or prev_kind == "none" else prev_kind, prev_start, end)
            else:
                out.append((kind, start, end))
        return out

    def _is_harm(self, at: int) -> bool:
        harm = self.lang.vocabulary.get("harm")
        return harm is not None and harm.longest(self.words, at) is not None

    def _head_end(self, cs: int, k: int) -> int:
        """The last word of a noun phrase's head, before any prepositional phrase that ends at k."""
        words = self.words
        stop = self._verb_group | self._clause_words
        j = k
        while j > cs and words[j - 1][0].isalnum() and words[j - 1] not in stop:
            j -= 1
        for q in range(j + 1, k + 1):
            if words[q] in self.lang.terms("noun-phrase-preposition"):
                return q - 1
        return k

    def _class_at(self, at: int) -> str:
        """The vocabulary class of the subject mention at a position ("" if none names it)."""
        named = self._named(at) if at >= 0 else ()
        return named[0][0] if named else ""

    def _named(self, at: int) -> tuple[tuple[str, int], ...]:
        """(class, end) of each subject class naming something at a position, in `_SUBJECT_CLASSES` order;
        kept, since every match read in a sentence asks again of the words before it."""
        named = self._named_at.get(at)
        if named is None:
            found = []
            for name in _SUBJECT_CLASSES:
                cls = self.lang.vocabulary.get(name)
                longest = cls.longest(self.words, at) if cls is not None else None
                if longest is not None:
                    found.append((name, longest[0]))
            named = self._named_at[at] = tuple(found)
        return named

    def _pronoun(self, at: int | None = None) -> str:
        """A pronoun stands for the article's product only when it promotes one; on a page about a
        condition, "it" and "they" are the condition or the treatments it discusses. A plural one that opens
        a sentence after one about side effects is those ("The most common side effects are ... These usually
        settle within a few days")."""
        if not self.topic.promoted:
            return "other"
        return "other" if at is not None and (self._harms_before(at) or self._medicine_before(at)) else "self"

    def _medicine_before(self, at: int) -> bool:
        """Whether the pronoun at `at` follows, in its own sentence, an opening on another medicine ("Antibiotics take
        days to kick in, they wipe out ..."): that medicine, not the product (whose own drug is a topic word)."""
        s, _ = self.text.sentence_of(at)
        if at - s < 2:
            return False
        opening = self.lang.terms("determiner")
        # or a clause after a semicolon, about the medicine the clause before names ("... usually dexamethasone,
        # which a GP can prescribe; it reduces the swelling")
        after_semicolon = self.words[at - 1] == ";"
        return any(
            m_end < at and (after_semicolon or all(w in opening for w in self.words[s:m])) and not self.topic.names(self.words, m, m_end)
            for name in ("drug", "drug-class")
            for m, m_end in self.text.has(name, s, at if after_semicolon else min(at, s + _ANTECEDENT_REACH))
        )

    def _harms_before(self, at: int) -> bool:
        """Whether the pronoun at `at` opens its sentence and the sentence before opens on harms."""
        s, _ = self.text.sentence_of(at)
        if at != s or s == 0 or self.words[at] not in self.lang.terms("plural-pronoun"):
            return False
        ps, pe = self.text.sentence_of(s - 1)
        opening = self.lang.terms("determiner") | self.lang.terms("harm-opener")
        return any(
            all(w in opening for w in self.words[ps:m]) for m, _ in self.text.has("harm-general", ps, min(pe, ps + _ANTECEDENT_REACH))
        )

    def _after_preposition(self, cs: int, m_start: int) -> bool:
        """Whether a mention is a preposition's object ("unlike ibuprofen", "for night-time leg cramps"), not a
        subject: a preposition within the three words before it, with only modifiers between."""
        words = self.words
        stop = self._verb_group | self._clause_words
        for prev in range(m_start - 1, max(cs, m_start - 4) - 1, -1):
            w = words[prev]
            if w in self._prepositions:
                return True
            if not w[0].isalnum() or (w in stop and w not in self._modifiers):
                return False
        return False

    @cached_property
    def _verb_group(self) -> frozenset[str]:
        """Words between a subject and what it is said to do: auxiliaries, modals, negators, adverbs."""
        terms = self.lang.terms
        names = ("auxiliary", "copula", "negator", "hedge", "intensifier", "frequency", "usual-frequency", "verb-group-adverb")
        return frozenset().union(*(terms(n) for n in names))

    @cached_property
    def _prepositions(self) -> frozenset[str]:
        return self.lang.terms("preposition")

    @cached_property
    def _writers(self) -> frozenset[str]:
        """The writer's own possessives ("our", "my"): "our drops" is the product; asked at every word of a mention."""
        return self.lang.terms("writer-possessive")

    @cached_property
    def _person_possessives(self) -> frozenset[str]:
        return self.lang.terms("person-possessive")

    @cached_property
    def _clause_words(self) -> frozenset[str]:
        """Words that end a noun phrase on its left: connectives, relatives, pronouns."""
        terms = self.lang.terms
        return terms("subordinator") | terms("pronoun") | terms("person-pronoun") | terms("clause-relative") | terms("coordinator")

    @cached_property
    def _function_words(self) -> frozenset[str]:
        return self.lang.terms("determiner") | self.lang.terms("subordinator") | self._prepositions | self.lang.terms("coordinator")

    @cached_property
    def _modifiers(self) -> frozenset[str]:
        terms = self.lang.terms
        return terms("determiner") | terms("intensifier") | frozenset({"other", "all", "most", "many", "some"})

    def _determiner_before(self, k: int) -> str:
        """The word that determines a noun at k, across up to two modifiers ("our | pharmacy-grade | capsules")."""
        words = self.words
        for j in range(k - 1, max(-1, k - 4), -1):
            if words[j] in self._modifiers or words[j] in self._writers or not words[j][0].isalnum() or j == k - 3:
                return words[j]
            if words[j] in self._verb_group or words[j] in self._clause_words or words[j] in self._prepositions:
                return words[j]
        return ""

    def mentions(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        """(kind, start, end) of subject-like mentions in tokens lo..hi-1: "self", "other" or "none" (a person)."""
        words = self.words
        lang = self.lang
        out: list[tuple[str, int, int]] = []
        pronouns = lang.terms("pronoun")
        persons = lang.terms("person-pronoun")
        owners = lang.terms("owner-determiner")
        topic = self.topic
        k = lo
        while k < hi:
            w = words[k]
            if self._document(k + 1):
                out.append(("other", k, k + 2))  # "this guide"
                k += 2
                continue
            if w in topic.words:  # on a page about a condition, the condition is not a product to hype
                owned = k > 0 and words[k - 1] in self._writers
                out.append(("self" if topic.promoted or owned else "other", k, k + 1))
                k += 1
                continue
            if w in self._writers and k + 1 < hi and words[k + 1][0].isalnum():
                k += 1  # "our" and "my" determine the noun after them: "our drops" is the product
                continue
            if w in self._person_possessives and k + 1 < len(words) and words[k + 1][0].isalnum():
                if k == lo or words[k - 1] in (",", "and", "but", "that"):
                    k += 1  # "your body gets used to it": the body is the subject, not the person
                    continue
                # after a verb, an object: "people notice | their mood sinking", "give | your digestive system a reset"
                k += 1
                while k < hi and words[k][0].isalnum() and words[k] not in self._function_words:
                    k += 1
                continue
            if w in pronouns or w in persons:
                out.append((self._pronoun(k) if w in pronouns else "none", k, k + 1))
                k += 1
                continue
            if topic.promoted and self._serving(k):
                out.append(("self", k, k + 1))  # "a spoonful before meals lowers ...": a serving of the product
                k += 1
                continue
            hit = next((named for named in self._named(k) if named[1] <= hi), None)
            if hit is None:
                k += 1
                continue
            name, end = hit
            before = self._determiner_before(k)
            # on a page that promotes a product, "the remedy", "the treatment" is it (not "the medicine": another)
            generic = name in ("product", "treatment-noun") or (name == "medicine" and words[k] in lang.terms("product"))
            owned = before in self._writers or (topic.promoted and (before in owners or (generic and before == "the")))
            # "treatment with terbinafine tablets": the product's treatment
            of_topic = name in ("medicine", "treatment-noun") and words[end : end + 1] in (["with"], ["of"], ["using"])
            of_topic = of_topic and topic.promoted and bool(topic.words.intersection(words[end + 1 : end + 4]))
            # "very high doses have been linked to ...": on a product's page, its doses (not "doses of ibuprofen")
            dose = topic.promoted and name == "medicine" and words[end - 1] in lang.terms("dose-noun") and words[end : end + 1] != ["of"]
            # "a drip does what ...": on a page titled for NAD+ drips, the kind of thing the title promotes
            titled = topic.promoted and name in _TITLED_CLASSES and topic.in_title(words, k, end)
            if (topic.promoted and topic.names(words, k, end)) or owned or of_topic or dose or titled:
                kind = "self"
            elif name in _OTHER_CLASSES or (
                name in ("product", "treatment-noun") and lang.terms("another-word").intersection(words[max(lo, k - 3) : k])
            ):
                kind = "other"  # "some other digital programmes", "another brand": not the article's own
            else:
                kind = "none"
            out.append((kind, k, end))
            k = end
        return self._compounds(out)
