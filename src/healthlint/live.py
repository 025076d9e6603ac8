"""Linting text held in memory, for the web app, the HTTP API and the language server.

Loading the rules is the slow part (a second to compile them, a tenth to load
a rule set kept from an earlier run), so the Linter for each configuration
(with its select/ignore overrides) is loaded once and held; a few are held,
the least recently used dropped first.
"""

from __future__ import annotations

from collections import OrderedDict

from healthlint.app.compiled import load_linter
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import InputError
from healthlint.model.document import Document
from healthlint.model.results import FileResult
from healthlint.readers import decode, parse

# What the API's "format" field names, as the file extension that picks the same reader.
FORMATS = {"markdown": ".md", "html": ".html", "text": ".txt"}


class Linters:
    """Linters by configuration, built on first use and reused."""

    def __init__(self, keep: int = 8) -> None:
        self.keep = keep
        self._built: OrderedDict[str, Linter] = OrderedDict()

    def get(self, config: Config) -> Linter:
        """The Linter for this configuration; a ConfigError if it names unknown rules."""
        key = repr(config)
        linter = self._built.get(key)
        if linter is None:
            linter = load_linter(config)
            self._built[key] = linter
            if len(self._built) > self.keep:
                self._built.popitem(last=False)
        self._built.move_to_end(key)
        return linter


def lint_text(linter: Linter, path: str, text: str) -> tuple[Document, FileResult]:
    """The document and result for an article's text, refused as the CLI refuses a file (empty, binary) with an InputError."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(path, "the text is not valid Unicode (it has a lone surrogate)") from None
    doc = parse(path, decode(path, data))
    return doc, linter.lint(doc)
