"""Build rules/vocabulary/drugs.yaml and drugs.txt.

Usage: python tools/vocabulary/build_drugs.py PATH/drug_ner_dictionary.pkl.bz2

The source is the drug dictionary shipped inside the PyPI package
drug-named-entity-recognition 2.0.9 (MIT licence; Fast Data Science). Its
entries combine the DrugBank open vocabulary (CC0), MeSH (NLM, public domain)
and the MedlinePlus drug index (NLM): generic names, synonyms and brand names.
Install it in a scratch venv and pass the pickle's path; nothing is downloaded.

Selection (so the class holds the drugs people write about, not 20,000 compounds):
  * generics: every canonical entry that has a MedlinePlus drug page (the
    consumer drug index), minus combinations ("x and y", "x, y") and
    parenthesised qualifiers;
  * aliases and brands of those drugs: single names or short phrases made of
    letters, without salt or manufacturer words, that wordfreq has seen in
    English text (Zipf >= 1.0) -- an unattested foreign trade name is not what
    an English health article names -- plus the UK brands the source flags
    as brands and a short allow-list of recent brands (below);
  * the frequency filter: a generic at or above Zipf 3.5, or a brand or alias at or
    above Zipf 3.0, is an everyday word ("today", "focus", "care", "plan b")
    and is dropped, unless allow-listed below as a genuinely medical word.
"""

from __future__ import annotations

import bz2
import pickle
import re
import sys

import consumer_terms
from vocab_common import COMMON_ZIPF, clean, sorted_terms, with_spellings, write_list, write_yaml, zipf

BRAND_ZIPF = 3.0
ATTESTED_ZIPF = 1.0

