"""HL4xx by form: wordings written for this file from the conflict forms (not from any corpus), each pair
paragraphs apart, and near-misses and perturbations that must stay silent.

Forms: evidence called strong or weak in so many words; a harm denied with "without causing" against the
product's own property ("its sedative effect"); one named harm denied against the same harm in other words
("isn't habit-forming" and "users get hooked"), but not against a different harm of the same body system;
damage done by the product against "perfectly safe"; a claim with several conflicting places; how soon it
works when users are the subject; a measure left alone against one moved; the product under its initials.
"""

from __future__ import annotations

import pytest

from tests.conftest import lint_text


def article(title: str, first: str, second: str) -> str:
    return f"# {title}\n\n{first}\n\nIt comes in a plain box.\n\n{second}\n"


def found(text: str) -> list[tuple[str, str, list[str]]]:
    result = lint_text(text, "a.md", select=("contradiction",))
    return [(f.rule, f.span.text, [r.span.text for r in f.related]) for f in result.findings]


def pairs_rule(rule: str, title: str, first: str, second: str) -> bool:
    return any(r == rule for r, _, _ in found(article(title, first, second)))


# Strong evidence claimed, then weak or missing evidence admitted: abundance, lack, absence, a null result,
# a placebo comparison, weak grounds (cells, animals).
STRONG = "Rosehip powder is clinically proven to ease stiff joints."
EVIDENCE = [
    ("Rosehip powder is backed by dozens of human trials.", "Few trials have tested it in people."),
    ("Study after study confirms that rosehip powder works.", "More research is needed before anyone can say it helps."),
    (STRONG, "There have been no large trials in people."),
    (STRONG, "A 2021 trial found no meaningful change in pain scores."),
    (STRONG, "In a small trial it did no better than a placebo."),
    ("Rosehip powder is backed by hundreds of studies.", "Nearly all of the research comes from mice."),
    (STRONG, "Studies in humans remain scarce."),
    (STRONG, "There is a lack of good-quality data in people."),
    ("Countless studies back rosehip powder for joint pain.", "Human data are still missing."),
    (STRONG, "Volunteers taking it saw no real improvement compared with those on a sugar pill."),
    (STRONG, "Most of what we know rests on cell studies."),
    (STRONG, "Nobody really knows whether rosehip powder helps."),
    (STRONG, "It is too early to say how well it works."),
    (STRONG, "The studies so far are small and inconsistent."),
    (STRONG, "There is little good evidence that it eases stiffness."),
    (STRONG, "The one study was observational, so it cannot show cause and effect."),
    (STRONG, "The only trial had no placebo group."),
]
NOT_EVIDENCE = [
    (STRONG, "A trial found no serious side effects."),
    (STRONG, "It worked better than a placebo in two trials."),
    (STRONG, "Few people notice any taste."),
    (STRONG, "There were no side effects in the trial."),
    ("Rosehip powder comes from the fruit of the dog rose.", "Few trials have tested it in people."),
    (STRONG, "Nobody knows exactly why joints stiffen with age."),
    (STRONG, "Stiffness that remains unclear after a month needs a doctor's opinion."),
    (STRONG, "People with uncontrolled blood pressure should ask a doctor first."),
]


@pytest.mark.parametrize(("first", "second"), EVIDENCE)
def test_evidence_called_weak_in_other_words_meets_a_strong_claim(first: str, second: str) -> None:
    assert pairs_rule("HL403", "Rosehip powder", first, second)


@pytest.mark.parametrize(("first", "second"), NOT_EVIDENCE)
def test_near_misses_of_weak_evidence_do_not_conflict(first: str, second: str) -> None:
    assert not pairs_rule("HL403", "Rosehip powder", first, second)


def test_evidence_conflict_goes_when_the_strong_claim_is_attributed() -> None:
    weak = "There have been no large trials in people."
    assert pairs_rule("HL403", "Rosehip powder", STRONG, weak)
    assert not pairs_rule("HL403", "Rosehip powder", "Some sellers claim rosehip powder is clinically proven.", weak)


