"""The simulator under many dates and seeds (issue 13): a soak of the property test.

``make test`` plays the property test of tests/unit/services/test_simulate_properties.py
with a few drawn examples (plus the issue's own cases); here the same test is run as a
subprocess with many more (``BIBLIOMOBILE_SIMULATE_EXAMPLES``): start dates over a year
(holidays and school holidays included), 1–60 days, any seed. The figure is how much was
played and that nothing raised and every invariant held; the baseline is the same test
with make test's few examples, in the same run (time per simulated day).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Context, Row, verdict

ISSUE = "13"
TEST = "tests/unit/services/test_simulate_properties.py"


def _play(ctx: Context, examples: int) -> tuple[list[dict[str, object]], float, int]:
    report = ctx.workdir / f"simulate-{examples}.json"
    env = {
        **os.environ,
        "BIBLIOMOBILE_SIMULATE_EXAMPLES": str(examples),
        "BIBLIOMOBILE_SIMULATE_REPORT": str(report),
        "QT_QPA_PLATFORM": "offscreen",
    }
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "timeout=0", TEST],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    played = json.loads(report.read_text()) if report.exists() else []
    return played, seconds, done.returncode


def run(ctx: Context) -> list[Row]:
    few, few_s, few_rc = _play(ctx, 4)
    many, many_s, many_rc = _play(ctx, 12 if ctx.quick else 40)
    few_days = sum(int(p["days"]) for p in few) or 1  # type: ignore[call-overload]
    many_days = sum(int(p["days"]) for p in many) or 1  # type: ignore[call-overload]
    starts = {p["start"] for p in many}
    months = {str(p["start"])[:7] for p in many}
    per_day, base_per_day = many_s / many_days, few_s / few_days
    ok = many_rc == 0 and few_rc == 0
    return [
        Row(
            ISSUE,
            f"simulate property soak: {len(many)} runs ({len(starts)} start dates in "
            f"{len(months)} months × seeds, 1–60 days): "
            + ("nothing raised, every invariant held" if ok else f"FAILED (pytest exit {many_rc})"),
            f"{many_days} simulated days in {many_s:.0f} s ({per_day:.2f} s per day)",
            f"make test's {len(few)} runs, {few_days} days in {few_s:.0f} s "
            f"({base_per_day:.2f} s per day)",
            f"{per_day / base_per_day:.2f}",
            "0 failures",
            verdict(ok),
        )
    ]
