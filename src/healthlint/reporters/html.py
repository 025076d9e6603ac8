"""`--format html`: one self-contained page for editors: scores at a glance, each article with its findings highlighted.

The article is shown as prose (headings, paragraphs, lists), not markup. Each
finding's span is mapped back from the file to the prose; overlapping
findings are cut into segments, each a <mark> that lists the findings
covering it. Everything from the article is escaped; the page needs no
network (CSS and JavaScript are inline).
"""

from __future__ import annotations

import bisect
import html
import json
from functools import cache
from importlib import resources
from itertools import pairwise
from string import Template
from typing import Any

from healthlint import __version__
from healthlint.model.document import Block, Document
from healthlint.model.findings import CATEGORIES, CATEGORY_LABELS
from healthlint.model.results import FileResult
from healthlint.model.text import printable
from healthlint.readers import parse
from healthlint.reporters import Reporter

DOCUMENT_LEVEL = {"keyword-stuffing", "disclaimer", "disclaimer-placement", "supplement-claim"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
FK_TARGET = (6.0, 8.0)  # AMA and NIH: patient materials at a 6th-8th grade reading level


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _path(path: str) -> str:
    """A file name as HTML: escaped, control characters shown as escapes, and a line may break after a
    folder separator, underscore or space (`<wbr>`; browsers break after hyphens already), not inside a name."""
    shown = _e(printable(path))
    for sep in ("/", "\\", "_", " "):
        shown = shown.replace(sep, sep + "<wbr>")
    return shown


def _target_note(fk: float | None) -> str:
    if fk is None:
        return ""
    if fk > FK_TARGET[1]:
        return "above target"
    return "below target" if fk < FK_TARGET[0] else "on target"


def _grade_colour(grade: str) -> str:
    return {"A": "good", "B": "good", "C": "fair", "D": "poor", "F": "poor"}[grade]


@cache
def asset(name: str) -> Template:
    """One of the page's files in html_assets/ (the report inlines them; the web app serves them)."""
    return Template((resources.files("healthlint.reporters") / "html_assets" / name).read_text(encoding="utf-8"))


def script_json(data: object) -> str:
    """JSON safe inside <script>: no "<", ">" or "&" can end the element or start markup."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def overview(rows: list[str]) -> str:
    """The overview table of articles, sortable by score (no arrow until sorted: the rows start in input order).

    Category columns carry the terminal's short names, the category's id in a tooltip, so the table fits 1280 px.
    """
    return (
        '<div class="scroll"><table id="overview"><thead><tr><th scope="col">article</th>'
        '<th scope="col" class="num sortable" tabindex="0" aria-sort="none" data-sort="score" title="Sort by score">score</th>'
        '<th scope="col">grade</th>'
        + "".join(f'<th scope="col" class="num" title="category {_e(c)}">{_e(CATEGORY_LABELS[c])}</th>' for c in CATEGORIES)
        + '<th scope="col" class="num">other</th><th scope="col" class="num">FK grade</th><th scope="col">result</th></tr></thead>'
        + f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def filters(categories: set[str]) -> str:
    """A checkbox per category present and per severity; unchecking one hides its findings."""
    cats = [c for c in (*CATEGORIES, *sorted(categories - set(CATEGORIES))) if c in categories]
    boxes = [(f"filter cat-{c if c in CATEGORIES else 'other'}", "category", c) for c in cats]
    boxes += [("filter", "severity", s) for s in SEVERITY_ORDER]
    return "".join(
        f'<label class="{_e(cls)}"><input type="checkbox" checked data-filter="{kind}" value="{_e(value)}"> '
        f"{_e(CATEGORY_LABELS.get(value, value))}</label>"
        for cls, kind, value in boxes
    )


def findings_list(entries: list[dict[str, Any]], rationale: dict[str, str]) -> str:
    """Every finding as a list item: rule, message, suggestion, the rule's rationale, links to the places it involves."""
    items = []
    for e in entries:
        places = [f'<button type="button" class="goto" data-goto="{_e(e["id"])}">line {e["line"]}, column {e["column"]}</button>']
        label = "conflicts with" if e["category"] == "contradiction" else "also at"
        places += [
            f'{label} <button type="button" class="goto" data-goto="{_e(r["id"])}">line {r["line"]}, column {r["column"]}</button>'
            for r in e["related"]
        ]
        why = rationale.get(e["rule"], "")
        items.append(
            f'<li class="finding sev-{_e(e["severity"])}" data-ids="{_e(e["id"])}" tabindex="0">'
            f'<span class="badge sev-{_e(e["severity"])}">{_e(e["severity"])}</span> '
            f'<strong>{_e(e["rule"])}</strong> {_e(e["name"])} <span class="note">{_e(e["category"])}</span>'
            f'<div class="msg">{_e(e["message"])}</div>'
            + (f'<div class="suggestion">Suggestion: {_e(e["suggestion"])}</div>' if e["suggestion"] else "")
            + f'<div class="places">{" · ".join(places)}</div>'
            + (f"<details><summary>Why this rule</summary><p>{_e(why)}</p></details>" if why else "")
            + "</li>"
        )
    return f'<ol class="findings">{"".join(items)}</ol>' if items else '<p class="none">No findings.</p>'


def marked(
    text: str, start: int, end: int, pieces: list[tuple[int, int, str, str]], by_id: dict[str, dict[str, Any]], anchors: bool = True
) -> str:
    """The escaped text[start:end] with a <mark> segment wherever finding pieces cover it.

    Pieces are (start, end, finding id, "main" or the related place's id). With
    anchors, the first segment of each piece gets its id and is a focus stop;
    without, each segment lists the pieces it belongs to.
    """
    inside = [p for p in pieces if p[0] < end and start < p[1]]
    cuts = sorted({start, end, *(max(start, p[0]) for p in inside), *(min(end, p[1]) for p in inside)})
    # One sweep: pieces join the active set where they start and leave it where they end, so a segment's
    # covering pieces are not found by a scan of every piece (an article of thousands of findings).
    by_start = sorted(range(len(inside)), key=lambda k: max(start, inside[k][0]))
    active: set[int] = set()  # indexes of the pieces covering the current segment
    nxt = 0
    out = []
    opened: set[str] = set()
    for a, b in pairwise(cuts):
        segment = _e(text[a:b])
        while nxt < len(by_start) and max(start, inside[by_start[nxt]][0]) <= a:
            active.add(by_start[nxt])
            nxt += 1
        if active:
            active = {k for k in active if min(end, inside[k][1]) > a}
        covering = [inside[k] for k in sorted(active)]
        if not covering:
            out.append(segment)
            continue
        ids = sorted({p[2] for p in covering})
        worst = min((by_id[i] for i in ids), key=lambda e: SEVERITY_ORDER[e["severity"]])
        # The innermost piece gives the colour, so a finding inside a wider highlight (a heading-wide one)
        # shows as itself; "nested" outlines it, as the two may share a colour.
        inner = min(covering, key=lambda p: (p[1] - p[0], SEVERITY_ORDER[by_id[p[2]]["severity"]]))
        category = by_id[inner[2]]["category"]
        roles = {p[3] for p in covering}
        classes = ["hl", f"sev-{worst['severity']}", f"cat-{category if category in CATEGORIES else 'other'}"]
        if "main" not in roles:
            # A contradiction's partner claim is outlined; other repeats (a keyphrase) are only underlined.
            classes.append("related" if category == "contradiction" else "also")
        if any(p[1] - p[0] > inner[1] - inner[0] for p in covering if p[2] != inner[2]):
            classes.append("nested")
        mains = sorted({p[2] for p in covering if p[3] == "main"})
        rels = sorted({p[2] for p in covering if p[3] != "main"})
        attrs = [f'class="{" ".join(classes)}"', f'data-ids="{_e(" ".join(ids))}"']
        if not anchors:  # which pieces the segment belongs to, so a script can find a piece's whole text
            attrs.append(f'data-pieces="{_e(" ".join(sorted({p[2] if p[3] == "main" else p[3] for p in covering})))}"')
            out.append(f"<mark {' '.join(attrs)}>{segment}</mark>")
            continue
        attrs += [f'data-main="{_e(" ".join(mains))}"'] if mains else []
        attrs += [f'data-rel="{_e(" ".join(rels))}"'] if rels else []
        starting = [p[2] if p[3] == "main" else p[3] for p in covering if p[0] == a]
        fresh = [x for x in starting if x not in opened]
        if fresh:
            opened.update(fresh)
            attrs += [f'id="{_e(fresh[0])}"', 'tabindex="0"', 'aria-describedby="tip"']
            attrs += [f'data-also="{_e(" ".join(fresh[1:]))}"'] if len(fresh) > 1 else []
        out.append(f"<mark {' '.join(attrs)}>{segment}</mark>")
    return "".join(out)


class ArticleView:
    """One article's pieces of the page: its overview row, its prose with the findings' spans marked, its source marked.

    The report lays out many; the web app (`healthlint serve`) shows one and re-renders it at every edit.
    """

    def __init__(self, doc: Document, result: FileResult, index: int) -> None:
        self.doc = doc
        self.result = result
        self.index = index
        self.entries: list[dict[str, Any]] = []
        self.pieces: list[tuple[int, int, str, str]] = []  # (prose start, end, finding id, "main" | "related")
        for n, f in enumerate(result.findings):
            fid = f"a{index}-f{n}"
            start, end = doc.position_map.prose_range(f.span.offset, f.span.end_offset)
            shown = doc.prose[start:end] if end > start else ""
            if shown:
                self.pieces.append((start, end, fid, "main"))
            related = []
            for k, r in enumerate(f.related):
                rs, re_ = doc.position_map.prose_range(r.span.offset, r.span.end_offset)
                rid = f"{fid}-r{k}"
                if re_ > rs:
                    self.pieces.append((rs, re_, fid, rid))
                related.append({"id": rid, "line": r.span.line, "column": r.span.column, "shown": doc.prose[rs:re_] if re_ > rs else ""})
            self.entries.append(
                {
                    "id": fid,
                    "rule": f.rule,
                    "name": f.name,
                    "category": f.category,
                    "severity": f.severity,
                    "message": f.message,
                    "suggestion": f.suggestion,
                    "line": f.span.line,
                    "column": f.span.column,
                    "text": f.span.text,
                    "shown": shown,
                    "related": related,
                }
            )
        self.by_id = {e["id"]: e for e in self.entries}
        self.in_block = self._by_block()

    def _by_block(self) -> dict[int, list[tuple[int, int, str, str]]]:
        """The pieces overlapping each block (by index), in the pieces' order, found by binary search."""
        blocks = self.doc.blocks
        starts = [b.start for b in blocks]
        found: dict[int, list[tuple[int, int, str, str]]] = {}
        for piece in self.pieces:
            k = max(0, bisect.bisect_right(starts, piece[0]) - 1)
            while k < len(blocks) and blocks[k].start < piece[1]:
                if piece[0] < blocks[k].end:
                    found.setdefault(k, []).append(piece)
                k += 1
        return found

    def _marked(self, start: int, end: int, inside: list[tuple[int, int, str, str]]) -> str:
        return marked(self.doc.prose, start, end, inside, self.by_id)

    def _block(self, index: int, block: Block) -> str:
        body = self._marked(block.start, block.end, self.in_block.get(index, []))
        if block.kind == "heading":
            level = min(6, max(3, block.level + 2))
            return f"<h{level}>{body}</h{level}>"
        if block.kind == "quote":
            return f"<blockquote>{body}</blockquote>"
        if block.kind == "table_cell":
            return f'<p class="cell">{body}</p>'
        return f"<p>{body}</p>"

    def body(self) -> str:
        out: list[str] = []
        in_list = False
        for index, block in enumerate(self.doc.blocks):
            if block.kind == "list_item":
                if not in_list:
                    out.append("<ul>")
                    in_list = True
                out.append(f"<li>{self._marked(block.start, block.end, self.in_block.get(index, []))}</li>")
                continue
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(self._block(index, block))
        if in_list:
            out.append("</ul>")
        return "\n".join(out)

    def row(self) -> str:
        """The overview table's row: score, grade with its colour, findings per category, reading grade against the target."""
        result = self.result
        counts = {c: sum(f.category == c for f in result.findings) for c in CATEGORIES}
        fk = result.metrics.get("flesch_kincaid_grade")
        return (
            f'<tr data-score="{result.score}"><td class="path"><a href="#article-{self.index}">{_path(result.path)}</a></td>'
            f'<td class="num">{result.score:.1f}</td>'
            f'<td><span class="grade {_grade_colour(result.grade)}" title="grade {_e(result.grade)}">{_e(result.grade)}</span></td>'
            + "".join(f'<td class="num">{counts[c]}</td>' for c in CATEGORIES)
            + f'<td class="num">{len(result.findings) - sum(counts.values())}</td>'
            + f'<td class="num">{"" if fk is None else f"{fk:.1f}"} <span class="note">{_target_note(fk)}</span></td>'
            + f"<td>{'pass' if result.passed else '<strong>fail</strong>'}</td></tr>"
        )

    def section(self) -> str:
        """The article as prose: its score line, the article-level panel, the text with every finding marked."""
        result, index = self.result, self.index
        metrics = result.metrics
        fk = metrics.get("flesch_kincaid_grade")
        facts = [f"{metrics.get('words', 0)} words"]
        if fk is not None:
            facts.append(f"Flesch-Kincaid grade {fk:.1f} (target 6-8: {_target_note(fk)})")
        if "flesch_reading_ease" in metrics:
            facts.append(f"reading ease {metrics['flesch_reading_ease']:.1f}")
        return (
            f'<section class="article" id="article-{index}" aria-labelledby="title-{index}">'
            f'<header><h2 id="title-{index}" class="path">{_path(result.path)}</h2>'
            f'<p class="score"><span class="grade {_grade_colour(result.grade)}">{_e(result.grade)}</span> score {result.score:.1f} · '
            f"{len(result.findings)} finding(s) · {_e(' · '.join(facts))}</p></header>"
            f'{self.panel()}<div class="prose">{self.body()}</div></section>'
        )

    def source(self) -> str:
        """The file's own text with each finding's span marked (the web app's editor highlights), without focus stops."""
        pieces = [(f.span.offset, f.span.end_offset, e["id"], "main") for f, e in zip(self.result.findings, self.entries, strict=True)]
        pieces += [
            (r.span.offset, r.span.end_offset, e["id"], rel["id"])
            for f, e in zip(self.result.findings, self.entries, strict=True)
            for r, rel in zip(f.related, e["related"], strict=True)
        ]
        text = self.doc.source
        return marked(text, 0, len(text), [p for p in pieces if p[1] > p[0]], self.by_id, anchors=False)

    def panel(self) -> str:
        """Document-level findings (disclaimer, stuffing), and any finding with no place in the prose."""
        items = []
        for e in self.entries:
            if e["category"] in DOCUMENT_LEVEL or not e["shown"]:
                where = f'<a href="#{_e(e["id"])}">line {e["line"]}</a>' if e["shown"] else f"line {e['line']}"
                items.append(
                    f'<li class="panel-item sev-{_e(e["severity"])}" data-ids="{_e(e["id"])}">'
                    f'<span class="badge sev-{_e(e["severity"])}">{_e(e["severity"])}</span> '
                    f"<strong>{_e(e['rule'])}</strong> {_e(e['message'])} ({where})"
                    + (f'<div class="suggestion">Suggestion: {_e(e["suggestion"])}</div>' if e["suggestion"] else "")
                    + "</li>"
                )
        if not items:
            return ""
        return (
            '<section class="panel" aria-label="Article-level findings"><h3>Article-level findings</h3><ul>'
            + "".join(items)
            + "</ul></section>"
        )


class HtmlReporter(Reporter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows: list[str] = []
        self.sections: list[str] = []
        self.findings_data: list[dict[str, Any]] = []
        self.categories_seen: set[str] = set()

    def add(self, result: FileResult, source: str | None) -> None:
        view = ArticleView(parse(result.path, source or ""), result, self.files)
        self.findings_data += [{**e, "file": view.index} for e in view.entries]
        self.categories_seen |= {f.category for f in result.findings}
        self.rows.append(view.row())
        self.sections.append(view.section())
        super().add(result, source)

    def close(self) -> None:
        errors = "".join(f'<li><span class="path">{_path(e.path)}</span>: {_e(printable(e.problem))}</li>' for e in self.errors)
        self.out.write(
            asset("page.html").substitute(
                css=asset("report.css").template,
                js=asset("report.js").template,
                summary=_e(f"{self.files} article(s), {self.findings} finding(s), {self.failed} below threshold"),
                version=_e(__version__),
                overview=overview(self.rows),
                errors=f'<ul class="errors">{errors}</ul>' if errors else "",
                filters=filters(self.categories_seen),
                sections="\n".join(self.sections),
                data=script_json(self.findings_data),
            )
        )
