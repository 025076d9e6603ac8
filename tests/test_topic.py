"""Topic detection: what an article is about, and whether it promotes that subject, from its title and opening."""

from __future__ import annotations

import pytest

from healthlint.language.loader import builtin_language
from healthlint.language.text import Text
from healthlint.language.topic import Topic, read_topic, title_text
from healthlint.readers import parse


def topic(source: str, name: str = "article.md", keyphrase: str | None = None) -> Topic:
    doc = parse(name, source)
    language = builtin_language()
    return read_topic(doc, language, keyphrase, Text(doc, language).tokens)


@pytest.mark.parametrize(
    ("source", "name", "words"),
    [
        ("# Ginseng for energy\n\nGinseng is a root.\n", "a.md", {"ginseng"}),
        ("---\ntitle: Ginseng for energy\n---\n\n# Something else\n\nText.\n", "a.md", {"ginseng"}),  # front matter first
        ("# Turmeric for arthritis\n\nText.\n", "a.md", {"turmeric"}),
        ("# Magnesium vs melatonin for sleep\n\nText.\n", "a.md", {"magnesium"}),
        ("# Does melatonin help with jet lag?\n\nText.\n", "a.md", {"melatonin"}),
        ("<html><head><title>Echinacea for colds</title></head><body><p>Text.</p></body></html>", "a.html", {"echinacea"}),  # not "colds"
        ("Ashwagandha gummies\n\nThey taste of lemon.\n", "a.txt", {"ashwagandha", "gummies"}),
        ("# Lion's mane for focus\n\nText.\n", "a.md", {"lion's", "mane"}),
        ("# Intermittent fasting for weight loss\n\nText.\n", "a.md", {"intermittent", "fasting"}),
        ("# Quercetin and allergies\n\nText.\n", "a.md", {"quercetin"}),
        ("# Cold plunge benefits\n\nText.\n", "a.md", {"cold", "plunge"}),
        ("# Saline nasal rinse guide\n\nText.\n", "a.md", {"saline", "nasal", "rinse"}),
        ("# Acupuncture for back pain\n\nText.\n", "a.md", {"acupuncture"}),
        ("# NightHaven Pillow Spray\n\nText.\n", "a.md", {"nighthaven"}),  # a brand in camel case
        ("# Why our Revive drip is the talk of the town\n\nText.\n", "a.md", {"revive"}),  # the writer's own
        ("# Why a spoonful of apple cider vinegar belongs in your morning\n\nText.\n", "a.md", {"spoonful"}),
        (
            "# Sildenafil for erectile dysfunction\n\nSildenafil is a prescription medicine for erectile dysfunction.\n",
            "a.md",
            {"sildenafil"},
        ),
    ],
)
def test_a_title_naming_a_product_promotes_it(source: str, name: str, words: set[str]) -> None:
    found = topic(source, name)
    assert found.promoted and found.named
    assert words <= found.words
    assert (
        not {"energy", "arthritis", "sleep", "jet", "lag", "focus", "weight", "allergies", "pain"} & found.words
    )  # what it is for is not the topic


@pytest.mark.parametrize(
    ("title", "promoted", "words"),
    [
        ("The Calm Brew: Ashwagandha for Stress", True, {"ashwagandha"}),  # a subtitle says what the name sells
        ("RESTWELL SLEEP SPRAY - LAVENDER, 30 ML", True, {"restwell"}),  # a pack size: a shop's title
        ("Heart failure: ACE inhibitors and beta blockers", False, set()),  # a condition's page, then its medicines
        ("Iron deficiency: 3 pieces of advice", False, set()),  # a count of advice, no pack size
        ("Vitamin C 1000", True, {"vitamin"}),  # a number that ends the title has no unit after it
        ("Knee pain. Do I need a detox, or a drug?", False, set()),  # a cue asked about promotes nothing
    ],
)
def test_a_subtitle_or_pack_size_says_what_a_title_sells(title: str, promoted: bool, words: set[str]) -> None:
    found = topic(f"# {title}\n\nText.\n")
    assert found.promoted is promoted
    assert words <= found.words


