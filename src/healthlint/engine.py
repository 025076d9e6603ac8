"""The rule engine: selects rules, runs them on a document, and scores what they find."""

from __future__ import annotations

from healthlint.checks import build_check
from healthlint.checks.base import Check, Context
from healthlint.config import Config
from healthlint.errors import ConfigError
from healthlint.language.matching import Index
from healthlint.model.document import Document
from healthlint.model.findings import SEVERITIES, Finding, most_severe
from healthlint.model.results import FileResult
from healthlint.packs import RuleSpec, load_specs
from healthlint.readability.metrics import readability, syllable_counter
from healthlint.scoring import grade, score

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _selector_matches(token: str, spec: RuleSpec) -> bool:
    t = token.strip()
    return t.upper() == "ALL" or spec.code.startswith(t.upper()) or t.lower() in (spec.category, spec.name)


def select_rules(specs: list[RuleSpec], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[RuleSpec]:
    """Rules enabled by select/ignore (by code prefix, category or name); unknown selectors are errors."""
    for token in (*select, *ignore):
        if not any(_selector_matches(token, s) for s in specs):
            raise ConfigError("--select/--ignore", f"`{token}` matches no rule code, name or category")
    chosen = []
    for spec in specs:
        if select:
            if not any(_selector_matches(t, spec) for t in select):
                continue
            if not spec.enabled and not any(t.upper() in (spec.code, spec.name.upper()) for t in select):
                continue
        elif not spec.enabled:
            continue
        if any(_selector_matches(t, spec) for t in ignore):
            continue
        chosen.append(spec)
    return chosen


class Linter:
    """Rules loaded and compiled once, then applied to any number of documents."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.specs = load_specs(list(config.extend_rules))
        unknown = [c for c in config.severity if not any(s.code == c for s in self.specs)]
        if unknown:
            raise ConfigError(str(config.source or "--config"), f"`severity` names unknown rule {unknown[0]}")
        self.rules = select_rules(self.specs, config.select, config.ignore)
        self.checks: list[Check] = [build_check(spec) for spec in self.rules]
        self.index = Index(m for check in self.checks for m in check.indexed)
        syllable_counter()  # loaded here, so worker processes forked from this one inherit the dictionaries

    def findings(self, doc: Document, ctx: Context) -> list[Finding]:
        found: list[Finding] = []
        for check in self.checks:
            for f in check.run(doc, ctx):
                if doc.suppressed(f.rule, f.span.offset):
                    continue
                f.severity = self.config.severity.get(f.rule, f.severity)
                found.append(f)
        return self._dedupe(found)

    @staticmethod
    def _dedupe(found: list[Finding]) -> list[Finding]:
        """Of two overlapping findings in one category, keep the more severe (then the longer)."""
        return most_severe(found)  # n log n: by binary search among what is kept

    def lint(self, doc: Document) -> FileResult:
        ctx = Context(settings=self.config.settings, hits=self.index.hits(doc.prose))
        findings = self.findings(doc, ctx)
        metrics = {**readability(doc), **ctx.metrics}
        value, categories = score(findings, doc.word_count)
        failed = value < self.config.fail_under or self._fails_on(findings)
        return FileResult(doc.path, findings, value, grade(value), not failed, categories, metrics)

    def _fails_on(self, findings: list[Finding]) -> bool:
        if self.config.fail_on == "none":
            return False
        limit = _RANK[self.config.fail_on]
        return any(_RANK[f.severity] <= limit for f in findings)
