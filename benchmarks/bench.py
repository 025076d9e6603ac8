"""Benchmark healthlint on a generated corpus: wall and CPU time, articles/s, MB/s, peak memory, time per rule family.

    python benchmarks/bench.py [--articles 2000] [--memory-articles 10000] [--keep DIR] [--copies-of DIR]

Runs: cold (empty result cache), warm (the same command again), one file
(cold, including interpreter start), each the median of --repeat runs, as a
run of a few seconds is easily slowed by the rest of the machine; and, once
each on the same files, the other linters found on PATH: proselint (pip),
write-good and alex (npm; put node_modules/.bin on PATH). With
--memory-articles, a second, larger corpus shows whether peak memory grows
with the number of files.

Each run reports both wall time and CPU time (user + system, the workers'
included, from getrusage of the reaped children): healthlint lints on every
usable core, the others on one, so wall time alone flatters healthlint by the
number of cores. "cores busy" is CPU time over wall time.

Articles are written by this script (realistic length, about 6 KB, in Markdown,
HTML and text, with hype, stuffing, missing disclaimers and contradictions
mixed in; three in four with typographic apostrophes and dashes, as published
articles have). Each run is a fresh process, timed from interpreter start, with its
peak resident memory read from the kernel. When proselint is installed it runs
on the same files in the same session and the ratio is printed. Not a test:
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

PRODUCTS = [
    "turmeric",
    "ashwagandha",
    "magnesium",
    "melatonin",
    "ginger",
    "collagen",
    "fish oil",
    "green tea",
    "zinc",
    "kratom",
    "vitamin D",
    "probiotics",
    "valerian",
    "CBD oil",
    "iron",
    "creatine",
    "elderberry",
    "saw palmetto",
]
CONDITIONS = [
    "arthritis",
    "anxiety",
    "insomnia",
    "nausea",
    "joint pain",
    "stress",
    "migraine",
    "back pain",
    "fatigue",
    "acne",
    "high blood pressure",
    "heartburn",
    "eczema",
    "low mood",
    "hay fever",
    "muscle cramps",
]
SLOTS = {
    "n": ["two", "three", "four", "six", "eight", "ten", "twelve"],
    "doses": ["100 and 200", "200 and 400", "250 and 500", "300 and 600", "500 and 1,000"],
    "who": [
        "older adults",
        "children",
        "people with kidney disease",
        "pregnant women",
        "athletes",
        "shift workers",
        "people over 65",
        "teenagers",
        "people who smoke",
        "women after menopause",
        "people with diabetes",
    ],
    "drug": [
        "blood thinners",
        "antidepressants",
        "statins",
        "blood pressure tablets",
        "the contraceptive pill",
        "thyroid medicine",
        "antibiotics",
        "steroid inhalers",
        "diabetes medicines",
    ],
    "sym": ["headaches", "stomach upset", "dizziness", "a dry mouth", "loose stools", "bloating", "a rash", "vivid dreams"],
    "food": ["a meal", "breakfast", "a glass of water", "milk", "food containing some fat", "a small snack"],
    "when": ["in the morning", "with the evening meal", "at bedtime", "twice a day", "after exercise", "every other day"],
    "who_said": ["a pharmacist", "your GP", "a dietitian", "the prescribing doctor", "a specialist nurse"],
    "study": [
        "a 2018 review of 14 trials",
        "a small pilot study",
        "a Cochrane review",
        "an eight-week trial in Denmark",
        "a survey of 2,000 users",
        "a study in mice",
        "a trial funded by a manufacturer",
        "two small Japanese trials",
    ],
    "effect": [
        "a modest effect",
        "no clear benefit",
        "a small improvement",
        "mixed results",
        "a benefit only at high doses",
        "an effect no larger than placebo",
    ],
    "habit": [
        "regular walking",
        "a consistent bedtime",
        "cutting back on alcohol",
        "stretching",
        "eating more fibre",
        "limiting screens before bed",
        "drinking enough water",
        "strength training",
    ],
    "part": ["the liver", "the gut", "the kidneys", "the skin", "muscles", "joints", "the nervous system"],
    "weeks": ["two", "four", "six", "eight", "twelve"],
}
CLEAN = [
    "{Study} found {effect} of {p} on {c}.",
    "Most trials used between {doses} mg a day, usually taken with {food}.",
    "Side effects reported in trials include {sym} and, less often, {sym}.",
    "If you take {drug}, ask {who_said} before adding {p}, because the two can interact.",
    "{Who} may need a lower dose, and some should avoid it altogether.",
    "Labels differ a great deal, so check how much {p} each tablet actually contains.",
    "Independent testing programmes check that a product contains what its label says.",
    "Researchers are still working out how {p} acts on {part}.",
    "For {c}, {habit} has stronger evidence than any supplement.",
    "Keep a simple diary for {weeks} weeks and note when symptoms improve or get worse.",
    "Some people take {p} {when}, although there is little evidence that timing matters.",
    "{Study} was too short to say anything about long-term use.",
    "Doctors usually look for an underlying cause of {c} before suggesting supplements.",
    "It can take {weeks} weeks before any change is noticeable.",
    "Stop taking it and seek advice if you notice {sym} or {sym}.",
    "The evidence for {p} in {who} is thinner than for healthy adults.",
    "Combining several products that contain {p} makes it easy to take too much.",
    "{Habit} and a balanced diet remain the first steps for most people with {c}.",
    "Ask {who_said} whether {p} fits with the rest of your treatment.",
    "Results in {study} may not apply to people who already eat a varied diet.",
    "The quality of the studies was low, and most had fewer than {n} hundred participants.",
    "People with {c} often try several remedies before finding one that suits them.",
    "Blood tests can show whether you are low in a nutrient before you start taking it.",
    "Products sold online are not always checked as carefully as medicines.",
    "Higher doses were linked to {sym} in {study}.",
    "Reviewers noted that {n} of the trials were paid for by supplement makers.",
    "There is no agreed dose of {p} for {c}, so follow the label and do not exceed it.",
    "{Who} were left out of most trials, so little is known about their safety.",
    "Symptoms of {c} often come and go, which makes it hard to judge any treatment.",
    "Talk to {who_said} if {c} keeps you from work or sleep for more than {n} weeks.",
    "Supplements are regulated as foods in many countries, not as medicines.",
    "A product's price says little about how well it is made.",
    "Tablets, capsules, powders and gummies can differ in how much reaches the bloodstream.",
    "Check the expiry date, since some ingredients break down once a tub is opened.",
    "Store capsules somewhere cool and dry, away from children.",
    "Write down every supplement you take and bring the list to appointments.",
    "Several national agencies publish advice on safe upper limits for vitamins and minerals.",
    "Mild symptoms sometimes settle on their own within {n} weeks.",
    "Seek urgent help for chest pain, sudden weakness or trouble breathing.",
    "Sleep, stress and diet all influence how people experience {c}.",
    "A food-first approach is often cheaper and carries fewer risks.",
    "Animal studies do not always translate into benefits for people.",
    "Trials that compare a product with a dummy pill give the clearest answers.",
    "When a study is small, a chance finding can look like a real effect.",
    "Look for the amount of the active ingredient rather than the weight of the whole capsule.",
    "Online reviews are easy to fake and rarely mention side effects.",
    "Your GP can refer you to a specialist if first treatments do not work.",
    "Counselling and talking therapies help many people cope with long-term symptoms.",
    "Physical activity improves mood, sleep and energy for most adults.",
    "Cutting down on caffeine later in the day helps some people rest better.",
    "Weight loss of even a few kilograms can ease the load on painful joints.",
    "A warm bath or a heat pad gives short-term comfort to sore muscles.",
    "Over-the-counter painkillers have known doses and well-studied side effects.",
    "Pharmacists can explain how a new product might affect existing prescriptions.",
    "Most people who stop a supplement notice no withdrawal effects.",
    "Children should only take supplements made and dosed for their age.",
    "Anyone planning surgery should mention herbal products to the anaesthetist.",
    "Allergic reactions are rare but need medical attention straight away.",
    "People with liver or kidney problems clear some substances more slowly.",
    "Keep taking prescribed medicine unless the prescriber tells you otherwise.",
    "Noting your symptoms on a scale from one to ten makes changes easier to spot.",
    "Friends and family often notice improvements before you do.",
    "It is worth reviewing after {n} months whether a product is still needed.",
    "Research funded by independent bodies is less likely to overstate benefits.",
    "Some brands add fillers, colourings or sweeteners that are listed in small print on the back of the pack.",
    "If you have a long-term condition, a yearly medication review is a good moment to mention supplements.",
    "Price comparisons are easier when you work out the cost of a daily dose rather than of a whole tub.",
    "Stopping a product for a few weeks and noting what changes is a simple way to test whether it helps you.",
    "Reliable health websites cite their sources and say when a page was last reviewed.",
    "{Who} should check with {who_said} before making changes, as needs differ with age and health.",
]
FLAWED = [
    "For many readers, {p} for {c} has been a game-changer.",
    "Because it is natural, {p} is completely safe for everyone.",
    "{P} is clinically proven to relieve {c} within 48 hours.",
    "It is the most effective natural remedy for {c} you can buy.",
    "Our readers love this safe and natural choice, with no side effects at all.",
    "This miracle supplement is a breakthrough that doctors don't want you to know about.",
    "Unlike prescription drugs, it works instantly and has zero risks.",
    "Thousands of people swear by it as a revolutionary, all-natural cure.",
]
STUFFING = [
    "Many people search for {p} for {c} every day.",
    "{P} for {c} is popular because {p} for {c} is easy to find.",
    "If you want {p} for {c}, choose the best {p} for {c} supplement.",
    "Reviews of {p} for {c} show why {p} for {c} matters.",
]
CONTRADICTIONS = [
    ("{P} gives relief without causing drowsiness.", "Many users value the sedative properties of {p} at night."),
    ("Because it is natural, {p} is completely safe.", "In rare cases, {p} can cause liver damage."),
    ("The effects start within 30 minutes.", "It usually takes 8 to 12 weeks before you feel any difference."),
]
HEADINGS = [
    "What is {p}?",
    "How {p} might help with {c}",
    "What the research says",
    "How to take it",
    "Side effects and risks",
    "Who should avoid it",
    "Interactions with medicines",
    "Choosing a product",
    "Other ways to manage {c}",
    "The bottom line",
]
DISCLAIMER = "This article is for information only and is not a substitute for professional medical advice, diagnosis or treatment."


def fill(rng: random.Random, template: str, p: str, c: str) -> str:
    """A template with its slots filled, each slot drawn afresh so sentences rarely repeat."""
    out = template
    while "{" in out:
        head, _, rest = out.partition("{")
        name, _, tail = rest.partition("}")
        lower = name.lower()
        value = p if lower == "p" else c if lower == "c" else rng.choice(SLOTS[lower])
        out = head + (value[:1].upper() + value[1:] if name[:1].isupper() else value) + tail
    return out


def article(rng: random.Random, i: int) -> tuple[str, str]:
    """One article of about 6 KB: three in four are flawed, in varying ways and amounts."""
    p, c = rng.choice(PRODUCTS), rng.choice(CONDITIONS)
    flawed = i % 4 != 0
    extra: list[str] = []
    if flawed:
        extra += rng.sample(FLAWED, rng.randint(1, 4))
        if i % 3 == 0:
            extra += [rng.choice(STUFFING) for _ in range(rng.randint(4, 8))]
        if i % 5 == 0:
            extra += list(rng.choice(CONTRADICTIONS))
    clean = rng.sample(CLEAN, len(CLEAN))
    sentences = [fill(rng, t, p, c) for t in clean] + [fill(rng, t, p, c) for t in extra]
    head, body = sentences[:4], sentences[4:]
    rng.shuffle(body)
    sections = []
    for n, heading in enumerate(rng.sample(HEADINGS, 6)):
        chunk = body[n * len(body) // 6 : (n + 1) * len(body) // 6]
        half = max(1, len(chunk) // 2)
        sections.append((fill(rng, heading, p, c), [" ".join(chunk[:half]), " ".join(chunk[half:])]))
    title = f"{p[:1].upper() + p[1:]} for {c}: what the evidence says"
    if i % 4 != 1:  # most sites publish typographic punctuation, as the seed articles do
        title = title.replace(": ", " — ")
        sections = [(heading, [x.replace("'", "’") for x in paras]) for heading, paras in sections]
        head = [x.replace("'", "’") for x in head]
    intro = " ".join(head)
    fmt = ("md", "html", "txt")[i % 3]
    tail = [] if flawed and i % 2 else [DISCLAIMER]
    if fmt == "md":
        parts = [f'---\ntitle: "{title}"\nkeyword: {p} for {c}\n---\n\n# {title}', intro]
        for heading, paras in sections:
            parts += [f"## {heading}", *(x for x in paras if x)]
        text = "\n\n".join(parts + tail) + "\n"
    elif fmt == "html":
        parts = [f"<html><head><title>{title}</title></head><body><h1>{title}</h1>", f"<p>{intro}</p>"]
        for heading, paras in sections:
            parts += [f"<h2>{heading}</h2>", *(f"<p>{x}</p>" for x in paras if x)]
        parts += [f"<footer><p>{t}</p></footer>" for t in tail] + ["</body></html>"]
        text = "\n".join(parts) + "\n"
    else:
        parts = [title, intro]
        for heading, paras in sections:
            parts += [heading, *(x for x in paras if x)]
        text = "\n\n".join(parts + tail) + "\n"
    return f"article-{i:05d}.{fmt}", text


def copy_articles(source: Path, folder: Path, n: int) -> int:
    """A corpus of n files copied round-robin from the articles in `source` (real articles, not generated ones)."""
    articles = sorted(p for p in source.iterdir() if p.suffix in (".md", ".html", ".txt"))
    if not articles:
        raise SystemExit(f"{source}: no .md, .html or .txt articles to copy")
    size = 0
    for i in range(n):
        article = articles[i % len(articles)]
        data = article.read_bytes()
        (folder / f"copy-{i:05d}{article.suffix}").write_bytes(data)
        size += len(data)
    return size


def generate(folder: Path, n: int) -> int:
    rng = random.Random(42)
    size = 0
    for i in range(n):
        name, text = article(rng, i)
        (folder / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


class Run(NamedTuple):
    """One fresh process tree: wall and CPU seconds, peak RSS in MiB (the largest process), exit code."""

    wall: float
    cpu: float
    mib: float
    code: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str], cwd: Path | None = None) -> Run:
    """Wall and CPU seconds (every process of the tree that was waited for: workers too), peak RSS, exit code."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return Run(elapsed, _children_cpu() - cpu_before, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