# A harm denied after "without causing", against the product's own property named with a possessive.
DENIED_PROPERTY = [
    ("Poppy tea eases pain without causing sedation.", "At night, poppy tea's sedative effect helps many users drift off."),
    ("Poppy tea eases pain without causing drowsiness.", "Its sedating effect is why people drink it at bedtime."),
    ("Poppy tea calms the mind without causing the grogginess of sleeping pills.", "Many drinkers value its sedative effect."),
]


@pytest.mark.parametrize(("first", "second"), DENIED_PROPERTY)
def test_a_harm_denied_meets_the_products_own_property(first: str, second: str) -> None:
    assert pairs_rule("HL405", "Poppy tea", first, second)


def test_the_property_of_another_medicine_is_no_conflict() -> None:
    first = "Poppy tea eases pain without causing sedation."
    assert not pairs_rule("HL405", "Poppy tea", first, "Many users used to rely on codeine's sedative effect.")


# One harm denied, the same harm asserted in other words; a different harm of the same body system is none.
SAME_HARM = [
    ("Nicotine pouches are not habit-forming.", "Many young users get hooked within weeks."),
    ("Nicotine pouches carry no risk of addiction.", "Heavy users soon become dependent."),
    ("Ginger chews cause no nausea.", "Feeling sick is a common complaint."),
    ("Ginger chews never cause dizziness.", "Some users feel light-headed after a dose."),
    ("Arnica cream causes no rashes.", "Hives are the most common complaint."),
]
OTHER_HARM = [
    ("Nicotine pouches are not habit-forming.", "Headaches are common in the first week."),
    ("Valerian drops cause no drowsiness.", "Valerian drops can disturb sleep in some people."),
    ("Ginger chews cause no nausea.", "Heartburn is a common complaint."),
]


@pytest.mark.parametrize(("first", "second"), SAME_HARM)
def test_a_denied_harm_meets_the_same_harm_in_other_words(first: str, second: str) -> None:
    assert pairs_rule("HL402", first.split(" are ")[0].split(" carry ")[0].split(" cause")[0].split(" never")[0], first, second)


@pytest.mark.parametrize(("first", "second"), OTHER_HARM)
def test_a_denied_harm_does_not_rule_out_other_harms_of_the_same_system(first: str, second: str) -> None:
    title = first.split(" are ")[0].split(" cause")[0]
    assert not pairs_rule("HL402", title, first, second)


def test_a_denied_kind_of_harm_rules_out_its_members() -> None:
    # "withdrawal symptoms" is a kind: irritability after stopping is one of them
    first = "Kava drops leave you with no withdrawal symptoms of any kind."
    assert pairs_rule("HL402", "Kava drops", first, "Users often feel irritable and restless for days after stopping kava drops.")


# Damage the product does, against an absolute safety claim.
DAMAGE = [
    ("Lemon water is perfectly safe.", "Lemon water can wear down tooth enamel."),
    ("Lemon water is completely harmless.", "Sipped all day, it can erode your enamel."),
    ("Lemon water is totally safe.", "It can irritate the stomach lining and worsen reflux."),
]


@pytest.mark.parametrize(("first", "second"), DAMAGE)
def test_damage_the_product_does_meets_perfectly_safe(first: str, second: str) -> None:
    assert pairs_rule("HL402", "Lemon water", first, second)


@pytest.mark.parametrize(
    "second",
    ["Lemon water won't wear down tooth enamel.", "Fizzy drinks can wear down tooth enamel.", "Does lemon water wear down tooth enamel?"],
)
def test_damage_denied_asked_or_done_by_something_else_is_no_conflict(second: str) -> None:
    assert not pairs_rule("HL402", "Lemon water", "Lemon water is perfectly safe.", second)


