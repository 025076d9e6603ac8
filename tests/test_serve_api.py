"""`healthlint serve`'s HTTP API and guard: through Starlette's TestClient, a real uvicorn server, and the command itself.

Expectations come from the CLI's own JSON output on the same text, not from
hard-coded findings, so the tests hold while the rules change.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import subprocess
import sys
import threading
from html import unescape
from pathlib import Path

import httpx
import jsonschema
import pytest
from starlette.testclient import TestClient

from healthlint.config import Config
from healthlint.packs import load_specs
from healthlint.serve import app as serve_app
from healthlint.serve.app import MAX_BYTES, create_app
from tests.conftest import EXAMPLES, SCHEMA
from tests.live_server import live_server

HOSTILE = (
    "Hostile article\n\n"
    'This tea is completely safe. <script>alert(1)</script> <img src=x onerror="alert(2)"> A game-changer & "quoted".\n\n'
    "Kratom gives relief without causing sedation.\n\nMany users value kratom's sedative properties.\n"
)
ARTICLE = (EXAMPLES / "magnesium-for-sleep.md").read_text(encoding="utf-8")
HOST = "127.0.0.1:8765"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Config(), sorted(str(p) for p in EXAMPLES.iterdir())), base_url=f"http://{HOST}")


def _cli_json(run_cli, write, name: str, text: str, *options: str) -> dict:  # type: ignore[no-untyped-def]
    """The CLI's JSON report entry for the text saved under that name (path left out)."""
    path = write(name, text)
    result = run_cli("check", str(path), "--format", "json", "--no-cache", *options)
    entry = json.loads(result.output)["files"][0]
    return {k: v for k, v in entry.items() if k != "path"}


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text
    body = response.json()
    assert body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert message
    return message


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()))
def test_lint_returns_the_clis_report_for_each_example(client: TestClient, run_cli, write, name: str) -> None:  # type: ignore[no-untyped-def]
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    response = client.post("/api/lint", json={"text": text, "filename": name})
    assert response.status_code == 200
    report = response.json()
    jsonschema.validate(report, SCHEMA)
    assert report["files"][0]["path"] == name
    assert {k: v for k, v in report["files"][0].items() if k != "path"} == _cli_json(run_cli, write, name, text)
    assert report["summary"]["files"] == 1 and report["summary"]["findings"] == len(report["files"][0]["findings"])


def test_format_picks_the_reader_and_must_agree_with_the_filename(client: TestClient, run_cli, write) -> None:  # type: ignore[no-untyped-def]
    html = "<html><body><h1>Tea</h1><p>This tea is a <b>miracle</b> cure.</p></body></html>\n"
    as_html = client.post("/api/lint", json={"text": html, "format": "html"}).json()["files"][0]
    as_text = client.post("/api/lint", json={"text": html, "format": "text"}).json()["files"][0]
    assert as_html["path"] == "article.html" and as_text["path"] == "article.txt"
    assert {k: v for k, v in as_html.items() if k != "path"} == _cli_json(run_cli, write, "tea.html", html)
    assert {k: v for k, v in as_text.items() if k != "path"} == _cli_json(run_cli, write, "tea.txt", html)
    assert as_html["metrics"] != as_text["metrics"]  # two readers, so the CLI comparisons above tell them apart
    default = client.post("/api/lint", json={"text": ARTICLE}).json()["files"][0]
    assert default["path"] == "article.md"
    message = _error(client.post("/api/lint", json={"text": html, "format": "markdown", "filename": "a.html"}), 400)
    assert "a.html" in message and "markdown" in message


def test_select_and_ignore_override_the_config(client: TestClient, run_cli, write) -> None:  # type: ignore[no-untyped-def]
    every = client.post("/api/lint", json={"text": ARTICLE, "filename": "a.md"}).json()["files"][0]["findings"]
    selected = client.post("/api/lint", json={"text": ARTICLE, "filename": "a.md", "select": ["HL1"]}).json()["files"][0]
    ignored = client.post("/api/lint", json={"text": ARTICLE, "filename": "a.md", "ignore": "superlative,HL404"}).json()["files"][0]
    assert {f["rule"] for f in every} - {f["rule"] for f in selected["findings"]}  # something was left out
    assert selected["findings"] and all(f["rule"].startswith("HL1") for f in selected["findings"])
    assert {k: v for k, v in selected.items() if k != "path"} == _cli_json(run_cli, write, "a.md", ARTICLE, "--select", "HL1")
    assert {f["rule"] for f in every} >= {"HL404", "HL406"}  # the example holds both conflicts
    assert {f["rule"] for f in ignored["findings"]} == {f["rule"] for f in every if f["category"] != "superlative"} - {"HL404"}
    assert {k: v for k, v in ignored.items() if k != "path"} == _cli_json(run_cli, write, "a.md", ARTICLE, "--ignore", "superlative,HL404")
    message = _error(client.post("/api/lint", json={"text": ARTICLE, "select": ["HL999"]}), 400)
    assert "HL999" in message
    _error(client.post("/api/lint", json={"text": ARTICLE, "ignore": [3]}), 400)


