"""Generalisation suite: hype, contradictions and disclaimers written from the guide's *forms*.

The wordings live in ``tests/wordings/*.yaml``; this module turns every case, every variant and
every near-miss into its own test. They were written without looking at the rules or the
evaluation corpus, so they measure whether the rules generalise beyond stock phrases.

The cases the rules do not yet get right are listed by id in ``tests/wordings/known-gaps.yaml`` and
fail strictly as expected: a regression fails its test, and so does a fix until its id leaves the list.

Each hype or contradiction case is linted as the article ``f"# {title}\\n\\n{text}\\n"``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import lint_text

WORDINGS = Path(__file__).parent / "wordings"

HYPE_FORMS = (
    "hype-term",
    "absolute-safety",
    "organ-group-dose-safety",
    "proof-certainty",
    "superlative-exclusive",
    "drug-comparison",
    "drug-metaphor",
    "universality",
    "speed-permanence",
    "detox-cleanse",
    "cure-language",
    "marketing-pair",
)
HYPE_NEGATIVE_KINDS = (
    "hedged",
    "negated",
    "quoted-denial",
    "critique",
    "question",
    "conditional",
    "cited",
    "other-subject",
)
HYPE_KINDS = (*HYPE_NEGATIVE_KINDS, "synonym")

CONTRADICTION_RULES = (
    "class-vs-member",
    "opposite-directions",
    "scope-vs-exclusion",
    "evidence-strength",
    "numbers",
    "interaction",
    "regulatory-status",
    "denial-vs-assertion",
)
CONTRADICTION_KINDS = ("hedged", "other-subject", "separated", "variation")

DISCLAIMER_KINDS = ("purpose-limit", "non-substitution", "fda-statement")
DISCLAIMER_MINIMUMS = {"purpose-limit": 12, "non-substitution": 12, "fda-statement": 3, "hedges": 12}

MIN_HYPE_FLAG, MIN_HYPE_PASS, MIN_HYPE_VARIANTS_PER_CASE = 12, 8, 3
MIN_CONTRADICTION_FLAG, MIN_CONTRADICTION_PASS = 12, 6


@cache
def load(name: str) -> Any:
    with (WORDINGS / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def hype() -> dict[str, Any]:
    return load("hype.yaml")["forms"]


def contradictions() -> dict[str, Any]:
    return load("contradictions.yaml")["rules"]


def disclaimers() -> dict[str, Any]:
    return load("disclaimers.yaml")


# --------------------------------------------------------------------------------------------
# Composing articles and reading findings


def article(title: str, text: str) -> str:
    return f"# {title}\n\n{text}\n"


def offsets(title: str, text: str, phrase: str) -> tuple[int, int]:
    """Code-point offsets of the first occurrence of ``phrase`` in the composed article."""
    start = len(f"# {title}\n\n") + text.index(phrase)
    return start, start + len(phrase)


def overlaps(span: Any, bounds: tuple[int, int]) -> bool:
    return span.offset < bounds[1] and bounds[0] < span.end_offset


def describe(findings: list[Any], source: str) -> str:
    lines = [
        f"  {f.rule} [{f.category}] {source[f.span.offset : f.span.end_offset]!r}"
        + "".join(f" <-> {source[r.span.offset : r.span.end_offset]!r}" for r in f.related)
        for f in findings
    ]
    return "\n".join(lines) or "  (none)"


def of_category(source: str, category: str) -> list[Any]:
    return [f for f in lint_text(source).findings if f.category == category]


# --------------------------------------------------------------------------------------------
# Parameters


@cache
def known_gaps() -> dict[str, frozenset[str]]:
    return {group: frozenset(ids or []) for group, ids in load("known-gaps.yaml").items()}


def case(group: str, *values: str, id: str) -> Any:  # noqa: A002 - pytest's own name for it
    """One case as a test; a known gap fails strictly as expected."""
    gap = id in known_gaps().get(group, frozenset())
    marks = [pytest.mark.xfail(strict=True, reason="a known gap (tests/wordings/known-gaps.yaml)")] if gap else []
    return pytest.param(*values, id=id, marks=marks)


def hype_flag_params() -> list[Any]:
    params = []
    for form, spec in hype().items():
        for number, c in enumerate(spec.get("flag") or [], 1):
            params.append(case("hype-flag", c["title"], c["text"], c["span"], id=f"{form}-{number:02d}-flag"))
            synonym = (c.get("variants") or {}).get("synonym")
            if isinstance(synonym, dict):
                params.append(case("hype-flag", c["title"], synonym["text"], synonym["span"], id=f"{form}-{number:02d}-synonym"))
    return params


def hype_clean_params() -> list[Any]:
    params = []
    for form, spec in hype().items():
        for number, c in enumerate(spec.get("flag") or [], 1):
            for kind, text in (c.get("variants") or {}).items():
                if kind != "synonym":
                    params.append(case("hype-clean", c["title"], text, id=f"{form}-{number:02d}-{kind}"))
        for number, c in enumerate(spec.get("pass") or [], 1):
            params.append(case("hype-clean", c["title"], c["text"], id=f"{form}-pass-{number:02d}"))
    return params


def contradiction_flag_params() -> list[Any]:
    return [
        case("contradiction-flag", c["title"], c["text"], c["a"], c["b"], id=f"{rule}-{number:02d}-flag")
        for rule, spec in contradictions().items()
        for number, c in enumerate(spec.get("flag") or [], 1)
    ]


def contradiction_clean_params() -> list[Any]:
    params = []
    for rule, spec in contradictions().items():
        for number, c in enumerate(spec.get("flag") or [], 1):
            for kind, text in (c.get("variants") or {}).items():
                params.append(case("contradiction-clean", c["title"], text, id=f"{rule}-{number:02d}-{kind}"))
        for number, c in enumerate(spec.get("pass") or [], 1):
            params.append(case("contradiction-clean", c["title"], c["text"], id=f"{rule}-pass-{number:02d}"))
    return params


def test_known_gaps_name_real_cases() -> None:
    """A renamed or removed case must leave the list too."""
    ids = {
        "hype-flag": hype_flag_params(),
        "hype-clean": hype_clean_params(),
        "contradiction-flag": contradiction_flag_params(),
        "contradiction-clean": contradiction_clean_params(),
    }
    assert set(known_gaps()) <= set(ids)
    for group, params in ids.items():
        assert known_gaps().get(group, frozenset()) <= {p.id for p in params}, group


def disclaimer_params() -> list[Any]:
    data = disclaimers()
    return [
        pytest.param(sentence, id=f"{kind}-{number:02d}")
        for kind in DISCLAIMER_KINDS
        for number, sentence in enumerate(data.get(kind) or [], 1)
    ]


def hedge_params() -> list[Any]:
    return [pytest.param(sentence, id=f"hedge-{number:02d}") for number, sentence in enumerate(disclaimers().get("hedges") or [], 1)]


# --------------------------------------------------------------------------------------------
# Hype


@pytest.mark.parametrize(("title", "text", "span"), hype_flag_params())
def test_hype_is_flagged(title: str, text: str, span: str) -> None:
    source = article(title, text)
    bounds = offsets(title, text, span)
    found = of_category(source, "superlative")
    assert any(overlaps(f.span, bounds) for f in found), f"expected a superlative finding on {span!r}; got:\n{describe(found, source)}"


@pytest.mark.parametrize(("title", "text"), hype_clean_params())
def test_hype_near_miss_is_not_flagged(title: str, text: str) -> None:
    source = article(title, text)
    found = of_category(source, "superlative")
    assert not found, f"expected no superlative finding; got:\n{describe(found, source)}"


# --------------------------------------------------------------------------------------------
# Contradictions


@pytest.mark.parametrize(("title", "text", "a", "b"), contradiction_flag_params())
def test_contradiction_is_flagged(title: str, text: str, a: str, b: str) -> None:
    source = article(title, text)
    side_a, side_b = offsets(title, text, a), offsets(title, text, b)
    found = of_category(source, "contradiction")

    def pairs(finding: Any, here: tuple[int, int], there: tuple[int, int]) -> bool:
        return overlaps(finding.span, here) and any(overlaps(r.span, there) for r in finding.related)

    assert any(pairs(f, side_a, side_b) or pairs(f, side_b, side_a) for f in found), (
        f"expected a contradiction pairing {a!r} with {b!r}; got:\n{describe(found, source)}"
    )


@pytest.mark.parametrize(("title", "text"), contradiction_clean_params())
def test_contradiction_near_miss_is_not_flagged(title: str, text: str) -> None:
    source = article(title, text)
    found = of_category(source, "contradiction")
    assert not found, f"expected no contradiction finding; got:\n{describe(found, source)}"


# --------------------------------------------------------------------------------------------
# Disclaimers


def disclaimer_article(last_paragraph: str | None = None) -> str:
    data = disclaimers()
    source = f"# {data['title']}\n\n{data['body'].strip()}\n"
    return source if last_paragraph is None else f"{source}\n{last_paragraph}\n"


def hl301(source: str) -> list[Any]:
    return [f for f in lint_text(source).findings if f.rule == "HL301"]


def test_disclaimer_body_alone_lacks_a_disclaimer() -> None:
    assert len(hl301(disclaimer_article())) == 1


@pytest.mark.parametrize("sentence", disclaimer_params())
def test_disclaimer_wording_counts(sentence: str) -> None:
    source = disclaimer_article(sentence)
    assert not hl301(source), f"{sentence!r} should count as a disclaimer"


@pytest.mark.parametrize("sentence", hedge_params())
def test_hedge_is_not_a_disclaimer(sentence: str) -> None:
    source = disclaimer_article(sentence)
    assert len(hl301(source)) == 1, f"{sentence!r} is a hedge, not a disclaimer: expected exactly one HL301"


# --------------------------------------------------------------------------------------------
# The YAML itself

_STOPWORD_TEXT = """a an the and or but nor of to in on at by for with from into onto over under than then as is are was were be been
    being am it its it's this that these those there here who whom whose which what when where why how not no never do does
    did doesn't don't didn't won't can't cannot can could may might will would shall should must has have had having up out
    off so very too just only also any all some most more much many few each every per you your yours we our us they them
    their he she his her i me my one"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def content_stems(phrase: str) -> set[str]:
    stems = set()
    for word in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", phrase.lower()):
        word = word.removesuffix("'s")
        if word in STOPWORDS:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        stems.add(word)
    return stems


