"""Rule packs: every rule's own examples run as tests, broken packs are reported precisely, and every
vocabulary class a pack or the code names exists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import RulePackError
from healthlint.language.loader import builtin_language, load_language
from healthlint.packs import builtin_pack_dir, load_pack, load_specs
from healthlint.readers import parse
from tests.conftest import ROOT, codes, lint_text

SPECS = load_specs([])
EXAMPLES = [(s.code, kind, text) for s in SPECS for kind in ("bad", "good") for text in s.examples.get(kind, [])]

# Examples the packs promise that the current code does not honour (see the report of the tests rewrite).
# strict: once the code honours one, the test fails until it is taken off this list.
KNOWN_GAPS = {
    (
        "HL401",
        "bad",
        "Our tea calms you down after a long day.\n\nIt is brewed from leaves grown in Kenya.\n\nThe tea keeps you wired for hours.",
    ),
    ("HL106", "good", "Ibuprofen works faster than paracetamol for toothache."),
    ("HL107", "bad", "Fans call maca the Viagra of the plant world."),
    ("HL107", "bad", "It works like a natural antihistamine."),
    ("HL108", "bad", "Doctors agree that this is the smart choice."),
    ("HL109", "bad", "Most users feel relief within minutes of the first spray."),
}


def _example_params() -> list[Any]:
    out = []
    for i, (code, kind, text) in enumerate(EXAMPLES):
        marks = (
            [pytest.mark.xfail(strict=True, reason="the pack's own example is not honoured by the code")]
            if (code, kind, text) in KNOWN_GAPS
            else []
        )
        out.append(pytest.param(code, kind, text, id=f"{code}-{kind}-{i}", marks=marks))
    return out


def test_builtin_packs_load_with_unique_codes() -> None:
    assert len({s.code for s in SPECS}) == len(SPECS)
    assert {s.category for s in SPECS} >= {"superlative", "contradiction"}
    assert {f"HL{n}" for n in range(101, 113)} | {f"HL{n}" for n in range(401, 409)} <= {s.code for s in SPECS}
    assert all(s.rationale and s.message and s.suggestion for s in SPECS)
    # Every rule shows `healthlint explain` at least one flagged example.
    assert all(s.examples.get("bad") for s in SPECS if s.type != "house-disclaimer")  # that one needs a configured text


# Prose in the rule files (messages, reasons, sources, examples): everything else is a pattern, a term or a setting.
_PROSE_KEYS = {
    "description",
    "rationale",
    "message",
    "suggestion",
    "name",
    "url",
    "licence",
    "built-by",
    "note",
    "template",
    "bad",
    "good",
    "examples",
    "known_gaps",
    "title",
    "vocabulary",
    "pack",
    "category",
    "why",
}


def _pattern_lines(node: Any, key: str = "") -> list[str]:
    if isinstance(node, dict):
        return [line for k, v in node.items() if k not in _PROSE_KEYS for line in _pattern_lines(v, str(k))]
    if isinstance(node, list):
        return [line for v in node for line in _pattern_lines(v, key)]
    return [node] if isinstance(node, str) else []


def test_no_pattern_in_rules_is_over_120_characters() -> None:
    """A pattern is grammar over named classes (issue 13): a long one hides a word list that belongs in a vocabulary."""
    long = {
        f"{path.relative_to(ROOT)}: {line[:60]}... ({len(line)})"
        for path in sorted((ROOT / "rules").rglob("*.yaml"))
        for line in _pattern_lines(yaml.safe_load(path.read_text(encoding="utf-8")))
        if len(line) > 120
    }
    assert not long, "\n".join(sorted(long))


def test_known_gaps_are_real_examples() -> None:
    """The list of known gaps names only examples the packs hold (a renamed example must leave it too)."""
    assert set(EXAMPLES) >= KNOWN_GAPS


@pytest.mark.parametrize(("code", "kind", "text"), _example_params())
def test_rule_examples(code: str, kind: str, text: str) -> None:
    found = codes(lint_text(text, "example.md", select=(code,)))
    if kind == "bad":
        assert code in found, f"{code} should flag: {text!r}"
    else:
        assert code not in found, f"{code} should not flag: {text!r}"


def _pack(tmp_path: Path, body: str, name: str = "house.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


GOOD_RULE = """pack: house
category: house-style
rules:
  - code: HL901
    name: no-superfood
    type: pattern
    severity: info
    message: "'{match}' is banned here."
    suggestion: "Name the nutrient instead of '{match}'."
    params:
      patterns: ["superfood|superfoods"]
