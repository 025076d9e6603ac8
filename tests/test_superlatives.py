"""HL1xx: each form of hype is flagged at its phrase; careful writing's near-misses are not.

Every text here is a small article written for this file: a heading that names the product (as real
articles do; the rules read claims about the article's own subject), then the sentence under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import lint_text


def flagged(text: str, name: str = "a.md", select: tuple[str, ...] = ("superlative",)) -> list[tuple[str, str]]:
    result = lint_text(text, name, select=select)
    return [(f.rule, f.span.text) for f in result.findings]


def article(title: str, sentence: str) -> str:
    return f"# {title}\n\n{sentence}\n"


# (product, sentence, rule, flagged phrase): at least one per rule, HL101-HL112.
HYPE = [
    ("Elderberry syrup", "Our elderberry syrup is a real game-changer for winter colds.", "HL101", "game-changer"),
    ("Barrier cream", "This cream is a breakthrough for dry skin.", "HL101", "breakthrough"),
    ("Ginger chews", "Ginger chews work wonders for travel sickness.", "HL101", "work wonders"),
    ("Lavender drops", "Our lavender drops are completely safe.", "HL102", "completely safe"),
    ("Nettle tincture", "The tincture has zero side effects.", "HL102", "zero side effects"),
    ("Arnica balm", "This balm relieves pain without harsh side effects.", "HL102", "without harsh side effects"),
    ("Vinegar shots", "Our vinegar shots are risk free.", "HL102", "risk free"),
    ("Collagen powder", "Our collagen powder is clinically proven to smooth wrinkles.", "HL103", "is clinically proven to smooth"),
    ("Sleep tea", "Results are guaranteed within a month.", "HL103", "Results are guaranteed"),
    ("Ginger chews", "Our ginger chews are the best remedy for travel sickness.", "HL104", "are the best remedy"),
    ("Magnesium spray", "Our magnesium spray is second to none.", "HL104", "second to none"),
    ("Herbal shampoo", "Our shampoo is safe and natural.", "HL105", "is safe and natural"),
    ("Ginger chews", "Ginger chews are kinder to the stomach than ondansetron.", "HL106", "kinder to the stomach than ondansetron"),
    ("Willow bark tea", "Our willow bark tea works better than aspirin for headaches.", "HL106", "better than aspirin"),
    ("Valerian root", "Valerian root is nature's Valium.", "HL107", "is nature's Valium"),
    ("Hawthorn tea", "Hawthorn tea works like a natural beta-blocker.", "HL107", "works like a natural beta-blocker"),
    ("Ginger chews", "Ginger chews work for everybody.", "HL108", "work for everybody"),
    ("Joint formula", "Our formula helps every single user.", "HL108", "helps every single user"),
    ("Cooling balm", "Our balm gives relief in seconds.", "HL109", "relief in seconds"),
    ("Ginger chews", "Ginger chews stop nausea in minutes.", "HL109", "stop nausea in minutes"),
    ("Beet juice", "This juice flushes toxins from your liver.", "HL110", "flushes toxins from your liver"),
    ("Ginger chews", "Ginger chews detox your stomach.", "HL110", "detox your stomach"),
    ("Calendula oil", "Our oil cures eczema.", "HL111", "cures eczema"),
    ("Cinnamon tonic", "This tonic reverses diabetes.", "HL111", "reverses diabetes"),
    ("Sleep gummies", "Our gummies are safe for pregnant women.", "HL112", "are safe for pregnant women"),
    ("Kava drink", "It is safe at any dose.", "HL112", "safe at any dose"),
    ("Milk thistle pills", "Our pills won't harm your liver.", "HL112", "won't harm your liver"),
]


@pytest.mark.parametrize(("product", "sentence", "rule", "phrase"), HYPE, ids=[f"{r}-{i}" for i, (_, _, r, _) in enumerate(HYPE)])
def test_hype_is_flagged_at_its_phrase(product: str, sentence: str, rule: str, phrase: str) -> None:
    result = lint_text(article(product, sentence), "a.md", select=("superlative",))
    found = [(f.rule, f.span.text, f.span.line, f.span.column) for f in result.findings]
    assert (rule, phrase, 3, sentence.index(phrase) + 1) in found, found
    [f] = [f for f in result.findings if f.rule == rule]
    assert f.message and f.suggestion and phrase in f.message  # messages quote the phrase


def test_every_hype_rule_has_a_case_here() -> None:
    assert {rule for _, _, rule, _ in HYPE} == {f"HL{n}" for n in range(101, 113)}


@pytest.mark.parametrize(
    "sentence",
    [
        # Negated, hedged, questioned.
        "These chews are not a miracle, but they help some people with travel sickness.",
        "Ginger chews may be a useful option for mild nausea.",
        "Are ginger chews completely safe in pregnancy?",
        "No remedy is completely safe for everyone.",
        # Quoted in order to criticise it.
        "Beware of sellers who call ginger a “miracle cure” for morning sickness.",
        "Claims that ginger is a “game-changer” are not supported by trials.",
        # Cited in the same sentence.
        "Ginger was clinically proven to ease nausea in a 2018 trial [2].",
        "Ginger eased nausea as well as a placebo did (Hart et al., 2019).",
        # Descriptive superlatives, and superlatives about another treatment.
        "The most common complaint is mild heartburn.",
        "The largest trial so far enrolled 300 people.",
        "Antiemetic drugs such as ondansetron are the strongest option for severe vomiting.",
        # A report of what a study observed, and part of a group.
        "No serious side effects were reported in the trial.",
        "Most people who try ginger have no side effects at all.",
        # Plain description.
        "In one small trial, some people felt less sick within an hour.",
        "Ginger is used to flavour biscuits and is sold in most supermarkets.",
        "Check the label to ensure safe and effective use.",
    ],
)
def test_careful_writing_is_not_flagged(sentence: str) -> None:
    assert flagged(article("Ginger chews", sentence)) == []


@pytest.mark.parametrize(
    ("claim", "near_miss"),
    [
        ("Our drops are completely safe.", "Our drops are not completely safe."),
        ("Our drops are completely safe.", "Are our drops completely safe?"),
        ("Our drops cure eczema.", "No drops cure eczema."),
        ("Our drops cure eczema.", "Our drops may ease eczema in some people."),
        ("Our drops work for everybody.", "Our drops do not work for everybody."),
        ("Our drops are a game-changer.", "Critics dismiss the “game-changer” label as marketing."),
        # one way of using it weighed against not using it is advice, not a comparison with other treatments
        ("Our drops are far better than steroid creams.", "Taking the drops with food is far better than skipping doses."),
        ("Our drops are much kinder than any prescription.", "A smaller dose is much kinder than not using them at all."),
    ],
)
def test_a_perturbation_takes_the_claim_away(claim: str, near_miss: str) -> None:
    assert flagged(article("Calendula drops", claim)) != []
    assert flagged(article("Calendula drops", near_miss)) == []


def test_hype_in_reference_lists_is_ignored() -> None:
    body = "# Flu jabs\n\nVaccines lower risk.\n\n{heading}1. Does vaccination attenuate breakthrough infections? A miracle review. 2021.\n"
    assert flagged(body.format(heading="## References\n\n")) == []
    # Without the heading, the same line is prose, and the hype in it counts.
    assert ("HL101", "A miracle") in flagged(body.format(heading=""))


def test_link_in_the_sentence_counts_as_a_citation() -> None:
    assert flagged(article("Tonic", "Our tonic is [clinically proven](https://example.org/trial) to work.")) == []
    assert flagged(article("Tonic", "Our tonic is clinically proven to work.")) == [("HL103", "is clinically proven to work")]


def test_each_finding_carries_a_suggestion() -> None:
    result = lint_text(article("Tonic", "Our tonic is completely safe and a game-changer."), select=("superlative",))
    assert {f.rule for f in result.findings} == {"HL101", "HL102"}
    assert all(f.suggestion for f in result.findings)


def test_title_and_description_are_linted_where_they_stand() -> None:
    """Front matter and HTML head are published text: findings point into them, at the file's characters."""
    md = '---\ntitle: "Our balm: a miracle for eczema"\ndescription: Relief in seconds, guaranteed.\n---\n\n# Eczema balm\n\nThe balm comes in a tin.\n'
    found = [(f.rule, f.span.text, f.span.line, f.span.column) for f in lint_text(md, "a.md", select=("superlative",)).findings]
    assert ("HL101", "a miracle", 2, md.splitlines()[1].index("a miracle") + 1) in found
    assert ("HL109", "Relief in seconds", 3, md.splitlines()[2].index("Relief") + 1) in found
    html = (
        '<html><head><title>A miracle balm</title><meta name="description" content="Relief in seconds.">'
        "</head><body><h1>Eczema balm</h1><p>Our balm is a <b>real game-changer</b> for dry&nbsp;skin.</p></body></html>"
    )
    spans = {(f.rule, f.span.text): f.span for f in lint_text(html, "a.html", select=("superlative",)).findings}
    assert set(spans) == {("HL101", "A miracle"), ("HL109", "Relief in seconds"), ("HL101", "game-changer")}
    for (_, phrase), span in spans.items():
        assert span.offset == html.index(phrase) and html[span.offset : span.end_offset] == phrase
        assert (span.line, span.column) == (1, html.index(phrase) + 1)


def test_one_rule_alone_finds_its_own_phrase() -> None:
    """Selecting one rule runs only it: HL102 on its own flags the purity claim at its two words."""
    text = article("Vitamin pills", "Our pills are 100% natural.")
    assert flagged(text, select=("HL102",)) == [("HL102", "100% natural")]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("For tired skin this serum is nothing short of a miracle.", "nothing short of a miracle"),
        ("Our tonic is a revolutionary breakthrough.", "revolutionary breakthrough"),
    ],
)
def test_matches_that_touch_are_one_finding(sentence: str, phrase: str) -> None:
    """Two matches of one rule with nothing between them are one phrase to an editor, so one finding."""
    assert flagged(article("Rosehip serum", sentence), select=("HL101",)) == [("HL101", phrase)]


def test_matches_apart_stay_two_findings() -> None:
    text = article("Rosehip serum", "This serum is a breakthrough, and a miracle for dry skin.")
    assert flagged(text, select=("HL101",)) == [("HL101", "breakthrough"), ("HL101", "a miracle")]


@pytest.mark.xfail(strict=True, reason="gap: HL103's '<copula> 100% _' swallows HL102's purity claim, so it is reported as a proof claim")
def test_a_purity_claim_is_reported_as_a_safety_claim_with_every_rule_on() -> None:
    assert flagged(article("Vitamin pills", "Our pills are 100% natural.")) == [("HL102", "100% natural")]


@pytest.mark.xfail(strict=True, reason="gap: hyphenated forms in HL102's pattern list ('risk-free', 'side-effect-free') do not match")
@pytest.mark.parametrize("phrase", ["risk-free", "side-effect-free"])
def test_hyphenated_safety_compounds(phrase: str) -> None:
    assert flagged(article("Vinegar shots", f"Our vinegar shots are {phrase}.")) == [("HL102", phrase)]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Myopathy", "The adult-onset type is the mildest of all the types."),  # a descriptive superlative
        ("Gallstones", "Ursodiol is a medication that can dissolve gallstones."),  # a relative clause about another medicine
        ("Stroke", "Doctors may give drugs that break up blood clots."),
        ("Prediabetes", "Adopting healthy eating habits can help people lose weight and reverse insulin resistance."),  # a gerund's
        ("Bronchiectasis", "Chest physiotherapy helps drain mucus from your lungs."),  # clearing mucus is no detox
        ("Eye injuries", "Wash out your eye with clean water."),
        ("Mammograms", "You should get a written report of your mammogram results within 30 days."),
        ("Drowning", "You can drown in as little as an inch of water."),
        ("Wound care", "See a doctor if the bleeding started up again within the first 7 days."),
        ("Hormone patches", "It should be the lowest dose that helps."),  # a descriptive superlative about the product
        ("Diabetes test strips", "Call to request the free booklet on coverage of diabetes supplies."),  # "free" as adjective
        ("Heartburn tablets", "Unlike antacids, lifestyle changes take weeks to help."),  # another subject after "unlike"
        ("Nicotine patches", "The patches help you stop smoking for good."),  # quitting a habit for good is no cure claim
        # which medicines a superlative of use or study picks out, said with a copula: a fact, no likeness
        ("Iron tablets", "The most commonly prescribed tablets are ferrous sulfate and ferrous fumarate."),
        ("Pyoderma treatments", "The best studied treatments are oral corticosteroids."),
        ("Taste changes", "The medicines that most often cause this are certain antibiotics."),
    ],
)
def test_what_condition_pages_describe_is_not_hype(title: str, sentence: str) -> None:
    assert flagged(article(title, sentence)) == []


