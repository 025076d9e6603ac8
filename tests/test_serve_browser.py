"""The web app of `healthlint serve` in headless Chromium, against a real server.

As the HTML report's browser tests: Playwright (from PyPI) drives Debian's
chromium, and these tests skip, saying why, where none is installed. What
each finding should highlight comes from POST /api/lint on the same text
(the CLI's report contract), not from the page's own data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from tests.conftest import EXAMPLES, ROOT, SCHEMA
from tests.live_server import live_server
from tests.test_html_report import MARKS_MATCH, _chromium

ARTICLE = (EXAMPLES / "magnesium-for-sleep.md").read_text(encoding="utf-8")
EMOJI = (
    "# Beet juice 🥤\n\n"
    "Café 😀 crème brûlée 👩‍👩‍👧 is a miracle cure.\n\nBeet juice lowers blood pressure.\n\n"
    "Beet juice sends your blood pressure soaring. It is completely safe.\n"
)
HOSTILE = (
    "Hostile article\n\n"
    "This tea is completely safe. <script>window.__pwned = 1</script> "
    '<img src=x onerror="window.__pwned = 2"> <b onmouseover="window.__pwned = 3">A game-changer</b> & "quoted" </textarea>.\n\n'
    "Kratom gives relief without causing sedation.\n\nMany users value kratom's sedative properties.\n"
)

# Every finding's marks in the editor's backdrop hold exactly its text, where the text area has it (UTF-16 offsets
# computed here from the report's code-point offsets).
EDITOR_MARKS_MATCH = """(findings) => {
  const text = document.getElementById('text').value;
  const backdrop = document.getElementById('backdrop');
  const problems = [];
  if (backdrop.textContent !== text) problems.push('the backdrop does not hold the text');
  const points = Array.from(text);
  const unit = (cp) => points.slice(0, cp).join('').length;
  const starts = new Map();
  const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { starts.set(n, at); at += n.data.length; }
  findings.forEach((f, i) => {
    const from = unit(f.offset), to = unit(f.end_offset);
    if (text.slice(from, to) !== f.text) problems.push(`${f.rule}: the text area has ${JSON.stringify(text.slice(from, to))}`);
    const marks = [...backdrop.querySelectorAll(`mark.hl[data-pieces~="a0-f${i}"]`)];
    if (!marks.length) { problems.push(`${f.rule} at ${f.offset}: not highlighted`); return; }
    const last = marks[marks.length - 1].lastChild;
    const where = [starts.get(marks[0].firstChild), starts.get(last) + last.data.length];
    const joined = marks.map((m) => m.textContent).join('');
    if (joined !== f.text || where[0] !== from || where[1] !== to) {
      problems.push(`${f.rule}: marks ${JSON.stringify(joined)} at ${where} != ${JSON.stringify(f.text)} at ${[from, to]}`);
    }
  });
  return problems;
}"""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _chromium()
    with live_server(sorted(str(p) for p in EXAMPLES.iterdir())) as base:
        yield base


@pytest.fixture
def app(server: str) -> Iterator[Any]:
    """The app's page, recording every request it makes and every dialog a script opens."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=_chromium(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        page = context.new_page()
        page.requests = []  # type: ignore[attr-defined]
        page.dialogs = []  # type: ignore[attr-defined]
        page.on("request", lambda r: page.requests.append(r.url))  # type: ignore[attr-defined]
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        page.goto(server + "/")
        yield page
        browser.close()


def expected(server: str, text: str, filename: str = "article.md") -> dict[str, Any]:
    """The report entry the API gives for the text: what the page must show."""
    response = httpx.post(f"{server}/api/lint", json={"text": text, "filename": filename}, timeout=30)
    assert response.status_code == 200
    entry: dict[str, Any] = response.json()["files"][0]
    return entry


def lints(page: Any) -> int:
    return int(page.evaluate("() => Number(document.body.dataset.lints)"))


def wait_lint(page: Any, before: int) -> None:
    page.wait_for_function(f"() => Number(document.body.dataset.lints) > {before} && document.body.dataset.state === 'idle'")


def paste(page: Any, text: str, filename: str = "article.md") -> None:
    """Replace the text as a paste does (inserted text, one input event) and wait for the re-lint."""
    page.fill("#filename", filename)
    before = lints(page)
    page.locator("#text").focus()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)
    wait_lint(page, before)


def check_highlights(page: Any, entry: dict[str, Any]) -> None:
    assert page.evaluate(EDITOR_MARKS_MATCH, entry["findings"]) == []
    prose = page.evaluate(MARKS_MATCH)  # the article as readers see it, marked as the HTML report marks it
    assert prose["count"] == len(entry["findings"]) and prose["problems"] == []
    assert page.locator("#list li.finding").count() == len(entry["findings"])
    assert page.locator("#score td.num").first.inner_text() == f"{entry['score']:.1f}"
    assert page.locator("#score .grade").inner_text() == entry["grade"]