"""


def test_user_pack_adds_a_rule(tmp_path: Path) -> None:
    linter = Linter(Config(extend_rules=(_pack(tmp_path, GOOD_RULE),), select=("HL901",)))
    text = "Kale is a superfood.\n\nSpinach is no superfood, but it is cheap.\n"
    result = linter.lint(parse("a.md", text))
    # The negated second use is excused by the default excuses of a pattern rule.
    assert [(f.rule, f.category, f.severity, f.span.text, f.span.line, f.span.column) for f in result.findings] == [
        ("HL901", "house-style", "info", "superfood", 1, 11)
    ]
    [f] = result.findings
    assert f.message == "'superfood' is banned here." and f.suggestion == "Name the nutrient instead of 'superfood'."


def test_user_pack_may_name_vocabulary_classes(tmp_path: Path) -> None:
    body = GOOD_RULE.replace('["superfood|superfoods"]', '["superfood for|against @condition"]')
    linter = Linter(Config(extend_rules=(_pack(tmp_path, body),), select=("HL901",)))
    [f] = linter.lint(parse("a.md", "Beetroot is a superfood for asthma.\n")).findings
    assert f.span.text == "superfood for asthma"
    assert linter.lint(parse("a.md", "Beetroot is a superfood for breakfast.\n")).findings == []


# Each broken pack: what to change in GOOD_RULE (or a whole body), and what the one-line error must say.
BROKEN = [
    ("pack: x\nrules:\n  - code: HL9\n    name: a\n    type: pattern\n    severity: info\n    message: m\n", "line 3: rule code `HL9`"),
    (GOOD_RULE.replace("severity: info", "severity: fatal"), "line 4: rule HL901: severity must be one of"),
    (GOOD_RULE.replace("type: pattern", "type: nonsense"), "line 4: rule HL901: unknown rule type `nonsense`"),
    (GOOD_RULE.replace('patterns: ["superfood|superfoods"]', "patterns: superfood"), "rule HL901: parameter `patterns` must be a list"),
    (GOOD_RULE.replace("    message:", "    mesage:"), "line 4: unknown rule key `mesage`"),
    ("pack: x\nrules: [\n", "line 3: invalid YAML"),
    (GOOD_RULE.replace("superfood|superfoods", "/(unclosed/"), "rule HL901: parameter `patterns`: bad token regex"),
    (GOOD_RULE.replace("superfood|superfoods", "( superfood"), "rule HL901: parameter `patterns`: unclosed '('"),
    (GOOD_RULE.replace("code: HL901", "code: HL101"), "code already used by `hype-term`"),
    (
        GOOD_RULE.replace("    params:\n", "    params:\n      excuses: [negated, sarcastic]\n"),
        "line 4: rule HL901: unknown excuse `sarcastic`",
    ),
    (
        GOOD_RULE.replace("superfood|superfoods", "superfood for @nonesuch-class"),
        "line 4: rule HL901: parameter `patterns`: unknown vocabulary class `@nonesuch-class`",
    ),
    (GOOD_RULE.replace("superfood|superfoods", "@condition.nonesuch-group"), "unknown vocabulary class `@condition.nonesuch-group`"),
    (
        GOOD_RULE.replace("    params:\n", "    params:\n      literal_topics: [nonesuch-class]\n"),
        "unknown vocabulary class `@nonesuch-class` in `literal_topics`",
    ),
    (GOOD_RULE.replace("superfood|superfoods", "%nonesuch-patterns"), "unknown named pattern `%nonesuch-patterns`"),
    (GOOD_RULE.replace("'{match}' is banned here.", "'{matched}' is banned here."), "rule HL901: message or suggestion uses unknown field"),
    (
        GOOD_RULE.replace('      patterns: ["superfood|superfoods"]\n', "      max_per_1000_words: 3\n"),
        "rule HL901: a pattern rule needs `patterns`",
    ),
    (GOOD_RULE.replace("type: pattern", "type: occurrence"), "rule HL901: missing parameter `max_per_1000_words`"),
]


@pytest.mark.parametrize(("body", "expected"), BROKEN, ids=[f"broken-{i}" for i in range(len(BROKEN))])
def test_broken_packs_name_file_line_and_problem(tmp_path: Path, body: str, expected: str) -> None:
    path = _pack(tmp_path, body)
    with pytest.raises(RulePackError) as info:
        Linter(Config(extend_rules=(path,)))
    assert str(path) in str(info.value)
    assert expected in str(info.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD_RULE.replace("type: pattern", "type: nonsense"), "line 4: rule HL901: unknown rule type `nonsense`"),
        (GOOD_RULE.replace("    params:\n", "    params:\n      excuses: [sarcastic]\n"), "line 4: rule HL901: unknown excuse `sarcastic`"),
        (
            GOOD_RULE.replace("superfood|superfoods", "superfood for @nonesuch-class"),
            "line 4: rule HL901: parameter `patterns`: unknown vocabulary class `@nonesuch-class`",
        ),
        ("pack: x\nrules: [\n", "line 3: invalid YAML"),
        (GOOD_RULE.replace("type: pattern", "type: pattern\n    type: pattern"), "duplicate key 'type' (first given at line"),
    ],
    ids=["unknown-type", "unknown-excuse", "unknown-class", "broken-yaml", "duplicate-key"],
)
def test_a_broken_pack_exits_2_with_one_line_and_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Any, body: str, expected: str
) -> None:
    pack = _pack(tmp_path, body)
    (tmp_path / "healthlint.toml").write_text('extend-rules = ["house.yaml"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Kale is a superfood.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Chard is a superfood.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    commands = [["check", "a.md", "b.md"], ["check", "a.md", "--format", "json"], ["check", "-", "--stdin-filename", "c.md"]]
    if "YAML" in expected:  # listing and explaining read the packs, not the rule types: only a file that does not parse stops them
        commands += [["rules"], ["explain", "HL101"]]
    for command in commands:
        result = run_cli(*command, input="Kale is a superfood.\n")
        assert result.exit_code == 2, (command, result.output)
        assert result.stdout == "", command  # no report, not even an empty one
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (command, result.stderr)
        assert lines[0].startswith("healthlint: error: ") and str(pack) in lines[0] and expected in lines[0], lines[0]
        assert "Traceback" not in result.stderr


def test_a_broken_pack_as_a_subprocess_prints_no_traceback(tmp_path: Path) -> None:
    pack = _pack(tmp_path, GOOD_RULE.replace("type: pattern", "type: nonsense"))
    (tmp_path / "healthlint.toml").write_text('extend-rules = ["house.yaml"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Kale is a superfood.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "healthlint", "check", "a.md"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    assert str(pack) in line and "line 4: rule HL901: unknown rule type `nonsense`" in line


VOCABULARY = """vocabulary: house
classes:
  house-food:
    terms: [kale, chard]
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (VOCABULARY.replace("terms: [kale, chard]", "words: [kale]"), "class `@house-food`: unknown key `words`"),
        (VOCABULARY.replace("[kale, chard]", "[kale, no]"), "quote them"),
        (VOCABULARY.replace("house-food", "condition"), "class `@condition` is already defined in"),
        (
            VOCABULARY + "patterns:\n  house-claim:\n    - 'superfood @nonesuch-class'\n",
            "named patterns `house-claim`: unknown vocabulary class `@nonesuch-class`",
        ),
        (VOCABULARY.replace("classes:", "clases:"), "unknown vocabulary key `clases`"),
        (VOCABULARY + "  house-food:\n    terms: [spinach]\n", "duplicate key 'house-food'"),  # the second would hide the first
        ("vocabulary: house\nclasses: [\n", "invalid YAML"),
    ],
    ids=["class-key", "yaml-boolean", "duplicate-class", "named-pattern-class", "file-key", "duplicate-key", "broken-yaml"],
)
def test_broken_vocabulary_files_name_the_file(tmp_path: Path, body: str, expected: str) -> None:
    folder = tmp_path / "house"
    (folder / "vocabulary").mkdir(parents=True)
    _pack(folder, GOOD_RULE)
    vocab = _pack(folder / "vocabulary", body, "house.yaml")
    with pytest.raises(RulePackError) as info:
        load_language([folder])
    assert str(vocab) in str(info.value)
    assert expected in str(info.value)


