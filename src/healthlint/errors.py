"""Errors that end in a one-line message and exit code 2, never a traceback."""

from __future__ import annotations


class HealthlintError(Exception):
    """A problem with input, configuration or a rule pack, named by its file."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class InputError(HealthlintError):
    """An article that cannot be read: missing, binary, undecodable, empty, too large."""


class ConfigError(HealthlintError):
    """A configuration file, or an option, that healthlint cannot accept."""


class RulePackError(HealthlintError):
    """A rule pack that does not validate; the message names the line."""
