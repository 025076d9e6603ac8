"""Vocabularies: a user's word classes load beside the built-in ones, every mistake is named with file and line,
and the compiled form is cached between runs without ever serving a stale or broken copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthlint.errors import RulePackError
from healthlint.language import loader
from healthlint.language.loader import Language, load_language
from healthlint.language.tokens import Tokens

HOUSE = """\
vocabulary: house
description: Words for the tests.
sources:
  - name: written for these tests
    licence: CC0
built-by: hand
irregular:
  soothe: [soothen]
classes:
  house-remedy:
    description: Remedies, by kind.
    inflect: noun
    groups:
      herbal:
        terms: [herbal tea, tincture]
        rank: 2
      gadget:
        terms: [beta-gadget, "no-fuss kit"]
        attributes: {dimension: kit, factor: 3}
  house-verb:
    description: Verbs, inflected at their first word.
    inflect: verb
    terms: [soothe, calm down]
  house-adjective:
    description: Adjectives with their comparatives.
    inflect: adjective
    terms: [gentle]
  house-listed:
    description: Terms in a file beside this one.
    file: house-words.txt
patterns:
  house-claim:
    - "@house-adjective @house-remedy"
    - "%house-soothing"
  house-soothing:
    - "<soothe> _"
"""

WORDS = "# one term a line; comments and blank lines are skipped\n\nMoon Water\nstar-dust\n"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test compiles into its own cache folder, and forgets what this process loaded before."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(loader, "_LOADED", {})
    return cache


def pack_folder(tmp_path: Path, body: str = HOUSE, words: str | None = WORDS, name: str = "house.yaml") -> Path:
    folder = tmp_path / "pack"
    (folder / "vocabulary").mkdir(parents=True, exist_ok=True)
    (folder / "vocabulary" / name).write_text(body, encoding="utf-8")
    if words is not None:
        (folder / "vocabulary" / "house-words.txt").write_text(words, encoding="utf-8")
    return folder


def found(language: Language, class_name: str, text: str) -> list[str]:
    """The class's terms in a text, longest first at each token, as the text spells them."""
    tokens = Tokens.of(text)
    cls = language.word_class(class_name)
    out, i = [], 0
    while i < len(tokens):
        hit = cls.longest(tokens.words, i)
        if hit:
            out.append(tokens.original(i, hit[0]))
            i = hit[0]
        else:
            i += 1
    return out


# -- loading ----------------------------------------------------------------------------------


def test_a_pack_folders_vocabulary_loads_beside_the_builtin_one(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path)])
    assert "not" in language.terms("negator")  # the built-in classes are all still there
    assert found(language, "house-remedy", "Herbal teas, two tinctures and a beta gadget.") == ["Herbal teas", "tinctures", "beta gadget"]
    with pytest.raises(KeyError, match="@house-remedy"):
        load_language([]).word_class("house-remedy")  # only runs that name the pack see it


def test_groups_are_classes_of_their_own_with_their_attributes(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path)])
    remedy = language.word_class("house-remedy")
    assert remedy.groups == ["herbal", "gadget"]
    assert remedy.group_of("herbal teas") == "herbal" and remedy.group_of("beta-gadgets") == "gadget"
    assert remedy.group_of("herbal") is None  # a part of a term is no term
    assert remedy.attributes == {"herbal": {"rank": 2}, "gadget": {"dimension": "kit", "factor": 3}}
    herbal = language.word_class("house-remedy.herbal")
    assert found(language, "house-remedy.herbal", "a tincture and a beta-gadget") == ["tincture"]
    assert herbal.attributes == {"herbal": {"rank": 2}}
    with pytest.raises(KeyError):
        language.word_class("house-remedy.nothing")


