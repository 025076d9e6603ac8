"""`healthlint explain`: a rule's patterns, exceptions and excuses shown as the compiler read them, through the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from healthlint.checks.base import build_check
from healthlint.checks.pattern import DEFAULT_EXCUSES, PatternCheck
from healthlint.explain import READINGS, explanation, find_rule
from healthlint.language.assertion import REASONS
from healthlint.language.loader import builtin_language
from healthlint.packs import load_specs

SPECS = load_specs([])
Run = Callable[..., Result]


def section(output: str, heading: str) -> list[str]:
    """The indented lines under a heading of the explanation."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading)) + 1
    out = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        out.append(line)
    return out


def unwrapped(lines: list[str]) -> list[str]:
    """Wrapped pattern lines joined again (a continuation is indented further)."""
    out: list[str] = []
    for line in lines:
        if line.startswith("      ") and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return out


def check_of(code: str) -> PatternCheck:
    spec = find_rule(SPECS, code)
    assert spec is not None
    check = build_check(spec, builtin_language())
    assert isinstance(check, PatternCheck)
    return check


def test_every_pattern_and_exception_is_shown_as_compiled(run_cli: Run) -> None:
    result = run_cli("explain", "HL101")
    assert result.exit_code == 0
    check = check_of("HL101")
    shown = unwrapped(section(result.output, "Looks for"))
    assert shown[: len(check.patterns)] == [p.show() for p in check.patterns]
    assert "[self] ( the | your ) ( secret | key | answer | cure ) to|for _" in shown
    assert shown[-1] == "([self]: only in a sentence about the article's own subject)"
    assert unwrapped(section(result.output, "Except where")) == [p.show() for p in check.exceptions]
    assert "breakthrough @breakthrough-head" in " ".join(unwrapped(section(result.output, "Except where")))


def test_the_classes_and_named_patterns_a_rule_names_are_shown(run_cli: Run) -> None:
    """A pattern names its word sets (`@permanence-phrase`); explain says what each holds, as written."""
    result = run_cli("explain", "HL109")
    shown = unwrapped(section(result.output, "The classes and named patterns these name"))
    named = {line.split(":")[0] for line in shown}
    check = check_of("HL109")
    used = {w.rstrip("?*+") for p in check.patterns + check.exceptions for t in p.show().split() for w in t.split("|")}
    assert {n for n in named if n.startswith("@")} >= {"@permanence-phrase", "@speed-adverb", "@cure-verb"}
    assert all(any(n in u for u in used) for n in named)  # only what its patterns name
    assert any(line.startswith("@permanence-phrase: for good, forever, permanently") for line in shown)
    assert any(line.startswith("@cure-verb: cure, reverse,") for line in shown)  # written lemmas, not their inflections
    assert any(line.startswith("%healing-verb: @relief-verb|@cure-verb") for line in shown)


def test_excuses_are_listed_with_what_they_mean(run_cli: Run) -> None:
    default = section(run_cli("explain", "HL104").output, "Not flagged where the sentence reads as")
    assert [line.split()[0] for line in default] == DEFAULT_EXCUSES  # in the reader's order, which is the default's
    assert any(line.split()[0] == "hedged" and "may be" in line for line in default)
    widened = [line.split()[0] for line in section(run_cli("explain", "HL102").output, "Not flagged where")]
    assert "variation" in widened and "variation" not in [line.split()[0] for line in default]


def test_literal_topics_and_effect_subjects_are_shown(run_cli: Run) -> None:
    for spec in SPECS:
        literal = spec.params.get("literal_topics")
        effect = spec.params.get("effect_subjects")
        if not (literal or effect):
            continue
        output = " ".join(run_cli("explain", spec.code).output.split())
        if literal:
            assert "Not flagged at all in an article whose own subject is one of: " + ", ".join(f"@{n}" for n in literal) in output
        if effect:
            assert "Still the article's claim when its subject is one of: " + ", ".join(f"@{n}" for n in sorted(effect)) in output
    assert any(s.params.get("literal_topics") for s in SPECS) and any(s.params.get("effect_subjects") for s in SPECS)


def test_a_rule_by_name_and_a_frame_rule(run_cli: Run) -> None:
    by_name = run_cli("explain", "hype-term")
    assert by_name.exit_code == 0 and by_name.output == run_cli("explain", "hl101").output
    frames = run_cli("explain", "HL401").output
    assert "Compares claim frames: effect against effect" in frames and "Looks for" not in frames


def test_an_unknown_rule_is_one_line_and_exit_2(run_cli: Run) -> None:
    result = run_cli("explain", "HL999")
    assert result.exit_code == 2
    assert result.stderr == "healthlint: error: HL999: no such rule (see `healthlint rules`)\n"


HOUSE_PACK = """\
pack: house
category: house-style
rules:
  - code: HL950
    name: house-words
    type: pattern
    severity: info
    message: "'{match}' ({kind})"
    params:
      patterns: ["kind=@house-word ( of | for )? _", "[self] %house-boast"]
      exceptions: ["@house-word tea"]
      excuses: [negated, question]
"""
HOUSE_WORDS = """\
classes:
  house-word:
    description: test words
    terms: [zing, zap]
patterns:
  house-boast:
    - "( truly | really ) zingy"
"""


def test_a_user_pack_through_its_config(run_cli: Run, write: Callable[..., Path]) -> None:
    write("house/house.yaml", HOUSE_PACK)
    write("house/vocabulary/words.yaml", HOUSE_WORDS)
    config = write("healthlint.toml", 'extend-rules = ["house"]\n')
    result = run_cli("explain", "HL950", "--config", str(config))
    assert result.exit_code == 0, result.stderr
    assert section(result.output, "Looks for") == [
        "  kind=@house-word ( of | for )? _",
        "  [self] %house-boast",
        "  ([self]: only in a sentence about the article's own subject)",
    ]
    assert section(result.output, "Except where") == ["  @house-word tea"]
    assert [line.split()[0] for line in section(result.output, "Not flagged where")] == ["negated", "question"]
    assert run_cli("explain", "HL950").exit_code == 2  # without the config, no such rule


def test_a_broken_user_vocabulary_is_reported_not_raised(run_cli: Run, write: Callable[..., Path]) -> None:
    write("house/house.yaml", HOUSE_PACK)
    write("house/vocabulary/words.yaml", HOUSE_WORDS.replace("[zing, zap]", "[zing, no]"))
    config = write("healthlint.toml", 'extend-rules = ["house"]\n')
    result = run_cli("explain", "HL950", "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr.startswith("healthlint: error: ") and "words.yaml: line 3: class `@house-word`" in result.stderr


def test_without_a_language_the_explanation_is_the_plain_one() -> None:
    """The language server writes the plain text (no compiling per rule); `explain` adds the patterns."""
    spec = find_rule(SPECS, "HL101")
    assert spec is not None
    plain = explanation(spec)
    assert "Looks for" not in plain and plain.startswith("HL101 hype-term (superlative, warning)")
    full = explanation(spec, builtin_language())
    assert full.startswith(plain.split("\n\nFlagged:")[0]) and full.endswith(plain.split("\n\nFlagged:")[1])


def test_every_reading_has_a_gloss() -> None:
    assert list(READINGS) == [r for r in READINGS if r in REASONS] and set(READINGS) == set(REASONS)


@pytest.mark.parametrize("code", [s.code for s in SPECS])
def test_every_builtin_rule_explains(run_cli: Run, code: str) -> None:
    result = run_cli("explain", code)
    assert result.exit_code == 0 and result.output.startswith(code)
