"""What an article is about: the product or treatment it promotes, read from its title and keyphrase.

Hype counts only when asserted about that subject, and contradictions only
between claims about one subject, so both need to know it. The title's first
segment names it ("Ginseng for energy: ..." -> ginseng); segments after a
"for", "vs" or colon name the condition or the benefit. An article promotes
its subject only when the title names a product or treatment by a word the
vocabularies know (a drug, a supplement, a dosage form, a practice, a brand
in camel case), or names something unknown that the opening defines as a
product or that the page sells: then the product is `named`, and
contradictions compare its claims. A title of unknown words that the opening
does not define otherwise is promoted for hype's sake only. A page about a
condition, a body part or a population ("Rosacea: causes and treatment",
"Bladder control for women") promotes nothing, and pronouns then stand for
whatever it discusses.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from healthlint.language.loader import Language
from healthlint.language.morphology import singular
from healthlint.language.tokens import Tokens
from healthlint.model.document import Document


@dataclass(frozen=True)
class Topic:
    """The words that name the article's own subject, and whether that subject is a product or treatment."""

    words: frozenset[str]
    promoted: bool  # the article promotes its subject: claims about it are the product's
    title: str
    named: bool = False  # ... and the title or page names a product or treatment for sure (not only unknown words)

    @property
    def sentence_title(self) -> bool:
        """Whether the title is a sentence (a snippet's only line): its words are a claim, not a product's name."""
        return self.title.rstrip().endswith(tuple(_SENTENCE_ENDS))

    def names(self, words: list[str], first: int, last: int) -> bool:
        """Whether tokens first..last-1 name the topic (any of its content words)."""
        return any(w in self.words for w in words[first:last])

    def in_title(self, words: list[str], first: int, last: int) -> bool:
        """Whether tokens first..last-1 are all words of the title, singular or plural: "NAD+" under "... Bringing
        NAD+ IV Drips to the East Valley", whose subject words a headline's verb may have cut short."""
        title = self.title_words
        return all(w in title or w + "s" in title for w in words[first:last])

    @cached_property
    def title_words(self) -> frozenset[str]:
        return frozenset(Tokens.of(self.title.lower()).words)

    @cached_property
    def headline(self) -> bool:
        """Whether the title is a news headline, a sentence of many words ("Parents face hunt for children's
        amoxicillin as liquid antibiotic runs short"), whose first words may miss what the story is about."""
        return sum(w[0].isalnum() for w in Tokens.of(self.title).words) > _SENTENCE_TITLE


def title_text(doc: Document) -> str:
    """The article's title: front matter or <title>, else its first heading, else its first line."""
    for key in ("title", "name", "headline"):
        value = doc.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and doc.format == "text":  # a plain text's first line, set apart, is its title however punctuated
        line = doc.prose[first.start : first.end]
        if "\n" not in line.strip() and len(line.split()) <= _TITLE_LINE_WORDS:
            return line
    for block in doc.blocks:
        if block.kind == "heading":
            return doc.prose[block.start : block.end]
    return doc.prose[first.start : first.end][:120] if first else ""


def _past_banner(doc: Document, language: Language, title: str) -> str:
    """The line after a banner: a press release's marker ("FOR IMMEDIATE RELEASE"), or in plain text a first
    line that names no treatment, product or condition ("PURE FLOW STUDIO - BLOG") where the second, a short
    line too, does ("Colon Hydrotherapy: ..."): the first is the site's banner."""
    if len(doc.blocks) < 2:
        return title
    first, second = (doc.prose[b.start : b.end] for b in doc.blocks[:2])
    if title.strip() != first.strip() or "\n" in second.strip():
        return title
    banner = Tokens.of(first).words
    if len(banner) <= _BANNER_WORDS and _has_phrase(language, "release-banner", banner):
        # a release's headline runs long, and may sit under a second marker ("PRESS RELEASE" / "FOR IMMEDIATE
        # RELEASE: 14 October" / the headline)
        for block in doc.blocks[1:_BANNER_LINES]:
            line = doc.prose[block.start : block.end].strip()
            marker = Tokens.of(line).words
            if not (len(marker) <= _BANNER_WORDS and _has_phrase(language, "release-banner", marker)):
                return line if "\n" not in line and len(line.split()) <= _HEADLINE_WORDS else title
        return title
    if doc.format != "text" or _has_any(language, _SUBJECT_CLASSES, banner):
        return title
    # the banner may carry a tagline ("THE BUSY NEST" / "A blog about raising three kids" / the headline)
    for block in doc.blocks[1:_BANNER_LINES]:
        line = doc.prose[block.start : block.end].strip()
        if "\n" not in line and len(line.split()) <= _TITLE_LINE_WORDS and _has_any(language, _SUBJECT_CLASSES, Tokens.of(line).words):
            return line
    return title


