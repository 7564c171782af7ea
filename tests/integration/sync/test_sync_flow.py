"""Push, pull, scopes and conflicts through a real server on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server.models import applied_ops, change_log, clock_skew, conflicts
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SERVER_URL, TOKEN, Counts, SyncError
from bibliomobile.services.sync.http_client import open_client
from bibliomobile.services.sync.pull import pull_pages
from bibliomobile.store.models import (
    Beneficiary,
    CirculationEvent,
    Delivery,
    Item,
    Patron,
    Record,
    Stop,
)
from bibliomobile.store.uow import Store
from builders.sync_network import (
    checkin,
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
    server_value,
)


def _count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def test_a_van_gets_its_tour_and_the_catalogue_but_not_the_other_tour(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van-nord", "crew", f"tour:{ids['nord']['tour']}")
        report = sync.sync_once(van.transactions())
        assert report.snapshot_rows > 0
        assert local_ids(van, Patron) == set(ids["nord"]["patrons"])
        assert local_ids(van, Stop) == {ids["nord"]["stop"]}
        assert local_ids(van, Item) == set(ids["items"])
        assert local_ids(van, Record) == set(ids["records"])
        assert local_ids(van, Beneficiary) == set()
        # The snapshot fills the search index too: accents folded.
        from bibliomobile.services.catalogue import search_items

        with van.unit_of_work() as uow:
            found = search_items(uow, "etranger")
        assert len(found) == 6


def test_a_volunteer_sees_only_the_beneficiaries_of_its_round_and_loses_one_that_leaves(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    with running(server_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, server_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(laptop.transactions())
        sync.sync_once(office.transactions())
        mine = {b["beneficiary"] for b in vol["beneficiaries"]}
        assert local_ids(laptop, Beneficiary) == mine
        assert local_ids(laptop, Patron) == {b["patron"] for b in vol["beneficiaries"]}
        assert ids["other_beneficiary"]["beneficiary"] not in local_ids(laptop, Beneficiary)

        # The coordinator takes the first beneficiary off the round.
        leaving = vol["beneficiaries"][0]
        with office.unit_of_work() as uow:
            uow.session.delete(uow.session.get(Delivery, leaving["delivery"]))
            uow.commit()
        sync.sync_once(office.transactions())
        report = sync.sync_once(laptop.transactions())
        assert report.evicted >= 2
        assert local_ids(laptop, Beneficiary) == mine - {leaving["beneficiary"]}
        assert leaving["patron"] not in local_ids(laptop, Patron)
        assert local_ids(laptop, Delivery) == {vol["beneficiaries"][1]["delivery"]}

        # ... and puts them back on: they come back without having changed.
        with office.unit_of_work() as uow:
            uow.session.add(
                Delivery(round_id=vol["round"], beneficiary_id=leaving["beneficiary"], position=5)
            )
            uow.commit()
        sync.sync_once(office.transactions())
        sync.sync_once(laptop.transactions())
        assert local_ids(laptop, Beneficiary) == mine
        assert opened_note(laptop, leaving["beneficiary"]) == "code 1234"


def test_edits_travel_from_one_van_to_the_other_and_events_are_never_duplicated(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    with running(server_engine) as server:
        a = Store.open(tmp_path / "a.sqlite3")
        b = Store.open(tmp_path / "b.sqlite3")
        enrolled(a, server_engine, server.url, "van-a", "crew", f"tour:{nord['tour']}")
        enrolled(b, server_engine, server.url, "van-b", "crew", f"tour:{nord['tour']}")
        sync.sync_once(a.transactions())
        sync.sync_once(b.transactions())
        edit(a, Patron, nord["patrons"][0], phone="06 11 22 33 44")
        event = checkout(a, ids["items"][0], nord["patrons"][0], nord["visit"])
        assert pending(a) == 2
        report = sync.sync_once(a.transactions())
        assert report.pushed == 2 and report.pending == 0
        assert (
            server_value(server_engine, "patrons", nord["patrons"][0], "phone") == "06 11 22 33 44"
        )
        sync.sync_once(b.transactions())
        assert local_value(b, Patron, nord["patrons"][0], "phone") == "06 11 22 33 44"
        assert local_ids(b, CirculationEvent) == {event}
        # Syncing again moves nothing and duplicates nothing.
        again = sync.sync_once(b.transactions())
        assert (again.pushed, again.pulled) == (0, 0)
        assert server_ids(server_engine, "circulation_events") == {event}


def test_a_replayed_batch_changes_nothing(server_engine: Engine, tmp_path: Path) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        checkout(van, ids["items"][1], nord["patrons"][1], nord["visit"])
        edit(van, Patron, nord["patrons"][1], email="a@example.org")
        with van.reader() as session:
            from bibliomobile.store.models import OutboxEntry

            ops = [
                {
                    "op_id": r.op_id,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "op": r.op,
                    "fields": r.fields,
                    "hlc": r.hlc,
                    "device_id": r.device_id,
                }
                for r in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
            ]
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        first = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers)
        assert [r["result"] for r in first.json()["results"]] == ["applied", "applied"]
        log_size = _count(server_engine, change_log)
        second = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers)
        assert [r["result"] for r in second.json()["results"]] == ["duplicate", "duplicate"]
        assert _count(server_engine, change_log) == log_size
        assert _count(server_engine, applied_ops) == 2
        assert len(server_ids(server_engine, "circulation_events")) == 1


def test_per_field_last_writer_wins_and_the_losing_value_is_kept(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    patron = nord["patrons"][2]
    with running(server_engine) as server:
        a = Store.open(tmp_path / "a.sqlite3")
        b = Store.open(tmp_path / "b.sqlite3")
        enrolled(a, server_engine, server.url, "van-a", "crew", f"tour:{nord['tour']}")
        enrolled(b, server_engine, server.url, "van-b", "crew", f"tour:{nord['tour']}")
        sync.sync_once(a.transactions())
        sync.sync_once(b.transactions())
        # Both offline: A edits phone then B edits phone (later) and email.
        edit(a, Patron, patron, phone="0100000000")
        edit(b, Patron, patron, phone="0200000000", email="b@example.org")
        edit(a, Patron, patron, commune="Sainte-Foy")
        # B syncs first; A's older phone loses, its newer commune wins.
        sync.sync_once(b.transactions())
        report = sync.sync_once(a.transactions())
        assert report.conflicts == 1
        sync.sync_once(b.transactions())
        for device in (a, b):
            assert local_value(device, Patron, patron, "phone") == "0200000000"
            assert local_value(device, Patron, patron, "email") == "b@example.org"
            assert local_value(device, Patron, patron, "commune") == "Sainte-Foy"
        with server_engine.connect() as conn:
            kept = conn.execute(select(conflicts).where(conflicts.c.kind == "field_lww")).one()
        assert (kept.field, kept.losing_value, kept.kept_value) == (
            "phone",
            "0100000000",
            "0200000000",
        )


def test_a_pulled_older_value_does_not_overwrite_a_newer_unsent_local_edit(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    patron = nord["patrons"][0]
    with running(sqlite_engine) as server:
        a = Store.open(tmp_path / "a.sqlite3")
        b = Store.open(tmp_path / "b.sqlite3")
        enrolled(a, sqlite_engine, server.url, "van-a", "crew", f"tour:{nord['tour']}")
        enrolled(b, sqlite_engine, server.url, "van-b", "crew", f"tour:{nord['tour']}")
        sync.sync_once(a.transactions())
        sync.sync_once(b.transactions())
        edit(a, Patron, patron, phone="older")
        sync.sync_once(a.transactions())
        edit(b, Patron, patron, phone="newer")
        # Pull only (push fails): the server's older value must not replace B's newer one.
        with pytest.raises(SyncError, match="injoignable"):
            sync.sync_once(b.transactions(), transport=_FailPush())
        assert pending(b) == 1
        sync_pull_only(b)
        assert local_value(b, Patron, patron, "phone") == "newer"
        sync.sync_once(b.transactions())
        sync.sync_once(a.transactions())
        assert local_value(a, Patron, patron, "phone") == "newer"


class _FailPush(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/push":
            raise httpx.ConnectError("offline", request=request)
        return super().handle_request(request)


def sync_pull_only(store: Store) -> None:
    server_url, token = store.setting(SERVER_URL), store.setting(TOKEN)
    assert server_url and token
    with open_client(server_url, token, None) as client:
        pull_pages(store.transactions(), client, Counts(), 100, lambda *_: None)


def test_the_same_item_lent_twice_offline_keeps_both_loans_and_asks_for_review(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    item = ids["items"][3]
    with running(server_engine) as server:
        a = Store.open(tmp_path / "a.sqlite3")
        b = Store.open(tmp_path / "b.sqlite3")
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(a, server_engine, server.url, "van-a", "crew", f"tour:{nord['tour']}")
        enrolled(b, server_engine, server.url, "van-b", "crew", f"tour:{nord['tour']}")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        for device in (a, b, office):
            sync.sync_once(device.transactions())
        first = checkout(a, item, nord["patrons"][0], nord["visit"])
        second = checkout(b, item, nord["patrons"][1], nord["visit"])
        sync.sync_once(b.transactions())
        report = sync.sync_once(a.transactions())
        assert report.conflicts == 1
        for device in (a, b):
            sync.sync_once(device.transactions())
            assert {first, second} <= local_ids(device, CirculationEvent)
        # A return without any loan is recorded and flagged too.
        orphan = checkin(a, ids["items"][4], nord["visit"])
        sync.sync_once(a.transactions())
        assert orphan in server_ids(server_engine, "circulation_events")

        token = office.setting(TOKEN)
        headers = {"Authorization": f"Bearer {token}"}
        reviews = httpx.get(f"{server.url}/sync/reviews", headers=headers).json()
        kinds = sorted(r["kind"] for r in reviews)
        assert kinds == ["double_checkout", "return_without_loan"]
        double = next(r for r in reviews if r["kind"] == "double_checkout")
        assert double["kept_value"] == {"event_id": second} and double["losing_value"] == {
            "event_id": first
        }
        # Only coordinators see the list; a resolution is recorded.
        crew = httpx.get(
            f"{server.url}/sync/reviews",
            headers={"Authorization": f"Bearer {a.setting(TOKEN)}"},
        )
        assert crew.status_code == 403
        done = httpx.post(
            f"{server.url}/sync/reviews/{double['id']}/resolve",
            json={"resolution": "Exemplaire retrouvé chez le second lecteur"},
            headers=headers,
        )
        assert done.status_code == 200 and done.json()["resolved_by"] == "bureau"
        left = httpx.get(f"{server.url}/sync/reviews", headers=headers).json()
        assert [r["kind"] for r in left] == ["return_without_loan"]


def test_an_op_from_a_clock_far_ahead_is_refused_kept_and_flagged(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        import time

        from bibliomobile.domain.hlc import Timestamp

        # The laptop's clock runs an hour ahead (it met a wrong timestamp).
        van.clock.observe(Timestamp(int(time.time() * 1000) + 3_600_000, 0, "x"))
        edit(van, Patron, nord["patrons"][0], phone="0999")
        report = sync.sync_once(van.transactions())
        # Accepting it would let this laptop win every later edit of the field.
        assert (report.pushed, report.refused, report.pending) == (0, 1, 1)
        assert server_value(sqlite_engine, "patrons", nord["patrons"][0], "phone") != "0999"
        assert _count(sqlite_engine, clock_skew) == 1