def test_one_claim_that_conflicts_in_several_places_is_one_finding_with_each_place() -> None:
    text = (
        "# Kava drops\n\nKava drops have no side effects at all.\n\nThey come in a plain box.\n\n"
        "Headaches and an upset stomach are common.\n\nSome users report a dry mouth.\n"
    )
    [(rule, span, related)] = found(text)
    assert (rule, span) == ("HL402", "no side effects")
    assert related[0] == "Headaches and an upset stomach"  # the harms of one sentence, quoted as one place
    assert any("dry mouth" in r for r in related[1:])  # the further place, related to the same finding
    result = lint_text(text, "a.md", select=("contradiction",))
    for r in result.findings[0].related:
        assert text[r.span.offset : r.span.end_offset] == r.span.text


ONSET = [
    (
        "Most people who take willow bark feel the ache in their knees fade within 48 hours.",
        "It usually takes 8 to 12 weeks of daily use before knee pain starts to ease.",
    ),
    ("Users who start on willow bark feel better within the first week.", "Give it about 12 weeks before you judge it."),
]


@pytest.mark.parametrize(("first", "second"), ONSET)
def test_how_soon_it_works_when_the_users_are_the_subject(first: str, second: str) -> None:
    assert pairs_rule("HL404", "Willow bark", first, second)


def test_a_condition_that_clears_on_its_own_is_no_onset_claim() -> None:
    first = "Most colds clear up within a week."
    assert not pairs_rule("HL404", "Willow bark", first, "It usually takes 8 to 12 weeks of daily use before knee pain starts to ease.")


LEFT_ALONE = [
    ("Psyllium husk works by keeping you full.", "Psyllium husk does nothing to your hunger."),
    ("Psyllium husk curbs cravings.", "Psyllium husk has no real effect on appetite."),
    ("Psyllium husk lowers cholesterol.", "Psyllium husk makes no difference to cholesterol."),
]


@pytest.mark.parametrize(("first", "second"), LEFT_ALONE)
def test_a_measure_left_alone_meets_one_moved(first: str, second: str) -> None:
    assert pairs_rule("HL401", "Psyllium husk", first, second)


def test_the_product_under_its_initials_is_the_product() -> None:
    first, second = "ACV is perfectly safe to drink every day.", "Apple cider vinegar can wear down tooth enamel."
    assert pairs_rule("HL402", "Apple cider vinegar", first, second)


def test_the_reader_as_the_subject_of_an_effect() -> None:
    first = "Ginseng sharpens you by day and settles your mind, so you sleep more soundly at night."
    assert pairs_rule("HL401", "Ginseng", first, "Ginseng tends to make it harder to fall asleep at night.")
    assert not pairs_rule(
        "HL401", "Ginseng", "If you sleep more soundly, you will feel better.", "Ginseng tends to make it harder to fall asleep."
    )


def test_whose_mood_is_not_who_moves_it() -> None:
    # "people notice their mood sinking" says nothing of the product: no conflict with "lifts low mood"
    first = "In winter many people notice their mood sinking."
    assert not pairs_rule("HL401", "Saffron extract", first, "Saffron extract lifts low mood.")


# Who may use it: a provider's refusal with an age in numbers, a group of all ages, ages in months.
SCOPE = [
    (
        "Chiropractic care",
        "Chiropractic care is suitable for patients of all ages.",
        "Our chiropractors do not treat anyone under the age of 12.",
    ),
    (
        "Kava retreat",
        "The kava retreat is open to every adult, whatever their health history.",
        "We cannot accept anyone with kidney disease.",
    ),
    (
        "Flu vaccine",
        "Everyone aged six months and older should get the flu vaccine.",
        "Babies under two won't be offered the flu vaccine this season.",
    ),
]


@pytest.mark.parametrize(("title", "first", "second"), SCOPE)
def test_a_universal_scope_meets_a_refused_group(title: str, first: str, second: str) -> None:
    assert pairs_rule("HL406", title, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Glucosamine tablets are suitable for adults of all ages.", "Glucosamine tablets are not for use by anyone under 18."),
        ("Everyone aged six months and older should get the flu vaccine.", "Babies under six months won't be offered the flu vaccine."),
    ],
)
def test_a_scope_that_leaves_the_excluded_ages_out_is_no_conflict(first: str, second: str) -> None:
    title = first.split(" are ")[0] if " are " in first else "Flu vaccine"
    assert not pairs_rule("HL406", title, first, second)


