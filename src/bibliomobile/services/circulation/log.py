"""The circulation log: which events count, appending one, reading the loan index.

The log is append-only; an undone event stays and a later UNDO event points at it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Connection, or_, select
from sqlalchemy.orm import aliased

from bibliomobile.domain.age_groups import age_group
from bibliomobile.domain.enums import CirculationKind
from bibliomobile.store.models import CirculationEvent, Patron
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork

NO_LOAN_FLAG = "no_loan"
"""``CirculationEvent.flag`` of a return of an item nobody held (kept, for review)."""


def desk_action() -> ColumnElement[bool]:
    """Events a person did at a desk (not made by the system, e.g. a due date moved
    because a visit was cancelled): the only ones undo, summaries and exports count."""
    return or_(CirculationEvent.flag.is_(None), CirculationEvent.flag == NO_LOAN_FLAG)


def undone() -> ColumnElement[bool]:
    """True for an event that a later UNDO event cancelled (the log keeps both)."""
    undo = aliased(CirculationEvent)
    return (
        select(undo.id)
        .where(
            undo.item_id == CirculationEvent.item_id,
            undo.kind == CirculationKind.UNDO.value,
            undo.undoes_id == CirculationEvent.id,
        )
        .exists()
    )


def not_undone() -> ColumnElement[bool]:
    """True for an event no UNDO event cancelled, for queries over many events (a
    year's statistics): the undone ids are listed once, where :func:`undone` looks
    them up event by event (fast for a few events, minutes for a year's log)."""
    undone_ids = select(CirculationEvent.undoes_id).where(
        CirculationEvent.kind == CirculationKind.UNDO.value,
        CirculationEvent.undoes_id.is_not(None),
    )
    return CirculationEvent.id.not_in(undone_ids)


def business_moment(today: dt.date | None, now: dt.datetime | None) -> tuple[dt.date, dt.datetime]:
    """(the business day, the local wall time stamped on the event)."""
    moment = now or dt.datetime.now()
    day = today or moment.date()
    if moment.date() != day:
        moment = dt.datetime.combine(day, moment.time())
    return day, moment


def reader(uow: UnitOfWork) -> Connection:
    """The unit of work's connection for plain reads (less overhead than ORM queries).

    The loan index is brought up to date first (:func:`current_loans`): it counts the
    events of this transaction and those that arrived without the ORM.
    """
    current_loans(uow.session)
    return uow.session.connection()


def append_event(
    uow: UnitOfWork,
    *,
    kind: CirculationKind,
    item_id: str,
    occurred_at: dt.datetime,
    patron_id: str | None = None,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    due_date: dt.date | None = None,
    undoes_id: str | None = None,
    override_reason: str | None = None,
    flag: str | None = None,
) -> CirculationEvent:
    """Add one event to the log (in the unit of work; the caller commits).

    The patron's survey age group and commune are copied onto the event: the
    statistics read them there, so they stay right after old loans are anonymised.
    """
    patron = uow.session.get(Patron, patron_id) if patron_id is not None else None
    event = CirculationEvent(
        kind=kind.value,
        item_id=item_id,
        patron_id=patron_id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due_date,
        occurred_at=occurred_at,
        hlc=str(uow.clock.now()),
        device_id=uow.device_id,
        undoes_id=undoes_id,
        override_reason=override_reason,
        flag=flag,
        age_group=age_group(patron.birth_year, occurred_at.year) if patron else None,
        commune=patron.commune if patron else None,
    )
    uow.session.add(event)
    return event
