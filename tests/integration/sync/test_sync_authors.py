"""The server records the person behind each change: the name of the user signed in on
the laptop travels with each op, is kept with the op and with the conflict it leads to,
and shows in the review list and in ``bibliomobile-server changes``. The device is always
the token's, whatever the payload says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select

from bibliomobile.server.models import applied_ops, conflicts, devices
from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.services.users import add_user, sign_in
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network

pytestmark = pytest.mark.slow


def test_each_op_keeps_the_person_who_made_it_and_the_audit_shows_it(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    first, second = vol["beneficiaries"][0], vol["beneficiaries"][1]
    with running(server_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop,
            server_engine,
            server.url,
            "vera-pc",
            "volunteer",
            f"volunteer:{vol['volunteer']}",
        )
        sync.sync_once(laptop.transactions())
        with laptop.unit_of_work() as uow:
            vera = add_user(uow, "Véra Martin", "volunteer", "2580")
            uow.commit()
        with laptop.unit_of_work() as uow:
            laptop.person.name = sign_in(uow, vera, "2580").name
        with laptop.unit_of_work() as uow:
            record_outcome(uow, first["delivery"], "absent")
            uow.commit()
        laptop.person.name = None  # locked: a change now names nobody
        with laptop.unit_of_work() as uow:
            record_outcome(uow, second["delivery"], "refused")
            uow.commit()

        sync.sync_once(laptop.transactions())

        with server_engine.connect() as conn:
            by_entity = {
                (row.entity, row.entity_id): row.author
                for row in conn.execute(
                    select(applied_ops.c.entity, applied_ops.c.entity_id, applied_ops.c.author)
                )
            }
            assert by_entity[("deliveries", first["delivery"])] == "Véra Martin"
            assert by_entity[("deliveries", second["delivery"])] is None
        laptop.close()

    url = (
        str(tmp_path / "server.sqlite3")  # the sqlite_engine fixture's file
        if server_engine.dialect.name == "sqlite"
        else server_engine.url.render_as_string(hide_password=False)
    )
    audit = subprocess.run(
        [sys.executable, "-m", "bibliomobile.server.cli", "changes", "--db", url,
         "--entity", "deliveries"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = audit.stdout.splitlines()
    assert len(lines) == 2
    named = f"vera-pc\tVéra Martin\tupdate deliveries {first['delivery']}"
    assert any(named in line for line in lines)
    assert any("(personne non nommée)" in line and second["delivery"] in line for line in lines)


def test_the_device_is_the_tokens_and_the_review_list_names_the_person(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        op = {
            "op_id": "op-1",
            "entity": "patrons",
            "entity_id": ids["nord"]["patrons"][0],
            "op": "update",
            "fields": {"phone": "0600"},
            "hlc": "0001790000000000-0000-dev",
            "device_id": "someone-else",
            "author": "Paul Ory",
        }
        wrong = {**op, "op_id": "op-2", "fields": {"max_loans": "beaucoup"}}
        response = httpx.post(
            f"{server.url}/sync/push",
            json={"ops": [op, wrong]},
            headers={"Authorization": f"Bearer {van.setting(TOKEN)}"},
        )
        assert [r["result"] for r in response.json()["results"]] == ["applied", "rejected"]
        van.close()

        # The coordinator's review list names the person behind the refused op.
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        response = httpx.get(
            f"{server.url}/sync/reviews",
            headers={"Authorization": f"Bearer {office.setting(TOKEN)}"},
        )
        assert [(r["entity"], r["author"]) for r in response.json()] == [("patrons", "Paul Ory")]
        office.close()
    with server_engine.connect() as conn:
        row = conn.execute(select(applied_ops.c.device_id, applied_ops.c.author)).one()
        van_id = conn.scalar(select(devices.c.id).where(devices.c.name == "van"))
        kept = conn.execute(select(conflicts.c.device_id, conflicts.c.author)).one()
    assert row.author == "Paul Ory" and row.device_id == van_id
    assert kept.author == "Paul Ory" and kept.device_id == van_id