STATUS = [
    ("The Quietus hearing aid is FDA-cleared.", "The Quietus hearing aid has not yet gone through any US regulatory review."),
    ("The Quietus hearing aid was approved by the FDA last month.", "Regulators have yet to make a decision on the Quietus hearing aid."),
    ("The Quietus hearing aid is FDA-approved.", "The Quietus hearing aid has not been through the FDA's approval process."),
]


@pytest.mark.parametrize(("first", "second"), STATUS)
def test_an_approval_meets_a_review_not_yet_done(first: str, second: str) -> None:
    assert pairs_rule("HL408", "Quietus hearing aid", first, second)


def test_a_review_not_done_by_a_study_is_no_status() -> None:
    first = "The Quietus hearing aid is FDA-cleared."
    assert not pairs_rule("HL408", "Quietus hearing aid", first, "Independent studies have not confirmed a clear benefit.")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Verdant oil is completely free of THC.", "Verdant oil retains a tiny amount of delta-9 THC."),
        ("Sunrise gummies are sugar-free.", "Each batch of Sunrise gummies is sweetened with a little cane sugar."),
        ("Sunrise gummies contain no gluten.", "Sunrise gummies may contain traces of gluten from the oats."),
    ],
)
def test_none_of_an_ingredient_meets_some_of_it(first: str, second: str) -> None:
    title = first.split(" is ")[0].split(" are ")[0].split(" contain")[0]
    assert any(r == "HL404" and "contains some" in m for r, m in messages(article(title, first, second)))


def messages(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in lint_text(text, "a.md", select=("contradiction",)).findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cold plunges strengthen your immune defences.", "The more often you take cold plunges, the weaker your defences become."),
        ("Oat bran lowers LDL cholesterol.", "With oat bran, the bad cholesterol in your blood tends to creep upward."),
    ],
)
def test_a_measure_named_before_its_direction(first: str, second: str) -> None:
    assert pairs_rule("HL401", first.split(" ")[0] + " " + first.split(" ")[1], first, second)


@pytest.mark.parametrize(
    ("title", "first", "second"),
    [
        (
            "Krill capsules",
            "Our krill capsules mean zero fishy burps.",
            "Belching that tastes of fish is the side effect customers mention most.",
        ),
        ("Fibre powder", "No bloating, no gas, no adjustment period.", "A little extra wind during the first week is normal."),
        ("Fibre powder", "Fibre powder never gives you wind.", "Gassiness is common for the first few days."),
    ],
)
def test_everyday_words_for_one_harm_meet_across_a_page(title: str, first: str, second: str) -> None:
    assert pairs_rule("HL402", title, first, second)


def test_a_next_morning_hangover_is_not_drowsiness_at_bedtime() -> None:
    first, second = "Sleep tablets make you drowsy within an hour.", "Unlike older pills, they leave no hangover the next morning."
    assert not pairs_rule("HL402", "Sleep tablets", first, second)


@pytest.mark.parametrize(
    ("title", "first", "second"),
    [
        (
            "Terbinafine tablets",
            "Treatment with terbinafine tablets normally lasts around three months.",
            "Most people can stop after six weeks.",
        ),
        (
            "Keto plan",
            "This four-week plan takes the guesswork out of low-carb eating.",
            "At the end of your six weeks, start adding carbs back slowly.",
        ),
    ],
)
def test_two_lengths_of_one_course(title: str, first: str, second: str) -> None:
    assert pairs_rule("HL404", title, first, second)


def test_how_long_one_dose_lasts_is_no_course() -> None:
    first, second = "Each dose of the spray lasts four hours.", "Treatment with the spray normally lasts around three months."
    assert not pairs_rule("HL404", "Nasal spray", first, second)