_HEADLINE_WORDS = 30  # a press release's headline below its marker, however long-winded
_BANNER_LINES = 4  # a site's banner, a tagline under it, then the headline
_BANNER_WORDS = 8  # a release marker with its date at most ("EMBARGOED UNTIL 00:01 GMT, 9 April 2024")
_SUBTITLE_MARKS = frozenset({":", "—", "–", "|"})
_SITE_MARKS = ("|", "—", "–", "-")  # before a site's name after a page's title
_SUBJECT_CLASSES = ("practice", "supplement-name", "product", "drug", "drug-class", "procedure", "condition")


def read_topic(doc: Document, language: Language, keyphrase: str | None = None, tokens: Tokens | None = None) -> Topic:
    """The topic from the title (and a declared keyphrase): content words of its first segment. A title that
    is really a sentence (a text file's first line) names the topic less well than the article's most
    repeated content word, which then stands in for it."""
    words = tokens.words if tokens is not None else None
    title = _past_banner(doc, language, title_text(doc))
    filler = language.terms("title-filler")
    splitters = language.terms("title-splitter")
    verbs = language.terms("title-verb")
    launches = language.terms("title-launch-verb")
    joiners = language.terms("name-joiner")
    purposes = language.terms("title-purpose")
    conditions = [c for c in ("condition", "harm", "organ", "condition-head") if language.vocabulary.get(c) is not None]
    title_words = Tokens.of(title).words
    sources = [title, keyphrase or ""]
    about_condition = _has_any(language, ("condition", "harm"), title_words) or _names_condition(language, title_words)
    opening = list(itertools.takewhile(lambda w: w[0].isalnum() and w not in splitters and w not in verbs, title_words))
    led_by_condition = bool(opening) and _is_condition(language, conditions, [w for w in opening if w not in filler])
    if len([w for w in title_words if w[0].isalnum()]) > _SENTENCE_TITLE and words and not led_by_condition:
        sources.append(_most_repeated(language, words) or "")  # not "Numb fingers at 3 a.m.: what actually helps ..."
    found: set[str] = set()
    named_in_title: set[str] = set()
    title_phrase: list[str] = []
    # a cue in a title's closing question asks about it ("Do I need a detox, or a drug?"), it promotes nothing
    stated = _before_question(title_words)
    promoted = bool(set(stated) & language.terms("promotion-cue")) or _has_phrase(language, "promotion-cue", stated)
    promoted = promoted or _pack_size(language, title_words)  # "JAWFORGE JAW GUM - MINT, 60 PIECES": a shop's title
    unknown = False
    untitled = title.rstrip().endswith(".")  # the first line is a sentence: the text has no title
    for source in sources:
        segments: list[list[str]] = [[]]
        after_for = [False]  # whether each segment follows "for" or "against" (@title-purpose): what it is for
        after_and = [False]  # ... or "and", "&", "or": perhaps the other half of one name ("Cold and Flu Tablets")
        after_verb = [False]  # ... or a verb: what a headline says of its subject ("... Is the Pain Relief You Need")
        after_launch = [False]  # ... or a launch: what a release's maker brings out ("Arden Launches PelviQ")
        after_colon = [False]  # ... or a colon: a subtitle, which may say what the name before it is
        for w in Tokens.of(source).words:
            if w in _APOSTROPHES and segments[-1] and segments[-1][-1].endswith("s"):
                continue  # a plural possessive ("Kids' vitamins") is no break in the title
            if w in splitters or w in verbs or w in launches or not w[0].isalnum():
                segments.append([])
                after_for.append(w in purposes)
                after_and.append(w in joiners)
                after_verb.append(w in verbs)
                after_launch.append(w in launches)
                after_colon.append(w in _SUBTITLE_MARKS)
            else:
                segments[-1].append(w)
        contents = [[w for w in seg if w not in filler and not w.isdigit()] for seg in segments]
        first = next((i for i, c in enumerate(contents) if c), None)
        if first is None:
            continue
        content = contents[first]
        shared = first + 1 < len(contents) and after_and[first + 1] and bool(contents[first + 1]) and len(content) <= _SHORT_MODIFIER
        if shared and _has_any(language, (*_PRODUCT_CLASSES, "treatment-noun"), contents[first + 1][-1:]):
            # "Typhoid and Hepatitis A Vaccinations", "Hair & Nail Gummies": both halves modify one product's head,
            # which names it; what it is for ("typhoid", "hair") is no name of it
            merged = content + contents[first + 1]
            content = [w for w in merged if not _has_any(language, _PURPOSE_CLASSES, [w])]
            contents = [*contents[:first], content, *contents[first + 2 :]]
        found |= set(content)
        if source == title:
            launched = {w for i, c in enumerate(contents) if after_launch[i] for w in c}
            found |= launched
            named_in_title = set(content) | launched
            title_phrase = content
        if len(content) >= 3:  # "apple cider vinegar" is "ACV" in the text
            found.add("".join(w[0] for w in content))
        if untitled and source == title:
            promoted = True  # a snippet with no title ("For migraines, it beats sumatriptan."): nothing says otherwise
            continue
        if len(content) > 1 and _has_any(language, ("product",), content[-1:]):
            promoted = True  # "Psoriasis cream", "Hangover patches": a product named by what it treats
        condition_at = [i for i, c in enumerate(contents) if c and _is_condition(language, conditions, c)]
        if source == title and not any(
            after_for[i] and _has_any(language, tuple(conditions), c) for i, c in enumerate(contents) if i > first
        ):
            title_phrase = []  # a name is a treatment's only when the title says what it is for ("X for Sciatica")
        if first in condition_at and source == title and _headline_product(language, content, title_words):
            promoted = True  # "Sound Engineer's Herbal Ear Drops Silence Tinnitus": a product, then what it does
            continue
        if first in condition_at:
            continue
        known = _has_any(language, _NAMED_CLASSES, content[-1:])  # by its head: "pelvic floor trainer" is a trainer
        if _has_any(language, _PRODUCT_CLASSES, content) or _brand(source):
            promoted = True  # "Turmeric for arthritis", "Kratom", "DriftWell gummies": a product or treatment by name
        elif subtitle := next(
            (c for i, c in enumerate(contents) if i > first and after_colon[i] and _has_any(language, _PRODUCT_CLASSES, c)), None
        ):
            found |= set(subtitle)  # "The Glow Drip: IV Glutathione for Radiant Skin": the subtitle says what the name sells
            promoted = True
        elif not known and any(_has_any(language, _PRODUCT_CLASSES, c) for c in contents[first + 1 :]):
            promoted = True  # "Why a spoonful of cider vinegar ...": a first segment of no known word, then a product
        elif not known and any(not after_for[i] and not after_verb[i] for i in condition_at):
            continue  # "Intraocular (Uveal) Melanoma", "Overweight and obesity": a condition's page
        elif condition_at and source == title and _acronym(title):
            promoted = True  # "TENS for Back Pain": a short name in capitals, then what it is for, is a treatment
        else:
            unknown = unknown or not known
    if _provider(language, title):
        promoted = True  # "Shockwave Therapy at Ridgeway Clinic": a treatment a named clinic sells
    endorsed = _endorsed(language, title_words)
    if endorsed:  # "Menopause, Naturally: Why I Recommend Black Cohosh": the writer's product, whatever the page opens with
        found |= endorsed
        promoted = True
    # the opening defines what the title names: a long title's stand-in ("migraine" on "Does magnesium work for
    # migraines? What I learned ...") is not the subject whose definition decides
    subject = named_in_title or found
    subject = subject | {f for w in subject for f in language.vocabulary.morphology.forms(w, "noun")}  # "The porphyrias are"
    definition = _definition(language, subject, words) if words is not None else None
    if not promoted and unknown:
        promoted = definition == "product" or (words is not None and _sells(language, words))  # "Zorblax is a herbal tea"
    if definition == "condition" and not _brand(title):
        promoted = False  # "Epidermolysis bullosa is a group of genetic skin diseases ...", but "CalmWave Pro" is a brand
    # A title of words no vocabulary knows ("Kegelo pelvic floor trainer", "Foot pads") most likely names a
    # product for hype's sake, unless the opening defines it as something else; contradictions, which compare
    # many claims across a page, wait for a product named or sold.
    named = promoted
    remedy = _touted_remedy(language, words, title_words) if not promoted and words is not None else None
    if remedy is not None:  # "Chronic pain" that is about kratom all the way down: hype about kratom sells it
        found.add(remedy)
        promoted = True
    if not promoted and (unknown or not found) and definition is None:
        promoted = True  # also a title that names nothing ("# 12", "The complete guide"): nothing says otherwise
    if promoted and not named and words is not None and definition != "condition" and not about_condition:
        touted = _touted_treatment(language, words)
        if touted:  # "Under Pressure: Inside the Boom" about hyperbaric oxygen therapy, named again and again
            found |= touted
            named = True
    if promoted and not named and words is not None and definition is None and not led_by_condition and _repeated(title_phrase, words):
        named = True  # "Spinal Decompression for Sciatica Arrives in Maple Ridge", then "spinal decompression" again and again
    if promoted and not endorsed and not _provider(language, title) and _reported(language, title_words):
        promoted = named = False  # "Going vegan? Don't leave B12 to chance, dietitians warn": news reports, sells nothing
    forms = {f for w in found for f in language.vocabulary.morphology.forms(w, "noun")} | {_stem(w) for w in found}
    forms |= {singular(w) for w in found if w.endswith("s") and w not in language.terms("singular-in-s")}  # "protein bars": "each bar"
    forms |= {m.group(1) for w in found if (m := _LETTER_PREFIX.fullmatch(w))}  # "L-lysine" is "lysine" in the text
    if promoted and tokens is not None:
        found |= _own_names(language, tokens, found | forms)
        found |= _brand_names(tokens, title_words)
        found |= _active_ingredients(language, tokens.words, found | forms)
    return Topic(frozenset(found | forms), promoted, title, named)


