"""`--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, IDEs)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from healthlint import __version__
from healthlint.model.document import SourceSpan
from healthlint.model.findings import Finding
from healthlint.model.results import FileResult
from healthlint.reporters import Reporter, fingerprint, numbered

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """A URI reference for the file: relative to the working directory (%SRCROOT%) when under it, else file://.

    Percent-encoded, as SARIF requires: spaces, `%`, `#`, `?`, `:`, control and non-ASCII characters
    (UTF-8, and a byte that was not UTF-8 as itself) would otherwise change what the URI names.
    """
    p = Path(path).resolve()
    try:
        relative = p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_uri()  # percent-encoded by pathlib
    return quote(os.fsencode(relative), safe="/")


def _artifact(path: str) -> dict[str, Any]:
    artifact: dict[str, Any] = {"uri": _uri(path)}
    if not artifact["uri"].startswith("file:"):
        artifact["uriBaseId"] = "%SRCROOT%"
    return artifact


def _location(path: str, span: SourceSpan) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": _artifact(path),
            "region": {
                "startLine": span.line,
                "startColumn": span.column,
                "endLine": span.end_line,
                "endColumn": span.end_column,
                "charOffset": span.offset,
                "charLength": span.end_offset - span.offset,
                "snippet": {"text": span.text},
            },
        }
    }


def _result(path: str, f: Finding, occurrence: int, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
        "locations": [_location(path, f.span)],
        "partialFingerprints": {"healthlint/v1": fingerprint(path, f.rule, f.span.text, occurrence)},
        "properties": {"category": f.category},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.related:
        result["relatedLocations"] = [
            {"id": i, **_location(path, r.span), "message": {"text": r.message or "related"}} for i, r in enumerate(f.related, 1)
        ]
    return result


class SarifReporter(Reporter):
    """One SARIF run; results are written as they arrive, the rules and invocation around them."""

    written = 0
    started = False

    def _rules(self) -> list[dict[str, Any]]:
        return [
            {
                "id": spec.code,
                "name": spec.name,
                "shortDescription": {"text": spec.name.replace("-", " ").capitalize()},
                "fullDescription": {"text": spec.rationale or spec.message},
                "help": {
                    "text": "\n".join(filter(None, [spec.rationale, spec.suggestion and f"Suggestion: {spec.suggestion}"])),
                    "markdown": f"**{spec.code} {spec.name}** ({spec.category})\n\n{spec.rationale}",
                },
                "defaultConfiguration": {"level": LEVELS[spec.severity]},
                "properties": {"category": spec.category, "tags": [spec.category, "health-content"]},
            }
            for spec in self.rules
        ]

    def _start(self) -> None:
        """Write everything before the first result, once."""
        if self.started:
            return
        self.started = True
        head = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "healthlint",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "informationUri": "https://pypi.org/project/healthlint/",
                            "rules": self._rules(),
                        }
                    },
                    "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                    "columnKind": "unicodeCodePoints",
                    "results": [],
                }
            ],
        }
        text = json.dumps(head, ensure_ascii=False, indent=2)
        self.out.write(text[: text.rindex("[]")] + "[")  # open the results array; close() closes it

    def add(self, result: FileResult, source: str | None) -> None:
        self._start()
        index = {spec.code: i for i, spec in enumerate(self.rules)}
        for n, f in numbered(result):
            self.out.write(("\n" if not self.written else ",\n") + json.dumps(_result(result.path, f, n, index), ensure_ascii=False))
            self.written += 1
        super().add(result, source)

    def close(self) -> None:
        self._start()
        notifications = [
            {
                "level": "error",
                "message": {"text": e.problem},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.path)}}],
            }
            for e in self.errors
        ]
        invocation = {"executionSuccessful": not self.errors, "toolExecutionNotifications": notifications}
        self.out.write(f'\n        ],\n        "invocations": [{json.dumps(invocation, ensure_ascii=False)}]\n      }}\n    ]\n}}\n')