def test_inflection_and_hyphen_variants(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path)])
    assert found(language, "house-verb", "It soothes; it calmed down; soothing, calms down; soothen.") == [
        "soothes",
        "calmed down",
        "soothing",
        "calms down",
        "soothen",  # the file's irregular forms
    ]
    assert found(language, "house-verb", "calm downs") == []  # a verb phrase inflects at its verb
    assert found(language, "house-adjective", "gentle, gentler, the gentlest") == ["gentle", "gentler", "gentlest"]
    assert found(language, "house-remedy", "beta-gadgets, beta gadgets, no fuss kits, no-fuss kit") == [
        "beta-gadgets",
        "beta gadgets",
        "no fuss kits",
        "no-fuss kit",
    ]
    assert found(language, "house-remedy", "betagadget") == []
    # a compound modifier hyphens its first words: "blood-pressure pill" for "blood pressure pill"
    assert found(language, "house-remedy", "a herbal-tea habit, a herbal tea") == ["herbal-tea", "herbal tea"]


def test_term_files_skip_comments_and_are_lower_cased(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path)])
    assert sorted(language.word_class("house-listed").terms) == ["moon water", "moon-water", "star dust", "star-dust"]
    assert found(language, "house-listed", "MOON WATER and Star-Dust") == ["MOON WATER", "Star-Dust"]


def test_named_patterns_of_a_user_vocabulary(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path)])
    assert [p.show() for p in language.patterns("house-claim")] == ["@house-adjective @house-remedy", "%house-soothing"]
    pattern = language.compiler.compile("the %house-claim")
    words = Tokens.of("the gentlest tinctures; the soothing tea").words
    assert [(m.start, m.end) for m in (pattern.match_at(words, i, len(words)) for i in range(len(words))) if m] == [(0, 3), (4, 7)]


def test_a_vocabulary_file_named_directly(tmp_path: Path) -> None:
    path = tmp_path / "house.vocabulary.yaml"
    path.write_text(HOUSE, encoding="utf-8")
    (tmp_path / "house-words.txt").write_text(WORDS, encoding="utf-8")
    language = load_language([path])
    assert "house-remedy" in language.vocabulary.classes
    assert loader.vocabulary_files([path])[-1] == path
    assert loader.vocabulary_files([tmp_path / "house.yaml"]) == loader.vocabulary_files([])  # a pack file is no vocabulary


def test_yml_files_in_a_vocabulary_folder_load_too(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path, name="house.yml")
    assert "house-remedy" in load_language([folder]).vocabulary.classes


# -- errors: file, line and problem ---------------------------------------------------------------


