"""Vocabularies: named word classes (`@drug`, `@organ.skin`, `@hedge`) that every rule pack shares.

Each class is defined once, in a YAML file under `rules/vocabulary/` (or a
user's pack folder), with its source and licence. A class lists terms, or
groups of terms (`@harm.skin` is one group, `@harm` all of them), which may
carry attributes (an age range, an evidence rank). Long lists live in a
plain text file beside the YAML, one term per line, which loads fast.

Terms are tokenised as texts are, inflected once (`inflect: noun` adds
plurals, `verb` adds -s/-ed/-ing, `adjective` -er/-est) and given their
hyphen and space variants ("beta-blocker", "beta blocker", "blood-pressure pill"), so matching a
class at a token is one dictionary look-up and a few tuple comparisons.

A class of phrases built from parts is written as `forms:`, templates of
slots ("should|must never? @refusal-verb"), expanded into terms once when the
vocabulary is compiled: the grammar is written once and matching stays a look-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthlint.errors import RulePackError
from healthlint.language.morphology import FORMS, Morphology
from healthlint.language.tokens import Tokens

_CLASS_KEYS = {"description", "inflect", "terms", "file", "groups", "interchangeable", "forms"}
_MAX_FORM_TERMS = 20_000  # one template's expansion: more is a slip (a class where a word was meant)
_FILE_KEYS = {"vocabulary", "description", "sources", "built-by", "classes", "irregular", "patterns"}
_GROUP_KEYS = {"terms"}


@dataclass
class WordClass:
    """A class's terms, each as its tokens joined by spaces, with the longest term each first token starts.

    Matching at a token is a dictionary look-up of the token, then one look-up per
    possible length, longest first. The layout is plain dicts of strings and ints,
    which load fast from the compiled cache.
    """

    name: str
    terms: dict[str, int] = field(default_factory=dict)  # "beta blocker" -> index of its group
    heads: dict[str, int] = field(default_factory=dict)  # first token -> longest term (in tokens) it starts
    # first token -> the tokens that follow it in longer terms: "the" heads terms in many classes, and most
    # "the"s of a text are followed by none of them, which this answers in one look-up
    seconds: dict[str, set[str]] = field(default_factory=dict)
    group_names: list[str] = field(default_factory=lambda: [""])
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)  # group -> attributes
    source: str = ""
    line: int = 0
    shown: tuple[str, ...] = ()  # its first terms as written, for `healthlint explain` (forms are not shown)

    def add(self, words: tuple[str, ...], group: str) -> None:
        if group not in self.group_names:
            self.group_names.append(group)
        self.terms.setdefault(" ".join(words), self.group_names.index(group))
        if len(words) > self.heads.get(words[0], 0):
            self.heads[words[0]] = len(words)
        if len(words) > 1:
            self.seconds.setdefault(words[0], set()).add(words[1])

    @property
    def first(self) -> frozenset[str]:
        """The tokens a term can start with (for pattern indexes), as one set every pattern using the class
        shares; terms only ever add heads, so a set of the heads' size is current."""
        known = self.__dict__.get("_first")
        if known is None or len(known) != len(self.heads):
            known = self.__dict__["_first"] = frozenset(self.heads)
        return known

    def matches(self, words: list[str], i: int) -> Iterator[tuple[int, str]]:
        """(end, group) of every term starting at token i, longest first."""
        longest = self.heads.get(words[i])
        if not longest:
            return
        terms = self.terms
        if longest > 1 and i + 1 < len(words) and words[i + 1] in self.seconds[words[i]]:
            for n in range(min(longest, len(words) - i), 1, -1):
                g = terms.get(" ".join(words[i : i + n]))
                if g is not None:
                    yield i + n, self.group_names[g]
        g = terms.get(words[i])
        if g is not None:
            yield i + 1, self.group_names[g]

    def longest(self, words: list[str], i: int) -> tuple[int, str] | None:
        """The longest term at token i: (end, group), or None. `matches` written out to stop at the first term: this
        is asked for every place a head stands, and a generator there (or a shared helper) costs 3 to 7% of a file's
        linting."""
        w = words[i]
        longest = self.heads.get(w)
        if not longest:
            return None
        terms = self.terms
        if longest > 1 and i + 1 < len(words) and words[i + 1] in self.seconds[w]:
            for n in range(min(longest, len(words) - i), 1, -1):
                g = terms.get(" ".join(words[i : i + n]))
                if g is not None:
                    return i + n, self.group_names[g]
        g = terms.get(w)
        return None if g is None else (i + 1, self.group_names[g])

    def group_of(self, text: str) -> str | None:
        """The group a whole term belongs to (e.g. which body system 'rash' is), or None."""
        words = Tokens.of(text).words
        found = self.longest(words, 0) if words else None
        return found[1] if found and found[0] == len(words) else None

    def subclass(self, group: str) -> WordClass:
        out = WordClass(f"{self.name}.{group}", attributes={group: self.attributes.get(group, {})}, source=self.source, line=self.line)
        index = self.group_names.index(group)
        for term, g in self.terms.items():
            if g == index:
                out.add(tuple(term.split(" ")), group)
        out.shown = tuple(t for t in self.shown if t in out.terms) or tuple(out.terms)[:_SHOWN]
        return out

    @property
    def groups(self) -> list[str]:
        return [g for g in self.group_names if g]

    def one_word_terms(self) -> frozenset[str]:
        return frozenset(t for t in self.terms if " " not in t)

    def __len__(self) -> int:
        return len(self.terms)