# Medical words that are frequent in English but mean the medicine.
ALLOW_COMMON = {
    "aspirin",
    "insulin",
    "morphine",
    "codeine",
    "penicillin",
    "ibuprofen",
    "paracetamol",
    "acetaminophen",
    "viagra",
    "xanax",
    "valium",
    "prozac",
    "botox",
    "tylenol",
    "advil",
    "ritalin",
    "adderall",
    "methadone",
    "ketamine",
    "heroin",
    "estrogen",
    "testosterone",
    "progesterone",
    "cortisone",
    "adrenaline",
    "epinephrine",
    "nicotine",
    "caffeine",
    "melatonin",
    "steroid",
    "antibiotic",
    "oxycontin",
    "fentanyl",
    "lithium",
    "ozempic",
    "benadryl",
    "ambien",
    "zoloft",
    "lexapro",
    "vicodin",
    "percocet",
    "tramadol",
}
# Names the frequency list rates rare but that read as ordinary words or names in prose.
DENY = {
    "kendrick",
    "camila",
    "armour",
    "gana",
    "modus",
    "rela",
    "marol",
    "mst",
    "mxl",
    "concor",
    "intal",
    "tobi",
    "nora",
    "jolivette",
    "errin",
    "heather",
    "sharobel",
    "deblitane",
    "lyza",
    "emma",
    "jencycla",
    "incassia",
    "tulana",
    "norlyda",
    "lyleq",
    "larin",
    "aviane",
    "lutera",
    "sronyx",
    "vienva",
    "kurvelo",
    "alli",
    "today",
    "focus",
    "care",
    "sleep",
    "zen",
    "plan b",
    "one a day",
    "gas-x",
    "micro-k",
    "ivy block",
    "cough out",
    "little noses",
    "dawn mist",
    "oral defense",
    "uni-buff",
    "black draught",
    "clear by design",
    "natural fiber therapy",
    "mucus relief",
    "leader mucus relief",
    "pink bismuth",
    "vicks",
    "nature's tears",
    "bonine",
    "theo dur",
    "glu-k",
    "tri-k",
    "rum-k",
    "v-serp",
    "d-vert",
    "nor qd",
    "pro-cid",
    "azo standard",
    "azo-natural",
    "peptic relief",
    "adult tussin",
    "ala-cort",
    "pred mild",
    "lorazepam medical",
    "baci im",
    "gen amantadine",
    "mesna cell",
    "trama abz",
    "reduced com",
    "hs-com",
    "sodium mefenamine",
    "coenzyme m",
    "ampicillin acid",
    "alpha heparin",
    "amiduret trom",
    "nu-seals",
    "otherbrufen",
    "otheraronix",
    "otherrizuderm",
    "guardium acid reflux control and ventra",
    "rawel",
    "liberize",
    "optrex",
    "vitamin m",
    "vitamin b",
    "vitamin bc",
    "cortisol",
    "estrogen replacement therapy",
    "thyroid gland",
    "iron sugar",
    "lime acetate",
    "acetate of lime",
    "brown acetate of lime",
    "gray acetate of lime",
    "aromatic alcohol",
    "white arsenic",
    "arsenic oxide",
    "potassium metal",
    "nitrogen mustard",
    "android",
    "constant-t",
    "constant t",
    "ears and nose",
    "spray and solution",
    "edition",
    "mandaprin",
    "cymbalta xl",
    "lactugal",
    "danamep",
    "senokot",
    "desitrend",
    "dilacort",
    "tramulief",
    "nipatra",
    "stirlescent",
    "calprofen",
    "fenbid",
    "indipam",
    "tensaid",
    "alkapamid",
    "frusol",
    "diuresal",
    "larbex",
    "raporsin",
    "slocin",
    "curatil",
    "lyflex",
    "emozul",
    "grandipam",
    "simvador",
    "vensir",
    "vencarm",
    "venlalix",
    "venlablue",
    "maxitram",
    "tramquel",
    "zydol",
    "morphgesic",
    "coracten",
    "fortipine",
    "nifedipress",
    "adipine",
    "aratoin",
    "ikorel",
    "deltastab",
    "pevanti",
    "doxadura",
    "tiloryth",
    "erythroped a",
    "diazepam desitin",
    "diazepam rectubes",
    "stesolid rectal tubes",
    "xetinin xl",
    "klaricid xl",
    "aman",
    "sone",
    "cera",
    "theon",
    "saha",
    "capex",
    "luminal",
    "hemel",
    "colgate",
    "generics",
    "morphin",
    "uti relief",
    "ide-cet",
    "ide-cel",
    "fallback solo",
    "available generically",
    "nac al",
    "myo hermes",
    "eto gry",
    "or tyl",
    "pan quimica",
    "ku zyme",
    "cya nof",
    "ceti tad",
    "ceta sulfa",
    "azo dine",
    "azo natural",
    "agit",
    "banan",
    "tenso stop",
    "scott tussin",
    "mino wolff",
    "ony clear",
    "gris peg",
    "thio tepa",
    "fluoro uracil",
    "methyl dopa",
    "dihydroxy-l-phenylalanine",
    "psi-ephedrine",
    "trama dorsch",
    "vibramycin novum",
    "azt antiviral",
    "antiviral azt",
    "threo dops",
    "rhu gm-csf",
    "ifn-beta ser",
    "broncho fips",
    "mino-wolff",
    "bisco lax",
    "lin pravastatin",
    "dbl gemfibrozil",
    "chem mart gemfibrozil",
    "liquid pred",
}
# Recent brands, in the source but too new for the frequency list's texts.
RECENT_BRANDS = {
    "ozempic",
    "wegovy",
    "rybelsus",
    "mounjaro",
    "zepbound",
    "saxenda",
    "victoza",
    "trulicity",
    "jardiance",
    "farxiga",
    "invokana",
    "entresto",
    "eliquis",
    "xarelto",
    "paxlovid",
    "biktarvy",
    "dupixent",
    "skyrizi",
    "rinvoq",
    "stelara",
    "otezla",
    "humira",
    "keytruda",
    "opdivo",
    "trikafta",
    "nurtec",
    "ubrelvy",
    "qulipta",
    "aimovig",
    "emgality",
    "ajovy",
    "vyepti",
    "leqembi",
    "aduhelm",
    "nuplazid",
    "rexulti",
    "vraylar",
    "caplyta",
    "auvelity",
    "spravato",
    "qelbree",
    "xywav",
    "belsomra",
    "dayvigo",
    "quviviq",
    "veozah",
    "zurzuvae",
    "linzess",
    "trintellix",
    "lybalvi",
    "austedo",
    "ingrezza",
    "tepezza",
    "evusheld",
    "lagevrio",
    "veklury",
    "xofluza",
    "tamiflu",
    "shingrix",
    "gardasil",
    "prevnar",
    "comirnaty",
    "spikevax",
}
# British approved names and UK over-the-counter medicines the source lacks or files
# under a non-MedlinePlus entry (hand-added; each is a medicine named in NHS/BNF usage).
UK_EXTRA = {
    "adrenaline",
    "oestrogen",
    "oestradiol",
    "ketamine",
    "noradrenaline",
    "co-codamol",
    "co-amoxiclav",
    "co-dydramol",
    "co-trimoxazole",
    "chlorphenamine",
    "piriton",
    "gaviscon",
    "chlorhexidine",
    "corsodyl",
    "hydroquinone",
    "ferrous sulfate",
    "ferrous sulphate",
    "ferrous fumarate",
    "dimenhydrinate",
    "dramamine",
    "rennie",
    "lemsip",
    "beechams",
    "calpol",
    "nurofen",
    "anadin",
    "solpadeine",
    "feminax",
    "buscopan",
    "imodium",
    "dioralyte",
    "sudafed",
    "strepsils",
    "canesten",
    "daktarin",
    "savlon",
    "germolene",
    "sudocrem",
    "voltarol",
    "piriteze",
    "clarityn",
    "benadryl",
    "salbutamol",
    "beclometasone",
    "ciclosporin",
    "colecalciferol",
    "ergocalciferol",
    "bendroflumethiazide",
    "glibenclamide",
    "lidocaine",
    "lignocaine",
    "benzocaine",
    "benzydamine",
    "tetracaine",
    "amethocaine",
    "cetylpyridinium",
    "hexetidine",
    "orajel",
    "anbesol",
    "bonjela",
    "difflam",
    "pethidine",
    "dosulepin",
    "frusemide",
    "furosemide",
    "levothyroxine",
    "thyroxine",
    "mesalazine",
    "sodium valproate",
    "glyceryl trinitrate",
    "hyoscine",
    "hyoscine butylbromide",
    "aciclovir",
    "amoxicillin",
    "flucloxacillin",
    "phenoxymethylpenicillin",
    "trimethoprim",
    "nitrofurantoin",
    "prochlorperazine",
    "cyclizine",
    "domperidone",
    "lansoprazole",
    "omeprazole",
    "esomeprazole",
    "ranitidine",
    "sertraline",
    "citalopram",
    "fluoxetine",
    "mirtazapine",
    "amitriptyline",
    "nortriptyline",
    "zopiclone",
    "zolpidem",
    "temazepam",
    "diazepam",
    "lorazepam",
    "promethazine",
    "sumatriptan",
    "rizatriptan",
    "zolmitriptan",
    "naratriptan",
    "eletriptan",
    "almotriptan",
    "frovatriptan",
    "paracetamol",
    "ibuprofen",
    "naproxen",
    "diclofenac",
    "aspirin",
    "co-proxamol",
    "dihydrocodeine",
    "oramorph",
    "oxycodone",
    "buprenorphine",
    "tapentadol",
    "gabapentin",
    "pregabalin",
    "atorvastatin",
    "simvastatin",
    "rosuvastatin",
    "pravastatin",
    "ezetimibe",
    "ramipril",
    "lisinopril",
    "amlodipine",
    "bisoprolol",
    "atenolol",
    "propranolol",
    "losartan",
    "candesartan",
    "warfarin",
    "apixaban",
    "rivaroxaban",
    "edoxaban",
    "dabigatran",
    "clopidogrel",
    "metformin",
    "gliclazide",
    "sitagliptin",
    "empagliflozin",
    "dapagliflozin",
    "semaglutide",
    "tirzepatide",
    "liraglutide",
    "orlistat",
    "prednisolone",
    "hydrocortisone",
    "betamethasone",
    "clobetasol",
    "mometasone",
    "fexofenadine",
    "cetirizine",
    "loratadine",
    "desloratadine",
    "levocetirizine",
    "diphenhydramine",
    "pseudoephedrine",
    "phenylephrine",
    "xylometazoline",
    "oxymetazoline",
    "loperamide",
    "senna",
    "lactulose",
    "macrogol",
    "bisacodyl",
    "docusate",
    "ispaghula",
    "mebeverine",
    "peppermint oil",
    "simethicone",
    "sodium alginate",
    "st john's wort",
}
UK_EXTRA.discard("st john's wort")  # a herb, not a medicine: left to a future supplements class

