"""Compiled rule sets kept between runs (see `healthlint.kept`): a run whose rules, vocabularies, settings and
healthlint code are unchanged loads its rules in tens of milliseconds instead of compiling about a thousand
token patterns and indexing them again, which was most of a one-file run's time.

A kept rule set is a pickle named by the run key that the result cache also uses, so any change to what could
change a result compiles afresh. The vocabularies are not in it: they load from their own kept form
(`language.loader`) and the rules are joined to them by class name.
"""

from __future__ import annotations

import gc
import io
import pickle
import sys
from typing import Any

from healthlint import kept
from healthlint.app.cache import run_key
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.language.loader import Language, load_language
from healthlint.language.vocabulary import Vocabulary, WordClass


def load_linter(config: Config) -> Linter:
    """The Linter for this configuration: kept from an earlier run when nothing it depends on has changed,
    else built (a ConfigError or RulePackError as `Linter` raises it) and kept for the next run."""
    language = load_language(list(config.extend_rules))
    digest = f"{run_key(config)}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    linter = _load(digest, config, language)
    if linter is None:
        linter = Linter(config)
        _store(digest, linter)
    return linter


class _Pickler(pickle.Pickler):
    """Writes a Linter without its configuration and language: those come from the run that loads it."""

    def __init__(self, file: io.BytesIO, linter: Linter) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.config = linter.config
        self.language = linter.language

    def persistent_id(self, obj: Any) -> Any:
        if obj is self.config:
            return ("config",)
        if obj is self.language:
            return ("language",)
        if isinstance(obj, WordClass):
            return ("class", obj.name)
        if isinstance(obj, Vocabulary):
            return ("vocabulary",)
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, config: Config, language: Language) -> None:
        super().__init__(file)
        self.config = config
        self.language = language

    def persistent_load(self, pid: Any) -> Any:
        kind = pid[0]
        if kind == "config":
            return self.config
        if kind == "language":
            return self.language
        if kind == "vocabulary":
            return self.language.vocabulary
        found = self.language.vocabulary.get(pid[1])
        if found is None:
            raise pickle.UnpicklingError(f"no vocabulary class {pid[1]}")
        return found


def _load(digest: str, config: Config, language: Language) -> Linter | None:
    data = kept.read("rules", digest)
    if data is None:
        return None
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: the collector would triple the load's time
    try:
        linter = _Unpickler(io.BytesIO(data), config, language).load()
    except Exception:  # truncated, or from another version of a dependency: build again
        return None
    finally:
        if enabled:
            gc.enable()
    return linter if isinstance(linter, Linter) else None


def _store(digest: str, linter: Linter) -> None:
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, linter).dump(linter)
    except Exception:  # a user rule holding something that cannot be pickled: compile next time too
        return
    kept.write("rules", digest, buffer.getvalue())
