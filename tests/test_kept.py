"""What a run keeps for the next (`healthlint.kept`): compiled rule sets and parsed packs give the results a fresh
build gives, any change is a miss, damage is a miss, an unwritable folder costs only time, and old entries go."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from healthlint import kept, packs
from healthlint.app.compiled import load_linter
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.language.loader import load_language
from healthlint.language.patterns import Index
from healthlint.language.tokens import Tokens
from healthlint.readers import parse
from tests.conftest import EXAMPLES, ROOT, linter

WORDINGS = Path(__file__).parent / "wordings"


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "healthlint"


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in ([v] if k == "text" and isinstance(v, str) else _texts(v))]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def articles() -> list[tuple[str, str]]:
    """The examples, and the test wordings of hype and contradictions gathered into articles of many claims."""
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())]
    for name in ("hype.yaml", "contradictions.yaml", "conflict-forms.yaml"):
        texts = _texts(yaml.safe_load((WORDINGS / name).read_text(encoding="utf-8")))
        for i in range(0, len(texts), 6):
            out.append((f"{name}-{i}.md", "# Notes\n\n" + "\n\n".join(texts[i : i + 6]) + "\n"))
    return out


def results(lint: Linter) -> list[str]:
    return [lint.lint(parse(name, text)).encode() for name, text in articles()]


def entries(home: Path, kind: str) -> list[Path]:
    return sorted(home.glob(f"{kind}-*"))


def test_a_kept_rule_set_finds_what_a_fresh_build_finds(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config()
    fresh = linter()
    load_linter(config)  # builds, and keeps it
    [kept_file] = entries(cache_home, "rules")

    def no_building(self: Linter, config: Config) -> None:
        raise AssertionError("built again although a rule set is kept for this configuration")

    monkeypatch.setattr(Linter, "__init__", no_building)
    loaded = load_linter(config)
    assert loaded.config is config and loaded.language is load_language([])
    expected = results(fresh)
    found = [f for r in expected for f in json.loads(r)["findings"]]
    assert len(found) > 100 and {"superlative", "contradiction"} <= {f["category"] for f in found}  # rules at work
    assert results(loaded) == expected
    assert entries(cache_home, "rules") == [kept_file]


def test_a_kept_vocabulary_shows_its_classes_as_a_fresh_one_does(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`healthlint explain` shows each class's first written terms; a vocabulary loaded from the cache keeps them."""
    from healthlint.language import loader

    monkeypatch.setattr(loader, "_LOADED", {})  # compile, then keep
    fresh = {name: cls.shown for name, cls in load_language([]).vocabulary.classes.items()}
    monkeypatch.setattr(loader, "_LOADED", {})  # load what was kept
    kept_again = {name: cls.shown for name, cls in load_language([]).vocabulary.classes.items()}
    assert list(cache_home.glob("vocabulary-*")), "the vocabulary was kept"
    assert kept_again == fresh
    assert fresh["permanence-phrase"][:3] == ("for good", "forever", "permanently")


def test_the_kept_index_still_skips_sentences_by_what_they_lack(cache_home: Path) -> None:
    """The index keys what each pattern needs by pattern; keyed by id() the needs would point nowhere once loaded
    (or at whatever pattern came to have that id). Its answers by word hold ids, so a kept index drops them."""
    built = linter().index
    words = Tokens.of("Nothing else on the shelf comes close to this balm.").words
    before = built.scan(words, [len(words)] * len(words))
    assert before and built._by_word
    loaded: Index = pickle.loads(pickle.dumps(built))
    assert len(loaded.needs) == len(built.needs) > 100 and not loaded._by_word
    assert all(p in loaded.needs for p in loaded.patterns if p.source in {q.source for q in built.needs})
    by_source = {p.source: p for p in built.patterns}
    after = loaded.scan(words, [len(words)] * len(words))
    assert {p.source: after[id(p)] for p in loaded.patterns if id(p) in after} == {
        source: before[id(p)] for source, p in by_source.items() if id(p) in before
    }


