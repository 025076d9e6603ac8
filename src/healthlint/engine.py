"""The rule engine: selects rules, runs them on a document, and scores what they find."""

from __future__ import annotations

from healthlint.checks.base import Check, Context, build_check
from healthlint.checks.stuffing.analysis import document_metrics, keyphrase_settings
from healthlint.config import Config, with_settings
from healthlint.errors import ConfigError
from healthlint.language.loader import load_language
from healthlint.language.patterns import Index
from healthlint.model.document import Block, Document, PositionMap, Segment
from healthlint.model.findings import CATEGORY_ALIASES, Finding, Severity, most_severe
from healthlint.model.results import FileResult
from healthlint.packs import RuleSpec, load_specs
from healthlint.readability.metrics import readability, syllable_counter
from healthlint.scoring import grade, score


def _selector_matches(token: str, spec: RuleSpec) -> bool:
    t = token.strip()
    lower = t.lower()
    return t.upper() == "ALL" or spec.code.startswith(t.upper()) or CATEGORY_ALIASES.get(lower, lower) in (spec.category, spec.name)


def select_rules(specs: list[RuleSpec], select: tuple[str, ...], ignore: tuple[str, ...]) -> list[RuleSpec]:
    """Rules enabled by select/ignore (by code prefix, category, its short name, or rule name).

    An unknown selector, or a choice that leaves no rule to run, is an error: a run that
    checks nothing would pass every article.
    """
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
    if not chosen:
        given = " ".join([*(f"--select {t}" for t in select), *(f"--ignore {t}" for t in ignore)])
        raise ConfigError("--select/--ignore", f"no rule is left to run ({given})")
    return chosen


class Linter:
    """Rules loaded and compiled once, then applied to any number of documents."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.language = load_language(list(config.extend_rules))
        self.specs = with_settings(load_specs(list(config.extend_rules)), config)
        unknown = [c for c in config.severity if not any(s.code == c for s in self.specs)]
        if unknown:
            raise ConfigError(str(config.source or "--config"), f"`severity` names unknown rule {unknown[0]}")
        self.rules = select_rules(self.specs, config.select, config.ignore)
        self.checks: list[Check] = [build_check(spec, self.language) for spec in self.rules]
        self.index = Index(p for check in self.checks for p in check.indexed)
        # Every report carries the keyphrase metrics, whatever rules run: read with the stuffing pack's settings.
        self.keyphrase = keyphrase_settings(self.specs, self.language)
        syllable_counter()  # loaded here, so worker processes forked from this one inherit the dictionaries

    def __setstate__(self, state: dict[str, object]) -> None:
        """A rule set kept from an earlier run (`app.compiled`), loaded as one built here would be."""
        self.__dict__.update(state)
        syllable_counter()

    def context(self, doc: Document, topic_of: Context | None = None) -> Context:
        """The document as rules read it, with every rule's token patterns found in one pass."""
        ctx = Context(doc, self.language, settings=self.config.settings)
        if topic_of is not None:
            ctx.__dict__["topic"] = topic_of.topic  # a title is read as its article's, about the same subject
        if self.index.patterns:
            text = ctx.text
            ctx.found = self.index.scan(text.words, text.limits)
        return ctx

    def findings(self, doc: Document, ctx: Context) -> list[Finding]:
        found: list[Finding] = []
        for check in self.checks:
            found += check.run(doc, ctx)
        # The title and description are published text too (search results show them first): rules that read
        # sentences (hype) read them as well, each as a small document mapped to where it stands in the file.
        metadata_checks = [c for c in self.checks if c.reads_metadata]
        for meta in _metadata_documents(doc) if metadata_checks else []:
            meta_ctx = self.context(meta, topic_of=ctx)
            for check in metadata_checks:
                found += check.run(meta, meta_ctx)
        kept = []
        for f in found:
            if doc.suppressed(f.rule, f.span.offset):
                continue
            f.severity = self.config.severity.get(f.rule, f.severity)
            kept.append(f)
        return self._dedupe(kept)

    @staticmethod
    def _dedupe(found: list[Finding]) -> list[Finding]:
        """Of two findings of one category where one lies within the other, keep the more severe (then the
        longer); findings that only overlap say different things and both stay."""
        return most_severe(found)  # n log n: two Fenwick trees per category, not a scan of what is kept

    def lint(self, doc: Document) -> FileResult:
        whole, doc = doc, doc.analysed()
        ctx = self.context(doc)
        findings = self.findings(doc, ctx)
        metrics = {**readability(doc), **document_metrics(ctx, self.keyphrase), **_unread(whole, doc)}
        value, categories = score(findings)
        failed = value < self.config.fail_under or self._fails_on(findings)
        return FileResult(doc.path, findings, value, grade(value), not failed, categories, metrics)

    def _fails_on(self, findings: list[Finding]) -> bool:
        if self.config.fail_on == "none":
            return False
        limit = Severity.rank(self.config.fail_on)
        return any(Severity.rank(f.severity) <= limit for f in findings)


def _unread(whole: Document, analysed: Document) -> dict[str, int]:
    """How much of the file the analysis limit left unread, and from which line (nothing, for any article)."""
    if analysed is whole:
        return {}
    stop = whole.position_map.source_start(len(analysed.prose))
    return {
        "characters_read": len(analysed.prose),
        "unread_characters": len(whole.source) - stop,
        "unread_from_line": whole.line_col(stop)[0],
    }


def _metadata_documents(doc: Document) -> list[Document]:
    """The title and description as they stand in the file (front matter values, <title>, meta description)."""
    out = []
    for key in ("title", "description"):
        span = doc.metadata_spans.get(key)
        if span is None or span[1] <= span[0]:
            continue
        start, end = span
        text = doc.source[start:end]
        position_map = PositionMap.of([Segment(0, start, len(text), len(text))])
        out.append(Document(doc.path, doc.source, doc.format, text, position_map, [Block("metadata", 0, len(text))]))
    return out
