"""docs/rule-packs.md is run, not just read: its worked example through the real CLI, its pattern table, its readings
table, and every pack and vocabulary it shows."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from healthlint.checks.base import build_check
from healthlint.checks.pattern import DEFAULT_EXCUSES
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.language import loader
from healthlint.language.assertion import REASONS, Reader
from healthlint.language.loader import builtin_language, load_language
from healthlint.language.text import Text
from healthlint.language.tokens import Tokens
from healthlint.language.topic import read_topic
from healthlint.packs import load_specs
from healthlint.readers import parse
from tests.conftest import pattern_finds

DOC = (Path(__file__).resolve().parents[1] / "docs" / "rule-packs.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text of a `## title` section, up to the next `## `."""
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end >= 0 else len(DOC)]


def example_files() -> dict[str, str]:
    """The worked example's files: each fenced block after a line "File `path`:"."""
    files = dict(re.findall(r"^File `([^`]+)`:\n\n```[a-z]*\n(.*?)^```$", section("A worked example"), re.M | re.S))
    assert set(files) == {"house/vocabulary/house.yaml", "house/house.yaml", "healthlint.toml", "articles/kale.md"}
    return files


def console_blocks(text: str) -> list[tuple[str, str]]:
    """(command, what it prints) for each ```console block."""
    return re.findall(r"^```console\n\$ (healthlint [^\n]+)\n(.*?)^```$", text, re.M | re.S)


@pytest.fixture
def worked_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, content in example_files().items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_worked_example_prints_what_the_page_shows(worked_example: Path, run_cli: Callable[..., Result]) -> None:
    blocks = console_blocks(section("A worked example"))
    assert [command.split()[:2] for command, _ in blocks] == [["healthlint", "check"], ["healthlint", "explain"]]
    for command, shown in blocks:
        result = run_cli(*shlex.split(command)[1:])
        assert result.exit_code in (0, 1), result.stderr
        assert result.stdout == shown, command


def test_the_worked_example_finds_what_the_page_says(worked_example: Path, run_cli: Callable[..., Result]) -> None:
    """The findings, independently of the printed form: the lines the page explains, and not the others."""
    result = run_cli("check", "articles/kale.md", "--select", "HL901", "--format", "json")
    findings = [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]
    assert [(f["line"], f["text"]) for f in findings] == [
        (7, "is a superfood"),
        (17, "counts as a power food for heart disease"),
        (19, "wonder food for anaemia"),
    ]


def assert_examples_hold(pack: Path, code: str) -> None:
    """A user rule's own examples: each bad one flagged by it, no good one."""
    linter = Linter(Config(extend_rules=(pack,), select=(code,)))
    [spec] = [s for s in linter.specs if s.code == code]
    assert spec.examples["bad"] and spec.examples["good"]
    for kind in ("bad", "good"):
        for text in spec.examples[kind]:
            found = [f.rule for f in linter.lint(parse("example.md", text)).findings]
            assert (found == [code]) == (kind == "bad"), (kind, text, found)


def test_the_worked_examples_own_examples_hold(worked_example: Path) -> None:
    assert_examples_hold(worked_example / "house", "HL901")


