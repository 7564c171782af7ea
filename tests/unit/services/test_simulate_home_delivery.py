"""``simulate`` plans and plays the volunteers' rounds through the real services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bibliomobile.services.simulate import home_delivery as simulate_home_delivery
from bibliomobile.services.simulate.common import Activity
from bibliomobile.services.simulate.days import ACTIVITIES, simulate
from bibliomobile.store.models import CirculationEvent, Delivery, Round
from bibliomobile.store.uow import Store
from builders.home_delivery import build_home_world


def test_the_portage_activity_is_registered() -> None:
    assert "portage" in [a.name for a in ACTIVITIES]


@pytest.mark.slow
def test_a_week_of_rounds_with_outcomes(store: Store) -> None:
    world = build_home_world(store)
    report = simulate(
        store.transactions(),
        days=7,
        seed=3,
        start=world.monday,
        activities=[Activity("portage", simulate_home_delivery.volunteers_rounds)],
        planning_budget_s=0.3,
    )
    counts = report.counts
    assert counts["portage : planifications"] >= 2  # weekdays with someone still due
    assert counts["portage : tournées faites"] >= 2  # capacity 3 a day for 4 people
    assert counts["portage : sacs préparés"] >= 3  # until the large-print shelf is empty
    with store.unit_of_work() as uow:
        rounds = list(uow.session.execute(select(Round.date)).scalars())
        assert all(d.weekday() < 5 for d in rounds)  # nobody works at the weekend
        outcomes = list(uow.session.scalars(select(Delivery.outcome)))
        assert outcomes and None not in outcomes  # every planned visit was played
        lent = uow.session.execute(
            select(CirculationEvent.kind, CirculationEvent.occurred_at).where(
                CirculationEvent.delivery_id.is_not(None)
            )
        ).all()
    delivered = sum(v for k, v in counts.items() if k == "portage : visites (delivered)")
    assert delivered == outcomes.count("delivered")
    assert len([e for e in lent if e.kind == "checkout"]) == counts.get(
        "portage : documents livrés", 0
    )
    assert all(e.occurred_at.date() >= world.monday for e in lent)
    assert max(rounds) <= world.monday + dt.timedelta(days=4)
