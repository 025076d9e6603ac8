"""What one run works out from installed files and keeps for the next, as pip keeps bytecode: compiled
vocabularies, parsed rule packs and compiled rule sets, in the user's cache folder (`$XDG_CACHE_HOME/healthlint`,
else `~/.cache/healthlint`).

Each entry is named by a digest of everything it is derived from, so a change to any of it is a miss, never a
stale answer. An unreadable entry is a miss, a folder that cannot be written costs the next run only time, and
of each kind only the most recently used entries stay.
"""

from __future__ import annotations

import os
from pathlib import Path

KEEP = 12  # entries of one kind (a user trying packs makes a new one per change); the least recently used go


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "healthlint"


def read(kind: str, digest: str) -> bytes | None:
    """The bytes kept under this digest, or None; a hit counts as a use."""
    path = folder() / f"{kind}-{digest}"
    try:
        data = path.read_bytes()
        os.utime(path)
    except OSError:
        return None
    return data


def write(kind: str, digest: str, data: bytes) -> None:
    """Keep bytes for the next run (atomically: a reader never sees half a file), then prune the kind."""
    where = folder()
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp = where / f".{kind}-{digest}.{os.getpid()}"
        tmp.write_bytes(data)
        os.replace(tmp, where / f"{kind}-{digest}")
        entries = sorted(where.glob(f"{kind}-*"), key=_last_used, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed by another run meanwhile
        return 0.0
