"""A rule's explanation as `healthlint explain` prints it; the language server links its diagnostics to the same text."""

from __future__ import annotations

import textwrap

from healthlint.packs import RuleSpec


def find_rule(specs: list[RuleSpec], code: str) -> RuleSpec | None:
    """The rule named by its code (any case) or its name."""
    return next((s for s in specs if code.upper() == s.code or code.lower() == s.name), None)


def explanation(spec: RuleSpec) -> str:
    """What the rule flags, why, and its examples, as plain text."""
    lines = [
        f"{spec.code} {spec.name} ({spec.category}, {spec.severity}{'' if spec.enabled else ', opt-in'})",
        "",
        f"Message: {spec.message}",
    ]
    if spec.suggestion:
        lines.append(f"Suggestion: {spec.suggestion}")
    if spec.rationale:
        lines += ["", "Why:", textwrap.fill(spec.rationale, width=88, initial_indent="  ", subsequent_indent="  ")]
    for kind in ("bad", "good"):
        if spec.examples.get(kind):
            lines += ["", "Flagged:" if kind == "bad" else "Not flagged:"]
            lines += ["  - " + e.replace("\n", "\n    ") for e in spec.examples[kind]]
    return "\n".join(lines)
