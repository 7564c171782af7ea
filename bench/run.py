"""Run every benchmark and write bench/RESULTS.md.

Usage: python -m bench.run [--only TOPIC ...] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import sys
import tempfile
import traceback
from dataclasses import asdict
from pathlib import Path

from bench.common import Context

#: Benchmark modules, in the order their rows appear.
MODULES: tuple[str, ...] = (
    "demo",  # first: later benchmarks reuse its 500,000-item database (bench/demo_cache.py)
    "startup",
    "search",
    "import",
    "routing",
    "circulation",
    "timetable",
    "sync",
    "concurrency",
    "simulate",  # issue 13: the simulator over many dates and seeds (a soak)
    "hostile",  # issue 14: hostile bodies against a server process
    "labels",
    "privacy",
    "stats",
    "portal",  # issue 22: the readers' portal on the 500,000-item network
    "retention",  # issue 16: the retention job on two years of the 500,000-item network
    "dist",  # last: builds the bundle if `make dist` has not
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


RAW = Path(__file__).with_name("results")


def render(sections: list[dict[str, object]]) -> str:
    """The markdown table of every module's latest run (one JSON file per module)."""
    lines = [
        "# Benchmark results",
        "",
        "`make bench` (or `python -m bench.run --only MODULE`) on a shared, noisy machine:",
        "compare each figure with the baseline measured in the same run (the ratio).",
        "",
        "| issue | what | figure | baseline (same run) | ratio | goal | verdict | run |",
        "|---|---|---|---|---|---|---|---|",
    ]
    machines: dict[str, str] = {}
    failures: list[str] = []
    for section in sections:
        run_label = f"{section['module']} {section['date']}"
        machines[str(section["machine"])] = run_label
        for r in section["rows"]:  # type: ignore[attr-defined]
            lines.append(
                f"| {r['issue']} | {r['what']} | {r['figure']} | {r['baseline']} | {r['ratio']} "
                f"| {r['goal']} | {r['verdict']} | {run_label} |"
            )
        if section.get("failure"):
            failures.append(f"{section['module']} ({section['date']}): {section['failure']}")
    lines += ["", "Machines:"] + [f"- {m}" for m in machines]
    if failures:
        lines += ["", "## Benchmarks that failed to run", ""] + [f"- {f}" for f in failures]
    return "\n".join(lines) + "\n"


def _load_sections() -> list[dict[str, object]]:
    sections = []
    for name in MODULES:
        path = RAW / f"{name}.json"
        if path.exists():
            sections.append(json.loads(path.read_text()))
    return sections


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    failed = False
    RAW.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bibliomobile-bench-") as tmp:
        ctx = Context(Path(tmp), quick=args.quick)
        for name in MODULES:
            if args.only and name not in args.only:
                continue
            print(f"== {name}", flush=True)
            section: dict[str, object] = {
                "module": name,
                "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                "machine": machine(),
                "rows": [],
            }
            try:
                module = importlib.import_module(f"bench.bench_{name}")
                new_rows = module.run(ctx)
                section["rows"] = [asdict(row) for row in new_rows]
                for row in new_rows:
                    print(
                        f"   {row.what}: {row.figure} (baseline {row.baseline}, ratio {row.ratio})"
                    )
            except Exception:
                traceback.print_exc()
                failed = True
                section["failure"] = traceback.format_exc(limit=1).strip().splitlines()[-1]
            if not args.quick:
                (RAW / f"{name}.json").write_text(json.dumps(section, ensure_ascii=False, indent=1))
    if not args.quick:
        RESULTS.write_text(render(_load_sections()))
        print(f"written {RESULTS}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
