""" "Déjà lu" on a volunteer's laptop: for the titles of its bags only, a flag that the
person already borrowed the title once; never the loans themselves (no reading history).
The flags leave with the visit; a van's laptop is refused them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, insert, select, update

from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import entity_tables
from bibliomobile.services.home_delivery.rounds import round_view
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.store.models import CirculationEvent, ReadFlag
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network

pytestmark = pytest.mark.slow


def _bag_with_a_title_read_before(engine: Engine, ids: dict[str, Any]) -> tuple[str, str]:
    """A bag for the first visit of the round: the titles of items 0 and 1; the person
    borrowed (and returned) another copy of title 0 from the van last year."""
    t = entity_tables()
    first = ids["volunteer"]["beneficiaries"][0]
    with engine.begin() as conn:
        bag = new_id()
        conn.execute(
            insert(t["bags"]).values(
                id=bag, code="B0000000001", status="ready", delivery_id=first["delivery"]
            )
        )
        for item in ids["items"][:2]:
            conn.execute(insert(t["bag_items"]).values(id=new_id(), bag_id=bag, item_id=item))
        copy = new_id()
        conn.execute(
            insert(t["items"]).values(
                id=copy,
                barcode="I09999",
                record_id=ids["records"][0],
                home_library_id=ids["library"],
            )
        )
        last_year = dt.datetime.now() - dt.timedelta(days=365)
        for kind, patron in (("checkout", first["patron"]), ("checkin", None)):
            conn.execute(
                insert(t["circulation_events"]).values(
                    id=new_id(),
                    kind=kind,
                    item_id=copy,
                    patron_id=patron,
                    visit_id=ids["nord"]["visit"],
                    occurred_at=last_year,
                    hlc=f"000{int(last_year.timestamp() * 1000):013d}-0000-van",
                    device_id="van",
                )
            )
    return first["delivery"], first["beneficiary"]


def test_a_volunteer_sees_already_read_titles_of_its_bags_without_any_history(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    delivery, beneficiary = _bag_with_a_title_read_before(server_engine, ids)
    vol = ids["volunteer"]
    with running(server_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, server_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        sync.sync_once(laptop.transactions())

        with laptop.reader() as session:
            flags = session.execute(select(ReadFlag.delivery_id, ReadFlag.record_id)).all()
            history = session.scalars(select(CirculationEvent.id)).all()
        assert [tuple(f) for f in flags] == [(delivery, ids["records"][0])]
        assert history == []  # the earlier loan itself never reaches the laptop
        with laptop.unit_of_work() as uow:
            stop = next(s for s in round_view(uow, vol["round"]).stops if s.delivery_id == delivery)
        read = {line.barcode: line.already_read for line in stop.items}
        assert read == {"I00000": True, "I00001": False}

        # A van's laptop gets no such flags.
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        answer = httpx.get(
            f"{server.url}/sync/read-flags",
            headers={"Authorization": f"Bearer {van.setting(TOKEN)}"},
        )
        assert answer.status_code == 403
        van.close()

        # The person's delivery ends: the visit, and its flags, leave the laptop.
        with server_engine.begin() as conn:
            beneficiaries = entity_tables()["beneficiaries"]
            conn.execute(
                update(beneficiaries)
                .where(beneficiaries.c.id == beneficiary)
                .values(status="ended")
            )
        sync.sync_once(laptop.transactions())
        with laptop.reader() as session:
            assert session.scalars(select(ReadFlag.record_id)).all() == []
        laptop.close()
