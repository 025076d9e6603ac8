"""The result cache: an unchanged article under unchanged rules is not linted again.

Entries live in `.healthlint_cache/` at the project root (beside the config
file, or the working directory): one SQLite database per run key (healthlint
version and code, effective configuration, rule-pack contents), one row per
article content. Each batch of results is one atomic transaction, and the
write-ahead log lets concurrent runs and worker processes share a database
(writers take turns). A row costs tens of microseconds, where a JSON file per
article cost a third of a millisecond in file-system calls. Databases of other
run keys unused for a week, and rows unused for a month, are pruned at most
once a day. A cache that cannot be opened or written (a read-only checkout)
is skipped, and a damaged one is replaced: linting never depends on it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from functools import cache
from pathlib import Path
from typing import Any

from healthlint import __version__
from healthlint.config import Config
from healthlint.packs import packs_digest
from healthlint.readers import extension

CACHE_DIR = ".healthlint_cache"
_DAY = 86400.0
STALE_RUN_DAYS = 7
STALE_ENTRY_DAYS = 30


def cache_root(config: Config) -> Path:
    """The project folder: where the config file lives, else the working directory."""
    return (config.source.parent if config.source else Path.cwd()) / CACHE_DIR


@cache
def _code_digest() -> str:
    """healthlint's own source: a changed reader or rule type changes results even within one version."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parents[1].rglob("*.py")):  # the whole package, not app/ alone
        h.update(path.read_bytes())
    return h.hexdigest()


def run_key(config: Config) -> str:
    """Everything besides the article that can change its result."""
    parts = {
        "version": __version__,
        "code": _code_digest(),
        "select": config.select,
        "ignore": config.ignore,
        "severity": sorted(config.severity.items()),
        "fail_under": config.fail_under,
        "fail_on": config.fail_on,
        "settings": config.settings,
        "packs": packs_digest(list(config.extend_rules)),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:24]


def content_key(path: str, data: bytes) -> str:
    """The article's bytes plus its extension, which picks the reader."""
    return hashlib.sha256(extension(path).encode() + b"\0" + data).hexdigest()


class ResultCache:
    """Results by content key, in this run key's database; opened lazily, once per process."""

    def __init__(self, config: Config) -> None:
        self.root = cache_root(config)
        self.path = self.root / f"{run_key(config)}.sqlite"
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._used: list[str] = []  # keys served this run, marked as used when the run ends

    def __getstate__(self) -> dict[str, Any]:
        """Sent to spawned workers without the connection, which belongs to one process."""
        return {**self.__dict__, "_db": None, "_pid": 0, "_used": []}

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._db is not None and self._pid == os.getpid():
            return self._db
        if not create and not self.path.exists():
            return None
        for attempt in range(2):
            try:
                if create and not self.root.is_dir():
                    self.root.mkdir(parents=True, exist_ok=True)
                    (self.root / ".gitignore").write_text("# Created by healthlint.\n*\n", encoding="utf-8")
                    (self.root / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
                db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a cache needs atomic writes, not durable ones
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, used REAL NOT NULL, entry TEXT NOT NULL)")
            except sqlite3.DatabaseError:
                if attempt or not create:
                    return None
                _remove_database(self.path)  # damaged: a cache is disposable
                continue
            except (OSError, sqlite3.Error):
                return None
            self._db, self._pid = db, os.getpid()
            return db
        return None

    def get(self, key: str) -> str | None:
        """The stored result (JSON) for a content key."""
        db = self._connect(create=False)
        if db is None:
            return None
        try:
            row = db.execute("SELECT entry FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        self._used.append(key)
        return str(row[0])

    def put_many(self, entries: list[tuple[str, str]]) -> None:
        """Store (content key, result JSON) pairs in one transaction; a cache that cannot be written is skipped."""
        db = self._connect(create=True)
        if db is None or not entries:
            return
        now = time.time()
        rows = [(key, now, entry) for key, entry in entries]
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("INSERT OR REPLACE INTO results (key, used, entry) VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            return

    def close(self) -> None:
        """Close this process's connection: SQLite connections must not cross a fork."""
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    def finish(self) -> None:
        """Mark the entries served this run as used, prune once a day, and close."""
        db = self._connect(create=False)
        if db is None:
            return
        now = time.time()
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("UPDATE results SET used = ? WHERE key = ?", [(now, key) for key in self._used])
            self._prune(db, now)
        except (OSError, sqlite3.Error):
            pass
        finally:
            self.close()

    def _prune(self, db: sqlite3.Connection, now: float) -> None:
        """Drop other run keys' databases unused for a week and rows unused for a month."""
        marker = self.root / ".pruned"
        if marker.exists() and now - marker.stat().st_mtime < _DAY:
            return
        for other in self.root.glob("*.sqlite"):
            if other != self.path and now - _last_used(other) > STALE_RUN_DAYS * _DAY:
                _remove_database(other)
        for folder in self.root.iterdir():
            if folder.is_dir():  # a folder of JSON files, the cache layout of earlier healthlint builds
                shutil.rmtree(folder, ignore_errors=True)
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM results WHERE used < ?", (now - STALE_ENTRY_DAYS * _DAY,))
        marker.touch()


def _last_used(database: Path) -> float:
    """The latest change to a database or its write-ahead log."""
    times = [p.stat().st_mtime for p in (database, Path(f"{database}-wal")) if p.exists()]
    return max(times, default=0.0)


def _remove_database(database: Path) -> None:
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        path.unlink(missing_ok=True)


def clean(config: Config) -> Path | None:
    """Delete the project's cache folder; return it if there was one."""
    root = cache_root(config)
    if root.is_dir():
        shutil.rmtree(root)
        return root
    return None