SALT = re.compile(
    r"\b(hydrochloride|hcl|sulfate|sulphate|sodium|potassium|calcium|magnesium|mesylate|maleate|tartrate|"
    r"citrate|acetate|phosphate|succinate|fumarate|bromide|chloride|hydrobromide|monohydrate|dihydrate|"
    r"anhydrous|hemihydrate|besylate|tosylate|salt|ester|base|free|dipropionate|propionate|valerate|"
    r"hydrate|nitrate|oxide|lactate|gluconate|carbonate|stearate|medac|stada|hexal|sandoz|teva|mylan|"
    r"injection|tablets?|capsules?|solution|suspension|cream|ointment|gel|syrup|spray|patch|drops|"
    r"recombinant|liposome|complex|monosodium|disodium|dihydrochloride|trihydrate|pentahydrate|form|"
    r"unspecified|nos|elemental|metal|compound)\b"
)
MAKER_PREFIX = re.compile(
    r"^(apo|novo|nu|ratio|gen|pms|ran|mylan|teva|sandoz|dom|med|riva|jamp|mint|auro|act|"
    r"phl|sdz|taro|co|bio|pro|ava|mar|nat|sab)[ -]"
)
# Route and form words trailing a MedlinePlus entry ("clotrimazole vaginal", "lidocaine patch").
ROUTE_TAIL = re.compile(
    r"( (vaginal|buccal|patch|spray|sublingual|sublingual spray|nasal|nasal spray|nasal gel|nasal powder|otic|"
    r"ophthalmic|topical|injection|inhalation|oral inhalation|implant|intramuscular|subcutaneous|lozenges?|gum|"
    r"viscous|cream|gel|powder|oral|rectal|transdermal|urogenital|pyelocalyceal|intrauterine system|"
    r"combination products|human inhalation|extended-release|solution))+$"
)
# Chemical, stereo and descriptive words that mark a synonym as a chemical name, not a name people write.
CHEMICAL = re.compile(
    r"\b(acid|alcohol|ether|amide|oxime|ion|cation|isomer|hormone|factor|antibody|vitamin|protease|toxin|"
    r"neurotoxin|mustard|resin|lipid|liposomal|nanoparticles|micelles|polymer|conjugated|synthetic|"
    r"monoclonal|growth|colony-stimulating|cell-stimulating|mab|interleukin|generically|products?)\b"
    r"|^(l|d|dl|r|s|rac|cis|trans|beta|alpha|levo|dextro|n|o|ortho|gamma|all-trans|all)[- ]"
)
SHAPE = re.compile(r"[a-z][a-z'\- ]*[a-z]")
LATIN_SPANISH = re.compile(r"(um|ina|ino|ine?o|e?o|a)$")


