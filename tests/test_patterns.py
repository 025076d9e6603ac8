"""Token patterns: every element of the language, its error messages, longest-match semantics, and the index
that finds exactly what trying every pattern at every token finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from healthlint.errors import RulePackError
from healthlint.language.patterns import (
    Alt,
    Call,
    Capture,
    Compiler,
    Index,
    Match,
    Node,
    Pattern,
    PatternError,
    Repeat,
    Seq,
    compile_patterns,
)
from healthlint.language.patterns import (
    Test as TokenTest,
)
from healthlint.language.tokens import Tokens
from healthlint.language.vocabulary import Vocabulary
from tests.conftest import pattern_finds


def vocabulary() -> Vocabulary:
    """A small vocabulary of its own, so these tests do not move when the shipped word lists grow."""
    vocab = Vocabulary()
    data = {
        "irregular": {"beat": ["beaten"], "good": ["better", "best"]},
        "classes": {
            "drug": {"inflect": "noun", "groups": {"nsaid": ["ibuprofen", "naproxen"], "blocker": ["beta-blocker"]}},
            "harm": {"inflect": "noun", "terms": ["side effect", "side effect profile", "rash", "stomach upset"]},
            "negator": {"terms": ["not", "no", "never", "n't"]},
            "power": {"inflect": "adjective", "terms": ["potent", "strong", "powerful"]},
        },
    }
    vocab.load_irregular(Path("test.yaml"), data)
    vocab.load(Path("test.yaml"), data)
    return vocab


VOCAB = vocabulary()
NAMED = {
    "strength": ["very strong", "@power"],
    "claim": ["%strength <remedy>"],
    "loop-a": ["%loop-b x"],
    "loop-b": ["y %loop-a"],
}


def compiler() -> Compiler:
    return Compiler(VOCAB, NAMED)


def found(pattern: str, text: str) -> list[str]:
    """What `pattern` finds in `text` (one sentence), left to right, none overlapping: the text it matches."""
    return pattern_finds(compiler().compile(pattern), text)


def captured(pattern: str, text: str) -> dict[str, str]:
    """The named captures of the first match."""
    compiled = compiler().compile(pattern)
    tokens = Tokens.of(text)
    for i in range(len(tokens)):
        m = compiled.match_at(tokens.words, i, len(tokens))
        if m is not None:
            return {name: tokens.original(s, e) for name, (s, e) in m.captures.items()}
    raise AssertionError(f"{pattern!r} finds nothing in {text!r}")


# -- the elements, one by one ----------------------------------------------------------------------


def test_literal_words_in_any_case_and_with_typographic_apostrophes() -> None:
    assert found("miracle cure", "A Miracle cure, a MIRACLE CURE, a miracle-cure, miracle cures.") == ["Miracle cure", "MIRACLE CURE"]
    assert found("nature's", "Nature’s own, natures") == ["Nature’s"]
    assert found("e.g.", "as e.g. this") == ["e.g."]  # one literal may stand for several tokens


def test_a_hyphenated_literal_meets_its_spaced_and_joined_forms() -> None:
    assert found("game-changer", "a game-changer, a game changer, a gamechanger, a game") == ["game-changer", "game changer", "gamechanger"]


def test_named_sub_patterns() -> None:
    assert found("%strength", "very strong, strongest, powerful, very") == ["very strong", "strongest", "powerful"]
    assert found("the %claim", "the very strong remedy, the most potent remedy, the potent remedies") == [
        "the very strong remedy",
        "the potent remedies",
    ]


def test_lemmas_meet_every_inflection_and_a_part_of_speech_narrows_them() -> None:
    assert found("<cause>", "causes caused causing cause causer") == ["causes", "caused", "causing", "cause", "causer"]
    assert found("<cause:verb>", "causes caused causing causer") == ["causes", "caused", "causing"]
    assert found("<cure:noun>", "cures cured curing") == ["cures"]
    assert found("<beat>", "beaten, beats, beating") == ["beaten", "beats", "beating"]  # the irregular table
    assert found("<good:adjective>", "good, better, best") == ["good", "better", "best"]
    assert found("<Strong:adjective>", "STRONGEST") == ["STRONGEST"]  # a lemma in capitals is a lemma


def test_vocabulary_classes_and_groups() -> None:
    assert found("@drug", "Ibuprofen, beta blockers, beta-blockers and naproxens") == [
        "Ibuprofen",
        "beta blockers",
        "beta-blockers",
        "naproxens",
    ]
    assert found("@drug.nsaid", "ibuprofen and a beta-blocker") == ["ibuprofen"]
    assert found("no @harm", "no side effects, no side effect profile, no stomach upsets, no side") == [
        "no side effects",
        "no side effect profile",  # the longest term
        "no stomach upsets",
    ]


def test_token_regexes_match_a_whole_lower_cased_token() -> None:
    assert found("/colou?r/", "Colour, color, colours") == ["Colour", "color"]
    assert found(r"/\d+/ mg", "20 mg, 2.5 mg, x mg") == ["20 mg"]
    assert found("/a|b/", "a b c") == ["a", "b"]  # a regex keeps its own bars


def test_any_word_is_a_word_or_number_not_a_mark() -> None:
    assert found("no _ effects", "no side effects, no 2 effects, no , effects") == ["no side effects", "no 2 effects"]


def test_a_negated_test_is_one_token_that_does_not_match() -> None:
    assert found("!not <work>", "it works. not working") == ["it works"]
    assert found("!not <work>", ", works") == [", works"]  # punctuation is not "not"
    assert found("!@harm here", "rash here, side here, stomach here") == ["side here", "stomach here"]
    assert found("!@harm here", "side effect here") == ["effect here"]  # "side effect" starts at "side", not at "effect"
    assert found("!a|b c", "a c, b c, d c") == ["d c"]  # a leading ! negates the whole slot: neither a nor b


def test_alternatives_and_conjunctions_in_one_slot() -> None:
    assert found("strong|potent remedy", "strong remedy, potent remedy, good remedy") == ["strong remedy", "potent remedy"]
    assert found("_&!@drug works", "ibuprofen works, it works, , works") == ["it works"]
    assert found("@power&<strong> stuff", "strongest stuff, potent stuff, strong stuff") == ["strongest stuff", "strong stuff"]
    assert found("@harm&side~effect", "side effect, rash, side effects") == ["side effect"]
    # a regex part ends at its closing slash: "/[a-z]+est/&!@power" is two parts, not one regex that never matches
    assert found("the /[a-z]+est/&!@power drug", "the strongest drug, the cheapest drug") == ["the cheapest drug"]
    assert found("/[a-z]+ing/&!<work> fast", "working fast, healing fast") == ["healing fast"]


def test_joined_words_are_a_run_in_one_slot() -> None:
    assert found("will~not|never help", "will not help, never help, will help") == ["will not help", "never help"]


def test_groups_of_alternative_sequences() -> None:
    assert found("( no side effects | zero risk ) at all", "no side effects at all, zero risk at all, no risk at all") == [
        "no side effects at all",
        "zero risk at all",
    ]
    assert found("(a|b) c", "a c b c") == ["a c", "b c"]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("very? strong", "very strong, strong", ["very strong", "strong"]),
        ("so very* strong", "so strong, so very very strong", ["so strong", "so very very strong"]),
        ("very+ strong", "strong, very strong, very very strong", ["very strong", "very very strong"]),
        ("very{2} strong", "very strong, very very strong, very very very strong", ["very very strong", "very very strong"]),
        ("x very{1,2} strong", "x very strong, x very very strong, x very very very strong", ["x very strong", "x very very strong"]),
        ("x very{2,} strong", "x very strong, x very very very strong", ["x very very very strong"]),
        (
            "no _{0,2} @harm",
            "no side effects, no real side effects, no nasty bad rash, no a b c rash",
            ["no side effects", "no real side effects", "no nasty bad rash"],
        ),
        ("x ( very strong )? y", "x y, x very strong y, x very y", ["x y", "x very strong y"]),
        ("x ( a | b )+ y", "x a b a y, x y", ["x a b a y"]),
    ],
)
def test_quantifiers(pattern: str, text: str, expected: list[str]) -> None:
    assert found(pattern, text) == expected


def test_star_and_plus_stop_at_twelve() -> None:
    assert found("x a+", "x " + "a " * 12) == ["x " + " ".join(["a"] * 12)]
    assert found("x a+ y", "x " + "a " * 13 + "y") == []
    assert found("x a{13} y", "x " + "a " * 13 + "y") == ["x " + "a " * 13 + "y"]  # an explicit count may go past


def test_a_group_whose_body_can_match_nothing_still_meets_its_minimum() -> None:
    assert found("x ( a | b? )+ y", "x y, x b y") == ["x y", "x b y"]
    assert found("x ( a? ){2} y", "x a y, x y, x a a y") == ["x a y", "x y", "x a a y"]


def test_named_captures() -> None:
    assert captured("<beat> rival=@drug", "it beats naproxen hands down") == {"rival": "naproxen"}
    assert captured("the claim=( most potent | very strong ) remedy", "the most potent remedy") == {"claim": "most potent"}
    assert captured("x which=a|b y=c?", "x b") == {"which": "b", "y": ""}  # an optional capture that took nothing
    assert captured("x ( n=a|b )+", "x a b a b") == {"n": "b"}  # in a repeat: the last repetition
    assert captured("what=%strength", "powerful") == {"what": "powerful"}


def test_self_option() -> None:
    pattern = compiler().compile("[self] the secret to _")
    assert pattern.require_self and pattern.show() == "[self] the secret to _"
    assert not compiler().compile("the secret to _").require_self


def test_escapes_for_characters_the_syntax_uses() -> None:
    assert found(r"really \?", "really ? really") == ["really ?"]
    assert found(r"a \| b", "a | b") == ["a | b"]
    assert found(r"\( c \)", "( c )") == ["( c )"]
    assert found(r"one\&two", "one & two") == ["one & two"]


def test_no_match_crosses_the_limit() -> None:
    pattern = compiler().compile("strong remedy")
    words = Tokens.of("strong remedy").words
    assert pattern.match_at(words, 0, 1) is None
    assert pattern.match_at(words, 0, 2) == Match(0, 2, {})
    assert compiler().compile("no @harm").match_at(Tokens.of("no side effect").words, 0, 2) is None


# -- longest match -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("( a | a b | a b c )", "a b c", ["a b c"]),  # not the first alternative: the longest
        ("a b? b?", "a b b", ["a b b"]),
        ("a _* b", "a x b y b", ["a x b y b"]),  # greedy, to the last b
        ("@harm", "side effect profile", ["side effect profile"]),
        ("side _?", "side effect profile", ["side effect"]),
        ("( @power | %strength )", "very strong", ["very strong"]),
    ],
)
def test_the_longest_complete_match_wins(pattern: str, text: str, expected: list[str]) -> None:
    assert found(pattern, text) == expected


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "a pattern must be a non-empty string"),
        ("   ", "a pattern must be a non-empty string"),
        ("(a", "unclosed '(' in '(a'"),
        ("( a b", "unclosed '(' in '( a b'"),
        ("a)", "unbalanced ')' in 'a)'"),
        ("a ) b", "unbalanced ')' in 'a ) b'"),
        ("( a | )", "empty alternative in '( a | )'"),
        ("x ( | a )", "empty alternative in 'x ( | a )'"),
        ("a ( b | | c )", "empty alternative in 'a ( b | | c )'"),
        ("| a", "empty alternative in '| a'"),
        ("x ( )", "empty alternative in 'x ( )'"),
        ("a||b", "empty alternative in `a||b`"),
        ("a|", "empty alternative in `a|`"),
        ("a?", "'a?' can match nothing: make its first test required"),
        ("( a | b )*", "'( a | b )*' can match nothing"),
        ("[other] a", "unknown pattern option in '[other] a' (known: [self])"),
        ("@nowhere", "unknown vocabulary class `@nowhere`"),
        ("@drug.nowhere", "unknown vocabulary class `@drug.nowhere`"),
        ("<strong:adverb>", "`<strong:adverb>`: the part of speech must be noun, verb or adjective"),
        ("/[/", "bad token regex /[/: unterminated character set"),
        ("a{3,2}", "repeat {3,2}: the maximum is below the minimum"),
        ("%nowhere", "unknown named pattern `%nowhere`"),
        ("%loop-a", "named patterns call each other in a cycle: loop-a -> loop-b -> loop-a"),
        ("x !", "`!` with no test to negate"),
        ("x ~", "`~` has no word or mark to match"),
    ],
)
def test_malformed_patterns_say_what_is_wrong(pattern: str, message: str) -> None:
    with pytest.raises(PatternError) as info:
        compiler().compile(pattern)
    assert str(info.value).startswith(message), str(info.value)


def test_a_rules_pattern_list_names_where_it_failed() -> None:
    with pytest.raises(RulePackError) as info:
        compile_patterns(compiler(), ["fine", "( broken"], "house.yaml: line 7: rule HL901: parameter `patterns`")
    assert str(info.value) == "house.yaml: line 7: rule HL901: parameter `patterns`: unclosed '(' in '( broken'"
    with pytest.raises(RulePackError, match="patterns must be a list of strings"):
        compile_patterns(compiler(), "not a list", "house.yaml")


# -- show ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "shown"),
    [
        ("the  (single)?   most|very? @power <remedy>", "the single? ( most|very )? @power <remedy>"),
        ("nature's drug=@drug", "nature's drug=@drug"),
        ("x ( a b )? y", "x ( a b )? y"),
        ("x n=( a b ) y", "x n=( a b ) y"),
        ("x ( a? ){2} y", "x ( a? ){2} y"),
        ("x ( n=a ){2}", "x ( n=a ){2}"),
        ("( a | b c )+ d", "( a | b c )+ d"),
        ("[self]   %strength  y", "[self] %strength y"),
    ],
)
def test_show_gives_a_pattern_that_reads_as_it_matches(pattern: str, shown: str) -> None:
    compiled = compiler().compile(pattern)
    assert compiled.show() == shown
    assert compiler().compile(compiled.show()).show() == shown


def test_index_keeps_one_copy_of_a_shared_pattern() -> None:
    pattern = compiler().compile("strong remedy")
    anywhere = compiler().compile("_ remedy")
    index = Index([pattern, anywhere, pattern])
    assert index.patterns == [pattern, anywhere]
    assert index.anywhere == [anywhere] and index.by_first == {"strong": [pattern]} and not index.by_class
    words = Tokens.of("a strong remedy").words
    assert index.scan(words, [3, 3, 3]) == {id(pattern): [Match(1, 3, {})], id(anywhere): [Match(1, 3, {})]}


def test_a_sentence_that_lacks_any_word_a_pattern_needs_is_not_tried_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every slot that must match names a word the sentence must hold, not only the rarest: "in" alone rules
    out little, "in" and "bottle" together most sentences."""
    pattern = compiler().compile("( a|the )? _{0,2} remedy in a|one bottle|jar")
    index = Index([pattern])
    assert sorted(sorted(need) for need in index.needs[pattern]) == [["a", "one"], ["bottle", "jar"], ["in"], ["remedy"]]
    tried: list[int] = []
    real = Pattern.match_at
    monkeypatch.setattr(Pattern, "match_at", lambda self, words, i, lim: tried.append(i) or real(self, words, i, lim))
    for text, expected in [
        ("the remedy in a jar", ["the remedy in a jar"]),
        ("a remedy in a cupboard is a remedy in a cupboard", []),  # no "bottle" or "jar": never tried
        ("a bottle of it in a drawer", []),  # no "remedy"
    ]:
        tried.clear()
        words = Tokens.of(text).words
        found = index.scan(words, [len(words)] * len(words)).get(id(pattern), [])
        assert [" ".join(words[m.start : m.end]) for m in found] == expected, text
        assert bool(tried) == bool(expected), text