def _pack_size(language: Language, words: list[str]) -> bool:
    """Whether a title gives a pack size, a count and its unit ("60 pieces", "30 capsules", "500 ml")."""
    units = language.word_class("pack-unit")
    numbers = language.word_class("number-word")
    for i, w in enumerate(words):
        number = (i + 1,) if w.isdigit() else numbers.longest(words, i)  # "60", "twenty-four"
        unit = units.longest(words, number[0]) if number is not None and number[0] < len(words) else None
        if unit is not None and words[unit[0] : unit[0] + 1] != ["of"]:  # not "3 pieces of advice"
            return True
    return False


def _own_names(language: Language, tokens: Tokens, heads: set[str]) -> set[str]:
    """The name a page gives its own product before the product's noun ("our own-label | Winter Berry | syrup",
    "try our | DeepRest | tea"): capitalised words after the writer's "our" or "this" name the product too."""
    owners = language.terms("owner-determiner")
    words, starts, text = tokens.words, tokens.starts, tokens.text
    out: set[str] = set()
    for k, w in enumerate(words):
        if w not in heads:
            continue
        j = k
        while j > 0 and words[j - 1] not in owners and words[j - 1][0].isalpha() and text[starts[j - 1]].isupper():
            j -= 1
        if j < k and any(words[i] in owners for i in range(max(0, j - _OWNER_REACH), j)):
            out.update(words[j:k])
    return out


