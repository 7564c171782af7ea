"""Scope on writes as strict as on reads: roles, foreign rows, the pull feed.

The reproductions of issue 14 (a van that asks for another tour's patron, a volunteer
that plans itself a visit to any beneficiary, a van that rewrites any item) get 403
and leak nothing; the role checks are generated from ``domain/access.py``, the same
table as the laptops' screens.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bibliomobile.domain.access import ANY_FIELD, Role, rights
from bibliomobile.domain.hlc import Timestamp
from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import entity_tables
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from builders.sync_network import edit, enrolled, running, seed_network, server_value

pytestmark = pytest.mark.slow


def hlc() -> str:
    return str(Timestamp(int(time.time() * 1000), 0, "dev"))


def bearer(store: Store) -> dict[str, str]:
    return {"Authorization": f"Bearer {store.setting(TOKEN)}"}


def push(url: str, store: Store, *ops: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{url}/sync/push", json={"ops": list(ops)}, headers=bearer(store))


def op(entity: str, entity_id: str, change: str, **fields: Any) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": change,
        "fields": fields,
        "hlc": hlc(),
    }


@pytest.fixture
def network(server_engine: Engine, tmp_path: Path):  # type: ignore[no-untyped-def]
    ids = seed_network(server_engine)
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        volunteer = Store.open(tmp_path / "vol.sqlite3")
        scope = f"volunteer:{ids['volunteer']['volunteer']}"
        enrolled(volunteer, server_engine, server.url, "vol", "volunteer", scope)
        yield server, van, volunteer, ids


def test_a_van_cannot_bring_another_tours_patron_into_its_scope(
    network: Any, server_engine: Engine
) -> None:
    server, van, _volunteer, ids = network
    foreign = ids["sud"]["patrons"][0]
    request = op(
        "requests",
        new_id(),
        "insert",
        patron_id=foreign,
        visit_id=ids["nord"]["visit"],
        channel="phone",
        kind="surprise",
    )
    response = push(server.url, van, request)
    assert response.status_code == 403 and response.json()["op_ids"] == [request["op_id"]]
    rows = httpx.post(
        f"{server.url}/sync/rows",
        json={"entity": "patrons", "ids": [foreign]},
        headers=bearer(van),
    )
    assert rows.json()["rows"] == []
    # Its own patron, at its own visit: taken, and the taker comes from the token.
    own = op(
        "requests",
        new_id(),
        "insert",
        patron_id=ids["nord"]["patrons"][0],
        visit_id=ids["nord"]["visit"],
        channel="phone",
        kind="surprise",
        taken_by="Quelqu'un d'autre",
    )
    assert push(server.url, van, own).json()["results"][0]["result"] == "applied"
    assert server_value(server_engine, "requests", own["entity_id"], "taken_by") == "van"


def test_a_volunteer_cannot_plan_itself_a_visit_to_any_beneficiary(
    network: Any, server_engine: Engine
) -> None:
    server, _van, volunteer, ids = network
    round_id = new_id()
    new_round = op(
        "rounds", round_id, "insert", date="2026-11-25", volunteer_id=ids["volunteer"]["volunteer"]
    )
    delivery = op(
        "deliveries",
        new_id(),
        "insert",
        round_id=round_id,
        beneficiary_id=ids["other_beneficiary"]["beneficiary"],
    )
    response = push(server.url, volunteer, new_round, delivery)
    assert response.status_code == 403
    assert set(response.json()["op_ids"]) == {new_round["op_id"], delivery["op_id"]}
    # Nor move one of its deliveries to another beneficiary.
    moved = op(
        "deliveries",
        ids["volunteer"]["beneficiaries"][0]["delivery"],
        "update",
        beneficiary_id=ids["other_beneficiary"]["beneficiary"],
    )
    assert push(server.url, volunteer, moved).status_code == 403
    rows = httpx.post(
        f"{server.url}/sync/rows",
        json={"entity": "patrons", "ids": [ids["other_beneficiary"]["patron"]]},
        headers=bearer(volunteer),
    )
    assert rows.json()["rows"] == []


def test_a_van_cannot_rewrite_an_item_but_may_change_its_location(
    network: Any, server_engine: Engine
) -> None:
    server, van, _volunteer, ids = network
    item = ids["items"][0]
    hacked = op("items", item, "update", barcode="HACKED-1", withdrawn=True)
    assert push(server.url, van, hacked).status_code == 403
    assert server_value(server_engine, "items", item, "barcode") == "I00000"
    assert not server_value(server_engine, "items", item, "withdrawn")
    moved = op("items", item, "update", location="van")
    assert push(server.url, van, moved).json()["results"][0]["result"] == "applied"


def test_the_pull_feed_names_no_row_outside_the_scope(
    network: Any, server_engine: Engine, tmp_path: Path
) -> None:
    server, van, _volunteer, ids = network
    coordinator = Store.open(tmp_path / "coord.sqlite3")
    enrolled(coordinator, server_engine, server.url, "coord", "coordinator", "all")
    sync.sync_once(coordinator.transactions())
    for patron in ids["sud"]["patrons"] + [ids["other_beneficiary"]["patron"]]:
        edit(coordinator, Patron, patron, phone="0633333333")
    sync.sync_once(coordinator.transactions())
    # A volunteer without any round sees nothing of anyone.
    nobody = new_id()
    with server_engine.begin() as conn:
        conn.execute(
            entity_tables()["volunteers"].insert().values(id=nobody, first_name="N", last_name="B")
        )
    empty = Store.open(tmp_path / "empty.sqlite3")
    enrolled(empty, server_engine, server.url, "empty", "volunteer", f"volunteer:{nobody}")
    foreign = set(ids["sud"]["patrons"]) | {ids["other_beneficiary"]["patron"]}
    for store in (van, empty):
        page = httpx.get(
            f"{server.url}/sync/pull", params={"after": 0, "limit": 50000}, headers=bearer(store)
        ).json()
        named = {change["id"] for change in page["changes"]}
        assert not named & foreign
        assert {change["op"] for change in page["changes"]} <= {"upsert", "delete"}


@pytest.mark.parametrize("role", [Role.CREW, Role.VOLUNTEER])
def test_every_change_the_role_table_forbids_is_refused_and_no_other(
    network: Any, role: Role
) -> None:
    """Generated from ``domain/access.py``: per role, entity and kind of change."""
    server, van, volunteer, _ids = network
    store = van if role is Role.CREW else volunteer
    mismatches = []
    for entity, table in entity_tables().items():
        allowed = rights(role, entity)
        columns = [c.name for c in table.c if c.name != "id"]
        outside = [c for c in columns if c not in allowed.update]
        inside = sorted(allowed.update - {ANY_FIELD})
        cases: list[tuple[dict[str, Any], bool]] = [
            (op(entity, new_id(), "insert"), allowed.create),
            (op(entity, new_id(), "delete"), allowed.delete),
        ]
        if outside and ANY_FIELD not in allowed.update:
            cases.append((op(entity, new_id(), "update", **{outside[0]: None}), False))
        if inside:
            cases.append((op(entity, new_id(), "update", **dict.fromkeys(inside)), True))
        for case, may_do in cases:
            response = push(server.url, store, case)
            refused_by_role = response.status_code == 403 and "non permises" in str(response.json())
            if refused_by_role == may_do:
                mismatches.append((entity, case["op"], sorted(case["fields"]), response.text))
            assert response.status_code < 500, response.text
    assert not mismatches
