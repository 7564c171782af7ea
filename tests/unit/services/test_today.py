"""Aujourd'hui: today's visits and rounds, drive work waiting, changes not yet synced."""

from __future__ import annotations

import datetime as dt

from bibliomobile.services.today import today_overview
from bibliomobile.store.models import Bag, Beneficiary, Delivery, Request, Round, Volunteer
from bibliomobile.store.uow import Store
from builders.circulation import build_world

TODAY = dt.date(2026, 3, 3)


def test_overview_counts_what_the_day_holds(store: Store) -> None:
    world = build_world(store, TODAY)
    next_visit = world.visits_a[TODAY + dt.timedelta(days=14)]
    with store.unit_of_work() as uow:
        s = uow.session
        ready = Request(
            patron_id=world.patrons[0], visit_id=world.visit_a_today, channel="phone", kind="titles"
        )
        soon = Request(
            patron_id=world.patrons[1],
            visit_id=world.visit_b_today,
            channel="email",
            kind="surprise",
        )
        later = Request(  # two weeks ahead: not yet to prepare
            patron_id=world.patrons[2], visit_id=next_visit, channel="portal", kind="titles"
        )
        s.add_all([ready, soon, later])
        s.flush()
        ready.status = "ready"
        s.add(
            Bag(code="B0000000000", status="ready", patron_id=world.patrons[0], request_id=ready.id)
        )
        volunteer = Volunteer(first_name="Josette", last_name="Martin")
        beneficiary = Beneficiary(patron_id=world.patrons[3])
        s.add_all([volunteer, beneficiary])
        s.flush()
        round_ = Round(date=TODAY, volunteer_id=volunteer.id, start_time=dt.time(14))
        s.add(round_)
        s.flush()
        s.add(Delivery(round_id=round_.id, beneficiary_id=beneficiary.id))
        # An empty duplicate of the round (a plan saved twice): nothing to do, not listed.
        s.add(Round(date=TODAY, volunteer_id=volunteer.id, start_time=dt.time(14)))
        uow.commit()
    with store.unit_of_work() as uow:
        overview = today_overview(uow, TODAY)
    assert [v.commune for v in overview.visits] == ["Saint-Amant", "Vic-le-Comte"]
    assert [(r.volunteer, r.deliveries) for r in overview.rounds] == [("Josette", 1)]
    assert overview.bags_to_hand_over == 1
    assert overview.requests_to_prepare == 1  # "soon"; "ready" is prepared, "later" can wait
    assert overview.changes_to_sync > 0  # nothing was pushed yet
    with store.unit_of_work() as uow:
        quiet = today_overview(uow, TODAY + dt.timedelta(days=1))
    assert quiet.visits == () and quiet.rounds == () and quiet.bags_to_hand_over == 0