@pytest.mark.parametrize(("text", "filename"), [(ARTICLE, "magnesium.md"), (EMOJI, "emoji.md"), (HOSTILE, "hostile.txt")])
def test_pasted_article_every_finding_highlighted_over_its_text(app: Any, server: str, text: str, filename: str) -> None:
    paste(app, text, filename)
    entry = expected(server, text, filename)
    assert entry["findings"]
    check_highlights(app, entry)
    assert f"{len(entry['findings'])} finding(s), score {entry['score']:.1f}" in app.locator("#status").inner_text()
    assert all(url.startswith(server) or url.startswith(("data:", "blob:")) for url in app.requests)  # no network


def test_highlights_follow_the_text_and_the_relint_updates_them(app: Any, server: str) -> None:
    paste(app, ARTICLE, "magnesium.md")
    first = expected(server, ARTICLE, "magnesium.md")
    before = lints(app)
    # An edit at the top: before any re-lint, every mark has moved with its words.
    moved = app.evaluate(
        """(findings) => {
          const text = document.getElementById('text');
          text.setRangeText('Draft, please review. ', 0, 0, 'end');
          text.dispatchEvent(new Event('input', {bubbles: true}));
          return findings.map((f, i) => [...document.querySelectorAll(`#backdrop mark[data-pieces~="a0-f${i}"]`)].map((m) => m.textContent).join(''));
        }""",
        first["findings"],
    )
    assert moved == [f["text"] for f in first["findings"]]
    assert app.evaluate("() => document.getElementById('backdrop').textContent === document.getElementById('text').value")
    wait_lint(app, before)
    edited = "Draft, please review. " + ARTICLE
    check_highlights(app, expected(server, edited, "magnesium.md"))
    # Typing a new claim at the end: highlighted after the re-lint, and the score follows.
    before = lints(app)
    app.locator("#text").press("Control+End")
    app.keyboard.type("\nIt is a breakthrough miracle cure.\n")
    wait_lint(app, before)
    typed = expected(server, edited + "\nIt is a breakthrough miracle cure.\n", "magnesium.md")
    check_highlights(app, typed)
    assert len(typed["findings"]) > len(first["findings"]) and typed["score"] <= first["score"]
    assert any(f["offset"] > len(edited) for f in typed["findings"])


def test_filters_hide_and_show_findings_in_text_list_and_article(app: Any, server: str) -> None:
    paste(app, ARTICLE, "magnesium.md")
    entry = expected(server, ARTICLE, "magnesium.md")
    superlatives = [i for i, f in enumerate(entry["findings"]) if f["category"] == "superlative"]
    others = [i for i, f in enumerate(entry["findings"]) if f["category"] != "superlative"]
    assert superlatives and others
    box = app.locator('input[data-filter="category"][value="superlative"]')
    box.uncheck()
    for i in superlatives:
        assert not app.locator(f'#list li.finding[data-ids="a0-f{i}"]').is_visible()
    for i in others:
        assert app.locator(f'#list li.finding[data-ids="a0-f{i}"]').is_visible()
    hidden = app.evaluate(
        """() => [...document.querySelectorAll('#backdrop mark.hl')].filter((m) => m.hasAttribute('data-hidden'))
                  .map((m) => getComputedStyle(m).backgroundColor)"""
    )
    assert hidden and set(hidden) <= {"rgba(0, 0, 0, 0)", "transparent"}
    box.check()
    assert all(app.locator(f'#list li.finding[data-ids="a0-f{i}"]').is_visible() for i in superlatives)
    assert app.locator("#backdrop mark.hl[data-hidden]").count() == 0
    app.locator('input[data-filter="severity"][value="warning"]').uncheck()
    shown = app.locator("#list li.finding:visible .badge").all_inner_texts()
    assert shown and "warning" not in {s.lower() for s in shown}


def selected(page: Any) -> str:
    return str(
        page.evaluate("() => { const t = document.getElementById('text'); return t.value.slice(t.selectionStart, t.selectionEnd); }")
    )


