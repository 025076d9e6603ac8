"""`healthlint lsp` driven over stdio by a real LSP client (tests/lsp_client.py), as an editor drives it.

Expected ranges are computed here from the CLI's JSON output (code-point
offsets) with a conversion written independently of the server's, counting
UTF-16 code units as the LSP default says (UTF-8 bytes where negotiated).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from healthlint.explain import explanation, find_rule
from healthlint.packs import load_specs
from tests.conftest import EXAMPLES
from tests.lsp_client import LspClient

EMOJI = (
    "# Beet juice 🥤 for blood pressure\n"
    "\n"
    "Café ☕ crème brûlée 😀😀 is a miracle cure.\n"
    "\n"
    "Naïve 👩‍👩‍👧 note: beet juice lowers blood pressure.\n"
    "\n"
    "Many 🇫🇷 fans know beet juice sends blood pressure soaring. It is completely safe.\n"
)
LANGUAGE = {".md": "markdown", ".html": "html", ".txt": "plaintext"}


def _lines(text: str) -> list[int]:
    """Where each line starts, LSP's way: after \\r\\n, \\r or \\n."""
    starts = [0]
    i = 0
    while i < len(text):
        if text[i] == "\r" and text[i + 1 : i + 2] == "\n":
            i += 1
        if text[i] in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def position(text: str, offset: int, encoding: str = "utf-16") -> dict[str, int]:
    """The LSP position of a code-point offset."""
    starts = _lines(text)
    line = max(n for n, start in enumerate(starts) if start <= offset)
    before = text[starts[line] : offset]
    units = len(before.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(before.encode("utf-8"))
    return {"line": line, "character": units}


def expected_range(text: str, span: dict[str, Any], encoding: str = "utf-16") -> dict[str, Any]:
    return {"start": position(text, span["offset"], encoding), "end": position(text, span["end_offset"], encoding)}


def cli_findings(*paths: Path, cwd: Path) -> dict[str, list[dict[str, Any]]]:
    """The CLI's findings per file, from its JSON report (run as a user runs it)."""
    run = subprocess.run(
        [sys.executable, "-m", "healthlint", "check", *map(str, paths), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    return {Path(f["path"]).name: f["findings"] for f in json.loads(run.stdout)["files"]}


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Any]:
    """Starts servers; each is shut down as a client does, and must exit 0."""
    clients: list[LspClient] = []

    def _start(capabilities: dict[str, Any] | None = None, root: Path | None = None) -> tuple[LspClient, dict[str, Any]]:
        client = LspClient([sys.executable, "-m", "healthlint", "lsp"], cwd=str(tmp_path))
        clients.append(client)
        result = client.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri() if root else None, "capabilities": capabilities or {}},
        )
        client.notify("initialized", {})
        return client, result

    yield _start
    for client in clients:
        assert client.close() == 0


def _open(client: LspClient, path: Path, text: str, language: str | None = None, version: int = 1) -> list[dict[str, Any]]:
    uri = path.as_uri()
    item = {"uri": uri, "languageId": language or LANGUAGE[path.suffix], "version": version, "text": text}
    client.notify("textDocument/didOpen", {"textDocument": item})
    return client.diagnostics(uri, version)