def profile(folder: Path, limit: int) -> dict[str, float]:
    """Seconds per rule family (and for reading and metrics), in-process, over `limit` files."""
    from healthlint.config import Config
    from healthlint.engine import Linter
    from healthlint.readability.metrics import readability
    from healthlint.readers import read_document

    linter = Linter(Config())
    spent: dict[str, float] = defaultdict(float)
    files = sorted(folder.iterdir())[:limit]
    for path in files[:20]:  # warm up the per-process caches (syllables, normalised words) first
        linter.lint(read_document(str(path)))
    for path in files:
        t0 = time.perf_counter()
        doc = read_document(str(path))
        _ = doc.sentences
        spent["reading + sentences"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        ctx = linter.context(doc)
        _ = ctx.topic, ctx.reader
        spent["words, sentences, patterns"] += time.perf_counter() - t0
        for check in linter.checks:
            t0 = time.perf_counter()
            list(check.run(doc, ctx))
            spent[check.spec.category] += time.perf_counter() - t0
        t0 = time.perf_counter()
        readability(doc)
        spent["readability metrics"] += time.perf_counter() - t0
    return dict(spent)


def median_run(runs: list[Run]) -> Run:
    """The run of median wall time: a run of a few seconds is easily slowed by the rest of the machine."""
    return sorted(runs)[len(runs) // 2]


def healthlint_runs(folder: Path, workdir: Path, jobs: int, repeat: int, cache: bool = True) -> list[tuple[str, Run, int]]:
    """Cold and warm runs over the folder (the median of `repeat` each), from a working directory holding the cache;
    without the cache, one kind of run that lints every file."""
    lint = [sys.executable, "-m", "healthlint", "check", str(folder), "--format", "json", "-o", os.devnull]
    if jobs:
        lint += ["--jobs", str(jobs)]
    n = sum(1 for _ in folder.iterdir())
    if not cache:
        return [("healthlint, --no-cache", median_run([timed([*lint, "--no-cache"], workdir) for _ in range(repeat)]), n)]
    colds, warms = [], []
    for _ in range(repeat):
        shutil.rmtree(workdir / ".healthlint_cache", ignore_errors=True)
        colds.append(timed(lint, workdir))
        warms.append(timed(lint, workdir))
    return [("healthlint, cold cache", median_run(colds), n), ("healthlint, warm cache", median_run(warms), n)]


def other_linters() -> list[tuple[str, list[str]]]:
    """The other prose linters on PATH (and beside this interpreter), with the command that checks files."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = []
    for name, argv in (("proselint", ["check"]), ("write-good", []), ("alex", [])):
        exe = shutil.which(name, path=path)
        if exe:
            found.append((name, [exe, *argv]))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--memory-articles", type=int, default=0, help="also run on this many articles to compare peak memory")
    ap.add_argument("--jobs", type=int, default=0, help="healthlint --jobs (0: its default, the usable cores)")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument(
        "--copies-of",
        type=Path,
        help="make the corpus of copies of the articles in this folder instead of generating it (healthlint then runs"
        " with --no-cache: copies share their contents, which the cache would answer)",
    )
    ap.add_argument("--profile", type=int, default=200, help="files to profile per rule family (0: skip)")
    ap.add_argument("--repeat", type=int, default=3, help="healthlint runs of each kind; the median is reported")
    args = ap.parse_args()
    import healthlint

    # Timed as installed: pip compiles bytecode at install, but an editable checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every changed module again at each start.
    compileall.compile_dir(Path(healthlint.__file__).parent, quiet=1)
    base = Path(tempfile.mkdtemp(prefix="healthlint-bench-"))
    folder = args.keep or base / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    size = copy_articles(args.copies_of, folder, args.articles) if args.copies_of else generate(folder, args.articles)
    if hasattr(os, "sync"):
        os.sync()  # the corpus just written goes to disk now, not during a timed run
    from healthlint.app.runner import default_jobs

    workers = args.jobs or default_jobs()
    print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB ({size / args.articles / 1024:.1f} KB each), {os.cpu_count()} cores")
    rows = [
        (f"{name} ({workers} workers)" if "warm" not in name else name, run, n, size)
        for name, run, n in healthlint_runs(folder, base, args.jobs, args.repeat, cache=not args.copies_of)
    ]
    one = next(folder.iterdir())
    singles = []
    for _ in range(args.repeat):
        shutil.rmtree(base / ".healthlint_cache", ignore_errors=True)
        singles.append(timed([sys.executable, "-m", "healthlint", "check", str(one), "--format", "json", "-o", os.devnull], base))
    rows.append(("healthlint, one file, cold (incl. start-up)", median_run(singles), 1, one.stat().st_size))
    files = [str(p) for p in sorted(folder.iterdir())]
    others = [(f"{name}, same files", timed([*argv, *files], base), args.articles, size) for name, argv in other_linters()]
    rows += others
    if args.memory_articles:
        big = base / "corpus-large"
        big.mkdir()
        big_size = generate(big, args.memory_articles)
        if hasattr(os, "sync"):
            os.sync()
        name, run, n = healthlint_runs(big, base, args.jobs, 1)[0]
        rows.append((f"{name}, {args.memory_articles} articles", run, n, big_size))
    columns = ("wall s", 7), ("CPU s", 7), ("cores busy", 10), ("articles/s", 10), ("CPU ms/article", 14), ("MB/s", 6), ("peak MiB", 8)
    print(f"{'run':46} " + " ".join(f"{name:>{width}}" for name, width in columns) + " exit")
    for name, run, n, nbytes in rows:
        print(
            f"{name:46} {run.wall:7.2f} {run.cpu:7.2f} {run.cpu / run.wall:10.2f} {n / run.wall:10.1f} "
            f"{1000 * run.cpu / n:14.2f} {nbytes / 1e6 / run.wall:6.2f} {run.mib:8.1f} {run.code:4}"
        )
    cold = rows[0][1]
    if not args.copies_of:
        print(f"warm cache is {cold.wall / rows[1][1].wall:.1f}x faster than cold")
    label = "--no-cache" if args.copies_of else "cold"
    for name, run, n, _ in others:
        print(
            f"healthlint ({label}) against {name.split(',')[0]}: {run.wall / cold.wall:.1f}x its articles/s (wall), "
            f"{(cold.cpu / rows[0][2]) / (run.cpu / n):.1f}x its CPU time per article"
        )
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
