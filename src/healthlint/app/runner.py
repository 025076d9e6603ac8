"""Lints many articles: through the cache, in worker processes when it pays, in input order.

Files are taken in chunks. The main process reads each file and answers what
it can from the cache; the rest go to a pool of workers that build their rules
once (inherited through `fork` where the platform has it, rebuilt by the
initializer under `spawn`) and write their results to the cache themselves.
While the workers lint one chunk, the main process reads the next and reports
the one before, so neither side waits on the other. Small runs stay
in-process: starting workers costs more than it saves. Results stream out in
input order, at most two chunks held at a time, so memory does not grow with
the number of files.
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from healthlint.app.cache import ResultCache, content_key
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import HealthlintError
from healthlint.model.document import line_starts
from healthlint.model.results import FileResult
from healthlint.packs import load_specs
from healthlint.readers import decode, parse, read_bytes, reader_for
from healthlint.readers.suppression import directive_problems
from healthlint.readers.text import read_text

CHUNK = 256
MIN_PARALLEL = 16  # fewer misses than this in a chunk are linted in-process


@dataclass
class Outcome:
    path: str
    result: FileResult | None = None
    error: HealthlintError | None = None
    source: str | None = None
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, problem), e.g. a mistyped directive


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


_linter: Linter | None = None
_config: Config | None = None
_cache: ResultCache | None = None


def _get_linter(config: Config) -> Linter:
    global _linter, _config
    if _linter is None or _config is not config:
        _linter, _config = Linter(config), config
    return _linter


def _init_worker(config: Config, cache: ResultCache | None) -> None:
    """Set up a process to lint: the rules, and the cache it writes its results to."""
    global _cache
    _get_linter(config)
    _cache = cache


def _lint_one(path: str, text: str) -> tuple[str, str | None, str | None]:
    """(path, the result's JSON as the cache keeps it, or an error message)."""
    assert _linter is not None
    try:
        return path, _linter.lint(parse(path, text)).encode(), None
    except HealthlintError as exc:
        return path, None, exc.problem
    except Exception as exc:  # a bug must not cost the other files their results
        return path, None, f"internal error, please report it: {type(exc).__name__}: {exc}"


def _lint_batch(tasks: list[tuple[str, str, str]]) -> list[tuple[str, str | None, str | None]]:
    """Worker body: lint (path, text, cache key) tasks, and cache their results in one transaction."""
    results = [_lint_one(path, text) for path, text, _ in tasks]
    if _cache is not None:
        _cache.put_many([(key, encoded) for (_, _, key), (_, encoded, _) in zip(tasks, results, strict=True) if encoded])
    return results


def _pool_context() -> multiprocessing.context.BaseContext:
    """`fork` where available: workers inherit the compiled rules; `spawn` elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


@dataclass
class _Chunk:
    """A chunk's outcomes, and the lint results still to come for its cache misses."""

    outcomes: list[Outcome]
    todo: list[int] = field(default_factory=list)  # indexes of outcomes sent to be linted
    results: Any = None  # a list, or an AsyncResult while workers lint


class Runner:
    def __init__(self, config: Config, jobs: int, cache: ResultCache | None, keep_source: bool) -> None:
        self.config = config
        self.jobs = max(1, jobs)
        self.cache = cache
        self.keep_source = keep_source
        self.pool: Any = None
        self.codes = frozenset(spec.code for spec in load_specs(list(config.extend_rules)))  # parsed once per process

    def prepare(self) -> None:
        """Set this process up to lint, on the first cache miss: a fully cached run compiles no rules.

        Workers forked afterwards inherit what it built.
        """
        _init_worker(self.config, self.cache)

    def run(self, inputs: list[tuple[str, bytes | None]]) -> Iterator[Outcome]:
        try:
            previous: _Chunk | None = None
            for start in range(0, len(inputs), CHUNK):
                current = self._send(inputs[start : start + CHUNK], last=start + CHUNK >= len(inputs))
                if previous is not None:
                    yield from self._receive(previous)
                previous = current
            if previous is not None:
                yield from self._receive(previous)
        finally:
            if self.pool is not None:
                self.pool.close()
                self.pool.join()
            if self.cache is not None:
                self.cache.finish()

    def _send(self, inputs: list[tuple[str, bytes | None]], last: bool = True) -> _Chunk:
        """Read a chunk, answer it from the cache where possible, and start linting the rest."""
        chunk = _Chunk([])
        tasks: list[tuple[str, str, str]] = []
        for path, data in inputs:
            outcome = Outcome(path)
            chunk.outcomes.append(outcome)
            try:
                raw = read_bytes(path) if data is None else data
                text = decode(path, raw)
            except HealthlintError as exc:
                outcome.error = exc
                continue
            if self.keep_source:
                outcome.source = text
            outcome.warnings = self._directive_warnings(path, text)
            key = content_key(path, raw)
            outcome.result = self._cached(path, key)
            if outcome.result is None:
                chunk.todo.append(len(chunk.outcomes) - 1)
                tasks.append((path, text, key))
        if not tasks:
            chunk.results = []
            return chunk
        self.prepare()
        if self.jobs == 1 or len(tasks) < MIN_PARALLEL:
            chunk.results = _lint_batch(tasks)
            return chunk
        if self.pool is None:
            if self.cache is not None:
                self.cache.close()  # reopened after the fork; a connection must not be shared with workers
            gc.freeze()  # the rules live for the run: collections skip them, and forked workers share their pages
            self.pool = _pool_context().Pool(self.jobs, initializer=_init_worker, initargs=(self.config, self.cache))
        # A few batches per worker, so none waits on another; smaller ones at the end, so all finish together.
        size = max(1, len(tasks) // (self.jobs * (8 if last else 4)))
        chunk.results = self.pool.map_async(_lint_batch, [tasks[i : i + size] for i in range(0, len(tasks), size)], chunksize=1)
        return chunk

    def _directive_warnings(self, path: str, text: str) -> list[tuple[int, str]]:
        """Suppression comments that suppress nothing, found here rather than in a worker: cached results warn too."""
        problems = directive_problems(text, self.codes, reads_directives=reader_for(path) is not read_text)
        if not problems:
            return []
        starts = line_starts(text)
        return [(bisect.bisect_right(starts, offset), problem) for offset, problem in problems]

    def _cached(self, path: str, key: str) -> FileResult | None:
        """The stored result for these contents, if any (an entry that does not read is a miss)."""
        entry = self.cache.get(key) if self.cache is not None else None
        try:
            return FileResult.from_json(path, entry) if entry is not None else None
        except (ValueError, KeyError, TypeError):
            return None

    def _receive(self, chunk: _Chunk) -> Iterator[Outcome]:
        results = chunk.results if isinstance(chunk.results, list) else [r for batch in chunk.results.get() for r in batch]
        for index, (path, encoded, problem) in zip(chunk.todo, results, strict=True):
            if problem is not None or encoded is None:
                chunk.outcomes[index].error = HealthlintError(path, problem or "no result")
            else:
                chunk.outcomes[index].result = FileResult.from_json(path, encoded)
        yield from chunk.outcomes
