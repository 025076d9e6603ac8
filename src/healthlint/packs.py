"""Rule packs: YAML files of declarative rules, validated with file and line in every error.

Schema (documented for users in docs/rule-packs.md):

    pack: superlatives            # pack name
    category: superlative         # default category of its rules
    shared: {...}                 # parameters every rule of the pack inherits
    rules:
      - code: HL101               # HLnnn, unique across packs
        name: hype-term           # kebab-case
        type: phrase              # a registered rule type (see healthlint.checks)
        severity: warning         # error | warning | info
        message: "..."            # may use {match} and type-specific fields
        suggestion: "..."
        rationale: "..."
        examples: {bad: [...], good: [...]}
        params: {...}             # type-specific: lexicons, guards, thresholds
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from healthlint import kept
from healthlint.errors import RulePackError
from healthlint.limits import load_yaml, os_problem, read_regular
from healthlint.model.findings import SEVERITIES

_CODE = regex.compile(r"HL\d{3}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_RULE_KEYS = {
    "code",
    "name",
    "type",
    "category",
    "severity",
    "message",
    "suggestion",
    "rationale",
    "examples",
    "params",
    "enabled",
}
_PACK_KEYS = {"pack", "category", "description", "shared", "rules"}
LINE = "__line__"

_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records the line of every mapping under LINE."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:  # a key given twice would silently drop the first definition
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first given at line {seen[key]})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line + 1
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)


def strip_lines(value: Any) -> Any:
    """The value without the LINE bookkeeping keys."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value


@dataclass(frozen=True)
class RuleSpec:
    """One rule as declared in a pack."""

    code: str
    name: str
    type: str
    category: str
    severity: str
    message: str
    suggestion: str
    rationale: str
    examples: dict[str, list[str]]
    params: dict[str, Any]
    enabled: bool
    pack: str
    line: int

    def error(self, problem: str, line: int | None = None) -> RulePackError:
        return RulePackError(self.pack, f"line {line or self.line}: rule {self.code}: {problem}")


def builtin_pack_dir() -> Path:
    """The rule packs shipped inside the package (top-level rules/ in a checkout)."""
    shipped = resources.files("healthlint") / "rules"
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "rules"


def pack_files(extra: list[Path]) -> list[Path]:
    """The built-in packs, then the user's: files as given, folders' `*.yaml` and `*.yml` (a folder that cannot be listed is an error)."""
    files = sorted(builtin_pack_dir().glob("*.yaml"))
    for path in extra:
        if path.is_dir():
            try:
                names = sorted(name for name in os.listdir(path) if name.endswith((".yaml", ".yml")))
            except OSError as exc:
                raise RulePackError(str(path), f"cannot list this folder of rule packs: {os_problem(exc, str(path))}") from None
            files.extend(path / name for name in names)
        else:
            files.append(path)
    return files


def _fail(path: Path, line: int, problem: str) -> RulePackError:
    return RulePackError(str(path), f"line {line}: {problem}")


def load_pack(path: Path) -> list[RuleSpec]:
    """A pack's rules; parsed once per process while the file is unchanged."""
    try:
        stat = path.stat()
    except OSError:
        stat = None
    key = (str(path), stat.st_mtime_ns, stat.st_size) if stat else None
    if key is not None and key in _PARSED:
        return _PARSED[key]
    specs = _parse_kept(path)
    if key is not None:
        _PARSED[key] = specs
    return specs


_PARSED: dict[tuple[str, int, int], list[RuleSpec]] = {}


def _parse_kept(path: Path) -> list[RuleSpec]:
    """A pack's rules, parsed once per content and kept between runs (`healthlint.kept`): parsing the built-in
    packs' YAML cost a one-file run tens of milliseconds."""
    data = read_regular(path, RulePackError, "rule pack not found")
    digest = hashlib.sha256(b"\0".join([_parser_digest(), str(path).encode(), data])).hexdigest()[:32]
    found = kept.read("pack", digest)
    if found is not None:
        try:
            specs = pickle.loads(found)
        except Exception:  # truncated or foreign: parse again
            specs = None
        if isinstance(specs, list) and all(isinstance(s, RuleSpec) for s in specs):
            return specs
    specs = _parse_pack(path, data)
    kept.write("pack", digest, pickle.dumps(specs))
    return specs


@cache
def _parser_digest() -> bytes:
    """What parsing a pack depends on besides the file: this module and the YAML limits."""
    from healthlint import __version__, limits

    return hashlib.sha256(__version__.encode() + Path(__file__).read_bytes() + Path(limits.__file__).read_bytes()).digest()


