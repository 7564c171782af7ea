"""Loans and drive requests of a cancelled or moved visit go to the stop's next visit.

- loans due at it get the next visit of the same stop as due date. The circulation log
  is append-only, so this is a ``renew`` event with the new due date, ``flag`` =
  :data:`RESCHEDULED_FLAG`, the visit as ``visit_id`` and a French ``override_reason``
  ("Passage annulé du …"); the loan derivation of the circulation desk (latest
  effective checkout/renew) sees the new due date at once, and nobody edits a due date
  by hand;
- drive requests for it go to the next visit of the same stop when it has room in a
  pickup slot (``Request.moved_from_visit_id`` remembers where they came from),
  otherwise they stay on the cancelled visit, flagged for a coordinator.

Used by :mod:`bibliomobile.services.bookmobile.visit_changes`; every write goes through
the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select

from bibliomobile.domain.enums import CirculationKind, RequestStatus, VisitStatus
from bibliomobile.services.bookmobile.visit_generation import generate_visits
from bibliomobile.store.models import (
    CirculationEvent,
    Patron,
    PickupSlot,
    Request,
    Stop,
    StopVisit,
)
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork

RESCHEDULED_FLAG = "rescheduled"
"""``CirculationEvent.flag`` of a due date moved because its visit was cancelled or moved.

Such an event is made by the timetable, not by the patron: it is not a renewal the
patron asked for (renewal limits, visit statistics and "undo" should leave it out).
"""

ACTIVE_REQUEST_STATUSES = (
    RequestStatus.NEW.value,
    RequestStatus.PREPARING.value,
    RequestStatus.READY.value,
)

#: How far ahead to look (and generate visits) for the next visit of a stop.
NEXT_VISIT_HORIZON = dt.timedelta(days=180)


def next_visit(
    uow: UnitOfWork, stop_id: str, after: dt.date, *, excluding: str | None = None
) -> StopVisit | None:
    """The first visit of the stop after the day ``after`` that is not cancelled.

    Visits are generated from the stop's rules first if the calendar does not reach
    that far yet.
    """

    def find() -> StopVisit | None:
        return uow.session.scalar(
            select(StopVisit)
            .where(StopVisit.stop_id == stop_id)
            .where(StopVisit.date > after)
            .where(StopVisit.status != VisitStatus.CANCELLED.value)
            .where(StopVisit.id != (excluding or ""))
            .order_by(StopVisit.date, StopVisit.start_time)
            .limit(1)
        )

    found = find()
    if found is None:
        stop = uow.session.get(Stop, stop_id)
        if stop is not None and stop.active:
            generate_visits(
                uow,
                stop_id=stop_id,
                start=after + dt.timedelta(days=1),
                end=after + NEXT_VISIT_HORIZON,
            )
            found = find()
    return found


def loans_due(uow: UnitOfWork, stop_id: str, due: dt.date) -> list[tuple[str, str | None]]:
    """Open loans due on ``due`` whose due date is a visit of this stop: (item, patron).

    The stop of a loan is the one of the visit of the event that set its due date; a
    loan made away from a visit (at the library) follows the patron's home stop, as in
    the circulation desk.
    """
    loans = current_loans(uow.session)
    rows = uow.session.execute(
        select(
            loans.item_id,
            loans.patron_id,
            CirculationEvent.visit_id,
            StopVisit.stop_id,
            Patron.home_stop_id,
        )
        .join(CirculationEvent, CirculationEvent.id == loans.event_id)
        .outerjoin(StopVisit, StopVisit.id == CirculationEvent.visit_id)
        .outerjoin(Patron, Patron.id == loans.patron_id)
        .where(loans.due_date == due)
        .where(
            or_(
                StopVisit.stop_id == stop_id,
                (CirculationEvent.visit_id.is_(None)) & (Patron.home_stop_id == stop_id),
            )
        )
        .order_by(loans.patron_id, loans.item_id)
    ).all()
    return [(str(item_id), patron_id) for item_id, patron_id, _visit, _stop, _home in rows]


def reschedule_loans(
    uow: UnitOfWork, cause: StopVisit, due: dt.date, target: StopVisit | None, why: str
) -> int:
    """Give the loans due on ``due`` at the stop of ``cause`` the date of ``target``.

    Returns:
        The number of loans rescheduled (0 without a target).
    """
    if target is None:
        return 0
    now = dt.datetime.now().replace(microsecond=0)
    count = 0
    for item_id, patron_id in loans_due(uow, cause.stop_id, due):
        uow.session.add(
            CirculationEvent(
                kind=CirculationKind.RENEW.value,
                item_id=item_id,
                patron_id=patron_id,
                visit_id=cause.id,
                due_date=target.date,
                occurred_at=now,
                hlc=str(uow.clock.now()),
                device_id=uow.device_id,
                override_reason=f"{why} : retour reporté au {target.date:%d/%m/%Y}",
                flag=RESCHEDULED_FLAG,
            )
        )
        count += 1
    uow.session.flush()
    return count


def active_requests(uow: UnitOfWork, visit_id: str) -> list[Request]:
    """The drive requests still waiting for this visit, in the order they were taken."""
    return list(
        uow.session.scalars(
            select(Request)
            .where(Request.visit_id == visit_id)
            .where(Request.status.in_(ACTIVE_REQUEST_STATUSES))
            .order_by(Request.taken_at, Request.id)
        )
    )


def _slot_with_room(uow: UnitOfWork, visit_id: str, wanted: dt.time | None) -> PickupSlot | None:
    """A slot of the visit with room left, the one starting closest to ``wanted`` first."""
    taken = (
        select(Request.slot_id, func.count().label("n"))
        .where(Request.status.in_(ACTIVE_REQUEST_STATUSES))
        .group_by(Request.slot_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(PickupSlot, func.coalesce(taken.c.n, 0))
        .outerjoin(taken, taken.c.slot_id == PickupSlot.id)
        .where(PickupSlot.visit_id == visit_id)
        .order_by(PickupSlot.start)
    ).all()
    free: list[PickupSlot] = [slot for slot, used in rows if int(used) < slot.capacity]
    if not free:
        return None
    if wanted is None:
        return free[0]

    def distance(slot: PickupSlot) -> int:
        return abs((slot.start.hour * 60 + slot.start.minute) - (wanted.hour * 60 + wanted.minute))

    return min(free, key=distance)


def move_requests(
    uow: UnitOfWork, cancelled: StopVisit, target: StopVisit | None
) -> tuple[int, int]:
    """Move the active drive requests of ``cancelled`` to ``target`` where a slot has room.

    Returns:
        How many requests moved, and how many stayed, flagged for a coordinator.
    """
    moved = flagged = 0
    for request in active_requests(uow, cancelled.id):
        if target is None:
            flagged += 1
            continue
        if request.slot_id is None:
            new_slot_id = None
        else:
            old_slot = uow.session.get(PickupSlot, request.slot_id)
            slot = _slot_with_room(uow, target.id, old_slot.start if old_slot else None)
            if slot is None:
                flagged += 1
                continue
            new_slot_id = slot.id
        request.visit_id = target.id
        request.slot_id = new_slot_id
        request.moved_from_visit_id = cancelled.id
        uow.session.flush()  # the next request sees this one in the slot counts
        moved += 1
    return moved, flagged
