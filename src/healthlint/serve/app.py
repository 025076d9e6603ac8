"""The web app and the HTTP API: one Starlette app around the same engine and reporters as the CLI.

Routes:
    GET  /                  the editor page
    GET  /static/NAME       its stylesheets and scripts (the HTML report's own, plus the editor's)
    GET  /app/files/N       the Nth article of the PATHS given to `healthlint serve` (read-only)
    POST /app/lint          the page's live re-lint: the JSON report plus the page's pieces, rendered
    POST /api/lint          lint a text: the JSON report contract (or the HTML report with "report": "html")
    GET  /api/rules         every rule with its message, suggestion, rationale and examples

Lints run in the event loop, one at a time: an article takes milliseconds,
and the linter's caches are not made for threads.
"""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from healthlint import __version__
from healthlint.config import Config
from healthlint.engine import Linter
from healthlint.errors import ConfigError, InputError
from healthlint.live import FORMATS, Linters, lint_text
from healthlint.model.document import Document
from healthlint.model.results import FileResult
from healthlint.packs import load_specs
from healthlint.readers import READERS, decode, extension, read_bytes
from healthlint.reporters.html import ArticleView, HtmlReporter, asset, filters, findings_list, overview
from healthlint.reporters.json import JsonReporter
from healthlint.serve.guard import Guard, TooLarge, error_body

MAX_BYTES = 2 * 1024 * 1024  # a long article is 50 KB; the CLI's own file limit is 10 MiB
_LINT_KEYS = {"text", "filename", "format", "select", "ignore", "report"}
_STATIC = {
    "report.css": ("healthlint.reporters", "html_assets", "text/css"),
    "report.js": ("healthlint.reporters", "html_assets", "text/javascript"),
    "app.css": ("healthlint.serve", "assets", "text/css"),
    "app.js": ("healthlint.serve", "assets", "text/javascript"),
}


class BadRequest(Exception):
    """A request the API cannot take; answered with its status and message as JSON."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class LintRequest:
    """A validated body of POST /api/lint or /app/lint."""

    text: str
    path: str
    select: tuple[str, ...] | None
    ignore: tuple[str, ...] | None
    report: str


def _selectors(body: dict[str, Any], key: str) -> tuple[str, ...] | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadRequest(400, f'"{key}" must be a list of rule codes, names or categories (or one comma-separated string)')
    return tuple(v.strip() for v in value if v.strip())


def parse_lint_request(raw: bytes) -> LintRequest:
    """The request body as a LintRequest, or a BadRequest naming what is wrong with it."""
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadRequest(400, 'the body must be a JSON object such as {"text": "...", "filename": "draft.md"}')
    unknown = sorted(set(body) - _LINT_KEYS)
    if unknown:
        raise BadRequest(400, f'unknown field "{unknown[0]}" (allowed: {", ".join(sorted(_LINT_KEYS))})')
    text, filename, fmt, report = body.get("text"), body.get("filename"), body.get("format"), body.get("report", "json")
    if not isinstance(text, str):
        raise BadRequest(400, '"text" is required: the article as a string')
    if filename is not None and (not isinstance(filename, str) or not filename.strip() or len(filename) > 255):
        raise BadRequest(400, '"filename" must be a file name such as "draft.md" (its extension picks the format)')
    if fmt is not None and fmt not in FORMATS:
        raise BadRequest(400, f'"format" must be one of {", ".join(FORMATS)}')
    if report not in ("json", "html"):
        raise BadRequest(400, '"report" must be "json" or "html"')
    if filename and fmt and READERS.get(extension(filename)) is not READERS[FORMATS[fmt]]:
        raise BadRequest(400, f'"filename" {filename!r} is not a {fmt} file name; give one of the two, or names that agree')
    path = filename or f"article{FORMATS[fmt or 'markdown']}"
    return LintRequest(text, path, _selectors(body, "select"), _selectors(body, "ignore"), report)


def json_report(linter: Linter, result: FileResult) -> str:
    """The JSON report contract for one article, written by the CLI's own reporter."""
    out = io.StringIO()
    reporter = JsonReporter(out, linter.rules)
    reporter.add(result, None)
    reporter.close()
    return out.getvalue()


def html_report(linter: Linter, result: FileResult, text: str) -> str:
    """The self-contained HTML report for one article, as `--format html` writes it."""
    out = io.StringIO()
    reporter = HtmlReporter(out, linter.rules)
    reporter.add(result, text)
    reporter.close()
    return out.getvalue()


