"""Exceptions to the timetable: cancel, move or add a visit, and what follows.

When a visit is cancelled (the van broke down, the village hall is closed), the loans
due at it and its drive requests go to the stop's next visit
(:mod:`bibliomobile.services.bookmobile.rescheduling`), and
:func:`~bibliomobile.services.bookmobile.visit_notices.patrons_to_notify` lists who
must be told, and what changed.

Moving a visit does the same for loans due on the old date (they follow the visit when
it moves later, else go to the next visit); its drive requests stay with it and their
patrons are listed to be told the new date.

Every write goes through the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.rescheduling import (
    move_requests,
    next_visit,
    reschedule_loans,
)
from bibliomobile.services.bookmobile.tours import TimetableError
from bibliomobile.services.bookmobile.visit_calendar import (
    EXCEPTION_ADDED,
    EXCEPTION_CANCELLED,
    EXCEPTION_MOVED,
    VisitRow,
    get_visit,
    visit_row,
)
from bibliomobile.services.bookmobile.visit_notices import PatronToNotify, patrons_to_notify
from bibliomobile.services.text import format_time
from bibliomobile.store.models import Stop, StopVisit
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class VisitChange:
    """What cancelling or moving a visit did.

    Attributes:
        visit: the visit after the change.
        next_visit: where loans and requests went (None: the stop has no later visit).
        loans_rescheduled: loans whose due date moved.
        requests_moved: drive requests moved to ``next_visit``.
        requests_flagged: drive requests left without a visit (no room, no next visit).
        to_notify: the patrons concerned.
    """

    visit: VisitRow
    next_visit: VisitRow | None
    loans_rescheduled: int
    requests_moved: int
    requests_flagged: int
    to_notify: tuple[PatronToNotify, ...]


def _refuse_unless_planned(visit: StopVisit, action: Message) -> None:
    if visit.status == VisitStatus.CANCELLED:
        raise TimetableError(Message("bookmobile.passage_deja_annule_impossible", action=action))
    if visit.status == VisitStatus.OPEN:
        raise TimetableError(Message("bookmobile.passage_cours_impossible_action", action=action))
    if visit.status == VisitStatus.CLOSED:
        raise TimetableError(Message("bookmobile.passage_deja_eu_lieu", action=action))


def _change(
    uow: UnitOfWork,
    visit: StopVisit,
    target: StopVisit | None,
    loans: int,
    moved: int,
    flagged: int,
) -> VisitChange:
    return VisitChange(
        visit=visit_row(uow, visit.id),
        next_visit=visit_row(uow, target.id) if target is not None else None,
        loans_rescheduled=loans,
        requests_moved=moved,
        requests_flagged=flagged,
        to_notify=tuple(patrons_to_notify(uow, visit.id)),
    )


# -- exceptions ------------------------------------------------------------------------


def cancel_visit(uow: UnitOfWork, visit_id: str, reason: str) -> VisitChange:
    """Cancel a planned visit, moving its loans and drive requests to the next visit.

    Raises:
        TimetableError: no reason given, unknown visit, or a visit already cancelled,
            open or closed. Nothing is changed then.
    """
    why = " ".join(reason.split())
    if not why:
        raise TimetableError(Message("bookmobile.indiquez_raison_annulation_sera"))
    visit = get_visit(uow, visit_id)
    _refuse_unless_planned(visit, Message("bookmobile.action_cancel"))
    visit.status = VisitStatus.CANCELLED.value
    visit.exception = EXCEPTION_CANCELLED
    visit.cancel_reason = why[:300]
    uow.session.flush()
    target = next_visit(uow, visit.stop_id, visit.date, excluding=visit.id)
    loans = reschedule_loans(
        uow, visit, visit.date, target, f"Passage annulé du {visit.date:%d/%m/%Y} ({why})"
    )
    moved, flagged = move_requests(uow, visit, target)
    return _change(uow, visit, target, loans, moved, flagged)


def move_visit(
    uow: UnitOfWork,
    visit_id: str,
    new_date: dt.date,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> VisitChange:
    """Move a planned visit to another day (and, optionally, time window).

    Loans due on the old day get the first visit of the stop after it (the moved visit
    itself when it moved later). ``moved_from`` keeps the date first planned, so
    generating the calendar again does not put the visit back.

    Raises:
        TimetableError: unknown visit, visit not planned, invalid time window, or
            another visit of the stop at that day and time. Nothing is changed then.
    """
    visit = get_visit(uow, visit_id)
    _refuse_unless_planned(visit, Message("bookmobile.action_move"))
    start = start_time or visit.start_time
    end = end_time or visit.end_time
    if end <= start:
        raise TimetableError(
            Message(
                "bookmobile.heure_fin_value_doit", value=format_time(end), value2=format_time(start)
            )
        )
    if (new_date, start, end) == (visit.date, visit.start_time, visit.end_time):
        raise TimetableError(Message("bookmobile.passage_deja_date_heure"))
    _refuse_clash(uow, visit.stop_id, new_date, start, visit.id)
    old_date = visit.date
    visit.moved_from = visit.moved_from or old_date
    visit.date, visit.start_time, visit.end_time = new_date, start, end
    visit.exception = EXCEPTION_MOVED
    uow.session.flush()
    loans = 0
    target: StopVisit | None = None
    if new_date != old_date:
        target = next_visit(uow, visit.stop_id, old_date)
        loans = reschedule_loans(
            uow,
            visit,
            old_date,
            target,
            f"Passage du {old_date:%d/%m/%Y} déplacé au {new_date:%d/%m/%Y}",
        )
    return _change(uow, visit, target, loans, 0, 0)


def add_visit(
    uow: UnitOfWork, stop_id: str, date: dt.date, start_time: dt.time, end_time: dt.time
) -> VisitRow:
    """Add an extra visit to a stop, outside its rules.

    Raises:
        TimetableError: unknown stop, invalid time window, or a visit already there.
    """
    if uow.session.get(Stop, stop_id) is None:
        raise TimetableError(Message("bookmobile.cet_arret_existe"))
    if end_time <= start_time:
        raise TimetableError(
            Message(
                "bookmobile.heure_fin_value_doit",
                value=format_time(end_time),
                value2=format_time(start_time),
            )
        )
    _refuse_clash(uow, stop_id, date, start_time, None)
    visit = StopVisit(
        stop_id=stop_id,
        date=date,
        start_time=start_time,
        end_time=end_time,
        status=VisitStatus.PLANNED.value,
        exception=EXCEPTION_ADDED,
    )
    uow.session.add(visit)
    try:
        uow.session.flush()
    except IntegrityError as error:  # pragma: no cover - _refuse_clash checked it
        raise TimetableError(Message("bookmobile.passage_existe_deja_date")) from error
    return visit_row(uow, visit.id)


def _refuse_clash(
    uow: UnitOfWork, stop_id: str, date: dt.date, start: dt.time, visit_id: str | None
) -> None:
    clash = uow.session.scalar(
        select(StopVisit)
        .where(StopVisit.stop_id == stop_id, StopVisit.date == date, StopVisit.start_time == start)
        .where(StopVisit.id != (visit_id or ""))
    )
    if clash is not None:
        state = (
            str(Message("bookmobile.cancelled_suffix"))
            if clash.status == VisitStatus.CANCELLED
            else ""
        )
        raise TimetableError(
            Message(
                "bookmobile.cet_arret_deja_passage",
                date=f"{date:%d/%m/%Y}",
                value=format_time(start),
                state=state,
            )
        )
