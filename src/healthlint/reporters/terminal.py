"""The default report: findings with the source line underlined, then a score table.

Everything is fitted to the terminal's width (COLUMNS, else the terminal's own,
else 120 for a file or a pipe): a source excerpt is cut around its span, counted
in screen cells, so the carets stay under the flagged characters; the table keeps
its verdict column and wraps paths at their separators. Text from files (names,
quotes) is shown through `printable`: it cannot move the cursor or colour the screen.
"""

from __future__ import annotations

import os
from typing import IO

from rich import box
from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from healthlint.model.findings import CATEGORIES, CATEGORY_LABELS, Finding
from healthlint.model.results import FileResult
from healthlint.model.text import ELLIPSIS, cut, printable
from healthlint.reporters import Reporter

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GRADE_STYLE = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}
_INDENT = "    "
_DEFAULT_WIDTH = 120  # a file or a pipe
_MIN_WIDTH = 40
_MIN_PATH = 20  # the narrowest file column worth having; below it the grade joins the score column
# Only a rule under the header, columns two cells apart: vertical lines would cost a column per boundary.
_RULED = box.Box("    \n    \n -- \n    \n    \n -- \n    \n    \n", ascii=True)
_GAP = 2


def _ruled_table(title: str) -> Table:
    return Table(box=_RULED, title=title, title_justify="left", padding=(0, 1), collapse_padding=True, pad_edge=False, show_edge=False)


