"""Build rules/vocabulary/regulators.yaml: @regulator, @jurisdiction and @status.

Usage: python tools/vocabulary/build_regulators.py PATH/iso3166-1.json

  iso3166-1.json  ISO 3166-1 country names from Debian's iso-codes, as shipped in PyPI pycountry 26.2.16
                  (pycountry/databases/iso3166-1.json; LGPL-2.1).

@jurisdiction groups the countries by region (UN M49 geoscheme, hand-coded below by ISO alpha-2),
so a rule can tell that France is in Europe. Country names are taken as `name` and `common_name`
without the bracketed qualifiers ("Bolivia, Plurinational State of" -> "bolivia"); a name at or above
Zipf 3.5 that is an everyday word is dropped (see COMMON_WORD_COUNTRIES) and one below the threshold that
is an ordinary word anyway ("chad", "jersey", ...) is dropped too. @regulator and @status are hand-curated.
"""

from __future__ import annotations

import json
import sys

from vocab_common import COMMON_ZIPF, clean, sorted_terms, write_yaml, zipf

# UN M49 regions by ISO 3166-1 alpha-2 (Europe includes the UK, EFTA and the Balkans; the
# Caucasus and Cyprus go to Asia as in M49 except Cyprus, an EU member, listed in Europe).
REGIONS = {
    "europe": "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV "
    "MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
    "americas": "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM "
    "KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UM UY VC VE VG VI",
    "asia": "AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY "
    "NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE",
    "africa": "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR "
    "MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW",
    "oceania": "AQ AS AU BV CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
}
# Everyday words, names or demonyms the frequency filter would not all catch.
COMMON_WORD_COUNTRIES = {
    "chad",
    "jersey",
    "guernsey",
    "turkey",
    "jordan",
    "georgia",
    "guinea",
    "niger",
    "china",
    "norfolk island",
    "christmas island",
    "heard island",
    "bouvet island",
    "man",
    "isle of man",
    "wallis",
    "futuna",
    "mali",
    "togo",
    "peru",
    "cuba",
    "oman",
    "malta",
    "panama",
    "monaco",
    "dominica",
    "grenada",
    "samoa",
    "tonga",
    "nauru",
    "antarctica",
    "french southern territories",
    "the",
    "saint martin",
    "sint maarten",
    "virgin islands",
    "united states minor outlying islands",
    "aland islands",
    "åland islands",
}
# ... some of which are also the everyday way to name a major market, kept on purpose.
KEEP_ANYWAY = {"china", "cuba", "peru", "malta", "oman", "panama", "monaco", "mali"}
COMMON_WORD_COUNTRIES -= {"china"}  # "china" (porcelain) is rarer in health prose than the country
EXTRA = {
    "europe": [
        "europe",
        "eu",
        "the eu",
        "european union",
        "eea",
        "european economic area",
        "continental europe",
        "scandinavia",
        "the uk",
        "uk",
        "united kingdom",
        "britain",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "holland",
        "the netherlands",
        "czech republic",
        "czechia",
        "across europe",
        "eu member states",
        "the continent",
        "eurozone",
        "nordic countries",
    ],
    "americas": [
        "the us",
        "usa",
        "u.s.",
        "u.s.a.",
        "united states",
        "united states of america",
        "america",
        "north america",
        "south america",
        "latin america",
        "the americas",
        "central america",
        "the caribbean",
        "canada",
        "mexico",
        "brazil",
        "argentina",
    ],
    "asia": [
        "asia",
        "east asia",
        "south asia",
        "southeast asia",
        "south-east asia",
        "the middle east",
        "middle east",
        "gulf states",
        "south korea",
        "north korea",
        "taiwan",
        "iran",
        "russia",
        "vietnam",
        "laos",
        "syria",
        "hong kong",
    ],
    "africa": ["africa", "sub-saharan africa", "north africa", "west africa", "east africa", "southern africa"],
    "oceania": ["australia", "new zealand", "oceania", "australasia", "the pacific"],
    "worldwide": [
        "worldwide",
        "globally",
        "internationally",
        "around the world",
        "across the world",
        "every country",
        "many countries",
        "most countries",
        "other countries",
        "overseas",
        "abroad",
        "western countries",
        "developed countries",
        "high-income countries",
        "low-income countries",
        "developing countries",
    ],
}
ALIASES = {
    "GB": ["uk"],
    "US": ["usa"],
    "RU": ["russia"],
    "KR": ["south korea"],
    "KP": ["north korea"],
    "IR": ["iran"],
    "SY": ["syria"],
    "VN": ["vietnam"],
    "LA": ["laos"],
    "TW": ["taiwan"],
    "BO": ["bolivia"],
    "VE": ["venezuela"],
    "TZ": ["tanzania"],
    "MD": ["moldova"],
    "CZ": ["czech republic"],
    "MK": ["north macedonia", "macedonia"],
    "CD": ["democratic republic of the congo", "drc"],
    "CG": ["republic of the congo"],
    "CI": ["ivory coast", "côte d'ivoire", "cote d'ivoire"],
    "PS": ["palestine"],
    "VA": ["vatican", "vatican city"],
    "FM": ["micronesia"],
    "SZ": ["eswatini", "swaziland"],
    "TR": ["türkiye"],
    "NL": ["netherlands"],
}


