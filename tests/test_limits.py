"""The limits on what healthlint does not control: files read, YAML, user patterns, time per file."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint import limits
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import InputError
from healthlint.language.patterns import Alt, Capture, Node, Repeat, Seq
from healthlint.language.patterns import Test as TokenTest
from healthlint.limits import BudgetedPattern, YamlLimitError, load_yaml, read_regular
from healthlint.readers import parse


def test_only_regular_files_are_read_and_nothing_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")  # no writer: reading it would block for ever
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "loop.md").symlink_to("loop.md")
    problems = {}
    for name in ("pipe.md", "zero.md", "loop.md", "missing.md", "."):
        with pytest.raises(InputError) as error:
            read_regular(tmp_path / name, InputError)
        problems[name] = error.value.problem
    assert problems == {
        "pipe.md": "is a named pipe (FIFO), not a regular file",
        "zero.md": "is a character device, not a regular file",
        "loop.md": "symbolic link loop (too many levels of symbolic links)",
        "missing.md": "no such file",
        ".": "is a directory",
    }


def test_a_file_is_read_to_the_limit_and_one_byte_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 10)
    (tmp_path / "ten.md").write_bytes(b"x" * 10)
    (tmp_path / "eleven.md").write_bytes(b"x" * 11)
    assert read_regular(tmp_path / "ten.md", InputError) == b"x" * 10
    with pytest.raises(InputError, match="file is too large"):
        read_regular(tmp_path / "eleven.md", InputError)
    with open("/dev/zero", "rb") as endless:
        assert len(limits.read_stream(endless)) == 11


def _laughs(levels: int) -> str:
    return "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10) if n else 'x, x, x, x, x, x, x, x, x, x'}]\n" for n in range(levels))


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])
def test_yaml_aliases_and_nesting_are_bounded(loader: type) -> None:
    assert load_yaml(_laughs(3), loader)["l2"][9][9] == ["x"] * 10  # 1,110 values: aliases used as YAML means them
    with pytest.raises(YamlLimitError, match=r"expand to 1,234,567,880 more values"):
        load_yaml(_laughs(9), loader)
    with pytest.raises(YamlLimitError, match="recursive alias"):
        load_yaml("a: &a [1, *a]\n", loader)
    with pytest.raises(YamlLimitError, match="nested more than 64 levels"):
        load_yaml("a: " + "[" * 70 + "]" * 70 + "\n", loader)
    assert load_yaml("a: " + "[" * 60 + "]" * 60 + "\n", loader) is not None
    assert load_yaml("", loader) is None


def _token_regexes(node: Node) -> list[object]:
    """The `/regex/` tests of a compiled token pattern (not those of the named patterns it calls)."""
    found, stack = [], [node]
    while stack:
        node = stack.pop()
        if isinstance(node, TokenTest):
            found += node.regexes
            stack += [t for parts in node.conjunctions for t in parts]
        elif isinstance(node, Seq):
            stack += node.items
        elif isinstance(node, Alt):
            stack += node.options
        elif isinstance(node, Repeat | Capture):
            stack.append(node.body)
    return found


_HOUSE = """category: house
rules:
  - code: HL901
    name: house-rule
    type: pattern
    severity: warning
    message: "'{match}' is not ours."
    params:
      patterns: ['/x+y/ tea']