# -- properties: the index, an independent matcher, show -------------------------------------------------

WORDS = ["a", "b", "c", "no", "side", "effect", "profile", "rash", "ibuprofen", "strong", "potent", "x-y", "2", ",", "."]
_SINGLE = ["a", "b", "c", "no", "rash", "_", "@negator", "@drug", "/[ab]/", r"/\d+/", "strong", "<strong>", "@power"]
_ANY_SLOT = [*_SINGLE, "@harm", "@drug.nsaid", "side~effect", "x-y", "x~y", "e.g."]


def _slot() -> st.SearchStrategy[str]:
    """One test: a word, class, regex, any word; negated, or alternatives, or a conjunction of one-token tests."""
    plain = st.sampled_from(_ANY_SLOT)
    single = st.sampled_from(_SINGLE)
    return st.one_of(
        plain,
        single.map(lambda s: "!" + s),
        st.lists(plain, min_size=2, max_size=3).map("|".join),
        st.lists(single, min_size=2, max_size=2).map("&".join),
        st.tuples(single, single).map(lambda ab: f"{ab[0]}&!{ab[1]}"),
    )


_QUANTS = st.sampled_from(["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}", "{2,}"])
_NAMES = st.sampled_from(["", "", "", "n1=", "n2="])


def _items(depth: int) -> st.SearchStrategy[str]:
    atom = st.one_of(st.tuples(_NAMES, _slot(), _QUANTS).map("".join), st.sampled_from(["%strength", "%claim", "%strength?"]))
    if depth == 0:
        return atom
    group = st.tuples(
        _NAMES, st.lists(st.lists(_items(depth - 1), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=3), _QUANTS
    ).map(lambda t: f"{t[0]}( {' | '.join(t[1])} ){t[2]}")
    return st.one_of(atom, atom, group)


patterns = st.lists(_items(2), min_size=1, max_size=4).map(" ".join)
texts = st.lists(st.sampled_from(WORDS), max_size=14)


def _limits(n: int, cuts: list[int]) -> list[int]:
    """Where the sentence holding each token ends, for sentence ends at `cuts`."""
    ends = sorted({c for c in cuts if 0 < c < n} | {n})
    return [next(e for e in ends if e > i) for i in range(n)]


def _compiled(source: str) -> Pattern:
    try:
        return compiler().compile(source)
    except PatternError:
        assume(False)
        raise


def _tried_everywhere(pattern: Pattern, words: list[str], limits: list[int]) -> list[Match]:
    """What the index should find: the pattern tried at every token, left to right, skipping what a match covered."""
    out, i = [], 0
    while i < len(words):
        m = pattern.match_at(words, i, limits[i])
        if m is None:
            i += 1
        else:
            out.append(m)
            i = m.end
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(patterns, min_size=1, max_size=4), texts, st.lists(st.integers(0, 14), max_size=3))
def test_the_index_finds_what_trying_every_pattern_at_every_token_finds(sources: list[str], words: list[str], cuts: list[int]) -> None:
    compiled = [_compiled(s) for s in sources]
    limits = _limits(len(words), cuts)
    scanned = Index([*compiled, compiled[0]]).scan(words, limits)
    for pattern in compiled:
        assert scanned.get(id(pattern), []) == _tried_everywhere(pattern, words, limits), pattern.source


