"""Check every rules/vocabulary/*.yaml file against the vocabulary format.

Usage: python tools/vocabulary/check.py [--zipf 3.5]

Common words: single-word terms above the Zipf threshold, and two-word terms made only of very
frequent words (Zipf >= 5, e.g. "plan b", "the runs"); a longer phrase of common words is specific
enough not to match prose by accident.

Checks: required keys; each class has exactly one of terms / file / groups; inflect is one of
noun, verb, adjective, none; group keys of @organ, @harm and @condition are the same set; terms are
non-empty, lower-case, single-spaced, stripped; no term twice within a class (across its groups too);
referenced .txt files exist. Prints each class's size and the terms that are common English words
(wordfreq Zipf above --zipf), so a reviewer can see what the frequency filter let through on purpose.
Exit status 1 if a format check fails (common words are reported, not failed).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

VOCAB_DIR = Path(__file__).resolve().parents[2] / "rules" / "vocabulary"
TOP_KEYS = {"vocabulary", "description", "sources", "built-by", "classes"}
INFLECT = {"noun", "verb", "adjective", "none"}
SHARED_GROUPS = ("organ", "harm", "condition")
# Classes whose terms are words by nature (a class of everyday words): common words are expected there.
EVERYDAY_CLASSES = {
    "medicine",
    "harm-general",
    "product",
    "status",
    "evidence-kind",
    "population",
    "population-state",
    "drug-class",
    "organ",
}


def load_txt(path: Path) -> list[str]:
    terms, header = [], True
    for line in path.read_text(encoding="utf-8").splitlines():
        if header and line.startswith("#"):
            continue
        header = False
        terms.append(line)
    return terms


def class_terms(cdef: dict, base: Path, errors: list[str], where: str) -> dict[str, list[str]]:
    """{group or '': terms}"""
    kinds = [k for k in ("terms", "file", "groups") if k in cdef]
    if not kinds and cdef.get("forms"):
        return {}  # a class written as forms only: the loader expands and checks them
    if len(kinds) != 1:
        errors.append(f"{where}: needs exactly one of terms/file/groups, has {kinds}")
        return {}
    if "terms" in cdef:
        return {"": list(cdef["terms"] or [])}
    if "file" in cdef:
        path = base / cdef["file"]
        if not path.exists():
            errors.append(f"{where}: file {cdef['file']} missing")
            return {}
        return {"": load_txt(path)}
    out = {}
    for g, gv in (cdef["groups"] or {}).items():
        if isinstance(gv, dict):
            if "terms" not in gv:
                errors.append(f"{where}.{g}: group mapping without terms")
                continue
            if "ages" in gv:
                a = gv["ages"]
                if not (isinstance(a, list) and len(a) == 2 and all(isinstance(x, (int, float)) for x in a) and a[0] <= a[1]):
                    errors.append(f"{where}.{g}: ages must be [low, high] numbers, low <= high")
            if "rank" in gv and not isinstance(gv["rank"], int):
                errors.append(f"{where}.{g}: rank must be an integer")
            out[g] = list(gv["terms"] or [])
        else:
            out[g] = list(gv or [])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zipf", type=float, default=3.5)
    ap.add_argument("--quiet", action="store_true", help="do not list common words")
    args = ap.parse_args()
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # the format checks still run without the frequency list
        zipf_frequency = None
        print("wordfreq not installed: common-word report skipped")

    errors: list[str] = []
    group_keys: dict[str, set[str]] = {}
    classes_seen: dict[str, str] = {}
    total = 0
    for path in sorted(VOCAB_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        where = path.name
        missing = TOP_KEYS - set(doc or {})
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
            continue
        if doc["vocabulary"] != path.stem:
            errors.append(f"{where}: vocabulary '{doc['vocabulary']}' differs from the file name")
        for s in doc["sources"]:
            if not {"name", "licence"} <= set(s):
                errors.append(f"{where}: a source lacks name or licence: {s}")
        for cname, cdef in doc["classes"].items():
            cw = f"{where}:{cname}"
            if cname in classes_seen:
                errors.append(f"{cw}: class also defined in {classes_seen[cname]}")
            classes_seen[cname] = where
            if "description" not in cdef:
                errors.append(f"{cw}: no description")
            if cdef.get("inflect", "none") not in INFLECT:
                errors.append(f"{cw}: inflect must be one of {sorted(INFLECT)}")
            groups = class_terms(cdef, VOCAB_DIR, errors, cw)
            if "groups" in cdef:
                group_keys[cname] = set(groups)
            seen: dict[str, str] = {}
            for g, terms in groups.items():
                for t in terms:
                    gw = f"{cw}{'.' + g if g else ''}"
                    if not isinstance(t, str) or not t.strip():
                        errors.append(f"{gw}: empty or non-text term {t!r}")
                        continue
                    if t != t.lower():
                        errors.append(f"{gw}: not lower-case: {t!r}")
                    if t != t.strip() or "  " in t or re.search(r"\s", t.replace(" ", "")):
                        errors.append(f"{gw}: bad spacing: {t!r}")
                    if t in seen:
                        errors.append(f"{gw}: duplicate {t!r} (also in {seen[t] or 'this class'})")
                    seen[t] = g
            size = sum(map(len, groups.values()))
            total += size
            detail = ", ".join(f"{g} {len(v)}" for g, v in groups.items() if g)
            print(f"{where:18} @{cname:17} {size:5d}" + (f"  ({detail})" if detail else ""))
            if zipf_frequency and not args.quiet and cname not in EVERYDAY_CLASSES:
                common = sorted(
                    {
                        t
                        for v in groups.values()
                        for t in v
                        if isinstance(t, str)
                        and (
                            (len(re.split(r"[ ]+", t)) == 1 and zipf_frequency(t, "en") > args.zipf)
                            or (len(t.split()) == 2 and min(zipf_frequency(w, "en") for w in t.split()) >= 5.0)
                        )
                    }
                )
                if common:
                    print(f"    common words (Zipf > {args.zipf}), kept: {', '.join(common)}")
    shared = [group_keys.get(c) for c in SHARED_GROUPS]
    if any(s is None for s in shared):
        errors.append(f"classes {SHARED_GROUPS} must all exist and use groups")
    elif not (shared[0] == shared[1] == shared[2]):
        errors.append(f"body-system group keys differ: {[sorted(s) for s in shared]}")
    print(f"total terms: {total}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