def read_yaml(path: Path, raw: bytes | None = None) -> Any:
    """A pack or vocabulary file (its bytes when already read) parsed, each mapping marked with its line; errors
    name the file and line."""
    try:
        text = (read_regular(path, RulePackError, "rule pack not found") if raw is None else raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulePackError(str(path), f"cannot read rule pack: not valid UTF-8 (byte {exc.start})") from None
    try:
        return load_yaml(text, _LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise _fail(path, line, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None


def _parse_pack(path: Path, raw: bytes) -> list[RuleSpec]:
    data = read_yaml(path, raw)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise _fail(path, 1, "a rule pack is a mapping with a `rules:` list")
    for key in data:
        if key != LINE and key not in _PACK_KEYS:
            raise _fail(path, data[LINE], f"unknown key `{key}` (allowed: {', '.join(sorted(_PACK_KEYS))})")
    shared = data.get("shared") or {}
    if not isinstance(shared, dict):
        raise _fail(path, data[LINE], "`shared` must be a mapping")
    specs = []
    for raw in data["rules"]:
        if not isinstance(raw, dict):
            raise _fail(path, data[LINE], "each rule must be a mapping")
        specs.append(_rule(path, raw, data.get("category"), shared))
    return specs


def _rule(path: Path, raw: dict[str, Any], category: str | None, shared: dict[str, Any]) -> RuleSpec:
    line = raw[LINE]
    for key in raw:
        if key != LINE and key not in _RULE_KEYS:
            raise _fail(path, line, f"unknown rule key `{key}` (allowed: {', '.join(sorted(_RULE_KEYS))})")
    for key in ("code", "name", "type", "severity", "message"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(path, line, f"rule is missing `{key}` (a non-empty string)")
    code = raw["code"]
    if not _CODE.fullmatch(code):
        raise _fail(path, line, f"rule code `{code}` must look like HL123")
    if not _NAME.fullmatch(raw["name"]):
        raise _fail(path, line, f"rule {code}: name `{raw['name']}` must be kebab-case")
    if raw["severity"] not in SEVERITIES:
        raise _fail(path, line, f"rule {code}: severity must be one of {', '.join(SEVERITIES)}")
    cat = raw.get("category") or category
    if not isinstance(cat, str):
        raise _fail(path, line, f"rule {code}: no `category` (set it on the rule or the pack)")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise _fail(path, line, f"rule {code}: `params` must be a mapping")
    examples = strip_lines(raw.get("examples") or {})
    if not isinstance(examples, dict) or any(
        k not in ("bad", "good") or not isinstance(v, list) or not all(isinstance(x, str) for x in v) for k, v in examples.items()
    ):
        raise _fail(path, line, f"rule {code}: `examples` must be {{bad: [text...], good: [text...]}}")
    merged = {**strip_lines(shared), **strip_lines(params)}
    return RuleSpec(
        code=code,
        name=raw["name"],
        type=raw["type"],
        category=cat,
        severity=raw["severity"],
        message=raw["message"].strip(),
        suggestion=str(raw.get("suggestion") or "").strip(),
        rationale=str(raw.get("rationale") or "").strip(),
        examples=examples,
        params=merged,
        enabled=bool(raw.get("enabled", True)),
        pack=str(path),
        line=line,
    )


def builtin_shared(pack: str) -> dict[str, Any]:
    """The `shared` parameters of a built-in pack (`rules/<pack>.yaml`): the defaults of its family's rule types."""
    path = builtin_pack_dir() / f"{pack}.yaml"
    key = (str(path), "shared")
    if key not in _SHARED:
        data = read_yaml(path)
        shared = data.get("shared") if isinstance(data, dict) else None
        _SHARED[key] = strip_lines(shared) if isinstance(shared, dict) else {}
    return _SHARED[key]


_SHARED: dict[tuple[str, str], dict[str, Any]] = {}


def load_specs(extra: list[Path]) -> list[RuleSpec]:
    """Every rule of the built-in packs and the user's packs, codes unique."""
    seen: dict[str, RuleSpec] = {}
    out = []
    for path in pack_files(extra):
        for spec in load_pack(path):
            if spec.code in seen:
                other = seen[spec.code]
                raise spec.error(f"code already used by `{other.name}` ({other.pack}, line {other.line})")
            seen[spec.code] = spec
            out.append(spec)
    return out


def packs_digest(extra: list[Path]) -> str:
    """A hash of every pack's and vocabulary's contents, for cache keys."""
    from healthlint.language.loader import vocabulary_digest

    h = hashlib.sha256()
    for path in pack_files(extra):
        h.update(str(path.name).encode())
        h.update(read_regular(path, RulePackError))
    h.update(vocabulary_digest(extra).encode())
    return h.hexdigest()
