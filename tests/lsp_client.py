"""A small LSP client for the tests: JSON-RPC over a language server's standard input and output."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections.abc import Callable
from typing import IO, Any


class LspClient:
    """Starts the server, frames messages with Content-Length, and collects what it sends."""

    def __init__(self, argv: list[str], cwd: str | None = None) -> None:
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            self.messages.put(json.loads(stream.read(int(headers["content-length"])).decode("utf-8")))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send({"method": method, **({"params": params} if params is not None else {})})

    def request(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> Any:
        self.next_id += 1
        mine = self.next_id
        self.send({"id": mine, "method": method, **({"params": params} if params is not None else {})})
        message = self._wait(lambda m: m.get("id") == mine and "method" not in m, timeout)
        assert "error" not in message, message["error"]
        return message.get("result")

    def _wait(self, wanted: Callable[[dict[str, Any]], bool], timeout: float) -> dict[str, Any]:
        while True:
            message = self.messages.get(timeout=timeout)  # queue.Empty fails the test when the server goes quiet
            if wanted(message):
                return message
            if "method" in message and "id" in message:  # a request from the server: answer it, as a client does
                self.send({"id": message["id"], "result": None})
            elif "method" in message:
                self.notifications.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30) -> list[dict[str, Any]]:
        """The next diagnostics published for the document (for that version, when given)."""

        def wanted(m: dict[str, Any]) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        diagnostics: list[dict[str, Any]] = self._wait(wanted, timeout)["params"]["diagnostics"]
        return diagnostics

    def close(self) -> int:
        """Shut the server down as a client does; its exit code."""
        if self.process.poll() is None:
            self.request("shutdown")
            self.notify("exit")
        code = self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return code