def _variants(words: tuple[str, ...], compounds: bool = True) -> set[tuple[str, ...]]:
    """A term as written, with its hyphens as spaces ("beta-blocker", "beta blocker"), and with its first
    words hyphened as a compound modifier is ("blood-pressure pill", "side-effect")."""
    spaced = tuple(part for w in words for part in w.split("-") if part)
    if not spaced:  # a dash alone ("-" joining a range) is a term as it stands
        return {words}
    return {words, spaced} | ({("-".join(spaced[:2]), *spaced[2:])} if compounds and len(spaced) > 1 else set())


class Vocabulary:
    """Every class of the loaded vocabulary files, by name; `@a.b` names group b of class a."""

    def __init__(self) -> None:
        self.classes: dict[str, WordClass] = {}
        self.morphology = Morphology()
        self.files: list[Path] = []
        self._listed: dict[str, dict[str, list[str]]] = {}  # class -> group -> terms as written, for `forms:`
        # classes whose forms wait for `finish`: the class, its templates, how it inflects and swaps heads, where
        self._forms: list[tuple[WordClass, Any, str, set[str], int, Any]] = []

    def get(self, name: str) -> WordClass | None:
        found = self.classes.get(name)
        if found is None and "." in name:
            base, group = name.split(".", 1)
            parent = self.classes.get(base)
            if parent is not None and group in parent.groups:
                found = self.classes[name] = parent.subclass(group)
        return found

    def load_irregular(self, path: Path, data: dict[str, Any]) -> None:
        """Add a vocabulary file's irregular forms. Every file's are loaded before any class is compiled,
        so a class inflects "take" to "taken" whichever file, in whatever order, defines the forms."""
        from healthlint.packs import LINE, strip_lines

        irregular = data.get("irregular") or {}
        if not isinstance(irregular, dict):
            raise RulePackError(str(path), f"line {data.get(LINE, 1)}: `irregular` maps a lemma to its irregular forms")
        for lemma, forms in strip_lines(irregular).items():
            if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                raise RulePackError(str(path), f"line {data.get(LINE, 1)}: irregular forms of `{lemma}` must be a list of words")
            self.morphology.irregular.setdefault(str(lemma).lower(), set()).update(f.lower() for f in forms)

    def load(self, path: Path, data: dict[str, Any]) -> None:
        """Add a vocabulary file's classes (already parsed YAML, with LINE keys from the pack loader);
        its irregular forms must have been loaded first (`load_irregular`)."""
        from healthlint.packs import LINE

        def fail(line: int, problem: str) -> RulePackError:
            return RulePackError(str(path), f"line {line}: {problem}")

        for key in data:
            if key != LINE and key not in _FILE_KEYS:
                raise fail(data.get(LINE, 1), f"unknown vocabulary key `{key}` (allowed: {', '.join(sorted(_FILE_KEYS))})")
        self.files.append(path)
        classes = data.get("classes") or {}
        if not isinstance(classes, dict):
            raise fail(data.get(LINE, 1), "`classes` must map class names to definitions")
        for name, spec in classes.items():
            if name == LINE:
                continue
            if not isinstance(spec, dict):
                raise fail(classes[LINE], f"class `{name}` must be a mapping (terms, groups or file)")
            line = spec.get(LINE, 1)
            if name in self.classes:
                other = self.classes[name]
                raise fail(line, f"class `@{name}` is already defined in {other.source} (line {other.line})")
            self.classes[name] = self._compile(path, str(name), spec, line, fail)

    def finish(self) -> None:
        """Expand every class's `forms:` once all files are loaded, so a form may name a class of any file."""
        for cls, templates, inflect, swaps, line, fail in self._forms:
            where = f"class `@{cls.name}`: `forms`"
            for template in _terms(templates, where, line, fail):
                terms = self._expand(template, f"{where} `{template}`", line, fail)
                self._add_terms(cls, "", terms, inflect, swaps, compounds=False)
            cls.shown = cls.shown or tuple(cls.terms)[:_SHOWN]
        self._forms.clear()
        self._listed.clear()

    def _expand(self, template: str, where: str, line: int, fail: Any) -> list[str]:
        """A template's terms: each slot is words or `@class` names joined by `|`, words of one choice joined by
        `~`, and a trailing `?` makes the slot optional ("not~to|to~avoid", "never?", "@refusal-verb")."""
        phrases = [""]
        for slot in template.split():
            if slot.strip("?") in ("(", ")"):
                raise fail(line, f'{where}: `{slot}` is pattern syntax; a form makes a slot optional with a trailing `?` ("it?")')
            optional = slot.endswith("?") and len(slot) > 1
            choices: list[str] = [""] if optional else []
            for choice in (slot[:-1] if optional else slot).split("|"):
                if choice.startswith("@"):
                    base, _, group = choice[1:].partition(".")
                    listed = self._listed.get(base)
                    if listed is None or (group and group not in listed):
                        raise fail(line, f"{where}: unknown vocabulary class `{choice}`")
                    choices.extend(t for g, ts in listed.items() if not group or g == group for t in ts)
                elif choice:
                    choices.append(choice.replace("~", " "))
                else:
                    raise fail(line, f"{where}: an empty choice (two bars, or a bar at an end)")
            phrases = [f"{p} {c}".strip() for p in phrases for c in choices]
            if len(phrases) > _MAX_FORM_TERMS:
                raise fail(line, f"{where}: expands to more than {_MAX_FORM_TERMS:,} terms")
        return [p for p in phrases if p]

    def _compile(self, path: Path, name: str, spec: dict[str, Any], line: int, fail: Any) -> WordClass:
        from healthlint.packs import LINE, strip_lines

        for key in spec:
            if key == "attributes":  # once accepted here and silently dropped: attributes describe a group's terms
                raise fail(
                    line, f"class `@{name}`: `attributes` belong to a group (groups: {{name: {{terms: [...], attributes: {{...}}}}}})"
                )
            if key != LINE and key not in _CLASS_KEYS:
                raise fail(line, f"class `@{name}`: unknown key `{key}` (allowed: {', '.join(sorted(_CLASS_KEYS))})")
        inflect = spec.get("inflect", "none")
        if inflect != "none" and inflect not in FORMS:
            raise fail(line, f"class `@{name}`: `inflect` must be one of none, {', '.join(FORMS)}")
        cls = WordClass(name, source=str(path), line=line)
        groups: dict[str, list[str]] = {}
        if "terms" in spec:
            groups[""] = _terms(spec["terms"], f"class `@{name}`", line, fail)
        if "file" in spec:
            groups.setdefault("", []).extend(_read_terms(path.parent / str(spec["file"]), fail, line))
        for group, value in strip_lines(spec.get("groups") or {}).items():
            if isinstance(value, dict):
                unknown = set(value) - _GROUP_KEYS - {"ages", "rank", "direction", "attributes"}
                if unknown:
                    raise fail(line, f"class `@{name}`, group `{group}`: unknown key `{sorted(unknown)[0]}`")
                attrs = {k: v for k, v in value.items() if k not in ("terms", "attributes")}
                attrs.update(value.get("attributes") or {})  # `attributes:` holds any others: dimension, factor, hours
                cls.attributes[str(group)] = attrs
                value = value.get("terms", [])
            groups[str(group)] = _terms(value, f"class `@{name}`, group `{group}`", line, fail)
        if not any(groups.values()) and "forms" not in spec:
            raise fail(line, f"class `@{name}` has no terms")
        swaps = {h.lower() for h in _terms(spec.get("interchangeable", []), f"class `@{name}`: `interchangeable`", line, fail)}
        self._listed[name] = groups
        cls.shown = tuple(t for terms in groups.values() for t in terms)[:_SHOWN]
        for group, terms in groups.items():
            self._add_terms(cls, group, terms, inflect, swaps)
        if "forms" in spec:
            self._forms.append((cls, spec["forms"], inflect, swaps, line, fail))
        return cls

    def _add_terms(self, cls: WordClass, group: str, terms: list[str], inflect: str, swaps: set[str], compounds: bool = True) -> None:
        """File terms under a group, with their spelling variants and the class's inflections; a form's phrases
        ("should never take") are no compound modifiers, so they skip the hyphened variant ("should-never take")."""
        for term in terms:
            words = _words(term)
            if not words:
                continue
            # "anti-anxiety medication" also as "anti-anxiety medicine", "... drug", "... pill"
            named = len(words) > 1 and words[-1] in swaps and words[0] not in _ARTICLES  # "the pill" is one pill
            spelt = [(*words[:-1], h) for h in swaps] if named else [words]
            for variant in {v for w in spelt for v in _variants(w, compounds)}:
                forms = self.morphology.phrase_forms(variant, inflect) if inflect != "none" else {variant}
                for form in forms:
                    cls.add(form, group)


