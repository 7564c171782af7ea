"""Sync benchmarks (issue 3), each against a baseline measured in the same run.

1. Initial sync of a new van laptop: 300,000 items + 30,000 patrons (and their
   100,000 records), end to end through the real server (a subprocess) on loopback,
   versus raw ``sqlite3.executemany`` of the same rows into bare tables.
2. Server ingest on PostgreSQL: 20 devices pushing 1,000 ops each at once (HTTP),
   versus raw psycopg ``executemany`` of the same rows.
3. A day's outbox (2,000 ops): push by one van and pull by another, in seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, text

from bench.common import Context, Row, percentile, verdict
from bench.sync_setup import (
    baseline_executemany,
    event_ops,
    pg_schema,
    running_server,
    seed_small_pg,
    seed_tour,
)
from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import entity_tables
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import enroll, pending_count
from bibliomobile.services.sync.push import PUSH_BATCH
from bibliomobile.store.models import CirculationEvent, Patron
from bibliomobile.store.uow import Store

ISSUE = "3 sync"
#: Server processes for the PostgreSQL ingest (``serve --workers``).
WORKERS = int(os.environ.get("BIBLIOMOBILE_BENCH_WORKERS", "1"))


def bench_initial_sync(ctx: Context) -> list[Row]:
    items, patrons = (30_000, 3_000) if ctx.quick else (300_000, 30_000)
    folder = ctx.workdir / "sync-initial"
    folder.mkdir()
    server_file = folder / "server.sqlite3"
    engine = create_server_engine(str(server_file))
    upgrade(engine)
    ids = seed_tour(engine, items, patrons)
    created = devices.add_device(engine, "van", "crew", f"tour:{ids['tour']}")
    engine.dispose()
    baseline, baseline_rows = baseline_executemany(server_file, folder / "baseline.sqlite3")
    started = time.perf_counter()
    with running_server(str(server_file), wait_catalogue=True) as url:
        prepared = time.perf_counter() - started
        built = json.loads(
            next(Path(f"{server_file}.catalogue").glob("catalogue.json")).read_text()
        )
        store = Store.open(folder / "van.sqlite3")
        enroll(store.transactions(), url, created.enrolment_code)
        start = time.perf_counter()
        report = sync.sync_once(store.transactions())
        seconds = time.perf_counter() - start
        with store.reader() as session:
            found = session.execute(
                text("SELECT count(*) FROM item_fts WHERE item_fts MATCH 'etranger'")
            ).scalar()
        store.close()
    assert found == items, f"search index incomplete: {found} of {items}"
    rows = report.snapshot_rows
    ratio = baseline / seconds
    return [
        Row(
            ISSUE,
            f"initial sync of a van: {items:,} items + {patrons:,} patrons ({rows:,} rows; catalogue file adopted, rest by pages, search index complete), loopback",
            f"{seconds:.1f} s, {rows / seconds:,.0f} rows/s",
            f"sqlite3 executemany of the same {baseline_rows:,} rows: {baseline:.1f} s",
            f"{ratio:.2f}",
            ">= 0.5",
            verdict(ratio >= 0.5),
        ),
        Row(
            ISSUE,
            "  beforehand: the server's catalogue file, prepared once when the server starts "
            "(and again after 20,000 catalogue changes), before any van asks",
            f"{built['seconds']:.1f} s ({built['rows']:,} rows, {built['size'] / 2**20:.0f} MiB; "
            f"server up and file ready {prepared:.1f} s after launch)",
            f"sqlite3 executemany of the same {baseline_rows:,} rows: {baseline:.1f} s",
            f"{baseline / built['seconds']:.2f}",
            "information (not part of the van's wait)",
            "—",
        ),
    ]


def bench_ingest(ctx: Context) -> list[Row]:
    device_count, per_device, batch = (5, 200, PUSH_BATCH) if ctx.quick else (20, 1000, PUSH_BATCH)
    with pg_schema() as db:
        engine = create_server_engine(db)
        upgrade(engine)
        t = entity_tables()
        ids = seed_small_pg(engine)
        tokens = []
        for n in range(device_count):
            created = devices.add_device(engine, f"van{n}", "crew", f"tour:{ids['tour']}")
            _device, token = devices.enroll(engine, created.enrolment_code, f"van{n}")
            tokens.append(token)
        workloads = [
            event_ops(
                f"van{n}", ids, per_device, ids["items"][n * 25 : n * 25 + 25], ids["patrons"]
            )
            for n in range(device_count)
        ]
        # Baseline: the same rows, raw psycopg executemany into the events table.
        flat = [op for ops in workloads for op in ops]
        columns = ["id", *flat[0]["fields"]]
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE baseline_events (LIKE circulation_events)"))
            raw = conn.connection.driver_connection
            assert raw is not None
            start = time.perf_counter()
            with raw.cursor() as cur:
                cur.executemany(
                    f"INSERT INTO baseline_events ({', '.join(columns)}) VALUES ({', '.join('%s' for _ in columns)})",
                    [[op["entity_id"], *op["fields"].values()] for op in flat],
                )
            baseline = time.perf_counter() - start
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        with running_server(db, workers=WORKERS) as url:

            def push(token: str, ops: list[dict[str, Any]]) -> None:
                with httpx.Client(
                    base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120
                ) as client:
                    for start_ in range(0, len(ops), batch):
                        begun = time.perf_counter()
                        response = client.post(
                            "/sync/push", json={"ops": ops[start_ : start_ + batch]}
                        )
                        elapsed = (time.perf_counter() - begun) * 1000
                        with lock:
                            latencies.append(elapsed)
                            if response.status_code != 200:
                                errors.append(f"{response.status_code} {response.text[:200]}")

            threads = [
                threading.Thread(target=push, args=(tok, ops))
                for tok, ops in zip(tokens, workloads, strict=True)
            ]
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - start
        with engine.connect() as conn:
            stored = conn.execute(
                select(text("count(*)")).select_from(t["circulation_events"])
            ).scalar()
        engine.dispose()
    total = device_count * per_device
    if errors:
        raise RuntimeError(f"ingest errors: {errors[:3]}")
    assert stored == total, f"{stored} of {total} events stored"
    rate = total / seconds
    return [
        Row(
            ISSUE,
            f"server ingest, PostgreSQL: {device_count} devices × {per_device:,} ops at once (batches of {batch})",
            f"{rate:,.0f} ops/s, p95 batch {percentile(latencies, 95):.0f} ms",
            f"psycopg executemany of the same rows: {total / baseline:,.0f} rows/s",
            f"{rate / (total / baseline):.2f}",
            ">= 2,000 ops/s",
            verdict(rate >= 2000),
        )
    ]


def bench_day_outbox(ctx: Context) -> list[Row]:
    ops = 400 if ctx.quick else 2000
    folder = ctx.workdir / "sync-day"
    folder.mkdir()
    server_file = folder / "server.sqlite3"
    engine = create_server_engine(str(server_file))
    upgrade(engine)
    ids = seed_tour(engine, 3000, 600)
    t = entity_tables()
    with engine.connect() as conn:
        items = list(conn.scalars(select(t["items"].c.id).limit(500)))
        patrons = list(conn.scalars(select(t["patrons"].c.id).limit(200)))
    codes = [
        devices.add_device(engine, name, "crew", f"tour:{ids['tour']}").enrolment_code
        for name in ("a", "b")
    ]
    engine.dispose()
    with running_server(str(server_file)) as url:
        a, b = Store.open(folder / "a.sqlite3"), Store.open(folder / "b.sqlite3")
        for store, code in zip((a, b), codes, strict=True):
            enroll(store.transactions(), url, code)
            sync.sync_once(store.transactions())
        # A day at the stops: loans and returns, a few patron edits, each its own transaction.
        for n in range(ops):
            with a.unit_of_work() as uow:
                if n % 10 == 9:
                    patron = uow.session.get(Patron, patrons[n % len(patrons)])
                    assert patron is not None
                    patron.phone = f"07{n:08d}"
                else:
                    uow.session.add(
                        CirculationEvent(
                            kind="checkout" if n % 2 else "checkin",
                            item_id=items[n % len(items)],
                            patron_id=patrons[n % len(patrons)],
                            occurred_at=dt.datetime.now(),
                            hlc=str(uow.clock.now()),
                            device_id=uow.device_id,
                        )
                    )
                uow.commit()
        with a.unit_of_work() as uow:
            assert pending_count(uow) == ops
        start = time.perf_counter()
        pushed = sync.sync_once(a.transactions())
        push_seconds = time.perf_counter() - start
        start = time.perf_counter()
        pulled = sync.sync_once(b.transactions())
        pull_seconds = time.perf_counter() - start
        a.close()
        b.close()
    assert pushed.pushed + pushed.conflicts == ops, pushed
    assert pulled.pulled >= ops - ops // 10, pulled
    # Baseline: the same number of rows through raw sqlite3 executemany.
    conn = sqlite3.connect(folder / "baseline.sqlite3")
    conn.execute("CREATE TABLE outbox (op_id, entity, entity_id, op, fields, hlc)")
    rows = [(new_id(), "circulation_events", new_id(), "insert", "{}", str(n)) for n in range(ops)]
    start = time.perf_counter()
    conn.executemany("INSERT INTO outbox VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    baseline = time.perf_counter() - start
    conn.close()
    total = push_seconds + pull_seconds
    return [
        Row(
            ISSUE,
            f"a day's outbox ({ops:,} ops): push by one van + pull by another, loopback",
            f"{total:.2f} s (push {push_seconds:.2f} s, pull {pull_seconds:.2f} s)",
            f"sqlite3 executemany of {ops:,} rows: {baseline * 1000:.0f} ms",
            f"{baseline / total:.3f}",
            "< 5 s",
            verdict(total < 5),
        )
    ]


def run(ctx: Context) -> list[Row]:
    # The initial sync first: PostgreSQL's checkpoint after the ingest would otherwise
    # still be writing while the van's copy is measured.
    rows: list[Row] = []
    rows += bench_initial_sync(ctx)
    rows += bench_day_outbox(ctx)
    rows += bench_ingest(ctx)
    return rows