class Service:
    """What the routes share: the configuration, its linters, the rules, the files offered."""

    def __init__(self, config: Config, files: list[str]) -> None:
        self.config = config
        self.files = files
        self.linters = Linters()
        self.base = self.linters.get(config)  # built now, so the first request does not wait for the rules to compile
        self.specs = load_specs(list(config.extend_rules))
        self.rationale = {s.code: s.rationale for s in self.specs}

    def lint(self, request: LintRequest) -> tuple[Linter, Document, FileResult]:
        config = self.config.with_overrides(select=request.select, ignore=request.ignore)
        try:
            linter = self.linters.get(config)
        except ConfigError as exc:
            raise BadRequest(400, exc.problem) from None
        try:
            doc, result = lint_text(linter, request.path, request.text)
        except InputError as exc:
            raise BadRequest(422, str(exc)) from None
        return linter, doc, result


async def _body(request: Request) -> bytes:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise BadRequest(415, "send the body as JSON with Content-Type: application/json")
    try:
        return await request.body()
    except TooLarge as exc:
        raise BadRequest(413, exc.message) from None


def create_app(config: Config, files: list[str], host: str = "127.0.0.1", port: int = 8765, max_bytes: int = MAX_BYTES) -> Guard:
    """The ASGI app for `healthlint serve` bound to host:port, offering `files` (paths already discovered) read-only."""
    service = Service(config, files)
    page = Template((resources.files("healthlint.serve") / "assets" / "app.html").read_text(encoding="utf-8"))
    categories = {s.category for s in service.specs}

    async def index(request: Request) -> HTMLResponse:
        options = "".join(f'<option value="{n}">{html.escape(Path(f).as_posix())}</option>' for n, f in enumerate(service.files))
        return HTMLResponse(
            page.substitute(version=html.escape(__version__), files=options, filters=filters(categories), limit=max_bytes // 1024)
        )

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            raise HTTPException(404, f"no file {name!r} here")
        package, folder, media = _STATIC[name]
        text = asset(name).template if folder == "html_assets" else (resources.files(package) / folder / name).read_text(encoding="utf-8")
        return Response(text, media_type=media)

    async def open_file(request: Request) -> JSONResponse:
        n = request.path_params["n"]
        if not 0 <= n < len(service.files):
            raise HTTPException(404, f"no file number {n} (there are {len(service.files)})")
        path = service.files[n]
        try:
            text = decode(path, read_bytes(path))
        except InputError as exc:
            raise BadRequest(422, str(exc)) from None
        return JSONResponse({"filename": Path(path).name, "path": Path(path).as_posix(), "text": text})

    async def app_lint(request: Request) -> JSONResponse:
        lint_request = parse_lint_request(await _body(request))
        linter, doc, result = service.lint(lint_request)
        view = ArticleView(doc, result, 0)
        return JSONResponse(
            {
                "report": json.loads(json_report(linter, result)),
                "findings": view.entries,
                "html": {
                    "overview": overview([view.row()]),
                    "section": view.section(),
                    "source": view.source(),
                    "list": findings_list(view.entries, service.rationale),
                },
            }
        )

    async def api_lint(request: Request) -> Response:
        lint_request = parse_lint_request(await _body(request))
        linter, _, result = service.lint(lint_request)
        if lint_request.report == "html":
            return HTMLResponse(html_report(linter, result, lint_request.text))
        return Response(json_report(linter, result), media_type="application/json")

    async def api_rules(request: Request) -> JSONResponse:
        keys = ("code", "name", "category", "severity", "type", "enabled", "message", "suggestion", "rationale", "examples")
        selected = {s.code for s in service.base.rules}
        return JSONResponse([{**{k: getattr(s, k) for k in keys}, "selected": s.code in selected} for s in service.specs])

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BadRequest)
        return Response(error_body(exc.status, exc.message), status_code=exc.status, media_type="application/json")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return Response(error_body(exc.status_code, exc.detail), status_code=exc.status_code, media_type="application/json")

    async def internal_error(request: Request, exc: Exception) -> Response:
        return Response(error_body(500, "internal error; the server's log names it"), status_code=500, media_type="application/json")

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/static/{name}", static),
            Route("/app/files/{n:int}", open_file),
            Route("/app/lint", app_lint, methods=["POST"]),
            Route("/api/lint", api_lint, methods=["POST"]),
            Route("/api/rules", api_rules),
        ],
        exception_handlers={BadRequest: bad_request, HTTPException: http_error, Exception: internal_error},
    )
    return Guard(app, host, port, max_bytes)