def _oracle(node: Node) -> str:
    """The pattern as a `regex` over tokens written as <token>: an independent matcher to check the engine with."""
    token = r"<[^<>]*>"
    if isinstance(node, TokenTest):
        options = [regex.escape(f"<{w}>") for w in sorted(node.words)]
        options += ["".join(regex.escape(f"<{w}>") for w in run) for run in node.runs]
        options += ["".join(regex.escape(f"<{w}>") for w in term.split(" ")) for cls in node.classes for term in cls.terms]
        options += [f"<(?:{r.pattern})>" for r in node.regexes]
        if node.any_word:
            options.append(r"<[a-z0-9][^<>]*>")
        for parts in node.conjunctions:  # one-token parts only (as generated): each must hold at the same token
            options.append("".join(f"(?={_oracle(part)})" for part in parts) + token)
        inner = "|".join(options) or "(?!)"
        return f"(?!(?:{inner})){token}" if node.negated else f"(?:{inner})"
    if isinstance(node, Seq):
        return "".join(_oracle(item) for item in node.items)
    if isinstance(node, Alt):
        return "(?:" + "|".join(_oracle(option) for option in node.options) + ")"
    if isinstance(node, Repeat):
        return f"(?:{_oracle(node.body)}){{{node.low},{node.high}}}"
    if isinstance(node, Capture):
        return f"(?:{_oracle(node.body)})"
    if isinstance(node, Call):
        return "(?:" + "|".join(_oracle(p.node) for p in node.patterns) + ")"
    raise AssertionError(node)