def base_name(name: str) -> str:
    name = name.split(",")[0]
    return clean(name)


def main(src: str) -> None:
    with open(src, encoding="utf-8") as fh:
        countries = json.load(fh)["3166-1"]
    region_of = {code: r for r, codes in REGIONS.items() for code in codes.split()}
    groups: dict[str, set[str]] = {r: set() for r in [*REGIONS, "worldwide"]}
    dropped: list[str] = []
    unmapped: list[str] = []
    for c in countries:
        region = region_of.get(c["alpha_2"])
        if region is None:
            unmapped.append(c["name"])
            continue
        names = {base_name(c["name"])}
        if "common_name" in c:
            names.add(base_name(c["common_name"]))
        names |= set(ALIASES.get(c["alpha_2"], []))
        for n in names:
            if (n in COMMON_WORD_COUNTRIES or (zipf(n) >= COMMON_ZIPF and " " not in n and n in {"chad"})) and n not in KEEP_ANYWAY:
                dropped.append(n)
                continue
            groups[region].add(n)
    for r, words in EXTRA.items():
        groups[r] |= set(words)
    out = {r: sorted_terms(v) for r, v in groups.items()}
    seen: set[str] = set()
    for r in out:
        out[r] = [t for t in out[r] if t not in seen]
        seen |= set(out[r])

    doc = {
        "vocabulary": "regulators",
        "description": "Medicine regulators and health authorities, jurisdictions (countries, regions, blocs) "
        "and words for regulatory status (approved vs withdrawn).",
        "sources": [
            {
                "name": "ISO 3166-1 country names (Debian iso-codes, via PyPI pycountry)",
                "version": "pycountry 26.2.16",
                "url": "https://pypi.org/project/pycountry/",
                "licence": "LGPL-2.1 (iso-codes data)",
            },
            {
                "name": "UN M49 standard country or area codes (regions)",
                "url": "https://unstats.un.org/unsd/methodology/m49/",
                "licence": "UN public information (facts), hand-coded region membership",
            },
            {
                "name": "WHO list of National Regulatory Authorities; FDA, EMA, MHRA, TGA, Health Canada web sites",
                "url": "https://www.who.int/tools/who-listed-authorities",
                "licence": "names only (facts), hand-curated",
            },
        ],
        "built-by": "tools/vocabulary/build_regulators.py <path-to/iso3166-1.json>",
        "classes": {
            "regulator": {
                "description": "Medicine regulators, health technology assessors and health authorities, "
                "by name and acronym, grouped by jurisdiction.",
                "inflect": "none",
                "groups": {k: sorted_terms(v) for k, v in REGULATORS.items()},
            },
            "jurisdiction": {
                "description": "Countries (ISO 3166-1), regions and blocs, grouped by UN M49 region; "
                "country names that are everyday words dropped.",
                "inflect": "none",
                "groups": out,
            },
            "status": {
                "description": "Regulatory status words: approved (licensed, authorised...) versus withdrawn "
                "(banned, recalled, unlicensed...).",
                "inflect": "none",
                "groups": {k: sorted_terms(v) for k, v in STATUS.items()},
            },
        },
    }
    write_yaml("regulators", doc)
    print("jurisdiction:", {k: len(v) for k, v in out.items()}, "dropped:", sorted(set(dropped)))
    if unmapped:
        print("countries without a region (left out):", unmapped)


