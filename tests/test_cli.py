"""The real CLI: exit codes, reports, configuration, suppression and bad input."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import EXAMPLES, ROOT, SCHEMA

CLEAN = "# Sunscreen\n\nSunscreen protects skin from UV light. Apply it before going out.\n\nThis article is for information only and is not a substitute for professional medical advice.\n"
HYPE = "# Tea\n\nThis tea is completely safe and a game-changer for sleep.\n"
# Enough hype to score below the default threshold of 80 (hype alone: stuffing and disclaimer rules are not counted on).
HEAVY = "# Tea\n\nOur tea is completely safe and a game-changer for sleep.\n\nIt is clinically proven to work for everybody.\n"


def _json(output: str) -> dict:
    report = json.loads(output)
    jsonschema.validate(report, SCHEMA)
    return report


def test_examples_report_validates_and_scores(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", str(EXAMPLES), "--format", "json")
    assert result.exit_code == 1
    report = _json(result.output)
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert set(by_name) == {p.name for p in EXAMPLES.iterdir()}
    assert by_name["sunscreen-basics.md"]["passed"] is True
    assert by_name["sunscreen-basics.md"]["score"] >= 80
    flawed = [f for name, f in by_name.items() if name != "sunscreen-basics.md"]
    assert all(not f["passed"] and f["score"] < 70 for f in flawed)
    # Each flawed example has hype, and together they show every kind of finding the loaded rules make.
    assert all(any(x["category"] == "superlative" for x in f["findings"]) for f in flawed)
    assert {x["category"] for f in flawed for x in f["findings"]} >= {"superlative", "contradiction"}
    assert all(f["score"] < by_name["sunscreen-basics.md"]["score"] for f in flawed)
    assert report["summary"] == {
        "files": 4,
        "findings": sum(len(f["findings"]) for f in report["files"]),
        "failed": 3,
        "mean_score": pytest.approx(sum(f["score"] for f in report["files"]) / 4, abs=0.1),
    }
    metrics = by_name["sunscreen-basics.md"]["metrics"]
    assert {"words", "sentences", "flesch_reading_ease", "flesch_kincaid_grade", "smog_index"} <= set(metrics)


def test_examples_report_the_declared_keyphrase(run_cli) -> None:  # type: ignore[no-untyped-def]
    """The keyword-stuffing analysis reports the keyphrase (needs the stuffing rules, being ported)."""
    report = _json(run_cli("check", str(EXAMPLES / "magnesium-for-sleep.md"), "--format", "json").output)
    stuffed = report["files"][0]["metrics"]["keyphrase"]
    assert stuffed["text"] == "magnesium for sleep" and stuffed["declared"] is True


def test_the_careful_example_has_no_findings(run_cli) -> None:  # type: ignore[no-untyped-def]
    report = _json(run_cli("check", str(EXAMPLES / "sunscreen-basics.md"), "--format", "json").output)
    [file] = report["files"]
    assert file["findings"] == [] and file["grade"] == "A"


def test_exit_codes(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    clean, hype = write("clean.md", CLEAN), write("hype.md", HYPE)
    assert run_cli("check", str(clean)).exit_code == 0
    assert run_cli("check", str(hype), "--fail-under", "50").exit_code == 0
    assert run_cli("check", str(hype), "--fail-under", "50", "--fail-on", "error").exit_code == 1
    assert run_cli("check", str(hype), "--fail-under", "99").exit_code == 1
    assert run_cli("check", str(hype), "--fail-under", "99", "--exit-zero").exit_code == 0
    assert run_cli("check", str(clean), "--format", "bogus").exit_code == 2


def test_output_file_and_exit_code_do_not_depend_on_format(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hype = write("hype.md", HYPE)
    out = tmp_path / "report.json"
    codes = {fmt: run_cli("check", str(hype), "--format", fmt, "--fail-under", "99").exit_code for fmt in ("text", "json", "concise")}
    assert set(codes.values()) == {1}
    result = run_cli("check", str(hype), "--format", "json", "--output", str(out), "--fail-under", "99")
    assert result.exit_code == 1 and result.output == ""
    assert _json(out.read_text(encoding="utf-8"))["files"][0]["findings"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("latin1.md", "Caf\xe9 is completely safe".encode("latin-1"), "not valid UTF-8"),
        ("empty.md", b"   \n\n", "empty file"),
        ("front.md", b"---\ntitle: [unclosed\n---\n\nBody text here.\n", "invalid YAML front matter"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_others_still_linted(run_cli, write, name: str, content: bytes, problem: str) -> None:  # type: ignore[no-untyped-def]
    bad = write(name, content)
    good = write("good.md", HYPE)
    result = run_cli("check", str(bad), str(good), "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in report["files"]] == ["good.md"]
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 1 and errors[0].startswith("healthlint: error: ") and str(bad) in errors[0] and problem in errors[0]
    assert "Traceback" not in result.output


def test_missing_path_and_huge_file(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", "no/such/file.md")
    assert result.exit_code == 2 and "no/such/file.md: no such file" in result.stderr
    big = write("big.md", "word " * (11 * 1024 * 1024 // 5))
    result = run_cli("check", str(big))
    assert result.exit_code == 2 and "file is too large" in result.stderr


def test_never_writes_the_files_it_reads(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.md", HYPE)
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    run_cli("check", str(path), "--format", "json")
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    link = path.parent / "report.json"
    link.symlink_to(path)
    for same in (path, path.parent / "." / path.name, link):  # the same file by any path
        result = run_cli("check", str(path), "--output", str(same))
        assert result.exit_code == 2 and "--output would overwrite" in result.stderr
    assert path.read_text(encoding="utf-8") == HYPE


def test_config_discovery_select_ignore_and_severity(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = write("site/articles/a.md", HYPE)
    write(
        "site/pyproject.toml",
        '[project]\nname = "site"\n\n[tool.healthlint]\nignore = ["HL101"]\nseverity = { HL102 = "info" }\n',
    )
    report = _json(run_cli("check", str(article), "--format", "json").output)
    found = {(f["rule"], f["severity"]) for f in report["files"][0]["findings"]}
    assert ("HL102", "info") in found and not any(rule == "HL101" for rule, _ in found)
    report = _json(run_cli("check", str(article), "--format", "json", "--select", "superlative", "--ignore", "HL102").output)
    assert {f["rule"] for f in report["files"][0]["findings"]} == {"HL101"}


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        ("[tool.healthlint]\nselec = ['HL1']\n", "unknown key `selec`"),
        ("[tool.healthlint]\nfail-under = 'high'\n", "`fail-under` must be a number"),
        ("[tool.healthlint]\nseverity = { HL999 = 'error' }\n", "unknown rule HL999"),
        ("[tool.healthlint]\ndisclaimer = { house-txt = 'x' }\n", "unknown key `disclaimer.house-txt`"),
        ("[tool.healthlint\n", "invalid TOML"),
    ],
)
def test_bad_config_is_exit_2_with_the_key(run_cli, write, config: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    article = write("a.md", HYPE)
    cfg = write("pyproject.toml", config)
    result = run_cli("check", str(article), "--config", str(cfg))
    assert result.exit_code == 2
    assert problem in result.stderr and str(cfg) in result.stderr


def test_unknown_selector_is_a_usage_error(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", str(write("a.md", HYPE)), "--select", "HL7")
    assert result.exit_code == 2 and "`HL7` matches no rule" in result.stderr


def test_broken_extend_rules_pack(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    pack = write("packs/house.yaml", "pack: house\nrules:\n  - code: HL950\n    name: x\n")
    cfg = write("healthlint.toml", 'extend-rules = ["packs/house.yaml"]\n')
    result = run_cli("check", str(write("a.md", HYPE)), "--config", str(cfg))
    assert result.exit_code == 2
    assert f"{pack}: line 3: rule is missing `type`" in result.stderr


def test_suppression_comments(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    text = (
        "# Tea\n\n<!-- healthlint-disable-next-line HL102 -->\nOur tea has no side effects.\n\n"
        "<!-- healthlint-disable -->\nA game-changer that has no side effects.\n<!-- healthlint-enable -->\n\n"
        "Another game-changer, with no side effects.\n"
    )
    report = _json(run_cli("check", str(write("a.md", text)), "--format", "json", "--select", "HL1").output)
    found = [(f["rule"], f["line"], f["column"]) for f in report["files"][0]["findings"]]
    assert found == [("HL101", 10, 9), ("HL102", 10, 28)]
    # Without the comments, the same text has the suppressed findings too.
    bare = "\n".join(line for line in text.splitlines() if not line.startswith("<!--")) + "\n"
    report = _json(run_cli("check", str(write("b.md", bare)), "--format", "json", "--select", "HL1").output)
    assert len(report["files"][0]["findings"]) == 5
    html = "<p><!-- healthlint-disable HL101 -->A game-changer, with no side effects.</p>"
    report = _json(run_cli("check", str(write("a.html", html)), "--format", "json", "--select", "HL1").output)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["HL102"]


def test_stdin_with_filename(run_cli) -> None:  # type: ignore[no-untyped-def]
    html = "<html><body><p>A miracle cure, completely&nbsp;safe.</p></body></html>"
    result = run_cli("check", "-", "--stdin-filename", "page.html", "--format", "json", input=html)
    report = _json(result.output)
    assert report["files"][0]["path"] == "page.html"
    found = {(f["rule"], f["text"], f["column"]) for f in report["files"][0]["findings"] if f["category"] == "superlative"}
    # Read as HTML: the finding's text is the page's own (entity and all), and columns count the page's characters.
    assert found == {
        ("HL101", "A miracle cure", html.index("A miracle") + 1),
        ("HL102", "completely&nbsp;safe", html.index("completely") + 1),
    }


def test_text_report_and_statistics(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.md", HYPE)
    result = run_cli("check", str(path), "--statistics", "--fail-under", "0", env={"NO_COLOR": "1"})
    out = result.output
    assert f"{path}:3:13 HL102 error" in out
    assert "^^^^^^^^^^^^^^^" in out and "suggestion:" in out
    assert "healthlint summary" in out and "findings per rule" in out
    assert "\x1b[" not in out
    concise = run_cli("check", str(path), "--format", "concise", "--fail-under", "0").output.splitlines()
    assert f"{path}:3:13: HL102 'completely safe' is an absolute safety claim: no active treatment is free of risk for everyone." in concise


def test_rules_explain_and_version(run_cli) -> None:  # type: ignore[no-untyped-def]
    listing = run_cli("rules", "--format", "json")
    rules = json.loads(listing.output)
    assert {f"HL{n}" for n in (*range(101, 113), *range(401, 409))} <= {r["code"] for r in rules}
    assert {r["code"]: r["type"] for r in rules}["HL401"] == "opposite-effects"
    table = run_cli("rules").output
    assert "hype-term" in table and "superlative" in table
    explained = " ".join(run_cli("explain", "HL101").output.split())
    assert "HL101 hype-term" in explained and "Abola & Prasad" in explained and "Flagged:" in explained
    assert run_cli("explain", "HL999").exit_code == 2
    assert run_cli("--version").output.strip().endswith("0.1.0")


def test_subprocess_module_entry_point(tmp_path: Path) -> None:
    """As a user runs it: a separate process, `python -m healthlint`, real files."""
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", str(EXAMPLES / "collagen-joints.txt"), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    report = _json(proc.stdout)
    assert any(f["rule"] == "HL103" and f["text"] == "is guaranteed to rebuild" for f in report["files"][0]["findings"])


@pytest.mark.parametrize(("content", "code"), [(CLEAN, 0), (HEAVY, 1), (b"\xff\xfe\x00broken", 2)])
def test_a_check_process_ends_with_its_exit_code_and_all_its_output(run_cli, write, content: str | bytes, code: int) -> None:  # type: ignore[no-untyped-def]
    """A check leaves without tearing its rules down: every exit code, and every byte of a long report written
    to a pipe and to --output, must still come through as the in-process run gives them."""
    target = write("article.md", content)
    argv = ["check", str(target), str(EXAMPLES), "--format", "json"]
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "healthlint", *argv], capture_output=True, text=True, env=env, cwd=target.parent)
    expected = run_cli(*argv)
    assert proc.returncode == expected.exit_code == max(code, 1), proc.stderr
    assert json.loads(proc.stdout) == json.loads(expected.stdout) and len(proc.stdout) > 10_000
    report = target.parent / "report.json"
    again = subprocess.run([sys.executable, "-m", "healthlint", *argv, "-o", str(report)], capture_output=True, text=True, env=env)
    assert again.returncode == proc.returncode and json.loads(report.read_text(encoding="utf-8")) == json.loads(proc.stdout)
    alone = subprocess.run([sys.executable, "-m", "healthlint", "check", str(target)], capture_output=True, text=True, env=env)
    assert alone.returncode == code, alone.stderr
    assert (f"{target}: " in alone.stderr) == (code == 2) and "Traceback" not in alone.stderr


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    """`healthlint check ... | true`: the report's reader has gone before the report is written."""
    env = {**os.environ, "NO_COLOR": "1"}
    argv = [sys.executable, "-m", "healthlint", "check", str(EXAMPLES), "--no-cache"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    problems = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1 and "Traceback" not in problems and "Exception" not in problems, problems


def test_readability_works_offline(tmp_path: Path) -> None:
    """textstat must not reach for the network: sockets are disabled in the child process."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n    raise OSError('network disabled for this test')\n"
        "socket.socket = refuse\nsocket.create_connection = refuse\n"
        "from healthlint.readers import parse\nfrom healthlint.readability.metrics import readability\n"
        "doc = parse('a.txt', 'Patients should take the tablets twice daily. Doctors recommend rest.')\n"
        "m = readability(doc)\nassert m['flesch_kincaid_grade'] > 0 and m['smog_index'] >= 0, m\nprint('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NLTK_DATA": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_wheel_ships_the_rule_packs(tmp_path: Path) -> None:
    """The built wheel carries rules/ inside the package."""
    import zipfile

    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("healthlint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for pack in (ROOT / "rules").glob("*.yaml"):
        assert f"healthlint/rules/{pack.name}" in names


def test_directories_are_walked_with_include_and_exclude_globs(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("site/a.md", "site/b.html", "site/c.txt", "site/deep/d.markdown", "site/drafts/e.md", "site/notes.py", "site/.git/f.md"):
        write(name, HYPE)
    site = str(tmp_path / "site")
    report = json.loads(run_cli("check", site, "--format", "json").stdout)
    names = [Path(f["path"]).relative_to(tmp_path / "site").as_posix() for f in report["files"]]
    assert names == ["a.md", "b.html", "c.txt", "deep/d.markdown", "drafts/e.md"]
    report = json.loads(run_cli("check", site, "--format", "json", "--exclude", "drafts", "--include", "*.md").stdout)
    assert [Path(f["path"]).name for f in report["files"]] == ["a.md"]


PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Tea</title></head><body><h1>Tea</h1><p>A miracle cure, completely safe.</p>\n"
    "<p>Our tea is clinically proven to work for everybody, with no side effects.</p></body></html>\n"
)


def _stdin_findings(result) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return [(f["rule"], f["line"], f["column"]) for f in _json(result.stdout)["files"][0]["findings"]]


def test_stdin_is_sniffed_and_the_reader_said_once(run_cli) -> None:  # type: ignore[no-untyped-def]
    """HTML piped in with no name is read as HTML, as with --stdin-filename page.html, and stderr says so."""
    named = run_cli("check", "-", "--stdin-filename", "page.html", "--format", "json", input=PAGE)
    assert named.stderr == ""  # the name said which reader: nothing to note
    sniffed = run_cli("check", "-", "--format", "json", input=PAGE)
    assert _stdin_findings(sniffed) == _stdin_findings(named) and len(_stdin_findings(named)) >= 3
    assert _json(sniffed.stdout)["files"][0]["path"] == "stdin.html"
    assert sniffed.stderr.splitlines() == [
        "healthlint: note: standard input read as HTML (it starts as an HTML page); --stdin-filename NAME picks the reader by its extension"
    ]
    markdown = run_cli("check", "-", "--format", "json", input="---\ntitle: Tea\n---\n\n" + HYPE)
    assert _json(markdown.stdout)["files"][0]["path"] == "stdin.md"
    assert markdown.stderr.count("\n") == 1 and "read as Markdown (it opens with front matter)" in markdown.stderr


def test_stdin_sniffing_as_a_subprocess(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", "-", "--format", "concise"],
        input=PAGE,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1, proc.stderr
    assert "stdin.html:2:75: HL102" in proc.stdout
    assert "read as HTML" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        (
            "[tool.healthlint]\ndisclaimer = { house-pattern = ['x'] }\n",
            "`disclaimer.house-pattern` must be a regular expression in a string, not a list (['x'])",
        ),
        ("[tool.healthlint]\ndisclaimer = { house-pattern = '' }\n", "`disclaimer.house-pattern` must be a regular expression in a string"),
        ("[tool.healthlint]\ndisclaimer = { house-text = 3 }\n", "`disclaimer.house-text` must be a non-empty string, not a number (3)"),
        (
            "[tool.healthlint]\nstuffing = { min-words = 'ten' }\n",
            "`stuffing.min-words` must be a whole number of 1 or more, not a string ('ten')",
        ),
        (
            "[tool.healthlint]\nstuffing = { min-words = -5 }\n",
            "`stuffing.min-words` must be a whole number of 1 or more, not a number (-5)",
        ),
        ("[tool.healthlint]\nstuffing = { min-words = 2.5 }\n", "`stuffing.min-words` must be a whole number"),
        ("[tool.healthlint]\nstuffing = { min-words = true }\n", "`stuffing.min-words` must be a whole number"),
        (
            "[tool.healthlint]\nseverity = { HL101 = 'fatal' }\n",
            "`severity.HL101` must be one of error, warning, info, not a string ('fatal')",
        ),
        ("[tool.healthlint]\nseverity = 'error'\n", "`severity` must be a table of rule codes"),
        ("[tool.healthlint]\nselect = [1]\n", "`select` must be a list of non-empty strings"),
        ("[tool.healthlint]\nexclude = ['']\n", "`exclude` must be a list of non-empty strings"),
        ("[tool.healthlint]\nkeyphrase = 5\n", "`keyphrase` must be a non-empty string, not a number (5)"),
        ("[tool.healthlint]\nfail-on = 'sometimes'\n", "`fail-on` must be one of none, error, warning, info"),
        ("[tool.healthlint]\nfail-under = 120\n", "`fail-under` must be a number from 0 to 100, not a number (120)"),
        ("[tool.healthlint]\nextend-rules = ['no-such-pack.yaml']\n", "`extend-rules`: no-such-pack.yaml does not exist"),
    ],
)
def test_config_values_are_checked_by_type_and_range(run_cli, write, config: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    cfg = write("pyproject.toml", config)
    result = run_cli("check", str(write("a.md", HYPE)), "--config", str(cfg))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"healthlint: error: {cfg}: {problem}")


def test_extend_rules_folder_without_a_pack_is_an_error(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "house-rules").mkdir()
    write("house-rules/notes.txt", "not a pack")
    cfg = write("healthlint.toml", 'extend-rules = ["house-rules/"]\n')
    result = run_cli("check", str(write("a.md", HYPE)), "--config", str(cfg))
    assert result.exit_code == 2
    assert result.stderr == f"healthlint: error: {cfg}: `extend-rules`: folder house-rules/ holds no rule pack (*.yaml)\n"


def test_house_pattern_list_no_longer_matches_any_apostrophe(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    """`["x"]` used to become the regex `['x']`: any article with an apostrophe had the house disclaimer."""
    article = write("a.md", "# Tea\n\nIt's a warm drink. This article is for information only and is not medical advice.\n")
    good = write("good.toml", "disclaimer = { house-pattern = 'Reviewed by our board' }\n")
    report = _json(run_cli("check", str(article), "--config", str(good), "--format", "json").stdout)
    assert "HL303" in {f["rule"] for f in report["files"][0]["findings"]}
    assert run_cli("check", str(article), "--config", str(write("bad.toml", "disclaimer = { house-pattern = ['x'] }\n"))).exit_code == 2


def test_stuffing_min_words_is_read(run_cli) -> None:  # type: ignore[no-untyped-def]
    """`[stuffing] min-words` was accepted and never read; it sets the shortest article whose keyphrase density counts."""
    article = str(EXAMPLES / "magnesium-for-sleep.md")

    def rules(*config: str) -> set[str]:
        result = run_cli("check", article, "--format", "json", *config)
        return {f["rule"] for f in _json(result.stdout)["files"][0]["findings"]}

    assert "HL201" in rules()
    cfg = Path("healthlint.toml")
    cfg.write_text("[stuffing]\nmin-words = 100000\n", encoding="utf-8")
    assert "HL201" not in rules("--config", str(cfg))


@pytest.mark.parametrize(
    ("args", "given"),
    [
        (("--select", "hype-term", "--ignore", "HL101"), "--select hype-term --ignore HL101"),
        (("--ignore", "ALL"), "--ignore ALL"),
        (("--select", "HL1", "--ignore", "superlative"), "--select HL1 --ignore superlative"),
    ],
)
def test_a_run_that_selects_no_rule_is_a_usage_error(run_cli, write, args: tuple[str, ...], given: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", str(write("a.md", HYPE)), *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"healthlint: error: --select/--ignore: no rule is left to run ({given})\n"


def test_column_names_are_selectors_too(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    """The summary's columns say hype, stuffing, conflicts: --select and --ignore take those names and the category ids."""
    path = str(
        write(
            "a.md",
            "# Beet juice\n\nBeet juice is a game-changer.\n\nBeet juice lowers blood pressure.\n\nBeet juice raises blood pressure.\n",
        )
    )
    table = run_cli("check", path, env={"NO_COLOR": "1"}).stdout.splitlines()
    header = next(line for line in table if line.startswith("file"))
    labels = header.split()[3:-2]  # between grade and other, result
    assert labels == ["hype", "stuffing", "disclaimer", "conflicts"]
    for label, category in (("hype", "superlative"), ("disclaimer", "disclaimer"), ("conflicts", "contradiction")):
        by_label = run_cli("check", path, "--format", "json", "--select", label)
        by_id = run_cli("check", path, "--format", "json", "--select", category)
        assert by_label.exit_code != 2, by_label.stderr
        assert by_label.stdout == by_id.stdout
        assert {f["category"] for f in _json(by_label.stdout)["files"][0]["findings"]} == {category}
    ignored = _json(run_cli("check", path, "--format", "json", "--ignore", "hype").stdout)
    assert {f["category"] for f in ignored["files"][0]["findings"]} == {"contradiction", "disclaimer"}
    ignored = _json(run_cli("check", path, "--format", "json", "--ignore", "conflicts,disclaimer").stdout)
    assert {f["category"] for f in ignored["files"][0]["findings"]} == {"superlative"}


DIRECTIVES = (
    "# Tea\n\n"
    "<!-- healthlint-disable-line HL101 -->\n"  # line 3: not a directive; it used to disable HL101 to the end of the file
    "A game-changer.\n\n"
    "<!-- healthlint-disable-next-line HL999 -->\n"  # line 6: no such rule
    "It is completely safe.\n\n"
    "<!-- healthlint-disable-next-line hype-term -->\n"  # line 9: names are not codes
    "Another game-changer.\n\n"
    "<!-- healthlint-disable-next-line HL102 -- the label's own words -->\n"  # line 12: a directive with a reason
    "Quoted: completely safe.\n"
)


def test_unknown_directives_and_codes_are_warned_with_file_and_line(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.md", DIRECTIVES)
    for _ in range(2):  # the second run is answered from the cache and warns all the same
        result = run_cli("check", str(path), "--format", "json", "--fail-under", "0")
        assert result.exit_code == 0  # warnings leave the exit code alone
        assert result.stderr.splitlines() == [
            f"healthlint: warning: {path}:3: unknown directive `healthlint-disable-line` suppresses nothing "
            "(known: healthlint-disable, healthlint-enable, healthlint-disable-next-line)",
            f"healthlint: warning: {path}:6: `HL999` in `healthlint-disable-next-line` matches no rule and suppresses nothing",
            f"healthlint: warning: {path}:9: `hype-term` in `healthlint-disable-next-line` is not a rule code (such as HL101 or HL1) "
            "and suppresses nothing",
        ]
        found = {(f["rule"], f["line"]) for f in _json(result.stdout)["files"][0]["findings"]}
        assert {("HL101", 4), ("HL102", 7), ("HL101", 10)} <= found  # nothing suppressed by the broken ones
        assert ("HL102", 13) not in found  # the one with a reason works
    assert run_cli("check", str(path), "--fail-under", "99").exit_code == 1  # the unsuppressed findings still count


def test_directive_in_plain_text_is_warned_as_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Tea\n\n<!-- healthlint-disable HL101 -->\nA game-changer.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", str(path), "--format", "concise"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert f"{path}:4:3: HL101" in proc.stdout
    assert proc.stderr == (
        f"healthlint: warning: {path}:3: `healthlint-disable` is ignored: suppression comments work in Markdown and HTML only\n"
    )


def test_input_error_only_run_prints_no_empty_summary(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", "no/such/file.md", env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "healthlint: error: no/such/file.md: no such file\n"
    article = str(write("a.md", HEAVY))
    alone = _json(run_cli("check", article, "--format", "json").stdout)["files"][0]
    assert alone["score"] < 80
    both = run_cli("check", "no/such/file.md", article, env={"NO_COLOR": "1"})
    assert both.exit_code == 2
    assert both.stdout.splitlines()[-1] == f"1 file(s), {len(alone['findings'])} finding(s), 1 below threshold, 1 input error(s)."


def test_pytest_shows_why_tests_skip(tmp_path: Path) -> None:
    """The project's pytest options report skip reasons, so a CI log says why the browser test did not run."""
    test = tmp_path / "test_skips.py"
    test.write_text("import pytest\n\ndef test_browser():\n    pytest.skip('no Chromium installed here')\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            str(test),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout
    assert "SKIPPED [1]" in proc.stdout and "no Chromium installed here" in proc.stdout
