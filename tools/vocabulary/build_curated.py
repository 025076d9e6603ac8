"""Write the hand-curated vocabularies: populations.yaml, evidence.yaml, products.yaml.

Usage: python tools/vocabulary/build_curated.py        (no input: the lists below are the source)

The lists are hand-curated from the public sources each file names (MeSH age groups and
publication types, Oxford CEBM levels of evidence, FDA SPL dosage forms); this script only
normalises them (lower case, British and US spellings, sorted) and writes the files, so that
they stay in the same format as the built ones.
"""

from __future__ import annotations

import consumer_terms
from vocab_common import clean, sorted_terms, with_spellings, write_yaml


def terms(text: str, extra: list[str] = ()) -> list[str]:
    words = [t for t in text.replace("\n", " ").split(";") if t.strip()] + list(extra)
    return sorted_terms(with_spellings(clean(t) for t in words))


# ---------------------------------------------------------------- populations
# MeSH age groups (M01.060): Infant, Newborn (birth-1 month); Infant (1-23 months); Child, Preschool
# (2-5 years); Child (6-12); Adolescent (13-18); Young Adult (19-24); Adult (19-44); Middle Aged (45-64);
# Aged (65+); Aged, 80 and over. Everyday words added per group; ages in years, [low, high].
POPULATION = {
    "newborn": ("newborn; newborn baby; newborn infant; neonate; new baby; newly born baby", [0, 0.08]),
    "infant": (
        "infant; baby; babies; under-ones; under-1s; babe in arms; nursing infant; breastfed baby; bottle-fed baby; infancy",
        [0, 2],
    ),
    "toddler": ("toddler; toddlerhood", [1, 3]),
    "preschool": (
        "preschooler; pre-schooler; preschool child; preschool-age child; under-fives; under fives; "
        "under-5s; young child; small child; little one; nursery-age child",
        [2, 5],
    ),
    "child": (
        "child; children; kid; kids; youngster; schoolchild; school-age child; paediatric patient; "
        "primary school child; under-12s; under-twelves; childhood; little ones",
        [2, 12],
    ),
    "tween": ("tween; tweens; preteen; pre-teen; preadolescent; pre-adolescent", [9, 12]),
    "adolescent": (
        "adolescent; teenager; teen; teens; youth; young person; young people; adolescence; "
        "under-18s; under-eighteens; secondary school student; high schooler",
        [13, 18],
    ),
    "young-adult": ("young adult; university student; college student; twentysomething", [18, 24]),
    "adult": ("adult; grown-up; grownup; over-18s; adulthood; working-age adult; men and women", [18, 120]),
    "middle-aged": ("middle-aged adult; middle-aged people; middle age; midlife; over-40s; over-50s", [45, 64]),
    "older-adult": (
        "older adult; older people; older person; older patient; elderly; elderly people; "
        "elderly person; elderly patient; the elderly; senior; senior citizen; pensioner; "
        "over-60s; over-65s; over-70s; retiree; old age; old people; geriatric patient; "
        "later life; aged care resident; care home resident",
        [65, 120],
    ),
    "very-old": ("over-80s; oldest old; very elderly; octogenarian; nonagenarian; centenarian", [80, 120]),
    "all-ages": (
        "all ages; every age; any age; people of all ages; all age groups; the whole family; "
        "whole family; young and old; everyone; everybody",
        [0, 120],
    ),
}
POPULATION_STATE = {
    "pregnancy": "pregnancy; pregnant; pregnant woman; pregnant women; expectant mother; expectant mum; "
    "expectant mom; mum-to-be; mom-to-be; mother-to-be; mums-to-be; moms-to-be; mothers-to-be; "
    "pregnant people; first trimester; second trimester; third trimester; antenatal; prenatal; "
    "during pregnancy; expecting a baby; gestation; who is expecting; who are expecting; if you're expecting; "
    "if you are expecting; anyone expecting",
    "breastfeeding": "breastfeeding; breast-feeding; breastfeeding mother; nursing mother; nursing mum; "
    "nursing mom; lactation; lactating woman; lactating women; chestfeeding; while breastfeeding; "
    "new mother; new mum; new mom; postpartum; postnatal",
    "trying-to-conceive": "trying to conceive; trying for a baby; planning a pregnancy; fertility treatment; ivf",
    "allergy": "allergy sufferer; people with allergies; allergic people; allergic to; history of allergy; "
    "atopic people; hay fever sufferer",
    "kidney-disease": "kidney disease; kidney problems; chronic kidney disease; kidney failure; renal impairment; "
    "dialysis patient; on dialysis; kidney transplant",
    "liver-disease": "liver disease; liver problems; liver impairment; hepatic impairment; cirrhosis; liver transplant",
    "heart-disease": "heart disease; heart condition; heart problems; heart failure; cardiac patient; "
    "history of heart attack; pacemaker; high blood pressure; hypertension",
    "diabetes": "diabetes; diabetic; diabetics; people with diabetes; type 1 diabetes; type 2 diabetes; on insulin; prediabetes",
    "surgery": "surgery; before surgery; after surgery; upcoming surgery; operation; general anaesthetic; "
    "post-operative; recovering from surgery",
    "immunocompromised": "immunocompromised; weakened immune system; immunosuppressed; on chemotherapy; transplant recipient; hiv",
    "epilepsy": "epilepsy; seizure disorder; history of seizures",
    "mental-health": "depression; history of depression; mental illness; bipolar disorder; schizophrenia; "
    "eating disorder; history of suicidal thoughts",
    "bleeding-disorder": "bleeding disorder; haemophilia; on blood thinners; taking anticoagulants; taking warfarin; low platelets",
    "asthma": "asthma; asthmatic; asthmatics; copd; lung disease",
    "other-medicines": "taking other medicines; on medication; on other medication; taking prescription drugs; "
    "on antidepressants; taking antidepressants; on the pill; polypharmacy",
    "alcohol": "heavy drinker; alcohol dependence; history of alcohol abuse; drinking alcohol",
    "driving": "driving; drivers; operating machinery; heavy machinery",  # also an activity: see STATE_ATTRIBUTES
    "athletes": "athlete; athletes; sportspeople; competitive sport; drug-tested athletes",
    "frail": "frail; frailty; frail elderly; care home residents; bedbound",
}

