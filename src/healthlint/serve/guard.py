"""The server's outer layer: whom it answers, how much it reads, what it never shows.

- A request whose Host is not the address the server is bound to is refused
  (421): a web page whose DNS name is rebound to 127.0.0.1 sends its own name.
  A cross-site Origin is refused too (403).
- A body over the limit is refused (413) from its Content-Length, or once the
  bytes read pass the limit when it is sent in chunks (the app turns the
  TooLarge raised then into its 413).
- Every response forbids framing, sniffing, referrers and any script, style
  or connection that is not the server's own (Content-Security-Policy).
- An unexpected error answers 500 with a JSON message and one line on the
  server's stderr, never a traceback.
"""

from __future__ import annotations

import ipaddress
import json
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]  # fmt: skip


def error_body(status: int, message: str) -> bytes:
    """The JSON every error answers with."""
    return json.dumps({"error": {"status": status, "message": message}}).encode("utf-8")


def allowed_hosts(host: str, port: int) -> set[str]:
    """The Host header values that address this server: its own address, and `localhost` when that is loopback."""
    names = {host.lower()}
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        loopback = host.lower() == "localhost"
    else:
        loopback = address.is_loopback
        if address.version == 6:
            names = {f"[{address.compressed}]"}
    if loopback:
        names.add("localhost")
    hosts = {f"{name}:{port}" for name in names}
    return hosts | names if port == 80 else hosts


class TooLarge(Exception):
    """The body went past the limit while it was being read; the app answers it with 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request is larger than this server's limit of {limit // 1024} KiB; send a shorter article")
        self.message = str(self)


class Guard:
    """ASGI middleware around the whole app (see the module's docstring)."""

    def __init__(self, app: ASGIApp, host: str, port: int, max_bytes: int) -> None:
        self.app = app
        self.hosts = allowed_hosts(host, port)
        self.origins = {f"http://{h}" for h in self.hosts}
        self.bound = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            return await self.app(scope, receive, send)
        if scope["type"] != "http":
            return await send({"type": "websocket.close", "code": 1008})  # no websockets here
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            shown = host or "(none)"
            return await _reply(send, 421, f"this server answers only requests addressed to {self.bound}, not Host {shown!r}")
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            return await _reply(send, 403, f"requests from the page at {origin!r} are not accepted (cross-site)")
        length = headers.get("content-length", "0")
        if not length.isdigit():
            return await _reply(send, 400, "the Content-Length header is not a number")
        if int(length) > self.max_bytes:
            return await _reply(send, 413, TooLarge(self.max_bytes).message)
        started = False
        read = 0

        async def counted() -> Message:
            nonlocal read
            message = await receive()
            read += len(message.get("body", b""))
            if read > self.max_bytes:
                raise TooLarge(self.max_bytes)
            return message

        async def secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, counted, secured)
        except Exception as exc:  # the app's handler has answered when it could; the server's log gets one line
            print(f"healthlint serve: internal error on {scope['method']} {scope['path']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            if not started:
                await _reply(send, 500, "internal error; the server's log names it")


async def _reply(send: Send, status: int, message: str) -> None:
    body = error_body(status, message)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