def test_anything_a_result_depends_on_makes_a_new_rule_set(cache_home: Path, tmp_path: Path) -> None:
    load_linter(Config())
    load_linter(Config(select=("HL1",)))
    load_linter(Config(settings={"stuffing": {"min-words": 50}}))
    assert len(entries(cache_home, "rules")) == 3
    pack = tmp_path / "house.yaml"
    pack.write_text(HOUSE_PACK.format(word="godsend"), encoding="utf-8")
    first = load_linter(Config(extend_rules=(pack,)))
    pack.write_text(HOUSE_PACK.format(word="wonderstuff"), encoding="utf-8")
    second = load_linter(Config(extend_rules=(pack,)))
    assert len(entries(cache_home, "rules")) == 5
    text = "It is pure wonderstuff for aches."
    assert not [f for f in first.lint(parse("a.md", text)).findings if f.rule == "HL901"]
    assert [f.rule for f in second.lint(parse("a.md", text)).findings if f.rule == "HL901"] == ["HL901"]


HOUSE_PACK = """\
pack: house
category: superlative
rules:
  - code: HL901
    name: house-hype
    type: pattern
    severity: warning
    message: "house hype: {{match}}"
    params:
      patterns: [{word}]
"""


def test_a_damaged_rule_set_is_built_again(cache_home: Path) -> None:
    config = Config(select=("HL1",))
    load_linter(config)
    [kept_file] = entries(cache_home, "rules")
    kept_file.write_bytes(b"\x80\x05not a pickle")
    again = load_linter(config)
    assert [f.rule for f in again.lint(parse("a.md", "This balm is a miracle cure.")).findings]
    assert kept_file.read_bytes().startswith(b"\x80") and len(kept_file.read_bytes()) > 10_000  # written again, whole


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    loaded = load_linter(Config(select=("HL1",)))
    assert [f.rule for f in loaded.lint(parse("a.md", "This balm is a miracle cure.")).findings]


def test_only_the_most_recently_used_entries_of_a_kind_stay(cache_home: Path) -> None:
    for i in range(kept.KEEP + 3):
        kept.write("demo", f"{i:02d}", b"x")
        os.utime(cache_home / f"demo-{i:02d}", (1_000_000 + i, 1_000_000 + i))
    kept.write("other", "a", b"y")
    names = [p.name for p in entries(cache_home, "demo")]
    assert len(names) == kept.KEEP and "demo-00" not in names and f"demo-{kept.KEEP + 2:02d}" in names
    assert kept.read("other", "a") == b"y"
    assert kept.read("demo", "00") is None


def test_a_pack_is_parsed_once_per_content(cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(HOUSE_PACK.format(word="godsend"), encoding="utf-8")
    first = packs._parse_kept(pack)
    [entry] = entries(cache_home, "pack")

    def no_parsing(path: Path, raw: bytes) -> None:
        raise AssertionError("parsed again although the pack is kept")

    monkeypatch.setattr(packs, "_parse_pack", no_parsing)
    assert packs._parse_kept(pack) == first
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home.parent))
    entry.write_bytes(b"garbage")
    assert packs._parse_kept(pack) == first  # damaged: parsed again
    pack.write_text(HOUSE_PACK.format(word="wonderstuff"), encoding="utf-8")
    assert packs._parse_kept(pack)[0].params["patterns"] == ["wonderstuff"]  # changed: parsed again


def test_a_broken_pack_is_still_an_error_naming_it(cache_home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text("rules: [unclosed\n", encoding="utf-8")
    for _ in range(2):  # nothing is kept for a pack that does not parse
        with pytest.raises(packs.RulePackError, match=r"house\.yaml"):
            packs._parse_kept(pack)
    assert entries(cache_home, "pack") == []


def test_the_cli_keeps_its_rules_and_answers_alike(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    argv = [sys.executable, "-m", "healthlint", "check", str(EXAMPLES), "--no-cache", "--format", "json"]
    first = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    made = sorted(p.name for p in (tmp_path / "cache" / "healthlint").iterdir())
    second = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert first.returncode == second.returncode == 1 and first.stderr == second.stderr == ""
    assert json.loads(first.stdout)["files"] == json.loads(second.stdout)["files"]
    assert any(n.startswith("rules-") for n in made) and any(n.startswith("pack-") for n in made)
    assert sorted(p.name for p in (tmp_path / "cache" / "healthlint").iterdir()) == made
