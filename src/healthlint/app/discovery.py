"""Which files a run lints: explicit files as given, directories walked with include/exclude globs."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

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


def discover(paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[str]:
    """Paths to lint, in a stable order; missing paths are yielded too so the reader can report them."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not matches(os.path.join(folder, d), exclude))
                for name in files:
                    candidate = os.path.join(folder, name)
                    if matches(candidate, include) and not matches(candidate, exclude):
                        found.append(candidate)
            for item in sorted(found):
                if item not in seen:
                    seen.add(item)
                    yield item
        elif raw not in seen and not (exclude and matches(path, exclude)):
            seen.add(raw)
            yield raw