def _brand_names(tokens: Tokens, title_words: list[str]) -> set[str]:
    """The brand a promoting page names in its title or again and again, written in camel case ("HeatHaven",
    "ClearPath"), with the capitalised words that follow it more than once and are never written small (its product
    line: "HeatHaven Glow"): "the Glow" is the product too. A brand named once or twice is more likely a rival's."""
    names = Counter(m.group().lower() for m in _CAMEL_CASE.finditer(tokens.text))
    brands = {name for name, n in names.items() if n >= _BRAND_REPEATS or name in title_words}
    if not brands:
        return set()
    words, text, starts = tokens.words, tokens.text, tokens.starts
    followers: Counter[str] = Counter()
    for k, w in enumerate(words):
        if w in brands:
            j = k + 1
            while j < len(words) and j <= k + _LINE_WORDS and words[j][0].isalpha() and text[starts[j]].isupper():
                followers[words[j]] += 1
                j += 1
    lower = {w for k, w in enumerate(words) if w in followers and not text[starts[k]].isupper()}
    return brands | {w for w, n in followers.items() if n > 1 and w not in lower}  # "Wellness", not "your wellness"


def _active_ingredients(language: Language, words: list[str], names: set[str]) -> set[str]:
    """The medicine a page's product contains ("DozeWell contains diphenhydramine", "the active ingredient in Stopaway
    is loperamide"): what is said of that medicine is said of the product."""
    drugs = language.vocabulary.get("drug")
    if drugs is None:
        return set()
    out: set[str] = set()
    cues = language.word_class("active-ingredient-cue")
    for k in range(len(words)):
        cue = cues.longest(words, k) if words[k] in cues.heads else None
        if cue is None or not names.intersection(words[max(0, k - _CUE_REACH) : k + _CUE_REACH]):
            continue
        for j in range(cue[0], min(len(words), cue[0] + _CUE_REACH)):
            found = drugs.longest(words, j)
            if found is not None:
                out.update(words[j : found[0]])
                break
    return out