def test_a_user_vocabulary_class_is_usable_in_a_user_pack(tmp_path: Path) -> None:
    folder = tmp_path / "house"
    (folder / "vocabulary").mkdir(parents=True)
    _pack(folder, GOOD_RULE.replace("superfood|superfoods", "@house-food ( is|are ) a superfood"))
    _pack(folder / "vocabulary", VOCABULARY, "house.yaml")
    linter = Linter(Config(extend_rules=(folder,), select=("HL901",)))
    [f] = linter.lint(parse("a.md", "Chard is a superfood.\n")).findings
    assert f.span.text == "Chard is a superfood"
    assert linter.lint(parse("a.md", "Celery is a superfood.\n")).findings == []


def test_missing_pack_file(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="rule pack not found"):
        load_pack(tmp_path / "absent.yaml")


def test_packs_ship_as_package_data() -> None:
    assert (builtin_pack_dir() / "superlatives.yaml").is_file()
    assert (builtin_pack_dir() / "contradiction.yaml").is_file()
    assert (builtin_pack_dir() / "vocabulary" / "grammar.yaml").is_file()


# --- every vocabulary class that is named somewhere exists ------------------------------------------------

_CLASS_REF = re.compile(r"@([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)?)")
_NAMED_REF = re.compile(r"%([a-z][a-z0-9_-]*)")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _without_regexes(pattern: str) -> str:
    """A token pattern without its `/regex/` tests (an @ inside a regex is not a class)."""
    return re.sub(r"(?<![\w\\])/(?:[^/\\]|\\.)+/", " ", pattern)


