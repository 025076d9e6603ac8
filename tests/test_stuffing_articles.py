"""Keyword stuffing on whole articles: honest pages that repeat their subject, and stuffed ones.

The articles under fixtures/stuffing/ were written for these tests (annotation guide,
section 2). Each is linted through the real CLI, in process, and judged by category:
an honest article must get no keyword-stuffing finding, a stuffed one at least one,
and every place labelled as spliced (a search phrase forced in where it breaks the
grammar) must be covered by a keyword-stuffing finding or one of its related spans.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from healthlint.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "stuffing"
LABELS = FIXTURES / "labels.yaml"
CATEGORY = "keyword-stuffing"


def _labels() -> list[dict]:
    return yaml.safe_load(LABELS.read_text(encoding="utf-8"))["articles"]


ARTICLES = _labels()
STUFFED = [a for a in ARTICLES if a["stuffed"]]
HONEST = [a for a in ARTICLES if not a["stuffed"]]
SPLICED = [(a["file"], s) for a in STUFFED for s in a.get("spliced") or []]


def _raw(name: str) -> str:
    """The file's text exactly as stored (no newline translation), as the offsets count it."""
    with open(FIXTURES / name, encoding="utf-8", newline="") as f:
        return f.read()


@cache
def _findings(name: str) -> tuple[dict, ...]:
    """The keyword-stuffing findings the CLI reports for one article."""
    result = CliRunner().invoke(cli, ["check", str(FIXTURES / name), "--format", "json", "--no-cache"])
    assert result.exit_code in (0, 1), f"exit {result.exit_code}: {result.output}"
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    return tuple(f for f in entry["findings"] if f["category"] == CATEGORY)


def _describe(findings: tuple[dict, ...]) -> str:
    return "; ".join(f"{f['rule']} {f['name']} at {f['line']}:{f['column']} {f['text']!r}: {f['message']}" for f in findings)


def _spans(finding: dict) -> list[tuple[int, int]]:
    """The finding's own span and its related spans, as code-point offsets."""
    return [(s["offset"], s["end_offset"]) for s in [finding, *finding.get("related", [])]]


# -- the labels ------------------------------------------------------------------------------


def test_labels_are_well_formed() -> None:
    files = [a["file"] for a in ARTICLES]
    assert len(files) == len(set(files)), "an article is labelled twice"
    on_disk = {p.name for p in FIXTURES.iterdir() if p.suffix in (".md", ".html", ".txt")}
    assert on_disk == set(files), "every article has a label and every label an article"
    assert len(HONEST) >= 14 and len(STUFFED) >= 12
    for article in ARTICLES:
        name = article["file"]
        assert set(article) <= {"file", "stuffed", "keyphrase", "subject", "shape", "spliced"}, name
        assert isinstance(article["stuffed"], bool), name
        assert isinstance(article["shape"], str) and article["shape"], name
        text = _raw(name)
        words = len(text.split())
        assert 350 <= words <= 1100, f"{name}: {words} words"  # 350-900 words of prose, plus markup
        phrase = article.get("keyphrase")
        if phrase is not None:
            assert phrase.lower() in text.lower(), f"{name}: keyphrase {phrase!r} not in the text"
        if article.get("subject"):
            assert article["subject"].lower() in text.lower(), name
        if article["stuffed"]:
            assert phrase, f"{name}: a stuffed article names the phrase it forces"
            assert isinstance(article.get("spliced"), list), f"{name}: spliced is a list (empty when none)"
        else:
            assert "spliced" not in article, f"{name}: an honest article has nothing spliced"
        for spliced in article.get("spliced") or []:
            assert text.count(spliced) == 1, f"{name}: {spliced!r} occurs {text.count(spliced)} times, not once"
            if phrase is not None:
                assert phrase.lower() in spliced.lower(), f"{name}: {spliced!r} does not hold the keyphrase"


# -- the articles ----------------------------------------------------------------------------


@pytest.mark.parametrize("article", HONEST, ids=[a["file"] for a in HONEST])
def test_honest_article_has_no_stuffing_finding(article: dict) -> None:
    findings = _findings(article["file"])
    assert not findings, f"{article['shape']} article flagged: {_describe(findings)}"


@pytest.mark.parametrize("article", STUFFED, ids=[a["file"] for a in STUFFED])
def test_stuffed_article_is_flagged(article: dict) -> None:
    assert _findings(article["file"]), f"no keyword-stuffing finding on a {article['shape']} article ({article['keyphrase']!r})"


@pytest.mark.parametrize(("name", "spliced"), SPLICED, ids=[f"{n}:{s}" for n, s in SPLICED])
def test_spliced_phrase_is_pointed_at(name: str, spliced: str) -> None:
    start = _raw(name).index(spliced)
    end = start + len(spliced)
    findings = _findings(name)
    covered = [f for f in findings if any(a < end and start < b for a, b in _spans(f))]
    assert covered, (
        f"no keyword-stuffing finding or related span overlaps {spliced!r} at {start}-{end}; findings: {_describe(findings) or 'none'}"
    )
