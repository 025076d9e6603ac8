"""The assertion reader: for each reading, sentences that must give it and near misses that must not; and whose
claim a match is (the article's own subject, another, or none found)."""

from __future__ import annotations

import pytest

from healthlint.language.assertion import REASONS, Reader, Reading
from healthlint.language.loader import builtin_language
from healthlint.language.text import Text
from healthlint.language.tokens import Tokens
from healthlint.language.topic import read_topic
from healthlint.readers import parse

PRODUCT = "Ginseng for energy"  # a page that promotes a product: "it" is ginseng
CONDITION = "Rosacea: causes and treatment"  # a page about a condition: it promotes nothing by name


def read(body: str, phrase: str, title: str | None = PRODUCT) -> Reading:
    """How the reader reads the last occurrence of `phrase` in an article of that title and body."""
    source = (f"# {title}\n\n" if title else "") + body + "\n"
    doc = parse("article.md", source)
    language = builtin_language()
    text = Text(doc, language)
    reader = Reader(text, read_topic(doc, language, None, text.tokens))
    target = Tokens.of(phrase).words
    words = text.words
    starts = [i for i in range(len(words) - len(target) + 1) if words[i : i + len(target)] == target]
    assert starts, f"{phrase!r} is not in {body!r}"
    return reader.read(starts[-1], starts[-1] + len(target))


