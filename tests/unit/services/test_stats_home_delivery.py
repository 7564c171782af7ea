"""Home-delivery statistics and their CSV for French Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.stats import home_delivery_stats, stats_csv
from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.home_delivery.welfare import flag_welfare_concern
from bibliomobile.store.models import Bag, BagItem, Delivery, Round
from bibliomobile.store.uow import Store
from builders.home_delivery import build_home_world


def _round(store: Store, volunteer: str, day: dt.date, beneficiaries: list[str]) -> list[str]:
    with store.unit_of_work() as uow:
        round_ = Round(
            date=day, volunteer_id=volunteer, start_time=dt.time(9, 0), end_time=dt.time(11, 30)
        )
        uow.session.add(round_)
        uow.session.flush()
        ids = []
        for position, beneficiary in enumerate(beneficiaries):
            delivery = Delivery(round_id=round_.id, beneficiary_id=beneficiary, position=position)
            uow.session.add(delivery)
            uow.session.flush()
            ids.append(delivery.id)
        uow.commit()
        return ids


def test_monthly_figures_and_csv(store: Store) -> None:
    world = build_home_world(store)
    march = world.monday
    april = dt.date(2026, 4, 6)
    first = _round(store, world.volunteers[0], march, world.beneficiaries[:3])
    with store.unit_of_work() as uow:  # "delivered" needs a bag: one document each
        for code, delivery, title in (
            ("B0000000TT", first[0], "Le Horla"),
            ("B0000002TT", first[1], "L'Étranger"),
        ):
            bag = Bag(code=code, delivery_id=delivery)
            uow.session.add(bag)
            uow.session.flush()
            uow.session.add(BagItem(bag_id=bag.id, item_id=world.items[title]))
        uow.commit()
    at = dt.datetime.combine(march, dt.time(9, 30))
    for delivery, outcome in zip(first, ("delivered", "delivered", "absent"), strict=True):
        with store.unit_of_work() as uow:
            record_outcome(uow, delivery, outcome, now=at)
            uow.commit()
    with store.unit_of_work() as uow:
        flag_welfare_concern(uow, first[2], "Ne répond pas")
        uow.commit()
    second = _round(store, world.volunteers[0], april, world.beneficiaries[:1])
    with store.unit_of_work() as uow:
        bag = Bag(code="B0000001TT", delivery_id=second[0])
        uow.session.add(bag)
        uow.session.flush()
        uow.session.add(BagItem(bag_id=bag.id, item_id=world.items["La Peste"]))
        uow.commit()
    with store.unit_of_work() as uow:
        record_outcome(uow, second[0], "delivered", now=dt.datetime.combine(april, at.time()))
        uow.commit()
    # A planned round with no outcome yet counts no hours.
    _round(store, world.volunteers[0], dt.date(2026, 4, 20), world.beneficiaries[1:2])

    with store.unit_of_work() as uow:
        rows = home_delivery_stats(uow, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    by_month = {r.month: r for r in rows}
    assert list(by_month) == ["2026-03", "2026-04", "Total"]
    assert by_month["2026-03"].visits == 3
    assert by_month["2026-03"].deliveries == 2
    assert by_month["2026-03"].beneficiaries_served == 2
    assert by_month["2026-03"].items_delivered == 2
    assert by_month["2026-03"].volunteer_hours == 2.5
    assert by_month["2026-03"].welfare_concerns == 1
    assert by_month["2026-04"].volunteer_hours == 2.5  # the planned round is not counted
    total = by_month["Total"]
    assert (total.deliveries, total.beneficiaries_served, total.volunteer_hours) == (3, 2, 5.0)

    data = stats_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 accents right
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert lines[0][:3] == ["Mois", "Visites effectuées", "Livraisons"]
    assert lines[1] == ["2026-03", "3", "2", "2", "2", "2,50", "1"]
    assert lines[-1][0] == "Total"


def test_a_period_ending_before_it_starts_is_refused(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="fin de la période"):
        home_delivery_stats(uow, dt.date(2026, 3, 31), dt.date(2026, 3, 1))