def test_a_site_banner_with_a_tagline_gives_way_to_the_headline() -> None:
    source = "THE DAILY NEST\nA blog about three kids and a dog\n\nHow a Cooling Pillow Changed My Nights\nPosted by Jo\n\nIt did.\n"
    found = topic(source, "blog.txt")
    assert found.title == "How a Cooling Pillow Changed My Nights" and {"cooling", "pillow"} <= found.words


def test_topic_words_carry_their_plural_and_stem() -> None:
    found = topic("# Turmeric capsule for joints\n\nText.\n")
    assert {"turmeric", "capsule", "capsules"} <= found.words
    assert found.names(["the", "capsules", "work"], 0, 3) and not found.names(["the", "joints"], 0, 2)


@pytest.mark.parametrize(
    "title",
    [
        "Rosacea: causes and treatment",
        "Shingles: symptoms and treatment",
        "Gout",
        "Intraocular (Uveal) Melanoma",
        "Atopic dermatitis in children",
        "Bladder control for women",  # a body function and a group: nothing sold
        "Nutrition for older adults",
        "Overweight and obesity",
        "People at high risk for diabetes",
        "Mycobacterium marinum",  # unknown words, nothing defined as a product, nothing sold
    ],
)
def test_a_title_naming_a_condition_promotes_nothing(title: str) -> None:
    found = topic(f"# {title}\n\nSome text about it.\n")
    assert not found.named
    assert title.split()[0].lower().strip(":") in found.words


def test_the_keyphrase_adds_to_the_title() -> None:
    assert "kratom" in topic("# A plant from Asia\n\nText.\n", keyphrase="kratom for pain").words


@pytest.mark.parametrize(
    ("opening", "promoted"),
    [
        ("Zorblax is a rare inherited disorder of the nerves.", False),
        ("Zorblax (ZX) is a chronic condition of the skin that causes itching.", False),
        ("Zorblax is a group of genetic skin diseases.", False),
        ("Zorblax is a herbal tea from Peru.", True),
        ("Zorblax is a dietary supplement made from seaweed.", True),
        ("Buy Zorblax in tins of fifty, with free shipping on every order.", True),  # the page sells it
        ("Zorblax is found in mountain streams.", False),  # a name no vocabulary knows, and nothing sold
        ("Zorblax can be ordered from the clinic.", False),  # one word of selling is not a shop
    ],
)
def test_an_unknown_topic_is_promoted_only_when_defined_as_a_product_or_sold(opening: str, promoted: bool) -> None:
    found = topic(f"# Zorblax\n\n{opening}\n")
    assert "zorblax" in found.words
    assert found.named is promoted


@pytest.mark.parametrize(
    ("title", "opening", "promoted"),
    [
        ("Kegelo pocket clicker", "The clicker fits in a pocket.", True),  # unknown head: most likely a product
        ("Foot pads", "Stick them on at night.", True),
        ("Zorblax", "Zorblax is a rare inherited disorder of the nerves.", False),  # defined as a condition
        ("Mycobacterium marinum", "Mycobacterium marinum is a bacterium found in water.", False),  # defined as another thing
        ("Intraocular (Uveal) Melanoma", "It starts in the eye.", False),  # a condition's page
    ],
)
def test_an_unknown_title_is_promoted_for_hype_but_not_named(title: str, opening: str, promoted: bool) -> None:
    found = topic(f"# {title}\n\n{opening}\n")
    assert found.promoted is promoted
    assert not found.named  # contradictions wait for a product named or sold


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("TENS for Back Pain", True),  # a short name in capitals, then what it treats: a treatment
        ("CBD for Anxiety and Sleep", True),
        ("Nutrition for Advanced Chronic Kidney Disease", False),  # an ordinary word, not a name in capitals
        ("Retired Engineer's Herbal Ear Drops Silence Tinnitus For Good", True),  # a product, its verb, the condition
        ("Probiotic Yeast Modestly Cuts Diarrhoea in New Trial", False),  # news of a study, not a sale
        ("Tips for Eczema", False),
        ("Tens of thousands for back pain research", False),  # no name in capitals
        ("TENS", False),  # nothing says what it is for
    ],
)
def test_a_name_in_capitals_before_what_it_treats_is_a_treatment(title: str, named: bool) -> None:
    found = topic(f"# {title}\n\nPlace the pads either side of the sore area.\n")
    assert found.named is named