def test_html_report_on_request_with_the_article_escaped(client: TestClient) -> None:
    response = client.post("/api/lint", json={"text": HOSTILE, "filename": "hostile.txt", "report": "html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "healthlint report" in page and '<mark class="hl' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page and "<img src=x" not in page


def test_rules_lists_every_rule_with_its_explanation(client: TestClient) -> None:
    response = client.get("/api/rules")
    assert response.status_code == 200
    rules = response.json()
    specs = load_specs([])
    assert [r["code"] for r in rules] == [s.code for s in specs]
    by_code = {r["code"]: r for r in rules}
    for spec in specs:
        rule = by_code[spec.code]
        assert (rule["name"], rule["message"], rule["rationale"], rule["examples"]) == (
            spec.name,
            spec.message,
            spec.rationale,
            spec.examples,
        )
        assert rule["selected"] == spec.enabled  # the default config selects the rules that are on by default


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"[1, 2]", 400, "JSON object"),
        (b'{"filename": "a.md"}', 400, '"text" is required'),
        (b'{"text": "x", "colour": "red"}', 400, 'unknown field "colour"'),
        (b'{"text": "x", "format": "docx"}', 400, '"format" must be one of'),
        (b'{"text": "x", "report": "pdf"}', 400, '"report"'),
        (b'{"text": "  \\n "}', 422, "empty"),
        (b'{"text": "a\\u0000b"}', 422, "binary"),
        (b'{"text": "a\\ud800b"}', 422, "lone surrogate"),
    ],
)
def test_bad_bodies_get_a_json_error_naming_the_problem(client: TestClient, body: bytes, status: int, words: str) -> None:
    response = client.post("/api/lint", content=body, headers={"Content-Type": "application/json"})
    assert words in _error(response, status)


def test_other_mistakes_are_json_errors_too(client: TestClient) -> None:
    assert "Content-Type: application/json" in _error(
        client.post("/api/lint", content=b"text=x", headers={"Content-Type": "text/plain"}), 415
    )
    _error(client.get("/api/lint"), 405)
    _error(client.get("/api/nothing"), 404)
    _error(client.get("/static/../../pyproject.toml"), 404)
    _error(client.get("/static/page.html"), 404)
    _error(client.get("/app/files/99"), 404)
    _error(client.post("/api/lint", content=b"{}", headers={"Content-Type": "application/json", "Content-Length": "x"}), 400)


def test_an_internal_error_is_a_json_500_and_one_line_on_stderr(client: TestClient, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object) -> None:
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(serve_app, "lint_text", broken)
    assert _error(client.post("/api/lint", json={"text": ARTICLE}), 500) == "internal error; the server's log names it"
    log = capsys.readouterr().err
    assert log.count("\n") == 1 and "RuntimeError: the engine broke" in log and "POST /api/lint" in log


def test_foreign_host_and_cross_site_origin_are_refused(client: TestClient) -> None:
    message = _error(client.get("/api/rules", headers={"Host": "rebound.example:8765"}), 421)
    assert "127.0.0.1:8765" in message and "rebound.example" in message
    _error(client.get("/", headers={"Host": "127.0.0.1:9999"}), 421)
    _error(client.post("/api/lint", json={"text": ARTICLE}, headers={"Origin": "http://evil.example"}), 403)
    assert client.get("/api/rules", headers={"Host": "localhost:8765"}).status_code == 200  # loopback by name
    same = client.post("/api/lint", json={"text": ARTICLE}, headers={"Origin": f"http://{HOST}"})
    assert same.status_code == 200


