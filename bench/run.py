"""Run every benchmark and write bench/RESULTS.md.

Usage: python -m bench.run [--only TOPIC ...] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

from bench.common import Context, Row

#: Benchmark modules, in the order their rows appear.
MODULES: tuple[str, ...] = (
    "demo",  # first: later benchmarks reuse its 500,000-item database (bench/demo_cache.py)
    "startup",
    "import",
    "routing",
    "circulation",
    "timetable",
    "sync",
)

RESULTS = Path(__file__).with_name("RESULTS.md")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}"


def render(rows: list[Row], failures: list[str]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} UTC",
        f"- Machine: {machine()}",
        "- Command: `make bench` (shared, noisy machine: compare the ratio to the baseline"
        " measured in the same run)",
        "",
        "| issue | what | figure | baseline (same run) | ratio | goal | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.issue} | {r.what} | {r.figure} | {r.baseline} | {r.ratio} | {r.goal} | {r.verdict} |"
        for r in rows
    ]
    if failures:
        lines += ["", "## Benchmarks that failed to run", ""]
        lines += [f"- {f}" for f in failures]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    rows: list[Row] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bibliomobile-bench-") as tmp:
        ctx = Context(Path(tmp), quick=args.quick)
        for name in MODULES:
            if args.only and name not in args.only:
                continue
            print(f"== {name}", flush=True)
            try:
                module = importlib.import_module(f"bench.bench_{name}")
                new_rows = module.run(ctx)
            except Exception:
                traceback.print_exc()
                failures.append(f"{name}: {traceback.format_exc(limit=1).strip().splitlines()[-1]}")
                continue
            for row in new_rows:
                print(f"   {row.what}: {row.figure} (baseline {row.baseline}, ratio {row.ratio})")
            rows.extend(new_rows)
    args.out.write_text(render(rows, failures))
    print(f"written {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