def test_a_definition_far_down_the_page_does_not_count() -> None:
    filler = "Buy Zorblax today: free shipping on every order. " * 30
    assert topic(f"# Zorblax\n\n{filler}\n\nZorblax is a rare inherited disorder of the nerves.\n").promoted


def test_a_product_sold_for_a_condition_is_not_defined_as_one() -> None:
    assert topic("# Quillwort\n\nQuillwort is sold as a chronic pain remedy.\n").promoted
    assert topic("# Quillwort\n\nQuillwort is the pain relief you need.\n").promoted


@pytest.mark.parametrize(
    "title",
    [
        "Quillwort Could Be the Natural Pain Relief You Have Been Missing",  # a pitch, not a definition
        "Why Quillwort Is the Pain Relief You Need",
        "7 Reasons Quillwort Could Be the Answer to Your Back Pain",
    ],
)
def test_a_headline_that_pitches_a_product_names_it(title: str) -> None:
    found = topic(f"# {title}\n\nQuillwort is a herb. I take quillwort every day.\n")
    assert found.promoted and "quillwort" in found.words and "be" not in found.words


@pytest.mark.parametrize("title", ["Can Diabetes Be Prevented?", "What Is High Blood Pressure?", "Do You Have Diabetes?"])
def test_a_question_about_a_condition_names_no_product(title: str) -> None:
    found = topic(f"# {title}\n\nDiabetes is a condition in which blood sugar is too high.\n")
    assert not found.named and not {"be", "have", "is"} & found.words


SENTENCE_TITLE = (
    "Why I started drinking quillwort tea every morning before work and what happened to my sleep\n\n"
    "Quillwort tea is bitter. I drink quillwort tea hot. Quillwort grows wild. My quillwort comes from a shop.\n"
)


def test_a_text_file_whose_first_line_is_a_sentence_names_its_most_repeated_word() -> None:
    doc = parse("article.txt", SENTENCE_TITLE)
    assert title_text(doc).startswith("Why I started drinking")
    found = topic(SENTENCE_TITLE, "article.txt")
    assert "quillwort" in found.words and found.promoted


def test_a_long_title_led_by_a_complaint_takes_no_repeated_word_for_its_topic() -> None:
    page = (
        "# Numb fingers at 3 a.m.: what actually helps carpal tunnel syndrome\n\n"
        + "Surgery helps some people. Surgery takes weeks to recover from. Many avoid surgery at first. "
        + "Splints help at night.\n"
    )
    assert "surgery" not in topic(page).words  # the page is about the complaint, not the operation it mentions
    headline = (
        "# Brackenridge start-up says its smart ring can see a cold coming\n\n"
        + "Sentra is a ring. Sentra tracks your pulse. Buyers wear Sentra at night.\n"
    )
    assert "sentra" in topic(headline).words  # a condition late in a headline leaves the stand-in be


def test_a_short_first_line_is_a_title_not_a_sentence() -> None:
    found = topic("Quillwort tea\n\nIt tastes of grass. Quillwort grows wild. Quillwort is green. Quillwort, again.\n", "article.txt")
    assert {"quillwort", "tea"} <= found.words


@pytest.mark.xfail(strict=True, reason="known: a sentence title keeps its own words beside the repeated one ('every', 'before', 'morning')")
def test_a_sentence_titles_other_words_do_not_name_the_topic() -> None:
    found = topic(SENTENCE_TITLE, "article.txt")
    assert not {"every", "before", "morning", "started"} & found.words


@pytest.mark.parametrize(
    "opening",
    ["It is highly effective against joint pain.", "They are a rare find in mountain streams.", "It is the sore throat we treat."],
)
def test_a_title_does_not_run_into_the_next_sentence_as_a_definition(opening: str) -> None:
    """ "VitaGlow Capsules | It is ... pain" is no definition of the title by a condition: the sentence has its own subject."""
    assert topic(f"# VitaGlow Capsules\n\n{opening}\n").promoted
    assert not topic("# Zorblax\n\nZorblax is a rare inherited disorder of the nerves.\n").promoted


