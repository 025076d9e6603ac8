"""`healthlint lsp`: a language server that publishes healthlint's findings as diagnostics (the `lsp` extra, pygls).

Markdown, HTML and text documents are linted when opened and at every
change. Ranges are converted from healthlint's code-point offsets to the
position encoding negotiated with the client (UTF-16 unless the client
prefers UTF-8 or UTF-32). Each diagnostic's code links to the rule's
explanation (the text `healthlint explain` prints, written once per session
to a temporary folder), and a contradiction names its partner claim as
related information. The configuration is the document's own, found as the
CLI finds it (healthlint.toml or pyproject.toml up from the file, else from
the workspace root) and read again when it changes.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from healthlint import __version__
from healthlint.codeunits import UnitIndex
from healthlint.config import Config, find_config, load_config
from healthlint.engine import Linter
from healthlint.errors import HealthlintError, InputError
from healthlint.explain import explanation
from healthlint.live import Linters, lint_text
from healthlint.model.findings import Finding
from healthlint.readers import READERS, extension

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
# Documents linted by their language when their file name does not say (an untitled buffer).
LANGUAGES = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}


class HealthlintServer(LanguageServer):
    """The server with what it keeps between documents: linters, configs, the explanations folder."""

    def __init__(self) -> None:
        super().__init__("healthlint", __version__)
        self.linters = Linters()
        self._configs: dict[Path, tuple[int, Config]] = {}
        self._explained: Path | None = None
        self._reported: str | None = None

    def config_for(self, path: Path | None) -> Config:
        """The config that applies to a document, re-read when its file changes."""
        root = self.workspace.root_path
        start = path or (Path(root) if root else None)
        found = find_config(start) if start else None
        if found is None:
            return Config()
        mtime = found.stat().st_mtime_ns
        cached = self._configs.get(found)
        if cached is None or cached[0] != mtime:
            cached = (mtime, load_config(found))
            self._configs[found] = cached
        return cached[1]

    def explanation_uri(self, linter: Linter, code: str) -> str:
        """A file: URI of the rule's explanation, written for every rule of the linter on first use."""
        if self._explained is None:
            self._explained = Path(tempfile.mkdtemp(prefix="healthlint-rules-"))
            atexit.register(shutil.rmtree, self._explained, True)
        target = self._explained / f"{code}.txt"
        if not target.exists():
            for spec in linter.specs:
                (self._explained / f"{spec.code}.txt").write_text(explanation(spec) + "\n", encoding="utf-8")
        return target.as_uri()

    def report(self, message: str) -> None:
        """A configuration problem, shown once until it changes, in place of diagnostics."""
        if message != self._reported:
            self._reported = message
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"healthlint: {message}"))

    def diagnose(self, uri: str) -> None:
        """Lint the document and publish its diagnostics (none when it cannot be linted)."""
        document = self.workspace.get_text_document(uri)
        path = Path(to_fs_path(uri)) if uri.startswith("file:") else None
        name = path.name if path and extension(path.name) in READERS else None
        if name is None and document.language_id not in LANGUAGES:
            return  # not an article: another server's business
        name = name or f"document{LANGUAGES[document.language_id or 'plaintext']}"
        try:
            linter = self.linters.get(self.config_for(path))
        except HealthlintError as exc:
            self.report(str(exc))
            return
        self._reported = None
        text = document.source
        try:
            _, result = lint_text(linter, name, text)
        except InputError:  # empty, or not text: nothing to flag
            result = None
        encoding = self.workspace.position_encoding or "utf-16"
        units = UnitIndex(text, str(getattr(encoding, "value", encoding)))
        diagnostics = [self.diagnostic(linter, uri, units, f) for f in result.findings] if result else []
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=document.version))

    def diagnostic(self, linter: Linter, uri: str, units: UnitIndex, finding: Finding) -> types.Diagnostic:
        partner = "the conflicting claim" if finding.category == "contradiction" else "also here"
        related = [
            types.DiagnosticRelatedInformation(types.Location(uri, _range(units, r.span.offset, r.span.end_offset)), r.message or partner)
            for r in finding.related
        ]
        return types.Diagnostic(
            range=_range(units, finding.span.offset, finding.span.end_offset),
            message=finding.message + (f"\nSuggestion: {finding.suggestion}" if finding.suggestion else ""),
            severity=SEVERITY[finding.severity],
            code=finding.rule,
            code_description=types.CodeDescription(href=self.explanation_uri(linter, finding.rule)),
            source="healthlint",
            related_information=related or None,
        )


def _range(units: UnitIndex, start: int, end: int) -> types.Range:
    (line, character), (end_line, end_character) = units.position(start), units.position(end)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def build() -> HealthlintServer:
    """The server with its handlers registered."""
    server = HealthlintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: HealthlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.diagnose(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: HealthlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.diagnose(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: HealthlintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.diagnose(params.text_document.uri)  # a config saved in between applies now

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: HealthlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    return server


def run() -> None:
    """Serve over standard input and output until the client says exit."""
    build().start_io()
