"""Hostile input: whatever lands in a repository, healthlint finishes, says in one line what is wrong, and lints the rest.

Each case builds, in a temporary folder, something bad beside a good article
(all of it generated here) and runs the real CLI in a separate process. It
checks the exit code; exactly one line on standard error, naming the bad file
(or none, when the input is merely strange and gets a normal report); no
traceback; the good article still reported; every input unchanged; and a
generous bound on time, 20 s on a 2-core machine. The child's peak memory is
read from the kernel when it exits; with HEALTHLINT_HOSTILE_REPORT set to a
file, each case's time and memory are appended there as JSON lines.

Where most of the work is in the rule checks (the rule engine's patterns are
tried at every token, so a file of a million tokens takes many seconds), a
case runs with a per-file deadline of 2 s and accepts either outcome: a
normal report, or the deadline's one line naming the file and the stage it
stopped in. The 10 MiB line is one of them; how the readers' work grows on
each of these shapes is asserted in test_scaling.py.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import random
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import put

TIME_LIMIT = 20.0
MEMORY_LIMIT_MIB = 1536  # nothing runs away (the worst cases seen before this suite: 7 and 8 GB); the figures are reported
GOOD = (
    "# Sunscreen\n\nSunscreen protects skin from UV light. Apply it before going out.\n\n"
    "This article is for information only and is not a substitute for professional medical advice.\n"
)
MIB = 1024 * 1024


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    peak_mib: int

    @property
    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def report(self) -> dict:
        return json.loads(self.out)


def _drop_read_override() -> None:
    """In the child: give up root's power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), for what it runs."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # PR_CAPBSET_DROP = 24
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _unreadable_files_possible(folder: Path) -> Callable[[], None] | None:
    """How to run the CLI so that a file without read permission cannot be read: as is, or as root without its override.

    Skips the test, saying why, when neither works (root that cannot drop capabilities reads everything).
    """
    if os.geteuid() != 0:
        return None
    probe = folder / "probe"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    try:
        blocked = subprocess.run(["cat", str(probe)], capture_output=True, preexec_fn=_drop_read_override).returncode != 0
    except (OSError, subprocess.SubprocessError):
        blocked = False
    probe.unlink()
    if not blocked:
        pytest.skip("running as root, which can read every file, and its capabilities cannot be dropped here")
    return _drop_read_override


def _snapshot(folder: Path) -> dict[str, tuple[int, str, int]]:
    """Every entry under the folder, as it is: type, contents' hash (or a link's target), modification time."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and info.st_mode & stat.S_IRUSR:
                with open(path, "rb") as file:
                    digest = hashlib.file_digest(file, "sha256").hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path)
            else:
                digest = ""
            found[path] = (stat.S_IFMT(info.st_mode), digest, info.st_mtime_ns)
    return found


def run_cli(*args: str, cwd: Path, stdin: int | None = None, preexec: Callable[[], None] | None = None) -> Run:
    """The real CLI in its own process, stopped at TIME_LIMIT; its peak memory read when it is reaped."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "healthlint", "check", *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL if stdin is None else stdin,
            stdout=out,
            stderr=err,
            preexec_fn=preexec,
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > TIME_LIMIT:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                pytest.fail(f"healthlint {' '.join(args)} ran past {TIME_LIMIT:g} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), seconds, usage.ru_maxrss // 1024
        )