TOUTED = (
    "# Chronic back pain\n\nBack pain that lasts for months wears people down. {opening}\n\n"
    "Valerian eases stiffness. Many readers take valerian daily. Valerian tea is bitter. Buy valerian loose. "
    "Ask about valerian at the shop.\n"
)


def test_a_condition_page_written_for_one_herb_promotes_it() -> None:
    """ "Chronic back pain" that opens with a herb and names it again and again sells that herb: hype about it counts,
    but the page is still no product's page for contradictions. A herb the page brings in only later is discussed."""
    found = topic(TOUTED.format(opening="Valerian, a herb, is a natural answer."))
    assert found.promoted and "valerian" in found.words and not found.named
    filler = "Keep moving, sleep on a firm mattress and see a physiotherapist if it does not settle. " * 8
    assert not topic(TOUTED.format(opening=filler)).promoted


def test_a_condition_page_about_its_own_substance_promotes_nothing() -> None:
    """Iron on a page about iron overload, or a herb the title itself names, is the condition's subject."""
    iron = "# Haemochromatosis\n\nHaemochromatosis means too much iron. Iron builds up. Iron harms the liver. Less iron helps. Iron tests show it.\n"
    assert not topic(iron).promoted
    own = (
        "# Valerian allergy\n\nValerian allergy is rare. Valerian can cause a rash. Avoid valerian. Valerian tea too. Valerian drops too.\n"
    )
    assert not topic(own).promoted


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Menopause, Naturally: Why I Recommend Black Cohosh in My Clinic", {"black", "cohosh"}),
        ("Hay Fever Season Is Here: Why We Recommend Saline Nasal Rinsing", {"saline", "nasal"}),
        ("Eczema: The Cream I Swear By", set()),  # nothing after the endorsement
        ("Back pain? Why physios rave about foam rollers", {"foam", "rollers"}),
        ("Insomnia: what I reach for on bad nights", set()),  # "on" ends it: no product named
    ],
)
def test_a_title_endorsing_a_product_makes_it_the_topic(title: str, words: set[str]) -> None:
    found = topic(f"# {title}\n\nText.\n")
    assert words <= found.words
    if words:
        assert found.promoted and found.named


def test_a_title_recommending_nothing_after_its_verb_names_no_product() -> None:
    found = topic("# What doctors recommend for back pain\n\nText.\n")  # "for" ends the endorsement at once
    assert not found.named and "back" not in found.words


def test_the_medicine_a_product_contains_is_named_with_it() -> None:
    found = topic("# DozeWell Sleep Aid\n\nDozeWell contains diphenhydramine 50 mg. Take one tablet at bedtime.\n")
    assert "diphenhydramine" in found.words
    other = topic("# DozeWell Sleep Aid\n\nUnlike tablets that rely on diphenhydramine, DozeWell uses valerian.\n")
    assert "diphenhydramine" not in other.words


_TOUTED_BODY = (
    "Hyperbaric oxygen therapy has moved from hospitals to the high street. Clinics now sell hyperbaric oxygen "
    "therapy by the hour.\n\nA session of hyperbaric oxygen therapy lasts an hour. Fans of hyperbaric oxygen therapy "
    "say it speeds recovery.\n\nMost people book hyperbaric oxygen therapy in blocks of ten.\n"
)


def test_a_title_that_names_nothing_takes_the_treatment_the_page_repeats() -> None:
    """A feature's title names no product ("Under Pressure"); the practice it names at the opening and five times
    after is what it is about, so its claims are compared."""
    found = topic(f"# Under Pressure: Inside the Boom\n\n{_TOUTED_BODY}")
    assert found.named and {"hyperbaric", "oxygen", "therapy"} <= found.words


@pytest.mark.parametrize(
    "source",
    [
        f"# What is Ehlers-Danlos syndrome?\n\n{_TOUTED_BODY}",  # a condition's page: the treatment is the condition's
        "# Under Pressure: Inside the Boom\n\nDivers know the feeling.\n\n" + "Pressure rises with depth. " * 5 + "\n",
        "# Under Pressure\n\n" + "Some try yoga. " * 4 + "Others try tai chi. " * 3 + "\n",  # none twice as often as the next
    ],
)
def test_no_treatment_is_taken_when_the_title_names_a_condition_or_none_is_touted(source: str) -> None:
    assert not topic(source).named