def test_bodies_over_the_limit_are_refused_whole_or_chunked(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * (20 * 1024 * 1024) + b'"}'
    message = _error(client.post("/api/lint", content=big, headers={"Content-Type": "application/json"}), 413)
    assert f"{MAX_BYTES // 1024} KiB" in message

    def chunks():  # no Content-Length: counted as it is read
        yield b'{"text": "'
        for _ in range(3):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    _error(client.post("/api/lint", content=chunks(), headers={"Content-Type": "application/json"}), 413)


def test_page_headers_and_escaped_file_list(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = write("<img src=x onerror=alert(1)>.md", ARTICLE)
    client = TestClient(create_app(Config(), [str(hostile)]), base_url=f"http://{HOST}")
    response = client.get("/")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.text
    assert "&lt;img src=x onerror=alert(1)&gt;.md" in page and "<img src=x" not in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing from the network
    for name in ("report.css", "report.js", "app.css", "app.js"):
        assert f"/static/{name}" in page and client.get(f"/static/{name}").status_code == 200
    opened = client.get("/app/files/0").json()
    assert opened == {"filename": hostile.name, "path": hostile.as_posix(), "text": ARTICLE}


def test_app_lint_renders_the_source_with_its_marks(client: TestClient) -> None:
    data = client.post("/app/lint", json={"text": HOSTILE, "filename": "hostile.txt"}).json()
    report = data["report"]["files"][0]
    source = data["html"]["source"]
    assert unescape(re.sub(r"</?mark[^>]*>", "", source)) == HOSTILE  # the marks cover the text, which is whole and escaped
    assert "<script>" not in source and "<img" not in source and "<script>" not in data["html"]["list"]
    for n, finding in enumerate(report["findings"]):
        pieces = re.findall(r'<mark [^>]*data-pieces="([^"]*)"[^>]*>([^<]*)</mark>', source)
        assert unescape("".join(text for ids, text in pieces if f"a0-f{n}" in ids.split())) == finding["text"]
    assert [e["rule"] for e in data["findings"]] == [f["rule"] for f in report["findings"]]
    assert "grade" in data["html"]["overview"] and 'class="prose"' in data["html"]["section"]


def test_a_real_server_answers_and_survives_a_20_mb_body() -> None:
    with live_server([]) as base:
        ok = httpx.post(f"{base}/api/lint", json={"text": ARTICLE, "filename": "a.md"})
        assert ok.status_code == 200 and ok.json()["files"][0]["findings"]
        _error(httpx.get(f"{base}/api/rules", headers={"Host": "attacker.example"}), 421)

        port = int(base.rsplit(":", 1)[1])
        size = 20 * 1024 * 1024
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(
                f"POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n\r\n".encode()
            )
            sender = threading.Thread(target=_send_quietly, args=(conn, b"a" * size), daemon=True)
            sender.start()
            answer = b""
            while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
                chunk = conn.recv(65536)
                if not chunk:
                    break
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413") and json.loads(body)["error"]["status"] == 413
        assert httpx.post(f"{base}/api/lint", json={"text": ARTICLE}).status_code == 200  # still serving


def _send_quietly(conn: socket.socket, data: bytes) -> None:
    """Send until the server stops reading (it answers 413 and closes): a client may still be sending then."""
    with contextlib.suppress(OSError):
        conn.sendall(data)


def test_serve_command_starts_and_answers(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "healthlint", "serve", str(EXAMPLES), "--port", "0"], stderr=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        assert f"{len(list(EXAMPLES.iterdir()))} article(s)" in line
        page = httpx.get(url.group(0), timeout=30)
        assert page.status_code == 200 and "magnesium-for-sleep.md" in page.text
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()


def test_serve_command_errors_are_one_line(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wildcard = run_cli("serve", "--host", "0.0.0.0")
    assert wildcard.exit_code == 2 and "specific address" in wildcard.output
    missing = run_cli("serve", "no-such-folder/article.md")
    assert missing.exit_code == 2 and "no-such-folder/article.md: no such file" in missing.output
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = run_cli("serve", "--port", str(taken.getsockname()[1]))
    assert busy.exit_code == 2 and "cannot listen there" in busy.output and busy.output.count("\n") == 1


@pytest.mark.parametrize(
    ("command", "module", "extra"), [("serve", "starlette", "serve"), ("serve", "uvicorn", "serve"), ("lsp", "pygls", "lsp")]
)
def test_a_missing_extra_is_a_one_line_error(run_cli, monkeypatch, command: str, module: str, extra: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, module, None)  # importing it now fails as if it were not installed
    result = run_cli(command)
    assert result.exit_code == 2
    assert result.output == f'healthlint: error: `healthlint {command}` needs the {extra} extra: pip install "healthlint[{extra}]"\n'
