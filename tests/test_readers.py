"""Readers: what is prose and what is not, in Markdown, HTML and plain text."""

from __future__ import annotations

import json

import pytest

from healthlint.readers import parse, read_document, sniff
from tests.conftest import EXAMPLES, lint_text

MARKDOWN = """---
title: "Ginger: a guide"
description: Ginger for nausea, explained.
keywords: [ginger for nausea, ginger tea]
date: 2024-01-02
author: A. Writer
---

# Ginger *really* helps

Intro with `inline code miracle`, a [link text](https://example.org/miracle "t") and https://example.org/game-changer.

```
fenced code completely safe
```

    indented code completely safe

<!-- an HTML comment completely safe -->

<div class="box">
html block completely safe
</div>

- list item one
- list item two

> quoted text

| Header | Other |
|--------|-------|
| cell a | cell b |

Escaped \\*star\\* and &amp; entity.
"""


def _texts(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(b.kind, doc.prose[b.start : b.end]) for b in doc.blocks]


def test_markdown_front_matter_becomes_metadata() -> None:
    doc = parse("a.md", MARKDOWN)
    assert doc.metadata["title"] == "Ginger: a guide"
    assert doc.metadata["keywords"] == ["ginger for nausea", "ginger tea"]
    assert doc.metadata["author"] == "A. Writer"
    start, end = doc.metadata_spans["title"]
    assert doc.source[start:end] == "Ginger: a guide"


def test_markdown_code_comments_html_and_urls_are_not_prose() -> None:
    doc = parse("a.md", MARKDOWN)
    assert "completely safe" not in doc.prose
    assert "inline code" not in doc.prose
    assert "example.org" not in doc.prose
    assert "miracle" not in doc.prose and "game-changer" not in doc.prose
    assert "title:" not in doc.prose


def test_markdown_structure_is_kept() -> None:
    blocks = _texts(parse("a.md", MARKDOWN))
    assert ("heading", "Ginger really helps") in blocks
    assert ("list_item", "list item one") in blocks
    assert ("quote", "quoted text") in blocks
    assert ("table_cell", "cell a") in blocks and ("table_cell", "Header") in blocks
    assert ("paragraph", "Escaped *star* and & entity.") in blocks


def test_markdown_links_are_recorded_for_citation_guards() -> None:
    doc = parse("a.md", MARKDOWN)
    texts = [(doc.prose[link.start : link.end], link.target) for link in doc.links]
    assert ("link text", "https://example.org/miracle") in texts


HTML = """<!DOCTYPE html>
<html><head>
<title>Ginger &amp; Nausea</title>
<meta name="description" content="Does ginger help nausea?">
<meta name="keywords" content="ginger for nausea, ginger tea">
<style>p { content: "completely safe"; }</style>
<script>var x = "game-changer";</script>
</head><body>
<h1 data-x="miracle">Ginger&rsquo;s story</h1>
<p>First <b>bold</b> paragraph.<br>Second line.</p>
<ul><li>One</li><li>Two</li></ul>
<pre>code completely safe</pre>
<div hidden>hidden completely safe</div>
<footer><p>Footer text</p></footer>
</body></html>"""


def test_html_visible_text_only() -> None:
    doc = parse("a.html", HTML)
    assert "completely safe" not in doc.prose
    assert "game-changer" not in doc.prose
    assert "miracle" not in doc.prose  # attributes are not text
    assert doc.metadata["title"] == "Ginger & Nausea"
    assert doc.metadata["description"] == "Does ginger help nausea?"
    assert doc.metadata["keywords"] == ["ginger for nausea", "ginger tea"]


def test_html_blocks_and_entities_map_to_source() -> None:
    doc = parse("a.html", HTML)
    blocks = _texts(doc)
    assert ("heading", "Ginger’s story") in blocks
    assert ("list_item", "One") in blocks and ("paragraph", "Footer text") in blocks
    heading = next(b for b in doc.blocks if b.kind == "heading")
    span = doc.span_from_prose(heading.start, heading.end)
    assert span.text == "Ginger&rsquo;s story"
    start, end = doc.metadata_spans["description"]
    assert doc.source[start:end] == "Does ginger help nausea?"


