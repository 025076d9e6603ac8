"""`<!-- healthlint-disable ... -->` comments, read from the source of Markdown and HTML.

A directive lists rule codes or code prefixes (`HL101`, `HL1`), or none for every
rule; text after ` -- ` is a reason, for people. A comment that starts like a
directive but is not one (`healthlint-disable-line`), or a code that matches no
rule, suppresses nothing and is reported by `directive_problems`.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from healthlint.model.document import Suppression

KINDS = ("disable", "enable", "disable-next-line")
_COMMENT = regex.compile(r"<!--\s*(healthlint\b[^\s>]*)(.*?)-->", regex.I | regex.S)
_CODE = regex.compile(r"HL\d{1,3}", regex.I)


def _directive(m: regex.Match[str]) -> tuple[str | None, list[str]]:
    """(the kind, or None for an unknown directive; the codes or other words it lists)."""
    name = m.group(1).lower()
    kind = name.removeprefix("healthlint-") if name.startswith("healthlint-") else None
    words = m.group(2).split(" --", 1)[0].replace(",", " ").split()
    return (kind if kind in KINDS else None), words


def parse_suppressions(source: str) -> list[Suppression]:
    """Regions in which findings of the listed codes (all codes if none) are dropped."""
    regions: list[Suppression] = []
    open_at: dict[frozenset[str], int] = {}
    for m in _COMMENT.finditer(source):
        kind, words = _directive(m)
        if kind is None:
            continue
        codes = frozenset(w.upper() for w in words)  # a word that is not a code matches no rule
        if kind == "disable-next-line":
            line_start = source.find("\n", m.end())
            if line_start < 0:
                continue
            line_end = source.find("\n", line_start + 1)
            regions.append(Suppression(line_start + 1, len(source) if line_end < 0 else line_end, codes))
        elif kind == "disable":
            open_at.setdefault(codes, m.end())
        else:
            closing = [k for k in open_at if not codes or k == codes]
            for key in closing:
                regions.append(Suppression(open_at.pop(key), m.start(), key))
    for key, start in open_at.items():
        regions.append(Suppression(start, len(source), key))
    return regions


def directive_problems(source: str, codes: Collection[str], reads_directives: bool = True) -> list[tuple[int, str]]:
    """(offset, problem) for each healthlint comment that will not do what it seems to say.

    `reads_directives` is False for plain text, where comments are text and nothing is suppressed.
    """
    if "<!--" not in source:
        return []
    problems = []
    for m in _COMMENT.finditer(source):
        name = m.group(1)
        kind, words = _directive(m)
        if not reads_directives:
            problems.append((m.start(), f"`{name}` is ignored: suppression comments work in Markdown and HTML only"))
            continue
        if kind is None:
            known = ", ".join(f"healthlint-{k}" for k in KINDS)
            problems.append((m.start(), f"unknown directive `{name}` suppresses nothing (known: {known})"))
            continue
        for word in words:
            if not _CODE.fullmatch(word):
                problems.append((m.start(), f"`{word}` in `{name}` is not a rule code (such as HL101 or HL1) and suppresses nothing"))
            elif not any(code.startswith(word.upper()) for code in codes):
                problems.append((m.start(), f"`{word}` in `{name}` matches no rule and suppresses nothing"))
    return problems