_CUE_REACH = 6  # how far the product's name and its medicine may stand from "contains"
_OWNER_REACH = 2  # "our | own-label | Winter Berry syrup": the owner word may stand a word or two before the name
_PURPOSE_CLASSES = ("condition", "harm", "organ")  # what a product is for, in a title
_SHORT_MODIFIER = 3  # at most this many words before "and" that share the product's head with the words after it
_REPORTER_WORDS = 4  # words that say who speaks, between a headline's last comma and its verb ("a new US study")
_TITLE_LINE_WORDS = 15  # at most, in a plain text's first line read as its title (as in a heading line)
_SENTENCE_TITLE = 10  # a "title" with more content words than this is a sentence
_SENTENCE_ENDS = frozenset({".", "?", "!"})  # "Why magnesium? Migraine is ...": another sentence's subject
_APOSTROPHES = frozenset({"'", "’"})
# What names a product or treatment: a page whose title names one of these promotes it.
_PRODUCT_CLASSES = ("drug", "drug-class", "product", "supplement-name", "practice", "procedure")
# Anything the vocabularies know: a title of known words that name no product promotes nothing.
_NAMED_CLASSES = (*_PRODUCT_CLASSES, "condition", "harm", "organ", "population", "population-state", "person-noun", "medicine")


def _is_condition(language: Language, conditions: list[str], content: list[str]) -> bool:
    # an organ names the page's subject only as the whole segment ("Kidneys"): "Buteyko breathing" is a method
    is_condition = any(_covers(language, c, content) or (c != "organ" and _covers(language, c, content[-1:])) for c in conditions)
    return is_condition or _names_condition(language, content) or _names_condition(language, content[:1])


def _definition(language: Language, topic: set[str], words: list[str]) -> str | None:
    """What the article's opening defines its topic as, by the predicate's first vocabulary term: "condition"
    ("<topic> is a rare disorder of ..."), "product" ("<topic> is a herbal tea from Peru", "is a prescription
    medicine for erectile dysfunction"), "other" ("is a bacterium") or None (no definition)."""
    kinds = [(c, "condition") for c in ("condition-head",)]
    kinds += [(c, "product") for c in (*_PRODUCT_CLASSES, "medicine")]
    kinds += [(c, "other") for c in ("natural-substance",)]
    found = [(language.word_class(c), kind) for c, kind in kinds if language.vocabulary.get(c) is not None]
    copulas = language.terms("copula")
    ends = language.terms("subordinator") | language.terms("clause-break") | language.terms("title-purpose") | {"that"}
    pronouns = language.terms("pronoun") | language.terms("person-pronoun")
    modals = language.terms("possibility-modal")
    remedies = language.terms("treatment-noun")
    opening = words[:_OPENING_WORDS]
    for i, w in enumerate(opening):
        if w not in topic:
            continue
        # the copula may follow the rest of the name or an abbreviation: "... bullosa (EB) is", "... to pain is"
        j = next((k for k in range(i + 1, min(len(opening), i + 7)) if opening[k] in copulas), None)
        if j is None or pronouns.intersection(opening[i + 1 : j]) or _SENTENCE_ENDS.intersection(opening[i + 1 : j]):
            continue  # "VitaGlow Capsules | It is ...": the title runs into a sentence with its own subject
        if opening[j - 1] in modals:
            continue  # "Kratom Could Be the Pain Relief You Need": a pitch, not a definition
        # the predicate noun phrase only: "is a proven fact that ... pain" and "is the real deal for inflammation"
        # define nothing
        window = list(itertools.takewhile(lambda w: w[0].isalnum() and w not in ends, opening[j + 1 : j + 11]))
        for k in range(len(window)):
            hit = next(((m, kind) for cls, kind in found if (m := cls.longest(window, k))), None)
            if hit is not None:
                (end, _), kind = hit
                if kind == "condition" and window[end : end + 1] and window[end] in remedies:
                    return "product"  # "Kratom is the pain relief you need": a remedy for the condition
                return kind
    return None