# (sentence, the match in it) that must give the reading, and near misses that must not.
GIVES: dict[str, list[tuple[str, str]]] = {
    "negated": [
        ("Ginseng is not a miracle cure.", "a miracle cure"),
        ("No study has shown ginseng to be a miracle cure.", "a miracle cure"),  # a negated subject covers its clause
        ("Nobody has found that ginseng is completely safe.", "completely safe"),
        ("Ginseng never works wonders.", "works wonders"),
        ("No capsule, at any price, works wonders.", "works wonders"),  # an aside between the denied subject and its verb
        ("Ginseng isn't completely safe.", "completely safe"),
        ("It is not reef-safe or completely safe.", "completely safe"),  # "or" carries the negation on
    ],
    "hedged": [
        ("Ginseng may be a miracle cure.", "a miracle cure"),
        ("Ginseng might work wonders.", "work wonders"),
        ("Ginseng probably works wonders.", "works wonders"),
        ("Ginseng seems to work wonders.", "work wonders"),
        ("Ginseng is completely safe for some people.", "completely safe"),  # a restriction after the claim
    ],
    "question": [
        ("Is ginseng a miracle cure?", "a miracle cure"),
        ("Why is ginseng completely safe?", "completely safe"),
        ("Ginseng: a miracle cure?", "a miracle cure"),
        ('Is it really "completely safe"?', "completely safe"),  # closing quotes before the mark
        ("Is ginseng a miracle cure? | The Valley Courier", "a miracle cure"),  # a page title's question, then its site
    ],
    "condition": [
        ("If ginseng is completely safe, take it.", "completely safe"),
        ("Trials test whether ginseng is completely safe.", "completely safe"),
        ("Ask your doctor if ginseng is completely safe for you.", "completely safe"),
        ("Unless ginseng is completely safe, avoid it.", "completely safe"),
        ("Even if ginseng works wonders, the price is high.", "works wonders"),
    ],
    "purpose": [
        ("Trials are needed to show that ginseng is completely safe.", "completely safe"),
        ("Researchers set out to prove ginseng works wonders.", "works wonders"),
        ("Doctors give it to cure the fatigue.", "cure the fatigue"),  # an infinitive
        ("Trials test how safe it is.", "safe"),  # an embedded question
        ("Curing the fatigue often takes weeks.", "Curing the fatigue"),  # a gerund as a noun
    ],
    "attributed": [
        ("A 2021 review found that ginseng works wonders.", "works wonders"),
        ("Ginseng works wonders, a small trial finds.", "works wonders"),  # after the claim
        ("According to the makers, ginseng works wonders.", "works wonders"),
        ("Researchers concluded that ginseng is completely safe.", "completely safe"),
        ("Several studies show ginseng is completely safe.", "completely safe"),
    ],
    "cited": [
        ("Ginseng works wonders [3].", "works wonders"),
        ("Ginseng works wonders (Smith, 2020).", "works wonders"),
        ("Ginseng is completely safe (Lee et al. 2019).", "completely safe"),
        ("Ginseng is completely safe [1, 4].", "completely safe"),
        ("Ginseng works wonders, as [one trial](https://example.org/trial) showed.", "works wonders"),  # a link
    ],
    "critique": [
        ("Claims that ginseng is a 'miracle cure' are unfounded.", "miracle cure"),
        ("The story that ginseng is a miracle cure is a myth.", "miracle cure"),
        ("Despite talk of miracle cures, the trials are small.", "miracle cures"),
        ('Posts calling it a "wonder herb" are everywhere.', "wonder herb"),  # quoted and reported
        ("That ginseng works wonders is hype.", "works wonders"),  # a rejecting predicate after it
        ("Beware of labels promising that ginseng works wonders.", "works wonders"),
    ],
    "reported": [
        ("The idea that ginseng works wonders is popular.", "works wonders"),
        ("Some say ginseng works wonders.", "works wonders"),
        ("You may have heard that ginseng is a miracle cure.", "a miracle cure"),
        ("The makers say ginseng is completely safe.", "completely safe"),
        ("Ginseng has been called a miracle cure.", "a miracle cure"),
    ],
    "maker": [
        ("According to the brand, ginseng works wonders.", "works wonders"),
        ("It works wonders, according to the ginseng growers.", "works wonders"),  # the product's own name as the source
        ("The makers say ginseng is completely safe.", "completely safe"),
        ("Ginseng works wonders, the company says.", "works wonders"),
        ("According to the label, ginseng is completely safe.", "completely safe"),
        ("Tara Nolan, founder of the brand, spoke today. According to Nolan, ginseng works wonders.", "works wonders"),
        ("The capsules are the brainchild of chemist Colin Ames. Ginseng works wonders, Ames says.", "works wonders"),
        ('"Ginseng works wonders," Nolan added. Tara Nolan is the chief executive of Roots Ltd.', "works wonders"),
    ],
    "selection": [
        ("The most commonly used tablets are ferrous sulfate.", "are ferrous sulfate"),
        ("The best studied treatments are corticosteroids.", "are corticosteroids"),
        ("The medicines that most often cause it are antibiotics.", "are antibiotics"),
    ],
    "other-subject": [
        ("The safest painkiller in pregnancy is paracetamol.", "The safest painkiller"),
        ("Paracetamol works wonders for headaches.", "works wonders"),
        ("Unlike ginseng, ibuprofen works wonders.", "works wonders"),
        ("Ginseng is slow to act. Caffeine tablets, by contrast, work wonders within minutes.", "work wonders"),
        ("Surgery, which can work wonders, is a last resort.", "work wonders"),
        ("Losing weight can work wonders for blood pressure.", "work wonders"),
        ("The liver is completely safe from it.", "completely safe"),
    ],
    "variation": [
        ("Some users find ginseng works wonders.", "works wonders"),
        ("Ginseng sometimes works wonders.", "works wonders"),
        ("Ginseng rarely works wonders.", "works wonders"),
        ("Ginseng is completely safe for others, not for children.", "completely safe"),
        ("Some users, though, find ginseng works wonders.", "works wonders"),  # an aside after the subject, not a new clause
        ("A few people, however, find it works wonders.", "works wonders"),
    ],
    "usual": [  # a rule stated as a rule: tempered, but not variation
        ("Ginseng usually works wonders.", "works wonders"),
        ("In many cases ginseng works wonders.", "works wonders"),
        ("Most people find it completely safe.", "completely safe"),
        ("Ginseng typically works wonders.", "works wonders"),
    ],
    "studied": [
        ("In one large trial, people taking ginseng felt completely refreshed.", "completely refreshed"),
        ("In the research on tired adults, ginseng worked wonders only after six weeks.", "worked wonders"),
        ("Across several studies, ginseng was completely safe.", "completely safe"),
    ],
    "restricted": [
        ("For people with low energy, ginseng works wonders.", "works wonders"),
        ("In people who sleep badly, ginseng is completely safe.", "completely safe"),
        ("For those who train hard, ginseng works wonders.", "works wonders"),
    ],
    "qualified": [
        ("Ginseng is completely safe if you take it with food.", "completely safe"),
        ("Ginseng is completely safe when taken as directed.", "completely safe"),
        ("Ginseng works wonders unless you drink coffee.", "works wonders"),
        ("Ginseng works wonders as long as you sleep well.", "works wonders"),
        ("Ginseng is completely safe in moderation.", "completely safe"),
    ],
}