def sentence_index(text: str, phrase: str) -> int:
    """Which sentence (counted across the whole text) holds the first occurrence of ``phrase``."""
    start = text.index(phrase)
    return len(re.findall(r"[.!?](?:[”’\"')\]]*)(?=\s)|\n\s*\n", text[:start]))


def paragraph_index(text: str, phrase: str) -> int:
    return len(re.findall(r"\n\s*\n", text[: text.index(phrase)]))


def test_hype_yaml_is_well_formed() -> None:
    forms = hype()
    problems: list[str] = []
    assert set(forms) == set(HYPE_FORMS), f"forms: expected {sorted(HYPE_FORMS)}, got {sorted(forms)}"
    spans: Counter[str] = Counter()
    for form, spec in forms.items():
        flag, passes = spec.get("flag") or [], spec.get("pass") or []
        if len(flag) < MIN_HYPE_FLAG:
            problems.append(f"{form}: {len(flag)} flag cases (< {MIN_HYPE_FLAG})")
        if len(passes) < MIN_HYPE_PASS:
            problems.append(f"{form}: {len(passes)} pass cases (< {MIN_HYPE_PASS})")
        variant_count = 0
        for number, case in enumerate(flag, 1):
            where = f"{form} #{number}"
            if not {"title", "text", "span"} <= set(case):
                problems.append(f"{where}: needs title, text and span")
                continue
            if case["span"] not in case["text"]:
                problems.append(f"{where}: span {case['span']!r} is not in its text")
            spans[case["span"].lower()] += 1
            variants = case.get("variants") or {}
            variant_count += len(variants)
            for kind, value in variants.items():
                if kind not in HYPE_KINDS:
                    problems.append(f"{where}: unknown variant kind {kind!r}")
                elif kind == "synonym":
                    if not (isinstance(value, dict) and value.get("span") and value["span"] in value.get("text", "")):
                        problems.append(f"{where}: synonym needs text and a span inside it")
                    else:
                        spans[value["span"].lower()] += 1
                        if case["span"].lower() in value["text"].lower():
                            problems.append(f"{where}: synonym still contains the original span")
                elif not isinstance(value, str) or not value.strip():
                    problems.append(f"{where}: variant {kind} must be a non-empty string")
                elif value == case["text"]:
                    problems.append(f"{where}: variant {kind} is identical to the case text")
        if flag and variant_count / len(flag) < MIN_HYPE_VARIANTS_PER_CASE:
            problems.append(f"{form}: {variant_count / len(flag):.2f} variants per case (< {MIN_HYPE_VARIANTS_PER_CASE})")
        for number, case in enumerate(passes, 1):
            if not (case.get("title") and case.get("text")):
                problems.append(f"{form} pass #{number}: needs title and text")
    problems += [f"span {span!r} is used {count} times" for span, count in spans.items() if count > 1]
    assert not problems, "\n".join(problems)


