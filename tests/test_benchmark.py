"""The benchmark script reports wall and CPU time, so a comparison with one-process linters is honest."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_benchmark_reports_wall_and_cpu_time_per_article(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}  # no other linters: only healthlint's own runs
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--articles", "8", "--repeat", "1", "--profile", "0", "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    header = next(line for line in lines if line.startswith("run "))
    for column in ("wall s", "CPU s", "cores busy", "articles/s", "CPU ms/article", "peak MiB"):
        assert column in header
    cold = next(line for line in lines if line.startswith("healthlint, cold cache (2 workers)"))
    wall, cpu, busy, per_second, cpu_ms = (float(x) for x in cold.split(")")[1].split()[:5])
    assert wall > 0 and cpu > 0 and per_second > 0
    assert abs(busy - cpu / wall) < 0.02 and abs(cpu_ms - 1000 * cpu / 8) < 0.02 * 1000 * cpu / 8 + 0.01


def test_readme_performance_table_gives_wall_and_cpu_time() -> None:
    """The README's figures come from this script, both ways: wall time with the cores used, and CPU time per article."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Performance") : readme.index("## Project layout")]
    header = next(line for line in section.splitlines() if line.startswith("| run |"))
    assert [c.strip() for c in header.strip("|").split("|")][1:6] == [
        "wall s",
        "CPU s",
        "cores busy",
        "articles/s (wall)",
        "CPU ms/article",
    ]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line and line != header]
    assert {"proselint", "write-good", "alex"} <= set(re.findall(r"[a-z-]+", " ".join(rows)))
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        wall, cpu, busy = float(cells[1]), float(cells[2]), float(cells[3])
        assert abs(cpu / wall - busy) < 0.03, row  # the columns agree with each other (figures rounded as shown)