REGULATORS = {
    "us": [
        "fda",
        "food and drug administration",
        "us food and drug administration",
        "u.s. food and drug administration",
        "the fda",
        "cdc",
        "centers for disease control and prevention",
        "centers for disease control",
        "nih",
        "national institutes of health",
        "ftc",
        "federal trade commission",
        "dea",
        "drug enforcement administration",
        "usda",
        "usp",
        "united states pharmacopeia",
        "surgeon general",
        "us department of health and human services",
        "hhs",
        "uspstf",
        "us preventive services task force",
        "nccih",
        "national center for complementary and integrative health",
        "office of dietary supplements",
    ],
    "eu": [
        "ema",
        "european medicines agency",
        "the ema",
        "efsa",
        "european food safety authority",
        "european commission",
        "chmp",
        "committee for medicinal products for human use",
        "prac",
        "ecdc",
        "european centre for disease prevention and control",
        "edqm",
        "hmpc",
        "committee on herbal medicinal products",
        "ansm",
        "bfarm",
        "paul-ehrlich-institut",
        "aemps",
        "aifa",
        "medicines evaluation board",
        "haute autorité de santé",
        "iqwig",
        "g-ba",
        "hpra",
        "health products regulatory authority",
        "swissmedic",
        "norwegian medicines agency",
        "lakemedelsverket",
        "swedish medical products agency",
        "danish medicines agency",
        "fimea",
    ],
    "uk": [
        "mhra",
        "medicines and healthcare products regulatory agency",
        "the mhra",
        "nice guidance",
        "nice guideline",
        "nice guidelines",
        "nice recommendations",
        "national institute for health and care excellence",
        "national institute for health and clinical excellence",
        "nhs",
        "national health service",
        "nhs england",
        "ukhsa",
        "uk health security agency",
        "public health england",
        "food standards agency",
        "fsa",
        "commission on human medicines",
        "chm",
        "scottish medicines consortium",
        "smc",
        "asa",
        "advertising standards authority",
        "department of health and social care",
        "dhsc",
        "royal pharmaceutical society",
        "general medical council",
        "bnf",
        "british national formulary",
    ],
    "canada": [
        "health canada",
        "public health agency of canada",
        "phac",
        "cadth",
        "canadian agency for drugs and technologies in health",
        "natural and non-prescription health products directorate",
    ],
    "australia-nz": [
        "tga",
        "therapeutic goods administration",
        "medsafe",
        "pharmac",
        "pharmaceutical benefits scheme",
        "fsanz",
        "food standards australia new zealand",
        "nhmrc",
    ],
    "asia": [
        "pmda",
        "pharmaceuticals and medical devices agency",
        "nmpa",
        "national medical products administration",
        "cdsco",
        "central drugs standard control organisation",
        # not "hsa": in US health writing it is far more often a health savings account
        "health sciences authority",
        "mfds",
        "ministry of food and drug safety",
        "sfda",
        "saudi food and drug authority",
        "fssai",
    ],
    "international": [
        "world health organization",
        "world health organisation",
        "the who",
        "ich",
        "international council for harmonisation",
        "cochrane",
        "unicef",
        "codex alimentarius",
        "paho",
        "pan american health organization",
        "wada",
        "world anti-doping agency",
        "iarc",
        "international agency for research on cancer",
        "pic/s",
        "gavi",
        "cioms",
    ],
    "generic": [
        "regulator",
        "regulators",
        "regulatory agency",
        "regulatory authority",
        "medicines regulator",
        "drug regulator",
        "health authority",
        "health authorities",
        "health agency",
        "medicines agency",
        "medicines authority",
        "national regulatory authority",
        "health ministry",
        "ministry of health",
        "department of health",
        "public health agency",
        "health watchdog",
        "watchdog",
        "drug agency",
        "licensing authority",
        "competent authority",
    ],
}
# Left out because in lower case they are everyday words: "who" (WHO: "the who" and the full name are
# listed), "nice" (NICE: "nice guidance" etc. are listed), "has" (France's HAS), "sign" (Scotland's SIGN),
# "noma", "pbs", "cms", "us" (the US: "the us", "usa", "u.s." are listed).
STATUS = {
    "approved": [
        "approved",
        "approval",
        "fda-approved",
        "fda approved",
        "ema-approved",
        "licensed",
        "licence",
        "license",
        "licenced",
        "authorised",
        "authorized",
        "authorisation",
        "authorization",
        "marketing authorisation",
        "marketing authorization",
        "cleared",
        "fda-cleared",
        "clearance",
        "registered",
        "registration",
        "prescription-only",
        "prescription only",
        "pharmacy-only",
        "pharmacy only",
        "available over the counter",
        "available on prescription",
        "recommended by nice",
        "endorsed",
        "sanctioned",
        "permitted",
        "legal",
        "certified",
        "accredited",
        "green-lit",
        "green light",
        "given the green light",
        "conditional approval",
        "emergency use authorisation",
        "emergency use authorization",
        "eua",
        "orphan designation",
        "fast-tracked",
        "fast track",
        "breakthrough therapy designation",
        "generally recognized as safe",
        "generally recognised as safe",
        "gras",
        "approved for use",
        "on the market",
        "available in pharmacies",
        "reimbursed",
    ],
    "withdrawn": [
        "banned",
        "ban",
        "withdrawal from the market",
        "pulled from shelves",
        "pulled from the market",
        "taken off the market",
        "removed from the market",
        "prohibited",
        "illegal",
        "unlawful",
        "unlicensed",
        "unlicenced",
        "unapproved",
        "not approved",
        "non-approved",
        "unauthorised",
        "unauthorized",
        "not authorised",
        "not authorized",
        "not licensed",
        "revoked",
        "revocation",
        "outlawed",
        "controlled substance",
        "controlled drug",
        "schedule i",
        "scheduled drug",
        "black market",
        "market withdrawal",
        "delisted",
        "not recommended by nice",
        "off the market",
        "no longer licensed",
        "not legal",
        "class a drug",
        "class b drug",
        "class c drug",
        "classed as a cosmetic",
        "classed as a food",
        "classified as a cosmetic",
        "classified as a food",
        "never submitted for approval",
        "never submitted for medical approval",
        "no medical licence",
        "no medicinal licence",
        "no medicinal license",
        "not a licensed medicine",
        "not a medical device",
        "not medical devices",
        "outside drug rules",
        "pulled from sale",
        "sold as a food supplement",
        "taken off sale",
    ],
    # words with everyday senses too ("sleep restriction", "paracetamol suspension", "memory recall"): a status only
    # where a regulator or a place is named in the clause
    "withdrawn-regulated": [
        "restricted",
        "restriction",
        "recall",
        "recalled",
        "suspended",
        "suspension",
        "seized",
        "prohibition",
        "safety alert",
        "warning letter",
        "withdrawn",
        "withdrew",
        "discontinued",
        "no longer available",
    ],
}

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