def _brand(title: str) -> bool:
    """Whether a title's first segment holds a brand-like name written in camel case ("DriftWell", "ZincShield")."""
    head = _SEGMENT_END.split(title, maxsplit=1)[0]
    return _CAMEL_CASE.search(head) is not None


def _reported(language: Language, title_words: list[str]) -> bool:
    """Whether a headline ends by saying who says it (", dietitians warn", ", a new study finds"): news, not a seller."""
    words = [w for w in title_words if w not in ("'", "’", '"', "“", "”")]
    if len(words) < 3 or words[-1] not in language.terms("attribution-verb"):
        return False
    before = words[-_REPORTER_WORDS - 2 : -1]  # the comma and who speaks, before the verb
    if "," not in before:
        return False
    speaker = before[len(before) - before[::-1].index(",") :]
    # ", tested and ranked": two verbs of the reviewer's own, no one who speaks
    verbs = language.terms("attribution-verb") | language.terms("testing-verb") | language.terms("name-joiner")
    return bool(speaker) and all(w[0].isalnum() for w in speaker) and any(w not in verbs for w in speaker)


def _provider(language: Language, title: str) -> bool:
    """Whether a title names a provider by its proper name ("Ridgeway Clinic", "Northgate Spine & Posture
    Clinic", "Revive IV Lounge"): a capitalised word, not the title's first, right before a word for a provider."""
    providers = language.terms("provider-noun")
    determiners = language.terms("determiner")
    common = language.terms("stopword") | determiners | language.terms("title-filler")
    raw = [w.strip(",.:|&") for w in title.split()]
    for k in range(2, len(raw)):
        if raw[k].lower() not in providers or not raw[k - 1][:1].isupper() or raw[k - 1].lower() in common:
            continue
        j = k - 1
        while j > 0 and raw[j - 1][:1].isupper() and raw[j - 1].lower() not in common:
            j -= 1  # back over the name ("Northgate Spine & Posture")
        if j > 0 and raw[j - 1].lower() not in determiners:  # not "your local clinic", "the Mayo Clinic"
            return True
    return False


def _headline_product(language: Language, content: list[str], title_words: list[str]) -> bool:
    """Whether a headline names a product before the condition it ends on ("Herbal Ear Drops Silence Tinnitus"):
    the product's head word, then a word of no class (the headline's verb), then the condition; not news of a
    study ("Probiotic Yeast Cuts Diarrhoea in New Trial"), which reports on a product rather than selling it."""
    if any(_has_any(language, ("evidence-noun", "authority-noun"), [w]) for w in title_words):
        return False
    heads = [k for k in range(len(content) - 2) if _has_any(language, ("product",), content[k : k + 1])]
    return bool(heads) and not _has_any(language, _NAMED_CLASSES, content[heads[-1] + 1 : heads[-1] + 2])


def _acronym(title: str) -> bool:
    """Whether a title opens on a name in capitals ("TENS for Back Pain", "CBD for Sleep")."""
    opening = title.split(maxsplit=1)
    return bool(opening) and _ACRONYM.fullmatch(opening[0]) is not None


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_LETTER_PREFIX = re.compile(r"[a-z]-([a-z]{4,})")  # a chemical name's one-letter prefix: L-lysine, D-mannose, N-acetylcysteine
_SEGMENT_END = re.compile(r"[:|–—]| - ")
_CAMEL_CASE = re.compile(r"\b[A-Z][a-z]+[A-Z][a-z]+")
_BRAND_REPEATS = 3  # a camel-case name the page gives this often is its own brand
_LINE_WORDS = 2  # capitalised words after the brand that may name its product line ("ClearPath Xylo Mist")


