"""The result cache: an unchanged article under unchanged rules is not linted again.

Entries live in `.healthlint_cache/` at the project root (beside the config
file, or the working directory), one folder per run key (healthlint version,
effective configuration, rule-pack contents), one JSON file per article
content. Writes are atomic (a temporary file renamed into place), so
concurrent runs never see half an entry. Folders for other run keys and
entries unused for a month are pruned at most once a day.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from healthlint import __version__
from healthlint.config import Config
from healthlint.packs import packs_digest

CACHE_DIR = ".healthlint_cache"
_DAY = 86400.0
STALE_RUN_DAYS = 7
STALE_ENTRY_DAYS = 30


def cache_root(config: Config) -> Path:
    """The project folder: where the config file lives, else the working directory."""
    return (config.source.parent if config.source else Path.cwd()) / CACHE_DIR


def _code_digest() -> str:
    """healthlint's own source: a changed reader or rule type changes results even within one version."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
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
    return hashlib.sha256(Path(path).suffix.lower().encode() + b"\0" + data).hexdigest()


class ResultCache:
    def __init__(self, config: Config) -> None:
        self.root = cache_root(config)
        self.folder = self.root / run_key(config)

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            return json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        target = self.folder / key[:2] / f"{key}.json"
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True)
                (self.root / ".gitignore").write_text("# Created by healthlint.\n*\n", encoding="utf-8")
                (self.root / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump(entry, stream, ensure_ascii=False)
            os.replace(tmp, target)
        except OSError:
            return  # a read-only checkout still lints; it just does not cache

    def prune(self) -> None:
        """Drop other run keys unused for a week and entries unused for a month, once a day."""
        marker = self.root / ".pruned"
        now = time.time()
        try:
            if marker.exists() and now - marker.stat().st_mtime < _DAY:
                return
            if not self.root.is_dir():
                return
            for folder in self.root.iterdir():
                if folder.is_dir() and folder != self.folder and now - folder.stat().st_mtime > STALE_RUN_DAYS * _DAY:
                    shutil.rmtree(folder, ignore_errors=True)
            if self.folder.is_dir():
                for entry in self.folder.glob("*/*.json"):
                    with contextlib.suppress(OSError):
                        if now - entry.stat().st_mtime > STALE_ENTRY_DAYS * _DAY:
                            entry.unlink()
                os.utime(self.folder)
            marker.touch()
        except OSError:
            return


def clean(config: Config) -> Path | None:
    """Delete the project's cache folder; return it if there was one."""
    root = cache_root(config)
    if root.is_dir():
        shutil.rmtree(root)
        return root
    return None
