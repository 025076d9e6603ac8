"""How the cost of each stage grows when its input grows tenfold.

    python benchmarks/scaling.py [--steps 3] [--only NAME]

The stages healthlint owns (readers, the document model, the rules, reporters,
the resolution of overlapping findings, the YAML guard) must be linear or
n log n in what they read, whatever shape the input takes. For each stage
and each hostile shape of input, the input grows 10x a step; the script
prints the Python function calls the step made (counted by the profiler,
the same on any machine) and its best time of three, with the growth of each
over the step before: about 10x is linear, 100x quadratic.

Not a test: tests/test_scaling.py asserts on these same stages, with
generous bounds, and on call counts rather than time alone.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.limits import load_yaml
from healthlint.model.document import Document, SourceSpan
from healthlint.model.findings import Finding, Related, most_severe
from healthlint.model.results import FileResult
from healthlint.readers import parse
from healthlint.reporters import get_reporter


@dataclass(frozen=True)
class Stage:
    """A stage run on inputs of a hostile shape; `make(n)` builds the input of size n, `run` does the work."""

    name: str
    make: Callable[[int], Any]
    run: Callable[[Any], object]
    base: int  # the n of the first step: a few milliseconds of work


def _reader(name: str, unit: Callable[[int], str], base: int) -> Stage:
    """A reader stage: parse a file named `name` made of `unit(n)`."""
    return Stage(f"read {name.rsplit('.', 1)[1]}: {name.rsplit('.', 1)[0]}", unit, lambda text: parse(name, text), base)


def _findings(doc: Document, count: int) -> list[Finding]:
    """`count` findings spread over the document, each with a related place: what reporters lay out."""
    found = []
    step = max(1, len(doc.source) // (count + 1))
    for k in range(count):
        at = k * step
        span = doc.source_span(at, at + min(step, 5))
        found.append(Finding("HL101", "hype-term", "superlative", "warning", "message", span, "suggestion", [Related(span, "also")]))
    return found


def _reported(fmt: str) -> Callable[[tuple[Document, FileResult]], object]:
    def run(given: tuple[Document, FileResult]) -> object:
        doc, result = given
        out = io.StringIO()
        reporter = get_reporter(fmt)(out, [], color=False)
        reporter.add(result, doc.source)
        reporter.close()
        return out.tell()

    return run


def _result_on_one_line(n: int) -> tuple[Document, FileResult]:
    doc = parse("a.md", "miracle " * n)
    return doc, FileResult(doc.path, _findings(doc, n // 4), 50.0, "F", False)


@cache
def _linter() -> Linter:
    return Linter(Config())


def _linted(doc: Document) -> FileResult:
    """Every built-in rule on a document (the rules are built once, outside the measured work)."""
    return _linter().lint(doc)


# Claims of every kind the rules read, run together on one line that never ends a sentence.
_CLAIMS = "it is completely safe and it can cause headaches and it calms you down and it keeps you wired and it works within minutes and "


def _overlapping(n: int) -> list[Finding]:
    """n findings in two categories, each overlapping its neighbours, of mixed severity and length."""
    found = []
    for k in range(n):
        span = SourceSpan(3 * k, 3 * k + 2 + k % 5, 1, 1, 1, 1, "")
        found.append(Finding(f"HL{100 + k % 7}", "n", ("a", "b")[k % 2], ("error", "warning", "info")[k % 3], "m", span))
    return found


def _references(n: int) -> Document:
    return parse("a.md", "# Tea\n\nTea is safe.\n\n## References\n\n" + "- A source, 2020.\n\n" * n)


def _suppressed(n: int) -> Document:
    return parse("a.md", "<!-- healthlint-disable HL1 -->\nIt is safe.\n<!-- healthlint-enable HL1 -->\n\n" * n)


STAGES: list[Stage] = [
    _reader("unclosed-brackets.md", lambda n: "[" * n, 20_000),
    _reader("unclosed-images.md", lambda n: "![" * n, 10_000),
    _reader("nested-links.md", lambda n: "[" * n + "a" + "](u)" * n, 1_000),
    _reader("links.md", lambda n: "[text](http://example.com/a) " * n, 500),
    _reader("unclosed-link-titles.md", lambda n: "[a](x (" * n, 1_000),
    _reader("unclosed-angle-destinations.md", lambda n: "[a](<" * n, 1_000),
    _reader("unclosed-comments.md", lambda n: "<!--x " * n, 2_000),
    _reader("unclosed-tags.md", lambda n: "<a " * n, 2_000),
    _reader("escapes.md", lambda n: "\\[" * n, 5_000),
    _reader("entities.md", lambda n: "&amp;" * n, 2_000),
    _reader("emphasis.md", lambda n: "*a _b " * n, 2_000),
    _reader("backtick-runs.md", lambda n: "`a ``b " * n, 2_000),
    _reader("urls-after-letters.md", lambda n: "ahttp://" * n, 2_000),
    _reader("short-paragraphs.md", lambda n: "a\n\n" * n, 1_000),
    _reader("short-lines.md", lambda n: "word\n" * n, 2_000),
    _reader("table-rows.md", lambda n: "|a|b|\n|-|-|\n" + "|a|b|\n" * n, 500),
    _reader("quote-markers.md", lambda n: ">" * n + " text\n", 20_000),
    _reader("heading-spaces.md", lambda n: "# a" + " " * n + "b\n", 20_000),
    _reader("delimiter-row.md", lambda n: "a|b\n" + "|-" * n + "x\n", 5_000),
    _reader("unclosed-directives.md", lambda n: "<!-- healthlint-disable " * n, 1_000),
    _reader("nested-divs.html", lambda n: "<div>" * n + "text" + "</div>" * n, 500),
    _reader("unclosed-paragraphs.html", lambda n: "<p>" * n + "</li>" * n, 500),
    _reader("hidden-nesting.html", lambda n: "<div hidden>" + "<b>" * n + "</i>" * n, 500),
    _reader("unclosed-comments.html", lambda n: "<!--x>" * n, 500),
    _reader("unclosed-instructions.html", lambda n: "<?x" * n, 500),
    _reader("unclosed-declarations.html", lambda n: "<!x" * n, 500),
    _reader("unclosed-end-tags.html", lambda n: "</x" * n, 500),
    _reader("unclosed-start-tags.html", lambda n: "<a " * n, 500),
    _reader("unclosed-doctypes.html", lambda n: "<!doctype" * n, 500),
    _reader("unclosed-cdata.html", lambda n: "<![CDATA[" * n, 500),
    _reader("open-quotes.html", lambda n: "<a b='" * n, 500),
    _reader("short-paragraphs.txt", lambda n: "a\n\n" * n, 1_000),
    _reader("short-lines.txt", lambda n: "word\n" * n, 2_000),
    Stage("model: sentences of a line that never ends one", lambda n: "word " * n, lambda t: parse("a.md", t).sentences, 5_000),
    Stage("model: in_references", _references, lambda d: sum(map(d.in_references, range(len(d.prose)))), 200),
    Stage("model: suppressions", _suppressed, lambda d: sum(d.suppressed("HL101", i) for i in range(0, len(d.source), 9)), 50),
    Stage("rules: a hype word on a line that never ends a sentence", lambda n: parse("a.md", "miracle " * n), _linted, 400),
    Stage("rules: claims on a line that never ends a sentence", lambda n: parse("a.md", _CLAIMS * n), _linted, 20),
    Stage("model: overlapping findings", _overlapping, most_severe, 2_000),
    Stage("report text: findings on one line", _result_on_one_line, _reported("text"), 100),
    Stage("report html: findings on one line", _result_on_one_line, _reported("html"), 400),
    Stage("yaml: a long document", lambda n: "- [a, b]\n" * n, lambda t: load_yaml(t, yaml.CSafeLoader), 500),
]


def calls(stage: Stage, n: int) -> int:
    """Python and builtin function calls the stage makes on the input of size n, as the profiler counts them."""
    given = stage.make(n)
    profiler = cProfile.Profile()
    profiler.enable()
    stage.run(given)
    profiler.disable()
    return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]


def seconds(stage: Stage, n: int, repeat: int = 3) -> float:
    """The best of `repeat` timings of the stage on the input of size n, garbage collection off (as timeit does)."""
    given = stage.make(n)
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            stage.run(given)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=3, help="sizes to try, each 10x the one before (default 3)")
    parser.add_argument("--only", help="only the stages whose name holds this text")
    args = parser.parse_args()
    print(f"{'stage':58} {'n':>9} {'calls':>10} {'x':>6} {'seconds':>9} {'x':>6}")
    for stage in STAGES:
        if args.only and args.only not in stage.name:
            continue
        before: tuple[int, float] | None = None
        for step in range(args.steps):
            n = stage.base * 10**step
            now = (calls(stage, n), seconds(stage, n))
            growth = ("", "") if before is None else (f"{now[0] / max(before[0], 1):.1f}", f"{now[1] / max(before[1], 1e-9):.1f}")
            print(f"{stage.name:58} {n:>9,} {now[0]:>10,} {growth[0]:>6} {now[1]:>9.4f} {growth[1]:>6}", flush=True)
            before = now


if __name__ == "__main__":
    main()