def yaml_blocks() -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```$", DOC, re.M | re.S)


def test_every_pack_and_vocabulary_the_page_shows_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The packs and vocabularies shown as format references, beside the worked example's vocabulary they use."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(loader, "_LOADED", {})
    blocks = yaml_blocks()
    packs = [b for b in blocks if b.startswith("pack:")]
    vocabularies = [b for b in blocks if b.startswith("vocabulary:")]
    assert len(packs) == 3 and len(vocabularies) == 2  # two format references and the worked example's pack
    folder = tmp_path / "docs-packs"
    (folder / "vocabulary").mkdir(parents=True)
    for i, body in enumerate(vocabularies):
        (folder / "vocabulary" / f"v{i}.yaml").write_text(body, encoding="utf-8")
    (folder / "vocabulary" / "house-brands.txt").write_text("# brands\nacme tonics\n", encoding="utf-8")
    language = load_language([folder])
    assert {"house-tonic", "house-brand", "house-claim-noun", "house-banned"} <= set(language.vocabulary.classes)
    assert language.word_class("house-claim-noun").attributes["strong"] == {"rank": 2, "tone": "absolute"}
    assert [p.show() for p in language.patterns("house-sold")] == ["<sell>|<market>|<promote> as ( a | an )?", "<bill> as ( a | an )?"]
    for i, body in enumerate(packs):
        (folder / f"p{i}.yaml").write_text(body, encoding="utf-8")
    specs = [s for s in load_specs([folder]) if s.code in ("HL901", "HL910")]
    assert len(specs) == 2
    for spec in specs:
        build_check(spec, language)  # every pattern compiles, every message field is known


def test_the_skeleton_packs_examples_hold(tmp_path: Path) -> None:
    [skeleton] = [b for b in yaml_blocks() if b.startswith("pack:") and "HL910" in b]
    (tmp_path / "p.yaml").write_text(skeleton, encoding="utf-8")
    assert_examples_hold(tmp_path / "p.yaml", "HL910")


def _cells(row: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


def pattern_rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in section("Token patterns").splitlines():
        if not line.startswith("| ") or line.startswith("| test") or line.startswith("| ---"):
            continue
        _, pattern, text, finds = _cells(line)
        rows.append((pattern.strip("`"), text, re.findall(r'"([^"]*)"', finds)))
    return rows


def test_the_pattern_table_covers_the_language() -> None:
    patterns = " ".join(p for p, _, _ in pattern_rows())
    for element in ("<", ":noun>", "@", ".", "%", "/", "_", "!", "|", "&", "~", "( ", "?", "*", "+", "{", "=", "\\"):
        assert element in patterns, element
    assert len(pattern_rows()) >= 20


@pytest.mark.parametrize(("pattern", "text", "finds"), pattern_rows(), ids=[p for p, _, _ in pattern_rows()])
def test_the_pattern_table_is_true(pattern: str, text: str, finds: list[str]) -> None:
    assert pattern_finds(builtin_language().compiler.compile(pattern), text) == finds


def reading_rows() -> list[tuple[str, str, str]]:
    """(reading, sentence, bold match) for every example sentence of the readings table."""
    rows = []
    for line in section("How a sentence excuses a match").splitlines():
        if not line.startswith("| `"):
            continue
        name, _, examples = _cells(line)
        for sentence in re.findall(r'"([^"]*\*\*[^"]*)"', examples):
            rows.append((name.strip("`"), sentence.replace("**", ""), re.search(r"\*\*(.*?)\*\*", sentence).group(1)))  # type: ignore[union-attr]
    return rows


def test_the_readings_table_names_every_reading_and_the_default_excuses() -> None:
    names = [_cells(line)[0].strip("`") for line in section("How a sentence excuses a match").splitlines() if line.startswith("| `")]
    assert sorted(names) == sorted(REASONS)
    default = re.search(r"default `\[([^\]]*)\]`", section("Rule types")).group(1)  # type: ignore[union-attr]
    assert [n.strip() for n in default.split(",")] == DEFAULT_EXCUSES


@pytest.mark.parametrize(("reading", "sentence", "match"), [r for r in reading_rows() if r[0] not in ("heading", "reference")])
def test_the_readings_tables_sentences_read_as_it_says(reading: str, sentence: str, match: str) -> None:
    doc = parse("article.md", f"# Ginseng for energy\n\n{sentence}\n")
    language = builtin_language()
    text = Text(doc, language)
    reader = Reader(text, read_topic(doc, language, None, text.tokens))
    target = Tokens.of(match).words
    start = [i for i in range(len(text.words)) if text.words[i : i + len(target)] == target][-1]
    assert reading in reader.read(start, start + len(target)).reasons


def test_the_example_error_is_the_error_a_user_gets(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    shown = re.search(r"```text\n(house/house\.yaml: line \d+: rule HL910: [^\n]+)\n```", DOC).group(1)  # type: ignore[union-attr]
    [skeleton] = [b for b in yaml_blocks() if "HL910" in b]
    broken = skeleton.replace('"<flush> ( out )? ( the )? toxins"', '"( no side effects"')
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "healthlint.toml").write_text('extend-rules = ["house"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# Detox tea\n\nIt is a tea.\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path / "a.md"), "--config", str(tmp_path / "healthlint.toml"), "--jobs", "1", "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(shown.split("house/house.yaml", 1)[1]), result.stderr