def _record(name: str, run: Run) -> None:
    target = os.environ.get("HEALTHLINT_HOSTILE_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(json.dumps({"case": name, "seconds": round(run.seconds, 2), "peak_mib": run.peak_mib, "exit": run.code}) + "\n")


# -- the cases ---------------------------------------------------------------------------------------

Builder = Callable[[Path], object]  # writes something into the folder it is given


@dataclass
class Case:
    """Something bad to write into a folder beside good.md, and what healthlint must answer.

    expect: "error" (exit 2, one line naming `bad` and saying `problem`), "report" (a normal report of
    every file), "unread" (a normal report, and one warning naming `bad` and the analysis limit),
    "deadline" (a report, or the deadline's line naming `bad`), "abort" (exit 2, one line
    naming `bad`, nothing linted: a broken config or rule pack), "any" (no traceback, exit 0, 1 or 2).
    """

    name: str
    build: Builder
    expect: str
    bad: str = "x.md"
    problem: str = ""
    args: tuple[str, ...] = ()
    unreadable: str = ""  # a path made unreadable once built (the test needs a way for that to hold)
    lines_named: list[str] = field(default_factory=list)  # for "slow pattern": the one line must name these


def _write(name: str, content: str | bytes) -> Builder:
    return lambda folder: put(folder / name, content)


def _both(*builds: Builder) -> Builder:
    def build(folder: Path) -> None:
        for step in builds:
            step(folder)

    return build


def _sparse(name: str, size: int) -> Builder:
    def build(folder: Path) -> None:
        with open(folder / name, "wb") as file:
            file.truncate(size)

    return build


def _link(name: str, target: str) -> Builder:
    return lambda folder: (folder / name).symlink_to(target)


def _fifo(name: str) -> Builder:
    return lambda folder: os.mkfifo(folder / name)


def _laughs(levels: int, indent: str = "") -> str:
    """A YAML "billion laughs": each level lists the one before ten times, through aliases."""
    lines = [f"{indent}l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"{indent}l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


def _one_line(size: int) -> str:
    """A line of `size` characters that never ends a sentence: common and made-up words, a little hype."""
    rng = random.Random(17)
    common = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "with",
        "as",
        "was",
        "on",
        "be",
        "by",
        "this",
        "are",
        "or",
        "from",
        "at",
        "which",
        "an",
        "have",
        "not",
        "they",
        "has",
    ]
    made = ["".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    hype = ["miracle", "completely safe", "game-changer", "clinically proven", "no side effects", "without sedation", "sedative properties"]
    words, length = [], 0
    while length < size:
        r = rng.random()
        word = rng.choice(hype) if r < 0.002 else rng.choice(common) if r < 0.5 else rng.choice(made)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[: size - 1] + "\n"


def _pack(name: str, body: str) -> Builder:
    """A rule pack under packs/ and a config that extends the rules with it."""
    return _both(_write(f"packs/{name}", body), _write("healthlint.toml", f'extend-rules = ["packs/{name}"]\n'))


_RULE = "category: house\nrules:\n  - code: HL901\n    name: house-rule\n    type: pattern\n    severity: warning\n    message: \"'{match}' is not ours.\"\n"
_SLOW_PACK = _RULE + "    params:\n      patterns: ['/(?:a|aa)+$/']\n"  # a token test: one word at a time
_SLOW_TEXT = "".join(f"# Note {n}\n\nSome text " + "a" * 40 + "b!\n" for n in range(3))

# The deadline of the cases whose work is mostly in the rules: long enough to read the file (the readers'
# growth on each such shape is asserted in test_scaling.py), short enough to keep the suite quick.
QUICK = ("--deadline", "2")

CASES = [
    # Bad files: one line each, the others linted.
    Case("binary", _write("x.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "error", problem="binary file"),
    Case("not utf-8", _write("x.md", "Café is completely safe.".encode("latin-1")), "error", problem="not valid UTF-8"),
    Case("empty", _write("x.md", ""), "error", problem="empty file"),
    Case("whitespace only", _write("x.md", " \n\t\r\n" * 1000), "error", problem="empty file"),
    Case("50 MB", _sparse("x.md", 50 * MIB), "error", problem="file is too large (50 MiB; the limit is 10 MiB)"),
    Case("broken front matter", _write("x.md", "---\ntitle: [unclosed\n---\n\nBody text.\n"), "error", problem="invalid YAML front matter"),
    Case("front matter laughs", _write("x.md", f"---\n{_laughs(9)}---\n\nBody text.\n"), "error", problem='"billion laughs"'),
    Case("front matter nesting", _write("x.md", "---\na: " + "[" * 200 + "]" * 200 + "\n---\n\nBody.\n"), "error", problem="nested"),
    Case("fifo", _fifo("x.md"), "error", problem="named pipe (FIFO), not a regular file"),
    Case("link to /dev/zero", _link("x.md", "/dev/zero"), "error", problem="character device, not a regular file"),
    Case("link to /dev/urandom", _link("x.md", "/dev/urandom"), "error", problem="character device, not a regular file"),
    Case("symlink loop", _link("x.md", "x.md"), "error", problem="symbolic link loop"),
    Case("folder linked to itself", _link("loop", "."), "report"),
    Case("dangling symlink", _link("x.md", "nowhere.md"), "error", problem="broken symbolic link"),
    Case("unreadable file", _write("x.md", GOOD), "error", problem="permission denied", unreadable="x.md"),
    Case("unreadable folder", _write("private/x.md", GOOD), "error", "private", "cannot list", unreadable="private"),
    Case("utf-16 (issue 19)", _write("x.md", "# Tea\n\nTea is completely safe.\n".encode("utf-16")), "any"),
    Case("lone CR (issue 19)", _write("x.md", "# Tea\r\rTea is completely safe.\rIt may help.\r"), "any"),
    # Strange but readable: a normal report.
    Case("BOM and CRLF", _write("x.md", "\ufeff# Tea\r\n\r\nTea is completely safe.\r\n"), "report"),
    Case("CRLF HTML", _write("x.html", "<html>\r\n<body>\r\n<p>A miracle cure.</p>\r\n</body></html>\r\n"), "report", bad="x.html"),
    Case("deep HTML nesting", _write("x.html", "<div>" * 100_000 + "A miracle cure." + "</div>" * 100_000), "report", bad="x.html"),
    Case("unclosed HTML", _write("x.html", "<p><b>" * 100_000 + "text"), "report", bad="x.html"),
    Case(
        "HTML never closed", _write("x.html", "<!--x>" * 30_000 + "<?x" * 30_000 + "<a b='" * 30_000), "deadline", bad="x.html", args=QUICK
    ),
    Case("HTML marked sections", _write("x.html", "<![foo[ x ]]><![CDATA[" * 20_000 + "<p>text</p>"), "report", bad="x.html"),
    Case("deep Markdown nesting", _write("x.md", ">" * 100_000 + " q\n\n" + "".join("  " * i + "- item\n" for i in range(2000))), "report"),
    Case("nested links", _write("x.md", "[" * 20_000 + "a miracle" + "](u)" * 20_000 + "\n"), "report"),
    Case("50,000 unclosed brackets", _write("x.md", "[" * 50_000 + " completely safe\n"), "report"),
    Case("thousands of links", _write("x.md", "[a source](https://example.org/a) and " * 100_000), "unread"),
    Case("empty link target", _write("x.md", "A [link]( ) here and ![image]( ).\n"), "report"),
    Case(
        "markup floods",
        _write("x.md", "\\[" * 500_000 + "\n\n" + "&amp;" * 200_000 + "\n\n" + "<" * 500_000 + "\n\n" + "*_" * 500_000),
        "deadline",  # read in about 3 s; the rules' patterns, tried at each of a million punctuation tokens, take longer
        args=QUICK,
    ),
    Case("10 MiB one line", _write("x.md", _one_line(10 * MIB)), "unread"),
    Case("1 MB hyphenated word", _write("x.md", "a-" * (MIB // 2) + "\n"), "unread"),
    Case("1,000 claims a side", _write("x.md", "It is completely safe. " * 1000 + "\n\nIt can cause liver damage. " * 1000), "report"),
    Case(
        "odd file names",
        _both(*(_write(n, GOOD) for n in ["-dash.md", "sp ace.md", "ünï©ødé.md", "q'\"s;$(x).md", "n" * 200 + ".md"])),
        "report",
    ),
    # Repetition past the analysis limit: read to the limit, within the time, and said so.
    Case("hype word 100,000 times", _write("x.md", "miracle " * 100_000), "unread"),
    Case(
        "keyphrase 100,000 times",
        _write("x.md", "---\nkeyword: magnesium for sleep\n---\n" + "magnesium for sleep " * 100_000),
        "unread",
    ),
    Case("many short lines", _write("x.md", "word\n" * (2 * MIB)), "unread"),
    Case("many short paragraphs", _write("x.md", "a\n\n" * MIB), "deadline", args=QUICK),
    # Broken or hostile rule packs and configs: one line naming them.
    Case("pack: invalid YAML", _pack("p.yaml", "rules: [\n"), "abort", "packs/p.yaml", "invalid YAML"),
    Case("pack: laughs", _pack("p.yaml", "shared:\n" + _laughs(9, "  ") + "rules: []\n"), "abort", "packs/p.yaml", '"billion laughs"'),
    Case("pack: nesting", _pack("p.yaml", "shared:\n  a: " + "[" * 300 + "]" * 300 + "\nrules: []\n"), "abort", "packs/p.yaml", "nested"),
    Case("pack: FIFO", _both(_fifo("p.yaml"), _write("healthlint.toml", 'extend-rules = ["p.yaml"]\n')), "abort", "p.yaml", "named pipe"),
    Case(
        "pack: /dev/zero",
        _both(_link("p.yaml", "/dev/zero"), _write("healthlint.toml", 'extend-rules = ["p.yaml"]\n')),
        "abort",
        "p.yaml",
        "device",
    ),
    Case("pack: missing keys", _pack("p.yaml", "rules:\n  - code: HL901\n"), "abort", "packs/p.yaml", "rule is missing"),
    Case("pack: unreadable", _pack("p.yaml", "rules: []\n"), "abort", "packs/p.yaml", "permission denied", unreadable="packs/p.yaml"),
    Case("config: invalid TOML", _write("healthlint.toml", "select = [\n"), "abort", "healthlint.toml", "invalid TOML"),
    Case("config: bad deadline", _write("healthlint.toml", "deadline = -1\n"), "abort", "healthlint.toml", "`deadline` must be"),
    Case("config: FIFO", _fifo("healthlint.toml"), "abort", "healthlint.toml", "named pipe"),
    Case("config: /dev/zero", _link("healthlint.toml", "/dev/zero"), "abort", "healthlint.toml", "device"),
    Case("config: link loop", _link("healthlint.toml", "healthlint.toml"), "abort", "healthlint.toml", "symbolic link loop"),
    Case(
        "config: unreadable",
        _write("healthlint.toml", "fail-under = 50\n"),
        "abort",
        "healthlint.toml",
        "permission",
        unreadable="healthlint.toml",
    ),
    # Slow user patterns: stopped, reported once, the files still linted.
    Case(
        "pack: catastrophic pattern",
        _both(_pack("p.yaml", _SLOW_PACK), _write("x.md", _SLOW_TEXT)),
        "slow pattern",
        "packs/p.yaml",
        lines_named=["HL901"],
    ),
    Case(
        "config: catastrophic house pattern",
        _both(_write("healthlint.toml", '[disclaimer]\nhouse-pattern = "(?:x|xx)+y"\n'), _write("x.md", "# T\n\n" + "x" * 40 + "\n")),
        "slow pattern",
        "healthlint.toml",
        lines_named=["HL303", "disclaimer.house-pattern"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    preexec = _unreadable_files_possible(tmp_path) if case.unreadable else None
    case.build(folder)
    if case.unreadable:
        (folder / case.unreadable).chmod(0)
    before = _snapshot(folder)
    run = run_cli(str(folder), "--format", "json", "--no-cache", *case.args, cwd=tmp_path, preexec=preexec)
    _record(case.name, run)
    after = _snapshot(folder)
    for path in folder.rglob("*"):  # let pytest remove what was made unreadable
        if not path.is_symlink() and path.exists() and stat.S_IMODE(path.stat().st_mode) == 0:
            path.chmod(0o700)
    assert after == before, "an input changed"
    assert "Traceback" not in run.err + run.out
    assert run.seconds < TIME_LIMIT and run.peak_mib < MEMORY_LIMIT_MIB
    bad = str(folder / case.bad)
    if case.expect == "abort":
        assert run.code == 2 and len(run.lines) == 1, run.err
        assert run.lines[0].startswith(f"healthlint: error: {bad}") and case.problem in run.lines[0]
        return
    if case.expect == "any":
        assert run.code in (0, 1, 2) and all(line.startswith("healthlint: error: ") for line in run.lines)
        return
    reported = {Path(f["path"]).name for f in run.report()["files"]}
    assert "good.md" in reported
    if case.expect == "error":
        assert run.code == 2 and len(run.lines) == 1, run.err
        assert run.lines[0].startswith(f"healthlint: error: {bad}: ") and case.problem in run.lines[0]
        assert run.report()["errors"] and Path(case.bad).name not in reported
    elif case.expect == "report":
        assert run.code in (0, 1) and run.lines == [], run.err
        assert {p.name for p in folder.rglob("*") if p.is_file()} <= reported
    elif case.expect == "unread":
        assert run.code in (0, 1) and len(run.lines) == 1, run.err
        assert run.lines[0].startswith(f"healthlint: warning: {bad}:") and "(the analysis limit)" in run.lines[0]
        assert {p.name for p in folder.rglob("*") if p.is_file()} <= reported
    elif case.expect == "deadline":
        errors = [line for line in run.lines if not line.startswith(f"healthlint: warning: {bad}:") or "(the analysis limit)" not in line]
        assert run.code in (0, 1, 2) and len(errors) <= 1, run.err
        if errors:
            assert errors[0].startswith(f"healthlint: error: {bad}: took longer than") and " while " in errors[0]
    else:  # a slow pattern: reported once, naming where it is written, every file still reported
        assert run.code == 2 and len(run.lines) == 1, run.err
        assert run.lines[0].startswith(f"healthlint: error: {bad}: rule ") and all(word in run.lines[0] for word in case.lines_named)
        assert {p.name for p in folder.glob("*.md")} <= reported


def test_standard_input_without_end_is_read_only_to_the_limit(tmp_path: Path) -> None:
    small = tmp_path / "small.md"
    small.write_text("# Zinc\n\nZinc is a mineral.\n", encoding="utf-8")
    with small.open("rb") as text:
        baseline = run_cli("-", "--format", "json", cwd=tmp_path, stdin=text.fileno())
    with open("/dev/zero", "rb") as zero:
        run = run_cli("-", "--format", "json", cwd=tmp_path, stdin=zero.fileno())
    _record("standard input from /dev/zero", run)
    assert run.code == 2 and run.lines == ["healthlint: error: stdin.md: file is too large (over 10 MiB; the limit is 10 MiB)"]
    # A forked child's peak counts the test process's own pages, so it is measured against a small input's run.
    assert run.seconds < TIME_LIMIT and run.peak_mib < baseline.peak_mib + 100


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("pipe", "it is a named pipe (FIFO) that no process is reading"),
        ("missing/report.json", "its folder does not exist"),
        ("folder", "is a directory"),
    ],
)
def test_report_destination_that_cannot_take_it_is_one_line(tmp_path: Path, target: str, problem: str) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    run = run_cli("good.md", "--output", target, cwd=tmp_path)
    assert run.code == 2 and run.lines == [f"healthlint: error: {target}: cannot write report: {problem}"]


def test_a_stuck_file_in_the_worker_pool_is_stopped_and_the_rest_reported(tmp_path: Path) -> None:
    """Enough files for the worker pool; one stays past the deadline (a million one-letter paragraphs), the pool goes on."""
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(24):
        (folder / f"good{n:02}.md").write_text(GOOD.replace("Sunscreen", f"Sunscreen {n}"), encoding="utf-8")
    (folder / "x.md").write_text("a\n\n" * MIB, encoding="utf-8")
    run = run_cli(str(folder), "--format", "json", "--no-cache", "--jobs", "2", "--deadline", "3", cwd=tmp_path)
    _record("stuck file in the worker pool", run)
    assert len(run.report()["files"]) == 24 and run.seconds < TIME_LIMIT
    assert run.code == 2 and len(run.lines) == 1
    assert run.lines[0].startswith(f"healthlint: error: {folder / 'x.md'}: took longer than 3 s") and " while " in run.lines[0]
