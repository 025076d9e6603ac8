"""Benchmark the live re-lint of `healthlint serve`: the median of 20 edits of a ~6 KB article, at a real server.

    python benchmarks/serve_bench.py [--edits 20]

Starts `healthlint serve` (the serve extra must be installed) on a free
loopback port, as a user does, and sends the request the web page sends a
moment after typing stops (POST /app/lint: the JSON report plus the page's
rendered pieces), once per edit: each edit adds a few words to an article of
about 6 KB written by benchmarks/bench.py's generator. Prints the median,
fastest and slowest answer (the round trip over one keep-alive connection),
and the same for POST /api/lint. Not a test: figures depend on the machine;
the target is a median under 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import time

from bench import article  # the benchmark corpus' article generator, beside this file

TARGET_MS = 100.0


def six_kb_article() -> tuple[str, str]:
    """A flawed Markdown article of about 6 KB from the corpus generator."""
    rng = random.Random(7)
    for i in range(1, 300):
        name, text = article(rng, i)
        if name.endswith(".md") and 5_500 <= len(text.encode("utf-8")) <= 7_000 and i % 4:
            return name, text
    raise SystemExit("the generator made no article of about 6 KB")


def timed(conn: http.client.HTTPConnection, path: str, body: dict[str, str]) -> tuple[float, dict]:
    """Milliseconds from sending the request to the whole answer read, and the answer."""
    data = json.dumps(body).encode("utf-8")
    start = time.perf_counter()
    conn.request("POST", path, body=data, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    answer = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}: {answer[:200]!r}")
    return elapsed, json.loads(answer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=20, help="re-lints to time (default 20)")
    args = parser.parse_args()
    name, text = six_kb_article()
    server = subprocess.Popen([sys.executable, "-m", "healthlint", "serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        found = re.search(r"http://(127\.0\.0\.1):(\d+)/", line)
        if not found:
            raise SystemExit(f"healthlint serve did not start: {line}{server.stderr.read()}")
        conn = http.client.HTTPConnection(found.group(1), int(found.group(2)), timeout=30)
        conn.connect()
        # As browsers do: without it, http.client's separate writes of headers and body wait out a delayed ACK (40 ms).
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        timed(conn, "/app/lint", {"text": text, "filename": name})  # the page's first lint, not an edit
        words = ["and", "sleep", "better", "a", "miracle", "daily", "with", "care"]
        results = {}
        for path in ("/app/lint", "/api/lint"):
            times = []
            draft = text
            for n in range(args.edits):
                draft += f" {words[n % len(words)]}"  # typing at the end: each request lints a new text
                elapsed, answer = timed(conn, path, {"text": draft, "filename": name})
                times.append(elapsed)
            results[path] = times
        conn.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = answer["files"][0]
    print(f"article: {name}, {len(text.encode('utf-8')):,} bytes, {report['metrics']['words']} words, {len(report['findings'])} findings")
    for path, times in results.items():
        print(
            f"{path}: median {statistics.median(times):.1f} ms of {len(times)} re-lints "
            f"(fastest {min(times):.1f}, slowest {max(times):.1f}; target < {TARGET_MS:.0f} ms)"
        )


if __name__ == "__main__":
    main()