def test_one_conflict_read_by_two_rules_is_one_finding() -> None:
    # a denied harm and a denied effect: HL402 and HL405 both read it; the editor sees it once
    text = article("Cough syrup", "This cough syrup won't make you drowsy.", "Users feel sleepy soon after a dose.")
    assert [r for r, _, _ in found(text)] == ["HL402"]


def test_two_conflicts_between_the_same_sentences_are_two_findings() -> None:
    first = "Magnesium glycinate is completely safe for everyone."
    second = "Some people get diarrhoea, and people with kidney disease should not take magnesium glycinate."
    rules = sorted(r for r, _, _ in found(article("Magnesium glycinate", first, second)))
    assert rules == ["HL402", "HL406"]


def test_a_trial_result_is_the_studys_not_the_writers() -> None:
    first = "Vitamin D is scientifically proven to lift low mood."
    second = "In one large trial, people taking vitamin D had no better mood scores than those taking a placebo."
    assert [r for r, _, _ in found(article("Vitamin D", first, second))] == ["HL403"]  # evidence, not a denied effect


# How it is sold: off the shelf in one place, only through a prescriber or pharmacist in another.
SUPPLY = [
    (
        "Nasaclear nasal spray",
        "Nasaclear is available over the counter at any chemist.",
        "You will need a prescription from your GP to get Nasaclear.",
    ),
    ("Restwell sleep tablets", "You don't need a prescription for Restwell.", "Restwell is a prescription-only medicine."),
    ("Calmora gummies", "Calmora gummies are sold freely in supermarkets.", "Calmora can only be prescribed by a specialist."),
    ("Flexigel joint gel", "Buy Flexigel off the shelf, no appointment required.", "Flexigel is available on prescription only."),
    (
        "Dermaclear acne cream",
        "No prescription needed: Dermaclear ships to your door.",
        "Dermaclear is dispensed only on a doctor's prescription.",
    ),
    (
        "Allerquell hay fever tablets",
        "Allerquell is on general sale, so you can grab a pack with your shopping.",
        "Allerquell is pharmacy-only and sold under the supervision of a pharmacist.",
    ),
    (
        "Tussa cough syrup",
        "You can pick up Tussa cough syrup without seeing a doctor.",
        "Tussa needs a prescription because it contains codeine.",
    ),
    ("Gastrix heartburn tablets", "Gastrix tablets are a non-prescription remedy.", "Gastrix requires a prescription in the UK."),
    (
        "Optiva eye drops",
        "There is no need for a prescription to buy Optiva drops.",
        "Optiva drops are kept behind the counter and need a prescription.",
    ),
    ("Migrelief tablets", "Migrelief tablets are freely available online.", "Migrelief is only available on prescription."),
]
NOT_SUPPLY = [
    # another medicine, another strength, another country, a change over time
    (
        "Nasaclear nasal spray",
        "Nasaclear is available over the counter at any chemist.",
        "If your symptoms last, your GP may give you a prescription for a steroid spray.",
    ),
    ("Ibuflex tablets", "Ibuflex 200 mg tablets are available over the counter.", "The 800 mg strength of Ibuflex needs a prescription."),
    ("Calmora gummies", "In the US, Calmora is sold over the counter.", "Calmora needs a prescription in Canada."),
    (
        "Mometa nasal spray",
        "Mometa nasal spray will soon be sold without a prescription.",
        "Mometa has been prescription-only for many years.",
    ),
    ("Restwell sleep tablets", "Do you need a prescription for Restwell?", "Restwell is a prescription-only medicine."),
    ("Echina drops", "Echina drops beat any over-the-counter cold remedy.", "Echina drops need a prescription in Germany."),
]


@pytest.mark.parametrize(("title", "first", "second"), SUPPLY)
def test_sold_off_the_shelf_meets_prescription_only(title: str, first: str, second: str) -> None:
    assert pairs_rule("HL408", title, first, second), found(article(title, first, second))


@pytest.mark.parametrize(("title", "first", "second"), NOT_SUPPLY)
def test_supply_by_strength_place_time_or_another_medicine_is_no_conflict(title: str, first: str, second: str) -> None:
    assert not pairs_rule("HL408", title, first, second)


