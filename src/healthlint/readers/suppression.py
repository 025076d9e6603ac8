"""`<!-- healthlint-disable ... -->` comments, read from the source of Markdown and HTML."""

from __future__ import annotations

import regex

from healthlint.model.document import Suppression

# The codes part stops within 500 characters, so that many comments left open cannot each scan the rest of the file.
_DIRECTIVE = regex.compile(
    r"<!--\s*healthlint-(disable-next-line|disable|enable)\b([^>]{0,500}?)\s*-->",
    regex.I,
)
_CODE = regex.compile(r"HL\d{1,3}", regex.I)


def parse_suppressions(source: str) -> list[Suppression]:
    """Regions in which findings of the listed codes (all codes if none) are dropped."""
    regions: list[Suppression] = []
    open_at: dict[frozenset[str], int] = {}
    for m in _DIRECTIVE.finditer(source):
        kind = m.group(1).lower()
        codes = frozenset(c.upper() for c in _CODE.findall(m.group(2)))
        if kind == "disable-next-line":
            line_start = source.find("\n", m.end())
            if line_start < 0:
                continue
            line_end = source.find("\n", line_start + 1)
            regions.append(Suppression(line_start + 1, len(source) if line_end < 0 else line_end, codes))
        elif kind == "disable":
            open_at.setdefault(codes, m.end())
        else:
            closing = list(open_at) if not codes else [codes] if codes in open_at else []
            for key in closing:
                regions.append(Suppression(open_at.pop(key), m.start(), key))
    for key, start in open_at.items():
        regions.append(Suppression(start, len(source), key))
    return regions
