"""The terminal report at the widths people have, in a real pseudo-terminal: nothing wider than the
terminal, carets under the flagged characters, the verdict column kept."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from rich.cells import cell_len

from healthlint.model.document import SourceSpan
from healthlint.model.findings import Finding
from healthlint.reporters.terminal import excerpt, wrap_path
from tests.conftest import EXAMPLES

LONG = (
    "# Turmeric\n\n"
    "Turmeric has been part of cooking for centuries, and in the last ten years sales in health shops have grown "
    "fast: this tea is completely safe for everyone, a claim that the label repeats in large print on every box sold.\n\n"
    "日本のお茶と😀絵文字を\tたくさん含む長い行の中でも、この製品は a game-changer だと書かれていますが根拠は示されていません。"
    "さらに説明が続きます。\n"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _in_pty(args: list[str], columns: int, cwd: Path, env: dict[str, str]) -> str:
    """Run healthlint with its output on a pseudo-terminal of the given width; return what it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "healthlint", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=cwd,
        env={**base, "TERM": "xterm-256color", **env},
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.wait(timeout=60)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[dict]]:
    folder = tmp_path_factory.mktemp("site") / "content" / "health-guides_2024"
    folder.mkdir(parents=True)
    (folder / "turmeric-tea-for-joint-pain-and-inflammation.md").write_text(LONG, encoding="utf-8")
    for example in sorted(EXAMPLES.iterdir()):
        (folder / example.name).write_bytes(example.read_bytes())
    files = sorted(str(p) for p in folder.iterdir())
    proc = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", *files, "--format", "json"], capture_output=True, text=True, cwd=folder
    )
    return folder, files, json.loads(proc.stdout)["files"]


def _under_carets(line: str, carets: str) -> str:
    """The characters of `line` in the screen cells the carets cover."""
    start, end = len(carets) - len(carets.lstrip()), len(carets.rstrip())
    shown, cells = [], 0
    for ch in line:
        if start <= cells < end:
            shown.append(ch)
        cells += cell_len(ch)
    return "".join(shown)


@pytest.mark.parametrize("colour", [True, False], ids=["colour", "no-colour"])
@pytest.mark.parametrize("columns", [80, 100, 120])
def test_report_fits_the_terminal(articles, columns: int, colour: bool) -> None:  # type: ignore[no-untyped-def]
    folder, files, report = articles
    raw = _in_pty(["check", *files], columns, folder, {} if colour else {"NO_COLOR": "1"})
    assert ("\x1b[" in raw) == colour
    out = _ANSI.sub("", raw)
    lines = out.splitlines()
    assert all(cell_len(line) <= columns for line in lines), max(lines, key=cell_len)

    # Every finding's carets sit under its text (its start, when the span is wider than the terminal).
    findings = [f for file in report for f in file["findings"]]
    carets = [i for i, line in enumerate(lines) if re.fullmatch(r" {4,}\^+", line)]
    assert len(carets) == len(findings)
    for i, f in zip(carets, findings, strict=True):
        under = _under_carets(lines[i - 1], lines[i])
        first_line = re.split(r"\r\n|\r|\n", f["text"])[0].replace("\t", " ")
        assert under and first_line.startswith(under), (under, f["text"])
        assert under == first_line or lines[i - 1].rstrip().endswith("…")

    # The summary keeps its verdict column and whole headers; each file has one verdict.
    summary = lines[next(i for i, line in enumerate(lines) if line.startswith("healthlint summary")) :]
    header = summary[1].split()
    assert header[0] == "file" and header[-1] == "result" and {"hype", "stuffing", "disclaimer", "conflicts", "other"} <= set(header)
    assert "…" not in summary[1]
    verdicts = [line.split()[-1] for line in summary[3:-1] if line.split() and line.split()[-1] in ("pass", "FAIL")]
    assert verdicts == ["pass" if f["passed"] else "FAIL" for f in report]
    assert summary[-1] == f"{len(report)} file(s), {sum(len(f['findings']) for f in report)} finding(s), 4 below threshold."


def _finding(source: str, text: str) -> Finding:
    start = source.index(text)
    line_start = source.rfind("\n", 0, start) + 1
    span = SourceSpan(start, start + len(text), source.count("\n", 0, start) + 1, start - line_start + 1, 1, 1, text)
    return Finding("HL101", "x", "superlative", "warning", "m", span)


def test_excerpt_is_cut_around_the_span_in_screen_cells() -> None:
    source = "x" * 300 + " 日本日本 a game-changer 日本 " + "y" * 300 + "\nnext line\n"
    before, span, after = excerpt(source, _finding(source, "game-changer"), 40)
    assert span == "game-changer"
    assert cell_len(before + span + after) == 40 or cell_len(before + span + after) == 39  # a wide character may leave one cell
    assert before.startswith("…") and after.endswith("…") and "next" not in after
    wide = "short line with a game-changer"
    assert excerpt(wide, _finding(wide, "game-changer"), 80) == ("short line with a ", "game-changer", "")
    huge = "a " + "very-long-span " * 20
    before, span, after = excerpt(huge, _finding(huge, huge[2:].rstrip()), 30)
    assert before == "…" and after == "…" and cell_len(before + span + after) == 30 and huge[2:].startswith(span)


def test_excerpt_shows_control_characters_as_one_cell() -> None:
    source = "tab\there, esc\x1b[2J then a game-changer.\n"
    before, span, _ = excerpt(source, _finding(source, "game-changer"), 80)
    assert "\x1b" not in before and before == "tab here, esc\ufffd[2J then a " and span == "game-changer"


def test_paths_wrap_after_separators() -> None:
    assert wrap_path("content/health-guides_2024/turmeric-tea.md", 20).split("\n") == ["content/health-", "guides_2024/", "turmeric-tea.md"]
    assert wrap_path("content/articles/2024/tea.md", 22).split("\n") == ["content/articles/2024/", "tea.md"]
    assert wrap_path("collagen-joints.txt", 17).split("\n") == ["collagen-joints", ".txt"]  # before a dot, not after it
    assert wrap_path("averyverylongnamewithoutbreaks", 10).split("\n") == ["averyveryl", "ongnamewit", "houtbreaks"]