# An activity as well as a group: "avoid driving" right after a caution is advice on what to do after a dose,
# not a group told not to take it ("not suitable for drivers" is).
STATE_ATTRIBUTES = {"driving": {"activity": True}}

# ---------------------------------------------------------------- evidence
# Oxford CEBM 2011 levels and the evidence pyramid; MeSH publication types (Randomized Controlled
# Trial, Meta-Analysis, Systematic Review, Case Reports, Observational Study, Cohort Studies, In Vitro
# Techniques, Models, Animal). rank: 1 = weakest.
EVIDENCE = {
    "anecdote": (
        1,
        "anecdote; anecdotal evidence; anecdotal reports; testimonial; testimonials; user review; "
        "user reviews; customer review; customer reviews; personal experience; personal story; "
        "word of mouth; success story; success stories; reviews online; expert opinion; "
        "traditional use; folk medicine; centuries of use; used for centuries; ancient wisdom; "
        "celebrity endorsement; influencer",
    ),
    "in-vitro": (
        1,
        "in vitro; in-vitro; test tube; test-tube; test-tube study; test tube study; cell study; "
        "cell culture; cell-culture study; cell studies; lab dish; petri dish; laboratory study; "
        "lab study; lab studies; lab experiment; isolated cells; cancer cells in a dish; "
        "in vitro study; mechanistic study; computer model; in silico",
    ),
    "animal": (
        2,
        "animal study; animal studies; animal research; animal model; animal experiment; "
        "animal trial; rodent study; mouse study; mouse model; rat study; mice; rats; rodents; "
        "in mice; in rats; preclinical; pre-clinical; preclinical study; laboratory animals; "
        "in animals; zebrafish; fruit flies; non-human primates",
    ),
    "case-report": (
        3,
        "case report; case reports; case study; case series; single case; one patient; "
        "a single patient; clinical observation; case history",
    ),
    "observational": (
        4,
        "observational study; observational research; observational data; survey; "
        "questionnaire; cohort study; cohort; prospective cohort; retrospective study; "
        "case-control study; cross-sectional study; population study; population-based study; "
        "epidemiological study; epidemiology; registry study; association study; "
        "correlation; association; real-world evidence; real-world data; longitudinal study; "
        "follow-up study; large study of; people who reported",
    ),
    "pilot": (
        5,
        "pilot study; pilot trial; small pilot; small trial; small study; preliminary study; "
        "preliminary trial; preliminary research; preliminary evidence; early research; early-stage trial; "
        "early trial; phase 1 trial; phase i trial; phase 2 trial; phase ii trial; feasibility study; "
        "open-label study; open-label trial; uncontrolled study; non-randomised trial; "
        "non-randomized trial; proof-of-concept study; small clinical trial; exploratory study",
    ),
    "rct": (
        6,
        "randomised controlled trial; randomized controlled trial; randomised trial; randomized trial; "
        "rct; rcts; placebo-controlled trial; placebo-controlled study; double-blind trial; "
        "double-blind study; double-blind placebo-controlled trial; blinded trial; controlled trial; "
        "controlled clinical trial; clinical trial; clinical trials; clinical study; large trial; "
        "large clinical trial; phase 3 trial; phase iii trial; multicentre trial; multicenter trial; "
        "head-to-head trial; crossover trial; human trial; human study; human studies",
    ),
    "review": (
        7,
        "systematic review; meta-analysis; meta-analyses; metaanalysis; cochrane review; "
        "cochrane systematic review; umbrella review; pooled analysis; review of studies; "
        "review of trials; evidence review; overview of reviews; network meta-analysis; "
        "clinical guideline; clinical guidelines; nice guidance; consensus statement; "
        "body of evidence; weight of evidence",
    ),
}