def test_contradictions_yaml_is_well_formed() -> None:
    rules = contradictions()
    problems: list[str] = []
    assert set(rules) == set(CONTRADICTION_RULES), f"rules: expected {sorted(CONTRADICTION_RULES)}, got {sorted(rules)}"
    sides: Counter[str] = Counter()
    for rule, spec in rules.items():
        flag, passes = spec.get("flag") or [], spec.get("pass") or []
        if len(flag) < MIN_CONTRADICTION_FLAG:
            problems.append(f"{rule}: {len(flag)} flag cases (< {MIN_CONTRADICTION_FLAG})")
        if len(passes) < MIN_CONTRADICTION_PASS:
            problems.append(f"{rule}: {len(passes)} pass cases (< {MIN_CONTRADICTION_PASS})")
        for number, case in enumerate(flag, 1):
            where = f"{rule} #{number}"
            if not {"title", "text", "a", "b"} <= set(case):
                problems.append(f"{where}: needs title, text, a and b")
                continue
            text, a, b = case["text"], case["a"], case["b"]
            missing = [side for side in (a, b) if side not in text]
            if missing:
                problems.append(f"{where}: {missing!r} not in its text")
                continue
            sides[a.lower()] += 1
            sides[b.lower()] += 1
            if paragraph_index(text, a) == paragraph_index(text, b):
                problems.append(f"{where}: a and b are in the same paragraph")
            if abs(sentence_index(text, a) - sentence_index(text, b)) < 2:
                problems.append(f"{where}: no sentence stands between a and b")
            shared = content_stems(a) & content_stems(b)
            if shared:
                problems.append(f"{where}: a and b share content words {sorted(shared)}")
            for kind, value in (case.get("variants") or {}).items():
                if kind not in CONTRADICTION_KINDS:
                    problems.append(f"{where}: unknown variant kind {kind!r}")
                elif not isinstance(value, str) or not value.strip() or value == text:
                    problems.append(f"{where}: variant {kind} must be a new, non-empty text")
        for number, case in enumerate(passes, 1):
            if not (case.get("title") and case.get("text")):
                problems.append(f"{rule} pass #{number}: needs title and text")
    problems += [f"side {side!r} is used {count} times" for side, count in sides.items() if count > 1]
    assert not problems, "\n".join(problems)


def test_disclaimers_yaml_is_well_formed() -> None:
    data = disclaimers()
    problems: list[str] = []
    if not (data.get("title") and data.get("body")):
        problems.append("needs a title and a body")
    elif len([p for p in re.split(r"\n\s*\n", data["body"].strip()) if p.strip()]) < 3:
        problems.append("the body should have at least three paragraphs")
    for kind, minimum in DISCLAIMER_MINIMUMS.items():
        sentences = data.get(kind) or []
        if len(sentences) < minimum:
            problems.append(f"{kind}: {len(sentences)} wordings (< {minimum})")
    everything = [s.strip().lower() for kind in DISCLAIMER_MINIMUMS for s in data.get(kind) or []]
    problems += [f"{s!r} appears {n} times" for s, n in Counter(everything).items() if n > 1]
    assert not problems, "\n".join(problems)
