"""Benchmark healthlint on a generated corpus: articles/s, MB/s, peak memory, time per rule family.

    python benchmarks/bench.py [--articles 2000] [--memory-articles 10000] [--keep DIR]

Runs: cold (empty result cache), warm (the same command again), one file
(cold, including interpreter start), and proselint on the same files when it
is installed. With --memory-articles, a second, larger corpus shows whether
peak memory grows with the number of files.

Articles are written by this script (realistic length, about 6 KB, in Markdown,
HTML and text, with hype, stuffing, missing disclaimers and contradictions
mixed in). Each run is a fresh process, timed from interpreter start, with its
peak resident memory read from the kernel. When proselint is installed it runs
on the same files in the same session and the ratio is printed. Not a test:
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

PRODUCTS = ["turmeric", "ashwagandha", "magnesium", "melatonin", "ginger", "collagen", "fish oil", "green tea", "zinc", "kratom"]
CONDITIONS = ["arthritis", "anxiety", "insomnia", "nausea", "joint pain", "stress", "migraine", "back pain", "fatigue", "acne"]
CLEAN = [
    "Researchers have studied {p} in several small trials, with mixed results.",
    "The usual dose in studies was between 250 and 500 mg a day, taken with food.",
    "Some people notice mild stomach upset, and a few develop headaches or dizziness.",
    "People who take blood thinners or who are pregnant should ask a pharmacist before using {p}.",
    "Quality varies between brands, so look for independent testing and a clear dose on the label.",
    "Evidence for {c} is still limited, and larger trials are under way.",
    "It is not a replacement for treatment that a doctor has prescribed.",
    "Keep a diary of doses and symptoms for a few weeks so you can judge whether it helps.",
]
FLAWED = [
    "For many readers, {p} for {c} has been a game-changer.",
    "Because it is natural, {p} for {c} is completely safe for everyone.",
    "{P} for {c} is clinically proven to work within 48 hours.",
    "It is the most effective natural remedy for {c} you can buy.",
    "Our readers love {p} for {c}, a safe and natural choice with no side effects.",
    "Be patient: it usually takes 8 to 12 weeks of daily use before {c} starts to ease.",
    "Side effects include stomach upset, and in rare cases, liver injury.",
    "Many people search for {p} for {c} every day.",
]
DISCLAIMER = "This article is for information only and is not a substitute for professional medical advice, diagnosis or treatment."


def paragraph(rng: random.Random, p: str, c: str, flawed: bool) -> str:
    pool = CLEAN + (FLAWED if flawed else [])
    return " ".join(rng.choice(pool).format(p=p, P=p.capitalize(), c=c) for _ in range(rng.randint(4, 7)))


def article(rng: random.Random, i: int) -> tuple[str, str]:
    p, c = rng.choice(PRODUCTS), rng.choice(CONDITIONS)
    flawed = i % 4 != 0
    sections = [(f"{p.capitalize()} for {c}: section {n}", [paragraph(rng, p, c, flawed) for _ in range(2)]) for n in range(6)]
    fmt = ("md", "html", "txt")[i % 3]
    tail = [] if flawed and i % 2 else [DISCLAIMER]
    if fmt == "md":
        body = [f"---\ntitle: {p.capitalize()} for {c}\nkeyword: {p} for {c}\n---\n\n# {p.capitalize()} for {c}"]
        for head, paras in sections:
            body += [f"## {head}", *paras]
        text = "\n\n".join(body + tail) + "\n"
    elif fmt == "html":
        parts = [f"<html><head><title>{p} for {c}</title></head><body><h1>{p} for {c}</h1>"]
        for head, paras in sections:
            parts += [f"<h2>{head}</h2>", *(f"<p>{x}</p>" for x in paras)]
        parts += [f"<footer><p>{t}</p></footer>" for t in tail] + ["</body></html>"]
        text = "\n".join(parts) + "\n"
    else:
        body = [f"{p.capitalize()} for {c}"]
        for head, paras in sections:
            body += [head, *paras]
        text = "\n\n".join(body + tail) + "\n"
    return f"article-{i:05d}.{fmt}", text


def generate(folder: Path, n: int) -> int:
    rng = random.Random(42)
    size = 0
    for i in range(n):
        name, text = article(rng, i)
        (folder / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def timed(argv: list[str], cwd: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB (the largest process), and exit code of one fresh process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def profile(folder: Path, limit: int) -> dict[str, float]:
    """Seconds per rule family (and for reading and metrics), in-process, over `limit` files."""
    from healthlint.checks.base import Context
    from healthlint.config import Config
    from healthlint.engine import Linter
    from healthlint.metrics import readability
    from healthlint.readers import read_document

    linter = Linter(Config())
    spent: dict[str, float] = defaultdict(float)
    for path in sorted(folder.iterdir())[:limit]:
        t0 = time.perf_counter()
        doc = read_document(str(path))
        _ = doc.sentences
        spent["reading + sentences"] += time.perf_counter() - t0
        ctx = Context(settings={})
        for check in linter.checks:
            t0 = time.perf_counter()
            list(check.run(doc, ctx))
            spent[check.spec.category] += time.perf_counter() - t0
        t0 = time.perf_counter()
        readability(doc)
        spent["readability metrics"] += time.perf_counter() - t0
    return dict(spent)


def healthlint_runs(folder: Path, workdir: Path, jobs: int) -> list[tuple[str, float, float, int, int]]:
    """Cold and warm runs over the folder, from a working directory that holds the result cache."""
    lint = [sys.executable, "-m", "healthlint", "check", str(folder), "--format", "json", "-o", os.devnull]
    if jobs:
        lint += ["--jobs", str(jobs)]
    shutil.rmtree(workdir / ".healthlint_cache", ignore_errors=True)
    n = sum(1 for _ in folder.iterdir())
    cold = timed(lint, workdir)
    warm = timed(lint, workdir)
    return [("healthlint, cold cache", *cold[:2], n, cold[2]), ("healthlint, warm cache", *warm[:2], n, warm[2])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--memory-articles", type=int, default=0, help="also run on this many articles to compare peak memory")
    ap.add_argument("--jobs", type=int, default=0, help="healthlint --jobs (0: its default, the usable cores)")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--profile", type=int, default=200, help="files to profile per rule family (0: skip)")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="healthlint-bench-"))
    folder = args.keep or base / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    size = generate(folder, args.articles)
    print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB ({size / args.articles / 1024:.1f} KB each), {os.cpu_count()} cores")
    rows = [(name, secs, mib, n, size, code) for name, secs, mib, n, code in healthlint_runs(folder, base, args.jobs)]
    one = next(folder.iterdir())
    shutil.rmtree(base / ".healthlint_cache", ignore_errors=True)
    single = timed([sys.executable, "-m", "healthlint", "check", str(one), "--format", "json", "-o", os.devnull], base)
    rows.append(("healthlint, one file, cold (incl. start-up)", single[0], single[1], 1, one.stat().st_size, single[2]))
    proselint = shutil.which("proselint", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if proselint:
        files = [str(p) for p in sorted(folder.iterdir())]
        p_secs, p_mib, p_code = timed([proselint, "check", *files], base)
        rows.append(("proselint check, same files", p_secs, p_mib, args.articles, size, p_code))
    if args.memory_articles:
        big = base / "corpus-large"
        big.mkdir()
        big_size = generate(big, args.memory_articles)
        for name, secs, mib, n, code in healthlint_runs(big, base, args.jobs)[:1]:
            rows.append((f"{name}, {args.memory_articles} articles", secs, mib, n, big_size, code))
    print(f"{'run':48} {'seconds':>8} {'articles/s':>11} {'MB/s':>7} {'peak MiB':>9} {'exit':>5}")
    for name, secs, mib, n, nbytes, exit_code in rows:
        print(f"{name:48} {secs:8.2f} {n / secs:11.1f} {nbytes / 1e6 / secs:7.2f} {mib:9.1f} {exit_code:5}")
    cold, warm = rows[0][1], rows[1][1]
    print(f"warm cache is {cold / warm:.1f}x faster than cold")
    if proselint:
        print(f"healthlint (cold) is {p_secs / cold:.1f}x proselint's files/s on the same corpus")
    if args.profile:
        spent = profile(folder, args.profile)
        total = sum(spent.values())
        print(f"\nwhere the time goes (in-process, one core, {args.profile} files, {total:.2f} s):")
        for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:22} {secs:6.2f} s  {100 * secs / total:5.1f}%")
    if not args.keep:
        shutil.rmtree(base)


if __name__ == "__main__":
    main()
