"""Issue 2: catalogue search (FTS5) on 500,000 items — p95 of what librarians type.

Queries are drawn from the demo catalogue itself (title words, author surnames, a
title + author pair, an ISBN, a barcode, a call-number prefix) plus a fixed set of
typical ones, each run through ``services.catalogue.search_items`` (the GUI's and the
CLI's path, 200 results ranked). Baseline in the same run: the exact barcode lookup on
its unique index, the cheapest read a scan makes.
"""

from __future__ import annotations

import random
import sqlite3
import time

from bench.common import Context, Row, percentile, verdict
from bench.demo_cache import demo_db
from bibliomobile.services.catalogue import search_items
from bibliomobile.store.uow import Store

GOAL_MS = 20.0
TYPICAL = ("etranger camus", "simenon", "maigret", "harry potter", "terroir auvergne", "gros")


def _queries(path: str, rng: random.Random, count: int) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT r.title, r.authors, r.isbn, i.barcode, i.call_number FROM items i "
            "JOIN records r ON r.id = i.record_id WHERE i.rowid % 997 = 0"
        ).fetchall()
    finally:
        conn.close()
    queries: list[str] = list(TYPICAL)
    while len(queries) < count:
        title, authors, isbn, barcode, call_number = rng.choice(rows)
        words = [w for w in title.replace("'", " ").split() if len(w) > 3]
        surname = (authors or "").split(",")[0]
        kind = rng.randrange(6)
        if kind == 0 and words:
            queries.append(rng.choice(words).lower())
        elif kind == 1 and surname:
            queries.append(surname)
        elif kind == 2 and words and surname:
            queries.append(f"{rng.choice(words)} {surname}".lower())
        elif kind == 3 and isbn:
            queries.append(isbn)
        elif kind == 4:
            queries.append(barcode)
        elif call_number:
            queries.append(call_number)
    return queries


def run(ctx: Context) -> list[Row]:
    path = demo_db(ctx, items=500_000, patrons=50_000)
    rng = random.Random(7)
    queries = _queries(str(path), rng, 60 if ctx.quick else 300)
    store = Store.open(path)
    try:
        searched: list[float] = []
        found = 0
        with store.unit_of_work() as uow:
            for query in queries[:20]:  # warm the page cache like a session in use
                search_items(uow, query)
            for query in queries:
                start = time.perf_counter()
                found += bool(search_items(uow, query))
                searched.append((time.perf_counter() - start) * 1000)
        conn = sqlite3.connect(path)
        barcodes = [q for q in queries if q.isdigit()] or ["0"]
        lookups: list[float] = []
        for _ in range(max(len(queries), 100)):
            code = rng.choice(barcodes)
            start = time.perf_counter()
            conn.execute(
                "SELECT i.id, r.title FROM items i JOIN records r ON r.id = i.record_id "
                "WHERE i.barcode = ?",
                (code,),
            ).fetchall()
            lookups.append((time.perf_counter() - start) * 1000)
        conn.close()
    finally:
        store.close()
    p95, base = percentile(searched, 95), percentile(lookups, 95)
    return [
        Row(
            "2",
            f"catalogue search (FTS5), 500,000 items, {len(queries)} queries "
            f"({found} with results), p95 (median)",
            f"{p95:.1f} ms ({sorted(searched)[len(searched) // 2]:.1f} ms)",
            f"exact barcode lookup p95 {base:.2f} ms",
            f"×{p95 / base:.0f}",
            f"p95 < {GOAL_MS:.0f} ms",
            verdict(p95 < GOAL_MS),
        )
    ]