def _pattern_sources() -> list[tuple[str, str]]:
    """(where, pattern) for every token pattern of the built-in packs and the vocabularies' named patterns."""
    out = []
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for rule in data["rules"]:
            params = rule.get("params") or {}
            for key in ("patterns", "exceptions"):
                out += [(f"{path.name} {rule['code']} {key}", p) for p in _strings(params.get(key))]
    for path in sorted((ROOT / "rules" / "vocabulary").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, sources in (data.get("patterns") or {}).items():
            out += [(f"vocabulary/{path.name} %{name}", p) for p in _strings(sources)]
    return out


def test_every_class_named_in_a_pack_pattern_exists() -> None:
    vocabulary = builtin_language().vocabulary
    sources = _pattern_sources()
    referenced = {(where, name) for where, p in sources for name in _CLASS_REF.findall(_without_regexes(p))}
    # The scan sees the packs' patterns: hundreds of references in the hype rules alone.
    assert len(referenced) > 100
    assert any(name == "harm-general.side-effect" for _, name in referenced)  # a group reference is read whole
    missing = sorted((where, name) for where, name in referenced if vocabulary.get(name) is None)
    assert missing == []


def test_every_named_pattern_a_pack_calls_exists() -> None:
    named = builtin_language().named
    called = {(where, name) for where, p in _pattern_sources() for name in _NAMED_REF.findall(_without_regexes(p))}
    assert sorted((w, n) for w, n in called if n not in named) == []


def test_every_class_the_rule_list_params_name_exists() -> None:
    """`literal_topics` and `effect_subjects` name classes without an @."""
    vocabulary = builtin_language().vocabulary
    for spec in SPECS:
        for key in ("literal_topics", "effect_subjects"):
            for name in spec.params.get(key, []):
                assert vocabulary.get(name) is not None, (spec.code, key, name)


def test_every_class_the_code_names_exists() -> None:
    """The readers of claims and assertions look classes up by name; a missing one would fail mid-run."""
    vocabulary = builtin_language().vocabulary
    named = builtin_language().named
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "healthlint").rglob("*.py"))
    classes = set(re.findall(r"\.(?:has|terms|word_class)\(\s*\"([a-z][a-z0-9.-]*)\"", source))
    classes |= set(re.findall(r"vocabulary\.get\(\s*\"([a-z][a-z0-9.-]*)\"", source))
    assert {"negator", "copula", "measure", "preposition"} <= classes  # the scan reads the code's look-ups
    assert sorted(c for c in classes if vocabulary.get(c) is None) == []
    for name in re.findall(r"\.patterns\(\s*\"([a-z][a-z0-9_-]*)\"", source):
        assert name in named, name


