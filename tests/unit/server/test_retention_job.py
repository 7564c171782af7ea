"""The retention job's rules one by one, on an SQLite server database: who is kept,
what home-delivery data goes, what the history keeps, the daily run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.domain.ids import new_id
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import applied_ops, entity_tables, row_versions
from bibliomobile.server.retention.daily import run_if_due
from bibliomobile.server.retention.job import run_retention
from bibliomobile.server.sync.state import SyncServer

TODAY = dt.date(2027, 6, 1)
LONG_AGO = dt.datetime(2025, 1, 10, 10)
t = entity_tables()


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    return engine


def _hlc(when: dt.datetime, n: int = 0) -> str:
    return str(Timestamp(int(when.replace(tzinfo=dt.UTC).timestamp() * 1000), n, "d"))


def _patron(conn: Any, name: str) -> str:
    pid = new_id()
    conn.execute(
        insert(t["patrons"]).values(
            id=pid,
            card_barcode=name,
            first_name=name,
            last_name=name,
            registered_on=dt.date(2020, 1, 1),
        )
    )
    return pid


def _event(conn: Any, kind: str, item: str, patron: str | None, when: dt.datetime, n: int) -> str:
    eid = new_id()
    conn.execute(
        insert(t["circulation_events"]).values(
            id=eid,
            kind=kind,
            item_id=item,
            patron_id=patron,
            occurred_at=when,
            hlc=_hlc(when, n),
            device_id="d",
        )
    )
    return eid


def test_who_is_kept_and_what_home_delivery_data_goes(engine: Engine) -> None:
    with engine.begin() as conn:
        lib, rec = new_id(), new_id()
        conn.execute(insert(t["libraries"]).values(id=lib, code="C", name="Centrale"))
        conn.execute(insert(t["records"]).values(id=rec, title="Titre"))
        items = []
        for n in range(3):
            iid = new_id()
            conn.execute(
                insert(t["items"]).values(
                    id=iid, barcode=f"I{n}", record_id=rec, home_library_id=lib
                )
            )
            items.append(iid)
        idle = _patron(conn, "idle")
        holder = _patron(conn, "holder")  # a document never returned, long ago
        served = _patron(conn, "served")  # an active home-delivery service
        ended = _patron(conn, "ended")  # service ended long ago, borrowed recently
        old_loan = _event(conn, "checkout", items[0], idle, LONG_AGO, 1)
        _event(conn, "checkin", items[0], None, LONG_AGO + dt.timedelta(days=20), 2)
        _event(conn, "checkout", items[1], holder, LONG_AGO, 3)
        recent = dt.datetime(2027, 4, 2, 10)
        _event(conn, "checkout", items[2], ended, recent, 4)
        _event(conn, "checkin", items[2], None, recent + dt.timedelta(days=3), 5)
        vol, rnd = new_id(), new_id()
        conn.execute(insert(t["volunteers"]).values(id=vol, first_name="V", last_name="B"))
        conn.execute(insert(t["rounds"]).values(id=rnd, date=dt.date(2025, 2, 1), volunteer_id=vol))
        active_b, ended_b = new_id(), new_id()
        conn.execute(
            insert(t["beneficiaries"]).values(id=active_b, patron_id=served, access_notes="code 12")
        )
        conn.execute(
            insert(t["beneficiaries"]).values(
                id=ended_b,
                patron_id=ended,
                status="ended",
                access_notes="clé chez la voisine",
                contact_phone="0600000000",
                favourite_authors=["Simenon"],
            )
        )
        delivery = new_id()
        conn.execute(
            insert(t["deliveries"]).values(
                id=delivery,
                round_id=rnd,
                beneficiary_id=ended_b,
                welfare_handled_at=LONG_AGO,
                welfare_handled_by="Coordinatrice",
            )
        )
        conn.execute(
            insert(applied_ops).values(
                op_id=new_id(),
                device_id="d",
                entity="deliveries",
                entity_id=delivery,
                op="update",
                hlc=_hlc(LONG_AGO),
                result="applied",
                fields={"welfare_note": "volets fermés"},
                received_at=dt.datetime(2027, 5, 20),
            )
        )
        conn.execute(
            insert(row_versions).values(
                entity="beneficiaries", entity_id=ended_b, versions={"status": _hlc(LONG_AGO)}
            )
        )

    report = run_retention(engine, TODAY, apply=True)

    with engine.connect() as conn:
        left = set(conn.scalars(select(t["patrons"].c.card_barcode)))
        assert left == {"holder", "served", "ended"}
        assert (
            conn.scalar(
                select(t["circulation_events"].c.patron_id).where(
                    t["circulation_events"].c.id == old_loan
                )
            )
            is None
        )
        profile = conn.execute(
            select(t["beneficiaries"]).where(t["beneficiaries"].c.id == ended_b)
        ).one()
        assert (profile.access_notes, profile.contact_phone, profile.favourite_authors) == (
            None,
            None,
            [],
        )
        active = conn.execute(
            select(t["beneficiaries"]).where(t["beneficiaries"].c.id == active_b)
        ).one()
        assert active.access_notes == "code 12"
        assert (
            conn.scalar(select(applied_ops.c.fields).where(applied_ops.c.entity_id == delivery))
            is None
        )
        versions = conn.scalar(
            select(row_versions.c.versions).where(row_versions.c.entity_id == ended_b)
        )
        assert versions["access_notes"] > versions["status"]  # a late device edit loses
    assert (report.patrons_deleted, report.profiles_cleared, report.welfare_notes_cleared) == (
        1,
        1,
        1,
    )


def test_the_daily_run_applies_once_a_day(engine: Engine) -> None:
    server = SyncServer(engine)
    assert run_if_due(engine, server, TODAY)
    assert not run_if_due(engine, server, TODAY)
    assert run_if_due(engine, server, TODAY + dt.timedelta(days=1))