"""


def test_built_in_patterns_run_as_compiled_and_users_with_a_budget(tmp_path: Path) -> None:
    linter = Linter(Config())
    compiled = [r for check in linter.checks for p in check.indexed for r in _token_regexes(p.node)]
    assert compiled and not any(isinstance(r, BudgetedPattern) for r in compiled)
    user = limits.budgeted(regex.compile("x"), str(tmp_path / "house.yaml"), "HL901", "patterns")
    assert isinstance(user, BudgetedPattern)
    (tmp_path / "house.yaml").write_text(_HOUSE, encoding="utf-8")
    linter = Linter(Config(extend_rules=(tmp_path / "house.yaml",), select=("HL901",)))
    [house] = [r for check in linter.checks for p in check.indexed for r in _token_regexes(p.node)]
    assert isinstance(house, BudgetedPattern) and (house.origin, house.rule) == (str(tmp_path / "house.yaml"), "HL901")
    [f] = linter.lint(parse("a.md", "Try xxxy tea today.\n")).findings  # and it matches as it would unbudgeted
    assert f.span.text == "xxxy tea"


words = st.lists(st.sampled_from(["safe", "a", "b", " ", "  ", "x-y", "ab", ""]), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(words, st.sampled_from([r"\bsafe\b", r"a+", r"x?", r"(?<=a)b", r"\b", r"^a|b$"]), st.integers(0, 5))
def test_a_budgeted_pattern_answers_as_the_pattern_does(text: str, source: str, pos: int) -> None:
    plain = regex.compile(source, regex.I)
    budgeted = BudgetedPattern(plain, None, "HL303", "disclaimer.house-pattern")
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(budgeted, method)(text, pos), getattr(plain, method)(text, pos)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in budgeted.finditer(text) if m.end() > m.start()] == [
        m.span() for m in plain.finditer(text) if m.end() > m.start()
    ]
    assert budgeted.findall(text) == plain.findall(text)


def test_a_slow_pattern_is_stopped_once_and_recorded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "_stopped", False)  # put back afterwards: other tests cache their results
    slow = BudgetedPattern(regex.compile(r"(?:a|aa)+$"), "house.yaml", "HL901", "patterns")
    limits.begin_article("a.md")
    started = time.monotonic()
    assert slow.search("a" * 40 + "!") is None
    assert slow.search("a" * 40 + "!") is None  # stopped: no second wait
    assert time.monotonic() - started < 5 * limits.USER_REGEX_SECONDS
    limits.begin_article("b.md")
    assert slow.match("aa") is None  # stopped for the rest of the run, even where it would be quick
    (found,) = limits.take_slow_patterns()
    assert (found.origin, found.rule, found.article) == ("house.yaml", "HL901", "a.md")
    assert limits.take_slow_patterns() == [] and limits.patterns_stopped()
    assert found.error("healthlint.toml").path == "house.yaml"
    assert "(?:a|aa)+$" in found.error("healthlint.toml").problem


# -- how much the rules read ------------------------------------------------------------------------

_PADDING = "Zinc is a mineral found in meat, beans and seeds. "  # a sentence no rule finds anything in


def _past_the_limit(early: str, late: str) -> str:
    """Markdown whose prose runs past the analysis limit: one claim early, one after the limit."""
    pad = _PADDING * (limits.MAX_ANALYSED_CHARS // len(_PADDING) + 50)
    return f"# Zinc\n\n{early}\n\n{pad}\n\n{late}\n"


def test_prose_past_the_analysis_limit_is_left_unread_and_said_so(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    source = _past_the_limit("This tonic is a miracle cure.", "This tonic is a miracle cure.")
    path = tmp_path / "long.md"
    path.write_text(source, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--no-cache", str(path))
    report = json.loads(result.stdout)
    found = [f for f in report["files"][0]["findings"] if f["category"] == "superlative"]
    early = source.index("a miracle cure")
    assert [(f["line"], f["offset"], f["text"]) for f in found] == [(3, early, "a miracle cure")]
    metrics = report["files"][0]["metrics"]
    doc = parse("long.md", source)
    stop = doc.position_map.source_start(metrics["characters_read"])
    assert metrics["characters_read"] <= limits.MAX_ANALYSED_CHARS and source[stop] == " "
    assert metrics["unread_characters"] == len(source) - stop > len(_PADDING) * 50
    assert metrics["unread_from_line"] == 5  # the padding paragraph, where the reading stops
    warning = [line for line in result.stderr.splitlines() if "analysis limit" in line]
    assert warning == [
        f"healthlint: warning: {path}:5: the rules read {metrics['characters_read']:,} characters of its prose, to here "
        f"(the analysis limit); the {metrics['unread_characters']:,} characters of the file after it were not checked"
    ]
    assert path.read_text(encoding="utf-8") == source


def test_a_cached_result_still_warns_of_what_was_left_unread(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.md"
    path.write_text(_past_the_limit("It helps.", "It helps."), encoding="utf-8")
    first, second = (run_cli("check", "--format", "json", str(path)) for _ in range(2))
    assert first.stderr == second.stderr and "(the analysis limit)" in second.stderr


def test_an_article_is_read_whole() -> None:
    doc = parse("a.md", "# Zinc\n\n" + _PADDING * 1000)
    assert doc.analysed() is doc and "unread_characters" not in Linter(Config()).lint(doc).metrics


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_reader_stops_between_blocks_past_what_the_rules_read(name: str) -> None:
    """A million short paragraphs are not all read when the rules read a tenth of them (a block is never cut)."""
    source = "Zinc helps.\n\n" * 1_000_000
    doc = parse(name, source)
    assert limits.MAX_ANALYSED_CHARS < len(doc.prose) < limits.MAX_ANALYSED_CHARS + 100
    assert doc.prose.endswith("Zinc helps.") and doc.blocks[-1].end == len(doc.prose)


def test_the_analysed_prose_is_a_prefix_cut_at_a_space_with_its_blocks_inside() -> None:
    doc = parse("a.md", _past_the_limit("It helps.", "It helps."))
    cut = doc.analysed()
    assert doc.prose.startswith(cut.prose) and len(cut.prose) <= limits.MAX_ANALYSED_CHARS
    assert doc.prose[len(cut.prose)] == " " and cut.source == doc.source
    assert all(b.end <= len(cut.prose) for b in cut.blocks) and cut.sentences[-1][1] <= len(cut.prose)


def test_one_rule_reads_a_bounded_number_of_matches_in_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hype word a thousand times in one run-on line: each rule reads a few matches per piece, not all of them."""
    from healthlint.language.assertion import Reader

    reads: list[int] = []
    original = Reader.read
    monkeypatch.setattr(Reader, "read", lambda self, first, last: reads.append(first) or original(self, first, last))
    doc = parse("a.md", "miracle " * 1000)
    result = Linter(Config(select=("HL101",))).lint(doc)
    pieces = len(doc.sentences)
    assert pieces > 5 and 0 < len(reads) <= pieces * limits.MAX_READS_PER_SENTENCE
    assert result.findings and all(f.rule == "HL101" for f in result.findings)