@pytest.mark.parametrize(
    "title",
    [
        "Cutting out dairy? Check your calcium first, nutritionists say",
        "Turmeric eases stiff knees, a new trial finds",
        "Zinc lozenges shorten colds only a little, researchers report",
        "Melatonin for children: use it sparingly, paediatricians warn",
        "Fish oil does not protect the heart, large review concludes",
    ],
)
def test_a_headline_that_says_who_says_it_is_news_not_a_sale(title: str) -> None:
    found = topic(f"# {title}\n\nThe advice comes as more people try supplements and diets of their own.\n")
    assert not found.promoted and not found.named


@pytest.mark.parametrize(
    "title",
    [
        "Turmeric capsules for stiff knees",  # no one said to say it
        "Why our zinc lozenges work, and how to take them",  # a comma, but no speaker before a verb of saying
        "DreamDrift gummies, loved by thousands",
    ],
)
def test_a_headline_without_a_speaker_still_names_its_product(title: str) -> None:
    assert topic(f"# {title}\n\nTake one a day.\n").promoted


@pytest.mark.parametrize(
    ("source", "words", "not_words"),
    [
        # a site's banner above the article's title: the title names the treatment
        (
            "BRIGHTSIDE CLINIC - NEWS\n\nAcupuncture for migraine: what to expect\n\nMost people feel nothing.\n",
            {"acupuncture"},
            {"brightside"},
        ),
        ("Harbour Health Blog\n\nTurmeric capsules for stiff joints\n\nThey are yellow.\n", {"turmeric"}, {"harbour"}),
        # a first line that names the subject stays the title, whatever follows
        ("ELDERBERRY SYRUP FOR WINTER\n\nZinc lozenges are another option\n\nIt tastes of berries.\n", {"elderberry"}, {"zinc"}),
        # a banner above a byline, not a title: the banner stays (nothing better names the subject)
        ("BRIGHTSIDE CLINIC - NEWS\n\nBy Dana Holt, 3 May\n\nMost people feel nothing.\n", {"brightside"}, {"dana"}),
        # a press release's marker is no title, and what its headline's maker launches is the product
        (
            "FOR IMMEDIATE RELEASE\n\nOrbis Labs Launches Sleepwell Valerian Gummies\n\nOrbis Labs today announced ...\n",
            {"sleepwell", "valerian", "orbis"},
            {"immediate", "release", "launches"},
        ),
        (
            "PRESS RELEASE\n\nHarbor Spa Opens in Austin, Bringing Cryotherapy to Locals\n\nThe spa opens today.\n",
            {"harbor", "cryotherapy"},
            {"press", "opens"},
        ),
        # two markers, one dated, above the headline
        (
            "PRESS RELEASE\n\nFOR IMMEDIATE RELEASE: 2 March\n\nOrbis Labs Launches Sleepwell Gummies\n\nOrbis Labs today announced ...\n",
            {"sleepwell", "orbis"},
            {"immediate", "march", "press"},
        ),
    ],
)
def test_a_banner_line_gives_way_to_the_title_below_it(source: str, words: set[str], not_words: set[str]) -> None:
    found = topic(source, "article.txt")
    assert words <= found.words and not (not_words & found.words)


@pytest.mark.parametrize(
    ("title", "times", "named"),
    [
        ("Vortex Decompression for Sciatica Arrives in Leeds", 6, True),
        ("Vortex Decompression for Sciatica Arrives in Leeds", 2, False),  # said once or twice: anything the page mentions
        ("Vortex Decompression", 6, False),  # nothing says what it is for: a rare condition's page repeats its name too
    ],
)
def test_an_unknown_title_name_repeated_through_the_text_is_named(title: str, times: int, named: bool) -> None:
    """A news title of words no vocabulary knows, then what it is for, names a treatment when the text keeps calling
    it that."""
    body = " ".join(["Locals queued for vortex decompression on Monday."] * times + ["The owner opened the doors at nine."] * 4)
    found = topic(f"# {title}\n\n{body}\n")
    assert found.promoted
    assert found.named is named
