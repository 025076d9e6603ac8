"""Phrase lexicons compiled to one trie-shaped regex, fast however long the list grows.

A flat alternation of thousands of phrases makes the regex engine try each
one at every position; a trie shares prefixes so each position costs about
one phrase's length. Words may be joined by a space, a hyphen or nothing
("game-changer", "game changer", "gamechanger"), and the last word may take
a plural ending.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_SEP = "\x00"
_SEP_PATTERN = r"[\s\p{Pd}]*"
_WORD_CHAR = regex.compile(r"\w")
_WORD_SPLIT = regex.compile(r"[\s\p{Pd}]+")


def _normalise(phrase: str) -> str:
    return _SEP.join(w for w in _WORD_SPLIT.split(phrase.strip().lower()) if w)


def _trie_pattern(node: dict[str, dict]) -> str:
    """Regex for the strings a trie node leads to; '' marks the end of a phrase."""
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = _SEP_PATTERN if ch == _SEP else regex.escape(ch)
        branches.append(piece + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def trie_regex(phrases: Iterable[str], plural: bool = True) -> str:
    """One regex source matching any of `phrases` as whole words, case-insensitively."""
    root: dict[str, dict] = {}
    words = [n for n in (_normalise(p) for p in phrases) if n]
    for norm in words:
        node = root
        for ch in norm:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return r"(?!x)x"
    suffix = r"(?:e?s)?" if plural else ""
    # \b is cheaper than a lookaround, but only right where the phrase edge is a word character.
    start = r"\b" if all(_WORD_CHAR.match(w[0]) for w in words) else r"(?<!\w)"
    end = r"\b" if all(_WORD_CHAR.match(w[-1]) for w in words) else r"(?!\w)"
    return start + _trie_pattern(root) + suffix + end


def compile_lexicon(phrases: Iterable[str], plural: bool = True) -> regex.Pattern[str]:
    return regex.compile(trie_regex(phrases, plural), regex.I)
