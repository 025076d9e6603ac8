"""CI outputs: SARIF, GitHub, JUnit, GitLab and concise agree with the JSON report, finding by finding."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml
from junitparser import Failure, JUnitXml

from tests.conftest import EXAMPLES, ROOT

SARIF_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
CONTRADICTION = (
    "# Beet juice\n\nBeet juice lowers blood pressure.\n\nIt is pressed from red beets.\n\nBeet juice sends your blood pressure soaring.\n"
)


def _json_findings(run_cli, *paths: str) -> set[tuple[str, int, int, str]]:  # type: ignore[no-untyped-def]
    report = json.loads(run_cli("check", *paths, "--format", "json").stdout)
    return {(f["path"], g["line"], g["column"], g["rule"]) for f in report["files"] for g in f["findings"]}


@pytest.fixture
def corpus(write) -> list[str]:  # type: ignore[no-untyped-def]
    odd = write("odd, name: 100%.md", "# Tea\n\nThis tea is 100% natural and a game-changer.\n")
    return [str(EXAMPLES), str(write("beet.md", CONTRADICTION)), str(odd)]


def test_sarif_validates_and_carries_rules_related_locations_and_fingerprints(run_cli, corpus) -> None:  # type: ignore[no-untyped-def]
    sarif = json.loads(run_cli("check", *corpus, "--format", "sarif").stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    [run] = sarif["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"HL101", "HL401"} <= set(rules)
    assert all(r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"] for r in rules.values())
    contradiction = next(
        r
        for r in run["results"]
        if r["ruleId"] == "HL401" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("beet.md")
    )
    [related] = contradiction["relatedLocations"]
    assert related["physicalLocation"]["region"]["snippet"]["text"] == "blood pressure soaring"
    assert (related["physicalLocation"]["region"]["startLine"], related["physicalLocation"]["region"]["startColumn"]) == (7, 23)
    found = set()
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert r["partialFingerprints"]["healthlint/v1"]
        found.add((loc["artifactLocation"]["uri"], loc["region"]["startLine"], loc["region"]["startColumn"], r["ruleId"]))
    expected = {
        (
            str(Path(p).resolve().relative_to(Path.cwd().resolve()).as_posix())
            if Path(p).resolve().is_relative_to(Path.cwd().resolve())
            else Path(p).resolve().as_uri(),
            line,
            col,
            rule,
        )
        for p, line, col, rule in _json_findings(run_cli, *corpus)
    }
    assert found == expected


def test_sarif_fingerprints_survive_edits_elsewhere(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.md", "# Tea\n\nIt is a game-changer.\n")

    def prints() -> set[str]:
        sarif = json.loads(run_cli("check", str(path), "--format", "sarif").stdout)
        return {r["partialFingerprints"]["healthlint/v1"] for r in sarif["runs"][0]["results"] if r["ruleId"] == "HL101"}

    before = prints()
    path.write_text("# Tea\n\nA new opening paragraph.\n\nIt is a game-changer.\n", encoding="utf-8")
    assert prints() == before and len(before) == 1


_LOCATED = re.compile(r"^(?P<path>.*):(?P<line>\d+):(?P<col>\d+): (?P<code>HL\d{3}) ")
_COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_commands_parse_back_to_the_json_findings(run_cli, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = tmp_path / "summary.md"
    result = run_cli("check", *corpus, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    found = set()
    for line in result.stdout.splitlines():
        m = _COMMAND.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group("props").split(","))
        props = {k: _unescape(v) for k, v in props.items()}
        found.add((props["file"], int(props["line"]), int(props["col"]), props["title"].split()[0]))
        assert "\n" not in m.group("message")
    assert found == _json_findings(run_cli, *corpus)
    assert any(f[0].endswith("odd, name: 100%.md") for f in found)  # commas, colons and % survive escaping
    text = summary.read_text(encoding="utf-8")
    assert "## healthlint" in text and "| file | score | grade |" in text and "### Top findings" in text


def test_junit_parses_with_one_case_per_file(run_cli, corpus) -> None:  # type: ignore[no-untyped-def]
    xml = run_cli("check", *corpus, "--format", "junit").stdout
    report = json.loads(run_cli("check", *corpus, "--format", "json").stdout)
    parsed = JUnitXml.fromstring(xml)
    cases = {case.name: case for suite in parsed for case in suite}
    assert set(cases) == {f["path"] for f in report["files"]}
    found = set()
    for f in report["files"]:
        failures = [r for r in cases[f["path"]].result if isinstance(r, Failure)]
        assert bool(failures) == (not f["passed"])
        for failure in failures:
            for line in failure.text.splitlines():
                m = _LOCATED.match(line)
                assert m, line
                found.add((m["path"], int(m["line"]), int(m["col"]), m["code"]))
    expected = {(f["path"], g["line"], g["column"], g["rule"]) for f in report["files"] if not f["passed"] for g in f["findings"]}
    assert found == expected


def test_concise_and_gitlab_agree_with_json(run_cli, corpus) -> None:  # type: ignore[no-untyped-def]
    expected = _json_findings(run_cli, *corpus)
    concise = set()
    for line in run_cli("check", *corpus, "--format", "concise").stdout.splitlines():
        m = _LOCATED.match(line)
        assert m, line
        concise.add((m["path"], int(m["line"]), int(m["col"]), m["code"]))
    assert concise == expected
    gitlab = json.loads(run_cli("check", *corpus, "--format", "gitlab").stdout)
    assert {
        (
            i["location"]["path"],
            i["location"]["positions"]["begin"]["line"],
            i["location"]["positions"]["begin"]["column"],
            i["check_name"],
        )
        for i in gitlab
    } == expected
    assert all(i["severity"] in {"info", "minor", "major"} and len(i["fingerprint"]) == 32 for i in gitlab)


@pytest.mark.parametrize("fmt", ["text", "json", "concise", "sarif", "github", "junit", "gitlab", "html"])
def test_exit_code_is_the_same_for_every_format_and_output(run_cli, write, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    bad = write("bad.md", "# Tea\n\nIt is completely safe and a game-changer.\n")
    clean = write("clean.md", "# Tea\n\nTea contains caffeine.\n\nThis article is for information only and is not medical advice.\n")
    assert run_cli("check", str(bad), "--format", fmt, "--fail-under", "99").exit_code == 1
    assert run_cli("check", str(bad), "--format", fmt, "--fail-under", "99", "-o", str(tmp_path / f"r.{fmt}")).exit_code == 1
    assert run_cli("check", str(bad), "--format", fmt, "--fail-under", "99", "--exit-zero").exit_code == 0
    assert run_cli("check", str(clean), "--format", fmt).exit_code == 0
    assert run_cli("check", str(bad), str(tmp_path / "missing.md"), "--format", fmt).exit_code == 2


def test_pre_commit_hook_runs_the_real_cli(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "healthlint" and hook["language"] == "python"
    entry = shlex.split(hook["entry"])
    assert entry[0] == "healthlint"
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("a.md", "b.markdown", "c.html", "d.htm", "e.txt"))
    assert not any(files.search(n) for n in ("setup.py", "x.json", "notes.md.bak"))
    bad = write("post.md", "# Tea\n\nIt is completely safe and a game-changer.\n\nIt is clinically proven to work for everybody.\n")
    result = run_cli(*entry[1:], "--fail-under", "80", str(bad))  # the args the documented config passes
    assert result.exit_code == 1
    assert re.search(r"^.*post\.md:3:7: HL102 ", result.stdout, re.M)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args], cwd=repo, check=True, capture_output=True)


def test_diff_mode_lints_only_changed_articles(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo = tmp_path / "site"
    (repo / "content").mkdir(parents=True)
    for name in ("old.md", "edited.md"):
        (repo / "content" / name).write_text("# Tea\n\nTea contains caffeine.\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    (repo / "content" / "edited.md").write_text("# Tea\n\nTea is a game-changer.\n", encoding="utf-8")
    (repo / "content" / "new.html").write_text("<p>A miracle cure.</p>", encoding="utf-8")
    (repo / "content" / "notes.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    report = json.loads(run_cli("check", "content", "--diff", "HEAD", "--format", "json").stdout)
    assert sorted(f["path"] for f in report["files"]) == ["content/edited.md", "content/new.html"]
    since = run_cli("check", "content", "--changed-since", "HEAD", "--format", "json")
    assert since.exit_code in (0, 1)
    assert sorted(f["path"] for f in json.loads(since.stdout)["files"]) == ["content/edited.md", "content/new.html"]
    bad_ref = run_cli("check", "content", "--diff", "no-such-ref")
    assert bad_ref.exit_code == 2 and "--diff no-such-ref" in bad_ref.stderr
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loose").mkdir()
    outside = run_cli("check", "loose", "--diff", "HEAD")
    assert outside.exit_code == 2 and "not a git repository" in outside.stderr


def test_documented_ci_recipes_run_as_written(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every healthlint command in docs/ci.md, run in a repository with a pull-request-like change."""
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    commands = [line.split("healthlint", 1)[1] for line in doc.splitlines() if re.match(r"^\s*(?:- run: |- )?healthlint check ", line)]
    assert len(commands) >= 4
    repo = tmp_path / "site"
    (repo / "content").mkdir(parents=True)
    (repo / "content" / "old.md").write_text("# Tea\n\nTea contains caffeine.\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    (repo / "content" / "new.md").write_text("# Tea\n\nTea is a completely safe game-changer.\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    for command in commands:
        args = shlex.split(command.replace("${{ github.base_ref }}", "base").replace("origin/base", "HEAD"))
        result = run_cli(*args, env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")})
        assert result.exit_code in (0, 1), (command, result.output)
    jsonschema.validate(json.loads((repo / "healthlint.sarif").read_text(encoding="utf-8")), SARIF_SCHEMA)
    assert JUnitXml.fromfile(str(repo / "healthlint-junit.xml"))
    assert json.loads((repo / "gl-code-quality.json").read_text(encoding="utf-8"))


def test_github_summary_lists_the_most_severe_findings_first(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """30 of 45 findings: every error, then the earliest warnings; each group in report order."""
    first = write(
        "a.md",
        "# Tea\n\n"
        + "".join(f"Cup {i} is a game-changer.\n\n" for i in range(20))
        + "".join(f"Cup {i} is completely safe.\n\n" for i in range(20)),
    )
    second = write("b.md", "# Tea\n\n" + "".join(f"Pot {i} is completely safe.\n\n" for i in range(5)))
    summary = tmp_path / "summary.md"
    run_cli("check", str(first), str(second), "--format", "github", "--select", "HL101,HL102", env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert "### Top findings (30 of 45)" in text
    listed = re.findall(r"^- `(.*):(\d+):\d+` \*\*(HL\d+)\*\* (\w+):", text, re.M)
    assert [severity for *_, severity in listed] == ["error"] * 25 + ["warning"] * 5
    errors = [(path, int(line)) for path, line, rule, _ in listed if rule == "HL102"]
    assert errors == [(str(first), 43 + 2 * i) for i in range(20)] + [(str(second), 3 + 2 * i) for i in range(5)]
    warnings = [(path, int(line)) for path, line, rule, _ in listed if rule == "HL101"]
    assert warnings == [(str(first), 3 + 2 * i) for i in range(5)]


def test_github_summary_of_an_input_error_only_run_has_no_empty_table(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = tmp_path / "summary.md"
    result = run_cli("check", str(tmp_path / "missing.md"), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 2
    text = summary.read_text(encoding="utf-8")
    assert "| file |" not in text and f"- error: `{tmp_path / 'missing.md'}`: no such file" in text