def _keyed(diagnostics: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((d["code"], json.dumps(d["range"], sort_keys=True)) for d in diagnostics)


def test_capabilities_say_utf16_and_incremental_sync(start) -> None:  # type: ignore[no-untyped-def]
    _, result = start()
    assert result["capabilities"]["positionEncoding"] == "utf-16"
    assert result["capabilities"]["textDocumentSync"]["change"] == 2  # incremental
    assert result["serverInfo"]["name"] == "healthlint"


def test_ranges_count_utf16_units_past_emoji_and_accents(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, _ = start()
    path = tmp_path / "emoji.md"
    path.write_text(EMOJI, encoding="utf-8")
    diagnostics = _open(client, path, EMOJI)
    expected = cli_findings(path, cwd=tmp_path)["emoji.md"]
    assert expected and _keyed(diagnostics) == sorted((f["rule"], json.dumps(expected_range(EMOJI, f), sort_keys=True)) for f in expected)
    hype = next(d for d in diagnostics if d["code"] == "HL101")
    line = EMOJI.split("\n")[2]
    assert hype["range"]["start"]["character"] == line.index("a miracle") + 2  # two emoji before it, two units each
    assert hype["range"]["end"]["character"] == line.index("a miracle") + len("a miracle cure") + 2
    # The text under each range, read back in UTF-16 units as an editor reads it, is the finding's text.
    lines16 = [ln.encode("utf-16-le") for ln in EMOJI.split("\n")]
    for d, f in zip(sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"], d["range"]["start"]["character"], d["code"])),
                    sorted(expected, key=lambda f: (f["line"], f["column"], f["rule"])), strict=True):  # fmt: skip
        start_, end = d["range"]["start"], d["range"]["end"]
        if start_["line"] == end["line"]:
            shown = lines16[start_["line"]][start_["character"] * 2 : end["character"] * 2].decode("utf-16-le")
            assert shown == f["text"]


def test_incremental_edits_after_astral_characters(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, _ = start()
    path = tmp_path / "edit.md"
    diagnostics = _open(client, path, EMOJI)
    assert "HL101" in {d["code"] for d in diagnostics}
    # Replace "miracle cure" (line 0) with "gentle remedy", addressed in UTF-16 units as the client counts them.
    line = EMOJI.split("\n")[2]
    at = len(line[: line.index("miracle")].encode("utf-16-le")) // 2
    change = {
        "range": {"start": {"line": 2, "character": at}, "end": {"line": 2, "character": at + len("miracle cure")}},
        "text": "gentle remedy",
    }
    client.notify("textDocument/didChange", {"textDocument": {"uri": path.as_uri(), "version": 2}, "contentChanges": [change]})
    edited = EMOJI.replace("miracle cure", "gentle remedy")
    after = client.diagnostics(path.as_uri(), 2)
    path.write_text(edited, encoding="utf-8")
    expected = cli_findings(path, cwd=tmp_path)["edit.md"]
    assert "HL101" not in {d["code"] for d in after}
    assert _keyed(after) == sorted((f["rule"], json.dumps(expected_range(edited, f), sort_keys=True)) for f in expected)


def test_utf8_when_the_client_prefers_it(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, result = start({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    path = tmp_path / "bytes.md"
    diagnostics = _open(client, path, EMOJI)
    path.write_text(EMOJI, encoding="utf-8")
    expected = cli_findings(path, cwd=tmp_path)["bytes.md"]
    assert _keyed(diagnostics) == sorted((f["rule"], json.dumps(expected_range(EMOJI, f, "utf-8"), sort_keys=True)) for f in expected)


def test_every_example_matches_the_cli(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = cli_findings(EXAMPLES, cwd=tmp_path)
    client, _ = start(root=EXAMPLES.parent)
    files = sorted(EXAMPLES.iterdir())
    assert len(expected) == len(files) and sum(map(len, expected.values())) > 0  # three of them are flawed on purpose
    for path in files:
        text = path.read_text(encoding="utf-8")
        diagnostics = _open(client, path, text)
        assert _keyed(diagnostics) == sorted(
            (f["rule"], json.dumps(expected_range(text, f), sort_keys=True)) for f in expected[path.name]
        ), path
        severities = {"error": 1, "warning": 2, "info": 3}
        assert sorted((d["code"], d["severity"]) for d in diagnostics) == sorted(
            (f["rule"], severities[f["severity"]]) for f in expected[path.name]
        )


def test_codes_link_to_the_explanation_and_contradictions_to_their_partner(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, _ = start()
    path = tmp_path / "partner.md"
    diagnostics = _open(client, path, EMOJI)
    path.write_text(EMOJI, encoding="utf-8")
    expected = {
        (f["rule"], json.dumps(expected_range(EMOJI, f), sort_keys=True)): f for f in cli_findings(path, cwd=tmp_path)["partner.md"]
    }
    specs = load_specs([])
    for d in diagnostics:
        finding = expected[(d["code"], json.dumps(d["range"], sort_keys=True))]
        assert d["source"] == "healthlint"
        assert d["message"] == finding["message"] + (f"\nSuggestion: {finding['suggestion']}" if finding.get("suggestion") else "")
        href = d["codeDescription"]["href"]
        assert href.startswith("file://")
        spec = find_rule(specs, d["code"])
        assert spec is not None
        assert Path(href.removeprefix("file://")).read_text(encoding="utf-8") == explanation(spec) + "\n"
    contradiction = next(f for f in expected.values() if f["category"] == "contradiction")
    diagnostic = next(d for d in diagnostics if d["code"] == contradiction["rule"])
    related = diagnostic["relatedInformation"]
    assert [r["location"]["range"] for r in related] == [expected_range(EMOJI, r) for r in contradiction["related"]]
    assert all(r["location"]["uri"] == path.as_uri() and r["message"] for r in related)


def test_config_from_the_workspace_and_reloaded_when_it_changes(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "site"
    (project / "posts").mkdir(parents=True)
    config = project / "pyproject.toml"
    config.write_text('[tool.healthlint]\nignore = ["HL101"]\n', encoding="utf-8")
    client, _ = start(root=project)
    path = project / "posts" / "a.md"
    codes = {d["code"] for d in _open(client, path, EMOJI)}
    assert "HL101" not in codes and "HL102" in codes
    (project / "healthlint.toml").write_text('select = ["HL101"]\n', encoding="utf-8")  # nearer than pyproject: it wins
    client.notify("textDocument/didSave", {"textDocument": {"uri": path.as_uri()}})
    assert {d["code"] for d in client.diagnostics(path.as_uri())} == {"HL101"}
    untitled = "untitled:Untitled-1"  # no file: the workspace root's config applies
    client.notify("textDocument/didOpen", {"textDocument": {"uri": untitled, "languageId": "markdown", "version": 1, "text": EMOJI}})
    assert {d["code"] for d in client.diagnostics(untitled)} == {"HL101"}


def test_close_clears_and_other_languages_are_left_alone(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, _ = start()
    path = tmp_path / "a.md"
    assert _open(client, path, EMOJI)
    client.notify("textDocument/didClose", {"textDocument": {"uri": path.as_uri()}})
    assert client.diagnostics(path.as_uri()) == []
    script = tmp_path / "tool.py"
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": script.as_uri(), "languageId": "python", "version": 1, "text": "x = 'miracle cure'\n"}},
    )
    empty = tmp_path / "empty.md"
    assert _open(client, empty, "\n\n") == []  # nothing to lint is not an error
    assert not any(m.get("params", {}).get("uri") == script.as_uri() for m in client.notifications)
