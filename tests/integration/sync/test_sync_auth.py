"""Devices: enrolment codes, tokens, revocation and scopes enforced by the server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server import devices
from bibliomobile.server.models import applied_ops
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN, DeviceRevoked, SyncError
from bibliomobile.services.sync.device import enroll, export_pending
from bibliomobile.store.models import OutboxEntry, Patron, Stop
from bibliomobile.store.uow import Store
from builders.sync_network import (
    checkout,
    device_state,
    edit,
    enrolled,
    pending,
    running,
    seed_network,
    server_ids,
    server_value,
)


def test_an_enrolment_code_works_once(sqlite_engine: Engine, tmp_path: Path) -> None:
    tour = seed_network(sqlite_engine)["nord"]["tour"]
    created = devices.add_device(sqlite_engine, "van", "crew", f"tour:{tour}")
    with running(sqlite_engine) as server:
        first = Store.open(tmp_path / "a.sqlite3")
        done = enroll(first.transactions(), server.url, created.enrolment_code.lower())
        assert (done.device_name, done.scope) == ("van", f"tour:{tour}")
        second = Store.open(tmp_path / "b.sqlite3")
        with pytest.raises(SyncError, match="déjà utilisé"):
            enroll(second.transactions(), server.url, created.enrolment_code)
        assert second.setting(TOKEN) is None


def test_an_unknown_token_gets_401(sqlite_engine: Engine) -> None:
    with running(sqlite_engine) as server:
        for headers in ({}, {"Authorization": "Bearer not-a-token"}):
            response = httpx.get(f"{server.url}/sync/pull", headers=headers)
            assert response.status_code == 401
            assert "inscri" in response.json()["detail"]


def test_a_revoked_device_stops_syncing_and_keeps_its_unsent_work(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        event = checkout(van, ids["items"][0], nord["patrons"][0], nord["visit"])
        devices.revoke_device(sqlite_engine, "van")
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        raw = httpx.get(f"{server.url}/sync/pull", headers=headers)
        assert raw.status_code == 401 and raw.json()["revoked"] is True
        with pytest.raises(DeviceRevoked, match="révoqué"):
            sync.sync_once(van.transactions())
        assert event not in server_ids(sqlite_engine, "circulation_events")
        # It does not even try any more, and says so; the work is still there.
        assert device_state(van).revoked
        with pytest.raises(DeviceRevoked):
            sync.sync_once(
                van.transactions(),
                transport=httpx.MockTransport(lambda r: pytest.fail("no request")),
            )
        assert pending(van) == 1
        out = tmp_path / "pending.json"
        with van.unit_of_work() as uow:
            assert export_pending(uow, out) == 1
        exported = json.loads(out.read_text())
        assert exported["ops"][0]["entity_id"] == event
        assert pending(van) == 1


def test_an_op_outside_the_scope_is_refused_with_403_and_nothing_of_its_batch_applies(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord, sud = ids["nord"], ids["sud"]
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        edit(van, Patron, nord["patrons"][0], phone="0611")
        with van.unit_of_work() as uow:
            outbox = uow.session.scalars(select(OutboxEntry)).all()
            good = {
                "op_id": outbox[0].op_id,
                "entity": outbox[0].entity,
                "entity_id": outbox[0].entity_id,
                "op": outbox[0].op,
                "fields": outbox[0].fields,
                "hlc": outbox[0].hlc,
            }
        foreign = {
            "op_id": "op-foreign",
            "entity": "patrons",
            "entity_id": sud["patrons"][0],
            "op": "update",
            "fields": {"phone": "hack"},
            "hlc": good["hlc"],
        }
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        response = httpx.post(
            f"{server.url}/sync/push", json={"ops": [good, foreign]}, headers=headers
        )
        assert response.status_code == 403
        assert response.json()["op_ids"] == ["op-foreign"]
        assert server_value(server_engine, "patrons", nord["patrons"][0], "phone") is None
        assert server_value(server_engine, "patrons", sud["patrons"][0], "phone") is None
        with server_engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(applied_ops)) == 0

        # A stop of another tour created on the van is refused too; the client sets it
        # aside (kept, exportable), and the rest of its work goes through.
        with van.unit_of_work() as uow:
            uow.session.add(Stop(tour_id=sud["tour"], commune="Ailleurs", place="Mairie"))
            uow.commit()
        report = sync.sync_once(van.transactions())
        assert report.refused == 1 and report.pending == 1
        assert server_value(server_engine, "patrons", nord["patrons"][0], "phone") == "0611"
        assert device_state(van).refused == 1


def test_a_van_cannot_pull_a_foreign_patron_into_its_scope_by_editing_it(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord, sud = ids["nord"], ids["sud"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        for op in ("update", "insert"):
            grab = {
                "op_id": f"op-grab-{op}",
                "entity": "patrons",
                "entity_id": sud["patrons"][0],
                "op": op,
                "fields": {"home_stop_id": nord["stop"]},
                "hlc": "0001790000000000-0000-x",
            }
            response = httpx.post(f"{server.url}/sync/push", json={"ops": [grab]}, headers=headers)
            assert response.status_code == 403, response.text
        assert (
            server_value(sqlite_engine, "patrons", sud["patrons"][0], "home_stop_id") == sud["stop"]
        )


def test_a_van_sees_every_tour_but_changes_none(sqlite_engine: Engine, tmp_path: Path) -> None:
    from bibliomobile.store.models import Tour

    ids = seed_network(sqlite_engine)
    nord, sud = ids["nord"], ids["sud"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        edit(van, Tour, nord["tour"], vehicle="Renault Master")
        edit(van, Tour, sud["tour"], vehicle="Détourné")
        report = sync.sync_once(van.transactions())
        # Tours are the coordinators' (domain/access.py), the van's own included.
        assert (report.pushed, report.refused) == (0, 2)
        assert server_value(sqlite_engine, "tours", nord["tour"], "vehicle") is None
        assert server_value(sqlite_engine, "tours", sud["tour"], "vehicle") is None
