"""HL4xx: each contradiction rule flags a pair of claims that cannot both hold, at both claims, and stays silent
when one side is perturbed the way careful writing does it: hedged, negated, asked, about another product, or
separated by a condition (low dose and high dose).

Every text is a small article written for this file: a heading naming the product, the first claim, a
neutral sentence, the second claim (so the claims stand on lines 3 and 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import lint_text


def article(title: str, first: str, second: str, filler: str = "It comes in a plain box.") -> str:
    return f"# {title}\n\n{first}\n\n{filler}\n\n{second}\n"


def pairs(text: str, name: str = "a.md") -> list[tuple[str, str, str, str]]:
    result = lint_text(text, name, select=("contradiction",))
    return [(f.rule, f.severity, f.span.text, f.related[0].span.text) for f in result.findings]


# rule: (product, first claim, second claim, severity, flagged words of the first, flagged words of the second)
CONFLICTS = {
    "HL401": ("Beet juice", "Beet juice lowers blood pressure.", "Beet juice sends your blood pressure soaring.", "error", "lowers blood pressure", "blood pressure soaring"),
    "HL402": ("Kava capsules", "Our kava capsules have no side effects.", "Headaches and an upset stomach are common.", "error", "no side effects", "Headaches and an upset stomach"),
    "HL403": ("Saffron extract", "Saffron extract is clinically proven to lift your mood.", "So far it has only been tested in mice.", "error", "clinically proven", "in mice"),
    "HL404": ("Iron tablets", "Iron tablets work within 30 minutes.", "Iron tablets take eight weeks to work.", "warning", "30 minutes", "eight weeks"),
    "HL405": ("Hibiscus tea", "Hibiscus tea won't lower your blood pressure.", "Hibiscus tea lowers blood pressure.", "error", "won't lower your blood pressure", "lowers blood pressure"),
    "HL406": ("Chamomile drops", "Chamomile drops are safe during pregnancy.", "Pregnant women should avoid chamomile drops.", "error", "safe during pregnancy", "Pregnant women should avoid"),
    "HL407": ("Ginkgo tablets", "Ginkgo tablets have no known drug interactions.", "People on warfarin should avoid ginkgo tablets.", "error", "no known drug interactions", "warfarin should avoid"),
    "HL408": ("Kratom powder", "Kratom powder is approved across Europe.", "Kratom powder was banned in France in 2020.", "warning", "approved across Europe", "banned in France"),
}  # fmt: skip

# More pairs the rules flag: other wordings of the same conflicts.
MORE_CONFLICTS = [
    ("HL404", "Iron tablets", "Iron tablets work within 30 minutes.", "Take them daily for eight weeks before you notice a difference."),
    ("HL404", "Iron tablets", "You can take up to 200 mg of iron a day.", "Never take more than 45 mg of iron a day."),
    ("HL408", "Kratom powder", "Kratom powder is FDA approved.", "Kratom powder has not been approved by any regulator."),
    ("HL401", "Beet juice", "Beet juice lowers blood pressure.", "Beet juice can raise blood pressure."),
    ("HL402", "Kava capsules", "Our kava capsules are gentle on the liver.", "Kava capsules cause liver damage."),
    ("HL402", "Kava capsules", "Our kava capsules have no side effects.", "Some users report nausea."),
    (
        "HL402",
        "Valerian root",
        "Valerian root is completely harmless.",
        "Known side effects run from mild nausea to, very rarely, liver damage.",
    ),
    (
        "HL403",
        "Saffron extract",
        "The benefits of saffron extract are backed by large clinical trials.",
        "There are no human trials of saffron extract yet.",
    ),
    ("HL404", "Iron tablets", "There is no upper limit on how much iron you can take.", "Keep your daily total under 45 mg."),
    ("HL404", "Iron tablets", "These tablets work within 30 minutes.", "Give them eight weeks of daily use before you notice a change."),
    (
        "HL402",
        "Cough syrup",
        "This cough syrup does not cause weight gain.",
        "This cough syrup makes you put on weight.",
    ),  # a harm ruled out by name
    ("HL405", "Beet juice", "Beet juice does not raise blood pressure.", "Beet juice raises blood pressure."),
    ("HL406", "Chamomile drops", "Chamomile drops are safe for everyone.", "Chamomile drops are not suitable for children under two."),
    ("HL406", "Chamomile drops", "Chamomile drops are safe for the whole family.", "Do not give chamomile drops to children under two."),
    ("HL406", "Chamomile drops", "Chamomile drops are safe for everyone.", "People with kidney disease must not take chamomile drops."),
    (
        "HL407",
        "Ginkgo tablets",
        "Ginkgo tablets are safe with all your prescriptions.",
        "Ginkgo tablets strengthen the effect of blood thinners.",
    ),
    ("HL408", "Kratom powder", "Kratom powder is legal in the UK.", "Kratom powder is banned in the UK."),
]


@pytest.mark.parametrize("rule", sorted(CONFLICTS))
def test_each_rule_flags_its_conflict_at_both_claims(rule: str) -> None:
    product, first, second, severity, a, b = CONFLICTS[rule]
    text = article(product, first, second)
    result = lint_text(text, "a.md", select=("contradiction",))
    [f] = result.findings
    assert (f.rule, f.severity) == (rule, severity)
    assert (f.span.text, f.span.line, f.span.column) == (a, 3, first.index(a) + 1)
    [related] = f.related
    assert (related.span.text, related.span.line, related.span.column) == (b, 7, second.index(b) + 1)
    assert text[f.span.offset : f.span.end_offset] == a and text[related.span.offset : related.span.end_offset] == b
    # The message quotes both claims and says where the second stands; the suggestion says what to do.
    assert f"'{a}'" in f.message and f"'{b}'" in f.message and "line 7" in f.message
    assert f.suggestion


@pytest.mark.parametrize(
    ("rule", "product", "first", "second"), MORE_CONFLICTS, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(MORE_CONFLICTS)]
)
def test_other_wordings_of_a_conflict(rule: str, product: str, first: str, second: str) -> None:
    assert [p[0] for p in pairs(article(product, first, second))] == [rule]


def test_every_rule_has_a_case() -> None:
    assert set(CONFLICTS) == {f"HL{n}" for n in range(401, 409)}
    assert {r for r, *_ in MORE_CONFLICTS} == set(CONFLICTS)


# rule whose conflict is perturbed: (how, first claim, second claim); the product is the rule's own from CONFLICTS.
PERTURBED = [
    ("HL401", "hedged", "Beet juice may lower blood pressure.", "Beet juice raises blood pressure."),
    ("HL401", "negated", "Beet juice lowers blood pressure.", "Beet juice does not raise blood pressure."),
    ("HL401", "question", "Beet juice lowers blood pressure.", "Does beet juice raise blood pressure?"),
    ("HL401", "other-product", "Beet juice lowers blood pressure.", "Salt raises blood pressure."),
    ("HL401", "other-product", "Beet juice helps you sleep through the night.", "Coffee keeps you awake at night."),
    ("HL401", "other-product", "Beet juice lowers blood pressure.", "Ibuprofen raises blood pressure."),
    ("HL401", "separated", "At low doses, beet juice lowers blood pressure.", "At high doses, beet juice raises blood pressure."),
    ("HL401", "other-measure", "Beet juice lowers blood pressure.", "Beet juice raises energy levels."),
    ("HL402", "hedged", "Our kava capsules may have no side effects.", "Headaches and an upset stomach are common."),
    ("HL402", "negated", "Our kava capsules are not free of side effects.", "Headaches and an upset stomach are common."),
    ("HL402", "other-product", "Our kava capsules have no side effects.", "Paracetamol can cause liver damage."),
    ("HL402", "treated-harm", "Our kava capsules have no side effects.", "Our kava capsules ease headaches."),
    ("HL402", "other-organ", "Our kava capsules are gentle on the liver.", "Kava capsules can cause a skin rash."),
    ("HL402", "separated", "At low doses, our kava capsules are gentle on the liver.", "At high doses, kava capsules cause liver damage."),
    ("HL403", "hedged", "Saffron extract might be proven to lift your mood one day.", "So far it has only been tested in mice."),
    ("HL403", "negated", "Saffron extract is not proven to lift your mood.", "So far it has only been tested in mice."),
    ("HL403", "question", "Is saffron extract clinically proven to lift your mood?", "So far it has only been tested in mice."),
    (
        "HL403",
        "other-product",
        "Antidepressants are clinically proven to lift mood.",
        "So far saffron extract has only been tested in mice.",
    ),
    (
        "HL403",
        "consistent",
        "Saffron extract is clinically proven to lift your mood.",
        "Saffron extract has been tested in large trials in adults.",
    ),
    ("HL404", "other-product", "Iron tablets work within 30 minutes.", "Antidepressants take eight weeks to work."),
    ("HL404", "question", "Iron tablets work within 30 minutes.", "Does it take eight weeks for iron tablets to work?"),
    ("HL404", "stages", "The first signs come within 30 minutes.", "The full effect takes eight weeks."),
    ("HL404", "close-values", "Iron tablets work within 30 minutes.", "Iron tablets take about 40 minutes to work."),
    ("HL405", "hedged", "This cough syrup probably won't make you drowsy.", "Users feel sleepy soon after a dose."),
    ("HL405", "negated", "This cough syrup won't make you drowsy.", "Users do not feel sleepy after a dose."),
    ("HL405", "question", "This cough syrup won't make you drowsy.", "Do users feel sleepy after a dose?"),
    ("HL405", "other-product", "This cough syrup does not cause weight gain.", "Steroid tablets make you put on weight."),
    ("HL405", "separated", "At low doses, this cough syrup won't make you drowsy.", "At high doses, users feel sleepy."),
    ("HL406", "hedged", "Chamomile drops may be safe for everyone.", "Do not give chamomile drops to children under two."),
    ("HL406", "negated", "Chamomile drops are not safe during pregnancy.", "Pregnant women should avoid chamomile drops."),
    ("HL406", "question", "Chamomile drops are safe for everyone.", "Should children under two take chamomile drops?"),
    ("HL406", "other-group", "Chamomile drops are safe for adults.", "Chamomile drops are not suitable for children under two."),
    ("HL406", "disjoint-ages", "Chamomile drops are safe for everyone over twelve.", "Do not give chamomile drops to children under two."),
    ("HL407", "hedged", "Ginkgo tablets may have no drug interactions.", "People on warfarin should avoid ginkgo tablets."),
    (
        "HL407",
        "limited",
        "Apart from blood thinners, ginkgo tablets have no known drug interactions.",
        "People on warfarin should avoid ginkgo tablets.",
    ),
    ("HL407", "question", "Do ginkgo tablets have any drug interactions?", "People on warfarin should avoid ginkgo tablets."),
    ("HL408", "hedged", "Kratom powder may be legal in the UK.", "Kratom powder is banned in the UK."),
    ("HL408", "negated", "Kratom powder is legal in the UK.", "Kratom powder is not banned in the UK."),
    ("HL408", "question", "Kratom powder is legal in the UK.", "Is kratom powder banned in the UK?"),
    ("HL408", "other-place", "Kratom powder is approved in the UK.", "Kratom powder is banned in Australia."),
]


@pytest.mark.parametrize(("rule", "how", "first", "second"), PERTURBED, ids=[f"{r}-{how}" for r, how, *_ in PERTURBED])
def test_a_perturbed_side_is_no_conflict(rule: str, how: str, first: str, second: str) -> None:
    assert pairs(article(CONFLICTS[rule][0], first, second)) == []


def test_every_rule_has_perturbations() -> None:
    hows: dict[str, set[str]] = {}
    for rule, how, *_ in PERTURBED:
        hows.setdefault(rule, set()).add(how)
    assert set(hows) == set(CONFLICTS)
    assert all(len(h) >= 3 for h in hows.values()), hows


def test_a_possibility_makes_the_conflict_a_warning() -> None:
    """Error when both claims are plain statements; warning when one side is a possibility ("can cause")."""
    plain = article("Kava capsules", "Our kava capsules are gentle on the liver.", "Kava capsules cause liver damage.")
    modal = article("Kava capsules", "Our kava capsules are gentle on the liver.", "Kava capsules can cause liver damage.")
    assert [(r, s) for r, s, *_ in pairs(plain)] == [("HL402", "error")]
    assert [(r, s) for r, s, *_ in pairs(modal)] == [("HL402", "warning")]
    plain = article("Beet juice", "Beet juice lowers blood pressure.", "Beet juice raises blood pressure.")
    modal = article("Beet juice", "Beet juice lowers blood pressure.", "Beet juice can raise blood pressure.")
    assert [(r, s) for r, s, *_ in pairs(plain)] == [("HL401", "error")]
    assert [(r, s) for r, s, *_ in pairs(modal)] == [("HL401", "warning")]


def test_a_claim_takes_part_in_one_finding_of_a_rule() -> None:
    text = (
        "# Beet juice\n\nBeet juice lowers blood pressure.\n\nIt is pressed from red beets.\n\n"
        "Beet juice raises blood pressure.\n\nIn fact beet juice sends blood pressure up.\n"
    )
    found = pairs(text)
    assert [r for r, *_ in found] == ["HL401"]


def test_positions_in_html_point_at_the_claims() -> None:
    html = (
        "<!doctype html><html><head><title>Beet juice</title></head><body><h1>Beet juice</h1>"
        "<p>Beet juice <em>lowers</em> blood&nbsp;pressure.</p>\n<p>It is pressed from red beets.</p>\n"
        "<p>Beet juice sends your blood pressure <b>soaring</b>.</p></body></html>\n"
    )
    [f] = lint_text(html, "a.html", select=("contradiction",)).findings
    assert f.rule == "HL401"
    start = html.index("lowers")
    assert (f.span.offset, f.span.line, f.span.column) == (start, 1, start + 1)
    assert html[f.span.offset : f.span.end_offset] == "lowers</em> blood&nbsp;pressure"
    [related] = f.related
    line3 = html.splitlines()[2]
    assert (related.span.line, related.span.column) == (3, line3.index("blood pressure") + 1)
    assert html[related.span.offset : related.span.end_offset] == "blood pressure <b>soaring"


def test_positions_in_markdown_skip_markup() -> None:
    text = "# Beet juice\n\nBeet juice **lowers** blood pressure.\n\nIt is pressed from red beets.\n\n> Beet juice sends your blood pressure soaring.\n"
    [f] = lint_text(text, "a.md", select=("contradiction",)).findings
    assert (f.span.line, f.span.column) == (3, text.splitlines()[2].index("lowers") + 1)
    assert f.span.text == "lowers** blood pressure"
    assert (f.related[0].span.line, f.related[0].span.column) == (7, text.splitlines()[6].index("blood pressure") + 1)


def test_conflicting_onset_times_normalised() -> None:
    text = "Most people feel the aching fade within 48 hours.\n\nBe patient: it usually takes 8 to 12 weeks of daily use before pain starts to ease.\n"
    [(rule, _, a, b)] = pairs(text, "a.txt")
    assert (rule, a, b) == ("HL404", "48 hours", "8 to 12 weeks")


@pytest.mark.parametrize(
    "text",
    [
        # Variation across people, stated as such.
        "Some users report better sleep, while others report insomnia.\n\nOthers find it helps them sleep.\n",
        # Conditions that separate the claims.
        "At low doses it does not cause drowsiness.\n\nAt high doses it can make you drowsy.\n",
        # A hedged benefit next to a stated risk.
        "It may help with pain.\n\nIt can cause nausea.\n",
        # "Not necessarily" only denies "always".
        "Kratom may not necessarily cause insomnia.\n\nHigh doses can lead to disrupted sleep.\n",
        # Different subjects.
        "Opioids cause sedation.\n\nAlcohol can help you fall asleep, but it disturbs sleep later in the night.\n\nRegular exercise improves sleep.\n",
        # A concession within one sentence.
        "While generally considered safe, long-term use can lead to dependence.\n",
        # "Not without side effects" is not "without side effects".
        "Kratom is not without side effects.\n\nIt can cause nausea and dizziness.\n",
        # A comparative is not an absolute.
        "It carries a lower risk of addiction than opioids, without the same level of risk.\n\nLong-term use can lead to dependence.\n",
        # A question and a headline are not assertions.
        "# Is it completely safe?\n\nIs it completely safe to take every day?\n\nIt can cause heartburn.\n",
        # Overlapping ranges are compatible.
        "Haemoglobin should rise within 2 to 4 weeks.\n\nMost people feel better within 3 weeks.\n",
        # Different measures.
        "Niacin raises HDL cholesterol.\n\nNiacin lowers blood sugar.\n",
    ],
)
def test_careful_writing_is_not_a_contradiction(text: str) -> None:
    assert pairs(text, "a.md") == []


def test_other_subjects_are_skipped() -> None:
    text = "Codeine is addictive.\n\nParacetamol, unlike opioids, is not addictive.\n\nOpioids like codeine can lead to dependence.\n"
    assert pairs(text, "a.txt") == []


# Known gaps: natural wordings the current code misses or wrongly flags (see the tests rewrite's report).
# strict: when the code is fixed, the test fails until the case moves up into the lists above.
MISSED = [
    ("HL401", "Passionflower drops", "Our drops help you sleep.", "Our drops keep you awake."),
    ("HL401", "Passionflower drops", "Passionflower drops calm your nerves.", "Passionflower drops make you anxious."),
    ("HL405", "Cough syrup", "This cough syrup won't make you drowsy.", "You may feel sleepy after a dose."),
    ("HL406", "Chamomile drops", "Chamomile drops are fine while breastfeeding.", "Avoid chamomile drops when nursing."),
]
WRONGLY_FLAGGED = [
    (
        "other-product",
        "Ginkgo tablets",
        "Ginkgo tablets have no known drug interactions.",
        "People on warfarin should avoid grapefruit juice.",
    ),
    ("other-product", "Kratom powder", "Kratom powder is legal in the UK.", "Poppers are banned in the UK."),
    (
        "other-substance",
        "Iron tablets",
        "There is no upper limit on how much iron you can take.",
        "Keep your daily total of vitamin C under 45 mg.",
    ),
    ("separated", "Cough syrup", "At the usual dose, this cough syrup won't make you drowsy.", "At double the dose, users feel sleepy."),
]


@pytest.mark.xfail(strict=True, reason="gap: a natural wording of the rule's conflict is not flagged")
@pytest.mark.parametrize(("rule", "product", "first", "second"), MISSED, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(MISSED)])
def test_known_missed_conflicts(rule: str, product: str, first: str, second: str) -> None:
    assert rule in [p[0] for p in pairs(article(product, first, second))]


@pytest.mark.parametrize("filler", ["The drops are flavoured with mint.", ""])
def test_a_neutral_sentence_between_the_claims_does_not_matter(filler: str) -> None:
    first, second = "Chamomile drops are safe for everyone.", "People with kidney disease must not take chamomile drops."
    assert [p[0] for p in pairs(article("Chamomile drops", first, second))] == ["HL406"]  # with "It comes in a plain box."
    assert [p[0] for p in pairs(article("Chamomile drops", first, second, filler))] == ["HL406"]


@pytest.mark.xfail(strict=True, reason="gap: a pair that is no conflict is flagged")
@pytest.mark.parametrize(
    ("how", "product", "first", "second"), WRONGLY_FLAGGED, ids=[f"{how}-{i}" for i, (how, *_) in enumerate(WRONGLY_FLAGGED)]
)
def test_known_false_conflicts(how: str, product: str, first: str, second: str) -> None:
    assert pairs(article(product, first, second)) == []


# Conflicts in forms the frames read since the claim-frame rewrite, each with (rule, product, first, second):
# a denied approval (HL408), a use refused in the writer's words (HL406), a measure moved by a verb and a
# particle (HL401), a fast against a slow onset where the slow time says what it is the time to, and none of
# an ingredient against an amount of it (HL404).
NEW_FORMS = [
    ("HL408", "Sleep gummies", "Our sleep gummies are FDA-approved.", "These statements have not been evaluated by the Food and Drug Administration."),
    ("HL408", "Quit-smoking spray", "The spray is approved by regulators as a stop-smoking aid.", "It has not been licensed as a medicine by any regulator."),
    ("HL408", "Hearing amplifier", "The amplifier is FDA-cleared as an over-the-counter hearing aid.", "It has not been reviewed or cleared by the FDA."),
    ("HL408", "Slimming drops", "The drops carry full FDA approval for weight loss.", "The FDA has not reviewed these drops."),
    ("HL408", "Herbal sleep tea", "The tea is a licensed herbal medicine.", "Legally the tea is not a medicine."),
    ("HL406", "Kava drink", "The kava drink is suitable for any adult.", "People with liver problems should not drink kava."),
    ("HL406", "Dry needling", "Anyone can benefit from dry needling.", "We do not offer dry needling to people with haemophilia."),
    ("HL406", "Cryotherapy sessions", "Cryotherapy is safe for everyone.", "We cannot treat anyone with heart failure."),
    ("HL406", "Valerian tea", "Valerian tea suits everyone.", "Pregnant women should not drink it."),
    ("HL401", "Salt capsules", "Salt capsules bring blood pressure down.", "Salt capsules push your blood pressure up."),
    ("HL401", "Liquorice tea", "Liquorice tea sends blood pressure higher.", "Liquorice tea brings blood pressure down."),
    ("HL401", "Glucose gel", "The gel pushes blood sugar up.", "The gel knocks blood sugar down."),
    ("HL404", "Cinnamon capsules", "Your blood sugar starts falling within minutes.", "Most people need to take it every day for at least 40 days before their readings start to move."),
    ("HL404", "Ginseng capsules", "Most people feel a clear lift within 20 minutes.", "In trials, tiredness improved only after six to eight weeks of daily use."),
    ("HL404", "Sleep drops", "You will be asleep within ten minutes.", "Its effect on sleep builds over two to four weeks of nightly use."),
    ("HL404", "Energy gummies", "Our energy gummies have zero sugar.", "Ingredients: cane sugar, 12 g per gummy."),
    ("HL404", "Electrolyte powder", "The powder contains no salt at all.", "Nutrition facts. Sodium: roughly 1,100 mg."),
    ("HL404", "Herbal tea bags", "The tea is caffeine-free.", "Each tea bag gives about 45 mg of caffeine."),
    ("HL404", "Sleep spray", "You will feel the difference from the very first night.", "It takes four to six weeks of nightly use before your sleep changes."),
    ("HL404", "Gut tonic", "Your digestion improves from the first glass.", "Give it about a month of daily use before you notice a change."),
    ("HL404", "Light therapy lamp", "You feel brighter after a single session.", "The lift in mood emerges only after three weeks of daily sessions."),
    ("HL406", "Weighted blanket", "Anyone can use the blanket safely.", "The blanket must not be used by toddlers under three."),
    ("HL406", "Foot spa", "The foot spa is safe for everyone.", "It should not be used by people with diabetes."),
    ("HL401", "Coffee capsules", "Daily coffee brings blood pressure down, which may explain what the team observed.", "Daily coffee drives blood pressure higher, which is why doctors advise cutting back."),
    ("HL402", "Sleep tablets", "Side effects: none.", "Dry mouth, blurred vision and next-day grogginess are all possible after a dose."),
    ("HL402", "Valerian drops", "The drops have no known side effects.", "Possible side effects: a dull morning headache and vivid dreams."),
    ("HL402", "Probiotic capsules", "The capsules are gentle on the stomach.", "Bloating, wind and cramps are the complaints we hear most often."),
    ("HL402", "Magnesium capsules", "Unlike other magnesium supplements, the capsules never upset the bowels.", "Reported side effects include diarrhoea and stomach cramps."),
    ("HL404", "Zinc lozenges", "Each lozenge contains 15 mg of zinc.", "Every lozenge provides 0.05 g of elemental zinc."),
    ("HL404", "Migraine tablets", "The tablets work within the hour.", "Give the tablets three weeks before you notice any change."),
    ("HL406", "Travel patches", "The patches can be worn by anybody.", "People with glaucoma should not wear the patches."),
]  # fmt: skip

# Their near misses: another subject, another place, a question, a use refused of something else, a hedge on
# "everyone", an onset against a course, a condition's own course, variation, a denial for most people.
NEW_FORMS_NEAR = [
    ("Slimming drops", "Green tea extract, by contrast, is FDA-approved.", "The drops have not been reviewed by the FDA."),
    ("Slimming drops", "The drops are approved in Canada.", "The drops are not approved in Australia."),
    ("Slimming drops", "The drops are approved in Canada.", "Ask whether the drops have been approved where you live."),
    ("Iron tablets", "Iron tablets are safe for everyone.", "Most people do not take enough iron."),
    ("Cryotherapy sessions", "Cryotherapy is safe for almost everyone.", "We cannot treat anyone with heart failure."),
    ("Aspirin tablets", "Aspirin tablets are safe for most adults.", "Doctors no longer recommend it for preventing heart disease."),
    ("Salt capsules", "Salt capsules bring blood pressure down.", "Heavy exercise pushes blood pressure up for a while."),
    ("Sleep drops", "You will be asleep within ten minutes.", "Keep taking it for four weeks."),
    ("Cough syrup", "The syrup soothes a cough within minutes.", "A cold itself usually clears up after seven to ten days."),
    ("Sleep drops", "Some people are asleep within ten minutes.", "Others need two weeks of nightly use before they notice a change."),
    ("Cetirizine tablets", "Most people taking cetirizine do not become drowsy.", "About one person in ten feels sleepy after a dose."),
    ("Herbal tea bags", "The tea is caffeine-free.", "A cup of coffee has about 95 mg of caffeine."),  # another drink
    ("Chamomile drops", "Chamomile drops are safe for everyone.", "Do not give aspirin to children under sixteen."),  # another medicine
    ("Chamomile drops", "Chamomile drops are safe during pregnancy.", "Pregnant women should avoid retinoid creams."),
    ("Energy gummies", "Our energy gummies have zero sugar.", "An apple holds about 19 g of sugar."),
    ("Energy gummies", "The gummies have no added sugar.", "Keep your daily sugar below 30 g."),  # a limit, not an amount
    ("Sleep spray", "Some users feel the difference from the first night.", "Others need four weeks of nightly use before their sleep changes."),
    ("Weighted blanket", "Most adults can use the blanket safely.", "The blanket must not be used by toddlers under three."),
    ("Coffee capsules", "Daily coffee brings blood pressure down, a 2021 trial found.", "Decaf does not raise blood pressure."),
    ("Child syrup", "The syrup is suitable for children aged 6 and over.", "Do not give the syrup to children under six."),  # the ages agree
    ("Zinc lozenges", "Each lozenge contains 15 mg of zinc.", "Each lozenge also holds 15 mg of vitamin C."),  # another substance
    ("Sleep tablets", "Side effects: none reported in our survey of 40 users.", "Store below 25 degrees."),
    ("Sleep tablets", "The tablets have no side effects. Users often ask: does it cause headaches, nausea or dreams?", "Store below 25 degrees."),
    ("Migraine tablets", "The tablets work within the hour.", "A migraine attack can last up to three days."),  # the illness's own course
]  # fmt: skip


@pytest.mark.parametrize(("rule", "title", "first", "second"), NEW_FORMS, ids=[f"{r}-{t}" for r, t, _, _ in NEW_FORMS])
def test_conflicts_in_the_newer_forms_are_flagged(rule: str, title: str, first: str, second: str) -> None:
    assert [p[0] for p in pairs(article(title, first, second))] == [rule]


@pytest.mark.parametrize(("title", "first", "second"), NEW_FORMS_NEAR, ids=[t for t, _, _ in NEW_FORMS_NEAR])
def test_near_misses_of_the_newer_forms_are_not(title: str, first: str, second: str) -> None:
    assert pairs(article(title, first, second)) == []


# Conflict forms with their rules (tests/wordings/conflict-forms.yaml): flagged by that rule alone, near misses by none.
FORMS_AND_NEAR_MISSES = yaml.safe_load((Path(__file__).parent / "wordings" / "conflict-forms.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", FORMS_AND_NEAR_MISSES, ids=[f"{c['rule']}-{c['expect']}-{c['title']}" for c in FORMS_AND_NEAR_MISSES])
def test_a_form_conflicts_and_its_near_misses_do_not(case: dict[str, str]) -> None:
    assert set(case) == {"rule", "title", "first", "second", "expect"}, "an unquoted comma splits a case into keys"
    found = [p[0] for p in pairs(article(case["title"], case["first"], case["second"]))]
    assert found == ([case["rule"]] if case["expect"] == "flag" else [])
