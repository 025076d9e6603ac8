"""Which files a run lints: explicit files as given, directories walked with include/exclude globs.

A folder met during a walk that cannot be listed is an input error in its
place, so the run says so (exit 2) instead of linting less without a word.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from healthlint.errors import InputError
from healthlint.limits import os_problem

_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".healthlint_cache", ".tox"}


@lru_cache(maxsize=64)
def _globs(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One regex for file names and one for paths, from all globs: a walk tests each file once."""
    names = [fnmatch.translate(os.path.normcase(p)) for p in patterns] or ["(?!)"]
    paths = names + [fnmatch.translate(os.path.normcase(f"*/{p}")) for p in patterns]
    return re.compile("|".join(names)), re.compile("|".join(paths))


def matches(path: Path | str, patterns: tuple[str, ...]) -> bool:
    """Whether a glob matches the file name, the whole path, or the path's end."""
    posix = path.as_posix() if isinstance(path, Path) else path.replace(os.sep, "/")
    by_name, by_path = _globs(patterns)
    return bool(by_name.match(os.path.normcase(posix.rpartition("/")[2])) or by_path.match(os.path.normcase(posix)))


def discover(paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str | InputError]:
    """Paths to lint, in a stable order; missing paths are yielded too so the reader can report them."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        found = _walk(path, include, exclude) if path.is_dir() else [] if exclude and matches(path, exclude) else [raw]
        for item in found:
            key = item if isinstance(item, str) else item.path
            if key not in seen:
                seen.add(key)
                yield item


def _walk(top: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> list[str | InputError]:
    """The files under a folder that the globs select, and an error for each folder that cannot be listed, by path."""
    found: list[str | InputError] = []

    def unlisted(exc: OSError) -> None:
        folder = str(exc.filename)
        found.append(InputError(folder, f"cannot list this folder: {os_problem(exc, folder)}"))

    for folder, dirs, files in os.walk(top, onerror=unlisted):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not matches(os.path.join(folder, d), exclude))
        for name in files:
            candidate = os.path.join(folder, name)
            if matches(candidate, include) and not matches(candidate, exclude):
                found.append(candidate)
    return sorted(found, key=lambda f: f if isinstance(f, str) else f.path)
