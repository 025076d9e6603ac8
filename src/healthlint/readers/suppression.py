"""`<!-- healthlint-disable ... -->` comments, read from the source of Markdown and HTML.

A directive lists rule codes or code prefixes (`HL101`, `HL1`), or none for every
rule; text after ` -- ` is a reason, for people. A comment that starts like a
directive but is not one (`healthlint-disable-line`), or a code that matches no
rule, suppresses nothing and is reported by `directive_problems`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from healthlint.model.document import Suppression
from healthlint.readers.inline import NextFind

KINDS = ("disable", "enable", "disable-next-line")
# A healthlint comment's start and name; it runs to the first `-->` after the name. Read as the one regex
# `<!--\s*(healthlint\b[^\s>]*)(.*?)-->` would (with S), but with the search for `-->` remembered, so that
# many comments left open cost one search, not one each to the end of the text.
_START = re.compile(r"<!--\s*(healthlint\b[^\s>]*)", re.I)
_CODE = re.compile(r"HL\d{1,3}", re.I)


def _comments(source: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, body) of each healthlint comment, in order, as `finditer` of the regex above finds them."""
    next_close = NextFind(source, "-->")
    end = 0  # where the last comment ended: a comment start inside it is part of its text
    for m in _START.finditer(source):
        if m.start() < end:
            continue
        name_end = m.end()
        close = next_close(name_end, len(source))
        if close < 0:
            # the regex would give the name back: only its closing `--` (of a `-->` right after it) can help
            if name_end - 2 >= m.start(1) + len("healthlint") and source.startswith("-->", name_end - 2):
                close = name_end = name_end - 2
            else:
                continue
        end = close + 3
        yield m.start(), end, source[m.start(1) : name_end], source[name_end:close]


def _directive(name: str, body: str) -> tuple[str | None, list[str]]:
    """(the kind, or None for an unknown directive; the codes or other words it lists)."""
    name = name.lower()
    kind = name.removeprefix("healthlint-") if name.startswith("healthlint-") else None
    words = body.split(" --", 1)[0].replace(",", " ").split()
    return (kind if kind in KINDS else None), words


_CODE = re.compile(r"HL\d{1,3}", re.I)


def parse_suppressions(source: str) -> list[Suppression]:
    """Regions in which findings of the listed codes (all codes if none) are dropped."""
    regions: list[Suppression] = []
    open_at: dict[frozenset[str], int] = {}
    for start, end, name, body in _comments(source):
        kind, words = _directive(name, body)
        if kind is None:
            continue
        codes = frozenset(w.upper() for w in words)  # a word that is not a code matches no rule
        if kind == "disable-next-line":
            line_start = source.find("\n", end)
            if line_start < 0:
                continue
            line_end = source.find("\n", line_start + 1)
            regions.append(Suppression(line_start + 1, len(source) if line_end < 0 else line_end, codes))
        elif kind == "disable":
            open_at.setdefault(codes, end)
        else:
            closing = list(open_at) if not codes else [codes] if codes in open_at else []
            for key in closing:
                regions.append(Suppression(open_at.pop(key), start, key))
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
    for start, _, name, body in _comments(source):
        kind, words = _directive(name, body)
        if not reads_directives:
            problems.append((start, f"`{name}` is ignored: suppression comments work in Markdown and HTML only"))
            continue
        if kind is None:
            known = ", ".join(f"healthlint-{k}" for k in KINDS)
            problems.append((start, f"unknown directive `{name}` suppresses nothing (known: {known})"))
            continue
        for word in words:
            if not _CODE.fullmatch(word):
                problems.append((start, f"`{word}` in `{name}` is not a rule code (such as HL101 or HL1) and suppresses nothing"))
            elif not any(code.startswith(word.upper()) for code in codes):
                problems.append((start, f"`{word}` in `{name}` matches no rule and suppresses nothing"))
    return problems