MISSES: dict[str, list[tuple[str, str]]] = {
    "negated": [
        ("Ginseng is a miracle cure.", "a miracle cure"),
        ("It is not cheap, but it is completely safe.", "completely safe"),  # "but" ends the negation
        ("It has no taste and is completely safe.", "completely safe"),  # so does "and"
        ("No wonder ginseng is completely safe.", "completely safe"),  # an idiom, no negation
        ("Ginseng couldn't be kinder to your stomach.", "kinder to your stomach"),  # "couldn't be kinder": the kindest
        ("It is not only cheap but completely safe.", "completely safe"),
        ("Because there are no drugs in it, ginseng is completely safe.", "completely safe"),  # the fronted clause's
    ],
    "hedged": [
        ("Ginseng is completely safe for everyone.", "completely safe"),
        ("Ginseng will work wonders.", "work wonders"),
        ("Ginseng works wonders, and it may taste bitter.", "works wonders"),  # the hedge comes after, elsewhere
        ("Ginseng is completely safe; some people may dislike it.", "completely safe"),
        ("Ginseng works wonders, and for people who are tired it is a tonic.", "works wonders"),  # another clause's group
    ],
    "question": [
        ("Ginseng is a miracle cure. Is it cheap, though?", "a miracle cure"),  # the question is the next sentence
        ("Who knew ginseng was a miracle cure!", "a miracle cure"),
        ("Ginseng is a miracle cure (or so the label says).", "a miracle cure"),
    ],
    "condition": [
        ("If you are tired, ginseng works wonders.", "works wonders"),  # "if ..." ends at its comma
        ("Ginseng works wonders.", "works wonders"),
        ("You can take it for as long as you like and it works wonders.", "works wonders"),  # a duration
        ("When in doubt, ask: ginseng works wonders.", "works wonders"),
        ("Whether it's stress or jet lag, ginseng works wonders.", "works wonders"),  # alternatives that all hold
    ],
    "purpose": [
        ("Ginseng cures the fatigue.", "cures the fatigue"),
        ("It is guaranteed to cure the fatigue.", "cure the fatigue"),  # an infinitive that asserts
        ("It helps to cure the fatigue.", "cure the fatigue"),
        ("That is why ginseng is the most powerful remedy.", "the most powerful"),  # "why" after no verb of finding out
    ],
    "attributed": [
        ("Ginseng works wonders, a friend of mine says.", "works wonders"),
        ("The review was long, and ginseng works wonders.", "works wonders"),  # a source with no verb of finding
        ("Ginseng works wonders in the morning.", "works wonders"),
        ("We found that ginseng works wonders.", "works wonders"),  # the article's own voice
        ("Ginseng works wonders, which may explain what the team observed.", "works wonders"),  # the source is the which's
        ("Ginseng works wonders, and doctors often advise it.", "works wonders"),
    ],
    "cited": [
        ("Ginseng works wonders (in our view).", "works wonders"),
        ("Ginseng works wonders [sic].", "works wonders"),
        ("Ginseng is completely safe (2 capsules a day).", "completely safe"),
        ("Ginseng is completely safe (see below).", "completely safe"),
    ],
    "critique": [
        ("Despite its price, ginseng works wonders.", "works wonders"),  # a concession ends at its comma
        ("For all its bitterness, ginseng works wonders.", "works wonders"),
        ('Ginseng is a "wonder herb" for tired people.', "wonder herb"),  # quoted, but not doubted
        ("Ginseng works wonders and the science is clear.", "works wonders"),
        ('"Ginseng is a wonder herb for tired people," said its maker.', "wonder herb"),  # a whole sentence said, passed on
    ],
    "reported": [
        ("Ginseng works wonders, and that is the idea.", "works wonders"),
        ("Ginseng is a miracle cure, say no more.", "a miracle cure"),
        ("I say ginseng is completely safe.", "completely safe"),
        ("Ginseng works wonders.", "works wonders"),
    ],
    "other-subject": [
        ("Ginseng is the safest tonic in pregnancy.", "the safest tonic"),
        ("Unlike ibuprofen, ginseng works wonders.", "works wonders"),  # a preposition's object is no subject
        ("It works wonders.", "works wonders"),
        ("This remedy works wonders.", "works wonders"),
        ("Korean red works wonders.", "works wonders"),  # an unknown noun on a product page: the product by another name
        ("Ginseng and ibuprofen work wonders.", "work wonders"),
    ],
    "variation": [
        ("Ginseng works wonders.", "works wonders"),
        ("Ginseng is completely safe, and it is often used in tea.", "completely safe"),  # the frequency is another verb's
        ("Other teas are bitter; ginseng works wonders.", "works wonders"),  # "other" in another clause
        ("Ginseng works wonders, and some of her clients stopped their tablets.", "works wonders"),  # a clause after it
        ("Ginseng works wonders for everyone.", "works wonders"),
        ("Ginseng usually works wonders.", "works wonders"),  # usual, not variation
        ("Unlike other tonics, ginseng works wonders.", "works wonders"),  # a comparison, not part of a group
    ],
    "usual": [
        ("Ginseng works wonders.", "works wonders"),
        ("Ginseng sometimes works wonders.", "works wonders"),  # variation, not a rule
        ("Ginseng is the most advanced tonic, and it works wonders.", "works wonders"),  # "the most" ranks, not a majority
        ("Ginseng is completely safe, and it is often used in tea.", "completely safe"),  # another verb's frequency
        ("Ginseng works wonders for everyone.", "works wonders"),
    ],
    "maker": [
        ("According to a 2021 review, ginseng works wonders.", "works wonders"),  # evidence, not the seller
        ("Researchers say ginseng is completely safe.", "completely safe"),
        ("The brand is new, and ginseng works wonders.", "works wonders"),  # no claim relayed
        ("Dr Jane Hale is a urologist. According to Hale, ginseng works wonders.", "works wonders"),  # no seller named
    ],
    "selection": [
        ("Ginseng is basically aspirin.", "is basically aspirin"),  # no superlative picks the subject out
        ("The most soothing tea we make is basically aspirin.", "is basically aspirin"),  # praise, not use or study
        ("The most commonly used tablets work like aspirin.", "work like aspirin"),  # no copula saying which ones
    ],
    "studied": [
        ("In our own trials, ginseng worked wonders.", "worked wonders"),  # the seller's claim
        ("In winter, ginseng works wonders.", "works wonders"),
        ("Ginseng worked wonders in one large trial.", "worked wonders"),  # after the claim: not opened by a study
    ],
    "restricted": [
        ("Ginseng works wonders.", "works wonders"),
        ("Ginseng works wonders for people with low energy.", "works wonders"),  # after the claim: hedged, not restricted
        ("If you are tired, ginseng works wonders.", "works wonders"),  # a condition
    ],
    "qualified": [
        ("You can take ginseng for as long as you like and it is completely safe.", "completely safe"),
        ("Ginseng is completely safe, so take it with food.", "completely safe"),
        ("Ginseng is completely safe for everyone.", "completely safe"),
        ("If you are tired, ginseng works wonders.", "works wonders"),  # the condition comes before: no qualifier after
        ("Ginseng is completely safe, whether you are 18 or 80.", "completely safe"),  # alternatives that all hold
    ],
}