def test_keyboard_moves_between_findings_in_the_text_and_the_list(app: Any, server: str) -> None:
    paste(app, EMOJI, "emoji.md")
    entry = expected(server, EMOJI, "emoji.md")
    in_order = [f for f in entry["findings"] if f["end_offset"] > f["offset"]]  # the report's order is the text's
    assert len(in_order) >= 3
    app.locator("#text").focus()
    app.evaluate("() => document.getElementById('text').setSelectionRange(0, 0)")
    walked = []
    for key in ("F8", "F8", "F8", "Shift+F8", "Alt+ArrowUp", "Alt+ArrowDown"):
        app.keyboard.press(key)
        current = app.locator("#list li.finding.current")
        assert current.count() == 1
        walked.append((selected(app), current.locator(".msg").inner_text()))
    steps = [0, 1, 2, 1, 0, 1]
    assert walked == [(in_order[i]["text"], in_order[i]["message"]) for i in steps]

    items = app.locator("#list li.finding")
    items.first.focus()
    app.keyboard.press("j")
    assert app.evaluate("() => document.activeElement === document.querySelectorAll('#list li.finding')[1]")
    app.keyboard.press("k")
    app.keyboard.press("ArrowDown")
    app.keyboard.press("Enter")
    assert app.evaluate("() => document.activeElement.id") == "text"
    assert selected(app) == entry["findings"][1]["text"]

    n = next(i for i, f in enumerate(entry["findings"]) if f["category"] == "contradiction")
    partner = app.locator(f'#list li.finding[data-ids="a0-f{n}"] button.goto').nth(1)
    assert "conflicts with" in app.locator(f'#list li.finding[data-ids="a0-f{n}"] .places').inner_text()
    partner.focus()
    app.keyboard.press("Enter")
    assert selected(app) == entry["findings"][n]["related"][0]["text"]


def test_hostile_input_is_shown_as_text_and_never_run(app: Any, server: str) -> None:
    paste(app, HOSTILE, "hostile.txt")
    app.locator("#article mark.hl").first.hover()
    assert app.evaluate("() => window.__pwned") is None and app.dialogs == []
    assert app.locator("#backdrop img, #article img, #list img, #backdrop script, #article b, #list script").count() == 0
    assert "<script>window.__pwned = 1</script>" in app.locator("#backdrop").text_content()
    assert app.evaluate("() => document.querySelectorAll('script').length") == 3  # the page's data, report.js, app.js
    hostile_name = '<img src=x onerror="window.__pwned = 4">.md'
    paste(app, ARTICLE, hostile_name)
    assert app.evaluate("() => window.__pwned") is None
    assert hostile_name in app.locator("#score").inner_text()


def test_open_a_listed_article_pick_a_file_or_drop_one(app: Any, server: str, tmp_path: Path) -> None:
    names = app.locator("#open option").all_inner_texts()[1:]
    assert [Path(n).name for n in names] == sorted(p.name for p in EXAMPLES.iterdir())
    before = lints(app)
    app.select_option("#open", label=names[1])
    wait_lint(app, before)
    path = sorted(EXAMPLES.iterdir())[1]
    assert app.input_value("#text") == path.read_text(encoding="utf-8") and app.input_value("#filename") == path.name
    check_highlights(app, expected(server, path.read_text(encoding="utf-8"), path.name))

    picked = tmp_path / "picked.html"
    picked.write_text("<p>This tea is a game-changer.</p>\n", encoding="utf-8")
    before = lints(app)
    app.set_input_files("#file", str(picked))
    wait_lint(app, before)
    assert app.input_value("#filename") == "picked.html"
    check_highlights(app, expected(server, picked.read_text(encoding="utf-8"), "picked.html"))

    before = lints(app)
    app.evaluate(
        """(text) => {
          const data = new DataTransfer();
          data.items.add(new File([text], 'dropped.txt', {type: 'text/plain'}));
          document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        }""",
        EMOJI,
    )
    wait_lint(app, before)
    assert app.input_value("#filename") == "dropped.txt" and app.input_value("#text") == EMOJI
    check_highlights(app, expected(server, EMOJI, "dropped.txt"))
    assert (ROOT / "examples").is_dir() and path.read_text(encoding="utf-8") == (EXAMPLES / path.name).read_text(encoding="utf-8")


def test_download_the_report_as_json_and_html(app: Any, server: str, tmp_path: Path) -> None:
    paste(app, ARTICLE, "magnesium.md")
    with app.expect_download() as got:
        app.click("#download-json")
    assert got.value.suggested_filename == "magnesium.healthlint.json"
    report = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    assert report["files"][0] == expected(server, ARTICLE, "magnesium.md")
    with app.expect_download() as got:
        app.click("#download-html")
    assert got.value.suggested_filename == "magnesium.healthlint.html"
    page = Path(got.value.path()).read_text(encoding="utf-8")
    assert "healthlint report" in page and page.count('<tr data-score="') == 1


def test_too_large_or_empty_text(app: Any) -> None:
    app.locator("#text").fill("word " * (600 * 1024))  # 3 MB
    app.wait_for_function("() => document.body.dataset.state === 'error'")
    assert "larger than this server's limit" in app.locator("#status").inner_text()
    app.locator("#text").fill("   ")
    app.wait_for_function("() => document.body.dataset.state === 'empty'")
    assert app.locator("#list li").count() == 0 and app.locator("#status").inner_text() == ""


def test_screenshot(app: Any, server: str) -> None:
    paste(app, ARTICLE, "magnesium-for-sleep.md")
    app.locator("#text").focus()
    app.evaluate("() => document.getElementById('text').setSelectionRange(0, 0)")
    app.keyboard.press("F8")
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    app.screenshot(path=str(artifacts / "serve.png"))
    assert (artifacts / "serve.png").stat().st_size > 10_000
