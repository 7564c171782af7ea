"""Demo databases shared by the benchmarks of one run.

``demo_db(ctx, items, patrons)`` creates a demo network with ``bibliomobile demo``
(seed 1) the first time it is asked for a size, and returns the cached path after.
The key is the one ``bench_startup.demo_database`` uses, so both share the file.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.common import Context

SEED = 1


def cache_key(items: int, patrons: int) -> str:
    return f"demo-{items}-{patrons}"


def demo_command(path: Path, items: int, patrons: int) -> list[str]:
    """The command line that creates the demo database at ``path``."""
    return [
        sys.executable,
        "-m",
        "bibliomobile",
        "demo",
        "--plain",  # the plain baseline; bench_privacy measures the encrypted copy
        "--db",
        str(path),
        "--items",
        str(items),
        "--patrons",
        str(patrons),
        "--seed",
        str(SEED),
    ]


def create_demo_db(path: Path, items: int, patrons: int) -> float:
    """Create the demo database at ``path`` (replacing it); seconds taken (wall)."""
    started = time.perf_counter()
    done = subprocess.run(
        [*demo_command(path, items, patrons), "--force"],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"bibliomobile demo failed: {done.stderr[-2000:]}")
    return elapsed


def demo_db(ctx: Context, items: int, patrons: int) -> Path:
    """A demo database of this size, created once per benchmark run."""
    key = cache_key(items, patrons)
    cached = ctx.cache.get(key)
    if isinstance(cached, Path) and cached.exists():
        return cached
    path = ctx.workdir / f"{key}.sqlite3"
    create_demo_db(path, items, patrons)
    ctx.cache[key] = path
    return path


def remember(ctx: Context, items: int, patrons: int, path: Path) -> None:
    """Offer a demo database made elsewhere (e.g. while timing it) to later benchmarks."""
    ctx.cache[cache_key(items, patrons)] = path
