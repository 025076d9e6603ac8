"""Configuration: `[tool.healthlint]` in pyproject.toml or a healthlint.toml, found by walking up."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from healthlint.errors import ConfigError
from healthlint.limits import DEFAULT_DEADLINE, os_problem, read_regular
from healthlint.model.findings import SEVERITIES
from healthlint.packs import RuleSpec
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
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(str(path), f"`{key}` must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _text(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(str(path), f"`{key}` must be a non-empty string, not {_shown(value)}")
    return value.strip()


def _shown(value: Any) -> str:
    """A wrong value as the message shows it: its TOML type and, if short, the value."""
    kind = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a table"}.get(
        type(value), "a value"
    )
    text = repr(value)
    return f"{kind} ({text})" if len(text) <= 40 else kind


def _table(path: Path, key: str, value: Any, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(str(path), f"`{key}` must be a table")
    for k in value:
        if k not in allowed:
            raise ConfigError(str(path), f"unknown key `{key}.{k}` (allowed: {', '.join(sorted(allowed))})")
    return dict(value)


def _packs(path: Path, entries: tuple[str, ...]) -> tuple[Path, ...]:
    """`extend-rules` entries as paths from the config's folder; each must be a pack or a folder holding one."""
    found = []
    for entry in entries:
        # Absolute, but links not followed (a loop would raise), so that errors name the path as written.
        pack = Path(os.path.abspath(path.parent / entry))
        if pack.is_dir():
            if not any(pack.glob("*.y*ml")):
                raise ConfigError(str(path), f"`extend-rules`: folder {entry} holds no rule pack (*.yaml)")
        elif not os.path.lexists(pack):  # a broken link or a loop is there: reading it says what is wrong
            raise ConfigError(str(path), f"`extend-rules`: {entry} does not exist")
        found.append(pack)
    return tuple(found)


def _disclaimer(path: Path, value: Any) -> dict[str, Any]:
    table = _table(path, "disclaimer", value, _DISCLAIMER_KEYS)
    if "house-text" in table:
        table["house-text"] = _text(path, "disclaimer.house-text", table["house-text"])
    if "house-pattern" in table:
        pattern = table["house-pattern"]
        if not isinstance(pattern, str) or not pattern.strip():
            raise ConfigError(str(path), f"`disclaimer.house-pattern` must be a regular expression in a string, not {_shown(pattern)}")
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ConfigError(str(path), f"`disclaimer.house-pattern` is not a valid regular expression: {exc}") from None
    return table


def _stuffing(path: Path, value: Any) -> dict[str, Any]:
    table = _table(path, "stuffing", value, _STUFFING_KEYS)
    if "min-words" in table:
        words = table["min-words"]
        if isinstance(words, bool) or not isinstance(words, int) or words < 1:
            raise ConfigError(str(path), f"`stuffing.min-words` must be a whole number of 1 or more, not {_shown(words)}")
    return table


def parse_config(path: Path, data: dict[str, Any]) -> Config:
    """Validate a config table: an unknown key, or a value of the wrong type or range, is an error naming the key."""
    for key in data:
        if key not in _KEYS:
            raise ConfigError(str(path), f"unknown key `{key}` (allowed: {', '.join(sorted(_KEYS))})")
    cfg = Config(source=path)
    changes: dict[str, Any] = {}
    for key in ("select", "ignore", "include", "exclude"):
        if key in data:
            changes[key] = _str_list(path, key, data[key])
    if "extend-rules" in data:
        changes["extend_rules"] = _packs(path, _str_list(path, "extend-rules", data["extend-rules"]))
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(str(path), f"`severity` must be a table of rule codes, not {_shown(sev)}")
        for code, value in sev.items():
            if value not in SEVERITIES:
                raise ConfigError(str(path), f"`severity.{code}` must be one of {', '.join(SEVERITIES)}, not {_shown(value)}")
        changes["severity"] = {str(k).upper(): v for k, v in sev.items()}
    if "fail-under" in data:
        value = data["fail-under"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise ConfigError(str(path), f"`fail-under` must be a number from 0 to 100, not {_shown(value)}")
        changes["fail_under"] = float(value)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise ConfigError(str(path), f"`fail-on` must be one of {', '.join(FAIL_ON)}, not {_shown(data['fail-on'])}")
        changes["fail_on"] = data["fail-on"]
    if "deadline" in data:
        changes["deadline"] = deadline_seconds(str(path), data["deadline"], "`deadline` ")
    settings: dict[str, Any] = {}
    if "keyphrase" in data:
        settings["keyphrase"] = _text(path, "keyphrase", data["keyphrase"])
    if "disclaimer" in data:
        settings["disclaimer"] = _disclaimer(path, data["disclaimer"])
    if "stuffing" in data:
        settings["stuffing"] = _stuffing(path, data["stuffing"])
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


def with_settings(specs: list[RuleSpec], config: Config) -> list[RuleSpec]:
    """The rule specs with the config's settings that are pack parameters put in (`[stuffing] min-words`)."""
    words = config.settings.get("stuffing", {}).get("min-words")
    if words is None:
        return specs
    return [replace(s, params={**s.params, "min_words": words}) if s.category == "keyword-stuffing" else s for s in specs]


def load_config(path: Path) -> Config:
    import tomllib  # here: most runs find no config file

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