@pytest.mark.parametrize(
    ("title", "sentence", "phrase"),
    [
        ("Lymph drops", "These drops drain toxins from your lymph.", "drain toxins"),
        ("Lung tea", "This tea will detox your lungs.", "detox"),
        ("Cold lozenges", "These are the strongest lozenges of all.", "strongest lozenges"),
        ("Asthma inhaler", "It frees adults and children from asthma.", "frees adults and children from asthma"),
        ("Redness relief drops", "The drops brighten bloodshot eyes instantly.", "instantly"),
        ("Infrared sauna", "Infrared heat works like a charm.", "works like a charm"),
        ("Moringa powder", "Moringa is nature's multivitamin.", "nature's multivitamin"),
        ("Willow bark tea", "Our willow bark tea is basically aspirin in a cup.", "aspirin"),  # no superlative picks it out
        ("Willow bark tea", "The most soothing tea we make is basically aspirin.", "aspirin"),  # praise, not use or study
        ("Focus capsules", "It works like Adderall without the crash.", "Adderall without"),
        ("Calm drops", "Unlike sleeping tablets, it leaves no hangover.", "Unlike sleeping tablets"),
        ("Focus capsules", "It unlocks limitless focus.", "limitless"),
        ("Fertility clinic", "Our practitioners are miracle-workers.", "miracle-workers"),
        ("Omega-3 capsules", "It protects the heart of everyone who takes it.", "everyone who takes it"),
        ("Fertility programme", "Every couple who completes our programme goes on to conceive.", "Every couple who completes"),
        ("Nerve cream", "It restores feeling in 97% of users.", "97% of users"),
        ("Hair serum", "It stops shedding permanently.", "permanently"),
        ("Heel gel", "Your heel pain is history.", "is history"),
        ("Gut tea", "Pure, potent and safe.", "Pure, potent and safe"),
        ("Acupuncture", "The treatment is completely painless.", "completely painless"),
        ("Focus capsules", "You will notice sharper focus within minutes in as little as two days.", "as little as two days"),
    ],
)
def test_the_same_forms_about_the_product_are_hype(title: str, sentence: str, phrase: str) -> None:
    assert any(phrase in text for _, text in flagged(article(title, sentence)))


def test_on_a_page_that_promotes_nothing_only_the_writers_own_claims_are_hype() -> None:
    page = "# Asthma\n\nAsthma narrows the airways.\n\n{sentence}\n"
    assert flagged(page.format(sentence="Inhaled steroids are the most effective option for long-term control.")) == []
    assert flagged(page.format(sentence="An ambulance is the best and safest way to get to hospital.")) == []
    assert flagged(page.format(sentence="Our breathing course is the most effective option for long-term control."))


# Forms written for this file from the annotation guide's list, each with a perturbation that must take
# the finding away (hedged, negated, asked, or said of another subject) on the same product page.
FORMS_AND_PERTURBATIONS = [
    # (title, claim, flagged phrase, near miss)
    ("Ketamine clinic", "Ketamine lifts depression in a single session.", "in a single session", "Ketamine may lift depression in some people after several sessions."),
    ("Lidocaine patch", "It will numb the ache in under a minute.", "in under a minute", "Does it numb the ache in under a minute?"),
    ("Slimming tea", "You can drop a dress size in a week.", "in a week", "Nobody can safely drop a dress size in a week."),
    ("Berberine capsules", "It delivers blood sugar balance that lasts for life.", "lasts for life", "Type 1 diabetes lasts for life."),
    ("Fungal spray", "It wipes it out for good.", "for good", "It may not wipe it out for good."),
    ("Sauna sessions", "Regular sessions work like a natural blood-pressure pill.", "blood-pressure pill", "Regular sessions do not work like a blood-pressure pill."),
    ("Reflux chews", "With regular use it heals a damaged oesophagus.", "heals a damaged oesophagus", "Proton pump inhibitors heal a damaged oesophagus."),
    ("Reflux chews", "Its soothing formula can't irritate even the most sensitive stomach.", "can't irritate even the most sensitive stomach", "Can it irritate a sensitive stomach?"),
    ("Diet plan", "It is the only weight-loss plan that actually works.", "the only weight-loss plan that actually works", "It may not be the only weight-loss plan that works."),
    ("Hair clinic", "Our clinic has never let a single client down.", "never let a single client down", "Our clinic cannot promise that nobody is let down."),
    ("Ketamine clinic", "It works when everything else has failed.", "works when everything else has failed", "Some people find it helps when other treatments have failed."),
    ("Cough syrup", "It works on every kind of cough.", "every kind of", "It may help some kinds of cough."),
    ("Wellness retreat", "Not one guest in fifteen years has left without results.", "has left without", "Some guests have left without results."),
    ("Baby syrup", "It is safe from the very first day of life.", "safe from the very first day of life", "Is it safe from the first day of life?"),
    ("Sauna blanket", "You sweat out the toxins your liver can't handle.", "sweat out the toxins", "There is no evidence that you sweat out toxins."),
    ("Metabolism capsules", "Our capsules restart your stalled metabolism.", "restart your stalled metabolism", "No capsule can restart a stalled metabolism."),
    ("Heart tonic", "It clears plaque from your arteries.", "clears plaque from your arteries", "Statins may slow the build-up of plaque in arteries."),
    ("Eye drops", "The drops restore 20/20 vision.", "restore 20/20 vision", "Cataract surgery can restore vision."),
    ("Menopause cream", "It gives you all the benefits of HRT with none of the risks.", "all the benefits of HRT", "HRT has benefits and risks, and your doctor can talk them through."),
    ("Copper bracelet", "It is a painkiller you wear.", "painkiller", "It is not a painkiller."),
    ("Acid tonic", "You will never need antacids again.", "never need antacids again", "You may still need antacids now and then."),
    ("Brain capsules", "It dramatically improves memory and focus.", "dramatically improves", "In one trial it may have slightly improved memory."),
    ("Joint capsules", "Your joints will feel ten years younger.", "ten years younger", "Can any capsule make your joints feel younger?"),
    ("Turmeric capsules", "It is a powerful antioxidant.", "powerful antioxidant", "Turmeric is not a powerful antioxidant."),
    ("Collagen drink", "Clinically shown to smooth wrinkles.", "Clinically shown to", "It was clinically shown to smooth wrinkles in a 2019 trial [2]."),
    ("Sleep spray", "Recommended by leading doctors.", "Recommended by leading doctors", "Ask your doctor whether it is recommended for you."),
    ("Sauna cabins", "Our cutting-edge cabins use carbon panels.", "cutting-edge", "Carbon panels are not cutting-edge."),
    ("Calm capsules", "Whether it's deadline pressure or a new baby, it works for every kind of stress.", "every kind of", "Whether it works for every kind of stress is unknown."),
    ("Knee capsules", "Regrows worn cartilage in your knees.", "Regrows worn cartilage", "Surgery can sometimes repair worn cartilage."),
    ("Sleep tea", "This tea ends insomnia.", "ends insomnia", "No tea ends insomnia."),
    ("Hair gummies", "Thicker hair, guaranteed.", "guaranteed", "Thicker hair is not guaranteed."),
    ("Zinc lozenges", "It's undeniable: our lozenges shorten colds.", "undeniable", "It is not undeniable that lozenges shorten colds."),
    ("Focus capsules", "Research confirms it sharpens focus.", "Research confirms", "Research confirms it sharpens focus [3]."),
    ("Nasal spray", "The world's first nasal spray for brain fog.", "The world's first", "It may be one of the first sprays studied for brain fog."),
    ("Peptide clinic", "We offer cutting-edge peptide therapy for fatigue.", "cutting-edge", "Peptide therapy is not cutting-edge."),
    ("Skin cream", "Dermatology will never be the same.", "will never be the same", "Will dermatology ever be the same?"),
    ("Magnesium complex", "Trusted by over two million customers worldwide.", "Trusted by over two million", "Is it trusted by customers?"),
    ("Joint tablets", "9 out of 10 GPs would recommend it to their patients.", "9 out of 10 GPs would recommend", "Ask your GP whether to take it."),
    ("Sleep gummies", "Over 98% of customers say they sleep better.", "98% of customers say", "Some customers say they sleep better."),
    ("Collagen peptides", "Whatever your age or skin type, it works.", "it works", "Whatever your age, ask a pharmacist first."),
    ("Acne kit", "Every customer sees clearer skin.", "Every customer sees clearer", "Some customers see clearer skin."),
    ("Hydration sachets", "Everybody who tries it feels the difference.", "feels the difference", "Not everybody who tries it feels the difference."),
    ("Tinnitus drops", "It has not failed a single customer yet.", "has not failed a single", "It has helped some customers."),
    ("Muscle cream", "Gentle yet powerful relief for sore muscles.", "Gentle yet powerful relief", "Is it gentle enough for sore muscles?"),
    ("Menopause capsules", "Clean, safe and effective menopause relief.", "safe and effective menopause relief", "Ask whether it is safe for you."),
    ("Retinal serum", "This serum turns back the clock on fine lines.", "turns back the clock", "No serum turns back the clock on fine lines."),
    ("Ice baths", "Ice baths are the real deal for inflammation.", "the real deal", "Are ice baths the real deal?"),
    ("Elderberry syrup", "The ultimate immune defence for the whole winter.", "The ultimate immune defence", "It is not the ultimate immune defence."),
    ("Kratom capsules", "This could be a game-changer for anyone in withdrawal.", "game-changer", "For some users in withdrawal it could be a game-changer."),
    ("Hay fever tablets", "Pure and potent hay fever relief.", "Pure and potent hay fever relief", "Is it pure enough for hay fever?"),
    ("Focus shots", "This is the natural Adderall students have been looking for.", "the natural Adderall", "It is not a natural Adderall."),
    # the subject after an opening clause, and a person's noun after a verb, which is an object
    ("Sleep app", "Whether your mind races or you wake at 3 a.m., SnoozeLab works like a charm.", "works like a charm", "Whether your mind races or you wake at 3 a.m., nothing works like a charm."),
    ("Juice cleanse", "Give your digestive system a full reboot.", "a full reboot", "No juice can give your digestive system a full reboot."),
    ("Liver detox tea", "This tea flushes toxins out of your liver.", "flushes toxins out", "Your liver helps your body remove poisons."),
    # a negation in an earlier clause does not reach a claim after "when I say"; a risk of the product's own harms ruled out
    ("Golden paste", "I'm not exaggerating when I say it reversed the arthritis in my knee.", "reversed the arthritis", "I'm not saying it reversed the arthritis in my knee."),
    ("Golden paste", "I won't pretend otherwise, because it cured my psoriasis.", "cured my psoriasis", "I won't pretend it cured my psoriasis."),
    ("Sleep gummies", "There's no risk of morning grogginess or dependence.", "no risk", "There's no added risk of infection for the baby."),
    ("Spinal decompression", "It is gentle, with zero risk to your discs or nerves.", "zero risk", "There is no risk of passing the infection on to others."),
    # an affirming idiom opens no negation; an opening clause's purpose is not the main clause's
    ("Cider vinegar gummies", "It's no surprise that every nutritionist swears by them.", "every nutritionist swears by", "No nutritionist swears by them."),
    ("Turmeric capsules", "Whether you garden or just want to climb stairs, every customer notices a difference.", "every customer notices a difference", "Whether every customer notices a difference is what the trial will test."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "claim", "phrase", "near_miss"), FORMS_AND_PERTURBATIONS)
