"""Positions are sacred: every finding's text is the file's slice at its offsets, in every format.

Property-based: Hypothesis builds articles from markup fragments (entities,
emphasis, links, code, comments, astral characters, LF, CRLF and lone-CR line
ends, mixed) around phrases the rules flag, and the real CLI's JSON is checked
against the file on disk. Lines are counted as editors count them: CRLF, LF or
a lone CR ends a line (the oracle is str.splitlines, on text without the other
characters it splits on).
"""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint.readers import parse
from tests.conftest import lint_text

FLAGGED = [
    "completely safe",
    "a game-changer",
    "clinically proven",
    "no side effects",
    "the most effective natural remedy",
    "safe and natural",
    "a miracle cure",
    "works better than ibuprofen",
    "kratom does not cause sedation",
    "kratom has sedative properties",
]
WORDS = ["Turmeric", "may", "help", "some", "people", "with", "joint", "pain", "😀", "naïve", "café", "日本", "it"]


def _line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, lines as str.splitlines reads them (CRLF, CR, LF)."""
    lines = source.splitlines(keepends=True)
    start = 0
    for number, line in enumerate(lines, 1):
        if offset < start + len(line) or (number == len(lines) and line[-1] not in "\r\n"):
            return number, offset - start + 1
        start += len(line)
    return len(lines) + 1, offset - start + 1  # after the last line end


def _check_positions(source: str, findings: list[dict]) -> None:
    for f in findings:
        for span in [f, *f.get("related", [])]:
            start, end = span["offset"], span["end_offset"]
            assert 0 <= start <= end <= len(source)
            assert source[start:end] == span["text"]
            assert (span["line"], span["column"]) == _line_column(source, start)
            assert (span["end_line"], span["end_column"]) == _line_column(source, end)


def _json_findings(name: str, source: str) -> list[dict]:
    result = lint_text(source, name)
    return [f.to_dict() for f in result.findings]


sentence = st.lists(st.sampled_from(WORDS + FLAGGED), min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
newline = st.sampled_from(["\n", "\r\n", "\r"])


def mixed_line_ends(doc: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Documents whose every line end is drawn on its own: LF, CRLF or a lone CR (a CR before an LF makes a CRLF)."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        lines = draw(doc).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        ends = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(lines) - 1, max_size=len(lines) - 1))
        return "".join(line + end for line, end in zip(lines, [*ends, ""], strict=True))

    return build()


@st.composite
def markdown_doc(draw: st.DrawFn) -> str:
    nl = draw(newline)
    parts = []
    if draw(st.booleans()):
        parts.append(f"---{nl}title: {draw(st.sampled_from(WORDS))} guide{nl}keyword: joint pain{nl}---{nl}")
    for _ in range(draw(st.integers(1, 6))):
        text = draw(sentence)
        decorate = draw(
            st.sampled_from(
                [
                    "{t}",
                    "# {t}",
                    "- {t}",
                    "> {t}",
                    "**{t}**",
                    "{t} `code here` and [a link](https://example.org/x) &amp; more",
                    "| {t} | cell |{nl}|---|---|{nl}| a | b |",
                    "<!-- comment {t} -->{nl}{t}",
                    "```{nl}{t}{nl}```",
                    "{t}\\* escaped &eacute; <span>inline</span>",
                ]
            )
        )
        parts.append(decorate.format(t=text, nl=nl))
    return (nl + nl).join(parts) + nl


@st.composite
def html_doc(draw: st.DrawFn) -> str:
    nl = draw(newline)
    body = []
    for _ in range(draw(st.integers(1, 6))):
        text = draw(sentence)
        tag = draw(st.sampled_from(["p", "h2", "li", "td", "blockquote", "div"]))
        extra = draw(st.sampled_from(["", " &rsquo;s", " &#8212; x", " <em>em</em>", " <a href='/x'>link</a>", " &nbsp;"]))
        body.append(f'<{tag} class="x">{text}{extra}</{tag}>')
    script = "<script>var s = 'completely safe';</script>"
    return f"<html><head><title>T &amp; t</title>{script}</head>{nl}<body>{nl}{nl.join(body)}{nl}</body></html>"


@st.composite
def text_doc(draw: st.DrawFn) -> str:
    nl = draw(newline)
    paras = [draw(sentence) for _ in range(draw(st.integers(1, 6)))]
    sep = draw(st.sampled_from([nl, nl + nl]))
    return sep.join(paras) + nl


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_doc())
def test_markdown_positions(source: str) -> None:
    _check_positions(source, _json_findings("a.md", source))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_doc())
def test_html_positions(source: str) -> None:
    _check_positions(source, _json_findings("a.html", source))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_doc())
def test_text_positions(source: str) -> None:
    _check_positions(source, _json_findings("a.txt", source))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([("a.md", markdown_doc()), ("a.html", html_doc()), ("a.txt", text_doc())]).flatmap(
        lambda pair: st.tuples(st.just(pair[0]), mixed_line_ends(pair[1]))
    )
)
def test_positions_with_mixed_line_ends(case: tuple[str, str]) -> None:
    name, source = case
    _check_positions(source, _json_findings(name, source))


@settings(max_examples=80, deadline=None)
@given(st.one_of(markdown_doc(), html_doc(), text_doc()), st.sampled_from(["a.md", "a.html", "a.txt"]))
def test_position_map_copies_are_exact(source: str, name: str) -> None:
    """Every prose character copied from the file maps back to that same character (a lone CR read as the LF it stands for)."""
    doc = parse(name, source)
    lines = re.sub(r"\r(?!\n)", "\n", source)
    for seg in doc.position_map.segments:
        if seg.is_copy:
            assert (
                doc.prose[seg.prose_start : seg.prose_start + seg.prose_len] == lines[seg.source_start : seg.source_start + seg.source_len]
            )


def test_cli_json_positions_on_examples(run_cli, write) -> None:  # type: ignore[no-untyped-def]
    """Through the real CLI, on real files with a BOM, CRLF and astral characters."""
    source = "\ufeff# Title 😀\r\n\r\nThis tea is completely safe and a game-changer.\r\n"
    path = write("bom.md", source)
    out = run_cli("check", str(path), "--format", "json")
    findings = json.loads(out.output)["files"][0]["findings"]
    assert {f["text"] for f in findings} >= {"completely safe", "game-changer"}
    _check_positions(path.read_bytes().decode("utf-8"), findings)
