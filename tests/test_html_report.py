"""The HTML report: generation and escaping, then the real page in headless Chromium.

The browser tests use Playwright (from PyPI) driving Debian's chromium
(`apt-get install chromium`); they are skipped, with the reason, only where
no Chromium is installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

HOSTILE = (
    "Hostile article\n\n"
    "This tea is completely safe. <script>window.__pwned = 1</script> "
    '<img src=x onerror="window.__pwned = 2"> A game-changer & "quoted" </textarea>.\n\n'
    "Kratom gives relief without causing sedation.\n\nMany users value kratom's sedative properties.\n"
)
SHARED_DEV = Path(os.environ.get("HEALTHLINT_SHARED", ROOT.parent / "shared")) / "corpus" / "dev"


def _report(run_cli, tmp_path: Path, *paths: str) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    result = run_cli("check", *paths, "--format", "html", "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    return out


class _Marks(HTMLParser):
    """Collects each <mark>'s attributes and text, and every <script> element."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.scripts: list[dict[str, str | None]] = []
        self._open: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._open, self._text = dict(attrs), []
        elif tag == "script":
            self.scripts.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append((self._open, "".join(self._text)))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def _parsed(path: Path) -> tuple[_Marks, list[dict]]:
    page = path.read_text(encoding="utf-8")
    parser = _Marks()
    parser.feed(page)
    start = page.index('<script type="application/json" id="findings">') + len('<script type="application/json" id="findings">')
    data = json.loads(page[start : page.index("</script>", start)])
    return parser, data


