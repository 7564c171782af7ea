"""What the sync benchmarks run against: a server process, seeded server databases,
PostgreSQL schemas, and the raw baselines the figures are compared with."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, create_engine, text

from bibliomobile.domain.hlc import HybridLogicalClock
from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import entity_tables

PG_URL = os.environ.get("BIBLIOMOBILE_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")
BIN = Path(sys.executable).parent


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(db: str, workers: int = 1, *, wait_catalogue: bool = False) -> Iterator[str]:
    """The sync server on ``db`` in processes of its own (``serve``); yields its URL."""
    port = free_port()
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


def seed_tour(engine: Engine, items: int, patrons: int) -> dict[str, Any]:
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


def baseline_executemany(server_file: Path, target: Path) -> tuple[float, int]:
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


@contextmanager
def pg_schema() -> Iterator[str]:
    """A new PostgreSQL schema, dropped afterwards; yields the URL that uses it."""
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


def event_ops(
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


def seed_small_pg(engine: Engine) -> dict[str, Any]:
    """A tour, a stop, 500 items and 200 patrons: what the ingest's events point to."""
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