_ARTICLES = frozenset({"the", "a", "an"})
_SHOWN = 8  # a class's first written terms kept for `healthlint explain`: enough to say what it holds
_PLAIN = re.compile(r"[a-z0-9]+(?:[ -][a-z0-9]+)*")


def _words(term: str) -> tuple[str, ...]:
    """A term's tokens; plain lower-case words skip the tokenizer."""
    low = term.strip().lower()
    return tuple(low.split()) if _PLAIN.fullmatch(low) else tuple(Tokens.of(term).words)


def _terms(value: Any, where: str, line: int, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
        bools = [v for v in value if isinstance(v, bool)] if isinstance(value, list) else []
        hint = ' (YAML reads no, yes, on and off as true or false: quote them, "no")' if bools else ""
        raise fail(line, f"{where}: terms must be a list of words or phrases{hint}")
    return [str(v) for v in value]


def _read_terms(path: Path, fail: Any, line: int) -> list[str]:
    from healthlint.errors import RulePackError
    from healthlint.limits import read_regular

    try:
        text = read_regular(path, RulePackError).decode("utf-8")  # a regular file within the size limit only
    except RulePackError as exc:
        raise fail(line, f"cannot read term file {path.name}: {exc.problem}") from None
    except UnicodeDecodeError as exc:
        raise fail(line, f"cannot read term file {path.name}: not valid UTF-8 (byte {exc.start})") from None
    return [t for t in (raw.strip() for raw in text.splitlines()) if t and not t.startswith("#")]
