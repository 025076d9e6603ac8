"""Readability figures for the report, via textstat (pinned to a release whose data ships in its wheel)."""

from __future__ import annotations

from typing import Any

from healthlint.document import Document


def readability(doc: Document) -> dict[str, Any]:
    """Words, sentences and the grade formulas editors know, computed on the prose only."""
    import textstat  # imported here: it loads CMUdict, which only metrics need

    text = "\n\n".join(doc.prose[s:e] for s, e in doc.sentences if not doc.in_references(s))
    words = doc.word_count
    sentences = len(doc.sentences)
    if not text.strip():
        return {"words": words, "sentences": sentences}
    return {
        "words": words,
        "sentences": sentences,
        "flesch_reading_ease": round(textstat.flesch_reading_ease(text), 1),
        "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(text), 1),
        "smog_index": round(textstat.smog_index(text), 1),
    }
