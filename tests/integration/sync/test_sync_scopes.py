"""Scopes cut to need, through a real server on loopback: what a van and a volunteer's
laptop hold, what leaves them at the next sync (with its search index and WAL), and a
revoked laptop emptied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, update

from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from bibliomobile.server.models import entity_tables
from bibliomobile.services.patrons import search_patrons
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import DeviceRevoked
from bibliomobile.store.models import (
    Beneficiary,
    CirculationEvent,
    Delivery,
    Patron,
    Request,
    Round,
)
from bibliomobile.store.uow import Store
from builders.sync_network import (
    checkout,
    edit,
    enrolled,
    local_ids,
    local_value,
    opened_note,
    pending,
    running,
    seed_network,
    server_ids,
)

pytestmark = pytest.mark.slow

RARE_NAME = "Quintalbert"


def _set(engine: Engine, entity: str, entity_id: str, **values: Any) -> None:
    table = entity_tables()[entity]
    with engine.begin() as conn:
        conn.execute(update(table).where(table.c.id == entity_id).values(**values))


def _file_bytes(store: Store) -> bytes:
    assert store.path is not None
    wal = Path(f"{store.path}-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _volunteer_laptop(
    engine: Engine, tmp_path: Path, url: str, ids: dict[str, Any]
) -> tuple[Store, Store]:
    laptop = Store.open(tmp_path / "vol.sqlite3")
    enrolled(laptop, engine, url, "vera", "volunteer", f"volunteer:{ids['volunteer']['volunteer']}")
    office = Store.open(tmp_path / "office.sqlite3")
    enrolled(office, engine, url, "bureau", "coordinator", "all")
    sync.sync_once(laptop.transactions())
    sync.sync_once(office.transactions())
    return laptop, office


def test_a_volunteer_laptop_holds_what_the_visit_needs_and_nothing_more(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    first = ids["volunteer"]["beneficiaries"][0]
    _set(
        server_engine,
        "patrons",
        first["patron"],
        email="h0@example.org",
        birth_year=1931,
        phone="0555000000",
        address="3 rue des Lilas",
    )
    _set(
        server_engine,
        "beneficiaries",
        first["beneficiary"],
        referral="ccas",
        latitude=45.1,
        longitude=1.2,
        taste_notes="romans policiers",
    )
    # A loan of the bookmobile, long ago: reading history, not for the volunteer.
    t = entity_tables()
    with server_engine.begin() as conn:
        old_loan = new_id()
        conn.execute(
            insert(t["circulation_events"]).values(
                id=old_loan,
                kind="checkout",
                item_id=ids["items"][5],
                patron_id=first["patron"],
                visit_id=ids["nord"]["visit"],
                occurred_at=dt.datetime(2025, 3, 1, 10),
                hlc="0000000000000001-0000-x",
                device_id="x",
            )
        )
    with running(server_engine) as server:
        laptop, office = _volunteer_laptop(server_engine, tmp_path, server.url, ids)
        # What the door needs: name, address, phone, access note, tastes.
        assert local_value(laptop, Patron, first["patron"], "address") == "3 rue des Lilas"
        assert local_value(laptop, Patron, first["patron"], "phone") == "0555000000"
        assert opened_note(laptop, first["beneficiary"]) == "code 1234"
        # Sealed apart: the database, even opened, holds only the envelope.
        assert local_value(laptop, Beneficiary, first["beneficiary"], "access_notes").startswith(
            "an1:"
        )
        assert b"code 1234" not in _file_bytes(laptop)
        assert local_value(laptop, Beneficiary, first["beneficiary"], "taste_notes") == (
            "romans policiers"
        )
        # Not the e-mail, the age, the referral or the position; no reading history.
        for model, entity_id, column in (
            (Patron, first["patron"], "email"),
            (Patron, first["patron"], "birth_year"),
            (Beneficiary, first["beneficiary"], "referral"),
            (Beneficiary, first["beneficiary"], "latitude"),
        ):
            assert local_value(laptop, model, entity_id, column) is None, column
            assert local_value(office, model, entity_id, column) is not None, column
        assert old_loan not in local_ids(laptop, CirculationEvent)
        assert old_loan in local_ids(office, CirculationEvent)
        laptop.close()
        office.close()


def test_an_ended_beneficiary_leaves_the_volunteer_laptop_after_one_sync_index_and_wal_too(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    leaving, staying = vol["beneficiaries"]
    _set(server_engine, "patrons", leaving["patron"], last_name=RARE_NAME)
    with running(server_engine) as server:
        laptop, office = _volunteer_laptop(server_engine, tmp_path, server.url, ids)
        with laptop.unit_of_work() as uow:
            assert [p.patron_id for p in search_patrons(uow, RARE_NAME)] == [leaving["patron"]]

        edit(office, Beneficiary, leaving["beneficiary"], status="ended")
        sync.sync_once(office.transactions())
        sync.sync_once(laptop.transactions())

        assert local_ids(laptop, Beneficiary) == {staying["beneficiary"]}
        assert leaving["patron"] not in local_ids(laptop, Patron)
        assert local_ids(laptop, Delivery) == {staying["delivery"]}
        with laptop.unit_of_work() as uow:
            assert search_patrons(uow, RARE_NAME) == []
        # Nothing of her left in the file: not in the index, the WAL or free pages.
        assert laptop.path is not None
        wal = Path(f"{laptop.path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        assert RARE_NAME.encode() not in _file_bytes(laptop)
        # The other beneficiary's note stays (sealed).
        kept = local_value(laptop, Beneficiary, staying["beneficiary"], "access_notes")
        assert kept.encode() in _file_bytes(laptop)
        laptop.close()
        office.close()


def test_a_round_reassigned_or_done_leaves_the_volunteer_laptop_after_one_sync(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    t = entity_tables()
    other, second_round, extra_patron, extra_ben = new_id(), new_id(), new_id(), new_id()
    with server_engine.begin() as conn:
        conn.execute(insert(t["volunteers"]).values(id=other, first_name="Omar", last_name="Autre"))
        conn.execute(
            insert(t["rounds"]).values(
                id=second_round,
                date=dt.date.today() + dt.timedelta(days=7),
                volunteer_id=vol["volunteer"],
            )
        )
        conn.execute(
            insert(t["patrons"]).values(
                id=extra_patron, card_barcode="C-home-9", first_name="H9", last_name="Suivante"
            )
        )
        conn.execute(insert(t["beneficiaries"]).values(id=extra_ben, patron_id=extra_patron))
        conn.execute(
            insert(t["deliveries"]).values(
                id=new_id(), round_id=second_round, beneficiary_id=extra_ben, position=0
            )
        )
    with running(server_engine) as server:
        laptop, office = _volunteer_laptop(server_engine, tmp_path, server.url, ids)
        assert local_ids(laptop, Round) == {vol["round"], second_round}
        assert extra_patron in local_ids(laptop, Patron)

        # The coordinator gives next week's round to Omar: it leaves Vera's laptop.
        edit(office, Round, second_round, volunteer_id=other)
        sync.sync_once(office.transactions())
        sync.sync_once(laptop.transactions())
        assert local_ids(laptop, Round) == {vol["round"]}
        assert extra_ben not in local_ids(laptop, Beneficiary)
        assert extra_patron not in local_ids(laptop, Patron)

        # Today's round is over: closed, it leaves too, with its beneficiaries.
        edit(laptop, Round, vol["round"], status="done")
        sync.sync_once(laptop.transactions())
        assert pending(laptop) == 0
        assert local_ids(laptop, Round) == set()
        assert local_ids(laptop, Beneficiary) == set()
        assert local_ids(laptop, Patron) == set()
        laptop.close()
        office.close()


def test_a_van_holds_the_patrons_active_at_its_tour_not_the_whole_commune(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    t = entity_tables()
    today = dt.date.today()
    people = {}
    with server_engine.begin() as conn:
        for label in ("recent", "old_returned", "old_open", "home_delivery"):
            pid = new_id()
            conn.execute(
                insert(t["patrons"]).values(
                    id=pid,
                    card_barcode=f"C-{label}",
                    first_name=label,
                    last_name="Test",
                    home_stop_id=nord["stop"],
                    birth_year=1950,
                    address="1 place",
                )
            )
            people[label] = pid

        def event(kind: str, item: int, patron: str | None, days_ago: int, **more: Any) -> None:
            when = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10))
            conn.execute(
                insert(t["circulation_events"]).values(
                    id=new_id(),
                    kind=kind,
                    item_id=ids["items"][item],
                    patron_id=patron,
                    occurred_at=when,
                    hlc=f"{int(when.timestamp() * 1000):016d}-0000-x",
                    device_id="x",
                    **more,
                )
            )

        event("checkout", 0, people["recent"], 20, visit_id=nord["visit"])
        event("checkout", 1, people["old_returned"], 120, visit_id=nord["visit"])
        event("checkin", 1, None, 100, visit_id=nord["visit"])
        event("checkout", 2, people["old_open"], 90, visit_id=nord["visit"])
        event("checkout", 3, people["home_delivery"], 10, delivery_id=None)
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        held = local_ids(van, Patron)
        assert held == {*nord["patrons"], people["recent"], people["old_open"]}
        assert nord["idle_patron"] not in held
        assert local_ids(van, Request) and len(local_ids(van, Request)) == 3
        # The desk's fields, not the address or the age.
        assert local_value(van, Patron, people["recent"], "address") is None
        assert local_value(van, Patron, people["recent"], "birth_year") is None
        assert local_value(van, Patron, people["recent"], "card_barcode") == "C-recent"

        # A new loan at the desk brings its patron into the scope for good.
        checkout(van, ids["items"][4], nord["patrons"][0], nord["visit"])
        sync.sync_once(van.transactions())
        assert pending(van) == 0
        assert nord["patrons"][0] in local_ids(van, Patron)
        van.close()


def test_a_revoked_laptop_is_emptied_at_its_next_contact_and_says_so(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        laptop, office = _volunteer_laptop(sqlite_engine, tmp_path, server.url, ids)
        assert local_ids(laptop, Beneficiary)
        envelopes = [
            local_value(laptop, Beneficiary, b, "access_notes")
            for b in local_ids(laptop, Beneficiary)
        ]
        devices.revoke_device(sqlite_engine, "vera")
        with pytest.raises(DeviceRevoked, match="effacées"):
            sync.sync_once(laptop.transactions())
        for model in (Patron, Beneficiary, Delivery, Round):
            assert local_ids(laptop, model) == set(), model.__name__
        assert not any(e.encode() in _file_bytes(laptop) for e in envelopes if e)
        with laptop.unit_of_work() as uow:
            assert search_patrons(uow, "domicile") == []
        # It says so again at every attempt, without contacting anyone.
        with pytest.raises(DeviceRevoked, match="effacées"):
            sync.sync_once(laptop.transactions())
        laptop.close()
        office.close()


def test_a_patron_registered_at_the_desk_without_a_loan_reaches_the_server(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        with van.unit_of_work() as uow:
            patron = Patron(
                card_barcode="C-NEW-1",
                first_name="Nouvelle",
                last_name="Inscrite",
                home_stop_id=nord["stop"],
            )
            uow.session.add(patron)
            uow.commit()
            new_patron = patron.id
        report = sync.sync_once(van.transactions())
        assert (report.refused, pending(van)) == (0, 0)
        assert new_patron in server_ids(sqlite_engine, "patrons")
        # Not borrowing yet: not held by the van, found by the card index instead.
        assert new_patron not in local_ids(van, Patron)
        van.close()
