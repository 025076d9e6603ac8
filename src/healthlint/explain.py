"""A rule's explanation as `healthlint explain` prints it; the language server links its diagnostics to the same text.

Given the run's language, the explanation also shows what the rule looks for:
each token pattern as the compiler read it (`Pattern.show()`), the exceptions
that cancel a match, the readings of a sentence that excuse one, and the
classes that narrow it, so an editor can see why a sentence was or was not
flagged without reading the pack's YAML.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

from healthlint.packs import RuleSpec

if TYPE_CHECKING:
    from healthlint.language.loader import Language
    from healthlint.language.patterns import Pattern

# What each reading of a sentence means, as the assertion reader gives it (healthlint.language.assertion).
READINGS = {
    "negated": 'denied in its clause ("is not a cure", "no study has shown it to be ...")',
    "hedged": 'hedged or confined after it ("may be", "probably", "... for some people")',
    "question": "in a question",
    "condition": 'inside a condition or an open question ("if it is safe, ...", "trials test whether ...")',
    "qualified": 'limited by a condition after it ("... if taken with food", "... when used as directed")',
    "purpose": 'a purpose, an infinitive or a gerund, not a statement ("to make sure it is safe", "trials test how safe")',
    "attributed": 'reported from a source ("a 2021 review found ...", "..., a trial finds", "according to")',
    "cited": "backed by a citation in the sentence ([3], (Smith, 2020), a link)",
    "critique": 'criticised ("claims that it is a miracle cure are unfounded", "despite talk of ...")',
    "reported": 'someone else\'s view ("the idea that ...", "some say ...", "has been called ...")',
    "other-subject": 'about something other than the article\'s subject ("paracetamol is the safest painkiller")',
    "usual": 'stated as what usually happens, not as always ("it usually ...", "most people find ...")',
    "variation": 'about part of a group or some of the time ("some users find ...", "it sometimes ...")',
    "restricted": 'confined to a group named before it ("for people who have had a heart attack, it is ...")',
    "studied": "a study's result, not the writer's claim (\"in one large trial, people taking it had ...\")",
    "maker": 'relayed from whoever sells it ("according to the brand, ...", "..., the company says"): no excuse',
    "selection": 'which ones a superlative of use or study picks out ("the most commonly used tablets are ...")',
    "heading": "in a heading",
    "reference": "in a reference list (under a References or Sources heading)",
}


def find_rule(specs: list[RuleSpec], code: str) -> RuleSpec | None:
    """The rule named by its code (any case) or its name."""
    return next((s for s in specs if code.upper() == s.code or code.lower() == s.name), None)


def explanation(spec: RuleSpec, language: Language | None = None) -> str:
    """What the rule flags, why, and its examples, as plain text; with the language, also what it looks for."""
    lines = [
        f"{spec.code} {spec.name} ({spec.category}, {spec.severity}{'' if spec.enabled else ', opt-in'})",
        "",
        f"Message: {spec.message}",
    ]
    if spec.suggestion:
        lines.append(f"Suggestion: {spec.suggestion}")
    if spec.rationale:
        lines += ["", "Why:", textwrap.fill(spec.rationale, width=88, initial_indent="  ", subsequent_indent="  ")]
    if language is not None:
        lines += looks_for(spec, language)
    for kind in ("bad", "good"):
        if spec.examples.get(kind):
            lines += ["", "Flagged:" if kind == "bad" else "Not flagged:"]
            lines += ["  - " + e.replace("\n", "\n    ") for e in spec.examples[kind]]
    return "\n".join(lines)


def looks_for(spec: RuleSpec, language: Language) -> list[str]:
    """The rule's patterns, exceptions, excuses and narrowing classes, compiled as a run compiles them."""
    from healthlint.checks.base import build_check
    from healthlint.checks.pattern import PatternCheck

    check = build_check(spec, language)
    lines: list[str] = []
    if isinstance(check, PatternCheck):
        lines += ["", "Looks for (any of these token patterns; docs/rule-packs.md explains the notation):"]
        lines += _shown(check.patterns)
        if any(p.require_self for p in check.patterns):
            lines.append("  ([self]: only in a sentence about the article's own subject)")
        if check.exceptions:
            lines += ["", "Except where one of these covers part of the match:"]
            lines += _shown(check.exceptions)
        lines += _named(check.patterns + check.exceptions, language)
        if check.allowed:
            lines += ["", "Not flagged where the sentence reads as (excuses):"]
            width = max(map(len, check.allowed))
            lines += [f"  {name:<{width}}  {READINGS.get(name, '')}".rstrip() for name in sorted(check.allowed, key=_reading_order)]
        if check.literal_topics:
            names = ", ".join(f"@{cls.name}" for cls in check.literal_topics)
            lines += ["", f"Not flagged at all in an article whose own subject is one of: {names} (literal_topics)."]
        if check.effect_subjects:
            names = ", ".join(f"@{name}" for name in sorted(check.effect_subjects))
            lines += ["", f"Still the article's claim when its subject is one of: {names} (effect_subjects)."]
        if check.body_subjects:
            names = ", ".join(f"@{name}" for name in sorted(check.body_subjects))
            lines += ["", f"Never the article's claim when its subject is one of: {names} (body_subjects)."]
    elif check.indexed:
        lines += ["", "Looks for (token patterns):"]
        lines += _shown(check.indexed)
    else:
        kinds = getattr(check, "kinds", None)
        if kinds and all(kinds):
            lines += ["", f"Compares claim frames: {kinds[0]} against {kinds[1]}, read from the vocabularies (rules/vocabulary/)."]
    return lines


def _shown(patterns: list[Pattern]) -> list[str]:
    """One pattern a line; a long one wraps at its spaces, never inside a test."""
    out = []
    for p in patterns:
        out += textwrap.wrap(
            p.show(), width=100, initial_indent="  ", subsequent_indent="      ", break_long_words=False, break_on_hyphens=False
        )
    return out


def _named(patterns: list[Pattern], language: Language) -> list[str]:
    """The vocabulary classes and named patterns the rule's patterns name, each with its first terms or its lines, so
    `@for-good-phrase` reads as "forever, for good, for life, ..." without opening rules/vocabulary/."""
    names = dict.fromkeys(m.group(0) for p in patterns for m in _NAME_USE.finditer(p.show()))
    if not names:
        return []
    lines = ["", "The classes and named patterns these name (from the vocabularies):"]
    for name in names:
        if name.startswith("%"):
            sources = language.compiler.named_sources.get(name[1:], [])
            lines += textwrap.wrap(f"{name}: " + " | ".join(sources), width=100, initial_indent="  ", subsequent_indent="      ")
            continue
        cls = language.vocabulary.get(name[1:])
        if cls is None:
            continue
        more = ", ..." if len(cls.terms) > len(cls.shown) else ""
        lines += textwrap.wrap(f"{name}: {', '.join(cls.shown)}{more}", width=100, initial_indent="  ", subsequent_indent="      ")
    return lines


_NAME_USE = re.compile(r"[@%][a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)?")


def _reading_order(name: str) -> int:
    order = list(READINGS)
    return order.index(name) if name in order else len(order)
