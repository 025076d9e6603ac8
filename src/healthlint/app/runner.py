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

No file can hold the run up: each is linted under the per-file deadline (a
timer in the process that lints it, which stops the regex engines and Python
code alike), and a worker that still does not answer, stuck or dead, is
replaced, the files it held linted again one at a time.
"""

from __future__ import annotations

import bisect
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from healthlint import limits
from healthlint.app.cache import ResultCache, content_key
from healthlint.app.compiled import load_linter
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import HealthlintError
from healthlint.model.document import line_starts
from healthlint.model.results import FileResult
from healthlint.packs import load_specs
from healthlint.readers import decode, parse, read_bytes, reader_for
from healthlint.readers.suppression import directive_problems
from healthlint.readers.text import read_text

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

CHUNK = 256
MIN_PARALLEL = 16  # fewer misses than this in a chunk are linted in-process
GRACE = 10.0  # seconds a batch may run past its files' deadlines before its worker is taken for stuck

# What a worker sends back per file: the path, the result's JSON as the cache keeps it or the problem, and
# the user patterns stopped for being slow while it was linted.
Linted = tuple[str, str | None, str | None, list[limits.SlowPattern]]


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
        _linter, _config = load_linter(config), config
        # The rules live for the run: collections skip them (a third of the first article's time), and workers
        # forked afterwards share their pages.
        gc.freeze()
    return _linter


def _init_worker(config: Config, cache: ResultCache | None) -> None:
    """Set up a process to lint: the rules, and the cache it writes its results to."""
    global _cache
    _get_linter(config)
    _cache = cache


def _lint_one(path: str, text: str) -> Linted:
    """Lint one article within the per-file deadline; an error is a problem to report, never an exception."""
    assert _linter is not None and _config is not None
    limits.begin_article(path)
    encoded = problem = None
    try:
        with limits.deadline(_config.deadline):
            encoded = _linter.lint(parse(path, text)).encode()
    except limits.DeadlineExceeded as exc:
        problem = f"{exc}; raise the limit with --deadline or `deadline` in the config if the file is sound"
    except HealthlintError as exc:
        problem = exc.problem
    except MemoryError:
        problem = "ran out of memory while linting it"
    except Exception as exc:  # a bug must not cost the other files their results
        problem = f"internal error, please report it: {type(exc).__name__}: {exc}"
    return path, encoded, problem, limits.take_slow_patterns()


def _unread(result: FileResult | None) -> list[tuple[int, str]]:
    """The warning for prose past the analysis limit, from the result's metrics (so a cached result warns too)."""
    metrics = result.metrics if result is not None else {}
    unread = metrics.get("unread_characters", 0)
    if not unread:
        return []
    read = metrics["characters_read"]
    said = f"the rules read {read:,} characters of its prose, to here (the analysis limit); the {unread:,} characters of the file after it"
    return [(metrics["unread_from_line"], f"{said} were not checked")]


def _lint_batch(tasks: list[tuple[str, str, str]]) -> list[Linted]:
    """Worker body: lint (path, text, cache key) tasks, and cache their results in one transaction.

    Once a user pattern has been stopped in this process, results lack its matches and are not cached.
    """
    results = [_lint_one(path, text) for path, text, _ in tasks]
    if _cache is not None and not limits.patterns_stopped():
        _cache.put_many([(key, encoded) for (_, _, key), (_, encoded, _, _) in zip(tasks, results, strict=True) if encoded])
    return results


def _pool_context() -> BaseContext:
    """`fork` where available: workers inherit the compiled rules; `spawn` elsewhere.

    multiprocessing is imported here, by the first run that needs workers: a one-file run never does.
    """
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


@dataclass
class _Batch:
    """Files sent to the workers together, and the answer still to come."""

    tasks: list[tuple[str, str, str]]
    pending: Any = None  # an AsyncResult


@dataclass
class _Chunk:
    """A chunk's outcomes, and the lint results still to come for its cache misses."""

    outcomes: list[Outcome]
    todo: list[int] = field(default_factory=list)  # indexes of outcomes sent to be linted
    results: list[Linted] | None = None  # linted in-process
    batches: list[_Batch] = field(default_factory=list)  # or sent to the workers