_ORACLE_SECONDS = 2.0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(patterns, texts, st.integers(0, 14))
def test_match_at_finds_the_longest_match_as_a_posix_regex_does(source: str, words: list[str], at: int) -> None:
    assume(at < len(words))
    pattern = _compiled(source)
    oracle = regex.compile(_oracle(pattern.node), regex.POSIX)
    text = "".join(f"<{w}>" for w in words[at:])
    try:  # a POSIX (longest) match can take exponential time on some generated patterns: the oracle, not the engine
        expected = oracle.match(text, timeout=_ORACLE_SECONDS)
    except TimeoutError:
        assume(False)
    m = pattern.match_at(words, at, len(words))
    if expected is None or expected.end() == 0:
        assert m is None, (source, words[at:])
    else:
        assert m is not None, (source, words[at:], expected.group())
        assert m.end - at == expected.group().count("<"), (source, words[at:], expected.group())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(patterns, texts)
def test_show_compiles_back_to_the_same_pattern(source: str, words: list[str]) -> None:
    pattern = _compiled(source)
    again = compiler().compile(pattern.show())
    assert again.show() == pattern.show()
    assert again.firsts == pattern.firsts
    for i in range(len(words)):
        assert again.match_at(words, i, len(words)) == pattern.match_at(words, i, len(words)), (source, pattern.show())
