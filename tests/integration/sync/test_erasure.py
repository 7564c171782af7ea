"""Erasure on request: a person known to the server, a van and the office (loans,
a request, a bag, a message, edits in the sync history, a conflict) leaves no trace
in any text of any table of the server or the devices, nor in the devices' raw files;
the statistics keep counting their loans."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, MetaData, insert, select, text

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import entity_tables, erasure_records
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SyncError
from bibliomobile.services.sync.device import server_credentials
from bibliomobile.services.sync.erasure import erase_person_online, is_coordinator
from bibliomobile.store.models import Notification, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import checkin, checkout, edit, enrolled, running, seed_network

CARD = "ERASE-7731"
PERSON = {
    "card_barcode": CARD,
    "first_name": "Zéphyrine",
    "last_name": "Quillard",
    "phone": "0612345678",
    "email": "zephyrine.quillard@example.org",
    "address": "12 rue des Glycines",
}
#: What must be found nowhere afterwards (case-insensitive), including an edited value.
NEEDLES = ("ERASE-7731", "Zéphyrine", "Quillard", "0612345678", "zephyrine.quillard", "Glycines")


def server_db(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            return str(conn.execute(text("PRAGMA database_list")).all()[0][2])
    return engine.url.render_as_string(hide_password=False)


def erase(engine: Engine, *extra: str, answer: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bibliomobile.server.cli",
            "person",
            "erase",
            "--db",
            server_db(engine),
            "--card",
            CARD,
            *extra,
        ],
        input=answer,
        capture_output=True,
        text=True,
        timeout=300,
    )


def server_traces(engine: Engine) -> list[str]:
    """Every (table, column) of the server whose text holds a needle."""
    metadata = MetaData()
    metadata.reflect(engine)
    found = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for column, value in row._mapping.items():
                    if value is not None and _holds(str(value)):
                        found.append(f"{table.name}.{column}")
    return found


def device_traces(path: Path) -> list[str]:
    """Every (table, column) of a device database whose text holds a needle, then the
    needles found in the raw bytes of its files (database and write-ahead log)."""
    found = []
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(names, row, strict=True):
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if value is not None and _holds(str(value)):
                        found.append(f"{table}.{column}")
    finally:
        conn.close()
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            raw = file.read_bytes().lower()
            found += [
                f"{file.name}: {needle}"
                for needle in NEEDLES
                if needle.lower().encode() in raw or _plain(needle).encode() in raw
            ]
    return found


def _plain(needle: str) -> str:
    return needle.lower().replace("é", "e")


def _holds(value: str) -> bool:
    low = value.lower()
    return any(needle.lower() in low or _plain(needle) in low for needle in NEEDLES)


def add_person(engine: Engine, ids: dict[str, Any]) -> str:
    t = entity_tables()
    patron = new_id()
    with engine.begin() as conn:
        conn.execute(
            insert(t["patrons"]).values(
                id=patron, home_stop_id=ids["nord"]["stop"], commune="Commune-nord", **PERSON
            )
        )
        request = new_id()
        conn.execute(
            insert(t["requests"]).values(
                id=request,
                patron_id=patron,
                visit_id=ids["nord"]["visit"],
                channel="phone",
                kind="surprise",
                free_text="Pour Zéphyrine Quillard : des romans policiers",
            )
        )
        conn.execute(
            insert(t["request_lines"]).values(id=new_id(), request_id=request, free_text="Maigret")
        )
        conn.execute(
            insert(t["bags"]).values(
                id=new_id(),
                code="B0000000001",
                status="handed_over",
                patron_id=patron,
                request_id=request,
            )
        )
    return patron


@pytest.mark.slow
def test_an_erased_person_leaves_no_trace_anywhere(server_engine: Engine, tmp_path: Path) -> None:
    ids = seed_network(server_engine)
    patron = add_person(server_engine, ids)
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        for device in (van, office):
            sync.sync_once(device.transactions())

        # A loan and its return at the van; the same phone edited at both desks
        # (the losing value is kept in a conflict); a message queued at the van.
        item = ids["items"][0]
        checkout(van, item, patron, ids["nord"]["visit"])
        checkin(van, item, ids["nord"]["visit"])
        checkout(van, ids["items"][1], ids["nord"]["patrons"][0], ids["nord"]["visit"])
        edit(van, Patron, patron, phone="0612345678 fixe")
        edit(office, Patron, patron, phone="0612345678 bureau")
        with van.unit_of_work() as uow:
            uow.session.add(
                Notification(
                    key=f"test:{patron}",
                    patron_id=patron,
                    kind="bag_ready",
                    channel="email",
                    recipient=PERSON["email"],
                    body="Bonjour Zéphyrine Quillard, votre sac est prêt.",
                    created_at=dt.datetime.now(),
                )
            )
            uow.commit()
        for device in (office, van, office, van):
            assert sync.sync_once(device.transactions()).refused == 0
        # The test has something to find: the person, their edits in the history, the
        # losing value of the conflict; on the van, its rows and raw pages.
        before = set(server_traces(server_engine))
        assert {"patrons.phone", "sync_applied_ops.fields", "sync_conflicts.losing_value"} <= before
        assert {"patrons.last_name", "notifications.body"} <= set(
            device_traces(tmp_path / "van.sqlite3")
        )

        # Without --yes a wrong answer erases nothing; an unknown card neither.
        refused = erase(server_engine, answer="non\n")
        assert refused.returncode != 0 and "rien n'a été effacé" in refused.stderr
        unknown = subprocess.run(
            [
                sys.executable,
                "-m",
                "bibliomobile.server.cli",
                "person",
                "erase",
                "--db",
                server_db(server_engine),
                "--card",
                "NOBODY",
                "--yes",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert unknown.returncode != 0 and "Aucun lecteur" in unknown.stderr
        assert server_traces(server_engine)

        done = erase(server_engine, "--reason", "request", answer=CARD + "\n")
        assert done.returncode == 0, done.stderr
        for device in (van, office):
            sync.sync_once(device.transactions())

        assert server_traces(server_engine) == []
        assert device_traces(tmp_path / "van.sqlite3") == []
        assert device_traces(tmp_path / "office.sqlite3") == []
        # The loan still counts, anonymously; the bag stays a bag; one record remains.
        events = entity_tables()["circulation_events"]
        bags = entity_tables()["bags"]
        with server_engine.connect() as conn:
            loan = conn.execute(
                select(events.c.patron_id, events.c.borrower_token).where(
                    events.c.item_id == item, events.c.kind == "checkout"
                )
            ).one()
            assert loan.patron_id is None and loan.borrower_token
            assert conn.execute(select(bags.c.patron_id, bags.c.request_id)).all() == [(None, None)]
            (record,) = conn.execute(select(erasure_records)).all()
            assert record.reason == "request" and record.counts["patrons"] == 1
        with van.reader() as session:
            assert session.scalars(select(Notification)).all() == []
        van.close()
        office.close()


def test_a_person_with_documents_on_loan_is_not_erased(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    patron = add_person(sqlite_engine, ids)
    t = entity_tables()
    with sqlite_engine.begin() as conn:
        conn.execute(
            insert(t["circulation_events"]).values(
                id=new_id(),
                kind="checkout",
                item_id=ids["items"][0],
                patron_id=patron,
                occurred_at=dt.datetime.now(),
                hlc=str(Timestamp(1_700_000_000_000, 0, "x")),
                device_id="x",
            )
        )
    done = erase(sqlite_engine, "--yes")
    assert done.returncode != 0 and "1 document(s) en prêt" in done.stderr
    with sqlite_engine.connect() as conn:
        assert conn.scalar(select(t["patrons"].c.id).where(t["patrons"].c.id == patron)) == patron


def test_a_coordinator_laptop_erases_online_and_says_so_offline(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    patron = add_person(sqlite_engine, ids)
    office = Store.open(tmp_path / "office.sqlite3")
    van = Store.open(tmp_path / "van.sqlite3")
    with running(sqlite_engine) as server:
        enrolled(office, sqlite_engine, server.url, "bureau", "coordinator", "all")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        sync.sync_once(office.transactions())
        assert office.transactions()(is_coordinator) and not van.transactions()(is_coordinator)
        with pytest.raises(SyncError, match="Effacement refusé"):
            van.transactions()(lambda uow: erase_person_online(uow, CARD, "request"))
        with pytest.raises(SyncError, match="Aucun lecteur"):
            office.transactions()(lambda uow: erase_person_online(uow, "NOBODY", "request"))
        done = office.transactions()(lambda uow: erase_person_online(uow, CARD, "deceased"))
        assert done.rows["patrons"] == 1 and done.rows["requests"] == 1
        with office.reader() as session:
            assert session.get(Patron, patron) is not None  # until the next sync
        sync.sync_once(office.transactions())
        with office.reader() as session:
            assert session.get(Patron, patron) is None
        # The rules, read and changed by a coordinator's laptop.
        with httpx.Client(base_url=server.url, headers=_auth(office)) as client:
            rules = {r["key"]: r["months"] for r in client.get("/retention/rules").json()}
            assert rules["loan_details_months"] == 4
            changed = client.put("/retention/rules/welfare_note_months", json={"months": 2})
            assert {r["key"]: r["months"] for r in changed.json()}["welfare_note_months"] == 2
            assert client.put("/retention/rules/nope", json={"months": 2}).status_code == 404
    with sqlite_engine.connect() as conn:
        (record,) = conn.execute(select(erasure_records)).all()
        assert record.reason == "deceased"
    with pytest.raises(SyncError, match="injoignable"):
        office.transactions()(lambda uow: erase_person_online(uow, "C-nord-0", "request"))
    office.close()
    van.close()


def _auth(store: Store) -> dict[str, str]:
    _url, token = store.transactions()(server_credentials)
    return {"Authorization": f"Bearer {token}"}