def load_error(tmp_path: Path, body: str, words: str | None = WORDS) -> str:
    folder = pack_folder(tmp_path, body, words)
    with pytest.raises(RulePackError) as info:
        load_language([folder])
    message = str(info.value)
    assert message.startswith(str(folder / "vocabulary" / "house.yaml") + ": line "), message
    return message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("built-by: hand", "built-by: hand\nclasess: {}"), "line 1: unknown vocabulary key `clasess`"),
        (("    inflect: adjective", "    inflect: adjective\n    term: [x]"), "line 25: class `@house-adjective`: unknown key `term`"),
        (
            ("    inflect: adjective", "    inflect: adjective\n    attributes: {rank: 1}"),
            "line 25: class `@house-adjective`: `attributes` belong to a group",
        ),
        (
            ("    inflect: adjective", "    inflect: adjectives"),
            "line 25: class `@house-adjective`: `inflect` must be one of none, noun, verb, adjective",
        ),
        (
            ("    terms: [gentle]", "    terms: [gentle, no, yes]"),
            'line 25: class `@house-adjective`: terms must be a list of words or phrases (YAML reads no, yes, on and off as true or false: quote them, "no")',
        ),
        (('[beta-gadget, "no-fuss kit"]', "[beta-gadget, no]"), "group `gadget`: terms must be a list of words or phrases (YAML reads no"),
        (
            ("    terms: [gentle]", "    terms: [gentle, [nested]]"),
            "line 25: class `@house-adjective`: terms must be a list of words or phrases",
        ),
        (("    terms: [gentle]", "    terms: []"), "line 25: class `@house-adjective` has no terms"),
        (("        rank: 2", "        rank: 2\n        weight: 3"), "class `@house-remedy`, group `herbal`: unknown key `weight`"),
        (("  house-listed:\n", "  house-bare: [a, b]\n  house-listed:\n"), "class `house-bare` must be a mapping (terms, groups or file)"),
        (("file: house-words.txt", "file: missing-words.txt"), "line 29: cannot read term file missing-words.txt"),
        (("  soothe: [soothen]", "  soothe: soothen"), "line 1: irregular forms of `soothe` must be a list of words"),
        (
            ('    - "<soothe> _"', '    - "<soothe> @nowhere"'),
            "line 36: named patterns `house-soothing`: unknown vocabulary class `@nowhere`",
        ),
        (
            ('    - "%house-soothing"', '    - "%house-calming"'),
            "line 34: named patterns `house-claim`: unknown named pattern `%house-calming`",
        ),
        (('    - "<soothe> _"', '    - "%house-claim"'), "named patterns call each other in a cycle"),
        (
            ('  house-soothing:\n    - "<soothe> _"', '  house-soothing: "<soothe> _"'),
            "line 35: named patterns `house-soothing` must be a list of pattern lines",
        ),
        (("    terms: [gentle]", "    terms: [gentle"), "invalid YAML"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_vocabulary_errors_name_file_line_and_problem(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in HOUSE
    assert expected in load_error(tmp_path, HOUSE.replace(old, new, 1))


def test_a_class_defined_twice_names_both_places(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    (folder / "vocabulary" / "more.yaml").write_text("classes:\n  house-verb:\n    terms: [heal]\n", encoding="utf-8")
    with pytest.raises(RulePackError) as info:
        load_language([folder])
    message = str(info.value)
    assert message.startswith(f"{folder / 'vocabulary' / 'more.yaml'}: line 3: class `@house-verb` is already defined in ")
    assert message.endswith(f"{folder / 'vocabulary' / 'house.yaml'} (line 21)")


def test_a_user_class_may_not_redefine_a_builtin_one(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path, "classes:\n  negator:\n    terms: [nope]\n", None)
    with pytest.raises(RulePackError, match=r"house\.yaml: line 3: class `@negator` is already defined in .*grammar\.yaml \(line \d+\)"):
        load_language([folder])


def test_named_patterns_defined_twice(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    (folder / "vocabulary" / "more.yaml").write_text("classes: {}\npatterns:\n  house-claim:\n    - x\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"more\.yaml: line 3: named patterns `house-claim` are already defined in .*house\.yaml"):
        load_language([folder])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- just\n- a list\n", "line 1: a vocabulary file is a mapping with `classes:`"),
        ("classes: [a, b]\n", "line 1: `classes` must map class names to definitions"),
        ("classes:\n  house-x:\n    terms: [x]\npatterns:\n  - x\n", "line 4: `patterns` maps a name to a list of pattern lines"),
    ],
)
def test_a_vocabulary_of_the_wrong_shape(tmp_path: Path, body: str, expected: str) -> None:
    assert expected in load_error(tmp_path, body, None)


# -- the compiled cache ----------------------------------------------------------------------


def cache_files(cache: Path) -> list[Path]:
    return sorted((cache / "healthlint").glob("vocabulary-*.marshal"))


def forget() -> None:
    loader._LOADED.clear()  # as a new process would


def test_a_second_run_reads_the_cache(tmp_path: Path, _own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = pack_folder(tmp_path)
    first = load_language([folder])
    [cached] = cache_files(_own_cache)
    forget()

    def no_compiling(files: list[Path]) -> None:
        raise AssertionError("compiled again although the cache holds this vocabulary")

    monkeypatch.setattr(loader, "_compile", no_compiling)
    second = load_language([folder])
    assert second is not first
    assert second.word_class("house-remedy").terms == first.word_class("house-remedy").terms
    assert second.word_class("house-remedy").attributes == first.word_class("house-remedy").attributes
    assert found(second, "house-verb", "it soothen") == ["soothen"]  # irregular forms come back too
    assert [p.show() for p in second.patterns("house-claim")] == ["@house-adjective @house-remedy", "%house-soothing"]
    assert cache_files(_own_cache) == [cached]


def test_a_changed_file_compiles_again(tmp_path: Path, _own_cache: Path) -> None:
    folder = pack_folder(tmp_path)
    load_language([folder])
    (folder / "vocabulary" / "house.yaml").write_text(HOUSE.replace("[gentle]", "[gentle, mild]"), encoding="utf-8")
    forget()
    assert found(load_language([folder]), "house-adjective", "milder") == ["milder"]
    assert len(cache_files(_own_cache)) == 2


def test_a_changed_term_file_compiles_again(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    assert found(load_language([folder]), "house-listed", "moon water, sun water") == ["moon water"]
    (folder / "vocabulary" / "house-words.txt").write_text(WORDS + "sun water\n", encoding="utf-8")
    assert found(load_language([folder]), "house-listed", "moon water, sun water") == ["moon water", "sun water"]


def test_a_changed_term_file_beside_a_vocabulary_named_directly_compiles_again(tmp_path: Path) -> None:
    """A `*.vocabulary.yaml` outside a `vocabulary/` folder: its term file is part of what the cache depends on."""
    path = tmp_path / "house.vocabulary.yaml"
    path.write_text(HOUSE, encoding="utf-8")
    (tmp_path / "house-words.txt").write_text(WORDS, encoding="utf-8")
    assert found(load_language([path]), "house-listed", "sun water") == []
    (tmp_path / "house-words.txt").write_text(WORDS + "sun water\n", encoding="utf-8")
    forget()
    assert found(load_language([path]), "house-listed", "sun water") == ["sun water"]


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path, _own_cache: Path) -> None:
    folder = pack_folder(tmp_path)
    load_language([folder])
    [cached] = cache_files(_own_cache)
    for garbage in (b"", b"\x00\x01 not marshal", cached.read_bytes()[:40]):
        cached.write_bytes(garbage)
        forget()
        language = load_language([folder])
        assert found(language, "house-remedy", "a tincture") == ["tincture"]
        assert cached.read_bytes() != garbage  # written again, whole


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert found(load_language([pack_folder(tmp_path)]), "house-remedy", "a tincture") == ["tincture"]


@pytest.mark.xfail(strict=True, reason="known: packs.pack_files reads every file named in extend-rules as a rule pack, vocabularies too")
def test_a_vocabulary_file_named_in_extend_rules_is_not_read_as_a_pack(tmp_path: Path) -> None:
    from healthlint.config import Config
    from healthlint.engine import Linter

    vocabulary = tmp_path / "house.vocabulary.yaml"
    vocabulary.write_text(HOUSE, encoding="utf-8")
    (tmp_path / "house-words.txt").write_text(WORDS, encoding="utf-8")
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "pack: house\ncategory: house\nrules:\n  - code: HL950\n    name: remedies\n    type: pattern\n    severity: info\n"
        "    message: m\n    params:\n      patterns: ['@house-remedy']\n",
        encoding="utf-8",
    )
    linter = Linter(Config(extend_rules=(pack, vocabulary), select=("HL950",)))
    assert [c.spec.code for c in linter.checks] == ["HL950"]


# -- interchangeable head words ---------------------------------------------------------------

INTERCHANGEABLE = """\
vocabulary: house
classes:
  house-class:
    description: Kinds of medicine.
    inflect: noun
    interchangeable: [drug, medication, pill]
    terms: [anti-nausea medication, the pill, pill]
"""


def test_interchangeable_head_words_stand_for_one_another(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path, INTERCHANGEABLE, None)])
    text = "anti-nausea drugs, an anti-nausea pill and anti-nausea medications"
    assert found(language, "house-class", text) == ["anti-nausea drugs", "anti-nausea pill", "anti-nausea medications"]
    assert found(language, "house-class", "the drug or the medication") == []  # "the pill" names one pill
    assert found(language, "house-class", "a pill") == ["pill"]  # one word has no head to swap


def test_interchangeable_must_be_a_list_of_words(tmp_path: Path) -> None:
    body = INTERCHANGEABLE.replace("interchangeable: [drug, medication, pill]", "interchangeable: drug")
    assert "`interchangeable`: terms must be a list of words or phrases" in load_error(tmp_path, body, None)


# -- forms: classes written as templates ---------------------------------------------------------

FORMS = """\
vocabulary: house
classes:
  house-use:
    description: Verbs of using a remedy, as lemmas.
    inflect: verb
    terms: [take, apply]
  house-keep-off:
    description: Words that keep a group off a remedy.
    terms: [off the list]
    forms:
      - "should|must not|never @house-use"
      - "not~to~be used|given to|by?"
      - "do~not|don't give"
"""


def test_forms_expand_their_slots_into_terms(tmp_path: Path) -> None:
    language = load_language([pack_folder(tmp_path, FORMS, None)])
    text = "You should never take it; it must not apply; not to be given to babies; don't give it; off the list"
    assert found(language, "house-keep-off", text) == [
        "should never take",
        "must not apply",
        "not to be given to",
        "don't give",
        "off the list",
    ]
    # an optional slot may be left out; a class named in a form gives its lemmas, not their inflections
    assert found(language, "house-keep-off", "it is not to be used here") == ["not to be used"]
    assert found(language, "house-keep-off", "you should not takes it; you should take it") == []


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("should @nowhere", "line 8: class `@house-keep-off`: `forms` `should @nowhere`: unknown vocabulary class `@nowhere`"),
        ("should|| not", "`forms` `should|| not`: an empty choice"),
        ("a|b|c|d|e|f|g|h|i|j " * 5, "expands to more than 20,000 terms"),
        ("should not ( take )?", "`(` is pattern syntax; a form makes a slot optional with a trailing `?`"),
    ],
)
def test_a_broken_form_names_its_class_and_problem(tmp_path: Path, form: str, expected: str) -> None:
    body = FORMS.replace('"do~not|don\'t give"', f'"{form.strip()}"')
    assert expected in load_error(tmp_path, body, None)


