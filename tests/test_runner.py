"""Parallel linting and the result cache: same results, in order, and no work repeated."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from healthlint import limits
from healthlint.app import runner
from healthlint.app.cache import CACHE_DIR
from healthlint.engine import Linter


def _rows(cache: Path) -> int:
    """Results stored in the cache's one database, which must be intact."""
    (database,) = cache.glob("*.sqlite")
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


ARTICLE = "# {n}\n\nTea number {n} is completely safe and a game-changer. It may help some people relax.\n"


def _many(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def _report(run_cli, *args: str) -> dict:  # type: ignore[no-untyped-def]
    result = run_cli("check", *args, "--format", "json", "--fail-under", "0")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_parallel_results_equal_serial_and_keep_input_order(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _many(tmp_path / "site", 40)
    serial = _report(run_cli, str(folder), "--jobs", "1", "--no-cache")
    parallel = _report(run_cli, str(folder), "--jobs", "2", "--no-cache")
    assert parallel == serial
    assert [Path(f["path"]).name for f in parallel["files"]] == sorted(p.name for p in folder.iterdir())


def test_second_run_is_served_from_the_cache_without_linting(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _many(tmp_path / "site", 5)
    first = _report(run_cli, str(folder), "--jobs", "1")
    cache = Path.cwd() / CACHE_DIR
    assert (cache / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    assert _rows(cache) == 5

    def refuse(self: Linter, doc: object) -> None:
        raise AssertionError("linted although cached")

    monkeypatch.setattr(Linter, "lint", refuse)
    assert _report(run_cli, str(folder), "--jobs", "1") == first
    # --no-cache really lints again (and here hits the refusal, reported as an internal error, exit 2).
    assert run_cli("check", str(folder), "--jobs", "1", "--no-cache").exit_code == 2


def test_cache_is_invalidated_by_content_and_config(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _many(tmp_path / "site", 2)
    before = _report(run_cli, str(folder), "--jobs", "1")
    (folder / "a000.md").write_text("# Tea\n\nTea contains caffeine.\n", encoding="utf-8")
    after = _report(run_cli, str(folder), "--jobs", "1")
    assert after["files"][0]["findings"] != before["files"][0]["findings"]
    assert after["files"][1] == before["files"][1]
    selected = _report(run_cli, str(folder), "--jobs", "1", "--select", "HL101")
    assert {f["rule"] for file in selected["files"] for f in file["findings"]} == {"HL101"}


def test_clean_removes_the_cache(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _report(run_cli, str(_many(tmp_path / "site", 1)))
    assert (Path.cwd() / CACHE_DIR).is_dir()
    assert "removed" in run_cli("clean").output
    assert not (Path.cwd() / CACHE_DIR).exists()
    assert run_cli("clean").output.strip() == "no cache to remove"


def test_stale_run_databases_and_entries_are_pruned(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = Path.cwd() / CACHE_DIR
    site = _many(tmp_path / "site", 2)
    _report(run_cli, str(site))
    (database,) = cache.glob("*.sqlite")
    old = time.time() - 40 * 86400
    with sqlite3.connect(database) as db:
        db.execute("UPDATE results SET used = ?", (old,))
    stale = cache / "0123456789abcdef01234567.sqlite"
    stale.write_bytes(b"")
    os.utime(stale, (old, old))
    legacy = cache / "76543210fedcba9876543210" / "ab"  # the earlier layout: a JSON file per article
    legacy.mkdir(parents=True)
    (legacy / "ab12.json").write_text("{}", encoding="utf-8")
    (cache / ".pruned").unlink()
    (site / "a001.md").unlink()
    _report(run_cli, str(site))  # a000 is served (and marked used); a001's entry is a month unused
    assert not stale.exists() and not legacy.parent.exists()
    assert _rows(cache) == 1


def test_a_damaged_or_unwritable_cache_never_stops_linting(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = _many(tmp_path / "site", 3)
    expected = _report(run_cli, str(site), "--no-cache")
    _report(run_cli, str(site))
    (database,) = (Path.cwd() / CACHE_DIR).glob("*.sqlite")
    with sqlite3.connect(database) as db:  # entries that do not read are misses, linted again
        db.execute("UPDATE results SET entry = '{\"score\": trunc' WHERE rowid = 1")
        db.execute("UPDATE results SET entry = '{}' WHERE rowid = 2")
    db.close()
    assert _report(run_cli, str(site)) == expected
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    assert _report(run_cli, str(site)) == expected
    assert _rows(Path.cwd() / CACHE_DIR) == 3  # replaced by a working one
    blocked = tmp_path / "blocked"  # its cache folder cannot be created: a file holds the name
    blocked.mkdir()
    (blocked / "healthlint.toml").write_text("", encoding="utf-8")
    (blocked / CACHE_DIR).write_text("not a folder", encoding="utf-8")
    result = run_cli("check", str(site), "--config", str(blocked / "healthlint.toml"), "--format", "json", "--fail-under", "0")
    assert result.exit_code == 0 and json.loads(result.stdout)["files"] == expected["files"]
    assert (blocked / CACHE_DIR).read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_concurrent_runs_share_the_cache_safely(tmp_path: Path, jobs: str) -> None:
    folder = _many(tmp_path / "site", 30)
    cmd = [sys.executable, "-m", "healthlint", "check", str(folder), "--format", "json", "--fail-under", "0", "--jobs", jobs]
    procs = [subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate() for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outputs]
    reports = [json.loads(out) for out, _ in outputs]
    assert reports[0] == reports[1] == reports[2]
    assert _rows(tmp_path / CACHE_DIR) == 30


def test_workers_started_with_spawn_give_the_same_results(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where `fork` is missing (Windows), workers rebuild the rules and open the cache themselves."""
    import multiprocessing

    import healthlint.app.runner

    folder = _many(tmp_path / "site", 20)
    serial = _report(run_cli, str(folder), "--jobs", "1", "--no-cache")
    monkeypatch.setattr(healthlint.app.runner, "_pool_context", lambda: multiprocessing.get_context("spawn"))
    assert _report(run_cli, str(folder), "--jobs", "2") == serial
    assert _rows(Path.cwd() / CACHE_DIR) == 20


# -- the per-file deadline and a worker pool that recovers ------------------------------------------


def _stall(name: str, how: Callable[[], object]) -> Callable[[str, str], object]:
    """The reader, except that for the file `name` it first does `how` (in whichever process lints it)."""
    real = runner.parse

    def parse(path: str, text: str) -> object:
        if path.endswith(name):
            how()
        return real(path, text)

    return parse


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_the_deadline_names_the_stage_a_file_was_stopped_in() -> None:
    reader = {"__name__": "healthlint.readers.html", "time": time}
    exec("def read():\n    time.sleep(10)\n", reader)
    with pytest.raises(limits.DeadlineExceeded) as stopped, limits.deadline(0.2):
        reader["read"]()
    assert stopped.value.stage == "reading it as HTML"

    spec = types.SimpleNamespace(code="HL101", name="hype-term")
    check = {"__name__": "healthlint.checks.phrase", "sentences": {"__name__": "healthlint.language.sentences", "time": time}}
    exec("def split():\n    time.sleep(10)\n", check["sentences"])
    exec("class Rule:\n    spec = None\n    def run(self):\n        sentences['split']()\n", check)
    rule = check["Rule"]()
    rule.spec = spec
    with pytest.raises(limits.DeadlineExceeded) as stopped, limits.deadline(0.2):
        rule.run()
    assert stopped.value.stage == "running rule HL101 (hype-term), splitting sentences"


def test_a_file_past_the_deadline_in_process_is_reported_and_the_rest_linted(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _many(tmp_path / "site", 4)
    monkeypatch.setattr(runner, "parse", _stall("a001.md", lambda: time.sleep(30)))
    started = time.monotonic()
    result = run_cli("check", str(folder), "--jobs", "1", "--no-cache", "--format", "json", "--fail-under", "0", "--deadline", "0.5")
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert [Path(f["path"]).name for f in json.loads(result.stdout)["files"]] == ["a000.md", "a002.md", "a003.md"]
    assert _lines(result.stderr) == [f"healthlint: error: {folder / 'a001.md'}: {_lines(result.stderr)[0].split(': ', 3)[-1]}"]
    assert "took longer than 0.5 s (the per-file deadline)" in result.stderr


@pytest.mark.parametrize(
    "how",
    [lambda: os._exit(3), lambda: (signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM}), time.sleep(60))],
    ids=["worker dies", "worker stuck where the timer cannot reach it"],
)
def test_a_worker_that_dies_or_hangs_is_replaced_and_its_file_named(run_cli, tmp_path: Path, monkeypatch, how) -> None:  # type: ignore[no-untyped-def]
    folder = _many(tmp_path / "site", 30)
    monkeypatch.setattr(runner, "parse", _stall("a007.md", how))
    monkeypatch.setattr(runner, "GRACE", 1.0)
    started = time.monotonic()
    result = run_cli("check", str(folder), "--jobs", "2", "--no-cache", "--format", "json", "--fail-under", "0", "--deadline", "1")
    assert time.monotonic() - started < 30
    assert result.exit_code == 2
    names = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert names == [f"a{n:03d}.md" for n in range(30) if n != 7]
    assert _lines(result.stderr) == [
        f"healthlint: error: {folder / 'a007.md'}: the worker linting it stopped answering (stuck or dead) for 2 s,"
        " past the per-file deadline; it was replaced"
    ]


def test_a_slow_user_pattern_is_reported_once_whichever_workers_met_it(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(20):
        (folder / f"a{n:02d}.md").write_text(f"# Note {n}\n\nSome text {'a' * 40}b!\n", encoding="utf-8")
    pack = folder / "house.yaml"
    pack.write_text(  # a token test, tried on one word at a time
        "category: house\nrules:\n  - code: HL901\n    name: house-rule\n    type: pattern\n    severity: warning\n"
        "    message: \"'{match}' is not ours.\"\n    params:\n      patterns: ['/(?:a|aa)+$/']\n",
        encoding="utf-8",
    )
    (folder / "healthlint.toml").write_text('extend-rules = ["house.yaml"]\n', encoding="utf-8")
    result = run_cli("check", str(folder), "--jobs", "2", "--format", "json", "--fail-under", "0")
    assert result.exit_code == 2 and len(json.loads(result.stdout)["files"]) == 20
    (line,) = _lines(result.stderr)
    assert line.startswith(f"healthlint: error: {pack}: rule HL901: the pattern `(?:a|aa)+$` in `patterns` took more than 1 s")
    assert not (Path.cwd() / CACHE_DIR).exists() or _rows(Path.cwd() / CACHE_DIR) < 20  # results missing its matches are not kept
