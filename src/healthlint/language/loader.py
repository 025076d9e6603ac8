"""The language of one run: the vocabulary files (built-in and the user's) and a pattern compiler over them."""

from __future__ import annotations

import marshal
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthlint import kept
from healthlint.errors import RulePackError
from healthlint.language.patterns import Compiler, Pattern, PatternError
from healthlint.language.vocabulary import Vocabulary, WordClass


@dataclass
class Language:
    """Vocabularies by class name, their named patterns, and the compiler rules use."""

    vocabulary: Vocabulary
    compiler: Compiler
    named: dict[str, list[Pattern]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # tables derived once per language
    # class name -> its one-word terms: the readers test single tokens against function-word classes in their inner
    # loops, so this is one dictionary look-up
    term_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def word_class(self, name: str) -> WordClass:
        found = self.vocabulary.get(name)
        if found is None:
            raise KeyError(f"the vocabulary has no class @{name}")
        return found

    def terms(self, name: str) -> frozenset[str]:
        """A class's one-word terms, for set look-ups (abbreviations, stop words, coordinators)."""
        found = self.term_sets.get(name)
        if found is None:
            found = self.term_sets[name] = self.word_class(name).one_word_terms()
        return found

    def patterns(self, name: str) -> list[Pattern]:
        return self.named[name]


def vocabulary_files(extra: list[Path]) -> list[Path]:
    """Built-in vocabularies, then each user pack folder's `vocabulary/`, then vocabulary files named directly."""
    from healthlint.packs import builtin_pack_dir

    files = sorted((builtin_pack_dir() / "vocabulary").glob("*.yaml"))
    for path in extra:
        if path.is_dir():
            files.extend(sorted((path / "vocabulary").glob("*.y*ml")))
        elif path.name.endswith((".vocabulary.yaml", ".vocabulary.yml")):
            files.append(path)
    return files


_LOADED: dict[str, Language] = {}


def load_language(extra: list[Path] | None = None) -> Language:
    """The language for these pack paths: parsed once per process, compiled once per content (see `_cached`)."""
    files = vocabulary_files(extra or [])
    digest = _digest(files)
    if digest in _LOADED:
        return _LOADED[digest]
    compiled = _cached(digest)
    if compiled is None:
        compiled = _compile(files)
        _store(digest, compiled)
    vocabulary, named_sources = compiled
    compiler = Compiler(vocabulary, {name: sources for name, (_, sources) in named_sources.items()})
    language = Language(vocabulary, compiler)
    for name in named_sources:
        try:
            language.named[name] = compiler.named_patterns(name)
        except PatternError as exc:
            at, source = exc.where or (name, None)
            path = named_sources[at][0]
            raise RulePackError(path, f"line {_line_of(path, at, source)}: named patterns `{at}`: {exc}") from None
    _LOADED[digest] = language
    return language


Compiled = tuple[Vocabulary, dict[str, tuple[str, list[str]]]]


def _compile(files: list[Path]) -> Compiled:
    from healthlint.packs import read_yaml

    vocabulary = Vocabulary()
    named: dict[str, tuple[str, list[str]]] = {}
    parsed = []
    for path in files:
        data = read_yaml(path)
        if not isinstance(data, dict):
            raise RulePackError(str(path), "line 1: a vocabulary file is a mapping with `classes:`")
        vocabulary.load_irregular(path, data)
        parsed.append((path, data))
    for path, data in parsed:
        vocabulary.load(path, data)
        patterns = data.get("patterns") or {}
        if not isinstance(patterns, dict):
            raise RulePackError(str(path), f"line {_line_of(str(path))}: `patterns` maps a name to a list of pattern lines")
        for name, sources in patterns.items():
            if name == "__line__":
                continue
            if name in named:
                where = f"line {_line_of(str(path), name)}"
                raise RulePackError(str(path), f"{where}: named patterns `{name}` are already defined in {named[name][0]}")
            if not isinstance(sources, list) or not all(isinstance(x, str) for x in sources):
                raise RulePackError(str(path), f"line {_line_of(str(path), name)}: named patterns `{name}` must be a list of pattern lines")
            named[name] = (str(path), list(sources))
    vocabulary.finish()
    return vocabulary, named


def _line_of(path: str, name: str | None = None, source: str | None = None) -> int:
    """Where a vocabulary file's `patterns:` section, one of its names, or one line of it stands (for errors;
    the parsed YAML keeps lines of mappings only, and the compiled cache none)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    at = next((i for i, line in enumerate(lines) if re.match(r"patterns\s*:", line)), None)
    if at is None:
        return 1
    if name is not None:
        key = re.compile(rf"\s+[\"']?{re.escape(name)}[\"']?\s*:")
        at = next((i for i in range(at + 1, len(lines)) if key.match(lines[i])), at)
    if source is not None:
        quoted = (source, source.replace("'", "''"), source.replace("\\", "\\\\").replace('"', '\\"'))
        at = next((i for i in range(at, len(lines)) if any(q in lines[i] for q in quoted)), at)
    return at + 1


def vocabulary_digest(extra: list[Path]) -> str:
    """What the vocabularies of a run depend on (for the result cache's key)."""
    return _digest(vocabulary_files(extra))


def _digest(files: list[Path]) -> str:
    """What the compiled vocabulary depends on: this code's version and every file's name and bytes."""
    import hashlib

    from healthlint import __version__

    h = hashlib.sha256(f"{__version__}:{_FORMAT}".encode())
    for module in _COMPILING_MODULES:  # the code that compiles them: a change there compiles again
        h.update((Path(__file__).parent / module).read_bytes())
    # The term files the classes name (`file: drugs.txt`), wherever the vocabulary stands (a user's
    # `house.vocabulary.yaml` beside its `house-words.txt`), and every .txt of a `vocabulary/` folder: each once.
    term_files: set[Path] = set()
    folders: set[Path] = set()
    for path in files:
        h.update(str(path).encode())
        data = _bytes(path)
        h.update(data)
        term_files.update(path.parent / name for name in _term_file_names(data))
        if path.parent.name == "vocabulary" and path.parent not in folders:
            folders.add(path.parent)
            term_files.update(path.parent.glob("*.txt"))
    for term_file in sorted(term_files):
        h.update(str(term_file).encode())
        h.update(_bytes(term_file))
    return h.hexdigest()


def _bytes(path: Path) -> bytes:
    """A file's bytes for the digest: a regular file within the size limit only (reading it later says what is
    wrong with anything else), never a wait on a named pipe."""
    from healthlint.limits import read_regular

    try:
        return read_regular(path, RulePackError)
    except RulePackError:
        return b"\x00missing"


_TERM_FILE = re.compile(rb"""(?<![\w-])file["']?[ \t]*:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^"'\s,{}#]+))""")


def _term_file_names(data: bytes) -> list[str]:
    """The names after the `file:` keys of a vocabulary file's text, read without parsing it (each "file" found by
    a literal search, then tried there: a pattern scanning every position costs more than the rest of the digest)."""
    out = []
    at = data.find(b"file")
    while at >= 0:
        found = _TERM_FILE.match(data, at)
        if found is not None:
            out.append(b"".join(found.groups(b"")).decode("utf-8", "replace"))
        at = data.find(b"file", at + 4)
    return out


_FORMAT = 4  # bump when the compiled layout changes
_COMPILING_MODULES = ("tokens.py", "morphology.py", "vocabulary.py", "loader.py")


def _cached(digest: str) -> Compiled | None:
    """A compiled vocabulary from an earlier run (plain data, read with marshal); anything unreadable is a miss."""
    data = kept.read("vocabulary", f"{digest[:32]}.marshal")
    if data is None:
        return None
    try:
        classes, irregular, named = marshal.loads(data)
        vocabulary = Vocabulary()
        for name, (terms, heads, seconds, groups, attributes, source, line, shown) in classes.items():
            vocabulary.classes[name] = WordClass(name, terms, heads, seconds, groups, attributes, source, line, shown)
        vocabulary.morphology.irregular = {k: set(v) for k, v in irregular.items()}
    except Exception:  # a truncated or foreign file: compile again
        return None
    return vocabulary, named


def _store(digest: str, compiled: Compiled) -> None:
    """Keep the compiled vocabulary for the next run."""
    vocabulary, named = compiled
    classes = {
        name: (c.terms, c.heads, c.seconds, c.group_names, c.attributes, c.source, c.line, c.shown)
        for name, c in vocabulary.classes.items()
        if "." not in name
    }
    irregular = {k: sorted(v) for k, v in vocabulary.morphology.irregular.items()}
    try:
        data = marshal.dumps((classes, irregular, named))
    except ValueError:  # a value marshal cannot write: compile next time too
        return
    kept.write("vocabulary", f"{digest[:32]}.marshal", data)


_BUILTIN: Language | None = None


def builtin_language() -> Language:
    """The built-in vocabularies alone, for what does not depend on a run's packs (sentence ends, headings)."""
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = load_language([])
    return _BUILTIN