def test_text_paragraphs_headings_and_lists() -> None:
    source = (
        "TITLE OF LEAFLET\n\nA paragraph that is\nwrapped over two lines.\n\n- item one\n- item two\n\nWhat is it?\n\nAnother paragraph.\n"
    )
    blocks = _texts(parse("a.txt", source))
    assert blocks[0] == ("heading", "TITLE OF LEAFLET")
    assert ("paragraph", "A paragraph that is\nwrapped over two lines.") in blocks
    assert ("list_item", "item one") in blocks
    assert ("heading", "What is it?") in blocks


def test_text_one_paragraph_per_line_exports() -> None:
    long = "This is a long line of exported article text that runs on well past one hundred characters in length."
    source = f"{long}\nA Short Heading Line\n{long}\n{long}\n"
    blocks = _texts(parse("a.txt", source))
    assert [k for k, _ in blocks] == ["paragraph", "heading", "paragraph", "paragraph"]


def test_text_headline_in_capitals_runs_longer_than_a_heading() -> None:
    """A shouted headline of 16 to 20 words is still a heading; the same words in sentence case are a paragraph."""
    words = "scalp detox shampoo: why your dandruff needs a reset (and the scalp detox shampoo that delivers it)"
    assert len(words.split()) == 17
    for line, kind in ((words.upper(), "heading"), (words.capitalize(), "paragraph")):
        blocks = _texts(parse("a.txt", f"{line}\n\nFlakes on your jumper again? It might be time for a change.\n"))
        assert blocks[0] == (kind, line)


def test_text_line_in_capitals_heads_the_lines_under_it() -> None:
    """A line in capitals with its byline or paragraph right under it (no blank line between) is a heading; a
    wrapped paragraph whose first line only starts in capitals is not."""
    source = "WHY I SWITCHED TO A STANDING DESK\nDesk Diary | Posted by Sam | May 2025\n\nSo far, so good.\n"
    blocks = _texts(parse("a.txt", source))
    assert blocks[0] == ("heading", "WHY I SWITCHED TO A STANDING DESK")
    assert blocks[1] == ("paragraph", "Desk Diary | Posted by Sam | May 2025")
    doc = parse("a.txt", source)
    start = doc.prose.index("WHY")
    assert doc.source[doc.position_map.source_start(start) :].startswith("WHY I SWITCHED")
    titled = "The Ionic Bath: What Happened When I Tried It\nPosted by Mel | 7 min read\n\nIt fizzed.\n"
    assert _texts(parse("t.txt", titled))[:2] == [
        ("heading", "The Ionic Bath: What Happened When I Tried It"),
        ("paragraph", "Posted by Mel | 7 min read"),
    ]
    bylined = "THE DAILY NEST\n\nHow a Cooling Pillow Changed My Nights\nPosted by Jo | Filed under: Sleep\n\nIt did.\n"
    assert ("heading", "How a Cooling Pillow Changed My Nights") in _texts(parse("v.txt", bylined))  # a headline over its byline
    later = "It fizzed.\n\nThe Ionic Bath Explained Simply Today\nIt is a bowl of warm salty water.\n"
    assert ("heading", "The Ionic Bath Explained Simply Today") not in _texts(parse("u.txt", later))  # Title Case opens the file only
    wrapped = "NHS advice is to keep moving\nand to see a GP if it lasts.\n"
    assert _texts(parse("b.txt", wrapped)) == [("paragraph", "NHS advice is to keep moving\nand to see a GP if it lasts.")]


def test_sentences_respect_abbreviations_and_decimals() -> None:
    doc = parse("a.txt", "Take 2.5 mg daily, e.g. with food. Dr. Smith agrees. Is it safe? Yes.")
    sentences = [doc.prose[s:e] for s, e in doc.sentences]
    assert sentences == ["Take 2.5 mg daily, e.g. with food.", "Dr. Smith agrees.", "Is it safe?", "Yes."]
    doc = parse("b.txt", "Trials found little, says J. Smith of the (dept. Of Health). Approx. Ten did. It ends here.")
    sentences = [doc.prose[s:e] for s, e in doc.sentences]
    assert sentences == ["Trials found little, says J. Smith of the (dept. Of Health).", "Approx. Ten did.", "It ends here."]


@pytest.mark.xfail(
    strict=True, reason="gap: dotted abbreviations (U.S., e.g., p.m.) tokenise to several words and drop out of @abbreviation"
)
def test_dotted_abbreviations_before_a_capital_end_no_sentence() -> None:
    doc = parse("b.txt", "The U.S. Food and Drug Administration has not approved it. Ask your doctor, e.g. Dr. Lee. It ends here.")
    sentences = [doc.prose[s:e] for s, e in doc.sentences]
    assert sentences == ["The U.S. Food and Drug Administration has not approved it.", "Ask your doctor, e.g. Dr. Lee.", "It ends here."]


