"""Home delivery in ``bibliomobile simulate``: each weekday the coordinator plans the rest
of the week and fills the bags of the day, then the volunteers play their rounds.

Everything goes through the same services as the Portage workspace, each action a
transaction of its own. The planner runs with a short budget (``day.planning_budget_s``,
one second a weekday by default), so the rounds of a seed may differ slightly between
runs: the solver is time-limited.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bibliomobile.domain.enums import DeliveryOutcome, RoundStatus
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.rounds import round_view, rounds_between
from bibliomobile.services.home_delivery.selection import prepare_bag, suggest_items
from bibliomobile.services.home_delivery.visit_outcomes import (
    record_feedback,
    record_outcome,
    return_item,
)
from bibliomobile.services.home_delivery.welfare import flag_welfare_concern
from bibliomobile.services.simulate.common import SimulatedDay
from bibliomobile.store.models import Beneficiary, CirculationEvent, Item
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork

ITEMS_PER_BAG = 3
WELFARE_NOTES = (
    "N'a pas répondu trois fois, volets fermés",
    "Semblait fatiguée et un peu perdue",
    "Voisine inquiète : ne l'a pas vue depuis plusieurs jours",
)


def _plan_and_fill(day: SimulatedDay) -> None:
    """Plan (again) the rest of the week, then fill the bags of today's rounds.

    Planning the whole rest of the week gives each due person every day they are at
    home; visits of the coming days may move at the next planning, as in real life.
    """
    friday = day.date + dt.timedelta(days=4 - day.date.weekday())
    settings = PlanningSettings(time_budget_s=day.planning_budget_s)
    plan = day.act(plan_rounds, day.date, friday, settings)
    if not plan.rounds:
        return
    day.act(save_plan, plan)
    if day.date.weekday() == 0 or day.counts["portage : planifications"] == 0:
        day.count("portage : visites impossibles à placer", len(plan.dropped))
    day.count("portage : planifications")
    round_ids = [r.round_id for r in day.act(rounds_between, day.date, day.date)]
    for round_id in round_ids:
        stops = day.act(round_view, round_id).stops
        for stop in stops:
            if stop.bag_code or stop.outcome:
                continue
            picks = day.act(suggest_items, stop.beneficiary_id, ITEMS_PER_BAG, today=day.date)
            if not picks:
                continue
            day.act(prepare_bag, stop.delivery_id, [p.item_id for p in picks])
            day.count("portage : sacs préparés")


def _held_from_home_delivery(uow: UnitOfWork, beneficiary_id: str) -> list[str]:
    """Barcodes the beneficiary holds from earlier home deliveries."""
    patron_id = uow.session.scalar(
        select(Beneficiary.patron_id).where(Beneficiary.id == beneficiary_id)
    )
    loans = current_loans(uow.session)
    rows = uow.session.scalars(
        select(Item.barcode)
        .join(loans, loans.item_id == Item.id)
        .join(CirculationEvent, CirculationEvent.id == loans.event_id)
        .where(loans.patron_id == patron_id)
        .where(CirculationEvent.delivery_id.is_not(None))
        .order_by(Item.barcode)
    )
    return list(rows)


def _outcome(day: SimulatedDay) -> str:
    roll = day.rng.random()
    if roll < 0.82:
        return DeliveryOutcome.DELIVERED.value
    if roll < 0.92:
        return DeliveryOutcome.ABSENT.value
    if roll < 0.97:
        return DeliveryOutcome.POSTPONED.value
    return DeliveryOutcome.REFUSED.value


def _play(day: SimulatedDay, round_id: str) -> None:
    rng = day.rng
    stops = day.act(round_view, round_id).stops
    for stop in stops:
        if stop.outcome is not None:
            continue
        at = dt.datetime.combine(day.date, stop.planned_time or dt.time(10, 0))
        outcome = _outcome(day)
        if outcome == DeliveryOutcome.DELIVERED.value and not stop.items:
            outcome = DeliveryOutcome.POSTPONED.value  # no bag prepared: nothing to deliver
        if outcome == DeliveryOutcome.DELIVERED.value:
            for barcode in day.act(_held_from_home_delivery, stop.beneficiary_id):
                if rng.random() < 0.7:
                    day.act(return_item, stop.delivery_id, barcode, now=at)
                    day.count("portage : documents rendus")
        try:
            day.act(record_outcome, stop.delivery_id, outcome, now=at)
        except (HomeDeliveryError, CirculationError):
            day.count("portage : issues refusées")
            continue
        day.count(f"portage : visites ({outcome})")
        if outcome == DeliveryOutcome.DELIVERED.value:
            day.count("portage : documents livrés", len(stop.items))
            for line in stop.items:
                if rng.random() < 0.4:
                    day.act(record_feedback, stop.delivery_id, line.item_id, rng.random() < 0.75)
                    day.count("portage : avis sur des documents")
        if rng.random() < 0.02:
            day.act(flag_welfare_concern, stop.delivery_id, rng.choice(WELFARE_NOTES))
            day.count("portage : alertes bien-être")


def volunteers_rounds(day: SimulatedDay) -> None:
    """Plan today's rounds, fill their bags, and play them door by door."""
    if day.date.weekday() >= 5:
        return
    _plan_and_fill(day)
    today = [
        r.round_id
        for r in day.act(rounds_between, day.date, day.date)
        if r.status in (RoundStatus.PLANNED.value, RoundStatus.IN_PROGRESS.value)
    ]
    for round_id in today:
        _play(day, round_id)
        day.count("portage : tournées faites")
    if today:
        day.count("portage : jours avec des tournées")