def terminal_width(out: IO[str]) -> int:
    """Columns to fit: COLUMNS if set, else the terminal's width, else 120."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(_MIN_WIDTH, int(columns))
    try:
        if out.isatty():
            return max(_MIN_WIDTH, os.get_terminal_size(out.fileno()).columns or _DEFAULT_WIDTH)
    except (AttributeError, OSError, ValueError):
        pass
    return _DEFAULT_WIDTH


def _cells(ch: str) -> int:
    return get_character_cell_size(ch)


def _shown_char(ch: str) -> str:
    """A character as the excerpt shows it: tabs as a space, anything unprintable as U+FFFD, one cell each."""
    if ch == "\t":
        return " "
    return "\ufffd" if printable(ch) != ch else ch


def excerpt(source: str, f: Finding, room: int) -> tuple[str, str, str]:
    """The finding's line cut to `room` screen cells around the span: (text before, the span, text after).

    Cut sides end in an ellipsis; a span wider than the room shows its start. Only about `room`
    characters either side of the span are looked at, however long the line.
    """
    line_start = f.span.offset - (f.span.column - 1)
    start, reach = f.span.offset, 4 * room
    first = max(line_start, start - reach)
    # A span wider than the room shows its start: of a span of megabytes, no more than `reach` is looked at.
    limit = min(len(source), start + min(max(f.span.end_offset - start, 0), reach) + reach)
    breaks = [i for i in (source.find("\n", start, limit), source.find("\r", start, limit)) if i >= 0]
    stop = min(breaks, default=limit)
    more_left, more_right = first > line_start, stop < len(source) and source[stop] not in "\r\n"
    chars = [_shown_char(ch) for ch in source[first:stop]]
    width = [_cells(ch) for ch in chars]
    n = len(chars)
    lo = min(start - first, n)
    hi = max(min(lo + 1, n), min(f.span.end_offset, stop) - first)
    left, right, used = lo, hi, sum(width[lo:hi])

    def fits(a: int, b: int, cells: int) -> bool:
        return cells + (a > 0 or more_left) + (b < n or more_right) <= room

    while right > left + 1 and not fits(left, right, used):  # a span wider than the room: keep its start
        right -= 1
        used -= width[right]
    grew = True
    while grew:  # widen a character at a time, on the side with less context first
        grew = False
        for _, side in sorted([(lo - left, -1)] * (left > 0) + [(right - hi, 1)] * (right < n)):
            if side < 0 and fits(left - 1, right, used + width[left - 1]):
                left -= 1
                used += width[left]
                grew = True
                break
            if side > 0 and fits(left, right + 1, used + width[right]):
                used += width[right]
                right += 1
                grew = True
                break
    before = (ELLIPSIS if left > 0 or more_left else "") + "".join(chars[left:lo])
    after = "".join(chars[min(hi, right) : right]) + (ELLIPSIS if right < n or more_right else "")
    return before, "".join(chars[lo : min(hi, right)]), after


def _indented(console: Console, text: Text) -> None:
    """Text wrapped to the width under a four-space indent."""
    for line in text.wrap(console, console.width - len(_INDENT)):
        line.rstrip()
        console.print(Text(_INDENT) + line, no_wrap=True, crop=False)


def _finding(console: Console, path: str, source: str, f: Finding) -> None:
    style = _SEVERITY_STYLE[f.severity]
    head = Text()
    head.append(f"{path}:{f.span.line}:{f.span.column} ", style="bold")
    head.append(f"{f.rule} ", style="bold magenta")
    head.append(f"{f.severity} ", style=style)
    head.append(printable(f.message))
    console.print(head)
    before, span, after = excerpt(source, f, console.width - len(_INDENT))
    if (before + span + after).strip():
        console.print(Text(_INDENT + before) + Text(span, style="underline " + style) + Text(after), no_wrap=True, crop=False)
        carets = _INDENT + " " * cell_len(before) + "^" * max(1, cell_len(span))
        console.print(Text(carets, style=style), no_wrap=True, crop=False)
    room = console.width - len(_INDENT)
    for r in f.related[:5]:
        where = f"also at {r.span.line}:{r.span.column}: "
        quote = printable(cut(r.span.text, max(10, room - len(where) - 2)))
        _indented(console, Text(f"{where}'{quote}'", style="dim"))
    if len(f.related) > 5:
        console.print(Text(f"{_INDENT}... and {len(f.related) - 5} more", style="dim"))
    if f.suggestion:
        _indented(console, Text("suggestion: ", style="green") + Text(printable(f.suggestion)))


def _break_at(text: str, width: int) -> int:
    """Where to end a line of at most `width` characters: after a folder separator if that fills half
    the line, else after a hyphen, underscore or space, or before a dot; inside a name only if none is there."""
    slash = max(text.rfind("/", 0, width), text.rfind("\\", 0, width)) + 1
    if slash * 2 >= width:
        return slash
    other = max(max(text.rfind(sep, 0, width) + 1 for sep in "-_ "), text.rfind(".", 1, width + 1))
    return max(slash, other) or width


def wrap_path(path: str, width: int) -> str:
    """The path in lines of at most `width` characters, broken at separators where it can be."""
    lines: list[str] = []
    rest = path
    while len(rest) > width:
        at = _break_at(rest, width)
        lines.append(rest[:at])
        rest = rest[at:]
    return "\n".join([*lines, rest])


class TerminalReporter(Reporter):
    """Findings as each file finishes, then one summary table (a row per file, not its findings)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.console = Console(
            file=self.out,
            color_system="auto" if self.color else None,  # None: no escape codes at all, bold and underline included
            force_terminal=self.color,
            highlight=False,
            width=terminal_width(self.out),
        )
        self.rows: list[tuple[str, float, str, dict[str, int], int, bool]] = []

    def add(self, result: FileResult, source: str | None) -> None:
        path = printable(result.path)
        for f in result.findings:
            _finding(self.console, path, source or "", f)
        if result.findings:
            self.console.print()
        counts = {c: sum(f.category == c for f in result.findings) for c in CATEGORIES}
        self.rows.append((path, result.score, result.grade, counts, len(result.findings) - sum(counts.values()), result.passed))
        super().add(result, source)

    def _table(self) -> Table | None:
        """The summary table at the console's width: the grade joins the score ("62.5 D") when paths would be
        squeezed; None when even then they would not fit."""
        counts = [(CATEGORY_LABELS[c], [str(r[3][c]) for r in self.rows]) for c in CATEGORIES]
        counts.append(("other", [str(r[4]) for r in self.rows]))
        scores = [f"{r[1]:.1f}" for r in self.rows]
        columns = [("score", scores), ("grade", [r[2] for r in self.rows]), *counts, ("result", ["FAIL"])]
        widths = [max(len(h), *(len(v) for v in values)) for h, values in columns]
        room = self.console.width - sum(widths) - _GAP * len(columns)  # what is left for the file column
        joined = room < _MIN_PATH
        if joined:
            joined_width = max(len(s) for s in scores) + 2
            room += widths[0] + widths[1] + _GAP - max(widths[0], joined_width)
        if room < _MIN_PATH // 2:
            return None
        width = max(1, min(max(len(r[0]) for r in self.rows), room))
        table = _ruled_table("healthlint summary")
        table.add_column("file", width=width, no_wrap=True)
        table.add_column("score", justify="right", no_wrap=True)
        if not joined:
            table.add_column("grade", justify="center", no_wrap=True)
        for header, _ in counts:
            table.add_column(header, justify="right", no_wrap=True)
        table.add_column("result", no_wrap=True)
        for path, score, grade, by_category, other, passed in self.rows:
            grade_text = Text(grade, style=_GRADE_STYLE[grade])
            scored = [Text(f"{score:.1f} ") + grade_text] if joined else [f"{score:.1f}", grade_text]
            table.add_row(
                Text(wrap_path(path, width)),
                *scored,
                *(str(by_category[c]) for c in CATEGORIES),
                str(other),
                Text("pass", style="green") if passed else Text("FAIL", style="bold red"),
            )
        return table

    def _listed(self) -> None:
        """The summary for a very narrow terminal: a verdict line per file, its counts under it."""
        self.console.print("healthlint summary")
        for path, score, grade, by_category, other, passed in self.rows:
            verdict = Text("pass", style="green") if passed else Text("FAIL", style="bold red")
            self.console.print(verdict + Text(f" {score:.1f} ") + Text(grade, style=_GRADE_STYLE[grade]) + Text(f" {path}"))
            counts = ", ".join(f"{CATEGORY_LABELS[c]} {by_category[c]}" for c in CATEGORIES)
            _indented(self.console, Text(f"{counts}, other {other}"))

    def close(self) -> None:
        if not self.files:
            return  # only input errors (said on stderr) or nothing to lint: an empty table would say nothing
        table = self._table()
        if table is not None:
            self.console.print(table)
        else:
            self._listed()
        if self.statistics:
            stats = _ruled_table("findings per rule")
            stats.add_column("count", justify="right")
            stats.add_column("code")
            stats.add_column("name")
            for (code, name), n in sorted(self.rule_counts.items(), key=lambda kv: (-kv[1], kv[0])):
                stats.add_row(str(n), code, name)
            self.console.print(stats)
        errors = f", {len(self.errors)} input error(s)" if self.errors else ""
        self.console.print(f"{self.files} file(s), {self.findings} finding(s), {self.failed} below threshold{errors}.")