def test_reference_sections_are_detected() -> None:
    doc = parse("a.md", "# T\n\nBody text.\n\n## References\n\n1. A breakthrough trial. 2020.\n\n## After\n\nMore body.\n")
    ref = doc.prose.index("A breakthrough")
    assert doc.in_references(ref)
    assert not doc.in_references(doc.prose.index("More body"))


def test_examples_are_read_in_every_format() -> None:
    for path in sorted(EXAMPLES.iterdir()):
        doc = read_document(str(path))
        assert doc.blocks, path
        assert doc.word_count > 50, path


LONE_CR = {
    "a.md": "---\rtitle: Tea\rkeyword: green tea\r---\r\r# Tea\r\rGreen tea is completely safe.\r",
    "a.html": "<html><head><title>Tea</title></head>\r<body>\r<h1>Tea</h1>\r\r<p>Green tea is completely safe.</p>\r</body></html>\r",
    "a.txt": "Tea\r\rA short intro line.\r\rGreen tea is completely safe.\r",
}


@pytest.mark.parametrize("name", sorted(LONE_CR))
def test_lone_cr_ends_lines_as_in_editors(name: str) -> None:
    """Old Mac line ends: front matter is read, and findings sit on their own line, not all on line 1."""
    source = LONE_CR[name]
    doc = parse(name, source)
    assert doc.source == source  # spans are the file's own characters
    if name == "a.md":
        assert doc.metadata == {"title": "Tea", "keyword": "green tea"}
        assert "title" not in doc.prose
    [finding] = lint_text(source, name, select=("HL102",)).findings
    line = source[: finding.span.offset].count("\r") + 1  # only CR ends lines in these files
    assert line > 1 and finding.span.line == line
    assert finding.span.column == finding.span.offset - source.rfind("\r", 0, finding.span.offset)
    assert finding.span.text == "completely safe"


def test_suppression_next_line_with_lone_cr() -> None:
    source = "# Tea\r\r<!-- healthlint-disable-next-line HL102 -->\rIt is completely safe.\r\rIt is completely safe here.\r"
    [finding] = lint_text(source, "a.md", select=("HL102",)).findings
    assert finding.span.line == 6


TEA = "# Tea\n\nGreen tea is completely safe and a game-changer.\n"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8")],
)
def test_a_byte_order_mark_names_the_encoding(run_cli, write, bom: bytes, codec: str) -> None:  # type: ignore[no-untyped-def]
    """Positions are code points of the decoded text, the mark (U+FEFF) the first of them, as for UTF-8."""
    path = write("tea.md", bom + TEA.encode(codec))
    result = run_cli("check", str(path), "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert {f["text"] for f in findings} >= {"completely safe", "game-changer"}
    text = "\ufeff" + TEA
    for f in findings:
        assert text[f["offset"] : f["end_offset"]] == f["text"]
        start = f["offset"]
        assert (f["line"], f["column"]) == (text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start))


@pytest.mark.parametrize(("codec", "endian"), [("utf-16-le", "little"), ("utf-16-be", "big")])
def test_utf16_without_a_mark_is_named_not_called_binary(run_cli, write, codec: str, endian: str) -> None:  # type: ignore[no-untyped-def]
    path = write("tea.md", TEA.encode(codec))
    result = run_cli("check", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"healthlint: error: {path}: UTF-16 text ({endian}-endian) without a byte-order mark; save it as UTF-8\n"


@pytest.mark.parametrize(
    ("text", "ext", "why"),
    [
        ("<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>", ".html", "starts as an HTML page"),
        ("\ufeff  <!-- page -->\n<html lang='en'><p>Hi.</p></html>", ".html", "starts as an HTML page"),
        ("---\ntitle: Tea\n---\n\n# Tea\n", ".md", "front matter"),
        ("# Tea\n\n<p>Inline HTML in Markdown.</p>\n", ".md", "no HTML page start"),
    ],
)
def test_sniff_picks_a_reader_for_unnamed_text(text: str, ext: str, why: str) -> None:
    found, reason = sniff(text)
    assert found == ext and why in reason
