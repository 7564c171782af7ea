"""A laptop that has not synced for N days (30 by default) locks its personal data: the
desk and Lecteurs show nobody, the round and its sheet do not open, until it syncs again."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskState, OutcomeKind
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.patrons import (
    browse_patrons,
    count_patrons,
    patron_detail,
    search_patrons,
)
from bibliomobile.services.sync.common import LAST_SYNC, TOKEN, write_setting
from bibliomobile.services.sync.purge import LOCK_DAYS
from bibliomobile.store.models import Round
from bibliomobile.store.uow import Store
from builders.circulation import World, build_world
from builders.home_delivery import build_home_world


def _synced(store: Store, days_ago: int, lock_days: str | None = None) -> None:
    when = dt.datetime.now().astimezone() - dt.timedelta(days=days_ago)
    with store.unit_of_work() as uow:
        write_setting(uow, TOKEN, "a-token")
        write_setting(uow, LAST_SYNC, when.isoformat(timespec="seconds"))
        if lock_days is not None:
            write_setting(uow, LOCK_DAYS, lock_days)
        uow.commit()


def _scan_card(store: Store, world: World) -> tuple[OutcomeKind, str]:
    with store.unit_of_work() as uow:
        outcome = Desk().scan(uow, DeskState(visit_id=world.visit_a_today), world.card(0))
        return outcome.kind, outcome.message


def test_the_desk_shows_nobody_on_a_laptop_not_synced_for_a_month(store: Store) -> None:
    world = build_world(store, dt.date.today())
    _synced(store, days_ago=29)
    assert _scan_card(store, world)[0] == OutcomeKind.PATRON
    _synced(store, days_ago=31)
    kind, message = _scan_card(store, world)
    assert kind == OutcomeKind.ERROR
    assert "verrouillées" in message and "30 jours" in message
    # The coordinator set a longer delay for this laptop.
    _synced(store, days_ago=31, lock_days="45")
    assert _scan_card(store, world)[0] == OutcomeKind.PATRON
    # A sync today unlocks it.
    _synced(store, days_ago=0, lock_days="30")
    assert _scan_card(store, world)[0] == OutcomeKind.PATRON


def test_a_round_and_its_sheet_do_not_open_until_the_laptop_syncs(store: Store) -> None:
    world = build_home_world(store)
    with store.unit_of_work() as uow:
        save_plan(
            uow, plan_rounds(uow, world.monday, world.monday, PlanningSettings(time_budget_s=0.3))
        )
        uow.commit()
    _synced(store, days_ago=40)
    with store.unit_of_work() as uow:
        round_id = uow.session.scalar(select(Round.id))
        assert round_id is not None
        with pytest.raises(HomeDeliveryError, match="Synchronisez"):
            round_sheet_pdf(uow, round_id)
    _synced(store, days_ago=1)
    with store.unit_of_work() as uow:
        assert round_sheet_pdf(uow, round_id).startswith(b"%PDF")


def test_lecteurs_finds_nobody_on_a_laptop_not_synced_for_a_month(store: Store) -> None:
    world = build_world(store, dt.date.today())
    _synced(store, days_ago=31)
    with store.unit_of_work() as uow:
        assert search_patrons(uow, "Nom0") == []
        assert search_patrons(uow, world.card(0)) == []
        assert count_patrons(uow) == 0
        assert browse_patrons(uow, 0, 50) == []
        assert patron_detail(uow, world.patrons[0]) is None
    _synced(store, days_ago=0)
    with store.unit_of_work() as uow:
        assert [row.last_name for row in search_patrons(uow, "Nom0")] == ["Nom0"]
        assert count_patrons(uow) == 6
        assert len(browse_patrons(uow, 0, 50)) == 6
        detail = patron_detail(uow, world.patrons[0])
        assert detail is not None and detail.last_name == "Nom0"
