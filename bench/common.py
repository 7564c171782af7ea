"""What every benchmark module shares: result rows and timing helpers.

A benchmark module ``bench/bench_<topic>.py`` defines ``run(ctx: Context) -> list[Row]``.
Each figure is compared with a baseline measured in the same run, because this
machine is shared and noisy: the ratio matters more than the absolute number.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    issue: str
    what: str
    figure: str
    baseline: str
    ratio: str
    goal: str
    verdict: str


@dataclass
class Context:
    """Where benchmarks put their files, and the shared demo databases they may reuse."""

    workdir: Path
    quick: bool = False
    cache: dict[str, object] = field(default_factory=dict)


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of samples."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` calls of fn."""
    out: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def median(samples: list[float]) -> float:
    return statistics.median(samples)
