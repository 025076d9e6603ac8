"""The `healthlint` command: check, rules, explain."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, NoReturn

import click

from healthlint import __version__
from healthlint.app.runner import default_jobs
from healthlint.config import FAIL_ON, Config, deadline_seconds, find_config, load_config
from healthlint.errors import ConfigError, HealthlintError, InputError
from healthlint.limits import DEFAULT_DEADLINE, os_problem, read_stream
from healthlint.model.text import printable
from healthlint.reporters import FORMATS, get_reporter

_READER_NAMES = {".html": "HTML", ".md": "Markdown"}


def _say(kind: str, message: object) -> None:
    """One line on stderr; file names and quotes in it are escaped, so none can split it or drive the terminal."""
    click.echo(f"healthlint: {kind}: {printable(str(message))}", err=True)


def _fail(error: HealthlintError) -> NoReturn:
    _say("error", error)
    sys.exit(2)


def _stdin_name(data: bytes, given: str | None) -> str:
    """The name standard input is linted under: --stdin-filename, else one whose extension fits the content.

    A guess is said on stderr, once: HTML linted as Markdown would report the wrong findings without a word.
    """
    if given:
        return given
    from healthlint.readers import decode, sniff

    try:
        ext, why = sniff(decode("-", data))
    except HealthlintError:
        return "stdin.md"  # undecodable: the runner reports why
    _say("note", f"standard input read as {_READER_NAMES[ext]} ({why}); --stdin-filename NAME picks the reader by its extension")
    return f"stdin{ext}"


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _config(config_path: str | None, paths: tuple[str, ...]) -> Config:
    if config_path:
        return load_config(Path(config_path))
    start = next((Path(p) for p in paths if p != "-"), Path.cwd())
    found = find_config(start)
    return load_config(found) if found else Config()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="healthlint")
def cli() -> None:
    """healthlint: find hype, keyword stuffing, missing disclaimers and contradictions in health articles."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--select", multiple=True, help="Only these rules: codes or prefixes (HL1), names or categories; comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of searching.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Fail a file scoring below this (default 80).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Also fail a file with any finding of this severity or worse.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when files fail (input errors still exit 2).")
@click.option("--include", multiple=True, help="Glob of files to lint inside directories (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files or folders to skip (repeatable).")
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="Name (and so format) of the text read from '-' (default: HTML if it starts as a page, else Markdown).",
)
@click.option("--diff", "--changed-since", "diff_ref", metavar="REF", help="Lint only files under PATHS changed since a git ref.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=0, help="Worker processes (default: usable cores; 1 runs in-process).")
@click.option("--no-cache", is_flag=True, help="Lint every file again instead of reusing cached results.")
@click.option(
    "--deadline",
    metavar="SECONDS",
    help=f"Stop a file that takes longer than this and report it as an input error (default {DEFAULT_DEADLINE:g}).",
)
@click.option("--statistics", is_flag=True, help="Also show how many findings each rule made.")
@click.option("--no-color", is_flag=True, help="Plain output even on a terminal (NO_COLOR is honoured too).")
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    fail_under: float | None,
    fail_on: str | None,
    exit_zero: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    stdin_filename: str | None,
    diff_ref: str | None,
    jobs: int,
    no_cache: bool,
    deadline: str | None,
    statistics: bool,
    no_color: bool,
) -> None:
    """Lint PATHS (files or folders; '-' reads standard input) and print a scored report.

    Exit codes: 0 every file passes, 1 a file fails its threshold, 2 a usage,
    configuration or input error.
    """
    from healthlint.app.cache import ResultCache
    from healthlint.app.runner import Runner
    from healthlint.engine import select_rules
    from healthlint.packs import load_specs

    if not paths and not diff_ref:
        raise click.UsageError("give PATHS to lint (or --diff REF to lint what changed)")
    try:
        config = _config(config_path, paths).with_overrides(
            select=_split(select),
            ignore=_split(ignore),
            fail_under=fail_under,
            fail_on=fail_on,
            include=_split(include),
            exclude=_split(exclude),
            deadline=None if deadline is None else deadline_seconds("--deadline", _number(deadline)),
        )
        # Selectors and rule metadata are checked here; a pack's parameters are compiled on the first cache
        # miss, which comes in the first chunk whenever a pack or the config changed (the cache key changes).
        rules = select_rules(load_specs(list(config.extend_rules)), config.select, config.ignore)
    except HealthlintError as exc:
        _fail(exc)
    files = _files(paths, diff_ref, config)
    if output and _is_input(output, files):
        _fail(ConfigError(output, "--output would overwrite a file being linted"))
    inputs: list[tuple[str, bytes | HealthlintError | None]] = [(f, None) if isinstance(f, str) else (f.path, f) for f in files]
    if "-" in paths:
        data = read_stream(sys.stdin.buffer)
        inputs.insert(0, (_stdin_name(data, stdin_filename), data))
    if not inputs and not diff_ref:
        _say("error", "no files to lint (check the paths and --include globs)")
        sys.exit(2)
    runner = Runner(config, jobs or default_jobs(), None if no_cache else ResultCache(config), keep_source=fmt in ("text", "html"))
    color = not output and not no_color and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    try:
        with _output(output) as stream:
            reporter = get_reporter(fmt)(stream, rules, statistics=statistics, color=color)
            for outcome in runner.run(inputs):
                for line, problem in outcome.warnings:
                    _say("warning", f"{outcome.path}:{line}: {problem}")
                if outcome.error is not None:
                    reporter.error(outcome.error)
                    _say("error", outcome.error)
                elif outcome.result is not None:
                    reporter.add(outcome.result, outcome.source)
            for problem in runner.slow_patterns(str(config.source or "the config")):
                reporter.error(problem)
                _say("error", problem)
            reporter.close()
    except HealthlintError as exc:
        _fail(exc)
    if reporter.errors:
        sys.exit(2)
    if not exit_zero and reporter.failed:
        sys.exit(1)


