"""``simulate`` takes drive requests, prepares bags, hands them over or records no-shows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.simulate import days as simulate
from bibliomobile.store.models import Bag, Request
from bibliomobile.store.uow import Store
from builders.drive import DAY, build


def test_simulated_days_run_the_whole_drive(store: Store) -> None:
    world = build(store)
    only_drive = [a for a in simulate.ACTIVITIES if a.name == "drive"]
    report = simulate.simulate(
        store.transactions(),
        days=11,
        seed=4,
        start=DAY - dt.timedelta(days=10),
        activities=only_drive,
    )
    counts = report.counts
    taken = counts.get("drive : demandes prises", 0)
    assert taken >= 3
    assert counts.get("drive : sacs préparés", 0) >= 1
    handed = counts.get("drive : sacs remis", 0)
    missed = counts.get("drive : non retirés", 0)
    assert handed >= 1
    with store.unit_of_work() as uow:
        statuses = dict(
            uow.session.execute(
                select(Request.status, func.count())
                .where(Request.visit_id == world.visit_id)
                .group_by(Request.status)
            ).all()
        )
        assert statuses.get("collected", 0) == handed
        assert statuses.get("no_show", 0) == missed
        assert not {"new", "preparing", "ready"} & set(statuses)  # the visit is over
        held = sum(r.bags_held for r in drive_bags.bag_stock(uow))
        assert held == handed
        assert uow.session.scalar(select(func.count()).select_from(Bag)) >= handed


@pytest.mark.slow
def test_same_seed_same_drive_activity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = []
    for name in ("a", "b"):
        store = Store.open(tmp_path / f"{name}.sqlite3")
        build(store)
        only_drive = [a for a in simulate.ACTIVITIES if a.name == "drive"]
        reports.append(
            simulate.simulate(
                store.transactions(),
                days=11,
                seed=9,
                start=DAY - dt.timedelta(days=10),
                activities=only_drive,
            ).counts
        )
        store.close()
    assert reports[0] == reports[1]
