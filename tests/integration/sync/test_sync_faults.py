"""Faults: a lossy network and a client killed at the worst moments → exactly-once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server.models import applied_ops, entity_tables
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SyncError
from bibliomobile.store.models import CirculationEvent, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import (
    FaultyTransport,
    checkin,
    checkout,
    edit,
    enrolled,
    local_ids,
    pending,
    running,
    seed_network,
    server_ids,
)

HERE = Path(__file__).parent


def _offline_work(store: Store, ids: dict, rng: random.Random) -> set[str]:  # type: ignore[type-arg]
    nord = ids["nord"]
    events = set()
    for n in range(12):
        item = rng.choice(ids["items"])
        if rng.random() < 0.6:
            events.add(checkout(store, item, rng.choice(nord["patrons"]), nord["visit"]))
        else:
            events.add(checkin(store, item, nord["visit"]))
        if n % 3 == 0:
            edit(store, Patron, rng.choice(nord["patrons"]), phone=f"06{rng.randrange(10**8):08d}")
    return events


def _same_rows(engine: Engine, store: Store, entity: str, model: type) -> None:  # type: ignore[type-arg]
    table = entity_tables()[entity]
    with engine.connect() as conn:
        server_rows = {row.id: row.phone for row in conn.execute(select(table.c.id, table.c.phone))}
    with store.reader() as session:
        local = {row.id: row.phone for row in session.scalars(select(model))}
    assert local == {k: v for k, v in server_rows.items() if k in local}


def test_a_lossy_network_loses_nothing_and_duplicates_nothing(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    rng = random.Random(7)
    with running(sqlite_engine) as server:
        vans = [Store.open(tmp_path / f"van{n}.sqlite3") for n in range(2)]
        for n, van in enumerate(vans):
            enrolled(
                van, sqlite_engine, server.url, f"van{n}", "crew", f"tour:{ids['nord']['tour']}"
            )
            sync.sync_once(van.transactions())
        created: set[str] = set()
        faults: dict[str, int] = {}
        for round_ in range(2):
            for n, van in enumerate(vans):
                created |= _offline_work(van, ids, rng)
                transport = FaultyTransport(seed=round_ * 10 + n)
                for _attempt in range(60):
                    try:
                        sync.sync_once(
                            van.transactions(), transport=transport, push_batch=4, pull_page=3
                        )
                        break
                    except SyncError:
                        continue
                else:
                    pytest.fail("sync never got through the faulty network")
                for key, value in transport.faults.items():
                    faults[key] = faults.get(key, 0) + value
        assert set(faults) == {"drop_request", "drop_response", "truncate", "delay", "repeat"}
        for van in vans:
            sync.sync_once(van.transactions())
        assert server_ids(sqlite_engine, "circulation_events") == created
        with sqlite_engine.connect() as conn:
            received = conn.scalar(
                select(func.count())
                .select_from(applied_ops)
                .where(applied_ops.c.entity == "circulation_events")
            )
        assert received == len(created)
        for van in vans:
            assert local_ids(van, CirculationEvent) == created
            assert pending(van) == 0
            _same_rows(sqlite_engine, van, "patrons", Patron)


@pytest.mark.parametrize(
    "mode", ["before_push", "after_push_commit", "after_pull_response", "before_cursor_commit"]
)
def test_a_client_killed_at_the_worst_moment_syncs_exactly_once(
    sqlite_engine: Engine, tmp_path: Path, mode: str
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        other = Store.open(tmp_path / "other.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        enrolled(other, sqlite_engine, server.url, "other", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        sync.sync_once(other.transactions())
        mine = {
            checkout(van, ids["items"][n], nord["patrons"][n % 3], nord["visit"]) for n in range(5)
        }
        theirs = {checkout(other, ids["items"][5], nord["patrons"][0], nord["visit"])}
        edit(other, Patron, nord["patrons"][1], phone="0707")
        sync.sync_once(other.transactions())  # so the van has pages to pull
        van.close()
        proc = subprocess.run(
            [
                sys.executable,
                str(HERE / "sync_client_proc.py"),
                str(tmp_path / "van.sqlite3"),
                mode,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
        van = Store.open(tmp_path / "van.sqlite3")
        sync.sync_once(van.transactions())
        sync.sync_once(van.transactions())
        assert server_ids(sqlite_engine, "circulation_events") == mine | theirs
        assert local_ids(van, CirculationEvent) == mine | theirs
        assert pending(van) == 0
        with van.reader() as session:
            assert session.get(Patron, nord["patrons"][1]).phone == "0707"  # type: ignore[union-attr]
        with sqlite_engine.connect() as conn:
            counted = conn.scalar(select(func.count()).select_from(applied_ops))
        assert counted == len(mine) + len(theirs) + 1