def _number(text: str) -> float | str:
    """A number given as an option's text, or the text itself (which the option's check then refuses)."""
    try:
        return float(text)
    except ValueError:
        return text


def _files(paths: tuple[str, ...], diff_ref: str | None, config: Config) -> list[str | InputError]:
    """The articles to lint: discovered under PATHS, or those changed since --diff REF."""
    from healthlint.app.discovery import discover

    targets = [p for p in paths if p != "-"]
    if not diff_ref:
        return list(discover(targets, config.include, config.exclude))
    from healthlint.app.changed import changed_files
    from healthlint.app.discovery import matches

    try:
        changed = changed_files(diff_ref, targets)
    except HealthlintError as exc:
        _fail(exc)
    files: list[str | InputError] = [f for f in changed if matches(Path(f), config.include) and not matches(Path(f), config.exclude)]
    if not files:
        click.echo(f"healthlint: no articles changed since {printable(diff_ref)}", err=True)
    return files


def _is_input(output: str, files: list[str | InputError]) -> bool:
    """Whether the report would overwrite an article being linted (the same file, by any path)."""
    try:
        target = os.stat(output)
    except OSError:
        return False  # not there yet, so not an input
    for f in files:
        try:
            found = os.stat(f) if isinstance(f, str) else None
        except OSError:
            continue
        if found is None:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or the report file: opened without blocking on a named pipe that nobody reads."""
    if not path:
        yield sys.stdout
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0), 0o666)
        os.set_blocking(fd, True)  # writes then wait as usual
        stream = open(fd, "w", encoding="utf-8")  # noqa: SIM115 - closed below, errors reported as exit 2
    except OSError as exc:
        raise ConfigError(path, f"cannot write report: {_write_problem(exc, path)}") from None
    try:
        with stream:
            yield stream
    except OSError as exc:
        raise ConfigError(path, f"cannot write report: {_write_problem(exc, path)}") from None


def _write_problem(exc: OSError, path: str) -> str:
    """Why the report cannot be written to `path`."""
    if exc.errno == errno.ENXIO:
        return "it is a named pipe (FIFO) that no process is reading"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "its folder does not exist"
    if exc.errno in (errno.EISDIR, errno.EACCES, errno.EPERM, errno.ELOOP):
        return os_problem(exc, path)
    return str(exc.strerror or exc)


@cli.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="The project whose cache to remove.")
def clean(config_path: str | None) -> None:
    """Remove the result cache (.healthlint_cache/) of the project."""
    from healthlint.app.cache import clean as remove

    try:
        removed = remove(_config(config_path, ()))
    except HealthlintError as exc:
        _fail(exc)
    click.echo(f"removed {removed}" if removed else "no cache to remove")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Include the packs this config adds.")
def rules(fmt: str, config_path: str | None) -> None:
    """List every rule: code, name, category, default severity and type."""
    from healthlint.packs import load_specs

    try:
        config = _config(config_path, ())
        specs = load_specs(list(config.extend_rules))
    except HealthlintError as exc:
        _fail(exc)
    if fmt == "json":
        import json

        keys = ("code", "name", "category", "severity", "type", "enabled", "message", "rationale")
        click.echo(json.dumps([{k: getattr(s, k) for k in keys} for s in specs], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="healthlint rules", title_justify="left")
    for col in ("code", "name", "category", "severity", "type", "default"):
        table.add_column(col)
    for s in specs:
        table.add_row(s.code, s.name, s.category, s.severity, s.type, "on" if s.enabled else "opt-in")
    Console(no_color=bool(os.environ.get("NO_COLOR")) or not sys.stdout.isatty(), width=120).print(table)


@cli.command()
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Include the packs this config adds.")
def explain(code: str, config_path: str | None) -> None:
    """Explain a rule (by code or name): what it flags and why, the token patterns it looks for, what excuses a
    match, and its examples."""
    from healthlint.explain import explanation, find_rule
    from healthlint.language.loader import load_language
    from healthlint.packs import load_specs

    try:
        packs = list(_config(config_path, ()).extend_rules)
        specs = load_specs(packs)
        spec = find_rule(specs, code)
        if spec is None:
            raise ConfigError(code, "no such rule (see `healthlint rules`)")
        text = explanation(spec, load_language(packs))
    except HealthlintError as exc:
        _fail(exc)
    click.echo(text)


def _needs_extra(extra: str, command: str, *modules: str) -> None:
    """One line and exit 2 when an optional extra's packages are not installed, instead of an ImportError."""
    import importlib

    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            click.echo(f'healthlint: error: `healthlint {command}` needs the {extra} extra: pip install "healthlint[{extra}]"', err=True)
            sys.exit(2)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; only requests addressed to it are answered.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of searching.")