# ---------------------------------------------------------------- products
# FDA Structured Product Labeling dosage forms (public domain) plus everyday product words.
PRODUCT = {
    "oral-form": "tablet; capsule; softgel; soft gel; gel cap; gelcap; caplet; pill; chew; chewable; chewable tablet; "
    "gummy; gummies; gummy vitamin; lozenge; pastille; troche; effervescent tablet; "
    "dissolvable tablet; orally disintegrating tablet; sachet; powder; granules; syrup; elixir; "
    "tincture; oral drops; drops; liquid; oral solution; suspension; shot; wellness shot; "
    "drink; tonic; tea; herbal tea; infusion; decoction; sublingual spray; oral spray; "
    "oral strip; protein powder; meal replacement; ampoule",
    "topical-form": "cream; ointment; balm; salve; gel; lotion; serum; oil; essential oil; massage oil; "
    "body oil; rub; roll-on; patch; transdermal patch; plaster; spray; nasal spray; "
    "mist; eye drops; ear drops; mouthwash; toothpaste; shampoo; soap; scrub; mask; "
    "face mask; foam; paste; poultice; compress; bath salts; suppository; pessary; "
    "vaginal gel; inhaler; vape; diffuser",
    "herbal": "herb; herbal; herbal remedy; herbal medicine; herbal supplement; herbal extract; root; "
    "leaf; bark; flower; berry; seed; mushroom; extract; standardised extract; plant extract; "
    "botanical; adaptogen; superfood; blend; complex; formula; proprietary blend; "
    "essential oils; cbd oil; resin",
    "supplement": "supplement; dietary supplement; food supplement; nutritional supplement; vitamin; "
    "multivitamin; mineral; probiotic; prebiotic; nutraceutical; enzyme; amino acid; "
    "fish oil; collagen; protein shake; electrolyte drink; booster; immune booster; "
    "detox; cleanse; detox tea; fat burner; weight-loss supplement; slimming pill",
    "general": "remedy; natural remedy; home remedy; alternative remedy; product; natural product; "
    "health product; wellness product; treatment; natural treatment; alternative treatment; "
    "alternative medicine; complementary medicine; complementary therapy; homeopathic remedy; "
    "homeopathy; naturopathic remedy; cure-all; potion; concoction; preparation",
}