class Runner:
    def __init__(self, config: Config, jobs: int, cache: ResultCache | None, keep_source: bool) -> None:
        self.config = config
        self.jobs = max(1, jobs)
        self.cache = cache
        self.keep_source = keep_source
        self.pool: Any = None
        self.sent: list[_Batch] = []  # batches the workers have not answered yet
        self.slow: dict[tuple[str | None, str, str, str], limits.SlowPattern] = {}
        self.codes = frozenset(spec.code for spec in load_specs(list(config.extend_rules)))  # parsed once per process

    def prepare(self) -> None:
        """Set this process up to lint, on the first cache miss: a fully cached run compiles no rules.

        Workers forked afterwards inherit what it built.
        """
        _init_worker(self.config, self.cache)

    def slow_patterns(self, config_path: str) -> list[HealthlintError]:
        """One error per user pattern stopped for being slow, whichever files and workers met it."""
        return [slow.error(config_path) for slow in self.slow.values()]

    def run(self, inputs: list[tuple[str, bytes | HealthlintError | None]]) -> Iterator[Outcome]:
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

    def _send(self, inputs: list[tuple[str, bytes | HealthlintError | None]], last: bool = True) -> _Chunk:
        """Read a chunk, answer it from the cache where possible, and start linting the rest."""
        chunk = _Chunk([])
        tasks: list[tuple[str, str, str]] = []
        for path, data in inputs:
            outcome = Outcome(path)
            chunk.outcomes.append(outcome)
            try:
                if isinstance(data, HealthlintError):
                    raise data
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
            self.pool = self._new_pool()
        # A few batches per worker, so none waits on another; smaller ones at the end, so all finish together.
        size = max(1, len(tasks) // (self.jobs * (8 if last else 4)))
        chunk.batches = [self._submit(_Batch(tasks[i : i + size])) for i in range(0, len(tasks), size)]
        return chunk

    def _new_pool(self) -> Any:
        return _pool_context().Pool(self.jobs, initializer=_init_worker, initargs=(self.config, self.cache))

    def _submit(self, batch: _Batch) -> _Batch:
        batch.pending = self.pool.apply_async(_lint_batch, (batch.tasks,))
        if batch not in self.sent:
            self.sent.append(batch)
        return batch

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

    def _collect(self, batch: _Batch) -> list[Linted]:
        """A batch's results; if its worker stays silent past every deadline in it, the batch again, one file at a time."""
        import multiprocessing  # loaded with the pool

        try:
            found: list[Linted] = batch.pending.get(timeout=self.config.deadline * len(batch.tasks) + GRACE)
        except multiprocessing.TimeoutError:
            self.sent.remove(batch)
            found = self._one_by_one(batch.tasks)
        else:
            self.sent.remove(batch)
        return found

    def _one_by_one(self, tasks: list[tuple[str, str, str]]) -> list[Linted]:
        """Lint files alone in fresh workers, so that the one that hangs or kills its worker is named."""
        import multiprocessing  # loaded with the pool

        self._restart()
        found: list[Linted] = []
        for task in tasks:
            alone = self.pool.apply_async(_lint_batch, ([task],))
            try:
                found += alone.get(timeout=self.config.deadline + GRACE)
            except multiprocessing.TimeoutError:
                self._restart()
                waited = self.config.deadline + GRACE
                problem = f"the worker linting it stopped answering (stuck or dead) for {waited:g} s, past the per-file deadline"
                found.append((task[0], None, f"{problem}; it was replaced", []))
        for batch in self.sent:  # what the old workers were still doing is lost with them
            if not batch.pending.ready():
                self._submit(batch)
        return found

    def _restart(self) -> None:
        self.pool.terminate()
        self.pool.join()
        self.pool = self._new_pool()

    def _receive(self, chunk: _Chunk) -> Iterator[Outcome]:
        results = chunk.results if chunk.results is not None else [r for batch in chunk.batches for r in self._collect(batch)]
        for index, (path, encoded, problem, slow) in zip(chunk.todo, results, strict=True):
            for pattern in slow:
                self.slow.setdefault((pattern.origin, pattern.rule, pattern.key, pattern.pattern), pattern)
            if problem is not None or encoded is None:
                chunk.outcomes[index].error = HealthlintError(path, problem or "no result")
            else:
                chunk.outcomes[index].result = FileResult.from_json(path, encoded)
        for outcome in chunk.outcomes:
            outcome.warnings += _unread(outcome.result)
        yield from chunk.outcomes
