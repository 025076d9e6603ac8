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
from importlib import resources
from itertools import pairwise
from string import Template
from typing import Any

from healthlint import __version__
from healthlint.model.document import Block, Document
from healthlint.model.results import FileResult
from healthlint.readers import parse
from healthlint.reporters import Reporter

CATEGORIES = ("superlative", "keyword-stuffing", "disclaimer", "contradiction")
DOCUMENT_LEVEL = {"keyword-stuffing", "disclaimer", "disclaimer-placement", "supplement-claim"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
FK_TARGET = (6.0, 8.0)  # AMA and NIH: patient materials at a 6th-8th grade reading level


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _target_note(fk: float | None) -> str:
    if fk is None:
        return ""
    if fk > FK_TARGET[1]:
        return "above target"
    return "below target" if fk < FK_TARGET[0] else "on target"


def _grade_colour(grade: str) -> str:
    return {"A": "good", "B": "good", "C": "fair", "D": "poor", "F": "poor"}[grade]


class _Article:
    """Renders one document's prose with its findings' spans marked."""

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
        """The escaped prose of [start, end) with <mark> segments for the finding pieces inside it (one sweep)."""
        cuts = sorted({start, end, *(max(start, p[0]) for p in inside), *(min(end, p[1]) for p in inside)})
        by_start = sorted(range(len(inside)), key=lambda k: max(start, inside[k][0]))
        active: set[int] = set()  # indexes of the pieces covering the current segment
        nxt = 0
        out = []
        opened: set[str] = set()
        for a, b in pairwise(cuts):
            text = _e(self.doc.prose[a:b])
            while nxt < len(by_start) and max(start, inside[by_start[nxt]][0]) <= a:
                active.add(by_start[nxt])
                nxt += 1
            active = {k for k in active if min(end, inside[k][1]) > a} if active else active
            covering = [inside[k] for k in sorted(active)]
            if not covering:
                out.append(text)
                continue
            ids = sorted({p[2] for p in covering})
            entries = [self.by_id[i] for i in ids]
            worst = min(entries, key=lambda e: SEVERITY_ORDER[e["severity"]])
            roles = {p[3] for p in covering}
            classes = ["hl", f"sev-{worst['severity']}", f"cat-{worst['category'] if worst['category'] in CATEGORIES else 'other'}"]
            if "main" not in roles:
                # A contradiction's partner claim is outlined; other repeats (a keyphrase) are only underlined.
                classes.append("related" if worst["category"] == "contradiction" else "also")
            mains = sorted({p[2] for p in covering if p[3] == "main"})
            rels = sorted({p[2] for p in covering if p[3] != "main"})
            attrs = [f'class="{" ".join(classes)}"', f'data-ids="{_e(" ".join(ids))}"']
            attrs += [f'data-main="{_e(" ".join(mains))}"'] if mains else []
            attrs += [f'data-rel="{_e(" ".join(rels))}"'] if rels else []
            anchors = [p[2] if p[3] == "main" else p[3] for p in covering if p[0] == a]
            fresh = [x for x in anchors if x not in opened]
            if fresh:
                opened.update(fresh)
                attrs += [f'id="{_e(fresh[0])}"', 'tabindex="0"', 'aria-describedby="tip"']
                attrs += [f'data-also="{_e(" ".join(fresh[1:]))}"'] if len(fresh) > 1 else []
            out.append(f"<mark {' '.join(attrs)}>{text}</mark>")
        return "".join(out)

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
        index = self.files
        doc = parse(result.path, source or "")
        article = _Article(doc, result, index)
        self.findings_data += [{**e, "file": index} for e in article.entries]
        self.categories_seen |= {f.category for f in result.findings}
        counts = {c: sum(f.category == c for f in result.findings) for c in CATEGORIES}
        other = len(result.findings) - sum(counts.values())
        fk = result.metrics.get("flesch_kincaid_grade")
        fk_note = (
            ""
            if fk is None
            else ("on target" if FK_TARGET[0] <= fk <= FK_TARGET[1] else ("above target" if fk > FK_TARGET[1] else "below target"))
        )
        colour = _grade_colour(result.grade)
        self.rows.append(
            f'<tr data-score="{result.score}"><td><a href="#article-{index}">{_e(result.path)}</a></td>'
            f'<td class="num">{result.score:.1f}</td>'
            f'<td><span class="grade {colour}" title="grade {_e(result.grade)}">{_e(result.grade)}</span></td>'
            + "".join(f'<td class="num">{counts[c]}</td>' for c in CATEGORIES)
            + f'<td class="num">{other}</td>'
            + f'<td class="num">{"" if fk is None else f"{fk:.1f}"} <span class="note">{fk_note}</span></td>'
            + f"<td>{'pass' if result.passed else '<strong>fail</strong>'}</td></tr>"
        )
        metrics = result.metrics
        facts = [f"{metrics.get('words', 0)} words"]
        if fk is not None:
            facts.append(f"Flesch-Kincaid grade {fk:.1f} (target 6-8: {fk_note})")
        if "flesch_reading_ease" in metrics:
            facts.append(f"reading ease {metrics['flesch_reading_ease']:.1f}")
        self.sections.append(
            f'<section class="article" id="article-{index}" aria-labelledby="title-{index}">'
            f'<header><h2 id="title-{index}">{_e(result.path)}</h2>'
            f'<p class="score"><span class="grade {colour}">{_e(result.grade)}</span> score {result.score:.1f} · '
            f"{len(result.findings)} finding(s) · {_e(' · '.join(facts))}</p></header>"
            f'{article.panel()}<div class="prose">{article.body()}</div></section>'
        )
        super().add(result, source)

    def _filters(self) -> str:
        cats = [c for c in (*CATEGORIES, *sorted(self.categories_seen - set(CATEGORIES))) if c in self.categories_seen]
        boxes = [(f"filter cat-{c if c in CATEGORIES else 'other'}", "category", c) for c in cats]
        boxes += [("filter", "severity", s) for s in SEVERITY_ORDER]
        return "".join(
            f'<label class="{_e(cls)}"><input type="checkbox" checked data-filter="{kind}" value="{_e(value)}"> {_e(value)}</label>'
            for cls, kind, value in boxes
        )

    def close(self) -> None:
        assets = resources.files("healthlint.reporters") / "html_assets"
        page = Template((assets / "page.html").read_text(encoding="utf-8"))
        data = json.dumps(self.findings_data, ensure_ascii=False)
        errors = "".join(f"<li>{_e(e.path)}: {_e(e.problem)}</li>" for e in self.errors)
        self.out.write(
            page.substitute(
                css=(assets / "report.css").read_text(encoding="utf-8"),
                js=(assets / "report.js").read_text(encoding="utf-8"),
                summary=_e(f"{self.files} article(s), {self.findings} finding(s), {self.failed} below threshold"),
                version=_e(__version__),
                category_headers="".join(f'<th scope="col" class="num">{_e(c)}</th>' for c in CATEGORIES),
                rows="".join(self.rows),
                errors=f'<ul class="errors">{errors}</ul>' if errors else "",
                filters=self._filters(),
                sections="\n".join(self.sections),
                # Safe inside <script>: no "<", ">" or "&" can end the element or start markup.
                data=data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"),
            )
        )