def test_forms_are_hype_and_their_perturbations_are_not(title: str, claim: str, phrase: str, near_miss: str) -> None:
    assert any(phrase in text for _, text in flagged(article(title, claim))), flagged(article(title, claim))
    assert flagged(article(title, near_miss)) == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Antibiotics", "Antibiotics are powerful medicines that fight bacterial infections."),  # describes a medicine
        ("Ginger chews", "The most advanced trials are still recruiting."),
        ("Vaccines", "Immunity from the measles vaccine lasts for life in most people."),
        ("Weight loss", "Most people lose 1 to 2 pounds a week on a balanced diet."),
        ("Sleep spray", "Take it as recommended by your doctor."),
        ("Genetic testing", "Translocations can be passed to the next generation."),  # "next generation" is not novelty
        ("Caregiving", "These tips can help you care for your loved one."),
        ("Clinic news", "Every patient is different, and results vary."),
        ("Aspirin", "Aspirin is used by millions of people."),
        ("Vitamin D spray", "Research confirms that most adults get enough vitamin D from food and sun [2]."),
    ],
)
def test_near_misses_of_the_new_forms_are_not_hype(title: str, sentence: str) -> None:
    assert flagged(article(title, sentence)) == []


# Forms added from the guide's speed, comparison, safety and cure families, ten or more wordings each, written
# for this file; each list is followed by near-misses that share the words but not the claim.
NEW_FORMS = [
    # permanence as "never ... again"
    ("Calm course", "You will never feel anxious again.", "never feel anxious again"),
    ("Sleep tonic", "You'll never toss and turn again.", "never toss and turn again"),
    ("Migraine patch", "Never dread a migraine again.", "Never dread a migraine again"),
    ("Reflux chews", "With these chews you never have to worry about heartburn again.", "never have to worry about heartburn again"),
    ("Hay fever drops", "You will never suffer through a pollen season again.", "never suffer through a pollen season again"),
    ("Knee gel", "Never miss a walk because of knee pain again.", "Never miss a walk because of knee pain again"),
    ("Cold sore balm", "You'll never get another cold sore again.", "never get another cold sore again"),
    ("Back brace", "Wear it daily and you will never struggle with back pain again.", "never struggle with back pain again"),
    ("Snoring strips", "Your partner will never need earplugs again.", "never need earplugs again"),
    ("Energy drops", "Never reach for a third coffee again.", "Never reach for a third coffee again"),
    # one dose and the symptom is gone
    ("Essential oil blend", "A few drops and your headache melts away.", "A few drops and your headache melts away"),
    ("Nasal spray", "One spritz and the stuffiness clears.", "One spritz and the stuffiness clears"),
    ("Sleep spray", "Two sprays and your racing thoughts quieten down.", "Two sprays and your racing thoughts quieten down"),
    ("Cooling gel", "A single dab and the itch is gone.", "A single dab and the itch is gone"),
    ("Ginger shots", "One shot and the nausea settles.", "One shot and the nausea settles"),
    ("Throat lozenges", "One lozenge and the tickle disappears.", "One lozenge and the tickle disappears"),
    ("Period patch", "A single patch and the cramps fade.", "A single patch and the cramps fade"),
    ("Gas drops", "A few drops and the bloating subsides.", "A few drops and the bloating subsides"),
    ("Calm gummies", "Two gummies and your worries evaporate.", "Two gummies and your worries evaporate"),
    ("Muscle rub", "One quick rub and the stiffness eases off.", "One quick rub and the stiffness eases off"),
    # full recovery in a short time
    ("Elderberry syrup", "You'll be back on your feet in a day.", "back on your feet in a day"),
    ("Cold sachets", "Back to your old self within 24 hours.", "Back to your old self within 24 hours"),
    ("Flu sachets", "Right as rain by tomorrow.", "Right as rain by tomorrow"),
    ("Hangover IV drip", "Good as new in just an hour.", "Good as new in just an hour"),
    ("Sinus rinse", "You'll be back to normal within hours.", "back to normal within hours"),
    ("Immune shots", "Our shots get you fighting fit in two days.", "fighting fit in two days"),
    ("Recovery drink", "You will be firing on all cylinders overnight.", "firing on all cylinders overnight"),
    ("Zinc spray", "You will feel yourself again in no time.", "yourself again in no time"),
    ("Joint drops", "Pain-free within a day of starting.", "Pain-free within a day"),
    ("Cough syrup", "You will be back in action by the morning.", "back in action by the morning"),
    # medicine only masks symptoms (a comparison with medicine)
    ("Chiropractic care", "Chiropractic care treats the root of your pain instead of masking it like painkillers do.", "instead of masking it"),
    ("Acupuncture", "Acupuncture treats the cause rather than covering up the symptoms.", "rather than covering up the symptoms"),
    ("Gut protocol", "Our protocol heals the gut, unlike antacids that simply mask the problem.", "unlike antacids"),
    ("Herbal tonic", "It works with your body, not just masking symptoms.", "not just masking symptoms"),
    ("Reflexology", "Reflexology resolves the imbalance without numbing the pain.", "without numbing the pain"),
    ("Cupping therapy", "Cupping tackles the source instead of papering over it.", "instead of papering over it"),
    ("Eczema balm", "It repairs your skin barrier rather than suppressing the symptoms.", "rather than suppressing the symptoms"),
    ("Migraine drops", "Our drops fix the trigger instead of covering up the pain.", "instead of covering up the pain"),
    ("Sleep programme", "The programme retrains your sleep rather than masking it with pills.", "rather than masking it"),
    ("Homeopathic drops", "They heal from within instead of simply masking symptoms.", "instead of simply masking symptoms"),
    # nobody harmed, total peace of mind
    ("Acupuncture", "Acupuncture has helped millions and harms no one.", "harms no one"),
    ("Arnica cream", "Not a single customer has ever had a reaction.", "Not a single customer has ever had a reaction"),
    ("Baby balm", "No one has ever been harmed by our balm.", "No one has ever been harmed"),
    ("Herbal tea", "Nobody has ever reported a side effect.", "Nobody has ever reported a side effect"),
    ("Colic drops", "Parents can give it with total peace of mind.", "total peace of mind"),
    ("Teething gel", "Complete peace of mind for new parents.", "Complete peace of mind"),
    ("CBD balm", "It cannot hurt anyone.", "hurt"),
    ("Kids' vitamins", "Not one child has suffered a reaction.", "Not one child has suffered a reaction"),
    ("Detox tea", "None of our customers has ever had a problem.", "None of our customers has ever had a problem"),
    ("Sleep mask", "Absolute peace of mind, night after night.", "Absolute peace of mind"),
    # cure for every germ
    ("Ozone therapy", "Ozone kills every virus, bacterium and fungus it touches.", "kills every virus"),
    ("Silver spray", "Our silver spray destroys all known pathogens.", "destroys all known pathogens"),
    ("Oregano oil", "It wipes out any infection you throw at it.", "wipes out any infection"),
    ("UV wand", "This wand eliminates every germ on contact.", "eliminates every germ"),
    ("Garlic extract", "Garlic extract kills all types of bacteria.", "kills all types of bacteria"),
    ("Tea tree oil", "Tea tree oil neutralises every fungus on your skin.", "neutralises every fungus"),
    ("Colloidal silver", "It eradicates any virus in your system.", "eradicates any virus"),
    ("Grapefruit seed extract", "It zaps every parasite in your gut.", "zaps every parasite"),
    ("Honey salve", "This salve kills every single microbe in a wound.", "kills every single microbe"),
    ("Clove oil", "Clove oil destroys all mould spores in minutes.", "destroys all mould spores"),
    # drug metaphors by the serving and by where the "drug" grows
    ("Ginger shots", "Each shot is basically a spoonful of ibuprofen.", "a spoonful of ibuprofen"),
    ("Chamomile tea", "A cup of this is a dose of diazepam without the fog.", "a dose of diazepam"),
    ("Willow bark", "Willow bark is the painkiller that grows on trees.", "painkiller"),
    ("Passionflower", "Passionflower is the sedative that blooms in your garden.", "sedative"),
    ("Pre-workout powder", "It is a beta-blocker in a scoop.", "beta-blocker"),
    # certainty and universality
    ("Nettle tea", "There is no longer any doubt that nettle tea works.", "no longer any doubt that"),
    ("Cherry juice", "There's simply no debate anymore: it works.", "no debate anymore"),
    ("Arnica gel", "Centuries of use prove it works.", "Centuries of use prove it works"),
    ("Massage oil", "This oil relaxes absolutely anyone.", "relaxes absolutely anyone"),
    ("Cold balm", "Sniffles, sore throat or chesty cough: our balm handles them all.", "handles them all"),
    # comparisons with medicine in other words
    ("Neck clinic", "Our therapy does what painkillers can't.", "does what painkillers can't"),
    ("Breathing course", "It achieves in a week what years of medication couldn't.", "what years of medication couldn't"),
    ("Light therapy", "The light reaches places no drug can.", "places no drug can"),
    # speed, permanence and cure in other words
    ("Wound gel", "It closes cuts in days rather than weeks.", "in days rather than weeks"),
    ("Pressure tea", "It keeps your blood pressure down for good.", "keeps your blood pressure down for good"),
    ("Headache roll-on", "Relief before you've finished your tea.", "before you've finished your tea"),
    ("Sleep drops", "You'll be out like a light in under ten minutes.", "out like a light in under ten minutes"),
    ("Cold drops", "It dries up a streaming nose within the hour.", "within the hour"),
    ("Psoriasis cream", "Psoriasis doesn't stand a chance.", "Psoriasis doesn't stand a chance"),
    ("Retinol serum", "This serum reverses years of sun damage.", "reverses years of sun damage"),
    ("Sugar-balance drink", "It sluices excess sugar out of your bloodstream.", "sluices excess sugar out of your bloodstream"),
    # safety for every type, stage and organ
    ("Face oil", "It is suitable for every skin type.", "suitable for every skin type"),
    ("Baby oil", "Safe from the day your baby is born.", "Safe from the day your baby is born"),
    ("Herbal drops", "It is non-toxic to every organ.", "non-toxic to every organ"),
    ("Nausea bands", "They are safe to wear all the way through pregnancy.", "all the way through pregnancy"),
    ("Teething drops", "You can't give too many.", "can't give too many"),
    ("Gut powder", "Ashwagandha is an adaptogenic superstar.", "superstar"),
    ("Sea moss gel", "Sea moss is a once-in-a-generation discovery.", "once-in-a-generation"),
    ("Sleep drops", "Two drops and you'll be asleep within ten minutes.", "asleep within ten minutes"),
    ("Hangover IV drip", "Book a drip and feel brand new by lunchtime.", "brand new by lunchtime"),
    ("Turmeric capsules", "You can take it indefinitely without a second thought.", "without a second thought"),
    ("Vitamin IV clinic", "We've never had a client who didn't feel the difference.", "never had a client who didn't feel"),
    ("Gut powder", "Anyone who sticks with it for two weeks will feel the shift.", "Anyone who sticks with it"),
    ("Apple cider vinegar", "ACV is a true metabolic powerhouse, and if you take it before meals you'll see it.", "powerhouse"),
    # certainty as a verdict, a closed debate, a consensus of experts
    ("Collagen drink", "Dermatology has reached its verdict on collagen drinks.", "reached its verdict"),
    ("Fish oil capsules", "Cardiologists have finally delivered a clear verdict: fish oil protects the heart.", "delivered a clear verdict"),
    ("Zinc lozenges", "The research leaves no room for doubt about these lozenges.", "leaves no room for doubt"),
    ("Magnesium spray", "Sports scientists have long since stopped debating it.", "stopped debating"),
    ("Eye drops", "There's no debate among eye specialists about these drops.", "no debate among eye specialists"),
    ("Cranberry capsules", "Any urologist who reads the label will agree.", "Any urologist who reads the label will agree"),
    ("Probiotic yoghurt", "Every gastroenterologist who has tried it would recommend it.", "Every gastroenterologist who has tried it would recommend"),
    ("Vitamin D drops", "The science on this is closed.", "The science on this is closed"),
    ("Creatine powder", "The evidence about it is settled: it builds muscle.", "The evidence about it is settled"),
    ("Turmeric paste", "Rheumatology has given its verdict, and turmeric wins.", "given its verdict"),
    ("Sleep spray", "Experts have quit arguing about it.", "quit arguing"),
    ("Nasal rinse", "There is little real disagreement among doctors about this rinse.", "disagreement among doctors"),
    # speed: from the very first minute or morning, the next morning, a single brush, a size by the weekend
    ("Hearing aid", "Enjoy crystal-clear conversation from the very first minute.", "from the very first minute"),
    ("Light therapy lamp", "Feel the fog lift from the first morning.", "from the first morning"),
    ("Night cream", "You'll see results the very next morning.", "results the very next morning"),
    ("Eye gel", "Expect a visible difference by the next morning.", "difference by the next morning"),
    ("Whitening paste", "It whitens teeth in a single brush.", "whitens teeth in a single brush"),
    ("Anti-dandruff shampoo", "It clears flakes after just one wash.", "clears flakes after just one wash"),
    ("Slimming shake", "You will drop a dress size by the weekend.", "drop a dress size by the weekend"),
    ("Detox tea", "Shed five pounds by Friday.", "Shed five pounds by Friday"),
    ("Acne wipes", "Spots fade with a single swipe.", "fade with a single swipe"),
    ("Hair serum", "Frizz is gone from the very first wash.", "from the very first wash"),
    # a superlative as a summit, or against everything the seller has stocked
    ("Soothex gel", "Soothex is a cooling gel for aches. It is the final word in home pain relief.", "the final word in"),
    ("Spinal decompression", "We consider it the pinnacle of non-surgical spine care.", "the pinnacle of"),
    ("Massage gun", "It is the last word in muscle recovery.", "the last word in"),
    ("Eye drops", "These are the smoothest, most soothing drops we've ever stocked.", "we've ever stocked"),
    ("Protein bar", "Nothing beats it: the tastiest protein bar I've ever tried.", "I've ever tried"),
    ("Face serum", "This serum is the crème de la crème of anti-ageing care.", "crème de la crème"),
    # marketing nouns and adjectives
    ("Metabolism capsules", "It is a metabolic masterstroke.", "masterstroke"),
    ("Probiotic capsules", "Try our landmark 12-strain formula.", "landmark 12-strain formula"),
    ("Skin serum", "It is a genuinely disruptive formula.", "disruptive formula"),
    ("Cough syrup", "It is made to a closely guarded secret recipe.", "secret recipe"),
    # comparisons with medicine in other words: doing a drug's work, more than it could, making it look old
    ("Bakuchiol serum", "This serum does the work of retinoid creams.", "does the work of retinoid"),
    ("Berberine capsules", "It does the job of metformin for a fraction of the price.", "does the job of metformin"),
    ("Fasting plan", "Fasting does more than metformin ever could.", "does more than metformin ever could"),
    ("Saline rinse", "Rinsing makes antihistamines look old-fashioned.", "makes antihistamines look old-fashioned"),
    ("Arnica gel", "Our gel outshines anything the pharmacy sells.", "outshines anything the pharmacy"),
    # nothing else does it so well, nothing touches it
    ("Peppermint capsules", "Nothing else soothes a troubled stomach so well.", "Nothing else soothes a troubled stomach so well"),
    ("Magnesium spray", "Nothing on the shelf touches it.", "Nothing on the shelf touches it"),
    ("Ginger chews", "Nothing out there works as fast for travel sickness.", "Nothing out there works as fast"),
    # speed in a single week, gone in minutes, changed for good
    ("Hair oil", "Enjoy thicker, shinier hair in a single week.", "in a single week"),
    ("Sinus spray", "The pressure is gone in minutes.", "gone in minutes"),
    ("Adaptogen drink", "It permanently rewires your stress response.", "permanently rewires"),
    # universality by age and body type
    ("Collagen powder", "No one is too old to benefit from it.", "No one is too old to benefit"),
    ("Slimming tea", "It works on every body type.", "works on every body type"),
    ("Face oil", "This oil suits all skin types.", "suits all skin types"),
    # safety: not a single side effect, no risk to any group
    ("Sleep gummies", "There is not one side effect to worry about.", "not one side effect"),
    ("LED face mask", "The light carries zero risk to any skin type.", "zero risk"),
    # wonder products, landmarks, worst-kept secrets
    ("Cider vinegar gummies", "These wonder gummies curb cravings.", "wonder gummies"),
    ("TENS unit", "It is a landmark in home pain care.", "landmark in home pain care"),
    ("Castor oil", "It is the beauty world's worst-kept secret.", "worst-kept secret"),
    # detox as a deep clean or a reset button, a drug metaphor with a living drug
    ("Cider vinegar gummies", "They give your liver a deep clean.", "give your liver a deep clean"),
    ("Fasting plan", "Fasting hits reset on your metabolism.", "hits reset on"),
    ("Kefir", "Kefir is a living antibiotic for your gut.", "living antibiotic"),
    # certainty beyond argument, science that has spoken, zero debate
    ("Omega-3 capsules", "The evidence is beyond argument.", "is beyond argument"),
    ("CBD drops", "Science has spoken: these drops calm anxiety.", "Science has spoken"),
    ("Fasting app", "There is zero debate left among researchers.", "zero debate left among researchers"),
    # universality: every woman will benefit, no man will fail to, whatever the cause it will help
    ("Menopause gummies", "Every woman in perimenopause will benefit.", "Every woman in perimenopause will benefit"),
    ("Prostate capsules", "No man over forty will fail to benefit.", "No man over forty will fail to benefit"),
    ("Tinnitus drops", "Whatever the cause of your tinnitus, HushDrops will help.", "HushDrops will help"),
    # speed after a single session, before the gel has dried
    ("Microneedling pen", "Wrinkles are smoothed out after a single session.", "smoothed out after a single session"),
    ("Arnica gel", "Stiffness melts away before the gel has dried.", "before the gel has dried"),
    # drug metaphors as a wearable or chewable medicine
    ("Elderberry chews", "A chewable Tamiflu for the cold season.", "chewable Tamiflu"),
    ("TENS unit", "It is like a morphine pump on your belt.", "morphine pump on your"),
    ("Red clover capsules", "Think of it as a hormone patch grown in a meadow.", "hormone patch"),
    # safety throughout pregnancy, even with a condition, all day every day
    ("Raspberry leaf tea", "It is safe to drink by the pot throughout pregnancy.", "throughout pregnancy"),
    ("Ear drops", "The drops are safe even with a perforated eardrum.", "safe even with a perforated eardrum"),
    ("Posture brace", "It is harmless to wear all day, every day.", "harmless to wear all day"),
    # cure: sight restored, ringing silenced; detox as a spring-clean or toxins dragged out
    ("Eye vitamins", "These vitamins restore sight lost to macular degeneration.", "restore sight lost to macular degeneration"),
    ("Tinnitus drops", "These drops silence the ringing in your ears.", "silence the ringing in your ears"),
    ("Fasting app", "Fasting spring-cleans every cell in your body.", "spring-cleans every cell"),
    ("Oil pulling", "Oil pulling drags toxins out through your gums.", "drags toxins out"),
    ("Diclofenac alternative", "Our cream outworks diclofenac gel on sore knees.", "outworks diclofenac"),
    # speed: gone in an instant, vanishing on contact, a trigger and the symptom gone, off for good
    ("Menthol stick", "Rub it on your temples and the headache is gone instantly.", "gone instantly"),
    ("Cooling gel", "The itch vanishes the instant the gel touches your skin.", "vanishes the instant the gel touches"),
    ("Clove drops", "Two drops on the gum and the throbbing has completely disappeared.", "Two drops on the gum and the throbbing has completely disappeared"),
    ("Sleep spray", "Your racing mind switches off like a light.", "switches off like a light"),
    ("Juice cleanse", "After the cleanse the bloat is off for good.", "off for good"),
    ("Hair serum", "The regrowth stays with you forever.", "stays with you forever"),
    ("Fungal nail paint", "It sorts out nail fungus overnight, and permanently.", "overnight, and permanently"),
    # superlative: in a class by itself, no other as potent, streets ahead, nothing more X than the product
    ("Reishi capsules", "Reishi is in a class by itself for immune support.", "in a class by itself"),
    ("Vitamin C serum", "Our serum is simply untouchable.", "untouchable"),
    ("Beetroot shots", "No other shot on the market is as potent as ours.", "No other shot on the market is as potent as"),
    ("Kefir", "There is no drink better for your gut than kefir.", "no drink better for your gut than"),
    ("Peppermint capsules", "These capsules are streets ahead of anything else for cramps.", "streets ahead of anything"),
    # drug comparison: forget the pills, why you ever bothered, more relief than, pills made pointless
    ("Arnica balm", "Forget your ibuprofen tablets and reach for the balm.", "Forget your ibuprofen tablets"),
    ("Magnesium oil", "You will wonder why you ever bothered with painkillers.", "wonder why you ever bothered with"),
    ("Heat wrap", "I got more relief from the wrap than I ever did from codeine.", "more relief from the wrap than I ever did from codeine"),
    ("Ginger chews", "They settle nausea better than anything from the pharmacy.", "than anything from the pharmacy"),
    ("Honey lozenges", "These lozenges make cough medicines look pointless.", "make cough medicines look pointless"),
    # drug metaphor: a herbal answer, a drug in a bottle, a drug from the forest
    ("Valerian tea", "Valerian is the herbal answer to a sleeping pill.", "herbal answer to a sleeping pill"),
    ("Willow bark", "Willow bark is aspirin in a cup.", "aspirin in a cup"),
    ("Pau d'arco", "It is like an antibiotic from the rainforest.", "like an antibiotic from the rainforest"),
    # safety: never harmed anyone, could do no harm, never a single ill effect, safe with any medicine
    ("Infrared sauna", "Our sauna has never harmed a single client.", "never harmed a single client"),
    ("Gripe water", "It couldn't do your baby the slightest harm.", "couldn't do your baby the slightest harm"),
    ("Aloe juice", "I drink it daily and never get a single side effect.", "never get a single side effect"),
    ("Hemp oil", "It is completely safe alongside any prescription medication.", "completely safe alongside any prescription medication"),
    # universality: not one customer disappointed, whatever your condition, a 100 per cent success rate
    ("Foot spa", "Not one of our customers has ever been disappointed.", "Not one of our customers has ever been disappointed"),
    ("Raw food plan", "No matter what condition you have, this plan will help.", "No matter what condition you have"),
    ("Back brace", "The brace has a 100 per cent success rate.", "100 per cent success rate"),
    ("Gut powder", "There isn't a person alive who wouldn't feel better on it.", "There isn't a person alive who wouldn't"),
    # detox and cure: swept out of the body, pathogens wiped from the body; miracle: miraculous results, a godsend
    ("Clay drink", "The clay grabs toxins and sweeps them out of your system.", "sweeps them out of your system"),
    ("Silver drops", "The drops kill bacteria, viruses and fungi throughout the body.", "kill bacteria, viruses and fungi throughout the body"),
    ("Sauna blanket", "The results have been genuinely miraculous.", "results have been genuinely miraculous"),
    ("Sea buckthorn oil", "This oil is a skincare unicorn.", "a skincare unicorn"),
    ("Shilajit resin", "No wonder influencers call it a cure-all.", "cure-all"),  # hearsay repeated with approval
    # permanence said of results, habits locked in for good, settling within half an hour
    ("Laser comb", "The results are permanent.", "results are permanent"),
    ("Posture app", "Within weeks your spine is retrained permanently.", "retrained permanently"),
    ("Bitter melon tea", "Readings drop within half an hour of a cup.", "drop within half an hour"),
    # superlative: nothing in the same league, nothing on earth richer, a city's finest, the only one of its kind
    ("Sea moss gel", "No other supplement is even in the same league.", "No other supplement is even in the same league"),
    ("Spirulina", "No food on earth is richer in protein than spirulina.", "No food on earth is richer"),
    ("Float spa", "We are Glasgow's finest float centre, hands down.", "Glasgow's finest"),
    ("Hearing drops", "EarGlow is the only treatment of its kind on the market.", "the only treatment of its kind on the market"),
    # safety: no amount can hurt, nothing in it could harm, no way it can harm
    ("Ashwagandha gummies", "No dose of these gummies could harm you.", "No dose of these gummies could harm"),
    ("Baby balm", "There is nothing in our balm that could hurt a baby.", "nothing in our balm that could hurt"),
    ("Foot patches", "There is no way these patches can harm you.", "no way these patches can harm"),
    # universality: no one alive who would not benefit, no germ survives, yet to meet someone it failed
    ("Cold shower course", "There isn't a woman alive who wouldn't benefit.", "There isn't a woman alive who wouldn't"),
    ("Oregano oil", "There is no germ that can survive a drop of it.", "There is no germ that can survive"),
    ("Breathwork class", "I have yet to find a student it didn't help.", "yet to find a student it didn't help"),
    ("Zinc syrup", "Pharmacists across the country recommend it.", "Pharmacists across the country recommend"),
    # drug comparison and metaphor: rivals prescription drugs, as strong as injections, a drug in leaf form
    ("Green coffee pills", "The pills rival prescription weight-loss drugs.", "rival prescription weight-loss drugs"),
    ("Tongkat ali", "It is as potent as testosterone injections.", "as potent as testosterone injections"),
    ("Bitter melon capsules", "A spoonful is basically metformin in powder form.", "metformin in powder form"),
    ("Rhodiola", "Rhodiola is Siberia's own antidepressant.", "Siberia's own antidepressant"),
    ("Magnesium spray", "This spray is a cheat code for sore muscles.", "cheat code"),
    # drug similes: like having a drug, your own bottle of it, described as one
    ("NightEase drops", "Honestly, taking it is like having a sleeping pill on tap.", "like having a sleeping pill"),
    ("FrostZone cryotherapy", "The feeling afterwards is like a painkilling injection without the needle.", "like a painkilling"),
    ("FlexiBand brace", "Wearing it feels like an ibuprofen drip strapped to your knee.", "feels like an ibuprofen"),
    ("Ease gummies", "Each gummy is like popping a paracetamol, minus the chemicals.", "like popping a paracetamol"),
    ("Calmara oil", "Think of Calmara as your own little bottle of lorazepam.", "own little bottle of lorazepam"),
    ("Calmara oil", "We describe it as basically a Gaviscon for your whole gut.", "describe it as basically a Gaviscon"),
    # superlatives: hyphenated, money can buy, ever made, of any product
    ("Glow gummies", "This is the hardest-working vitamin gummy money can buy.", "hardest-working vitamin gummy money can buy"),
    ("PureBrew coffee", "Our founder calls it the cleanest cup of coffee ever brewed.", "cleanest cup of coffee ever brewed"),
    ("Zest serum", "The purest vitamin C serum ever bottled.", "purest vitamin C serum ever bottled"),
    ("Lumo mat", "It has the strongest field of any mat we have seen.", "strongest field of any mat"),
    # speed and permanence: from night one, stays gone, before the bottom of the mug
    ("Deep Rest powder", "Your insomnia ends on night one and stays gone.", "ends on night one"),
    ("Scalp serum", "The itching stops from day one.", "stops from day one"),
    ("Clear patch", "The spots fade and then stay away for good.", "stay away for good"),
    ("FocusBrew coffee", "The brain fog clears before you reach the bottom of the mug.", "reach the bottom of the mug"),
    # universality: nobody in the group disappointed, whatever the cause
    ("CurcuFlex capsules", "Not one person in our tester group was left disappointed.", "left disappointed"),
    ("CurcuFlex capsules", "Not a single member of our trial panel went away unhappy.", "went away unhappy"),
    ("PulseBand device", "Whatever is causing your back pain, PulseBand will sort it.", "PulseBand will sort"),
    ("JointEase cream", "Whatever is behind your knee pain, this cream will fix it.", "this cream will fix"),
    # absolute safety: not a shred of risk
    ("HydroPure bottle", "There's not a shred of risk to your liver or kidneys.", "not a shred of risk"),
    ("Calm drops", "There is not a trace of danger for your heart.", "not a trace of danger"),
    ("Sleep spray", "Not an ounce of risk, even for your kidneys.", "Not an ounce of risk"),
    # detox and reset: mops up toxins, washes away waste, resets the stress response
    ("HydroPure bottle", "It mops up the toxic free radicals that age you.", "mops up the toxic"),
    ("Pure Flow hydrotherapy", "A course washes away years of trapped waste and toxins.", "washes away years of trapped waste"),
    ("Calm Leaf oil", "It resets your stress response from the ground up.", "resets your stress response"),
    # miracle: liquid magic, mythical powers, rewriting the rules
    ("Calm Leaf oil", "Honestly, it feels like liquid magic.", "liquid magic"),
    ("Lion's mane coffee", "A fungus with near-mythical powers.", "near-mythical powers"),
    ("HydroPure bottle", "H2 is the tiny molecule set to rewrite the rules of health.", "set to rewrite the rules"),
    ("Sleep tea", "This tea rewrites the rulebook of sleep.", "rewrites the rulebook of sleep"),
    # drug comparison: leaves a drug standing
    ("Deep Rest powder", "Deep Rest leaves zopiclone and every other sleeping pill standing.", "leaves zopiclone and every other sleeping pill standing"),
    ("JointEase cream", "It leaves ibuprofen gel for dust.", "leaves ibuprofen gel for dust"),
    ("Arnica gel", "Ditch the ibuprofen and reach for arnica.", "Ditch the ibuprofen"),
    ("Sleep headband", "It gives you the knockout power of a sleeping pill minus the morning fog.", "power of a sleeping pill minus"),
    ("Pain patch", "All the strength of ibuprofen without the stomach upset.", "strength of ibuprofen without"),
    # the gold standard, the last product you will buy
    ("Ashwagandha capsules", "Ashwagandha is the gold-standard adaptogen.", "is the gold-standard adaptogen"),
    ("Sleep headband", "You'll never need another sleep product.", "never need another sleep product"),
    ("Foot cream", "You won't ever have to buy another foot cream.", "have to buy another foot cream"),
    # universality: no reader said it failed, everyone swears by it
    ("Aloe juice", "Not one reader told us it failed.", "Not one reader told us it failed"),
    ("Cherry juice", "Every gout sufferer I've spoken to swears by it.", "swears by it"),
    ("Cherry juice", "All my clients swear by it.", "All my clients swear by it"),
    ("Cold showers", "It is the free secret Big Pharma would rather you ignored.", "Big Pharma would rather you ignored"),
    # drug metaphors: a pharmacy in a bottle, a drug straight from the garden
    ("Kefir drink", "It is a probiotic pharmacy in a bottle.", "pharmacy in a bottle"),
    ("Passionflower tea", "It's basically Xanax straight from the garden.", "Xanax straight from the garden"),
    # absolute safety that holds "even if", harm verbs for the body's balance; reset targets
    ("Cold showers", "There is no risk whatsoever to your heart, even if you're older.", "no risk"),
    ("Fasting plan", "It will not upset your hormone balance.", "will not upset your hormone"),
    ("Rhodiola drops", "It resets a burned-out HPA axis.", "resets a burned-out HPA axis"),
    ("Slippery elm powder", "It resets your entire digestive tract.", "resets your entire digestive tract"),
    # speed and permanence: in just days, from ever coming back, before the bag is empty, permanent relief
    ("Eye capsules", "Expect noticeably clearer vision in just 7 days.", "in just 7 days"),
    ("Cold sore cream", "Vireo keeps cold sores from ever coming back.", "from ever coming back"),
    ("IV lounge", "You'll feel the difference before the bag is empty.", "before the bag is empty"),
    ("Spinal clinic", "Enjoy permanent relief after a single course.", "permanent relief"),
    ("Sleep headband", "It retrains your brain to sleep properly for good.", "retrains your brain to sleep properly for good"),
    # the writer's own ranking, hyphenated superlatives, the best you will ever buy
    ("ACV tonic", "Pound for pound, I'd call it the most powerful fat burner in your kitchen.", "call it the most powerful"),
    ("Garlic capsules", "Garlic is hands down the heart-healthiest food on earth.", "heart-healthiest food on earth"),
    ("Cod liver oil", "It's the best thing you'll ever buy for your joints.", "best thing you'll ever buy"),
    # miracles: what the world has waited for, sorcery, a healing superpower
    ("Ashwagandha gummies", "It is the stress solution the world has been waiting for.", "the world has been waiting for"),
    ("Blue light glasses", "These lenses work like pure sorcery.", "pure sorcery"),
    ("Grounding mat", "It's like being handed a healing superpower.", "healing superpower"),
    # speed with no number, a drug for another organ from the hedgerow, more than any pharmacy
    ("Blue light glasses", "Screen headaches melt away within minutes of putting them on.", "melt away within minutes"),
    ("Milk thistle", "Think of it as statins for the liver, straight from the hedgerow.", "statins for the liver, straight from the hedgerow"),
    ("Milk thistle", "It does more for your liver than any pharmacy shelf.", "than any pharmacy shelf"),
    # universality: no one alive of a kind, never heard of it failing, no one it doesn't help
    ("Blue light glasses", "There isn't a screen worker alive who won't benefit.", "screen worker alive"),
    ("Oil pulling", "I've never heard of it failing a single person.", "never heard of it failing"),
    ("Grounding mat", "There's no one it doesn't help.", "no one it doesn't help"),
    # an organ never harmed, in the passive
    ("Garlic capsules", "Your liver won't be troubled in the slightest, however much you eat.", "won't be troubled in the slightest"),
    ("Sleep spray", "Your kidneys will never be harmed, whatever dose you take.", "will never be harmed"),
    # detox by drawing toxins out, a spring clean for the gut
    ("Detox foot pads", "The pads draw stored toxins out of your body overnight.", "draw stored toxins out"),
    ("Clay bath", "It pulls heavy metals out of your skin.", "pulls heavy metals out"),
    ("Probiotic drops", "It gives your whole gut a top-to-bottom spring clean.", "spring clean"),
    # universality: works on everybody, whatever the gut is doing
    ("Zinc lozenges", "It works on literally everybody I've handed one to.", "works on literally everybody"),
    ("FloraNine capsules", "Whatever your gut is doing, FloraNine sorts it out.", "FloraNine sorts"),
    # speed: before a blink, after one session
    ("Eye drops", "The redness melts away before you've blinked twice.", "before you've blinked"),
    ("Face mask", "Visibly smoother skin after one ten-minute session.", "smoother skin after one ten-minute session"),
    # miracles and superlatives: redefines what it can be, the discovery of the decade, in its league
    ("Hearing aid", "It redefines what a hearing aid can be.", "redefines what a hearing aid can be"),
    ("Menopause capsules", "It is the menopause discovery of the decade.", "discovery of the decade"),
    ("Joint cream", "Nothing in the pharmacy aisle is in its league.", "in its league"),
    # a medicine's work without its worry; no harm however often; disease in retreat
    ("Menopause capsules", "Everything hormone therapy does, minus the worry.", "Everything hormone therapy does, minus"),
    ("Arnica balm", "Rub it on ten times a day and come to no harm.", "come to no harm"),
    ("Berberine capsules", "It can send type 2 diabetes into full retreat.", "send type 2 diabetes into full retreat"),
    ("Beetroot juice", "It does more for your arteries than a cupboard full of blood pressure tablets.", "cupboard full of"),
    ("Epsom salts", "It's a muscle relaxant you pour from a bag.", "muscle relaxant you pour"),
    ("Cupping at The Willow Clinic", "Honestly, it's an epidural for your shoulders.", "epidural for your shoulders"),
    ("Quercetin capsules", "There's no dose that would ever strain your kidneys.", "no dose that would ever strain"),
    ("Salt cave", "Nothing here could harm a child's lungs.", "Nothing here could harm"),
    ("Cupping at The Willow Clinic", "Cupping lifts stagnant toxins to the surface for removal.", "toxins to the surface"),
    ("Cupping at The Willow Clinic", "It releases deep tension permanently in one visit.", "releases deep tension permanently"),
    # a gerund of using the product is the product as the subject
    ("Zenroot tea", "Drinking a cup is just like taking a Valium, only gentler.", "like taking a Valium"),
    ("Calm capsules", "Taking two capsules is like having a sleeping pill on tap.", "like having a sleeping pill"),
    # forms written for this change: exclusive verbs, drug similes from the land, authority, speed by a moment, permanence
    ('Marrowbone broth', 'Among gut remedies, Marrowbone broth reigns supreme.', 'reigns supreme'),
    ('Calmpod tea', 'For bedtime, Calmpod towers over the rest.', 'towers over the rest'),
    ('Flexura rub', 'No liniment on any shelf, anywhere, comes within a mile of Flexura.', 'comes within a mile'),
    ('Thumpa massager', 'No other massager, at any price, delivers what the Thumpa delivers.', 'delivers what'),
    ('Nervex pad', 'No pain device ever invented rivals the Nervex pad.', 'ever invented rivals'),
    ('Collaflex peptides', 'Nothing you add to your breakfast does more for your knees than Collaflex.', 'does more for'),
    ('Zinquo lozenges', 'These lozenges are the undisputed heavyweight champion of winter.', 'undisputed heavyweight champion'),
    ('Stillmind app', 'Stillmind is the greatest tool ever devised for a racing mind.', 'ever devised'),
    ('Dreamcup cocoa', "There's no better bedtime drink anywhere in the world.", 'anywhere in the world'),
    ('Restora band', 'It is the last recovery purchase you will ever make.', 'you will ever make'),
    ('Arcticplunge tub', "You won't find a more potent daily habit than the Arcticplunge.", 'more potent'),
    ('Spinerite sessions', 'One session does more for back pain than a month of NSAIDs.', 'a month of NSAIDs'),
    ('Cocobar chocolate', 'A square protects your heart better than a daily aspirin.', 'a daily aspirin'),
    ('Hoplull extract', 'Each capsule is a benzo grown in a Bavarian field.', 'benzo grown in'),
    ('Zingo chews', "Zingo is the kitchen's own anti-nausea pill.", 'own anti-nausea pill'),
    ('Rootcalm powder', 'I call it my Xanax from the soil.', 'Xanax from the soil'),
    ('Colicare drops', 'Ask any mum: Colicare drops calm every colicky baby.', 'every colicky baby'),
    ('Omegavita softgels', 'Every cardiologist I know takes Omegavita themselves.', 'Every cardiologist'),
    ('Backwell clinic', "There's no back problem our chiropractors can't help.", "can't help"),
    ('Zinquo lozenges', "There's zero doubt that Zinquo shortens every cold.", 'zero doubt'),
    ('Travelband', 'Car sickness is gone in the time it takes to click the band shut.', 'in the time it takes'),
    ('Crampease patch', 'Cramps release before you can count to ten.', 'before you can count'),
    ('Eyeglow drops', 'Red eyes turn bright white in three seconds flat.', 'seconds flat'),
    ('Blisterheal gel', 'The blister is gone by breakfast.', 'gone by breakfast'),
    ('Babysoothe gel', 'Your baby will stop crying the instant the gel goes on.', 'the instant the gel'),
    ('Guthealth broth', 'Guthealth broth seals a leaky gut forever.', 'forever'),
    ('Colonclean kit', 'A colonic clears years of trapped waste from your intestines.', 'years of trapped waste'),
    ('Juicereset plan', 'Three days on our juices and your whole system is reset.', 'whole system is reset'),
    ('Toxout footbath', 'Watch the water change colour as the toxins leave your feet.', 'toxins leave'),
    ('Plungepro tub', 'Plunging is easy on the heart at any age.', 'at any age'),
    ('Palmetto Plus', 'Palmetto Plus is harmless for every man.', 'harmless for every man'),
    ('Breezemist spray', "Use it as often as you like; you can't get hooked.", 'get hooked'),
    ('Regenix injection', 'A single injection lasts a lifetime.', 'lasts a lifetime'),
    ('Strongage creatine', 'It undoes decades of muscle loss.', 'undoes decades of'),
    ('Lutevia gummies', 'The gummies keep protecting your retinas for life.', 'for life'),
    ('Tummykind drops', 'The drops are gentle on even the most sensitive stomach.', 'even the most'),
    ('Kidneysafe creatine', "It won't put any load on your kidneys.", 'load on your kidneys'),
    ('Cryonova chamber', 'The cold drives toxins out through your lymph.', 'drives toxins out'),
    ('Berrybright syrup', 'It keeps every child in the house well all winter.', 'keeps every child'),
    ('Snorestop strips', 'The strips work whatever is causing the noise.', 'whatever is causing'),
    ('Nasalwell strips', 'It does what a CPAP machine does without the mask.', 'does what a CPAP machine does'),
    ('Sleepring', 'Sleep scientists agree.', 'scientists agree'),
    ('Gutscan kit', 'The kit catches every hidden food intolerance.', 'catches every hidden'),
    ('Blackseed oil', 'It mixes safely with any prescription.', 'mixes safely'),
    ('Fishrite capsules', 'It is fine to combine with any prescription.', 'fine to combine'),
    ('Zinquo lozenges', "They won't clash with anything else in your cabinet.", 'clash with anything'),
    ('Moringo powder', 'Moringo is safe for every stage of life.', 'every stage of life'),
    ('Bluecalm glasses', 'Shield your retinas from all screen damage.', 'from all screen damage'),
    ('Somnaring', 'Somnaring fixes broken sleep in as little as a week.', 'in as little as'),
    ('Breatheasy oil', 'It opens your airways in minutes.', 'in minutes'),
    ('Colostrix powder', 'Colostrix is backed by hundreds of human trials.', 'backed by hundreds'),
    ('Shilamax resin', 'Decades of rigorous human trials back up every claim.', 'Decades of rigorous human trials back'),
    ('Shilamax resin', 'Every man over 40 who tries it notices the change.', 'who tries it notices'),
    ('Posturefix brace', 'Orthopaedic specialists unanimously back it.', 'unanimously back'),
    ('Moringo powder', 'Nothing that grows out of the ground can touch it.', 'can touch'),
    ('Snoozebear gummies', 'Kids are asleep ten minutes after chewing.', 'asleep ten minutes after'),
    # more forms: comparisons with treatments, similes of a drug in another form, settled evidence, prevention certainty
    ('ImmunoShot', 'One shot does a better job than your yearly flu jab.', 'better job than your yearly flu jab'),
    ('FlexBand', 'FlexBand is more effective than a course of physiotherapy.', 'a course of physiotherapy'),
    ('HairNova PRP', 'HairNova succeeds where minoxidil and finasteride have failed.', 'succeeds where minoxidil'),
    ('FocusChews', 'FocusChews are a chewable alternative to Ritalin.', 'chewable alternative to Ritalin'),
    ('VitaOne', 'VitaOne replaces every supplement in your cupboard.', 'replaces every supplement'),
    ('HydraMax', 'HydraMax hydrates three times faster than plain water.', 'three times faster than'),
    ('FloatHaven', 'A float at FloatHaven is a Xanax you can climb into.', 'Xanax you can climb into'),
    ('MycoShield capsules', 'MycoShield is chemo in capsule form.', 'chemo in capsule form'),
    ('MindReset drip', 'It is the closest thing to a reset button for the brain.', 'closest thing to a reset button'),
    ('FertiBloom acupuncture', 'It is the most powerful fertility ally outside an IVF lab.', 'outside an IVF lab'),
    ('CellBoost drip', 'Large trials have settled the question.', 'settled the question'),
    ('BabyAlign clinic', 'The research backing infant adjustments is rock solid.', 'rock solid'),
    ('GlowDerm serum', 'Dermatologists everywhere are recommending it.', 'everywhere are recommending'),
    ('FertiBloom acupuncture', 'Every couple we treat sees a difference.', 'Every couple we treat sees'),
    ('BabyAlign clinic', 'Every doctor who has studied it agrees.', 'Every doctor who has studied it agrees'),
    ('ZincShield', "You won't catch another cold all winter.", 'catch another cold'),
    ('ZincShield', 'ZincShield will stop colds before they start.', 'before they start'),
    ('HangoverHero', 'It wipes out a hangover before breakfast.', 'before breakfast'),
    ('DeepRest pillow', 'Enjoy deeper sleep from night one.', 'from night one'),
    ('HairNova PRP', 'The results are instant.', 'results are instant'),
    ('HairNova PRP', 'Expect new growth in as little as two weeks.', 'in as little as'),
    ('BabyAlign clinic', 'Colic clears up after one or two visits.', 'after one or two visits'),
    ('YouthCell', 'YouthCell turns back your biological clock.', 'turns back your biological clock'),
    ('CellBoost drip', 'It will recharge every cell in your body.', 'every cell in your body'),
    ('FloatHaven', 'It is safe for literally every body.', 'every body'),
    ('FloatHaven', 'Nothing could be safer for mums-to-be.', 'Nothing could be safer'),
    ('HearWell buds', "You won't need another hearing device, ever.", 'another hearing device'),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentence", "phrase"), NEW_FORMS)
def test_new_forms_are_found_in_many_wordings(title: str, sentence: str, phrase: str) -> None:
    assert any(phrase in text for _, text in flagged(article(title, sentence))), flagged(article(title, sentence))


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Calm course", "You may never feel completely free of anxiety, and that is normal."),  # hedged
        ("Sleep tonic", "Will you never toss and turn again? Probably not."),  # a question, answered no
        ("Measles vaccine", "After two doses, most people will never get measles again."),  # usual, about the vaccine's page
        ("Nasal spray", "One spray in each nostril and then wait five minutes before blowing your nose."),  # directions
        ("Cold sachets", "Most people are back to normal within a week or two, with or without treatment."),
        ("Flu", "Do not expect to be back on your feet in a day."),  # negated
        ("Painkillers", "Painkillers can mask the pain of a serious injury, so see a doctor if it persists."),  # no product
        ("Acupuncture", "Acupuncture has been studied for back pain, with mixed results [2]."),
        ("Arnica cream", "A few customers have had a skin reaction, so test a small patch first."),
        ("Handwash", "Soap and water remove most germs from your hands."),  # about soap, not the product's universality
        ("Oregano oil", "No supplement kills every virus."),  # negated subject
        ("Baby balm", "Ask a pharmacist for peace of mind before using any cream on a newborn."),
        ("Senna tea", "Senna is a stimulant laxative, so use it for a few days at most."),  # a plant's action, said plainly
        ("Coffee", "Coffee is a mild diuretic."),
        ("Folic acid tablets", "Take one tablet a day throughout your pregnancy."),  # advice, not a safety promise
        ("Sleep hygiene", "Most people fall asleep within 20 minutes of going to bed."),
        ("Cryotherapy chamber", "Our chamber is the coldest in the region."),  # a temperature, not a benefit
        ("Turmeric capsules", "Ask your doctor before you take it for more than a few months."),
        ("Vitamin IV clinic", "If you never feel a difference after three sessions, stop."),
        ("Elderberry syrup", "Trials started treatment within 48 hours of the first symptoms [3]."),
        ("Sleep app", "It was the most downloaded sleep app of 2023."),  # statistical
        ("Retreat", "The retreat is the most remote in the country."),
        ("Nettle tea", "There is no doubt that more research is needed."),
        ("Light therapy", "No drug can reach every part of the brain, and neither can light."),
        ("Face oil", "Is it suitable for every skin type? Patch-test it first."),
        ("Baby oil", "Is it safe from the day your baby is born? Ask your midwife."),
        ("Fish oil capsules", "The jury is still out on fish oil and the heart."),  # an open question
        ("Zinc lozenges", "The trial left room for doubt, because only 40 people took part [2]."),
        ("Magnesium spray", "Sports scientists are still debating whether it helps."),
        ("Eye drops", "There is debate among eye specialists about how often to use them."),
        ("Cranberry capsules", "A urologist who reviewed the trials did not agree that they prevent infections."),
        ("Vitamin D drops", "Has science reached a verdict on vitamin D? Not yet."),  # a question
        ("Night cream", "Some redness the next morning is normal and fades."),  # a harm's timing
        ("Whitening paste", "Brush twice a day for two minutes."),  # directions
        ("Slimming shake", "Do not expect to drop a dress size by the weekend."),  # negated
        ("Massage gun", "The peak of muscle soreness comes a day or two after exercise."),  # a harm's peak
        ("Migraine", "The best-studied treatment is a triptan, which has a landmark trial behind it [4]."),  # cited
        ("Raynaud's", "Raynaud's phenomenon makes fingers turn white in the cold."),  # a condition's name
        ("Metformin", "Metformin does the job of lowering blood sugar in most people with type 2 diabetes [3]."),  # cited
        ("Magnesium spray", "If nothing else soothes your cramps so well, see your GP about them."),  # a condition
        ("Sinus spray", "If the pressure is gone in minutes, you may not need a second dose."),  # a condition
        ("Collagen powder", "Is anyone too old to benefit? Nobody knows yet."),
        ("Face oil", "It may not suit all skin types, so patch-test it first."),  # hedged
        ("Kefir", "Kefir contains living bacteria, but it is not an antibiotic."),
        ("Ginger chews", "Does anything on the shelf touch ginger for travel sickness? Not in the trials [3]."),  # asked
        ("Antibiotics for children", "Usually it is mild and settles within a few days of finishing the course."),  # as a rule
        ("Turmeric", 'Some have read online that it is "nature\'s ibuprofen", but trials disagree.'),  # reported, quoted
        ("Magnesium glycinate", "It is magnesium bound to the amino acid glycine."),  # chemistry, not certainty
        ("Magnesium glycinate", "Start with one capsule a day and build up slowly."),  # directions
        ("Iron tablets", "Take the tablets before breakfast with a glass of orange juice."),  # directions
        ("Physiotherapy", "Most people improve considerably within about six weeks."),  # a measured estimate
        ("Omega-3 capsules", "Whether it prevents heart attacks is not beyond argument."),
        ("Menopause gummies", "Not every woman in perimenopause will benefit, and some feel no change."),
        ("Raspberry leaf tea", "It is not known whether it is safe throughout pregnancy, so ask your midwife."),
        ("Ear drops", "Never use drops with a perforated eardrum."),
        ("Eye vitamins", "No vitamin can restore sight lost to macular degeneration."),
        ("Tinnitus", "The ringing gets louder the moment your head hits the pillow."),  # a symptom's timing, no product
        ("Menthol stick", "Is the headache gone instantly? Rarely."),  # a question
        ("Menthol stick", "The headache may be gone within minutes for some people."),  # hedged
        ("Reishi capsules", "Penicillin was in a class by itself in 1945."),  # another subject
        ("Beetroot shots", "No other shot on the market claims to be as potent as ours, and we would not claim it either."),
        ("Arnica balm", "Don't forget your ibuprofen tablets if the pain is severe."),  # advice, negated
        ("Valerian tea", "Valerian is not a herbal answer to a sleeping pill."),  # negated
        ("Infrared sauna", "No trial has shown the sauna never harmed anyone."),  # negated evidence
        ("Foot spa", "Not one of the trial's 40 volunteers was cured [2]."),  # cited, and no promise
        ("Back brace", "No brace has a 100 per cent success rate."),  # negated
        ("Clay drink", "Your kidneys filter waste and carry it out of your body in urine."),  # the body's own work
        ("Sauna blanket", "Claims that the results are miraculous are not supported by any trial."),  # critique
        ("Castor oil packs", "I recommended the packs to friends and they found them soothing."),  # plain report
        ("Migraine app", "Headlines call the app a cure for migraine, but the trial does not show that."),  # hearsay
        ("Zinc capsules", "The zinc supports your body's own hormone production."),  # the body's, no drug metaphor
        ("Laser comb", "The side effects are not permanent and fade within days."),  # harms, and negated
        ("Spirulina", "No food on earth is a complete diet, spirulina included."),  # no comparison
        ("Hearing drops", "It is the only treatment of its kind that has been tested in a trial [3]."),  # cited, no scope
        ("Ashwagandha gummies", "No dose has been shown to be safe in pregnancy."),  # evidence, not safety
        ("Sertraline", "Sertraline is the UK's most prescribed antidepressant."),  # a fact about the drug itself
        ("Zinc syrup", "Pharmacists across the country report shortages of the syrup."),  # no endorsement
        ("Foot patches", "There is no way to know whether the patches work."),  # an open question
        ("Wound gel", "Wait until the gel has dried before you dress the wound."),
        ("Kinesio tape", "The needle feels like a flu jab."),  # a sensation, not a drug's effect
        ("Turmeric capsules", "Like a statin, it can cause muscle aches."),  # a harm shared
        ("Turmeric capsules", "Like ibuprofen, turmeric may irritate the stomach."),
        ("Magnesium tablets", "Keep a bottle of ibuprofen in the cupboard for emergencies."),  # a real bottle
        ("Back pain", "Whatever is causing your back pain, see a GP if it lasts more than six weeks."),  # advice
        ("Green tea", "The magic number is two cups a day."),
        ("Green tea", "There is no magic pill for weight loss."),
        ("Vitamin D", "This was the largest vitamin D trial ever conducted."),  # a study, not the product
        ("Hydrogen water", "Not a shred of evidence supports these claims."),  # evidence, not safety
        ("Zinc lozenges", "Not one person in the trial had a serious side effect."),  # a result, no promise
        ("Screening", "The new guidance rewrites the rules on screening."),
        ("Detox teas", "Your liver and kidneys clear away waste on their own."),  # the body's own work
        ("Cold sores", "The sores usually stay gone for several months."),  # as a rule, no product
        ("Caffeine", "Caffeine peaks before you finish the cup in some people, a study found."),  # reported
        ("Melatonin", "Melatonin resets your body clock, studies suggest, though results vary."),  # attributed, hedged
        ("Tea", "Drink a glass of water before you reach for painkillers."),  # advice
        ("Fire safety", "In just two minutes, a fire can become life-threatening."),  # no benefit timed
        ("Statins", "Your GP may prescribe a statin for your heart."),  # a real medicine for its organ
        ("Calm capsules", "Taking ibuprofen is like having a sleeping pill, some say."),  # another medicine, reported
        ("Labour", "Ask your midwife about an epidural for your labour."),
        ("Salt caves", "Nothing here suggests salt caves help asthma."),
        ("Kidneys", "Your kidneys pull waste out of the blood and make urine."),  # the body's own work
        ("Choosing a GP", "Whatever you decide, a GP can help you weigh it up."),
        ("Diabetes", "Whatever your blood sugar is doing, keep taking your insulin."),  # advice
        ("Eyes", "Don't rub your eyes before you've washed your hands."),
        ("Physics", "The discovery of the decade was made in a lab in 1998, historians say."),  # no product
        ("Falls", "Most people who fall come to no harm, but some break a hip."),  # most, and a harm named
        ("Vaccines", "The vaccine patients have been waiting for is still years away."),
        ("Acupuncture", "Some people think acupuncture works like sorcery, but it does not."),  # reported, denied
        ("Statins", "Statins for the heart are widely prescribed."),  # literal
        ("Exercise", "Regular walking may do more for your heart than many people expect."),  # hedged, no medicine
        ("Kidneys", "Your kidneys can be harmed by high doses of ibuprofen."),
        ("Headache", "A tension headache often eases within minutes of resting, but see a GP if it keeps coming back."),
        ("Turmeric", "It's often described online as a natural alternative to painkillers."),  # reported
        ("Grounding", "There's no one answer to whether grounding helps sleep."),
        ("Clinical trials", "Randomised controlled trials are the gold standard of evidence."),
        ("Biopsy", "A biopsy is the gold standard for diagnosing the cancer."),  # a test, not a product
        ("Stress", "Chronic stress can wear out the HPA axis."),
        ("Aloe juice", "Not one reader told us about side effects."),  # no claim it works
        ("Heartburn", "Don't ditch your prescribed antacids without talking to your doctor."),  # advice, negated
        ("Gout", "Every gout sufferer should see a doctor about their diet."),
        ("Big Pharma", "Some people claim Big Pharma hides cures, but there is no evidence for that."),
        ("Eczema", "There is no permanent cure for eczema."),  # negated
        ("Hair loss", "Chemotherapy can cause permanent hair loss in a few people."),  # a harm, not a benefit
        ("Sleeping pills", "The power of a sleeping pill wears off by morning for most people."),  # no "without"
        ("Aspirin", "Aspirin was first made from a chemical found in willow bark."),  # history
        ("Cold sores", "Nothing keeps cold sores from ever coming back."),  # negated
        ("Vitamin D", "Most people see their levels rise in just a few weeks, the trial found [2]."),  # cited
        ("Sleep", "You may never need another sleeping pill if your insomnia is treated with CBT, one review suggests."),
        ("JointFlex capsules", "Some fans claim JointFlex reigns supreme, but no trial has compared it with other supplements."),
        ("JointFlex capsules", "Among joint supplements, glucosamine may be the best studied."),
        ("PulseEase device", "No pain gadget has been proven to rival prescription painkillers."),
        ("PulseEase device", "Does any pain gadget really rival the PulseEase? The evidence is thin."),
        ("ThumpPro massager", "No other massager in our test delivered the same pressure at the lowest setting."),
        ("Oat bran", "Nothing you eat will cure heart disease on its own."),
        ("Sleepy tea", "It is hard to find a more relaxing evening ritual than a warm bath, some readers say."),
        ("Cold plunge", 'Claims that cold plunges are "the greatest tool ever built for an anxious mind" are not backed by trials.'),
        ("Recovery band", "This may not be the last recovery purchase you will ever make."),
        ("Dark chocolate", "Aspirin protects the heart better than placebo in people who have had a heart attack."),
        ("Dark chocolate", "Dark chocolate is not a replacement for a daily aspirin."),
        ("Sleep chews", "Some research suggests these chews may work a little better than placebo."),
        ("Hops extract", "Hops contain compounds studied for mild sedative effects in animals."),
        ("Ginger chews", "Ginger has been studied for nausea in pregnancy, with mixed results."),
        ("Tart cherry juice", "Tart cherries contain small amounts of melatonin."),
        ("Colic drops", "These drops may calm some colicky babies, though trials disagree."),
        ("Fish oil", "Many cardiologists recommend eating oily fish twice a week."),
        ("Fish oil", "Not every cardiologist recommends fish oil supplements."),
        ("CBD oil", "Whatever your complaint, talk to a doctor before trying CBD."),
        ("CBD oil", "Whatever the cause of your pain, a pharmacist can advise you."),
        ("Zinc lozenges", "There is some doubt that zinc shortens colds at all."),
        ("Chiropractic care", "There is no back problem that every chiropractor can fix, and some need surgery."),
        ("Motion bands", "Most people feel better within a day or two of the trip ending."),
        ("Cold remedy", "Most colds are gone by the end of the week without treatment."),
        ("Wart gel", "Wart treatments can take weeks; warts often go away on their own."),
        ("Sleep spray", "If you wake up clear-headed, the dose is probably right for you."),
        ("Teething gel", "Teething gels are not recommended for babies, because the numbing effect wears off quickly."),
        ("Minoxidil foam", "Minoxidil does not fix baldness permanently; hair loss resumes when you stop."),
        ("Diabetes plan", "Some people with type 2 diabetes can put it into remission with weight loss, according to the DiRECT trial."),
        ("Colon cleanse", "Your colon does not store years of trapped waste; that idea is a myth."),
        ("Foot bath", "The water in so-called detox foot baths turns brown because of the electrodes, not toxins."),
        ("Juice cleanse", "There is no evidence that a juice cleanse resets your whole system."),
        ("Saw palmetto", "Saw palmetto is not safe for every man, especially those on blood thinners."),
        ("Nasal spray", "You can become dependent on decongestant sprays if you use them for too long."),
        ("Plunge pool", "Is plunging safe at any age? Ask your doctor first."),
        ("Blue glasses", "Blue light glasses may help some people sleep, but results vary."),
        ("Sleep ring", "The ring is accurate for most adults, though not a medical device."),
        ("Stem cell clinic", "Reviews find no convincing evidence that stem cell injections regrow cartilage."),
        ("Hangover drip", "A drip cannot cure a hangover; only time does that."),
        ("FlexiJoint capsules", "Most doctors recommend staying active if you have knee pain."),
        ("FlexiJoint capsules", "Scientists agree that more research is needed before anyone can say it works."),
        ("FlexiJoint capsules", "Do scientists agree on glucosamine? Not yet."),
        ("FlexiJoint capsules", "Large trials have confirmed that exercise eases knee pain [3]."),
        ("FlexiJoint capsules", "No large trials have confirmed it."),
        ("FlexiJoint capsules", 'Claims that it is "backed by hundreds of human trials" do not stand up.'),
        ("SunGuard cream", "Use a broad-spectrum sunscreen to protect your skin from UV damage."),
        ("SunGuard cream", "No sunscreen can shield your skin from all sun damage."),
        ("SunGuard cream", "Sunscreen may protect your skin from some sun damage."),
        ("SleepWell chews", "Some people are asleep within 30 minutes, but others take longer."),
        ("SleepWell chews", "Most adults fall asleep 10 to 20 minutes after going to bed."),
        ("SleepWell chews", "Nothing in the guidance so far suggests that chews help older adults."),
        ("SleepWell chews", "Is it the most advanced sleep aid ever made? We found no evidence for that."),
        ("ColdEase lozenges", "Zinc may shorten a cold if started within 24 hours."),
        ("ColdEase lozenges", "Most colds clear up within a week whatever you take."),
        ("ColdEase lozenges", "See a doctor whatever is causing your symptoms if they last more than three weeks."),
        ("GutTest kit", "No home test can catch every food intolerance."),
        ("GutTest kit", "The test does not detect every allergy, so speak to an allergist."),
        ("Creatine powder", "No supplement can undo decades of muscle loss, but strength training helps."),
        ("Creatine powder", "Creatine may put extra load on your kidneys if you already have kidney disease."),
        ("Creatine powder", "People with kidney disease should ask before taking it."),
        ("FishOil softgels", "Fish oil can interact with blood thinners, so it is not safe to combine with every medicine."),
        ("FishOil softgels", "Ask your pharmacist whether it is safe to combine with your other medicines."),
        ("NasalAir strips", "Strips may help snoring that starts in the nose, but not sleep apnoea."),
        ("NasalAir strips", "Snoring can come back whatever you do if you gain weight."),
        ("ElderBerry syrup", "Keep every child with a fever away from school until they are well."),
        ("ElderBerry syrup", "Flu can affect everyone from babies to grandparents."),
        ("ReliefPatch", "The patch may ease pain within an hour for some people."),
        ("ReliefPatch", "Morphine works faster than paracetamol for severe pain."),
        ("ReliefPatch", "Ibuprofen can work better than paracetamol for period pain."),
        ("Stem cell clinic", "The clinic says the injection lasts a lifetime, but there is no long-term data."),
        ("Stem cell clinic", "Knee replacements can last twenty years or more."),
        ("PostureFix brace", "A brace cannot protect your spine for life."),
        ("PostureFix brace", "Wearing a brace all day can weaken the muscles that hold you upright."),
        ("DetoxFoot pads", "The pads turn brown because sweat reacts with the ingredients, not because of toxins."),
        ("DetoxFoot pads", "Your kidneys and liver remove waste; foot pads do not drive toxins out."),
        ("Colicare drops", "Most babies settle within minutes of a feed."),
        ("Colicare drops", "Children with croup often improve within hours of a steroid dose."),
        ("Sleepy gummies", "Teenagers are often asleep an hour later than adults."),
        ("Sleepy gummies", "Children are rarely asleep ten minutes after going to bed."),
        ("Fever syrup", "Babies with a fever should be seen within hours."),
        ("Cold syrup", "Kids are back at school within a week, whatever you give them."),
        ("FerroPlus tablets", "Ferrous sulfate tablets are cheap and work well for most people with low iron."),
        ("FerroPlus tablets", "In one trial, ferrous sulfate tablets beat placebo for tiredness [2]."),
        ("MouthWash pro", "Chlorhexidine does a better job than salt water for gum infections, a review found [4]."),
        ("MouthWash pro", "No rinse does a better job than brushing twice a day."),
        ("FluGuard spray", "Nothing does a better job than your yearly flu jab at preventing flu."),
        ("PhysioBand", "Exercise therapy can be more effective than a course of physiotherapy for some people."),
        ("HydraMix powder", "Oral rehydration solution is absorbed three times faster than plain water in one small study [3]."),
        ("HydraMix powder", "Is it really three times faster than water? We found no evidence."),
        ("AlignClear", "Treatment usually takes about half the time of braces for mild crowding, the trial found [1]."),
        ("CalmFloat centre", 'Floating is sometimes called "a Xanax you can climb into", but there is little evidence for that.'),
        ("ChemoSafe tea", "Chemotherapy in tablet form is now used for some cancers."),
        ("GlowDrip clinic", "The research on vitamin drips is far from rock solid."),
        ("GlowDrip clinic", "Trials have not settled the question of whether drips help."),
        ("ColdAway zinc", "No lozenge will stop colds before they start."),
        ("ColdAway zinc", "You may catch fewer colds, but you can still catch another cold this winter."),
        ("HangoverAid", "Nothing can wipe out a hangover before breakfast except time."),
        ("SleepSound app", "Some people notice better sleep from night one, but most need two weeks."),
        ("HairRegrow PRP", "Results are not instant; most people wait four to six months."),
        ("SpineCare clinic", "Colic usually clears up by four months whatever you do."),
        ("AgeLess serum", "No cream can turn back your biological clock."),
        ("VitaCell drip", "Your body needs oxygen in every cell."),
        ("OxyChamber", "You can get too much oxygen, so sessions are limited."),
        ("SafeFloat", "Is anything safer for mums-to-be than a warm bath? Ask your midwife."),
        ("GentleGlow", "Most people do not react badly to it, but a few get a rash."),
    ],
)
def test_near_misses_of_the_added_forms_are_not_hype(title: str, sentence: str) -> None:
    assert flagged(article(title, sentence)) == []


