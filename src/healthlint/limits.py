"""Limits on the work one input can cost, and the helpers that hold healthlint to them.

healthlint's own stages (readers, the document model, reporters) are linear or
n log n in the input. What they cannot bound is bounded here: the bytes read
from any path, text that never ends a sentence, YAML that multiplies itself
through aliases, regular expressions that users write, and, as a last resort,
the time one file may take. The README's "Bad input" section lists each limit
and what happens when it is reached; every such case ends in one line
`healthlint: error: <path>: <problem>` and exit code 2, never a traceback.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

import regex
import yaml

from healthlint.errors import HealthlintError

MAX_INPUT_BYTES = 10 * 1024 * 1024  # an article, a config or a rule pack; at most this plus one byte is read
MAX_RUN_CHARS = 1000  # a longer sentence (or word) is cut into pieces of at most this for analysis, not for positions
MAX_ANALYSED_CHARS = 100_000  # prose the rules read of one file (a long article has 50,000); the rest is reported unread
MAX_CLAUSE_WORDS = 60  # tokens either side of a match that its clause is read over, however long the clause runs
MAX_FRAMES_PER_TARGET = 32  # claims of one kind about one target that the contradiction rules pair (repeats aside)
MAX_READS_PER_SENTENCE = 12  # matches of one rule read in one sentence (piece); more are a repetition, not prose
YAML_MAX_ALIAS_NODES = 10_000  # values that aliases (*name) may add by repeating anchored ones, in one YAML document
YAML_MAX_DEPTH = 64  # nesting levels of one YAML document
USER_REGEX_SECONDS = 1.0  # what one user pattern may spend on one article before it is stopped
DEFAULT_DEADLINE = 30.0  # seconds one file may take to lint, reading through scoring (`deadline`, `--deadline`)
_MIB = 1024 * 1024

# -- regular files only --------------------------------------------------------------------------------

_KINDS = {
    stat.S_IFDIR: "is a directory",
    stat.S_IFIFO: "is a named pipe (FIFO), not a regular file",
    stat.S_IFCHR: "is a character device, not a regular file",
    stat.S_IFBLK: "is a block device, not a regular file",
    stat.S_IFSOCK: "is a socket, not a regular file",
}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def os_problem(exc: OSError, path: str, missing: str = "no such file") -> str:
    """What an OSError met on `path` means, in the words of the error lines."""
    if exc.errno == errno.ENOENT:
        return "broken symbolic link (its target does not exist)" if os.path.islink(path) else missing
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOTDIR:
        return "no such file (a part of the path is not a folder)"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def too_large(size: int | None) -> str:
    """The problem of a file over the size limit; `size` None when only reading it found out."""
    shown = f"{size // _MIB} MiB" if size is not None else f"over {MAX_INPUT_BYTES // _MIB} MiB"
    return f"file is too large ({shown}; the limit is {MAX_INPUT_BYTES // _MIB} MiB)"


def read_regular(path: str | os.PathLike[str], error: type[HealthlintError], missing: str = "no such file") -> bytes:
    """The bytes of a regular file, or `error(path, problem)`.

    The type is checked before opening (nothing is opened that is not a
    regular file, so no device sees an open) and again on the open descriptor
    (in case the path was swapped in between); the open does not block on a
    FIFO, and at most MAX_INPUT_BYTES plus one byte is read, whatever size the
    file claims. `missing` says what a path to nothing is.
    """
    name, limit = os.fspath(path), MAX_INPUT_BYTES
    try:
        kind = _KINDS.get(stat.S_IFMT(os.stat(name).st_mode))
        if kind:
            raise error(name, kind)
        fd = os.open(name, _OPEN_FLAGS)
    except OSError as exc:
        raise error(name, os_problem(exc, name, missing)) from None
    try:
        info = os.fstat(fd)
        kind = _KINDS.get(stat.S_IFMT(info.st_mode))
        if kind:
            raise error(name, kind)
        if info.st_size > limit:
            raise error(name, too_large(info.st_size))
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _MIB))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise error(name, os_problem(exc, name)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise error(name, too_large(None))
    return data


def read_stream(stream: Any) -> bytes:
    """At most MAX_INPUT_BYTES plus one byte of a binary stream (standard input): one without end is not read to its end."""
    chunks, left = [], MAX_INPUT_BYTES + 1
    while left > 0:
        chunk = stream.read(min(left, _MIB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# -- YAML --------------------------------------------------------------------------------------------


class YamlLimitError(yaml.MarkedYAMLError):
    """YAML that would expand past the alias bound or nest past the depth bound; read like any YAML error."""


def load_yaml(text: str, loader: type) -> Any:
    """`yaml.load(text, Loader=loader)`, refusing a document that aliases blow up or that nests too deep.

    Aliases share the anchored value rather than copy it, so loading a
    "billion laughs" is cheap; whatever walks the result is not. The composed
    node graph is measured first, each node once: how many values the aliases
    add when expanded, and how deep the document nests.
    """
    instance = loader(text)
    try:
        node = instance.get_single_node()
        if node is None:
            return None
        _measure(node)
        return instance.construct_document(node)
    finally:
        instance.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _measure(root: yaml.Node) -> None:
    """Raise YamlLimitError when aliases add more than YAML_MAX_ALIAS_NODES values or nesting passes YAML_MAX_DEPTH."""
    sizes: dict[int, int] = {}  # node id -> values in its full expansion, itself included
    depth: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            kids = _children(node)
            sizes[key] = 1 + sum(sizes[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            open_nodes.discard(key)
            if depth[key] > YAML_MAX_DEPTH:
                raise YamlLimitError(None, None, f"nested more than {YAML_MAX_DEPTH} levels deep", node.start_mark)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise YamlLimitError(None, None, "an alias refers to the value that contains it (a recursive alias)", node.start_mark)
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((kid, False) for kid in _children(node) if id(kid) not in sizes)
    added = sizes[id(root)] - len(sizes)
    if added > YAML_MAX_ALIAS_NODES:
        raise YamlLimitError(
            None,
            None,
            f"its aliases (*name) expand to {added:,} more values, over the limit of {YAML_MAX_ALIAS_NODES:,}"
            ' (a "billion laughs"); write the values out',
            root.start_mark,
        )


# -- user regular expressions --------------------------------------------------------------------------


@dataclass(frozen=True)
class SlowPattern:
    """A user's pattern that ran out of time: where it is written, and the article it met."""

    origin: str | None  # the rule pack's path; None for the config (its path is known where the run is reported)
    rule: str
    key: str
    pattern: str
    article: str

    def error(self, config_path: str) -> HealthlintError:
        return HealthlintError(
            self.origin or config_path,
            f"rule {self.rule}: the pattern `{self.pattern}` in `{self.key}` took more than {USER_REGEX_SECONDS:g} s"
            f" on {self.article} and was stopped, for the rest of the run; rewrite it so that no part of it can match"
            " the same text in many ways (nested repeats such as (a+)+, or overlapping alternatives such as (a|aa)+)",
        )


