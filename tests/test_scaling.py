"""Bounded work: each stage healthlint owns grows linearly (or n log n) with its input, whatever its shape.

The stages and their hostile inputs are benchmarks/scaling.py's; here each
runs at a small size and at ten times it. The assertion is on the function
calls the profiler counts (the same on any machine), with a generous bound on
time as well, which catches work done inside one call (a search of the rest
of the text): a linear stage grows about 10x, a quadratic one 100x.

The faster algorithms that make this so are checked against the plain ones
they replace (a scan of every kept finding, every region, every block), which
serve here as references on small inputs.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from itertools import pairwise
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.limits import MAX_RUN_CHARS
from healthlint.model.document import SourceSpan, Suppression, Suppressions
from healthlint.model.findings import SEVERITIES, Finding, Related, most_severe
from healthlint.readers import parse
from healthlint.readers.html import _Searches
from healthlint.readers.inline import NextFind
from healthlint.readers.markdown import _atx_content_end, _is_delimiter_row, _is_thematic_break, _MarkdownReader
from healthlint.readers.suppression import parse_suppressions

_SPEC = importlib.util.spec_from_file_location("scaling", Path(__file__).resolve().parents[1] / "benchmarks" / "scaling.py")
assert _SPEC is not None and _SPEC.loader is not None
scaling = sys.modules["scaling"] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(scaling)


@pytest.mark.parametrize("stage", scaling.STAGES, ids=[s.name for s in scaling.STAGES])
def test_stage_cost_grows_about_tenfold_with_tenfold_input(stage) -> None:  # type: ignore[no-untyped-def]
    small, large = stage.base, stage.base * 10
    calls = scaling.calls(stage, small), scaling.calls(stage, large)
    assert calls[1] <= 12 * calls[0] + 200, f"{calls[0]:,} calls grew to {calls[1]:,}"
    took = scaling.seconds(stage, small), scaling.seconds(stage, large)  # best of three: the machine may be busy
    assert took[1] <= 40 * took[0] + 0.03, f"{took[0]:.4f} s grew to {took[1]:.4f} s"


# -- the faster algorithms equal the plain ones -----------------------------------------------------


def _span(start: int, length: int) -> SourceSpan:
    return SourceSpan(start, start + length, 1, start + 1, 1, start + length + 1, "")


findings = st.lists(
    st.builds(
        lambda rule, category, severity, start, length, related: Finding(
            rule, "name", category, severity, "message", _span(start, length), related=[Related(_span(start, 1))] if related else []
        ),
        st.sampled_from(["HL101", "HL102", "HL201"]),
        st.sampled_from(["superlative", "keyword-stuffing"]),
        st.sampled_from(SEVERITIES),
        st.integers(0, 60),
        st.integers(0, 12),
        st.booleans(),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(findings)
def test_nested_findings_resolve_as_a_scan_of_every_kept_one_would(found: list[Finding]) -> None:
    rank = {s: i for i, s in enumerate(SEVERITIES)}

    def nested(a: Finding, b: Finding) -> bool:
        inside = a.span.offset <= b.span.offset and b.span.end_offset <= a.span.end_offset
        return inside or (b.span.offset <= a.span.offset and a.span.end_offset <= b.span.end_offset)

    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (rank[f.severity], -(f.span.end_offset - f.span.offset), f.rule)):
        if f.related or not any(k.category == f.category and not k.related and nested(k, f) for k in kept):
            kept.append(f)
    assert [id(f) for f in most_severe(found)] == [id(f) for f in sorted(kept, key=lambda f: f.sort_key)]


regions = st.lists(
    st.builds(
        lambda start, length, codes: Suppression(start, start + length, frozenset(codes)),
        st.integers(0, 50),
        st.integers(0, 20),
        st.sets(st.sampled_from(["HL1", "HL10", "HL101", "HL2", "HL301"]), max_size=2),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(regions, st.sampled_from(["HL101", "HL102", "HL201", "HL301"]), st.integers(0, 75))
def test_suppressions_cover_what_some_region_covers(found: list[Suppression], code: str, offset: int) -> None:
    plain = any(r.start <= offset < r.end and (not r.codes or any(code.startswith(c) for c in r.codes)) for r in found)
    assert Suppressions(found).covers(code, offset) == plain


_COMMENT = regex.compile(r"<!--\s*(healthlint\b[^\s>]*)(.*?)-->", regex.I | regex.S)
_KINDS = ("disable", "enable", "disable-next-line")


def _plain_suppressions(source: str) -> list[tuple[int, int, frozenset[str]]]:
    """The directives read with one regex over the text (which rescans the rest of it for each comment left open)."""
    found: list[tuple[int, int, frozenset[str]]] = []
    open_at: dict[frozenset[str], int] = {}
    for m in _COMMENT.finditer(source):
        name = m.group(1).lower()
        kind = name.removeprefix("healthlint-") if name.startswith("healthlint-") else None
        if kind not in _KINDS:
            continue
        codes = frozenset(w.upper() for w in m.group(2).split(" --", 1)[0].replace(",", " ").split())
        if kind == "disable-next-line":
            start = source.find("\n", m.end())
            if start >= 0:
                end = source.find("\n", start + 1)
                found.append((start + 1, len(source) if end < 0 else end, codes))
        elif kind == "disable":
            open_at.setdefault(codes, m.end())
        else:
            for key in [k for k in open_at if not codes or k == codes]:
                found.append((open_at.pop(key), m.start(), key))
    return found + [(start, len(source), key) for key, start in open_at.items()]


directive_text = st.lists(
    st.sampled_from(
        ["<!--", " ", "healthlint", "-", "disable", "-next-line", "enable", " HL101", " hl2", ",", "-->", ">", "--", "\n", "x"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(directive_text)
def test_suppression_comments_read_as_one_regex_would(source: str) -> None:
    assert [(r.start, r.end, r.codes) for r in parse_suppressions(source)] == _plain_suppressions(source)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Intro text.", "## References", "# Tea", "A source, 2020.", "### More"]), max_size=12))
def test_in_references_is_any_reference_block(blocks: list[str]) -> None:
    doc = parse("a.md", "\n\n".join(blocks) + "\n")
    for offset in range(len(doc.prose) + 1):
        assert doc.in_references(offset) == any(s <= offset < e for s, e in doc.references)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["word", "a", "longerword", "x" * 700, " ", "  ", "\t"]), min_size=1, max_size=400))
def test_an_overlong_sentence_is_cut_into_pieces_that_cover_its_words(parts: list[str]) -> None:
    text = "".join(parts).strip() or "word"
    doc = parse("a.txt", text.replace("\n", " ") + "\n")
    pieces = doc.sentences
    assert all(0 < e - s <= MAX_RUN_CHARS for s, e in pieces)
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(pieces))
    assert all(not doc.prose[s].isspace() and not doc.prose[e - 1].isspace() for s, e in pieces)
    covered = "".join(doc.prose[s:e] for s, e in pieces)
    assert "".join(covered.split()) == "".join(doc.prose.split())  # every word, in order, once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab>", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 45)), max_size=20))
def test_remembered_searches_find_what_find_finds(text: str, queries: list[tuple[int, int]]) -> None:
    finder, searches = NextFind(text, "ab"), _Searches()
    for pos, end in sorted(queries):
        assert finder(pos, end) == text.find("ab", pos, end)
        found = searches.search(re.compile(">"), text, pos)
        assert (found.start() if found else -1) == text.find(">", pos)


_QUOTE = regex.compile(r"[ ]{0,3}>[ ]?")
_ATX_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_TABLE_DELIM = regex.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_THEMATIC = regex.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t>#|-:*_xa", max_size=16))
def test_block_markers_read_as_the_regexes_they_replace(line: str) -> None:
    """The line-level checks that regexes made quadratic (or out of memory) on long lines."""
    start, quoted = 0, False
    while m := _QUOTE.match(line, start):
        start, quoted = m.end(), True
    assert _MarkdownReader("a.md", line).strip_quotes(0, len(line)) == (start, quoted)
    close = _ATX_CLOSE.search(line, 1)
    assert _atx_content_end(line, 1, len(line)) == (close.start() if close else len(line))
    assert _is_delimiter_row(line) == bool(_TABLE_DELIM.match(line))
    assert _is_thematic_break(line) == bool(_THEMATIC.match(line))
