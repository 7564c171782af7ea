"""A welfare concern raised offline on a volunteer's laptop reaches the coordinators' alert
list at the next sync; the laptop only ever holds that volunteer's round."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bibliomobile.services.home_delivery.access_notes import reveal_for_visit
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.rounds import device_volunteer, volunteer_rounds
from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.home_delivery.welfare import (
    flag_welfare_concern,
    handle_welfare_alert,
    welfare_alerts,
)
from bibliomobile.services.sync import client as sync
from bibliomobile.store.models import Delivery
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network


def test_a_concern_raised_offline_reaches_the_office_at_the_next_sync(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    vol = ids["volunteer"]
    day = dt.date.today()  # the seeded round is today
    with running(sqlite_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, sqlite_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, sqlite_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(laptop.transactions())
        sync.sync_once(office.transactions())

        with laptop.unit_of_work() as uow:
            assert device_volunteer(uow) == vol["volunteer"]
            (round_,) = volunteer_rounds(uow, vol["volunteer"], day)
        assert [s.delivery_id for s in round_.stops] == [
            b["delivery"] for b in vol["beneficiaries"]
        ]
        first = round_.stops[0]
        # The note opens on demand, for today's visit only.
        assert first.has_access_note
        with laptop.unit_of_work() as uow:
            assert reveal_for_visit(uow, first.delivery_id) == "code 1234"
            with pytest.raises(HomeDeliveryError, match="jour de la visite"):
                reveal_for_visit(uow, first.delivery_id, today=day + dt.timedelta(days=1))

        # Offline, at the door: nobody answers, the volunteer is worried.
        with laptop.unit_of_work() as uow:
            record_outcome(uow, first.delivery_id, "absent", note="volets fermés")
            uow.commit()
        with laptop.unit_of_work() as uow:
            flag_welfare_concern(uow, first.delivery_id, "N'a pas répondu trois fois")
            uow.commit()
        with office.unit_of_work() as uow:
            assert welfare_alerts(uow) == []  # not synced yet

        sync.sync_once(laptop.transactions())
        sync.sync_once(office.transactions())
        with office.unit_of_work() as uow:
            alerts = welfare_alerts(uow)
            assert [(a.delivery_id, a.outcome, a.note, a.volunteer_name) for a in alerts] == [
                (first.delivery_id, "absent", "N'a pas répondu trois fois", "Vera Bénévole")
            ]
            handle_welfare_alert(uow, first.delivery_id, "Coordinatrice")
            uow.commit()
        sync.sync_once(office.transactions())
        sync.sync_once(laptop.transactions())
        with laptop.unit_of_work() as uow:
            assert welfare_alerts(uow) == []  # handled: it leaves every list
            visit = uow.session.get(Delivery, first.delivery_id)
            assert visit is not None and visit.welfare_note is None  # and the note expires
        laptop.close()
        office.close()
