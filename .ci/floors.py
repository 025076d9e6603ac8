"""Fail CI when the corpus figures drop below what the project has reached.

Usage: floors.py SEEDS.json DEV.json DEV2.json   (score.py --json outputs)
       floors.py --reference REPORT.json  (healthlint JSON over corpus/reference/medquad)
       floors.py --schema SCHEMA.json REPORT.json...   (every report validates; every span is exact)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

_LINE_END = re.compile(r"\r\n|\r|\n")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column as editors count them: CRLF, LF or a lone CR ends a line."""
    ends = [m.end() for m in _LINE_END.finditer(text, 0, offset + 1) if m.end() <= offset]
    return len(ends) + 1, offset - (ends[-1] if ends else 0) + 1


# (corpus, category, figure) -> the least acceptable value.
FLOORS = {
    ("seeds", "superlative", "recall"): 0.70,
    ("seeds", "keyword-stuffing", "recall"): 1.0,
    ("seeds", "disclaimer", "recall"): 1.0,
    ("seeds", "contradiction", "recall"): 1.0,
    ("dev", "superlative", "precision"): 0.90,
    ("dev", "superlative", "recall"): 0.95,
    ("dev", "keyword-stuffing", "precision"): 1.0,
    ("dev", "keyword-stuffing", "recall"): 1.0,
    ("dev", "disclaimer", "precision"): 1.0,
    ("dev", "disclaimer", "recall"): 1.0,
    ("dev", "contradiction", "precision"): 0.90,
    ("dev", "contradiction", "recall"): 0.75,
    ("dev2", "superlative", "precision"): 0.84,
    ("dev2", "superlative", "recall"): 0.90,
    ("dev2", "keyword-stuffing", "precision"): 1.0,
    ("dev2", "keyword-stuffing", "recall"): 1.0,
    ("dev2", "disclaimer", "precision"): 1.0,
    ("dev2", "disclaimer", "recall"): 1.0,
    ("dev2", "contradiction", "precision"): 0.85,
    ("dev2", "contradiction", "recall"): 0.58,
}
# Most findings allowed over the 60 NIH reference pages, per category.
REFERENCE_WITH_DISCLAIMER = 1
REFERENCE_CEILINGS = {"superlative": 3, "keyword-stuffing": 0, "contradiction": 1, "supplement-claim": 0, "disclaimer-placement": 0}


def check_corpus(name: str, figures: dict, failures: list[str]) -> None:
    for (corpus, category, figure), floor in FLOORS.items():
        if corpus != name:
            continue
        value = figures["categories"][category][figure]
        shown = "-" if value is None else f"{value:.2f}"
        print(f"{name:6} {category:17} {figure:9} {shown:>5}  (floor {floor:.2f})")
        if value is None or value < floor:
            failures.append(f"{name} {category} {figure} {shown} < {floor}")
    if figures["position_errors"]:
        failures.append(f"{name}: {len(figures['position_errors'])} position errors")


def check_reports(schema_path: str, reports: list[str], failures: list[str]) -> None:
    """Each report validates against the schema, and each span's text, line and column match the file."""
    import jsonschema  # installed with the test extras

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    spans = 0
    for report_path in reports:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
        jsonschema.validate(report, schema)
        for file in report["files"]:
            text = Path(file["path"]).read_bytes().decode("utf-8")
            for finding in file["findings"]:
                for span in [finding, *finding.get("related", [])]:
                    spans += 1
                    start, end = span["offset"], span["end_offset"]
                    if text[start:end] != span["text"] or (span["line"], span["column"]) != _line_column(text, start):
                        failures.append(f"{file['path']}: {finding['rule']} span {start}:{end} does not match the file")
    print(f"schema and positions: {len(reports)} reports valid, {spans} spans checked")


def main(argv: list[str]) -> int:
    failures: list[str] = []
    if argv[:1] == ["--schema"]:
        check_reports(argv[1], argv[2:], failures)
    elif argv[:1] == ["--reference"]:
        report = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        counts = Counter(f["category"] for file in report["files"] for f in file["findings"])
        flagged = sum(any(f["category"] == "disclaimer" for f in file["findings"]) for file in report["files"])
        print(f"reference: {len(report['files'])} pages, findings per category {dict(counts)}, disclaimer flagged on {flagged}")
        for category, ceiling in REFERENCE_CEILINGS.items():
            if counts[category] > ceiling:
                failures.append(f"reference: {counts[category]} {category} findings > {ceiling}")
        # NIH pages carry no disclaimer of their own, except one CDC page that says it is no substitute for a provider.
        if flagged < len(report["files"]) - REFERENCE_WITH_DISCLAIMER:
            failures.append(f"reference: disclaimer flagged on {flagged} of {len(report['files'])} pages")
    else:
        for name, path in zip(("seeds", "dev", "dev2"), argv, strict=True):
            check_corpus(name, json.loads(Path(path).read_text(encoding="utf-8")), failures)
    for failure in failures:
        print("FLOOR BROKEN:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