# --- the README's rule table ------------------------------------------------------------------------------


def _readme_rows() -> dict[str, list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return {line.split("|")[1].strip(): [c.strip() for c in line.split("|")] for line in readme.splitlines() if line.startswith("| HL")}


def test_readme_rule_table_matches_the_packs() -> None:
    """Every loaded rule has its row, with its name, category and default severity. (Rows of packs that are
    not loaded in this build, such as rules being ported, are not checked here.)"""
    rows = _readme_rows()
    for spec in SPECS:
        assert spec.code in rows, spec.code
        cells = rows[spec.code]
        assert cells[2:4] == [spec.name, spec.category], spec.code
        assert cells[4].split(" (")[0] == spec.severity, spec.code


def test_readme_says_where_a_severity_varies() -> None:
    """A finding whose severity differs from its rule's default (a contradiction with one side hedged) is documented."""
    rows = _readme_rows()
    defaults = {s.code: s.severity for s in SPECS}
    varied = {
        (f.rule, f.severity)
        for path in sorted((ROOT / "examples").iterdir())
        for f in lint_text(path.read_text(encoding="utf-8"), path.name).findings
        if f.severity != defaults[f.rule]
    }
    # Every contradiction rule whose default is an error may be a warning (one side a possibility).
    text = "Our drops have no side effects.\n\nThey can cause a rash.\n"
    [f] = lint_text(text, "a.md", select=("HL402",)).findings
    assert (f.rule, f.severity) == ("HL402", "warning")
    varied.add(("HL402", "warning"))
    for code, severity in varied:
        assert f"({severity} when" in rows[code][4], (code, rows[code][4])


OCCURRENCE_RULE = """pack: house
category: house-style
rules:
  - code: HL902
    name: too-crucial
    type: occurrence
    severity: info
    message: "'{match}' and words like it are used too often."
    params:
      excuses: [negated, question]  # a house word counts whoever the sentence is about
      patterns: ["crucial|essential|vital"]
      max_per_1000_words: 10
      min_count: 3
"""


def test_occurrence_rule_type_fires_on_rate_not_on_a_single_use(tmp_path: Path) -> None:
    linter = Linter(Config(extend_rules=(_pack(tmp_path, OCCURRENCE_RULE),), select=("HL902",)))
    heavy = "It is crucial to rest. Sleep is essential. Water is vital. It is crucial to eat. " * 3
    [finding] = linter.lint(parse("a.md", heavy)).findings
    # One finding at the first use, the other eleven uses as related spans.
    assert finding.span.text == "crucial" and finding.span.column == 7 and len(finding.related) == 11
    assert [r.span.text for r in finding.related[:3]] == ["essential", "vital", "crucial"]
    assert finding.message == "'crucial' and words like it are used too often."
    light = "It is crucial to rest. " + "Plain sentence about sleep and rest. " * 40
    assert linter.lint(parse("a.md", light)).findings == []
    # Below min_count nothing fires, however short the text (two uses in six words is over 300 per 1,000).
    assert linter.lint(parse("a.md", "Rest is crucial. Water is vital.\n")).findings == []


@pytest.mark.xfail(strict=True, reason="gap: the pattern base class checks an occurrence message before {count}, {rate} and {limit} exist")
def test_occurrence_messages_may_use_count_rate_and_limit(tmp_path: Path) -> None:
    """docs/rule-packs.md: an occurrence rule's message may use {match}, {count}, {rate} and {limit}."""
    body = OCCURRENCE_RULE.replace(
        "'{match}' and words like it are used too often.",
        "'{match}' and the like: {count} uses, {rate:.0f} per 1,000 words (limit {limit:.0f}).",
    )
    linter = Linter(Config(extend_rules=(_pack(tmp_path, body),), select=("HL902",)))
    heavy = "It is crucial to rest. Sleep is essential. Water is vital. It is crucial to eat. " * 3
    [finding] = linter.lint(parse("a.md", heavy)).findings
    assert "12 uses" in finding.message and "(limit 10)" in finding.message
