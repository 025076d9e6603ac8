"""The default report: findings with the source line underlined, then a score table."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from healthlint.model.findings import Finding
from healthlint.model.results import FileResult
from healthlint.reporters import Reporter

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GRADE_STYLE = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}
CATEGORIES = ("superlative", "keyword-stuffing", "disclaimer", "contradiction")
_SHORT = {"superlative": "hype", "keyword-stuffing": "stuffing", "disclaimer": "disclaimer", "contradiction": "conflicts"}


_CONTEXT = 50


def _source_line(source: str, f: Finding, line_end: int) -> tuple[str, int, int]:
    """A window of the finding's line around its span, and the span's place in it.

    Only the window is copied, so a finding on a line of megabytes costs what one on a short line does.
    """
    line_start = f.span.offset - (f.span.column - 1)
    start = f.span.offset
    end = min(f.span.end_offset, line_end)
    left = max(line_start, start - _CONTEXT)
    right = min(line_end, max(end, start + 1) + _CONTEXT)
    prefix = "…" if left > line_start else ""
    shown = prefix + source[left:right].replace("\t", " ") + ("…" if right < line_end else "")
    return shown, start - left + len(prefix), max(end, start + 1) - left + len(prefix)


def _line_end(source: str, f: Finding, known: dict[int, int]) -> int:
    """Where the finding's line ends (before its line break), found once per line."""
    line_start = f.span.offset - (f.span.column - 1)
    end = known.get(line_start)
    if end is None:
        end = source.find("\n", f.span.offset)
        end = len(source) if end < 0 else end
        while end > line_start and source[end - 1] == "\r":
            end -= 1
        known[line_start] = end
    return end


def _finding(console: Console, path: str, source: str, f: Finding, line_ends: dict[int, int]) -> None:
    head = Text()
    head.append(f"{path}:{f.span.line}:{f.span.column} ", style="bold")
    head.append(f"{f.rule} ", style="bold magenta")
    head.append(f"{f.severity} ", style=_SEVERITY_STYLE[f.severity])
    head.append(f.message)
    console.print(head, soft_wrap=True)
    line, start, end = _source_line(source, f, _line_end(source, f, line_ends))
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


class TerminalReporter(Reporter):
    """Findings as each file finishes, then one summary table (a row per file, not its findings)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.console = Console(
            file=self.out, no_color=not self.color, force_terminal=self.color, highlight=False, width=None if self.color else 120
        )
        self.rows: list[tuple[str, float, str, dict[str, int], int, bool]] = []

    def add(self, result: FileResult, source: str | None) -> None:
        line_ends: dict[int, int] = {}
        for f in result.findings:
            _finding(self.console, result.path, source or "", f, line_ends)
        if result.findings:
            self.console.print()
        counts = {c: sum(f.category == c for f in result.findings) for c in CATEGORIES}
        self.rows.append((result.path, result.score, result.grade, counts, len(result.findings) - sum(counts.values()), result.passed))
        super().add(result, source)

    def close(self) -> None:
        plain = not self.color
        if self.rows:
            table = Table(box=box.ASCII if plain else box.SIMPLE_HEAVY, title="healthlint summary", title_justify="left")
            table.add_column("file", overflow="fold", min_width=min(40, max(len(r[0]) for r in self.rows)))
            table.add_column("score", justify="right")
            table.add_column("grade", justify="center")
            for cat in CATEGORIES:
                table.add_column(_SHORT[cat], justify="right")
            table.add_column("other", justify="right")
            table.add_column("result")
            for path, score, grade, counts, other, passed in self.rows:
                table.add_row(
                    path,
                    f"{score:.1f}",
                    Text(grade, style=_GRADE_STYLE[grade]),
                    *(str(counts[c]) for c in CATEGORIES),
                    str(other),
                    Text("pass", style="green") if passed else Text("FAIL", style="bold red"),
                )
            self.console.print(table)
        if self.statistics:
            stats = Table(box=box.ASCII if plain else box.SIMPLE, title="findings per rule", title_justify="left")
            stats.add_column("count", justify="right")
            stats.add_column("code")
            stats.add_column("name")
            for (code, name), n in sorted(self.rule_counts.items(), key=lambda kv: (-kv[1], kv[0])):
                stats.add_row(str(n), code, name)
            self.console.print(stats)
        self.console.print(f"{self.files} file(s), {self.findings} finding(s), {self.failed} below threshold.")