def foreign_inn(variant: str, canon: str) -> bool:
    """Latin or Romance-language forms of the generic ('omeprazolum', 'fentanil')."""
    if " " in variant or " " in canon:
        return False
    stem = canon.rstrip("e")
    same_stem = variant.startswith(stem[: max(5, len(stem) - 2)])
    return variant != canon and same_stem and bool(LATIN_SPANISH.search(variant)) and len(variant) <= len(canon) + 3


def main(src: str) -> None:
    with bz2.open(src) as fh:
        data = pickle.load(fh)
    v2c = data["drug_variant_to_canonical"]
    c2d = data["drug_canonical_to_data"]
    vdata = data["drug_variant_to_variant_data"]
    consumer = {c for c, d in c2d.items() if "medline_plus_id" in d}

    kept: set[str] = set()
    dropped_common: set[str] = set()

    for c in consumer:
        name = ROUTE_TAIL.sub("", clean(re.sub(r"\s*\(.*?\)", "", c)))
        if re.search(r",| and\b|/", name) or not re.fullmatch(r"[a-z][a-z0-9'\- ]*[a-z0-9]", name):
            continue
        if len(name.split()) > 4:
            continue
        if zipf(name) >= COMMON_ZIPF and name not in ALLOW_COMMON:
            dropped_common.add(name)
            continue
        kept.add(name)

    generic_tokens = {w for k in kept for w in k.split() if len(w) > 4} | {
        w for c in consumer for w in re.split(r"[ ,()]+", clean(c)) if len(w) > 4
    }
    for v, canons in v2c.items():
        canons = [c for c in canons if c in consumer]
        v = clean(v)
        if not canons or v in kept or v in DENY:
            continue
        if not SHAPE.fullmatch(v) or SALT.search(v) or MAKER_PREFIX.match(v) or len(v.split()) > 3:
            continue
        words = v.split()
        if " and " in v or CHEMICAL.search(v) or any(len(w) <= 2 for w in words):
            continue
        if len(re.split(r"[ -]", v)) > 1 and any(w in generic_tokens for w in re.split(r"[ -]", v)):
            continue  # "doxazosin von ct", "nicotine patch": a generic plus a maker or form word
        if any(foreign_inn(v, clean(c)) for c in canons):
            continue
        f = zipf(v)
        flagged_brand = vdata.get(v, {}).get("is_brand", False)
        if f < ATTESTED_ZIPF and not flagged_brand and v not in RECENT_BRANDS:
            continue
        if f >= BRAND_ZIPF and v not in ALLOW_COMMON:
            dropped_common.add(v)
            continue
        kept.add(v)

    for extra in UK_EXTRA | RECENT_BRANDS:
        if extra not in DENY:
            kept.add(extra)
    kept -= DENY
    drugs = sorted_terms(kept)

    write_list(
        "drugs.txt",
        [
            "drugs.txt: the @drug class (see drugs.yaml). One term per line, lower-case, sorted.",
            "Built by tools/vocabulary/build_drugs.py from drug_ner_dictionary.pkl.bz2 in PyPI",
            "drug-named-entity-recognition 2.0.9 (MIT; DrugBank open vocabulary CC0, MeSH and MedlinePlus (NLM)),",
            "plus the script's hand-added British names, UK OTC brands and recent brands.",
            f"Frequency filter: wordfreq 'en' Zipf >= {COMMON_ZIPF} (generics) / >= {BRAND_ZIPF} (brands) dropped unless allow-listed.",
        ],
        drugs,
    )

    doc = {
        "vocabulary": "drugs",
        "description": "Medicines by generic and brand name, drug classes in pharmacological and everyday words, "
        "and general words for medicines and conventional treatment.",
        "sources": [
            {
                "name": "drug-named-entity-recognition (PyPI) drug dictionary",
                "version": "2.0.9",
                "url": "https://pypi.org/project/drug-named-entity-recognition/",
                "licence": "MIT (package); its data come from the DrugBank open vocabulary (CC0), MeSH and "
                "MedlinePlus (US National Library of Medicine, public domain)",
            },
            {
                "name": "MeSH Pharmacologic Actions (D27.505) and FDA Established Pharmacologic Classes (EPC)",
                "url": "https://www.nlm.nih.gov/mesh/ and https://www.fda.gov/industry/structured-product-labeling-resources/pharmacologic-class",
                "licence": "Public domain (US government work)",
                "note": "ground for the hand-curated drug-class terms (class nouns and their consumer names)",
            },
            {
                "name": "British National Formulary / NHS medicines A-Z naming (British approved names)",
                "url": "https://www.nhs.uk/medicines/",
                "licence": "names only (facts), hand-added",
                "note": "British names and pharmacy-shelf medicines missing from the source "
                "(adrenaline, co-codamol, chlorphenamine, chlorhexidine, ferrous sulfate, ...)",
            },
            consumer_terms.MEDLINEPLUS_MESH_SOURCE,
            {
                "name": "wordfreq (frequency filter)",
                "version": "3.1.1",
                "url": "https://pypi.org/project/wordfreq/",
                "licence": "MIT code; data CC BY-SA 4.0 (used only to filter, not shipped)",
            },
        ],
        "built-by": "tools/vocabulary/build_drugs.py <path-to/drug_ner_dictionary.pkl.bz2>",
        "classes": {
            "drug": {
                "description": "Medicines by generic or brand name (MedlinePlus consumer drugs, their aliases and "
                "attested brands); everyday-word brands dropped by the frequency filter.",
                "inflect": "noun",
                "file": "drugs.txt",
            },
            "drug-class": {
                "description": "Pharmacological and consumer names of drug classes (MeSH pharmacologic actions, "
                "FDA EPC, with the words patients use).",
                "inflect": "noun",
                "terms": sorted_terms(with_spellings(DRUG_CLASSES + consumer_terms.DRUG_CLASS)),
            },
            "medicine": {
                "description": "General words for medicine and conventional (pharmaceutical) treatment.",
                "inflect": "noun",
                "terms": sorted_terms(MEDICINE),
            },
        },
    }
    write_yaml("drugs", doc)
    print(f"drug: {len(drugs)} terms; dropped as common words: {len(dropped_common)}")
    print("dropped:", ", ".join(sorted(dropped_common)))


