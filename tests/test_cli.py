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
    assert by_name["sunscreen-basics.md"]["findings"] == []
    assert by_name["sunscreen-basics.md"]["passed"] is True
    assert by_name["sunscreen-basics.md"]["grade"] == "A"
    flawed = [f for name, f in by_name.items() if name != "sunscreen-basics.md"]
    assert all(not f["passed"] and f["score"] < 70 for f in flawed)
    assert report["summary"] == {
        "files": 4,
        "findings": sum(len(f["findings"]) for f in report["files"]),
        "failed": 3,
        "mean_score": pytest.approx(sum(f["score"] for f in report["files"]) / 4, abs=0.1),
    }
    metrics = by_name["sunscreen-basics.md"]["metrics"]
    assert {"words", "sentences", "flesch_reading_ease", "flesch_kincaid_grade", "smog_index"} <= set(metrics)
    stuffed = by_name["magnesium-for-sleep.md"]["metrics"]["keyphrase"]
    assert stuffed["text"] == "magnesium for sleep" and stuffed["declared"] is True


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
        "# Tea\n\n<!-- healthlint-disable-next-line HL102 -->\nIt is completely safe.\n\n"
        "<!-- healthlint-disable -->\nA game-changer that is risk-free.\n<!-- healthlint-enable -->\n\n"
        "Another game-changer, completely safe.\n"
    )
    report = _json(run_cli("check", str(write("a.md", text)), "--format", "json", "--select", "HL1").output)
    found = [(f["rule"], f["line"]) for f in report["files"][0]["findings"]]
    assert found == [("HL101", 10), ("HL102", 10)]
    html = "<p><!-- healthlint-disable HL101 -->A game-changer, completely safe.</p>"
    report = _json(run_cli("check", str(write("a.html", html)), "--format", "json", "--select", "HL1").output)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["HL102"]


def test_stdin_with_filename(run_cli) -> None:  # type: ignore[no-untyped-def]
    html = "<html><body><p>A miracle cure, completely safe.</p></body></html>"
    result = run_cli("check", "-", "--stdin-filename", "page.html", "--format", "json", input=html)
    report = _json(result.output)
    assert report["files"][0]["path"] == "page.html"
    assert {f["text"] for f in report["files"][0]["findings"] if f["category"] == "superlative"} == {
        "miracle cure",
        "completely safe",
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
    assert {"HL101", "HL201", "HL301"} <= {r["code"] for r in rules}
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
    assert any(f["rule"] == "HL103" and f["text"] == "guaranteed" for f in report["files"][0]["findings"])


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
