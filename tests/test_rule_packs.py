"""Rule packs: every rule's own examples run as tests, and broken packs are reported precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import RulePackError
from healthlint.language.lexicon import compile_lexicon
from healthlint.packs import builtin_pack_dir, load_pack, load_specs
from tests.conftest import codes, lint_text

SPECS = load_specs([])
EXAMPLES = [(s.code, kind, text) for s in SPECS for kind in ("bad", "good") for text in s.examples.get(kind, [])]


def test_builtin_packs_load_with_unique_codes() -> None:
    assert len({s.code for s in SPECS}) == len(SPECS)
    assert {s.category for s in SPECS} >= {"superlative", "keyword-stuffing", "disclaimer", "contradiction"}
    assert all(s.rationale and s.message for s in SPECS)


@pytest.mark.parametrize(("code", "kind", "text"), EXAMPLES, ids=[f"{c}-{k}-{i}" for i, (c, k, _) in enumerate(EXAMPLES)])
def test_rule_examples(code: str, kind: str, text: str) -> None:
    found = codes(lint_text(text, "example.md", select=(code,)))
    if kind == "bad":
        assert code in found, f"{code} should flag: {text!r}"
    else:
        assert code not in found, f"{code} should not flag: {text!r}"


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_RULE = """pack: house
category: house-style
rules:
  - code: HL901
    name: no-superfood
    type: phrase
    severity: info
    message: "'{match}' is banned here."
    params:
      phrases: [superfood]
"""


def test_user_pack_adds_a_rule(tmp_path: Path) -> None:
    linter = Linter(Config(extend_rules=(_pack(tmp_path, GOOD_RULE),), select=("HL901",)))
    from healthlint.readers import parse

    result = linter.lint(parse("a.md", "Kale is a superfood.\n"))
    assert [(f.rule, f.span.text) for f in result.findings] == [("HL901", "superfood")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "pack: x\nrules:\n  - code: HL9\n    name: a\n    type: phrase\n    severity: info\n    message: m\n",
            "line 3: rule code `HL9`",
        ),
        (GOOD_RULE.replace("severity: info", "severity: fatal"), "line 4: rule HL901: severity must be one of"),
        (GOOD_RULE.replace("type: phrase", "type: nonsense"), "line 4: rule HL901: unknown rule type `nonsense`"),
        (GOOD_RULE.replace("phrases: [superfood]", "phrases: superfood"), "rule HL901: parameter `phrases` must be a list"),
        (GOOD_RULE.replace("    message:", "    mesage:"), "line 4: unknown rule key `mesage`"),
        ("pack: x\nrules: [\n", "line 3: invalid YAML"),
        (GOOD_RULE.replace("      phrases: [superfood]", "      patterns: ['(unclosed']"), "bad regular expression"),
        (GOOD_RULE.replace("code: HL901", "code: HL101"), "code already used by `hype-term`"),
    ],
)
def test_broken_packs_name_file_line_and_problem(tmp_path: Path, body: str, expected: str) -> None:
    path = _pack(tmp_path, body)
    with pytest.raises(RulePackError) as info:
        Linter(Config(extend_rules=(path,)))
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_missing_pack_file(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="rule pack not found"):
        load_pack(tmp_path / "absent.yaml")


def test_lexicon_matches_variants_and_stays_fast_with_thousands_of_entries() -> None:
    pattern = compile_lexicon(["game changer", "cure-all", "miracle cure"])
    text = "A game-changer, two gamechangers, a Cure All, miracle cures; not a gamey changer."
    assert [m.group() for m in pattern.finditer(text)] == ["game-changer", "gamechangers", "Cure All", "miracle cures"]
    edges = compile_lexicon(["#1 remedy", "100%"], plural=False)
    assert [m.group() for m in edges.finditer("The #1 remedy is 100% pure; not a#1 remedy or 100%x.")] == ["#1 remedy", "100%"]
    phrases = [f"adverse outcome {i} word" for i in range(5000)] + ["needle phrase"]
    big = compile_lexicon(phrases)
    haystack = "plain words " * 2000 + "adverse outcome 4321 word and a needle phrase here"
    assert [m.group() for m in big.finditer(haystack)] == ["adverse outcome 4321 word", "needle phrase"]
    # A trie shares prefixes: far shorter than the same phrases as a flat alternation.
    flat = "|".join(r"[\s\p{Pd}]*".join(p.split()) for p in phrases)
    assert len(big.pattern) < len(flat) / 2


def test_packs_ship_as_package_data() -> None:
    assert (builtin_pack_dir() / "superlatives.yaml").is_file()


def test_readme_rule_table_matches_the_packs() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| HL")}
    assert set(rows) == {s.code for s in SPECS}
    for spec in SPECS:
        cells = [c.strip() for c in rows[spec.code].split("|")]
        assert cells[2:4] == [spec.name, spec.category], spec.code
        assert cells[4].split(" (")[0] == spec.severity, spec.code


def test_readme_says_where_a_severity_varies() -> None:
    """A finding whose severity differs from its rule's default (a contradiction with one side hedged) is documented."""
    from tests.conftest import lint_text

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")] for line in readme.splitlines() if line.startswith("| HL")}
    defaults = {s.code: s.severity for s in SPECS}
    varied = {
        (f.rule, f.severity)
        for path in sorted((Path(__file__).resolve().parents[1] / "examples").iterdir())
        for f in lint_text(path.read_text(encoding="utf-8"), path.name).findings
        if f.severity != defaults[f.rule]
    }
    assert ("HL402", "warning") in varied  # the examples hold a hedged safety-vs-risk pair
    for code, severity in varied:
        assert f"({severity} when" in rows[code][4], (code, rows[code][4])


OCCURRENCE_RULE = """pack: house
category: house-style
rules:
  - code: HL902
    name: too-crucial
    type: occurrence
    severity: info
    message: "'{match}' and the like: {count} uses, {rate:.0f} per 1,000 words (limit {limit:.0f})."
    params:
      phrases: [crucial, essential, vital]
      max_per_1000_words: 10
      min_count: 3
"""


def test_occurrence_rule_type_fires_on_rate_not_on_a_single_use(tmp_path: Path) -> None:
    from healthlint.readers import parse

    linter = Linter(Config(extend_rules=(_pack(tmp_path, OCCURRENCE_RULE),), select=("HL902",)))
    heavy = "It is crucial to rest. Sleep is essential. Water is vital. It is crucial to eat. " * 3
    [finding] = linter.lint(parse("a.md", heavy)).findings
    assert finding.span.text == "crucial" and len(finding.related) == 11
    assert "12 uses" in finding.message and "(limit 10)" in finding.message
    light = "It is crucial to rest. " + "Plain sentence about sleep and rest. " * 40
    assert linter.lint(parse("a.md", light)).findings == []
