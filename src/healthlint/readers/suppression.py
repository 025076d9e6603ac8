"""`<!-- healthlint-disable ... -->` comments, read from the source of Markdown and HTML."""

from __future__ import annotations

import regex

from healthlint.model.document import Suppression
from healthlint.readers.inline import NextFind

# A directive's start; it runs, codes and all, to the first `>` after it, which must close the comment (`-->`).
_DIRECTIVE = regex.compile(r"<!--\s*healthlint-(disable-next-line|disable|enable)\b", regex.I)
_CODE = regex.compile(r"HL\d{1,3}", regex.I)


def parse_suppressions(source: str) -> list[Suppression]:
    """Regions in which findings of the listed codes (all codes if none) are dropped."""
    regions: list[Suppression] = []
    open_at: dict[frozenset[str], int] = {}
    next_gt = NextFind(source, ">")  # remembered: many comments left open cost one search, not one each
    end = 0  # where the last directive ended: a directive inside it is part of its text
    for m in _DIRECTIVE.finditer(source):
        if m.start() < end:
            continue
        gt = next_gt(m.end(), len(source))
        if gt < 0:
            break
        if gt - 2 < m.end() or not source.startswith("-->", gt - 2):
            continue
        kind = m.group(1).lower()
        codes = frozenset(c.upper() for c in _CODE.findall(source, m.end(), gt - 2))
        start, end = m.start(), gt + 1
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