def _cases(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(reason, sentence, phrase) for reason, rows in table.items() for sentence, phrase in rows]


def test_every_reading_that_is_not_about_structure_has_cases() -> None:
    structural = {"heading", "reference"}  # tested below, with documents
    assert set(GIVES) == set(MISSES) == set(REASONS) - structural
    assert all(len(GIVES[r]) >= 3 and len(MISSES[r]) >= 3 for r in GIVES)


@pytest.mark.parametrize(("reason", "sentence", "phrase"), _cases(GIVES))
def test_reading_is_given(reason: str, sentence: str, phrase: str) -> None:
    reading = read(sentence, phrase)
    assert reason in reading.reasons, (sentence, sorted(reading.reasons))


@pytest.mark.parametrize(("reason", "sentence", "phrase"), _cases(MISSES))
def test_near_miss_does_not_give_the_reading(reason: str, sentence: str, phrase: str) -> None:
    reading = read(sentence, phrase)
    assert reason not in reading.reasons, (sentence, sorted(reading.reasons))


def test_a_plain_claim_about_the_product_has_no_reading() -> None:
    reading = read("Ginseng works wonders.", "works wonders")
    assert reading.reasons == frozenset() and reading.subject == "self"
    assert not reading.excused(frozenset(REASONS))
    assert read("Ginseng may work wonders.", "work wonders").excused(frozenset({"hedged", "cited"}))


