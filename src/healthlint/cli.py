"""The `healthlint` command: check, rules, explain."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from healthlint import __version__
from healthlint.config import FAIL_ON, Config, find_config, load_config
from healthlint.errors import ConfigError, HealthlintError
from healthlint.reporters import FORMATS, Run, get_reporter


def _fail(error: HealthlintError) -> NoReturn:
    click.echo(f"healthlint: error: {error}", err=True)
    sys.exit(2)


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


def _linter(config: Config):  # type: ignore[no-untyped-def]
    from healthlint.engine import Linter

    return Linter(config)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="healthlint")
def cli() -> None:
    """healthlint: find hype, keyword stuffing, missing disclaimers and contradictions in health articles."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE instead of stdout."
)
@click.option("--select", multiple=True, help="Only these rules: codes or prefixes (HL1), names or categories; comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file instead of searching.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Fail a file scoring below this (default 70).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Also fail a file with any finding of this severity or worse.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when files fail (input errors still exit 2).")
@click.option("--include", multiple=True, help="Glob of files to lint inside directories (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files or folders to skip (repeatable).")
@click.option("--stdin-filename", default="stdin.md", show_default=True, help="Name (and so format) of the text read from '-'.")
@click.option("--diff", "--changed-since", "diff_ref", metavar="REF", help="Lint only files under PATHS changed since a git ref.")
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
    stdin_filename: str,
    diff_ref: str | None,
    statistics: bool,
    no_color: bool,
) -> None:
    """Lint PATHS (files or folders; '-' reads standard input) and print a scored report.

    Exit codes: 0 every file passes, 1 a file fails its threshold, 2 a usage,
    configuration or input error.
    """
    from healthlint.discovery import discover
    from healthlint.readers import read_document

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
        )
        linter = _linter(config)
    except HealthlintError as exc:
        _fail(exc)
    targets = [p for p in paths if p != "-"]
    if diff_ref:
        from healthlint.changed import changed_files
        from healthlint.discovery import matches

        try:
            changed = changed_files(diff_ref, targets)
        except HealthlintError as exc:
            _fail(exc)
        files = [f for f in changed if matches(Path(f), config.include) and not matches(Path(f), config.exclude)]
        if not files:
            click.echo(f"healthlint: no articles changed since {diff_ref}", err=True)
    else:
        files = list(discover(targets, config.include, config.exclude))
    if output and any(Path(output).resolve() == Path(f).resolve() for f in files):
        _fail(ConfigError(output, "--output would overwrite a file being linted"))
    run = Run(statistics=statistics, rules=linter.rules)
    inputs: list[tuple[str, bytes | None]] = [(f, None) for f in files]
    if "-" in paths:
        inputs.insert(0, (stdin_filename, sys.stdin.buffer.read()))
    for path, data in inputs:
        try:
            doc = read_document(path, data)
            run.results.append(linter.lint(doc))
            if fmt == "text":
                run.sources[path] = doc.source
        except HealthlintError as exc:
            run.errors.append(exc)
            click.echo(f"healthlint: error: {exc}", err=True)
        except Exception as exc:  # a bug must not cost the user the other files' results
            error = HealthlintError(path, f"internal error, please report it: {type(exc).__name__}: {exc}")
            run.errors.append(error)
            click.echo(f"healthlint: error: {error}", err=True)
    if not inputs and not diff_ref:
        click.echo("healthlint: error: no files to lint (check the paths and --include globs)", err=True)
        sys.exit(2)
    reporter = get_reporter(fmt)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as stream:
                reporter(run, stream)
        except OSError as exc:
            _fail(ConfigError(output, f"cannot write report: {exc.strerror or exc}"))
    else:
        run.color = not no_color and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
        reporter(run, sys.stdout)
    if run.errors:
        sys.exit(2)
    if not exit_zero and any(not r.passed for r in run.results):
        sys.exit(1)


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
def explain(code: str) -> None:
    """Explain a rule: what it flags, why, and examples."""
    from healthlint.packs import load_specs

    try:
        specs = load_specs(list(_config(None, ()).extend_rules))
    except HealthlintError as exc:
        _fail(exc)
    spec = next((s for s in specs if code.upper() == s.code or code.lower() == s.name), None)
    if spec is None:
        _fail(ConfigError(code, "no such rule (see `healthlint rules`)"))
    lines = [
        f"{spec.code} {spec.name} ({spec.category}, {spec.severity}{'' if spec.enabled else ', opt-in'})",
        "",
        f"Message: {spec.message}",
    ]
    if spec.suggestion:
        lines.append(f"Suggestion: {spec.suggestion}")
    if spec.rationale:
        lines += ["", "Why:", f"  {spec.rationale}"]
    for kind in ("bad", "good"):
        if spec.examples.get(kind):
            lines += ["", "Flagged:" if kind == "bad" else "Not flagged:"]
            lines += [f"  - {e}" for e in spec.examples[kind]]
    click.echo("\n".join(lines))


def main() -> None:
    cli(prog_name="healthlint")