_article = ""
_epoch = 0  # counts articles, so that each pattern's budget starts afresh with each one
_slow: list[SlowPattern] = []
_stopped = False  # a pattern has been stopped in this process: later results lack its matches


def begin_article(path: str) -> None:
    """Start the user patterns' time budgets afresh for the article about to be linted."""
    global _article, _epoch
    _article, _epoch = path, _epoch + 1


def take_slow_patterns() -> list[SlowPattern]:
    """The patterns stopped since the last call (each is stopped, and so reported, once per process)."""
    found = _slow[:]
    _slow.clear()
    return found


def patterns_stopped() -> bool:
    """Whether a user pattern has been stopped in this process, so that results are missing its matches."""
    return _stopped


class BudgetedPattern:
    """A compiled user pattern that spends at most USER_REGEX_SECONDS on each article.

    It answers as `regex.Pattern` does, for the methods rules use. The time
    counted is the time inside the regex engine (passed on as its `timeout=`),
    not the time the caller spends between matches. A pattern out of time
    matches nothing from then on, and is recorded once, to be reported.
    """

    def __init__(self, compiled: regex.Pattern[str], origin: str | None, rule: str, key: str) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groupindex = compiled.groupindex
        self.groups = compiled.groups
        self.origin, self.rule, self.key = origin, rule, key
        self.epoch = -1
        self.spent = 0.0
        self.stopped = False

    def _left(self) -> float | None:
        """Seconds left on this article, or None once stopped."""
        if self.stopped:
            return None
        if self.epoch != _epoch:
            self.epoch, self.spent = _epoch, 0.0
        return USER_REGEX_SECONDS - self.spent

    def _stop(self) -> None:
        global _stopped
        self.stopped = _stopped = True
        _slow.append(SlowPattern(self.origin, self.rule, self.key, self.pattern, _article))

    def _call(self, method: Any, string: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        left = self._left()
        if left is None:
            return None
        if left <= 0:
            self._stop()
            return None
        started = time.perf_counter()
        try:
            return method(string, *args, timeout=left, **kwargs)
        except TimeoutError:
            self._stop()
            return None
        finally:
            self.spent += time.perf_counter() - started

    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._call(self.compiled.search, string, args, kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._call(self.compiled.match, string, args, kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._call(self.compiled.fullmatch, string, args, kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self._call(self.compiled.findall, string, args, kwargs) or []

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """`finditer` as repeated searches, so each is timed alone (an empty match moves the next search on by one)."""
        end = len(string) if endpos is None else endpos
        while pos <= end:
            found = self._call(self.compiled.search, string, (pos, end), {})
            if found is None:
                return
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1


def budgeted(compiled: regex.Pattern[str], origin: str | None, rule: str, key: str) -> regex.Pattern[str]:
    """A rule's pattern as it should run: the built-in packs' as compiled, a user's with a time budget.

    `origin` is the rule pack's path, or None for a pattern from the config.
    """
    if origin is not None and is_builtin(origin):
        return compiled
    return BudgetedPattern(compiled, origin, rule, key)  # type: ignore[return-value]


def is_builtin(pack: str) -> bool:
    """Whether a rule pack is one of those shipped with healthlint."""
    from healthlint.packs import builtin_pack_dir  # packs reads YAML through this module

    return os.path.dirname(os.path.abspath(pack)) == os.path.abspath(builtin_pack_dir())


_USER_PATTERNS: dict[tuple[str, str, str], regex.Pattern[str]] = {}


def config_pattern(source: str, rule: str, key: str) -> regex.Pattern[str]:
    """A case-insensitive pattern from the config (validated when the config loads), budgeted, compiled once."""
    found = _USER_PATTERNS.get((source, rule, key))
    if found is None:
        found = _USER_PATTERNS[(source, rule, key)] = budgeted(regex.compile(source, regex.I), None, rule, key)
    return found


# -- the per-file deadline -----------------------------------------------------------------------------


class DeadlineExceeded(Exception):
    """A file took longer than the per-file deadline; `stage` says what it was going through."""

    def __init__(self, seconds: float, stage: str) -> None:
        super().__init__(f"took longer than {seconds:g} s (the per-file deadline) and was stopped while {stage}")
        self.seconds = seconds
        self.stage = stage


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DeadlineExceeded in the body once it has run `seconds`.

    A SIGALRM timer: the regex engines and Python code alike stop at it. It
    needs the main thread of a POSIX process (a worker process's is one); elsewhere
    the body runs unbounded.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded(seconds, stage_of(frame))

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# What a file is going through, by the module running (the innermost listed one on the stack wins).
_STAGES = {
    "healthlint.readers.frontmatter": "reading its front matter",
    "healthlint.readers.suppression": "reading its healthlint-disable comments",
    "healthlint.readers.inline": "reading it as Markdown",
    "healthlint.readers.markdown": "reading it as Markdown",
    "healthlint.readers.html": "reading it as HTML",
    "healthlint.readers.text": "reading it as text",
    "healthlint.language.sentences": "splitting sentences",
    "healthlint.language.tokens": "splitting it into words",
    "healthlint.language.patterns": "matching the rules' patterns",
    "healthlint.language.matching": "indexing its words for the rules",
    "healthlint.language.assertion": "reading how its sentences assert",
    "healthlint.language.topic": "finding its subject",
    "healthlint.readability.metrics": "computing readability",
    "healthlint.readability.hyphenation": "computing readability",
    "healthlint.engine": "applying suppressions and scoring",
    "healthlint.reporters.html": "writing the HTML report",
}


def stage_of(frame: FrameType | None) -> str:
    """The stage a stopped file was in: the rule running, if any, and the innermost stage named in _STAGES below it."""
    inner, rule = None, None
    while frame is not None and rule is None:
        module = frame.f_globals.get("__name__", "")
        if inner is None and module in _STAGES:
            inner = _STAGES[module]
        spec = getattr(frame.f_locals.get("self"), "spec", None)
        if module.startswith("healthlint.checks") and hasattr(spec, "code"):
            rule = f"running rule {spec.code} ({spec.name})"
        frame = frame.f_back
    if rule and inner:
        return f"{rule}, {inner}"
    return rule or inner or "linting it"