def test_an_approval_is_placed_by_its_nearest_regulator() -> None:
    """ "Approved by the FDA, made in the USA": the FDA's approval, which the FDA's denial contradicts."""
    text = article(
        "Dreamzy melatonin gummies",
        "Proudly approved by the FDA, our gummies are made in the USA.",
        "Supplements like ours are not reviewed or approved by the Food and Drug Administration.",
    )
    assert any(r == "HL408" for r, _, _ in found(text))


# Numbers: a limit in other words ("should not go above"), and one substance named more or less fully.
LIMITS = [
    ("You can safely take up to 900 mg a day.", "Adults should not go above 300 milligrams daily."),
    ("Take as much as 2 g a day without worry.", "Never go over 500 mg in a day."),
    ("Up to 6 capsules a day is fine.", "You shouldn't go above 2 capsules a day."),
]


@pytest.mark.parametrize(("first", "second"), LIMITS)
def test_a_limit_in_other_words_meets_a_higher_one(first: str, second: str) -> None:
    assert pairs_rule("HL404", "Magnora magnesium capsules", first, second), found(article("Magnora magnesium capsules", first, second))


def test_one_substance_named_fully_and_by_its_head() -> None:
    text = article(
        "Calmroot ashwagandha capsules", "Each capsule contains 600 mg of KSM-66 root extract.", "Each capsule contains 0.3 g of extract."
    )
    assert any(r == "HL404" for r, _, _ in found(text))


def test_two_extracts_of_different_plants_are_two_quantities() -> None:
    text = article(
        "Calmroot capsules", "Each capsule contains 600 mg of ginseng extract.", "Each capsule contains 0.3 g of green tea extract."
    )
    assert not any(r == "HL404" for r, _, _ in found(text))


# A role given to the product carries the role's effect: "works as a natural sleep aid" is more sleep.
ROLES = [
    ("Taken at night, the tea works as a natural sleep aid.", "It can keep you awake until the small hours."),
    ("The tea acts as a gentle sedative.", "Many drinkers feel wired after a cup."),
    ("The tea serves as a natural stimulant.", "It leaves most people drowsy."),
    ("The tea functions as a natural stimulant.", "It makes you sleepy within the hour."),
]


@pytest.mark.parametrize(("first", "second"), ROLES)
def test_a_role_given_to_the_product_carries_its_effect(first: str, second: str) -> None:
    assert pairs_rule("HL401", "Duskleaf herbal tea", first, second), found(article("Duskleaf herbal tea", first, second))


def test_a_role_said_of_another_medicine_or_at_another_dose_is_no_conflict() -> None:
    assert not pairs_rule("HL401", "Duskleaf herbal tea", "Zopiclone acts as a sleep aid.", "The tea can keep you awake.")
    assert not pairs_rule(
        "HL401",
        "Duskleaf herbal tea",
        "At doses below 2 g, the tea acts as a mild stimulant.",
        "At doses above 5 g, its effects become sedating.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Take as many capsules as you like.", "Staying below 1,000 mg a day is essential."),
        ("There is no upper limit on how much you can take.", "Never take more than two capsules a day."),
        ("You can take as much as you want.", "Keeping under 3 g a day protects your liver."),
    ],
)
def test_no_limit_meets_a_limit_in_any_unit(first: str, second: str) -> None:
    assert pairs_rule("HL404", "Omegra fish oil capsules", first, second), found(article("Omegra fish oil capsules", first, second))


def test_a_review_never_done_meets_an_approval_even_beside_a_critique_cue() -> None:
    """ "Sold as a dietary supplement" is a critique cue for hype, but the review denied after it is the writer's fact."""
    text = article(
        "Prostavit saw palmetto capsules",
        "Prostavit is approved by the FDA.",
        "It is sold as a dietary supplement, which means no government agency has checked that it works.",
    )
    assert any(r == "HL408" for r, _, _ in found(text))