# Forms added with fresh writers' batches in view (never their sentences): "does more for X than" a medicine, "superior
# to" a drug class, drug likes in new media ("digital Adderall"), universality over a group or a test's reach,
# authorities all agreeing, speed of weight loss and sleep, "never ... again" for a symptom, safety beside any
# medicine or for a group "alike", and a product's own name that only repeats the title.
RELEASE_FORMS = [
    ("Nettle tea", "A mug does more for your hay fever than a box of antihistamines.", "more for your hay fever than a box of antihistamines"),
    ("Ginger shots", "One shot does more for nausea than any travel-sickness tablet.", "more for nausea than any travel-sickness tablet"),
    ("Red light mask", "The mask does more for your skin than a course of isotretinoin.", "more for your skin than a course of isotretinoin"),
    ("Oil pulling kit", "Swishing does more for your gums than a chlorhexidine rinse.", "more for your gums than a chlorhexidine"),
    ("Sleep headband", "It does better for deep sleep than a sleeping tablet.", "better for deep sleep than a sleeping tablet"),
    ("Fibre powder", "Our powder is superior to every prescription laxative.", "superior to every prescription laxative"),
    ("Calm drops", "These drops are gentler than any anti-anxiety prescription.", "gentler than any anti-anxiety prescription"),
    ("Focus tones app", "Our tracks are digital Adderall for exam season.", "digital Adderall"),
    ("Bitter gourd capsules", "Think of it as a vegetable version of metformin.", "a vegetable version of metformin"),
    ("Valerian caps", "Valerian hits you like a sleeping pill.", "hits you like a sleeping pill"),
    ("Posture brace", "This brace straightens every spine.", "straightens every spine"),
    ("Light box", "Light therapy lifts low mood for literally everyone.", "for literally everyone"),
    ("Copper sleeve", "Copper sleeves help one hundred percent of wearers.", "one hundred percent of wearers"),
    ("Keto plan", "Nobody fails on our keto plan.", "Nobody fails on our"),
    ("NMN capsules", "Every longevity doctor in the country recommends NMN.", "Every longevity doctor in the country recommends"),
    ("Bone broth", "Nutritionists all say a daily cup belongs in your diet.", "Nutritionists all say"),
    ("Food test kit", "The kit pinpoints every food that upsets your gut.", "pinpoints every food"),
    ("Cinnamon extract", "Thousands of studies have confirmed it.", "Thousands of studies have confirmed"),
    ("Quercetin", "Quercetin works, and that is an established scientific certainty.", "an established scientific certainty"),
    ("Keto drops", "The drops help you shed 10 pounds in 14 days.", "shed 10 pounds in 14 days"),
    ("Sleep spray", "One spritz puts anyone to sleep in under ten minutes.", "puts anyone to sleep in under ten minutes"),
    ("Revive IV drip", "The drip leaves you fully recovered in 30 minutes.", "fully recovered in 30 minutes"),
    ("Foam roller", "Knots melt after a single session.", "melt after a single session"),
    ("Allergy drops", "Finish the course and you'll never sneeze in spring again.", "never sneeze in spring again"),
    ("Stretch mark oil", "Marks fade and never reappear.", "never reappear"),
    ("Herbal laxative", "After ten days your bowels stay regular forever.", "stay regular forever"),
    ("Reflux plan", "Follow it for a month and heartburn is permanently behind you.", "heartburn is permanently behind you"),
    ("Beet powder", "It boosts stamina without ever stressing your heart.", "without ever stressing your heart"),
    ("Spirulina tablets", "Spirulina is safe for toddlers and grandparents alike.", "safe for toddlers and grandparents alike"),
    ("Cherry juice", "It is safe to mix with anything in your medicine cabinet.", "safe to mix with anything"),
    ("Cider shots", "The shots play nicely with whatever meds you take.", "play nicely with whatever meds"),
    ("Hormone pellets", "Pellets won't put your breasts at risk.", "won't put your breasts at risk"),
    ("Mushroom coffee", "It is safe even if you have allergies.", "safe even if you have allergies"),
    ("Night guard", "The guard causes no jaw pain at all.", "causes no jaw pain at all"),
    ("Jaw trainer", "The trainer permanently reshapes your jawline.", "permanently reshapes"),
    ("Posture app", "The app permanently corrects a slouch.", "permanently corrects"),
    ("Chlorella tablets", "Chlorella pulls heavy metals out of your liver.", "pulls heavy metals out of your liver"),
    ("Lymph oil", "The oil flushes toxins out through your lymph nodes.", "flushes toxins out through your"),
    ("Stretch oil", "The oil is safe during every trimester.", "safe during every trimester"),
    ("Valerian gummies", "They're fine to mix with a glass of wine or your usual meds.", "fine to mix with a glass of wine or your usual meds"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentence", "phrase"), RELEASE_FORMS)
def test_release_forms_are_hype(title: str, sentence: str, phrase: str) -> None:
    assert any(phrase.lower() in text.lower() for _, text in flagged(article(title, sentence))), flagged(article(title, sentence))


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Nettle tea", "Does a mug do more for hay fever than a box of antihistamines? No trial has asked."),  # a question
        ("Fibre powder", "Fibre powder may be superior to some laxatives for mild constipation."),  # hedged
        ("Fibre powder", "Lactulose is superior to placebo in trials."),  # another subject, and a placebo
        ("Focus tones app", "Sellers call these tracks 'digital Adderall', but no study supports that."),  # quoted to deny
        ("Light box", "Light therapy does not lift low mood for literally everyone."),  # negated
        ("Keto plan", "Some people fail on any diet, and that is normal."),
        ("Bone broth", "Not all nutritionists say a daily cup belongs in your diet."),
        ("Keto drops", "In the trial, people lost about 5 kg over 12 weeks [3]."),  # cited, and slow
        ("Sleep spray", "Can one spritz put anyone to sleep in under ten minutes?"),
        ("Foam roller", "Knots may ease after a session or two for some people."),
        ("Allergy drops", "Hay fever can come back every spring."),
        ("Beet powder", "At high doses, beetroot can stress your heart in people with heart disease."),
        ("Cherry juice", "Ask your pharmacist whether it is safe to mix with your medicines."),
        ("Cold plunge", "Cold water is generally safe for healthy adults but can strain the heart."),  # usual, not absolute
        ("Reflux plan", "Heartburn is not permanently behind you after one month."),
        ("Vitamin K2", "That is because data are scarce, not because large doses have been shown to be harmless."),
        ("Retinol roundup", "Few skin products live up to the word revolutionary."),
        ("Cinnamon capsules", "Between meals your body keeps pulling stored sugar out of your liver."),  # physiology, no detox
        ("Scar laser", "Surgery can permanently damage the nerve."),  # a harm, not a promise
    ],
)
def test_near_misses_of_the_release_forms_are_not_hype(title: str, sentence: str) -> None:
    assert flagged(article(title, sentence)) == []


def test_the_products_own_name_is_not_a_detox_claim_each_time_it_is_said(tmp_path: Path) -> None:
    """A programme named "Metabolic Reset" in its title: the name said again is no claim; a reset claim still is."""
    page = tmp_path / "reset.md"
    page.write_text(
        "# The Metabolic Reset Programme\n\nOur Metabolic Reset runs for six weeks.\n\n"
        "The metabolic reset includes weekly check-ins.\n\nIt resets your hormones in days.\n",
        encoding="utf-8",
    )
    found = [text for _, text in flagged(page.read_text(encoding="utf-8"))]
    assert found == ["resets your hormones in days"], found
