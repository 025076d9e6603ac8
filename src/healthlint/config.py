"""Configuration: `[tool.healthlint]` in pyproject.toml or a healthlint.toml, found by walking up."""

from __future__ import annotations

import errno
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from healthlint.errors import ConfigError
from healthlint.limits import DEFAULT_DEADLINE, os_problem, read_regular
from healthlint.model.findings import SEVERITIES
from healthlint.scoring import DEFAULT_FAIL_UNDER

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.html", "*.htm", "*.txt")
FAIL_ON = ("none", "error", "warning", "info")
_KEYS = {
    "select", "ignore", "extend-rules", "severity", "fail-under", "fail-on", "include", "exclude", "keyphrase",
    "disclaimer", "stuffing", "deadline",
}  # fmt: skip
_DISCLAIMER_KEYS = {"house-text", "house-pattern"}
_STUFFING_KEYS = {"min-words"}


@dataclass(frozen=True)
class Config:
    """The effective settings for one run (file values, then command-line overrides)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_rules: tuple[Path, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_under: float = DEFAULT_FAIL_UNDER
    fail_on: str = "none"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    deadline: float = DEFAULT_DEADLINE  # seconds one file may take before it is stopped and reported
    settings: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _str_list(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(str(path), f"`{key}` must be a list of strings")
    return tuple(value)


def _table(path: Path, key: str, value: Any, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(str(path), f"`{key}` must be a table")
    for k in value:
        if k not in allowed:
            raise ConfigError(str(path), f"unknown key `{key}.{k}` (allowed: {', '.join(sorted(allowed))})")
    return dict(value)


def parse_config(path: Path, data: dict[str, Any]) -> Config:
    """Validate a config table; every unknown key is an error naming it."""
    for key in data:
        if key not in _KEYS:
            raise ConfigError(str(path), f"unknown key `{key}` (allowed: {', '.join(sorted(_KEYS))})")
    cfg = Config(source=path)
    changes: dict[str, Any] = {}
    for key in ("select", "ignore", "include", "exclude"):
        if key in data:
            changes[key] = _str_list(path, key, data[key])
    if "extend-rules" in data:
        # Absolute, but links not followed (a loop would raise), so that errors name the path as written.
        packs = _str_list(path, "extend-rules", data["extend-rules"])
        changes["extend_rules"] = tuple(Path(os.path.abspath(path.parent / p)) for p in packs)
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict) or any(v not in SEVERITIES for v in sev.values()):
            raise ConfigError(str(path), f"`severity` maps rule codes to one of {', '.join(SEVERITIES)}")
        changes["severity"] = {str(k).upper(): v for k, v in sev.items()}
    if "fail-under" in data:
        value = data["fail-under"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise ConfigError(str(path), "`fail-under` must be a number from 0 to 100")
        changes["fail_under"] = float(value)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise ConfigError(str(path), f"`fail-on` must be one of {', '.join(FAIL_ON)}")
        changes["fail_on"] = data["fail-on"]
    if "deadline" in data:
        changes["deadline"] = deadline_seconds(str(path), data["deadline"], "`deadline` ")
    settings: dict[str, Any] = {}
    if "keyphrase" in data:
        if not isinstance(data["keyphrase"], str) or not data["keyphrase"].strip():
            raise ConfigError(str(path), "`keyphrase` must be a non-empty string")
        settings["keyphrase"] = data["keyphrase"].strip()
    if "disclaimer" in data:
        disclaimer = _table(path, "disclaimer", data["disclaimer"], _DISCLAIMER_KEYS)
        try:
            regex.compile(str(disclaimer.get("house-pattern", "")))
        except regex.error as exc:
            raise ConfigError(str(path), f"`disclaimer.house-pattern` is not a valid regular expression: {exc}") from None
        settings["disclaimer"] = disclaimer
    if "stuffing" in data:
        settings["stuffing"] = _table(path, "stuffing", data["stuffing"], _STUFFING_KEYS)
    changes["settings"] = settings
    return replace(cfg, **changes)


def deadline_seconds(where: str, value: Any, key: str = "") -> float:
    """A per-file deadline: a number of seconds above zero, or a ConfigError naming `where` (and the `key`)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise ConfigError(where, f"{key}must be a number of seconds above 0 (a file taking longer is stopped and reported)")
    return float(value)


def _read(path: Path) -> str:
    """A config file's text: a regular file only, within the size limit, UTF-8."""
    data = read_regular(path, ConfigError, "config file not found")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), f"cannot read config: not valid UTF-8 (byte {exc.start})") from None


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("healthlint", {})
    elif "tool" in data and "healthlint" in data["tool"] and len(data) == 1:
        data = data["tool"]["healthlint"]
    if not isinstance(data, dict):
        raise ConfigError(str(path), "[tool.healthlint] must be a table")
    return parse_config(path, data)


def find_config(start: Path) -> Path | None:
    """The nearest healthlint.toml, or pyproject.toml with [tool.healthlint], at or above start.

    A candidate that exists but cannot be read is an error naming it, not a
    config silently passed over.
    """
    here = Path(os.path.realpath(start))  # never raises, not even on a symbolic link loop
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "healthlint.toml"
        if _exists(candidate):
            return candidate
        pyproject = folder / "pyproject.toml"
        if _exists(pyproject) and "[tool.healthlint" in _read(pyproject):
            return pyproject
    return None


def _exists(path: Path) -> bool:
    """Whether something is at `path`, or a ConfigError when its folder cannot be searched."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return True  # there is something: reading it says what is wrong
        raise ConfigError(str(path), f"cannot look for a config here: {os_problem(exc, str(path))}") from None
    return True
