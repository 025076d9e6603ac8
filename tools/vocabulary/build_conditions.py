"""Build rules/vocabulary/conditions.yaml: @condition by body system.

Usage: python tools/vocabulary/build_conditions.py PATH/HumanDO.tsv

  HumanDO.tsv  Human Disease Ontology report (DiseaseOntology/HumanDiseaseOntology, DOreports/HumanDO.tsv:
               id, label, parent label; CC0 1.0).

Selection: disease labels of at most four words, no numbered subtypes, every word an everyday or
well-known medical word (wordfreq Zipf >= 2.5; >= 3.2 when the label carries a qualifier such as
"congenital" or "idiopathic"), no rare eponyms, no histological cancer subtypes. Each label goes to
the body system its words name (body_systems.route), else to the system of its DO branch, else to
`general`. Hand-curated consumer names (MedlinePlus health-topic titles and their "also called"
names: colds, flu, high blood pressure, gallstones, ...) are added per system, and so are the everyday
words of consumer_terms.CONDITION (NHS Health A-Z names, DO exact synonyms, MedlinePlus/MeSH wording).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict

import consumer_terms
from body_systems import KEYS, route
from vocab_common import collapse_plurals, clean, sorted_terms, with_spellings, word_zipfs, write_yaml, zipf

DO_BRANCH = [  # most specific first
    ("liver disease", "liver"), ("biliary tract disease", "liver"), ("kidney disease", "kidney"),
    ("mouth disease", "oral"), ("tooth disease", "oral"), ("eye and adnexa disease", "eyes"),
    ("eye disease", "eyes"), ("ear disease", "ent"), ("upper respiratory tract disease", "ent"),
    ("nose disease", "ent"), ("disease of mental health", "mind"), ("sleep disorder", "mind"),
    ("cardiovascular system disease", "heart"), ("hematopoietic system disease", "blood"),
    ("respiratory system disease", "lungs"), ("thoracic disease", "lungs"),
    ("gastrointestinal system disease", "digestive"), ("urinary system disease", "urinary"),
    ("nervous system disease", "brain"), ("integumentary system disease", "skin"),
    ("musculoskeletal system disease", "musculoskeletal"), ("immune system disease", "immune"),
    ("endocrine system disease", "endocrine"), ("disease of metabolism", "endocrine"),
    ("reproductive system disease", "reproductive"), ("breast disease", "reproductive"),
]
PROPER_OK = {"ebola", "lyme", "zika", "down", "hodgkin", "west", "nile", "legionnaires'", "tourette",
             "asperger", "raynaud", "cushing", "addison", "graves", "hashimoto", "crohn", "alzheimer",
             "parkinson", "huntington", "meniere", "bell", "osgood", "guillain", "barre", "kawasaki",
             "lou", "gehrig", "sjogren", "marfan", "stevens", "johnson", "reye", "hodgkin's", "tourette's",
             "asperger's", "raynaud's", "cushing's", "addison's", "graves'", "hashimoto's", "crohn's",
             "alzheimer's", "parkinson's", "huntington's", "meniere's", "bell's", "reye's", "sjogren's",
             "legionnaires", "rocky", "mountain", "spotted", "covid-19", "sars", "mers", "hiv", "aids",
             "copd", "adhd", "ptsd", "ocd", "ibs", "gerd", "uti", "pcos"}
QUALIFIERS = re.compile(r"\b(congenital|hereditary|familial|childhood|juvenile|refractory|primary|secondary|"
                        r"idiopathic|isolated|neonatal|infantile|benign|malignant|acquired|chronic|acute|"
                        r"recurrent|inherited|syndromic|autosomal|x-linked)\b")
HISTOLOGY = re.compile(r"\b(carcinoma|sarcoma|adenoma|lymphoma|leukemia|leukaemia|melanoma|neoplasm|glioma|"
                       r"blastoma|\w+blastoma|\w+oma|in situ|dysplasia|dystrophy|deficiency|atresia|aplasia|"
                       r"hypoplasia|agenesis|anomaly|malformation|syndrome)\b")
KEEP_ANYWAY = {"lymphoma", "leukemia", "melanoma", "carcinoma", "sarcoma", "glaucoma", "fibroma", "myeloma",
               "down syndrome", "irritable bowel syndrome", "restless legs syndrome", "chronic fatigue syndrome",
               "tourette syndrome", "metabolic syndrome", "polycystic ovary syndrome", "dry eye syndrome",
               "carpal tunnel syndrome", "toxic shock syndrome", "reye syndrome", "sudden infant death syndrome",
               "premenstrual syndrome", "serotonin syndrome", "nephrotic syndrome", "cushing syndrome",
               "iron deficiency", "vitamin d deficiency", "vitamin b12 deficiency", "hodgkin lymphoma",
               "non-hodgkin lymphoma", "muscular dystrophy", "acute myeloid leukemia",
               "chronic lymphocytic leukemia", "multiple myeloma", "basal cell carcinoma",
               "squamous cell carcinoma", "hematoma", "glioblastoma", "neuroblastoma", "retinoblastoma",
               "lipoma", "atheroma", "granuloma", "hepatoma", "fibroid", "hip dysplasia"}
DROP = {"disease", "syndrome", "disorder", "physical disorder", "genetic disease", "monogenic disease",
        "disease of anatomical entity", "disease by infectious agent", "disease of cellular proliferation",
        "sensory system disease", "globe disease", "good syndrome", "n syndrome", "ck syndrome",
        "salt and pepper syndrome", "tooth and nail syndrome", "noma", "sexual sadism", "mixed malaria",
        "aleutian mink disease", "persian gulf syndrome", "pulmonary immaturity", "annular pancreas",
        "lambda 5 deficiency", "tick infestation", "abdominal symptom", "cold", "stress", "aids", "burns",
        "strains", "piles", "ms", "beach ear", "combat disorder", "bipolar ll disorder", "space motion sickness",
        "me/cfs", "lung clear cell-sugar-tumor", "trench fever", "chronic wasting disease", "movement disease",
        "overweight", "cancers", "infections", "pink eye", "glue ear"}
CLASS_LABEL = re.compile(r"system (cancer|disease)|cell type|organ cancer|tissue disease|chain disease|"
                         r"metabolism (disease|disorder)|^disease of|structure disease|development disease|"
                         r"x-linked|^specific |organ system|reproductive organ|hard tissue")


def main(src: str) -> None:
    parent: dict[str, set[str]] = defaultdict(set)
    labels: set[str] = set()
    with open(src, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = [c.strip().strip('"') for c in line.rstrip("\n").split("\t")]
            if len(cols) < 2 or not cols[1] or cols[1].startswith("obsolete"):
                continue
            labels.add(cols[1])
            if len(cols) > 2 and cols[2]:
                parent[cols[1]].add(cols[2])

    def branch(label: str) -> str | None:
        seen, frontier, chain = set(), [label], []
        while frontier:
            nxt = []
            for x in frontier:
                for p in sorted(parent.get(x, ())):
                    if p not in seen:
                        seen.add(p)
                        chain.append(p)
                        nxt.append(p)
            frontier = nxt
        names = {label, *chain}
        for name, key in DO_BRANCH:
            if name in names:
                return key
        return None

    groups: dict[str, set[str]] = defaultdict(set)
    for label in sorted(labels):
        term = clean(label)
        if term in DROP or CLASS_LABEL.search(term) or re.search(r"[0-9,()/;:]", term) or len(term.split()) > 4:
            continue
        words = [w for w in re.split(r"[ -]+", term) if w]
        raw_words = re.split(r"[ -]+", label)
        if any(w[:1].isupper() and w.lower().strip("'") not in PROPER_OK and w.lower() not in PROPER_OK
               and not w.isupper() for w in raw_words):
            continue
        if re.fullmatch(r"[A-Z]{2,}.*", label) and term not in PROPER_OK:
            continue
        floor = 3.2 if QUALIFIERS.search(term) else 2.5
        if min(word_zipfs(term)) < floor:
            continue
        if HISTOLOGY.search(term) and term not in KEEP_ANYWAY and not re.search(r"\bcancer\b", term):
            continue
        if re.search(r"\ballergy\b", term) and len(words) > 2:
            continue
        if re.search(r"\b(cancer)\b", term) and zipf(term.replace(" cancer", "")) < 3.5:
            continue  # keep "lung cancer", "breast cancer"; drop "femoral cancer", "isthmus cancer"
        key = route(term) or branch(label) or "general"
        groups[key].add(term)

    for key, words in consumer_terms.merge(CONDITION_EXTRA, consumer_terms.CONDITION).items():
        groups[key] |= {clean(w) for w in words}
    for k in groups:
        groups[k] -= DROP
    groups["eyes"] |= {"pink eye"}
    groups["ent"] |= {"glue ear"}
    out = {k: collapse_plurals(sorted_terms(with_spellings(groups[k]))) for k in KEYS}
    seen: set[str] = set()
    for k in KEYS:
        out[k] = [t for t in out[k] if t not in seen]
        seen |= set(out[k])

    doc = {
        "vocabulary": "conditions",
        "description": "Diseases and disorders by their common names, grouped by the shared body-system keys.",
        "sources": [
            {"name": "Human Disease Ontology (DOreports/HumanDO.tsv)",
             "url": "https://github.com/DiseaseOntology/HumanDiseaseOntology", "licence": "CC0 1.0",
             "version": "snapshot of 2026-08-19 (commit 9fbefd6651b7)"},
            {"name": "MedlinePlus health topics (titles and 'also called' names)",
             "url": "https://medlineplus.gov/healthtopics.html", "licence": "Public domain (US government work)",
             "note": "ground for the hand-curated consumer names added per system"},
            consumer_terms.NHS_SOURCE,
            consumer_terms.DO_SYNONYM_SOURCE,
            consumer_terms.MEDLINEPLUS_MESH_SOURCE,
            {"name": "wordfreq (common-name filter)", "version": "3.1.1", "url": "https://pypi.org/project/wordfreq/",
             "licence": "MIT code; data CC BY-SA 4.0 (used only to filter, not shipped)"},
        ],
        "built-by": "tools/vocabulary/build_conditions.py <path-to/HumanDO.tsv>",
        "classes": {
            "condition": {
                "description": "Diseases and disorders by their common names, by body system.",
                "inflect": "noun",
                "groups": out,
            },
        },
    }
    write_yaml("conditions", doc)
    for k in KEYS:
        print(f"condition.{k}: {len(out[k])}")
    print("total", sum(map(len, out.values())))


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\n", " ").split(";") if t.strip()]


CONDITION_EXTRA = {k: _split(v) for k, v in {
    "heart": """high blood pressure; low blood pressure; heart disease; heart attack; heart failure; stroke;
        coronary heart disease; coronary artery disease; atrial fibrillation; angina; high cholesterol;
        raised cholesterol; varicose veins; deep vein thrombosis; dvt; blood clots; peripheral artery disease;
        hardening of the arteries; atherosclerosis; arrhythmia; irregular heartbeat; heart murmur; aneurysm;
        cardiovascular disease; heart condition; heart problems; mini-stroke; transient ischaemic attack""",
    "blood": """anaemia; anemia; iron-deficiency anaemia; iron deficiency anemia; sickle cell disease;
        sickle cell anaemia; thalassaemia; haemophilia; hemophilia; leukaemia; leukemia; blood clotting disorder;
        low platelet count; blood cancer""",
    "lungs": """asthma; bronchitis; chronic obstructive pulmonary disease; copd; emphysema; pneumonia;
        chest infection; tuberculosis; tb; lung cancer; cystic fibrosis; sleep apnoea; sleep apnea;
        whooping cough; covid-19; covid; long covid; respiratory infection; lung disease; pulmonary embolism""",
    "digestive": """irritable bowel syndrome; ibs; inflammatory bowel disease; crohn's disease; ulcerative colitis;
        coeliac disease; celiac disease; acid reflux; gastro-oesophageal reflux disease; gerd; gord; heartburn;
        indigestion; stomach ulcer; peptic ulcer; gastritis; gastroenteritis; stomach bug; food poisoning;
        constipation; diarrhoea; haemorrhoids; hemorrhoids; piles; diverticulitis; diverticular disease;
        bowel cancer; colon cancer; colorectal cancer; stomach cancer; appendicitis; hernia; hiatus hernia;
        pancreatitis; lactose intolerance; food intolerance; leaky gut; small intestinal bacterial overgrowth;
        sibo; norovirus; travellers' diarrhoea; colic""",
    "liver": """fatty liver disease; non-alcoholic fatty liver disease; nafld; cirrhosis; hepatitis; hepatitis a;
        hepatitis b; hepatitis c; liver disease; liver cancer; gallstones; gallbladder disease; jaundice""",
    "kidney": """kidney disease; chronic kidney disease; ckd; kidney stones; kidney failure; kidney infection""",
    "urinary": """urinary tract infection; uti; cystitis; bladder infection; overactive bladder; incontinence;
        urinary incontinence; bladder cancer; enlarged prostate""",
    "brain": """migraine; headache; tension headache; cluster headache; epilepsy; seizures; dementia;
        alzheimer's disease; parkinson's disease; multiple sclerosis; ms; motor neurone disease;
        motor neuron disease; neuropathy; peripheral neuropathy; sciatica; restless legs syndrome; stroke;
        concussion; brain tumour; brain tumor; meningitis; bell's palsy; vertigo; chronic pain; fibromyalgia;
        nerve pain; shingles""",
    "mind": """depression; anxiety; generalised anxiety disorder; generalized anxiety disorder; panic disorder;
        panic attacks; insomnia; sleep problems; stress; burnout; bipolar disorder; schizophrenia; psychosis;
        post-traumatic stress disorder; ptsd; obsessive-compulsive disorder; ocd; adhd;
        attention deficit hyperactivity disorder; autism; eating disorder; anorexia; bulimia;
        seasonal affective disorder; postnatal depression; postpartum depression; addiction; alcoholism;
        substance abuse; mental illness; mental health problems; low mood; jet lag""",
    "skin": """eczema; atopic dermatitis; dermatitis; psoriasis; acne; rosacea; hives; urticaria; dandruff;
        cold sores; warts; verrucas; athlete's foot; ringworm; fungal nail infection; impetigo; cellulitis;
        scabies; head lice; skin cancer; melanoma; sunburn; hair loss; alopecia; vitiligo; moles; scars;
        stretch marks; wrinkles; dry skin; oily skin; sensitive skin; itchy skin; skin infection; boils;
        blisters; burns; chickenpox; measles; hyperpigmentation; cellulite""",
    "eyes": """cataracts; cataract; glaucoma; macular degeneration; conjunctivitis; pink eye; dry eye;
        dry eye disease; short-sightedness; long-sightedness; nearsightedness; farsightedness; myopia;
        stye; blepharitis; diabetic retinopathy; eye infection; vision loss""",
    "ent": """common cold; cold; colds; flu; influenza; sinusitis; sore throat; tonsillitis; strep throat;
        ear infection; glue ear; tinnitus; hearing loss; hay fever; allergic rhinitis; laryngitis;
        blocked nose; catarrh; nosebleeds; croup""",
    "musculoskeletal": """arthritis; osteoarthritis; rheumatoid arthritis; gout; osteoporosis; back pain;
        lower back pain; neck pain; joint pain; tendonitis; tendinitis; bursitis; sprains; strains;
        muscle strain; fractures; broken bones; carpal tunnel syndrome; plantar fasciitis; frozen shoulder;
        tennis elbow; scoliosis; slipped disc; herniated disc; lupus; ankylosing spondylitis;
        muscle cramps; repetitive strain injury""",
    "immune": """allergies; allergy; food allergy; peanut allergy; hay fever; anaphylaxis; autoimmune disease;
        hiv; aids; lupus; weakened immune system; immunodeficiency; lyme disease""",
    "endocrine": """diabetes; type 1 diabetes; type 2 diabetes; prediabetes; pre-diabetes; gestational diabetes;
        insulin resistance; hypothyroidism; underactive thyroid; hyperthyroidism; overactive thyroid;
        thyroid disease; polycystic ovary syndrome; pcos; obesity; overweight; metabolic syndrome;
        high blood sugar; low blood sugar; hypoglycaemia; hormone imbalance; vitamin d deficiency;
        iron deficiency; vitamin b12 deficiency; adrenal fatigue; osteomalacia""",
    "reproductive": """endometriosis; menopause; perimenopause; premenstrual syndrome; pms; period pain;
        heavy periods; infertility; erectile dysfunction; impotence; prostate cancer; breast cancer;
        ovarian cancer; cervical cancer; thrush; vaginal thrush; yeast infection; bacterial vaginosis;
        sexually transmitted infection; sti; std; chlamydia; gonorrhoea; gonorrhea; syphilis; genital herpes;
        fibroids; morning sickness; pre-eclampsia; miscarriage; low testosterone""",
    "oral": """tooth decay; cavities; gum disease; gingivitis; periodontitis; mouth ulcers; canker sores;
        bad breath; dry mouth; oral thrush; toothache; sensitive teeth; teething; mouth cancer""",
    "general": """infection; infections; cancer; cancers; tumour; tumor; chronic illness; chronic disease;
        fever; sepsis; dehydration; malnutrition; chronic fatigue syndrome; me/cfs; long-term condition;
        inflammation; chronic inflammation; viral infection; bacterial infection; fungal infection;
        obesity-related disease; frailty""",
}.items()}

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
