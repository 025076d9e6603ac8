"""Changed-files mode: the articles that differ from a git ref (committed, staged, unstaged or new)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from healthlint.errors import ConfigError


def _git(args: list[str], cwd: Path, what: str) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        message = (proc.stderr.strip().splitlines() or ["git failed"])[-1]
        raise ConfigError(what, message.removeprefix("fatal: "))
    return proc.stdout


def changed_files(ref: str, paths: list[str]) -> list[str]:
    """Files under `paths` that differ from `ref`, plus untracked ones, as paths relative to the working directory."""
    if shutil.which("git") is None:
        raise ConfigError("--diff", "git is not installed, so changed files cannot be found")
    start = Path(next((p for p in paths if Path(p).exists()), ".")).resolve()
    folder = start if start.is_dir() else start.parent
    root = Path(_git(["rev-parse", "--show-toplevel"], folder, "--diff").strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root, f"--diff {ref}")
    scope = [str(Path(p).resolve()) for p in paths] or [str(root)]
    diff = _git(["diff", "--name-only", "--diff-filter=ACMR", "-z", ref, "--", *scope], root, f"--diff {ref}")
    new = _git(["ls-files", "--others", "--exclude-standard", "-z", "--", *scope], root, "--diff")
    names = sorted({n for n in (diff + new).split("\0") if n})
    cwd = Path.cwd().resolve()
    out = []
    for name in names:
        absolute = root / name
        try:
            out.append(str(absolute.relative_to(cwd)))
        except ValueError:
            out.append(str(absolute))
    return out
