"""Home delivery on the demo network: the rounds of the next two weeks can be planned."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bibliomobile.services.demo.create import create_demo
from bibliomobile.services.home_delivery.due_visits import due_visits
from bibliomobile.services.home_delivery.planning import plan_rounds
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.store.models import Beneficiary, Patron, Volunteer
from bibliomobile.store.uow import Store

TODAY = dt.date(2026, 9, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The small demo of ``bibliomobile demo --items 2000 --patrons 300``."""
    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    create_demo(store.engine, items=2000, patrons=300, seed=7, today=TODAY)
    yield store
    store.close()


def test_every_beneficiary_commune_has_two_volunteers(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        volunteers = uow.session.scalars(select(Volunteer).where(Volunteer.active)).all()
        communes = uow.session.scalars(
            select(Patron.commune).join(Beneficiary, Beneficiary.patron_id == Patron.id)
        ).all()
        assert communes
        for commune in set(communes):
            covering = [v for v in volunteers if commune in (v.communes or ())]
            assert len(covering) >= 2, commune
            assert all(v.availability and v.start_latitude is not None for v in covering)


@pytest.mark.slow
def test_the_next_two_weeks_hold_most_due_visits(demo: Store) -> None:
    start = TODAY + dt.timedelta(days=1)
    end = start + dt.timedelta(days=13)
    with demo.unit_of_work() as uow:
        due = due_visits(uow, start, end)
        plan = plan_rounds(uow, start, end, PlanningSettings(time_budget_s=2))
    placed = sum(len(r.visits) for r in plan.rounds)
    reasons = Counter(str(d.reason) for d in plan.dropped)
    assert len(due) >= 30
    assert placed + len(plan.dropped) == len(due)  # nothing silently lost
    assert len(plan.dropped) <= len(due) // 10, f"not placed: {dict(reasons)}"
    assert all(str(d.reason) for d in plan.dropped)
    assert not plan.warnings