def test_negation_ends_at_a_comma_and_a_new_subject() -> None:
    assert "negated" not in read("It has no taste, and it is completely safe.", "completely safe").reasons


# -- structure: headings and reference lists ---------------------------------------------------------

HEADINGS = [
    ("## Ginseng works wonders\n\nIt is a root.", "works wonders"),
    ("## Why ginseng is completely safe\n\nIt is a root.", "completely safe"),
    ("### A miracle cure for tired days\n\nIt is a root.", "a miracle cure"),
]
NOT_HEADINGS = [
    ("## Dosage\n\nGinseng works wonders.", "works wonders"),
    ("## Dosage\n\n- Ginseng works wonders.\n- It is cheap.", "works wonders"),
    ("**Ginseng works wonders.** It is a root.", "works wonders"),
]
REFERENCES = [
    ("It is a root.\n\n## References\n\n1. Lee K. Ginseng works wonders in tired mice. J Herb Med. 2019.", "works wonders"),
    ("It is a root.\n\n## Sources\n\n- Park J. Ginseng is completely safe: a review. Herbs. 2020.", "completely safe"),
    ("It is a root.\n\n## Further reading\n\nA miracle cure for fatigue. Health News, 2021.", "a miracle cure"),
]
NOT_REFERENCES = [
    ("Ginseng works wonders.\n\n## References\n\n1. Lee K. Ginseng in mice. 2019.", "works wonders"),
    (
        "## References\n\n1. Lee K. Ginseng in mice. 2019.\n\n## Dosage\n\nGinseng works wonders.",
        "works wonders",
    ),  # a new section ends the list
    ("## Referring patients\n\nGinseng works wonders.", "works wonders"),
]


STRUCTURE = [
    *(("heading", body, phrase, True) for body, phrase in HEADINGS),
    *(("heading", body, phrase, False) for body, phrase in NOT_HEADINGS),
    *(("reference", body, phrase, True) for body, phrase in REFERENCES),
    *(("reference", body, phrase, False) for body, phrase in NOT_REFERENCES),
]


@pytest.mark.parametrize(("reason", "body", "phrase", "given"), STRUCTURE)
def test_heading_and_reference(reason: str, body: str, phrase: str, given: bool) -> None:
    assert (reason in read(body, phrase).reasons) is given


