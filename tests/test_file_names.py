"""Odd file names in every format: no raw control character reaches a terminal, no name splits a
`path:line:col` line, SARIF URIs are percent-encoded, XML and HTML stay well-formed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from junitparser import JUnitXml

from healthlint.model.text import printable
from tests.test_ci_formats import SARIF_SCHEMA

HOSTILE_NAMES = [
    "esc\x1b[31mred.md",
    "two\nlines.md",
    "carriage\rreturn.md",
    "with space.md",
    "100% sure #1?.md",
    "café 日本.md",
    "rtl\u202egnp.md",
    "colon: and, comma.md",
]
ARTICLE = "# Tea\n\nThis tea is completely safe and a game-changer.\n"
_LOCATED = re.compile(r"^(?P<path>.*):(?P<line>\d+):(?P<col>\d+): (?P<code>HL\d{3}) ")


def _raw_controls(text: str) -> set[str]:
    """Control characters other than the line ends and tabs a format may use itself."""
    return {ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"} | {ch for ch in text if ch == "\u202e"}


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles, by relative path from the working directory (so SARIF URIs are relative too)."""
    monkeypatch.chdir(tmp_path)
    for name in HOSTILE_NAMES:
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    return HOSTILE_NAMES


def _findings(run_cli, names: list[str]) -> list[tuple[str, int, int, str]]:  # type: ignore[no-untyped-def]
    report = json.loads(run_cli("check", *names, "--format", "json").stdout)
    assert [f["path"] for f in report["files"]] == names  # JSON carries the names exactly
    return [(f["path"], g["line"], g["column"], g["rule"]) for f in report["files"] for g in f["findings"]]


def test_terminal_report_escapes_names(run_cli, hostile) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("check", *hostile, env={"NO_COLOR": "1"}).stdout
    assert _raw_controls(out) == set()
    for name in hostile:
        assert re.search(rf"^{re.escape(printable(name))}:3:13 HL102 error", out, re.M), name


def test_error_lines_escape_names(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("check", str(tmp_path / "gone\x1b[2J\nnext.md"))
    assert result.exit_code == 2
    assert result.stderr == f"healthlint: error: {printable(str(tmp_path))}/gone\\x1b[2J\\nnext.md: no such file\n"


def test_concise_lines_are_one_per_finding(run_cli, hostile) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("check", *hostile, "--format", "concise").stdout
    assert _raw_controls(out) == set()
    found = []
    for line in out.splitlines():
        m = _LOCATED.match(line)
        assert m, line
        found.append((m["path"], int(m["line"]), int(m["col"]), m["code"]))
    assert found == [(printable(p), line, col, rule) for p, line, col, rule in _findings(run_cli, hostile)]


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_commands_keep_names_exact_and_summary_on_one_line(run_cli, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = tmp_path / "summary.md"
    out = run_cli("check", *hostile, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}).stdout
    found = []
    for line in out.splitlines():
        m = re.match(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$", line)
        assert m, line
        props = {k: _unescape(v) for k, v in (p.split("=", 1) for p in m["props"].split(","))}
        found.append((props["file"], int(props["line"]), int(props["col"]), props["title"].split()[0]))
    assert found == _findings(run_cli, hostile)  # GitHub's own escapes: the annotation names the real file
    text = summary.read_text(encoding="utf-8")
    assert _raw_controls(text) == set()
    rows = [line for line in text.splitlines() if line.startswith("| ") and "score" not in line and "---" not in line]
    assert [re.match(r"^\| `(.*)` \|", row)[1] for row in rows] == [printable(name) for name in hostile]  # type: ignore[index]


def test_sarif_uris_are_percent_encoded(run_cli, hostile) -> None:  # type: ignore[no-untyped-def]
    sarif = json.loads(run_cli("check", *hostile, "--format", "sarif").stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
    assert all(re.fullmatch(r"[A-Za-z0-9\-._~/%]+", uri) for uri in uris), uris
    assert [unquote(uri) for uri in uris] == [path for path, *_ in _findings(run_cli, hostile)]


def test_junit_is_well_formed_with_escaped_names(run_cli, hostile) -> None:  # type: ignore[no-untyped-def]
    xml = run_cli("check", *hostile, "--format", "junit", "--fail-under", "99").stdout
    cases = [case for suite in JUnitXml.fromstring(xml) for case in suite]
    assert [case.name for case in cases] == [printable(name) for name in hostile]
    for case in cases:
        for failure in case.result:
            assert all(_LOCATED.match(line) for line in failure.text.splitlines())
            assert {m["path"] for m in map(_LOCATED.match, failure.text.splitlines()) if m} == {case.name}


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []
        self._in: bool = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._in = ("class", "path") in attrs
            self.paths += [""] * self._in

    def handle_endtag(self, tag: str) -> None:
        self._in = self._in and tag != "h2"

    def handle_data(self, data: str) -> None:
        if self._in:
            self.paths[-1] += data


def test_html_shows_names_escaped(run_cli, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    run_cli("check", *hostile, "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert _raw_controls(page) == set()
    headings = _Headings()
    headings.feed(page)
    assert headings.paths == [printable(name) for name in hostile]


def test_gitlab_keeps_names_exact(run_cli, hostile) -> None:  # type: ignore[no-untyped-def]
    issues = json.loads(run_cli("check", *hostile, "--format", "gitlab").stdout)
    assert [i["location"]["path"] for i in issues] == [path for path, *_ in _findings(run_cli, hostile)]


@pytest.mark.parametrize("fmt", ["text", "json", "concise", "sarif", "github", "junit", "gitlab", "html"])
def test_a_name_that_is_not_utf8_is_reported_in_every_format(tmp_path: Path, fmt: str) -> None:
    """A byte that is not UTF-8 in a name (read as a lone surrogate) never ends the run with a traceback."""
    (tmp_path / os.fsdecode(b"bad\xff.md")).write_text("# Tea\n\nThis tea is completely safe and a game-changer.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", ".", "--format", fmt, "--fail-under", "99"],
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1 and proc.stderr == b"", proc.stderr
    out = proc.stdout.decode("utf-8")  # the report itself stays UTF-8
    if fmt == "json":
        assert os.fsencode(json.loads(out)["files"][0]["path"]) == b"./bad\xff.md"  # the exact name, as an escape
    elif fmt == "gitlab":
        assert os.fsencode(json.loads(out)[0]["location"]["path"]) == b"./bad\xff.md"
    elif fmt == "sarif":
        assert "bad%FF.md" in out
    else:
        assert "bad\\xff.md" in out.replace("<wbr>", ""), out