def serve(paths: tuple[str, ...], host: str, port: int, config_path: str | None) -> None:
    """A local web app that highlights findings as you type, and an HTTP API (POST /api/lint, GET /api/rules).

    PATHS (files or folders) are offered in the app's file list, read-only.
    Needs the serve extra: pip install "healthlint[serve]".
    """
    _needs_extra("serve", "serve", "starlette", "uvicorn")
    import socket

    import uvicorn

    from healthlint.app.discovery import discover
    from healthlint.serve.app import create_app

    if host in ("", "0.0.0.0", "::", "*"):
        raise click.UsageError("give --host a specific address: the server answers only requests addressed to the host it is bound to")
    try:
        config = _config(config_path, paths)
        files = list(discover(list(paths), config.include, config.exclude))
        for f in files:
            if not os.path.isfile(f):
                raise ConfigError(f, "no such file")
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)  # proto TCP: asyncio then sets TCP_NODELAY on each connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen()  # connections made before the server runs wait in the backlog instead of being refused
    except HealthlintError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(ConfigError(f"{host}:{port}", f"cannot listen there: {exc.strerror or exc}"))
    port = sock.getsockname()[1]
    try:
        app = create_app(config, files, host, port)
    except HealthlintError as exc:
        _fail(exc)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"healthlint serve: http://{shown}:{port}/ ({len(files)} article(s) to open; Ctrl+C stops it)", err=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)).run(sockets=[sock])


@cli.command()
@click.option("--stdio", is_flag=True, help="Accepted for clients that pass it: standard input and output are the only transport.")
def lsp(stdio: bool) -> None:
    """A language server for Markdown, HTML and text: diagnostics as you type in any LSP editor.

    Speaks LSP over standard input and output. Needs the lsp extra: pip install "healthlint[lsp]".
    """
    _needs_extra("lsp", "lsp", "pygls")
    from healthlint.lsp import run

    run()


def main() -> None:
    """The console command. A check leaves without tearing its loaded rules down object by object.

    That teardown was a quarter of a one-file run, and a check has nothing left to do by then: the runner has
    joined its workers and closed the cache. Other commands (a server's clean-up at exit) end as usual.
    """
    checking = sys.argv[1:2] == ["check"]
    try:
        cli(prog_name="healthlint")
    except SystemExit as stop:
        if not checking or not isinstance(stop.code, int | None):
            raise
        _leave(stop.code or 0)
    if checking:
        _leave(0)


def _leave(code: int) -> NoReturn:
    """Flush what was written and exit at once (a closed pipe downstream is not an error of ours)."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