def _sells(language: Language, words: list[str]) -> bool:
    """Whether the page sells something: two different words of selling ("buy", "shipping", "discount")."""
    cues = language.terms("sales-cue")
    return len(cues.intersection(words)) >= _SALES_CUES


_SALES_CUES = 2


def _has_any(language: Language, classes: tuple[str, ...], words: list[str]) -> bool:
    return any(language.vocabulary.get(c) is not None and _has_phrase(language, c, words) for c in classes)


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


def _endorsed(language: Language, title: list[str]) -> set[str]:
    """The content words a title endorses, after a word of endorsement up to the next break ("Why I Recommend |
    Black Cohosh | in My Clinic")."""
    endorsement = language.word_class("title-endorsement")
    starts = [end for k in range(len(title)) for end, _ in endorsement.matches(title, k)]
    if not starts:
        return set()
    splitters = language.terms("title-splitter")
    filler = language.terms("title-filler")
    out: set[str] = set()
    for w in title[starts[0] :]:
        if not w[0].isalnum() or w in splitters:
            break
        if w not in filler:
            out.add(w)
    return out


def _touted_remedy(language: Language, words: list[str], title: list[str]) -> str | None:
    """A supplement that a page about a condition brings in at its opening and names again and again (`_TOUTED`
    times at least, twice as often as any other): the product the page is really written for. Not one the title
    names within its own words ("biotin" on "Biotinidase deficiency"): there it is the condition's treatment."""
    # not nutrients: "iron" on "Hemochromatosis" is what the condition is about
    names = frozenset().union(*(language.terms(c) for c in _TOUTED_CLASSES if language.vocabulary.get(c) is not None))
    ranked = Counter(w for w in words if w in names and not any(_stem(w) in t for t in title)).most_common(2)
    if not ranked or ranked[0][1] < _TOUTED or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0] if ranked[0][0] in words[:_OPENING_WORDS] else None  # introduced with the condition


def _touted_treatment(language: Language, words: list[str]) -> set[str]:
    """The treatment or product a page whose title names none is about: a practice, supplement or device named at
    the opening and then again and again (`_TOUTED` times at least, twice as often as any other)."""
    counts: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], int] = {}
    for name in _TREATMENT_CLASSES:
        if language.vocabulary.get(name.split(".")[0]) is None:
            continue
        cls = language.word_class(name)
        k = 0
        while k < len(words):
            found = cls.longest(words, k) if words[k] in cls.heads else None
            if found is None:
                k += 1
                continue
            term = tuple(words[k : found[0]])
            counts[term] += 1
            first.setdefault(term, k)
            k = found[0]
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _TOUTED or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return set()
    return set(ranked[0][0]) if first[ranked[0][0]] < _OPENING_WORDS else set()


_TREATMENT_CLASSES = ("practice", "supplement-name", "product.device")
_TOUTED = 5
_TOUTED_CLASSES = ("supplement-name.herb", "supplement-name.mushroom-alga", "supplement-name.other-supplement")


def _repeated(phrase: list[str], words: list[str]) -> bool:
    """Whether a title's name of two words or more recurs in the text `_TOUTED` times at least: what the page is about."""
    n = len(phrase)
    if n < 2:
        return False
    return sum(1 for k in range(len(words) - n + 1) if words[k : k + n] == phrase) >= _TOUTED


def _before_question(words: list[str]) -> list[str]:
    """A title's words before its closing question, if it ends in one ("Fatty liver. | Do I need a detox?")."""
    marks = [i for i, w in enumerate(words) if w == "?"]
    # the question may stand before the site's name ("... Do I need a detox? | The Valley Courier")
    if not marks or (marks[-1] < len(words) - 1 and words[marks[-1] + 1] not in _SITE_MARKS):
        return words
    stops = [i for i, w in enumerate(words[: marks[-1]]) if w in (".", ":", "!", "?", *_SITE_MARKS)]
    return words[: stops[-1]] if stops else []


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
