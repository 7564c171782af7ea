"""Demo network at scale (issue 2): ``bibliomobile demo --items 500000 --patrons 50000``.

Goal: under 120 s on this 2-core machine. Baseline, same run: raw ``sqlite3``
``executemany`` of the same number of rows into a copy of the ``items`` table (same
indexes, one transaction, ``synchronous=OFF``, rows generated beforehand), i.e. the
floor of merely storing the items, without records, patrons, circulation, search
index or any Python generation. The figure also gives the CPU time of the command,
which depends less on what else runs on the shared machine than the wall time.
"""

from __future__ import annotations

import resource
import sqlite3
import time
from pathlib import Path

from bench.common import Context, Row, verdict
from bench.demo_cache import create_demo_db, remember

GOAL_SECONDS = 120.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _items_table_sql(reference: Path) -> list[str]:
    """DDL of the store's ``items`` table and its indexes, read from a migrated store."""
    conn = sqlite3.connect(reference)
    try:
        return [
            str(sql)
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'items' "
                "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC"
            )
        ]
    finally:
        conn.close()


def _uuid_text(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def raw_items_insert(path: Path, reference: Path, count: int) -> float:
    """Seconds to executemany ``count`` item rows into a bare copy of the items table."""
    rows = [
        (
            _uuid_text(n),
            f"31063{n + 1:07d}",
            f"{n // 2:032x}",
            "R DUP",
            None,
            "stacks",
            None,
            None,
            0,
            None,
        )
        for n in range(count)
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        for sql in _items_table_sql(reference):
            conn.execute(sql)
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO items (id, barcode, record_id, call_number, home_library_id, location, "
            "vehicle_tour_id, set_aside_until, withdrawn, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def run(ctx: Context) -> list[Row]:
    items, patrons = (20_000, 2_000) if ctx.quick else (500_000, 50_000)
    path = ctx.workdir / f"demo-{items}-{patrons}.sqlite3"
    cpu_before = _children_cpu()
    seconds = create_demo_db(path, items, patrons)
    cpu = _children_cpu() - cpu_before
    remember(ctx, items, patrons, path)
    baseline = raw_items_insert(ctx.workdir / "raw-items.sqlite3", path, items)
    return [
        Row(
            issue="2",
            what=f"`bibliomobile demo --items {items:,} --patrons {patrons:,}` (wall; CPU in brackets)",
            figure=f"{seconds:.1f} s ({cpu:.1f} s CPU)",
            baseline=f"raw sqlite3 executemany of {items:,} item rows: {baseline:.1f} s",
            ratio=f"{seconds / baseline:.1f}×",
            goal=f"< {GOAL_SECONDS:.0f} s",
            verdict=verdict(seconds < GOAL_SECONDS) if not ctx.quick else "smoke run",
        )
    ]
