"""The default report: findings with the source line underlined, then a score table."""

from __future__ import annotations

from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from healthlint.engine import FileResult
from healthlint.findings import Finding
from healthlint.reporters import Run

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GRADE_STYLE = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}
CATEGORIES = ("superlative", "keyword-stuffing", "disclaimer", "contradiction")


_CONTEXT = 50


def _source_line(source: str, f: Finding) -> tuple[str, int, int]:
    """The finding's line, cut to a window around the span, and the span's place in it."""
    line_start = f.span.offset - (f.span.column - 1)
    line_end = source.find("\n", f.span.offset)
    line = source[line_start : len(source) if line_end < 0 else line_end].rstrip("\r").replace("\t", " ")
    start = f.span.column - 1
    end = min(start + len(f.span.text), len(line))
    left = max(0, start - _CONTEXT)
    right = min(len(line), max(end, start + 1) + _CONTEXT)
    prefix = "…" if left else ""
    shown = prefix + line[left:right] + ("…" if right < len(line) else "")
    return shown, start - left + len(prefix), max(end, start + 1) - left + len(prefix)


def _finding(console: Console, path: str, source: str, f: Finding) -> None:
    head = Text()
    head.append(f"{path}:{f.span.line}:{f.span.column} ", style="bold")
    head.append(f"{f.rule} ", style="bold magenta")
    head.append(f"{f.severity} ", style=_SEVERITY_STYLE[f.severity])
    head.append(f.message)
    console.print(head, soft_wrap=True)
    line, start, end = _source_line(source, f)
    if line.strip():
        shown = Text("    ")
        shown.append(line[:start])
        shown.append(line[start:end], style="underline " + _SEVERITY_STYLE[f.severity])
        shown.append(line[end:])
        console.print(shown, soft_wrap=True, highlight=False)
        console.print(Text("    " + " " * start + "^" * (end - start), style=_SEVERITY_STYLE[f.severity]), soft_wrap=True)
    for r in f.related[:5]:
        console.print(Text(f"    also at {r.span.line}:{r.span.column}: {r.span.text[:60]!r}", style="dim"), soft_wrap=True)
    if len(f.related) > 5:
        console.print(Text(f"    ... and {len(f.related) - 5} more", style="dim"))
    if f.suggestion:
        console.print(Text("    suggestion: ", style="green") + Text(f.suggestion), soft_wrap=True)


def _summary(console: Console, results: list[FileResult], plain: bool) -> None:
    table = Table(box=box.ASCII if plain else box.SIMPLE_HEAVY, title="healthlint summary", title_justify="left")
    table.add_column("file")
    table.add_column("score", justify="right")
    table.add_column("grade", justify="center")
    for cat in CATEGORIES:
        table.add_column(cat, justify="right")
    table.add_column("other", justify="right")
    table.add_column("result")
    for r in results:
        counts = {c: sum(f.category == c for f in r.findings) for c in CATEGORIES}
        other = len(r.findings) - sum(counts.values())
        table.add_row(
            r.path,
            f"{r.score:.1f}",
            Text(r.grade, style=_GRADE_STYLE[r.grade]),
            *(str(counts[c]) for c in CATEGORIES),
            str(other),
            Text("pass", style="green") if r.passed else Text("FAIL", style="bold red"),
        )
    console.print(table)


def write_terminal(run: Run, out: IO[str]) -> None:
    console = Console(
        file=out, no_color=not run.color, force_terminal=run.color, highlight=False, width=None if run.color else 120
    )
    for r in run.results:
        for f in r.findings:
            _finding(console, r.path, run.sources.get(r.path, ""), f)
        if r.findings:
            console.print()
    if run.results:
        _summary(console, run.results, plain=not run.color)
    if run.statistics:
        stats = Table(box=box.ASCII if not run.color else box.SIMPLE, title="findings per rule", title_justify="left")
        stats.add_column("count", justify="right")
        stats.add_column("code")
        stats.add_column("name")
        for (code, name), n in sorted(run.rule_counts().items(), key=lambda kv: (-kv[1], kv[0])):
            stats.add_row(str(n), code, name)
        console.print(stats)
    total = sum(len(r.findings) for r in run.results)
    failed = sum(not r.passed for r in run.results)
    console.print(f"{len(run.results)} file(s), {total} finding(s), {failed} below threshold.")
