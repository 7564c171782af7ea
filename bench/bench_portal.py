"""The readers' portal (issue 22) on the 500,000-item network: how many search and title
pages ``bibliomobile-server serve`` answers per second, their p95 latency, and what a
page weighs.

The server database is the demo network of the other benchmarks (bench/demo_cache.py,
500,000 items, 50,000 patrons): its catalogue, tours, stops and loans copied into a
server database (SQLite), served by the real ``serve`` command once its catalogue file
is ready (the portal searches that file, as a long-running server has it). Two clients
on loopback (the machine has two cores) ask, one after the other, for:

- ``/health``, the same-run baseline (the cheapest answer the server gives);
- ``/recherche?q=…``: 200 queries taken from the catalogue (full titles, two first
  words, one word), 30 results each;
- ``/titre/…``: 200 titles, with where their copies are (loans read from the log).

Page weight: the heaviest of the home, search and title pages with the style sheet,
uncompressed, against the 50 KB budget of the issue.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.common import Context, Row, percentile, verdict
from bench.demo_cache import demo_db
from bench.sync_setup import running_server
from bibliomobile.server.db import create_server_engine, upgrade

ISSUE = "22 portal"
ITEMS, PATRONS = 500_000, 50_000
#: Tables the portal's pages read.
COPIED = ("libraries", "tours", "stops", "records", "items", "patrons", "circulation_events")
CLIENTS = 2
BUDGET_KB = 50
#: Server time per page at p95: well under one round trip of a 3G phone (300 ms and more).
GOAL_MS = 250


def server_database(demo: Path, target: Path) -> None:
    """The demo network's tables the portal reads, copied into a new server database."""
    engine = create_server_engine(str(target))
    upgrade(engine)
    engine.dispose()
    db = sqlite3.connect(target)
    db.execute("ATTACH DATABASE ? AS demo", (str(demo),))
    for name in COPIED:
        columns = ", ".join(
            f'"{row[1]}"' for row in db.execute(f'PRAGMA main.table_info("{name}")')
        )
        db.execute(f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM demo."{name}"')
    db.commit()
    db.execute("DETACH DATABASE demo")
    db.close()


def queries_and_titles(demo: Path, count: int) -> tuple[list[str], list[str]]:
    db = sqlite3.connect(demo)
    rows = db.execute(
        "SELECT id, title FROM records ORDER BY random() LIMIT ?", (count,)
    ).fetchall()
    db.close()
    rng = random.Random(22)
    queries = []
    for n, (_id, title) in enumerate(rows):
        words = title.split()
        queries.append(
            title if n % 3 == 0 else " ".join(words[:2]) if n % 3 == 1 else rng.choice(words)
        )
    return queries, [str(row[0]) for row in rows]


def load(url: str, paths: list[str], seconds: float) -> tuple[float, float, float]:
    """``CLIENTS`` clients asking for ``paths`` in turn for ``seconds``: (requests per
    second, p95 ms, median ms)."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        mine: list[float] = []
        with httpx.Client(base_url=url, timeout=30) as http:
            n = offset
            while time.monotonic() < stop:
                start = time.perf_counter()
                answer = http.get(paths[n % len(paths)])
                mine.append((time.perf_counter() - start) * 1000)
                if answer.status_code != 200:
                    raise RuntimeError(f"{paths[n % len(paths)]}: {answer.status_code}")
                n += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(k * 7,)) for k in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return len(latencies) / elapsed, percentile(latencies, 95), latencies[len(latencies) // 2]


def run(ctx: Context) -> list[Row]:
    items, patrons = (20_000, 2_000) if ctx.quick else (ITEMS, PATRONS)
    demo = demo_db(ctx, items, patrons)
    target = ctx.workdir / "portal-server.sqlite3"
    server_database(demo, target)
    queries, titles = queries_and_titles(demo, 200)
    seconds = 3.0 if ctx.quick else 15.0
    search_paths = [str(httpx.URL("/recherche", params={"q": q})) for q in queries]
    title_paths = [f"/titre/{t}" for t in titles]
    with running_server(str(target), wait_catalogue=True) as url:
        with httpx.Client(base_url=url) as http:  # warm-up, and the pages' weight
            for path in search_paths[:20] + title_paths[:20]:
                http.get(path)
            css = len(http.get("/portail.css").content)
            heaviest = max(
                (len(http.get(p).content), p) for p in ["/", *search_paths[:50], *title_paths[:50]]
            )
        measured: dict[str, tuple[float, float, float]] = {}
        measure: list[tuple[str, Callable[[], tuple[float, float, float]]]] = [
            ("health", lambda: load(url, ["/health"], seconds)),
            ("search", lambda: load(url, search_paths, seconds)),
            ("title", lambda: load(url, title_paths, seconds)),
        ]
        for name, step in measure:
            measured[name] = step()
    h_rps, h_p95, _h_med = measured["health"]
    baseline = f"/health, same server and clients: {h_rps:,.0f} req/s, p95 {h_p95:.1f} ms"
    rows = []
    for name, label, goal_ms in (
        ("search", "search page (/recherche?q=…, 30 titles ranked as in the app)", GOAL_MS),
        ("title", "title page (/titre/…, copies by place, loans' due dates)", GOAL_MS),
    ):
        rps, p95, med = measured[name]
        rows.append(
            Row(
                ISSUE,
                f"portal {label}, {items:,} items, {CLIENTS} clients on loopback, {seconds:.0f} s",
                f"{rps:,.0f} req/s, p95 {p95:.1f} ms (median {med:.1f} ms)",
                baseline,
                f"×{h_rps / rps:.1f} fewer req/s",
                f"p95 < {goal_ms} ms",
                verdict(p95 < goal_ms),
            )
        )
    weight = (heaviest[0] + css) / 1024
    rows.append(
        Row(
            ISSUE,
            "portal page weight: heaviest of home, 50 search and 50 title pages, with the "
            "style sheet, uncompressed (no script, no font, no image)",
            f"{weight:.1f} KB ({heaviest[0] / 1024:.1f} KB HTML + {css / 1024:.1f} KB CSS)",
            f"the issue's budget: {BUDGET_KB} KB",
            f"{weight / BUDGET_KB:.2f}",
            f"< {BUDGET_KB} KB",
            verdict(weight < BUDGET_KB),
        )
    )
    return rows
