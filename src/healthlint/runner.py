"""Lints many articles: through the cache, in worker processes when it pays, in input order.

Files are taken in chunks. The main process reads each file, answers what it
can from the cache, and sends the rest to a pool of workers that build their
rules once (inherited through `fork` where the platform has it, rebuilt by
the initializer under `spawn`). Small runs stay in-process: starting workers
costs more than it saves. Results stream out in input order, one chunk at a
time, so memory does not grow with the number of files.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from healthlint.cache import ResultCache, content_key
from healthlint.config import Config
from healthlint.engine import FileResult, Linter
from healthlint.errors import HealthlintError
from healthlint.readers import decode, parse, read_bytes

CHUNK = 256
MIN_PARALLEL = 16  # fewer misses than this in a chunk are linted in-process


@dataclass
class Outcome:
    path: str
    result: FileResult | None = None
    error: HealthlintError | None = None
    source: str | None = None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


_linter: Linter | None = None
_config: Config | None = None


def _get_linter(config: Config) -> Linter:
    global _linter, _config
    if _linter is None or _config is not config:
        _linter, _config = Linter(config), config
    return _linter


def _init_worker(config: Config) -> None:
    _get_linter(config)


def _lint_text(task: tuple[str, str]) -> tuple[str, dict[str, Any] | None, str | None]:
    """Worker body: (path, text) -> (path, result as a dict, or an error message)."""
    path, text = task
    assert _linter is not None
    try:
        return path, _linter.lint(parse(path, text)).to_dict(), None
    except HealthlintError as exc:
        return path, None, exc.problem
    except Exception as exc:  # a bug must not cost the other files their results
        return path, None, f"internal error, please report it: {type(exc).__name__}: {exc}"


def _pool_context() -> multiprocessing.context.BaseContext:
    """`fork` where available: workers inherit the compiled rules; `spawn` elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class Runner:
    def __init__(self, config: Config, jobs: int, cache: ResultCache | None, keep_source: bool) -> None:
        self.config = config
        self.jobs = max(1, jobs)
        self.cache = cache
        self.keep_source = keep_source
        self.pool: Any = None

    def linter(self) -> Linter:
        """Built on the first cache miss, so a fully cached run compiles no rules."""
        return _get_linter(self.config)

    def run(self, inputs: list[tuple[str, bytes | None]]) -> Iterator[Outcome]:
        try:
            for start in range(0, len(inputs), CHUNK):
                yield from self._chunk(inputs[start : start + CHUNK])
        finally:
            if self.pool is not None:
                self.pool.close()
                self.pool.join()
            if self.cache is not None:
                self.cache.prune()

    def _chunk(self, chunk: list[tuple[str, bytes | None]]) -> Iterator[Outcome]:
        outcomes: list[Outcome] = []
        todo: list[tuple[int, str, str, str]] = []  # (index, path, text, cache key)
        for path, data in chunk:
            outcome = Outcome(path)
            outcomes.append(outcome)
            try:
                raw = read_bytes(path) if data is None else data
                text = decode(path, raw)
            except HealthlintError as exc:
                outcome.error = exc
                continue
            if self.keep_source:
                outcome.source = text
            key = content_key(path, raw)
            entry = self.cache.get(key) if self.cache is not None else None
            if entry is not None:
                outcome.result = FileResult.from_dict({**entry, "path": path})
            else:
                todo.append((len(outcomes) - 1, path, text, key))
        for (index, _, _, key), (path, result, problem) in zip(todo, self._lint([(p, t) for _, p, t, _ in todo]), strict=True):
            if problem is not None:
                outcomes[index].error = HealthlintError(path, problem)
                continue
            assert result is not None
            outcomes[index].result = FileResult.from_dict(result)
            if self.cache is not None:
                self.cache.put(key, {k: v for k, v in result.items() if k != "path"})
        yield from outcomes

    def _lint(self, tasks: list[tuple[str, str]]) -> list[tuple[str, dict[str, Any] | None, str | None]]:
        if not tasks:
            return []
        self.linter()
        if self.jobs == 1 or len(tasks) < MIN_PARALLEL:
            return [_lint_text(t) for t in tasks]
        if self.pool is None:
            self.pool = _pool_context().Pool(self.jobs, initializer=_init_worker, initargs=(self.config,))
        return list(self.pool.imap(_lint_text, tasks, chunksize=max(1, len(tasks) // (self.jobs * 4))))