def test_every_finding_is_marked_over_its_prose(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = write("hostile.txt", HOSTILE)
    parser, findings = _parsed(_report(run_cli, tmp_path, str(EXAMPLES), str(hostile)))
    assert findings
    for f in findings:
        if not f["shown"]:
            continue
        pieces = [text for attrs, text in parser.marks if f["id"] in (attrs.get("data-main") or "").split()]
        assert "".join(pieces) == f["shown"], f["id"]
        for r in f["related"]:
            rel = [text for attrs, text in parser.marks if f["id"] in (attrs.get("data-rel") or "").split()]
            assert r["shown"] in "".join(rel)


def test_article_markup_is_escaped_never_executed(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _report(run_cli, tmp_path, str(write("hostile.txt", HOSTILE)))
    page = report.read_text(encoding="utf-8")
    parser, _ = _parsed(report)
    assert len(parser.scripts) == 2  # the page's own data and code, nothing from the article
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<img src=x" not in page and "onerror" not in page.replace("onerror=&quot;", "")
    assert "</textarea>" not in page


def test_document_level_findings_in_a_panel_and_overview_rows(run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _report(run_cli, tmp_path, str(EXAMPLES)).read_text(encoding="utf-8")
    assert page.count('<tr data-score="') == len(list(EXAMPLES.iterdir()))
    assert "https://" not in page.split("<style>")[0] and "<link" not in page  # self-contained
    # A finding with no place in the prose (hype in the front matter's title) is listed in the article-level panel;
    # one in the body is marked in the text, not listed there.
    article = write("balm.md", '---\ntitle: "Our balm: a miracle for eczema"\n---\n\n# Eczema balm\n\nOur balm is a game-changer.\n')
    page = _report(run_cli, tmp_path, str(article)).read_text(encoding="utf-8")
    panel = re.search(r'<section class="panel" aria-label="Article-level findings">.*?</section>', page, re.S)
    assert panel is not None and "Article-level findings" in panel.group()
    assert "<strong>HL101</strong> &#x27;a miracle&#x27;" in panel.group() and "(line 2)" in panel.group()
    assert "game-changer" not in panel.group()
    assert re.search(r"<mark[^>]*>game-changer</mark>", page)


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no Chromium installed (apt-get install chromium) for the browser test")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    return path


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        yield browser.new_page(viewport={"width": 1100, "height": 900})
        browser.close()


MARKS_MATCH = """() => {
  const findings = JSON.parse(document.getElementById('findings').textContent);
  const problems = [];
  for (const f of findings) {
    if (!f.shown) { if (!document.querySelector(`.panel-item[data-ids~="${f.id}"]`)) problems.push(f.id + ' missing from panel'); continue; }
    const text = [...document.querySelectorAll(`mark.hl[data-main~="${f.id}"]`)].map(m => m.textContent).join('');
    if (text !== f.shown) problems.push(`${f.id}: ${JSON.stringify(text)} != ${JSON.stringify(f.shown)}`);
  }
  return {count: findings.length, problems};
}"""


NESTED_STAND_OUT = """() => {
  const look = m => { const s = getComputedStyle(m); return [s.backgroundColor, s.boxShadow, s.outlineStyle, s.textDecorationStyle].join(' | '); };
  let nested = 0;
  const same = [];
  for (const m of document.querySelectorAll('mark.hl')) {
    const ids = new Set(m.dataset.ids.split(' '));
    for (const n of [m.previousSibling, m.nextSibling]) {
      if (!n || n.nodeName !== 'MARK') continue;
      const around = n.dataset.ids.split(' ');
      // The neighbour is the wider highlight alone; this segment also carries a finding of its own.
      if (!around.every(i => ids.has(i)) || ids.size === around.length) continue;
      nested++;
      if (look(m) === look(n)) same.push(`${JSON.stringify(m.textContent)} looks like ${JSON.stringify(n.textContent)}`);
    }
  }
  return {nested, same};
}"""

PATH_BREAKS = """(selector) => {
  const wrapped = [], bad = [];
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let top = null, before = '', node, lines = 1;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const ch = node.data[i];
        if (top !== null && box.top > top + 2) {
          lines++;
          if (!('/\\_- '.includes(before) || ch === '.')) bad.push(`${el.textContent}: ${before}|${ch}`);
        }
        top = box.top;
        before = ch;
      }
    }
    if (lines > 1) wrapped.push(el.textContent);
  }
  return {wrapped, bad};
}"""

OVERVIEW_FITS = """() => {
  const box = document.querySelector('.scroll');
  const last = document.querySelector('#overview thead th:last-child').getBoundingClientRect();
  return {scroll: box.scrollWidth - box.clientWidth, lastRight: last.right, boxRight: box.getBoundingClientRect().right, last: last.width};
}"""


def _scores(page) -> list[float]:  # type: ignore[no-untyped-def]
    return [float(s) for s in page.locator("#overview tbody tr").evaluate_all("rows => rows.map(r => r.dataset.score)")]


def _check_sorting(page) -> None:  # type: ignore[no-untyped-def]
    """An arrow on the score header always tells the truth about the rows' order."""
    header = page.locator("th[data-sort]")
    before = _scores(page)
    assert "▴" not in header.inner_text() and "▾" not in header.inner_text()  # input order: no arrow claims a sort
    assert header.get_attribute("aria-sort") == "none"
    assert before != sorted(before) or before == sorted(before, reverse=True)  # the test data starts unsorted
    header.click()
    assert _scores(page) == sorted(before) and "▴" in header.inner_text() and header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert _scores(page) == sorted(before, reverse=True) and "▾" in header.inner_text()
    assert header.get_attribute("aria-sort") == "descending"


def _check_page(page, report: Path, artifact: str, long_paths: bool = False, nested: bool = True) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(report.as_uri())
    outcome = page.evaluate(MARKS_MATCH)
    assert outcome["count"] > 0 and outcome["problems"] == []
    assert page.evaluate("() => window.__pwned") is None and dialogs == []

    fits = page.evaluate(OVERVIEW_FITS)  # at 1280 px every column shows, grade and result included
    assert fits["scroll"] <= 1 and fits["lastRight"] <= fits["boxRight"] + 1 and fits["last"] > 20, fits
    breaks = page.evaluate(PATH_BREAKS, "#overview td.path")
    assert bool(breaks["wrapped"]) >= long_paths and breaks["bad"] == [], breaks  # long paths wrap, at separators only
    found = page.evaluate(NESTED_STAND_OUT)
    # Every finding inside a wider highlight stands out from it; the examples hold at least one such finding.
    assert (found["nested"] > 0 or not nested) and found["same"] == [], found
    _check_sorting(page)
    page.set_viewport_size({"width": 1100, "height": 900})

    first = page.locator("mark.hl[tabindex]").first
    first.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    ids = first.get_attribute("data-ids").split()
    messages = page.evaluate(
        "(ids) => JSON.parse(document.getElementById('findings').textContent).filter(f => ids.includes(f.id)).map(f => f.message)", ids
    )
    assert messages[0] in tip.inner_text()

    first.focus()
    page.keyboard.press("j")
    assert page.evaluate("() => document.activeElement.matches('mark.hl[tabindex]')")
    assert page.evaluate("() => document.activeElement !== document.querySelector('mark.hl[tabindex]')")

    superlative = page.locator('input[data-filter="category"][value="superlative"]')
    # A mark covered by superlative findings only: hidden with the category, shown again after.
    only = page.locator("mark.hl").nth(
        page.evaluate(
            """() => { const byId = Object.fromEntries(JSON.parse(document.getElementById('findings').textContent).map(f => [f.id, f]));
                return [...document.querySelectorAll('mark.hl')].findIndex(m => m.dataset.ids.split(' ').every(i => byId[i].category === 'superlative')); }"""
        )
    )
    background = only.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    superlative.uncheck()
    assert only.get_attribute("data-hidden") is not None
    assert only.evaluate("m => getComputedStyle(m).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    superlative.check()
    assert only.get_attribute("data-hidden") is None
    assert only.evaluate("m => getComputedStyle(m).backgroundColor") == background
    assert page.locator("mark.hl.cat-superlative[data-hidden]").count() == 0

    page.set_viewport_size({"width": 375, "height": 800})  # a phone: no sideways scrolling of the page itself
    assert page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")
    breaks = page.evaluate(PATH_BREAKS, "h2.path")
    assert bool(breaks["wrapped"]) >= long_paths and breaks["bad"] == [], breaks
    page.set_viewport_size({"width": 1100, "height": 900})

    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / artifact), full_page=False)
    assert (artifacts / artifact).stat().st_size > 10_000


LONG_PATH = (
    "content/a-rather-long-folder_name/reviewed-articles/2024/magnesium-for-sleep-the-complete-guide-to-dosage-forms-and-side-effects.md"
)


def test_report_in_chromium(page, run_cli, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = write("hostile.txt", HOSTILE)
    long = write(LONG_PATH, (EXAMPLES / "magnesium-for-sleep.md").read_text(encoding="utf-8"))
    report = _report(run_cli, tmp_path, str(EXAMPLES), str(hostile), str(long))
    _check_page(page, report, "report.png", long_paths=True)
    contradiction = page.locator("mark.hl.cat-contradiction[tabindex]").first
    contradiction.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.classList.contains('related')")


@pytest.mark.skipif(
    not SHARED_DEV.is_dir() or os.environ.get("HEALTHLINT_SKIP_SHARED") == "1", reason="../shared/corpus/dev is not beside this checkout"
)
def test_report_for_the_shared_dev_corpus_in_chromium(page, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Whether the shared corpus has a finding inside a wider one depends on the rules loaded: not required here.
    _check_page(page, _report(run_cli, tmp_path, str(SHARED_DEV)), "report-dev.png", nested=False)
