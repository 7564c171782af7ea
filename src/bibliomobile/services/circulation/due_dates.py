"""The due date of a loan: the stop's first visit after the tour's loan period."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, func, select

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.domain.loans import DEFAULT_LOAN_DAYS
from bibliomobile.domain.loans import due_date as compute_due_date
from bibliomobile.lang import Message
from bibliomobile.store.models import Delivery, Stop, StopVisit, Tour
from bibliomobile.store.uow import UnitOfWork

from .errors import CirculationError
from .log import reader
from .lookup import existing_patron


def _loan_days_and_stop(
    uow: UnitOfWork, visit_id: str | None, delivery_id: str | None, patron_id: str
) -> tuple[int, str | None]:
    """The loan period and the stop whose visits due dates fall on (None: no stop)."""
    session = uow.session
    if delivery_id is not None:
        if session.get(Delivery, delivery_id) is None:
            raise CirculationError(Message("circulation.tournee_portage_existe_cet"))
        return DEFAULT_LOAN_DAYS, None
    if visit_id is not None:
        row = reader(uow).execute(_VISIT_TOUR, {"visit_id": visit_id}).first()
        if row is None:
            raise CirculationError(Message("circulation.passage_existe_cet_appareil"))
        return int(row[0] or DEFAULT_LOAN_DAYS), str(row[1])
    stop_id = existing_patron(uow, patron_id).home_stop_id
    if stop_id is None:
        return DEFAULT_LOAN_DAYS, None
    loan_days = session.scalar(
        select(Tour.loan_days).join(Stop, Stop.tour_id == Tour.id).where(Stop.id == stop_id)
    )
    return int(loan_days or DEFAULT_LOAN_DAYS), stop_id


_VISIT_TOUR = (
    select(Tour.loan_days, StopVisit.stop_id)
    .select_from(StopVisit)
    .join(Stop, Stop.id == StopVisit.stop_id)
    .join(Tour, Tour.id == Stop.tour_id)
    .where(StopVisit.id == bindparam("visit_id"))
)
_FIRST_VISIT_FROM = select(func.min(StopVisit.date)).where(
    StopVisit.stop_id == bindparam("stop_id"),
    StopVisit.date >= bindparam("earliest"),
    StopVisit.status.in_([VisitStatus.PLANNED.value, VisitStatus.OPEN.value]),
)


def due_date_for(
    uow: UnitOfWork,
    *,
    patron_id: str,
    today: dt.date,
    visit_id: str | None = None,
    delivery_id: str | None = None,
) -> dt.date:
    """The due date of a loan made today at this visit (or delivery).

    The first planned visit of the stop on or after ``today + tour loan period``; for a
    delivery, or a stop without a planned visit that late, ``today + loan period``.
    Without a visit, the patron's usual stop is used.
    """
    loan_days, stop_id = _loan_days_and_stop(uow, visit_id, delivery_id, patron_id)
    earliest = today + dt.timedelta(days=loan_days)
    visits: list[dt.date] = []
    if stop_id is not None:
        first = reader(uow).scalar(_FIRST_VISIT_FROM, {"stop_id": stop_id, "earliest": earliest})
        if first is not None:
            visits.append(first)
    return compute_due_date(today, loan_days, visits)