def _frames(source: str):  # type: ignore[no-untyped-def]
    from healthlint.checks.contradiction.rules import frames_of

    linter = Linter(Config())
    return frames_of(linter.context(parse("a.md", source))), linter


def test_a_claim_said_a_thousand_times_is_paired_once() -> None:
    """1,000 claims a side: the repeats add nothing to pair, and the conflict is still found, once."""
    source = (
        "# Calmex sleep tablets\n\n"
        + "Calmex is completely safe for your liver. " * 1000
        + "\n\n"
        + "Calmex can cause liver damage. " * 1000
    )
    frames, linter = _frames(source)
    assert 0 < sum(len(found) for found in frames.by_kind.values()) <= 4
    conflicts = [f for f in linter.lint(parse("a.md", source)).findings if f.category == "contradiction"]
    assert len(conflicts) == 1 and conflicts[0].span.text.startswith("completely safe")


def test_claims_about_one_target_are_paired_up_to_a_bound() -> None:
    source = "# Calmex sleep tablets\n\n" + " ".join(f"Calmex can cause liver damage in {k} weeks." for k in range(1, 200))
    frames, _ = _frames(source)
    per_target: dict[tuple[str, str], int] = {}
    for kind, found in frames.by_kind.items():
        for f in found:
            per_target[(kind, f.target)] = per_target.get((kind, f.target), 0) + 1
    assert per_target and max(per_target.values()) == limits.MAX_FRAMES_PER_TARGET