# Grounded in MeSH Pharmacologic Actions and FDA EPC names, written the way articles write them.
DRUG_CLASSES = """
ace inhibitor; angiotensin-converting enzyme inhibitor; angiotensin receptor blocker; arb; sartan;
alpha-blocker; alpha blocker; beta-blocker; beta blocker; beta-adrenergic blocker; calcium channel blocker;
calcium-channel blocker; diuretic; water pill; thiazide; thiazide diuretic; loop diuretic; potassium-sparing diuretic;
antihypertensive; blood pressure medication; blood pressure pill; nitrate; vasodilator; antiarrhythmic; digitalis;
cardiac glycoside; statin; cholesterol-lowering drug; lipid-lowering drug; fibrate; pcsk9 inhibitor;
anticoagulant; blood thinner; antiplatelet; antiplatelet drug; direct oral anticoagulant; doac; noac;
vitamin k antagonist; thrombolytic; clot buster; clot-busting drug;
nsaid; nonsteroidal anti-inflammatory drug; non-steroidal anti-inflammatory drug; anti-inflammatory;
anti-inflammatory drug; cox-2 inhibitor; painkiller; pain killer; pain reliever; pain relief medication; analgesic;
opioid; opiate; opioid painkiller; narcotic; narcotic painkiller; opioid analgesic; antipyretic; fever reducer;
local anaesthetic; local anesthetic; anaesthetic; anesthetic; general anaesthetic; general anesthetic; muscle relaxant;
antidepressant; ssri; selective serotonin reuptake inhibitor; snri; serotonin-norepinephrine reuptake inhibitor;
tricyclic; tricyclic antidepressant; maoi; monoamine oxidase inhibitor; antipsychotic; neuroleptic; mood stabiliser;
mood stabilizer; anxiolytic; anti-anxiety drug; anti-anxiety medication; benzodiazepine; benzo; tranquilliser;
tranquilizer; tranquillizer; sedative; hypnotic; sedative-hypnotic; sleeping pill; sleeping tablet; sleep aid;
sleep medication; z-drug; barbiturate; stimulant; psychostimulant; amphetamine; adhd medication; anticonvulsant;
antiepileptic; anti-epileptic drug; anti-seizure medication; antiemetic; anti-nausea drug; anti-nausea medication;
dopamine agonist; cholinesterase inhibitor; triptan; migraine drug; cgrp inhibitor; ergot;
antihistamine; non-drowsy antihistamine; sedating antihistamine; h1 antihistamine; decongestant; nasal decongestant;
expectorant; cough suppressant; antitussive; mucolytic; bronchodilator; inhaler; reliever inhaler; preventer inhaler;
inhaled corticosteroid; leukotriene antagonist; leukotriene receptor antagonist; mast cell stabiliser; mast cell stabilizer;
antacid; acid reducer; acid blocker; proton pump inhibitor; ppi; h2 blocker; h2 antagonist; h2-receptor antagonist;
laxative; stool softener; bulk-forming laxative; osmotic laxative; stimulant laxative; antidiarrhoeal; antidiarrheal;
antispasmodic; prokinetic;
antibiotic; antibacterial; antimicrobial; broad-spectrum antibiotic; penicillin; cephalosporin; macrolide; tetracycline;
fluoroquinolone; quinolone; sulfonamide; sulphonamide; antiviral; antiretroviral; antifungal; antiparasitic;
anthelmintic; antimalarial; vaccine; jab; immunisation; immunization;
steroid; corticosteroid; glucocorticoid; anabolic steroid; topical steroid; steroid cream; hormone; hormone therapy;
hormone replacement therapy; hrt; contraceptive; oral contraceptive; birth control pill; the pill; morning-after pill;
emergency contraceptive; thyroid hormone; insulin; antidiabetic; diabetes medication; sulfonylurea; sulphonylurea;
glp-1 agonist; glp-1 receptor agonist; glp-1 drug; sglt2 inhibitor; dpp-4 inhibitor; weight-loss drug; weight loss drug;
appetite suppressant; diet pill;
immunosuppressant; immunosuppressive; biologic; biologic drug; monoclonal antibody; dmard;
disease-modifying antirheumatic drug; tnf inhibitor; jak inhibitor; chemotherapy drug; chemotherapy; chemo;
cytotoxic; anticancer drug; cancer drug; hormone blocker; aromatase inhibitor; bisphosphonate;
antiandrogen; 5-alpha reductase inhibitor; pde5 inhibitor; erectile dysfunction drug; alpha-reductase inhibitor;
anticholinergic; antimuscarinic; retinoid; topical retinoid; antiseptic; disinfectant; emollient; keratolytic;
anticoagulant drug; generic; generic drug; biosimilar;
blood pressure medicine; blood-thinning medicine; cholesterol medicine; diabetes medicine; epilepsy medicine;
epilepsy medication; seizure medicine; seizure medication; heart medicine; hiv medicine; hiv medication; hiv drug;
sleep medicine; thyroid medicine; thyroid medication; thyroid tablet; transplant drug
"""
DRUG_CLASSES = [t.strip() for t in DRUG_CLASSES.replace("\n", " ").split(";") if t.strip()]
# "generic", "penicillin", "insulin", "vaccine", "chemotherapy" are both names and classes; kept here on purpose.

MEDICINE = """
medicine; medication; medicament; med; drug; prescription drug; prescription medicine; prescription medication;
prescription; script; pharmaceutical; pharmaceutical drug; pharmaceuticals; pharma drug; over-the-counter medicine;
over-the-counter medication; over-the-counter drug; otc medicine; otc medication; otc drug; non-prescription medicine;
non-prescription drug; conventional medicine; conventional treatment; conventional therapy; conventional drug;
mainstream medicine; standard treatment; standard care; standard of care; usual care; first-line treatment;
western medicine; modern medicine; allopathic medicine; pill; tablet; capsule; dose; dosage; jab; injection;
shot; infusion; drip; prescribed medication; prescribed drug; medical treatment; drug treatment; drug therapy;
pharmacotherapy; pharmacological treatment; remedy; cure; treatment; therapy; regimen; course of antibiotics;
repeat prescription; chemist; pharmacy medicine; pharmacist-only medicine; behind-the-counter medicine;
big pharma; pharmaceutical industry; pharmaceutical company; drug company; drugmaker
"""
MEDICINE = [t.strip() for t in MEDICINE.replace("\n", " ").split(";") if t.strip()]

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
