"""YAML front matter: the article's declared metadata, with where each value stands."""

from __future__ import annotations

import re
from typing import Any

import yaml

from healthlint.errors import InputError
from healthlint.limits import load_yaml

_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.M)

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def split_front_matter(path: str, source: str) -> tuple[dict[str, Any], dict[str, tuple[int, int]], int]:
    """Parse front matter; return metadata, value spans by key, and where the body starts."""
    m = _OPEN.match(source)
    if not m:
        return {}, {}, 0
    close = _CLOSE.search(source, m.end())
    if not close:
        return {}, {}, 0
    raw = source[m.end() : close.start()]
    try:
        data = load_yaml(raw, _Loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        raise InputError(path, f"invalid YAML front matter: {where}{getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of keys to values")
    spans: dict[str, tuple[int, int]] = {}
    for km in _KEY_LINE.finditer(source, m.end(), close.start()):
        key, value = km.group(1), km.group(2)
        start, end = km.start(2), km.end(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            start, end = start + 1, end - 1
        if end > start:
            spans[key.lower()] = (start, end)
    body = close.end()
    if body < len(source) and source[body] == "\n":
        body += 1
    metadata = {str(k).lower(): v for k, v in data.items()}
    return metadata, spans, body