@pytest.mark.parametrize(
    "text",
    [
        "is not suitable for",
        "aren't advised during",
        "unsafe while",
        "should never be given to",
        "mustn't be used by",
        "must not swallow",
        "shouldn't wear",
        "can't receive",
        "best to hold off",
        "steer well clear of",
        "told to skip",
        "give them a miss",
        "is not meant for",
        "are not for use in",
    ],
)
def test_the_exclusion_cue_is_written_as_forms(text: str) -> None:
    language = load_language([])
    assert found(language, "exclusion-cue", f"Sadly, {text} them.") == [text]


def test_the_exclusion_cue_forms_do_not_reach_beyond_a_denial() -> None:
    language = load_language([])
    for text in ("you should take it", "keep out of reach of children", "you can't see the difference", "it is safe for them"):
        assert found(language, "exclusion-cue", text) == [], text


@pytest.mark.parametrize(
    ("name", "text", "term"),
    [
        ("universal-scope", "It suits any single patient.", "any single patient"),
        ("universal-scope", "It suits people of every age.", "people of every age"),
        ("universal-scope", "It is fine no matter your medical history.", "no matter your medical history"),
        ("universal-scope", "It is safe for anyone in your household.", "anyone in your household"),
        ("universal-scope", "At our clinic we turn nobody away.", "we turn nobody away"),
        ("interaction-none", "It is free of known medication clashes.", "free of known medication clashes"),
        ("interaction-none", "It will not affect your other medicines.", "will not affect your other medicines"),
        ("interaction-none", "It is compatible with anything.", "compatible with anything"),
        ("interval-unlimited", "Give it as often as they need it.", "as often as they need it"),
        ("adherence-condition", "It works if you stick with it.", "if you stick with it"),
        ("claim-back-reference", "Experts say claims like that are not supported.", "claims like that"),
    ],
)
def test_classes_written_as_forms_find_new_combinations(name: str, text: str, term: str) -> None:
    assert term in found(load_language([]), name, text)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("universal-scope", "Sadly we turn some people away.", []),  # "we turn nobody away", not anyone turned away
        ("universal-scope", "We turn anyone away who is unwell.", ["anyone"]),  # only the pronoun, not a welcome to all
        ("interaction-none", "The authors declared no conflicts of interest.", []),
        ("adherence-condition", "It works if you are under 40.", []),
    ],
)
def test_classes_written_as_forms_do_not_overreach(name: str, text: str, expected: list[str]) -> None:
    assert found(load_language([]), name, text) == expected
