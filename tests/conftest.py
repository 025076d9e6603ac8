"""Shared helpers: write real files, run the real CLI, lint text through the real engine."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from healthlint.cli import cli
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.language.patterns import Pattern
from healthlint.language.tokens import Tokens
from healthlint.model.results import FileResult
from healthlint.readers import parse

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((Path(__file__).parent / "report.schema.json").read_text(encoding="utf-8"))

_LINTERS: dict[str, Linter] = {}


def linter(select: tuple[str, ...] = (), **settings: object) -> Linter:
    """A linter for the built-in packs, cached: packs compile once per test session."""
    key = repr((select, sorted(settings.items())))
    if key not in _LINTERS:
        _LINTERS[key] = Linter(Config(select=select, settings=dict(settings)))
    return _LINTERS[key]


def lint_text(text: str, name: str = "article.md", select: tuple[str, ...] = (), **settings: object) -> FileResult:
    return linter(select, **settings).lint(parse(name, text))


def codes(result: FileResult) -> list[str]:
    return [f.rule for f in result.findings]


def pattern_finds(pattern: Pattern, text: str) -> list[str]:
    """What a token pattern finds in a text read as one sentence: left to right, none overlapping, as the text spells it."""
    tokens = Tokens.of(text)
    out, i = [], 0
    while i < len(tokens):
        m = pattern.match_at(tokens.words, i, len(tokens))
        if m is None:
            i += 1
        else:
            out.append(tokens.original(m.start, m.end))
            i = m.end
    return out


@pytest.fixture(autouse=True, scope="session")
def _own_kept_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What runs keep for the next (`healthlint.kept`) goes to a folder of the session's own, subprocesses
    included: the suite neither reads what the user's runs kept nor leaves anything behind."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("kept"))
    yield
    if old is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in an empty folder, so result caches never land in the checkout."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def put(path: Path, content: str | bytes) -> Path:
    """Write a file as given (text as UTF-8, line endings untouched), making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    return lambda name, content: put(tmp_path / name, content)


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    def _run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return _run