def main() -> None:
    # The everyday words of consumer_terms are merged into the hand-curated groups (new state groups added).
    pop_groups = {g: {"terms": terms(t, consumer_terms.POPULATION.get(g, [])), "ages": ages} for g, (t, ages) in POPULATION.items()}
    states: dict[str, object] = {
        g: terms(POPULATION_STATE.get(g, ""), consumer_terms.POPULATION_STATE.get(g, []))
        for g in [*POPULATION_STATE, *(g for g in consumer_terms.POPULATION_STATE if g not in POPULATION_STATE)]
    }
    for g, attributes in STATE_ATTRIBUTES.items():
        states[g] = {"terms": states[g], "attributes": attributes}
    products = {
        g: terms(PRODUCT.get(g, ""), consumer_terms.PRODUCT.get(g, []))
        for g in [*PRODUCT, *(g for g in consumer_terms.PRODUCT if g not in PRODUCT)]
    }
    write_yaml(
        "populations",
        {
            "vocabulary": "populations",
            "description": "Who a claim is about: age groups (with age ranges in years) and states such as "
            "pregnancy, breastfeeding or kidney disease.",
            "sources": [
                {
                    "name": "MeSH Age Groups (M01.060) and their scope notes",
                    "url": "https://meshb.nlm.nih.gov/record/ui?ui=D009272",
                    "licence": "Public domain (US National Library of Medicine)",
                    "note": "age ranges; everyday words (babies, kids, tweens, grown-ups, pensioners) hand-added",
                },
                {
                    "name": "MedlinePlus population groups and NHS medicine-page cautions (who can and cannot take it)",
                    "url": "https://medlineplus.gov/populationgroups.html",
                    "licence": "Public domain (US government work); NHS wording used only as facts",
                },
                consumer_terms.MEDLINEPLUS_MESH_SOURCE,
            ],
            "built-by": "hand-curated from the sources above (written by tools/vocabulary/build_curated.py)",
            "classes": {
                "population": {"description": "Age groups, with ages: [low, high] in years.", "inflect": "noun", "groups": pop_groups},
                "population-state": {
                    "description": "States and conditions that change whether a treatment is safe "
                    "(pregnancy, breastfeeding, organ disease, surgery, ...).",
                    "inflect": "none",
                    "groups": states,
                },
            },
        },
    )
    write_yaml(
        "evidence",
        {
            "vocabulary": "evidence",
            "description": "Kinds of evidence a health claim can cite, ranked by strength (1 weakest).",
            "sources": [
                {
                    "name": "Oxford Centre for Evidence-Based Medicine, Levels of Evidence (2011)",
                    "url": "https://www.cebm.ox.ac.uk/resources/levels-of-evidence/ocebm-levels-of-evidence",
                    "licence": "facts (level ordering) only; words hand-curated",
                },
                {
                    "name": "MeSH Publication Types and study-design headings",
                    "url": "https://www.nlm.nih.gov/mesh/pubtypes.html",
                    "licence": "Public domain (US National Library of Medicine)",
                },
            ],
            "built-by": "hand-curated from the sources above (written by tools/vocabulary/build_curated.py)",
            "classes": {
                "evidence-kind": {
                    "description": "Study designs and other grounds for a claim, with rank (1 = weakest).",
                    "inflect": "none",
                    "groups": {g: {"terms": terms(t), "rank": r} for g, (r, t) in EVIDENCE.items()},
                },
            },
        },
    )
    write_yaml(
        "products",
        {
            "vocabulary": "products",
            "description": "Treatment and product nouns: dosage forms, supplement and remedy words.",
            "sources": [
                {
                    "name": "FDA Structured Product Labeling dosage forms",
                    "licence": "Public domain (US government work)",
                    "url": "https://www.fda.gov/industry/structured-product-labeling-resources/dosage-forms",
                },
                {
                    "name": "MedlinePlus Herbs and Supplements index (product words)",
                    "licence": "Public domain (US government work)",
                    "url": "https://medlineplus.gov/druginfo/herb_All.html",
                },
                consumer_terms.MEDLINEPLUS_MESH_SOURCE,
            ],
            "built-by": "hand-curated from the sources above (written by tools/vocabulary/build_curated.py)",
            "classes": {
                "product": {
                    "description": "What a health product is: forms, supplements, herbal preparations and remedies.",
                    "inflect": "noun",
                    "groups": products,
                },
            },
        },
    )
    print("written: populations.yaml, evidence.yaml, products.yaml")


if __name__ == "__main__":
    main()
