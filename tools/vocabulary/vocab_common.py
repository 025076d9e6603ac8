"""Shared helpers for the vocabulary build scripts (tools/vocabulary/build_*.py).

Everything here runs offline. The only third-party imports are PyYAML (to check
what we write) and wordfreq (the frequency list that keeps ordinary English
words out of the classes); install them in a scratch environment, not in the
project: ``python3 -m venv /tmp/vocab && /tmp/vocab/bin/pip install wordfreq pyyaml``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Iterable

import yaml

REPO = Path(__file__).resolve().parents[2]
VOCAB_DIR = REPO / "rules" / "vocabulary"

# A term (or, for several words, the phrase as wordfreq combines it) at or above
# this Zipf frequency is an everyday English word: it is dropped from name-like
# classes (drug names, brands, countries) unless a script allow-lists it as a
# genuinely medical word. Zipf 3.5 is about 3 uses per million words.
COMMON_ZIPF = 3.5


def zipf(term: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(term, "en")


def word_zipfs(term: str) -> list[float]:
    return [zipf(w) for w in re.split(r"[ -]+", term) if w]


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u0060\u00b4"), "'")


def clean(term: str) -> str:
    """Lower-case, NFKC, straight quotes and hyphens, single spaces."""
    term = unicodedata.normalize("NFKC", term).translate(_DASHES).translate(_QUOTES)
    term = term.lower().strip().strip(".;:")
    term = re.sub(r"\s*-\s*", "-", term) if re.search(r"\w\s+-\s*\w|\w\s*-\s+\w", term) else term
    return re.sub(r"\s+", " ", term)


# US -> British spellings (word-internal stems); applied both ways by spelling_variants().
_US_UK = [
    (r"\besophag", "oesophag"), (r"\bestrogen", "oestrogen"), (r"\bestradiol", "oestradiol"),
    (r"\bedema", "oedema"), (r"diarrhea", "diarrhoea"), (r"\bfetus", "foetus"), (r"\bfetal", "foetal"),
    (r"\bpediatric", "paediatric"), (r"orthopedic", "orthopaedic"), (r"\btumor", "tumour"),
    (r"\bceliac", "coeliac"), (r"gynecolog", "gynaecolog"), (r"anesthe", "anaesthe"),
    (r"dyspnea", "dyspnoea"), (r"apnea", "apnoea"), (r"\bhem(?=[aeo])", "haem"),
    (r"(glyc|kal|natr|calc|lipid|cholesterol|ur|isch|an|tox|vir|septic|leuk|bacter|thalass|cyth|ox|capn)emi",
     r"\1aemi"),
    (r"\bbehavior", "behaviour"), (r"\bcolor", "colour"), (r"\blabor\b", "labour"), (r"\bodor", "odour"),
    (r"\bfiber", "fibre"), (r"\bsulfa", "sulpha"), (r"\bsulfur", "sulphur"), (r"\baluminum", "aluminium"),
    (r"\bcesarean", "caesarean"), (r"\bfeces", "faeces"), (r"\bfecal", "faecal"), (r"\bmold\b", "mould"),
    (r"\baging\b", "ageing"), (r"\bameb", "amoeb"), (r"\bcounseling", "counselling"),
    (r"\btraveler", "traveller"), (r"\bleukocyt", "leucocyt"), (r"\bpaleness", "paleness"),
    (r"\bhypokinesia", "hypokinesia"), (r"\bgray\b", "grey"), (r"\bpedia", "paedia"),
    (r"\bcauterize", "cauterise"), (r"\bimmunization", "immunisation"), (r"\bauthoriz", "authoris"),
    (r"\brandomiz", "randomis"), (r"\bminimiz", "minimis"), (r"\bhospitaliz", "hospitalis"),
    (r"\bcatheteriz", "catheteris"), (r"\bdiarrheal", "diarrhoeal"), (r"\bmaneuver", "manoeuvre"),
    (r"\banalyz", "analys"), (r"\bpeds\b", "peds"),
]
_UK_US = [(uk.replace("\\1", ""), us) for us, uk in _US_UK]


def spelling_variants(term: str) -> set[str]:
    """The term plus its British (or US) spelling where a known stem differs."""
    out = {term}
    for us, uk in _US_UK:
        new = re.sub(us, uk, term)
        if new != term:
            out.add(new)
    # British -> US: the plain stems only (the grouped -aemia rule is handled by its own pattern).
    for us, uk in _US_UK:
        if "\\1" in uk:
            new = re.sub(r"(glyc|kal|natr|calc|lipid|cholesterol|ur|isch|an|tox|vir|septic|leuk|bacter|thalass|cyth|ox|capn)aemi",
                         r"\1emi", term)
        else:
            pat = r"\b" + re.escape(uk) if us.startswith(r"\b") else re.escape(uk)
            repl = us.replace(r"\b", "").replace("(?=[aeo])", "")
            new = re.sub(pat, repl, term)
        if new != term:
            out.add(new)
    return out


def with_spellings(terms: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for t in terms:
        out |= spelling_variants(t)
    return out


_PLAIN = re.compile(r"[a-z0-9][a-z0-9 .\-/+]*")
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def _scalar(s: str) -> str:
    if _PLAIN.fullmatch(s) and s not in _YAML_WORDS and not re.fullmatch(r"[0-9.+\-e]+", s):
        return s
    return json.dumps(s, ensure_ascii=False)


def flow_list(items: Iterable, indent: int, width: int = 110) -> str:
    """A YAML flow sequence, wrapped to width, continuation lines indented."""
    parts = [_scalar(x) if isinstance(x, str) else json.dumps(x) for x in items]
    lines, cur = [], "["
    for i, p in enumerate(parts):
        piece = p + (", " if i < len(parts) - 1 else "]")
        if len(cur) + len(piece) + indent > width and cur.strip() != "[":
            lines.append(cur.rstrip())
            cur = " " * (indent + 1) + piece
        else:
            cur += piece
    if not parts:
        cur += "]"
    lines.append(cur)
    return "\n".join(lines)


def emit_yaml(doc: dict) -> str:
    """The vocabulary file format, written by hand so that it stays readable and stable."""
    out = [f"vocabulary: {doc['vocabulary']}", f"description: {_scalar(doc['description'])}", "sources:"]
    for s in doc["sources"]:
        out.append(f"  - name: {_scalar(s['name'])}")
        for k in ("url", "version", "licence", "note"):
            if k in s:
                out.append(f"    {k}: {_scalar(s[k])}")
    out.append(f"built-by: {_scalar(doc['built-by'])}")
    out.append("classes:")
    for cname, c in doc["classes"].items():
        out.append(f"  {cname}:")
        out.append(f"    description: {_scalar(c['description'])}")
        if "inflect" in c:
            out.append(f"    inflect: {c['inflect']}")
        if "file" in c:
            out.append(f"    file: {c['file']}")
        if "terms" in c:
            out.append(f"    terms: " + flow_list(c["terms"], 11))
        if "groups" in c:
            out.append("    groups:")
            for g, gv in c["groups"].items():
                if isinstance(gv, dict):
                    out.append(f"      {g}:")
                    for k, v in gv.items():
                        if isinstance(v, list):
                            out.append(f"        {k}: " + flow_list(v, 10 + len(k)))
                        else:
                            out.append(f"        {k}: {_scalar(v) if isinstance(v, str) else json.dumps(v)}")
                else:
                    out.append(f"      {g}: " + flow_list(gv, 8 + len(g)))
    text = "\n".join(out) + "\n"
    parsed = yaml.safe_load(text)
    assert parsed["classes"].keys() == doc["classes"].keys(), "round trip lost a class"
    for cname, c in doc["classes"].items():
        for key in ("terms", "groups"):
            if key in c:
                assert parsed["classes"][cname][key] == c[key], f"round trip changed {cname}.{key}"
    return text


def write_yaml(name: str, doc: dict) -> Path:
    path = VOCAB_DIR / f"{name}.yaml"
    path.write_text(emit_yaml(doc), encoding="utf-8")
    return path


def write_list(filename: str, header: list[str], terms: Iterable[str]) -> Path:
    path = VOCAB_DIR / filename
    body = sorted(set(terms))
    path.write_text("".join(f"# {h}\n" for h in header) + "".join(t + "\n" for t in body), encoding="utf-8")
    return path


def sorted_terms(terms: Iterable[str]) -> list[str]:
    return sorted({clean(t) for t in terms if clean(t)})


def collapse_plurals(terms: Iterable[str], keep: Iterable[str] = ()) -> list[str]:
    """Drop regular plurals whose singular is in the list (the matcher inflects nouns itself)."""
    have, keep = set(terms), set(keep)
    out = []
    for t in sorted(have):
        if t not in keep and (
                (t.endswith("ies") and t[:-3] + "y" in have)
                or (t.endswith("es") and t[:-2] in have and t[-3] in "sxz")
                or (t.endswith("s") and not t.endswith("ss") and t[:-1] in have)):
            continue
        out.append(t)
    return out
