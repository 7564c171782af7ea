"""Aujourd'hui: the day at a glance (visits, rounds, what is waiting, what is unsynced)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import BagStatus, RequestStatus
from bibliomobile.services.bookmobile.visits import VisitRow, visits_on
from bibliomobile.store.models import (
    Bag,
    Delivery,
    OutboxEntry,
    Request,
    Round,
    StopVisit,
    Volunteer,
)
from bibliomobile.store.uow import UnitOfWork

PREPARE_AHEAD_DAYS = 7
"""Drive requests for visits within this many days count as "to prepare"."""


@dataclass(frozen=True, slots=True)
class RoundRow:
    """A home-delivery round of the day (the volunteer by first name only)."""

    round_id: str
    volunteer: str
    deliveries: int
    status: str
    start_time: dt.time | None
    volunteer_id: str = ""


@dataclass(frozen=True, slots=True)
class TodayOverview:
    """Everything the "Aujourd'hui" page shows."""

    day: dt.date
    visits: tuple[VisitRow, ...]
    rounds: tuple[RoundRow, ...]
    bags_to_hand_over: int
    requests_to_prepare: int
    changes_to_sync: int


def today_overview(uow: UnitOfWork, day: dt.date | None = None) -> TodayOverview:
    """The visits and rounds of ``day`` (today by default) and what is waiting."""
    when = day or dt.date.today()
    session = uow.session
    rounds = session.execute(
        select(
            Round.id,
            Volunteer.first_name,
            Round.status,
            Round.start_time,
            func.count(Delivery.id),
            Volunteer.id,
        )
        .join(Volunteer, Volunteer.id == Round.volunteer_id)
        .join(Delivery, Delivery.round_id == Round.id)  # a round with no visit is not shown
        .where(Round.date == when)
        .group_by(Round.id)
        .order_by(Round.start_time, Volunteer.first_name)
    ).all()
    todays_visits = select(StopVisit.id).where(StopVisit.date == when)
    bags = session.scalar(
        select(func.count(Bag.id))
        .join(Request, Request.id == Bag.request_id)
        .where(Bag.status == BagStatus.READY.value, Request.visit_id.in_(todays_visits))
    )
    coming_visits = select(StopVisit.id).where(
        StopVisit.date >= when, StopVisit.date <= when + dt.timedelta(days=PREPARE_AHEAD_DAYS)
    )
    requests = session.scalar(
        select(func.count(Request.id)).where(
            Request.status.in_([RequestStatus.NEW.value, RequestStatus.PREPARING.value]),
            Request.visit_id.in_(coming_visits),
        )
    )
    pending = session.scalar(select(func.count()).select_from(OutboxEntry))
    return TodayOverview(
        day=when,
        visits=tuple(visits_on(uow, when)),
        rounds=tuple(
            RoundRow(str(rid), str(first), int(n), str(status), start, str(vid))
            for rid, first, status, start, n, vid in rounds
        ),
        bags_to_hand_over=int(bags or 0),
        requests_to_prepare=int(requests or 0),
        changes_to_sync=int(pending or 0),
    )