# -- the subject ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sentence", "phrase", "subject", "subject_class"),
    [
        (PRODUCT, "Ginseng works wonders.", "works wonders", "self", ""),
        (PRODUCT, "It works wonders.", "works wonders", "self", ""),  # on a product page, "it" is the product
        (PRODUCT, "These capsules work wonders.", "work wonders", "self", ""),
        (PRODUCT, "Our capsules work wonders.", "work wonders", "self", "medicine"),  # the owned, not the owner
        (PRODUCT, "Our pharmacy-grade capsules work wonders.", "work wonders", "self", "medicine"),  # across a modifier
        (PRODUCT, "It eases the fatigue, and its formula works wonders.", "works wonders", "self", ""),  # the 2nd clause's
        (CONDITION, "Our blend works wonders.", "works wonders", "self", "product"),  # the writer's own product on any page
        (PRODUCT, "The root works wonders.", "works wonders", "self", "product"),
        (PRODUCT, "Doctors say it works wonders.", "works wonders", "self", ""),  # after a reporting verb
        (PRODUCT, "Unlike ibuprofen, ginseng works wonders.", "works wonders", "self", ""),
        (PRODUCT, "Take the right dose and it is guaranteed to work.", "guaranteed to work", "self", ""),
        (PRODUCT, "Paracetamol works wonders for headaches.", "works wonders", "other", "drug"),
        (PRODUCT, "Unlike ginseng, ibuprofen works wonders.", "works wonders", "other", "drug"),
        (PRODUCT, "Ibuprofen, which works wonders, is cheap.", "works wonders", "other", "drug"),  # a relative clause's noun
        (PRODUCT, "Surgery, which can work wonders, is a last resort.", "work wonders", "other", "procedure"),
        (PRODUCT, "The liver is completely safe from it.", "completely safe", "other", "organ"),
        (PRODUCT, "Losing weight can work wonders for blood pressure.", "work wonders", "other", ""),  # a gerund subject
        (PRODUCT, "The safest painkiller in pregnancy is paracetamol.", "The safest painkiller", "other", ""),  # the complement
        (PRODUCT, "Expect relief in minutes.", "relief in minutes", "none", ""),  # an imperative
        (PRODUCT, "This guide works wonders for beginners.", "works wonders", "other", ""),  # the text itself
        (
            PRODUCT,
            "The most common side effects are nausea and headache. These usually settle within days.",
            "settle within days",
            "other",
            "",
        ),
        (PRODUCT, "Ginseng has no side effects. They work wonders.", "work wonders", "self", ""),  # the harms were no subject
        (PRODUCT, "A spoonful before breakfast works wonders.", "works wonders", "self", ""),  # a serving of it
        (PRODUCT, "A glass of wine works wonders.", "works wonders", "none", ""),  # a serving of something else
        ("Lumen Lounge brings NAD+ IV drips to town", "A drip works wonders.", "works wonders", "self", "medicine"),
        (PRODUCT, "Korean red works wonders.", "works wonders", "none", ""),
        (PRODUCT, "Ginseng: a miracle cure?", "a miracle cure", "none", ""),
        (CONDITION, "It works wonders.", "works wonders", "other", ""),  # on a condition page, "it" is what it discusses
        (CONDITION, "Rosacea is completely curable.", "completely curable", "other", "condition"),
        (CONDITION, "Laser treatment works wonders.", "works wonders", "other", "procedure"),
        (CONDITION, "Expect relief in minutes.", "relief in minutes", "none", ""),
        ("Bone broth fast", "A bone broth fast reboots your metabolism.", "reboots your metabolism", "self", ""),  # a body word modifies it
        ("Apple cider vinegar", "The acid in vinegar can wear away enamel.", "wear away enamel", "self", ""),  # a part of the product
    ],
)
def test_subject(title: str, sentence: str, phrase: str, subject: str, subject_class: str) -> None:
    reading = read(sentence, phrase, title)
    assert (reading.subject, reading.subject_class) == (subject, subject_class)
    assert ("other-subject" in reading.reasons) == (subject == "other")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("If you are tired, ginseng works wonders.", "works wonders"),  # the condition's subject, not the claim's
        ("Whether you sleep badly or wake early, ginseng works wonders.", "works wonders"),
        ("When your energy dips, ginseng works wonders.", "works wonders"),
    ],
)
def test_subject_behind_a_person_pronoun(sentence: str, phrase: str) -> None:
    assert read(sentence, phrase).subject == "self"


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("It outperforms gabapentin, so why bother with pills?", False),  # the question is the clause after the claim
        ("It outperforms gabapentin, and why not?", False),
        ("Does it outperform gabapentin, or is that just marketing?", True),  # a question from the start
        ("It outperforms gabapentin?", True),
    ],
)
def test_a_question_after_a_comma_asks_only_its_own_clause(sentence: str, asked: bool) -> None:
    assert ("question" in read(sentence, "gabapentin").reasons) is asked


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("It may help a little, and it is completely safe.", False),  # the hedge is the first clause's
        ("Curcumin seems to work slowly, and most people need twelve weeks.", False),
        ("It may be completely safe.", True),
        ("It is probably completely safe, and cheap too.", True),
    ],
)
def test_a_hedge_covers_its_own_clause_not_the_next(sentence: str, hedged: bool) -> None:
    phrase = "twelve weeks" if "twelve" in sentence else "completely safe"
    assert ("hedged" in read(sentence, phrase).reasons) is hedged
