"""A linted article's result: what reporters, the cache and the worker pool pass around."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from healthlint.model.findings import Finding


@dataclass
class FileResult:
    path: str
    findings: list[Finding]
    score: float
    grade: str
    passed: bool
    categories: dict[str, float] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    # The JSON of all but the path, as a worker or the cache wrote it: a JSON report reuses it as is.
    encoded: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_json(cls, path: str, encoded: str) -> FileResult:
        result = cls.from_dict({**json.loads(encoded), "path": path})
        result.encoded = encoded
        return result

    def encode(self) -> str:
        """JSON of everything but the path, which depends on where the article is, not on what it says."""
        if self.encoded is None:
            self.encoded = json.dumps({k: v for k, v in self.to_dict().items() if k != "path"}, ensure_ascii=False)
        return self.encoded

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileResult:
        return cls(
            path=data["path"],
            findings=[Finding.from_dict(f) for f in data["findings"]],
            score=data["score"],
            grade=data["grade"],
            passed=data["passed"],
            categories=data.get("categories", {}),
            metrics=data.get("metrics", {}),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "score": self.score,
            "grade": self.grade,
            "passed": self.passed,
            "categories": self.categories,
            "metrics": self.metrics,
            "findings": [f.to_dict() for f in self.findings],
        }
