"""Which files a run lints: explicit files as given, directories walked with include/exclude globs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".healthlint_cache", ".tox"}


def matches(path: Path, patterns: tuple[str, ...]) -> bool:
    posix = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(posix, f"*/{p}") for p in patterns)


def discover(paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str]:
    """Paths to lint, in a stable order; missing paths are yielded too so the reader can report them."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not matches(Path(folder, d), exclude))
                for name in files:
                    candidate = Path(folder, name)
                    if matches(candidate, include) and not matches(candidate, exclude):
                        found.append(str(candidate))
            for item in sorted(found):
                if item not in seen:
                    seen.add(item)
                    yield item
        elif raw not in seen and not (exclude and matches(path, exclude)):
            seen.add(raw)
            yield raw
