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
import random
import secrets
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, create_engine, select, text

from bench.common import Context, Row, percentile, verdict
from bibliomobile.domain.hlc import HybridLogicalClock
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
PG_URL = os.environ.get("BIBLIOMOBILE_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")
BIN = Path(sys.executable).parent
#: Server processes for the PostgreSQL ingest (``serve --workers``).
WORKERS = int(os.environ.get("BIBLIOMOBILE_BENCH_WORKERS", "1"))


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _server(db: str, workers: int = 1, *, wait_catalogue: bool = False) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(BIN / "bibliomobile-server"),
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the sync server did not start")
            time.sleep(0.1)
        if wait_catalogue:
            # The server prepares the catalogue file for new vans when it starts (as
            # a long-running server has long done by the time a new van enrols).
            while (health := httpx.get(f"{url}/health").json())["catalogue_file"] != "ready":
                if proc.poll() is not None or time.monotonic() > deadline + 600:
                    raise RuntimeError(f"no catalogue file: {health}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def _seed(engine: Engine, items: int, patrons: int) -> dict[str, Any]:
    """A network with one tour, its stops and a catalogue, written straight to the server."""
    rng = random.Random(3)
    t = entity_tables()
    records = max(1, items // 3)
    lib, tour = new_id(), new_id()
    stops = [new_id() for _ in range(20)]
    genres = ["roman", "policier", "sf", "jeunesse", "bd", "documentaire"]
    record_ids = [new_id() for _ in range(records)]
    with engine.begin() as conn:
        conn.execute(
            t["libraries"]
            .insert()
            .values(id=lib, code="CENT", name="Centrale", kind="central", set_aside_days=0)
        )
        conn.execute(t["tours"].insert().values(id=tour, name="Tournée", loan_days=28, active=True))
        conn.execute(
            t["stops"].insert(),
            [
                {
                    "id": s,
                    "tour_id": tour,
                    "commune": f"Commune {n}",
                    "place": "Place",
                    "position": n,
                    "active": True,
                }
                for n, s in enumerate(stops)
            ],
        )
        raw = conn.connection.driver_connection
        assert raw is not None
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO records (id, title, authors, subjects, genre, audience, format, language, year, isbn, publisher) "
            "VALUES (?, ?, ?, ?, ?, 'adult', 'book', 'fre', ?, ?, ?)",
            [
                (
                    rid,
                    f"Titre {n} de l'étranger {rng.randrange(10**6)}",
                    f"Auteur{n % 5000}, Prénom",
                    "Roman ; France",
                    rng.choice(genres),
                    1950 + n % 70,
                    f"978{n:010d}",
                    "Éditeur",
                )
                for n, rid in enumerate(record_ids)
            ],
        )
        cur.executemany(
            "INSERT INTO items (id, barcode, record_id, call_number, home_library_id, location, withdrawn) "
            "VALUES (?, ?, ?, ?, ?, 'stacks', 0)",
            [
                (new_id(), f"3{n:011d}", record_ids[n % records], f"R {n % 900}", lib)
                for n in range(items)
            ],
        )
        cur.executemany(
            "INSERT INTO patrons (id, card_barcode, first_name, last_name, commune, phone, email, "
            "preferred_channel, home_stop_id, max_loans) VALUES (?, ?, ?, ?, ?, ?, ?, 'email', ?, 15)",
            [
                (
                    new_id(),
                    f"C{n:09d}",
                    f"Prénom{n % 300}",
                    f"Nom{n}",
                    "Commune",
                    f"06{n:08d}",
                    f"p{n}@example.org",
                    stops[n % len(stops)],
                )
                for n in range(patrons)
            ],
        )
    return {"tour": tour, "stops": stops, "library": lib}


def _baseline_executemany(server_file: Path, target: Path) -> tuple[float, int]:
    """Raw sqlite3 executemany of the same rows into bare tables (same columns)."""
    source = sqlite3.connect(server_file)
    tables = ["libraries", "tours", "records", "items", "stops", "patrons"]
    data = {}
    columns = {}
    for name in tables:
        cur = source.execute(f"SELECT * FROM {name}")
        columns[name] = [d[0] for d in cur.description]
        data[name] = cur.fetchall()
    source.close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    for name in tables:
        conn.execute(f"CREATE TABLE {name} ({', '.join(columns[name])})")
    start = time.perf_counter()
    for name in tables:
        marks = ", ".join("?" for _ in columns[name])
        conn.executemany(f"INSERT INTO {name} VALUES ({marks})", data[name])
    conn.commit()
    seconds = time.perf_counter() - start
    conn.close()
    return seconds, sum(len(rows) for rows in data.values())


def bench_initial_sync(ctx: Context) -> list[Row]:
    items, patrons = (30_000, 3_000) if ctx.quick else (300_000, 30_000)
    folder = ctx.workdir / "sync-initial"
    folder.mkdir()
    server_file = folder / "server.sqlite3"
    engine = create_server_engine(str(server_file))
    upgrade(engine)
    ids = _seed(engine, items, patrons)
    created = devices.add_device(engine, "van", "crew", f"tour:{ids['tour']}")
    engine.dispose()
    baseline, baseline_rows = _baseline_executemany(server_file, folder / "baseline.sqlite3")
    started = time.perf_counter()
    with _server(str(server_file), wait_catalogue=True) as url:
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


@contextmanager
def _pg_schema() -> Iterator[str]:
    schema = "bench_" + secrets.token_hex(4)
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _event_ops(
    device: str, ids: dict[str, Any], count: int, items: list[str], patrons: list[str]
) -> list[dict[str, Any]]:
    """A van's loans and returns: each item lent then returned, over and over."""
    clock = HybridLogicalClock(device)
    ops = []
    for n in range(count):
        stamp = str(clock.now())
        item = items[(n // 2) % len(items)]
        ops.append(
            {
                "op_id": new_id(),
                "entity": "circulation_events",
                "entity_id": new_id(),
                "op": "insert",
                "fields": {
                    "kind": "checkout" if n % 2 == 0 else "checkin",
                    "item_id": item,
                    "patron_id": patrons[n % len(patrons)],
                    "visit_id": None,
                    "delivery_id": None,
                    "due_date": None,
                    "occurred_at": dt.datetime.now().isoformat(),
                    "hlc": stamp,
                    "device_id": device,
                    "undoes_id": None,
                    "override_reason": None,
                },
                "hlc": stamp,
            }
        )
    return ops


def bench_ingest(ctx: Context) -> list[Row]:
    device_count, per_device, batch = (5, 200, PUSH_BATCH) if ctx.quick else (20, 1000, PUSH_BATCH)
    with _pg_schema() as db:
        engine = create_server_engine(db)
        upgrade(engine)
        t = entity_tables()
        ids = _seed_small_pg(engine)
        tokens = []
        for n in range(device_count):
            created = devices.add_device(engine, f"van{n}", "crew", f"tour:{ids['tour']}")
            _device, token = devices.enroll(engine, created.enrolment_code, f"van{n}")
            tokens.append(token)
        workloads = [
            _event_ops(
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
        with _server(db, workers=WORKERS) as url:

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


def _seed_small_pg(engine: Engine) -> dict[str, Any]:
    t = entity_tables()
    lib, tour, stop, record = new_id(), new_id(), new_id(), new_id()
    item_ids = [new_id() for _ in range(500)]
    patron_ids = [new_id() for _ in range(200)]
    with engine.begin() as conn:
        conn.execute(
            t["libraries"]
            .insert()
            .values(id=lib, code="C", name="Centrale", kind="central", set_aside_days=0)
        )
        conn.execute(t["tours"].insert().values(id=tour, name="Tournée", loan_days=28, active=True))
        conn.execute(
            t["stops"]
            .insert()
            .values(id=stop, tour_id=tour, commune="X", place="P", position=0, active=True)
        )
        conn.execute(
            t["records"].insert().values(id=record, title="Titre", audience="adult", format="book")
        )
        conn.execute(
            t["items"].insert(),
            [
                {
                    "id": i,
                    "barcode": f"I{n}",
                    "record_id": record,
                    "location": "van",
                    "withdrawn": False,
                }
                for n, i in enumerate(item_ids)
            ],
        )
        conn.execute(
            t["patrons"].insert(),
            [
                {
                    "id": p,
                    "card_barcode": f"C{n}",
                    "first_name": "A",
                    "last_name": f"B{n}",
                    "home_stop_id": stop,
                    "preferred_channel": "email",
                    "max_loans": 15,
                }
                for n, p in enumerate(patron_ids)
            ],
        )
    return {"tour": tour, "items": item_ids, "patrons": patron_ids}


def bench_day_outbox(ctx: Context) -> list[Row]:
    ops = 400 if ctx.quick else 2000
    folder = ctx.workdir / "sync-day"
    folder.mkdir()
    server_file = folder / "server.sqlite3"
    engine = create_server_engine(str(server_file))
    upgrade(engine)
    ids = _seed(engine, 3000, 600)
    t = entity_tables()
    with engine.connect() as conn:
        items = list(conn.scalars(select(t["items"].c.id).limit(500)))
        patrons = list(conn.scalars(select(t["patrons"].c.id).limit(200)))
    codes = [
        devices.add_device(engine, name, "crew", f"tour:{ids['tour']}").enrolment_code
        for name in ("a", "b")
    ]
    engine.dispose()
    with _server(str(server_file)) as url:
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
