"""Rule types: the code behind each `type:` a rule pack may name.

Generic types (`phrase`, `occurrence`) are configured by data alone; the
specialised analysers hold logic that data cannot express. Modules are
imported when a pack first names their type, so start-up stays light.
"""

from __future__ import annotations

import importlib

from healthlint.checks.base import Check
from healthlint.packs import RuleSpec

RULE_TYPES: dict[str, str] = {
    "phrase": "healthlint.checks.phrase:PhraseCheck",
    "occurrence": "healthlint.checks.occurrence:OccurrenceCheck",
    "disclaimer-missing": "healthlint.checks.disclaimer.rules:MissingDisclaimer",
    "disclaimer-placement": "healthlint.checks.disclaimer.rules:DisclaimerPlacement",
    "house-disclaimer": "healthlint.checks.disclaimer.rules:HouseDisclaimer",
    "supplement-claims": "healthlint.checks.disclaimer.rules:SupplementClaims",
    "keyphrase-density": "healthlint.checks.stuffing.rules:DensityCheck",
    "keyphrase-spread": "healthlint.checks.stuffing.rules:SpreadCheck",
    "repeated-ngram": "healthlint.checks.stuffing.rules:RepeatedNgramCheck",
    "spliced-query": "healthlint.checks.stuffing.rules:SplicedQueryCheck",
    "metadata-stuffing": "healthlint.checks.stuffing.rules:MetadataCheck",
    "compression-ratio": "healthlint.checks.stuffing.rules:CompressionCheck",
    "opposition": "healthlint.checks.contradiction.rules:OppositionCheck",
    "number-conflict": "healthlint.checks.contradiction.rules:NumberConflictCheck",
    "negation-conflict": "healthlint.checks.contradiction.rules:NegationConflictCheck",
}


def build_check(spec: RuleSpec) -> Check:
    """Instantiate the check for a rule spec; unknown types are rule-pack errors."""
    target = RULE_TYPES.get(spec.type)
    if target is None:
        raise spec.error(f"unknown rule type `{spec.type}` (known: {', '.join(sorted(RULE_TYPES))})")
    module, cls = target.split(":")
    check: Check = getattr(importlib.import_module(module), cls)(spec)
    return check