def test_an_opening_comparison_is_not_the_subject_and_a_copula_names_the_side_effects() -> None:
    """ "Unlike ibuprofen and other painkillers, X causes no stomach problems" is X's claim (not the painkillers', not
    some people's), and "the most common side effects are heartburn, ..." lists harms of the stomach."""
    text = article(
        "Curcuvita turmeric capsules",
        "Unlike ibuprofen and other painkillers, Curcuvita causes no stomach problems, which makes it popular with older adults.",
        "The most common side effects are heartburn, nausea and loose stools.",
    )
    assert any(r == "HL402" for r, _, _ in found(text))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Unlike statins, it does not cause muscle pain.", "Muscle aches are the most frequently reported side effect."),
        ("It won't give you sore muscles.", "Some users report muscle cramps in the first week."),
        ("It never causes heartburn.", "Acid reflux is a common complaint."),
        ("It poses no risk of kidney damage.", "Very high doses have been linked to renal failure."),
    ],
)
def test_one_harm_in_everyday_and_clinical_words(first: str, second: str) -> None:
    assert pairs_rule("HL402", "Redora red yeast rice", first, second), found(article("Redora red yeast rice", first, second))


def test_a_side_effect_list_that_names_no_harm_is_none() -> None:
    assert not pairs_rule(
        "HL402", "Redora red yeast rice", "It causes no stomach problems.", "Common side effects are mild and pass quickly."
    )


def test_too_much_of_it_reversing_a_benefit_is_no_opposite_effect() -> None:
    """ "Helps keep bones strong" and "very high doses may weaken bones": the harm of an overdose, stated as such."""
    assert not pairs_rule(
        "HL401", "Sunvita vitamin D drops", "Sunvita helps keep bones strong.", "Very high doses taken for months may weaken bones."
    )
    # ... but an absolute safety claim covers every dose
    assert pairs_rule(
        "HL402", "Sunvita vitamin D drops", "Sunvita poses no risk to your kidneys.", "Very high doses have been linked to kidney damage."
    )


# A complaint it is said to ease, listed among its own side effects.
RELIEF = [
    ("Berbera relieves constipation.", "Constipation is among its most common side effects."),
    ("Berbera eases bloating after meals.", "Bloating is a common side effect."),
    ("Berbera soothes heartburn.", "Common side effects include acid reflux and nausea."),
    ("Berbera treats nausea.", "Feeling sick is the side effect people report most."),
    ("Berbera calms an upset stomach.", "Side effects include stomach upset and wind."),
    ("Berbera clears up headaches.", "Side effects can include a pounding head."),
    ("Berbera relieves dizziness.", "Side effects include feeling light-headed."),
    ("Berbera eases muscle cramps.", "The most common side effects are muscle aches and tiredness."),
    ("Berbera stops diarrhoea.", "It can cause loose stools."),
    ("Berbera soothes itchy skin.", "A rash is the most common complaint."),
]
NOT_RELIEF = [
    ("Berbera may ease bloating.", "Bloating is a common side effect."),  # a hedged benefit beside a stated risk
    ("Berbera eases bloating.", "A few people feel bloated at first."),  # variation
    ("Berbera eases bloating.", "Diarrhoea is a common side effect."),  # another harm
    ("Berbera reduces cravings for opioids.", "It can lead to dependence."),  # another substance's
    ("Berbera carries a lower risk of constipation than codeine.", "Constipation is among its side effects."),
    ("Berbera eases nausea.", "Very high doses can cause nausea."),  # too much of it
]


@pytest.mark.parametrize(("first", "second"), RELIEF)
def test_a_complaint_it_eases_is_listed_among_its_side_effects(first: str, second: str) -> None:
    assert pairs_rule("HL401", "Berbera berberine capsules", first, second), found(article("Berbera berberine capsules", first, second))


@pytest.mark.parametrize(("first", "second"), NOT_RELIEF)
def test_relief_hedged_varied_of_another_harm_or_substance_is_no_conflict(first: str, second: str) -> None:
    assert not pairs_rule("HL401", "Berbera berberine capsules", first, second)
