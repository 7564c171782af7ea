"""Exceptions to the timetable: cancel, move or add a visit, and what follows.

When a visit is cancelled (the van broke down, the village hall is closed):

- loans due at it get the next visit of the same stop as due date. The circulation log
  is append-only, so this is a ``renew`` event with the new due date, ``flag`` =
  :data:`RESCHEDULED_FLAG`, the visit as ``visit_id`` and a French ``override_reason``
  ("Passage annulé du …"); the loan derivation of the circulation desk (latest
  effective checkout/renew) sees the new due date at once, and nobody edits a due date
  by hand;
- drive requests for it go to the next visit of the same stop when it has room in a
  pickup slot (``Request.moved_from_visit_id`` remembers where they came from),
  otherwise they stay on the cancelled visit, flagged for a coordinator;
- :func:`patrons_to_notify` lists who must be told, and what changed.

Moving a visit does the same for loans due on the old date (they follow the visit when
it moves later, else go to the next visit); its drive requests stay with it and their
patrons are listed to be told the new date.

Every write goes through the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from bibliomobile.domain.enums import CirculationKind, RequestStatus, VisitStatus
from bibliomobile.services.bookmobile.tours import (
    EXCEPTION_ADDED,
    EXCEPTION_CANCELLED,
    EXCEPTION_MOVED,
    TimetableError,
    VisitRow,
    generate_visits,
    visit_row,
)
from bibliomobile.services.text import format_time
from bibliomobile.store.models import (
    CirculationEvent,
    LoanState,
    Patron,
    PickupSlot,
    Request,
    Stop,
    StopVisit,
)
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


@dataclass(frozen=True, slots=True)
class PatronToNotify:
    """A patron to tell about a cancelled or moved visit.

    Only what is needed to reach them: ``address`` is given only for the letter channel.
    """

    patron_id: str
    name: str
    channel: str  # ContactChannel
    phone: str | None
    email: str | None
    address: str | None
    changes: tuple[str, ...]

    @property
    def what_changed(self) -> str:
        return " ; ".join(self.changes)

    @property
    def contact(self) -> str:
        """The phone number or e-mail address matching the preferred channel."""
        if self.channel == "email":
            return self.email or self.phone or ""
        if self.channel == "letter":
            return self.address or ""
        return self.phone or self.email or ""


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


# -- helpers ---------------------------------------------------------------------------


def _get_visit(uow: UnitOfWork, visit_id: str) -> StopVisit:
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise TimetableError("Ce passage n'existe plus.")
    return visit


def _refuse_unless_planned(visit: StopVisit, action: str) -> None:
    if visit.status == VisitStatus.CANCELLED:
        raise TimetableError(f"Ce passage est déjà annulé : impossible de le {action}.")
    if visit.status == VisitStatus.OPEN:
        raise TimetableError(f"Ce passage est en cours : impossible de le {action}.")
    if visit.status == VisitStatus.CLOSED:
        raise TimetableError(f"Ce passage a déjà eu lieu : impossible de le {action}.")


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


def _loans_due(uow: UnitOfWork, stop_id: str, due: dt.date) -> list[tuple[LoanState, str | None]]:
    """Open loans due on ``due`` whose due date is a visit of this stop.

    The stop of a loan is the one of the visit of the event that set its due date; a
    loan made away from a visit (at the library) follows the patron's home stop, as in
    the circulation desk.
    """
    rows = uow.session.execute(
        select(LoanState, CirculationEvent.visit_id, StopVisit.stop_id, Patron.home_stop_id)
        .join(CirculationEvent, CirculationEvent.id == LoanState.event_id)
        .outerjoin(StopVisit, StopVisit.id == CirculationEvent.visit_id)
        .outerjoin(Patron, Patron.id == LoanState.patron_id)
        .where(LoanState.due_date == due)
        .where(
            or_(
                StopVisit.stop_id == stop_id,
                (CirculationEvent.visit_id.is_(None)) & (Patron.home_stop_id == stop_id),
            )
        )
        .order_by(LoanState.patron_id, LoanState.item_id)
    ).all()
    return [(state, state.patron_id) for state, _visit, _stop, _home in rows]


def _reschedule_loans(
    uow: UnitOfWork, cause: StopVisit, due: dt.date, target: StopVisit | None, why: str
) -> int:
    if target is None:
        return 0
    now = dt.datetime.now().replace(microsecond=0)
    count = 0
    for state, patron_id in _loans_due(uow, cause.stop_id, due):
        uow.session.add(
            CirculationEvent(
                kind=CirculationKind.RENEW.value,
                item_id=state.item_id,
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


def _active_requests(uow: UnitOfWork, visit_id: str) -> list[Request]:
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


def _move_requests(
    uow: UnitOfWork, cancelled: StopVisit, target: StopVisit | None
) -> tuple[int, int]:
    moved = flagged = 0
    for request in _active_requests(uow, cancelled.id):
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
        raise TimetableError("Indiquez la raison de l'annulation (elle sera dite aux lecteurs).")
    visit = _get_visit(uow, visit_id)
    _refuse_unless_planned(visit, "annuler")
    visit.status = VisitStatus.CANCELLED.value
    visit.exception = EXCEPTION_CANCELLED
    visit.cancel_reason = why[:300]
    uow.session.flush()
    target = next_visit(uow, visit.stop_id, visit.date, excluding=visit.id)
    loans = _reschedule_loans(
        uow, visit, visit.date, target, f"Passage annulé du {visit.date:%d/%m/%Y} ({why})"
    )
    moved, flagged = _move_requests(uow, visit, target)
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
    visit = _get_visit(uow, visit_id)
    _refuse_unless_planned(visit, "déplacer")
    start = start_time or visit.start_time
    end = end_time or visit.end_time
    if end <= start:
        raise TimetableError(
            f"L'heure de fin ({format_time(end)}) doit suivre l'heure de début ({format_time(start)})."
        )
    if (new_date, start, end) == (visit.date, visit.start_time, visit.end_time):
        raise TimetableError("Le passage est déjà à cette date et à cette heure.")
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
        loans = _reschedule_loans(
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
        raise TimetableError("Cet arrêt n'existe plus.")
    if end_time <= start_time:
        raise TimetableError(
            f"L'heure de fin ({format_time(end_time)}) doit suivre l'heure de début "
            f"({format_time(start_time)})."
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
        raise TimetableError("Un passage existe déjà à cette date et à cette heure.") from error
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
        state = " (annulé)" if clash.status == VisitStatus.CANCELLED else ""
        raise TimetableError(
            f"Cet arrêt a déjà un passage le {date:%d/%m/%Y} à {format_time(start)}{state}."
        )


# -- who to tell -----------------------------------------------------------------------


def _slot_text(uow: UnitOfWork, slot_id: str | None) -> str:
    slot = uow.session.get(PickupSlot, slot_id) if slot_id else None
    if slot is None:
        return ""
    return f", créneau {format_time(slot.start)}–{format_time(slot.end)}"


def patrons_to_notify(uow: UnitOfWork, visit_id: str) -> list[PatronToNotify]:
    """The patrons concerned by the cancellation or move of a visit, by name.

    Derived from the data, so it can be shown again later: loans whose due date moved
    because of this visit, drive requests moved from it, and drive requests still on it
    (moved visit: new date; cancelled visit: no room at the next visit, to re-plan).

    Raises:
        TimetableError: unknown visit.
    """
    visit = _get_visit(uow, visit_id)
    changes: dict[str, list[str]] = defaultdict(list)

    due_rows = uow.session.execute(
        select(CirculationEvent.patron_id, CirculationEvent.due_date, func.count())
        .where(CirculationEvent.visit_id == visit_id)
        .where(CirculationEvent.flag == RESCHEDULED_FLAG)
        .where(CirculationEvent.patron_id.is_not(None))
        .group_by(CirculationEvent.patron_id, CirculationEvent.due_date)
        .order_by(CirculationEvent.due_date)
    ).all()
    for patron_id, due, count in due_rows:
        assert patron_id is not None and due is not None
        documents = "1 document" if count == 1 else f"{count} documents"
        changes[patron_id].append(f"{documents} à rendre le {due:%d/%m/%Y}")

    for request in uow.session.scalars(
        select(Request)
        .where(Request.moved_from_visit_id == visit_id)
        .where(Request.status.in_(ACTIVE_REQUEST_STATUSES))
    ):
        target = uow.session.get(StopVisit, request.visit_id)
        assert target is not None
        changes[request.patron_id].append(
            f"demande drive reportée au {target.date:%d/%m/%Y}{_slot_text(uow, request.slot_id)}"
        )

    if visit.status == VisitStatus.CANCELLED:
        # Loans still due on the cancelled day: the stop had no later visit to move them to.
        stranded: dict[str, int] = defaultdict(int)
        for _loan, patron_id in _loans_due(uow, visit.stop_id, visit.date):
            if patron_id is not None:
                stranded[patron_id] += 1
        for patron_id, count in stranded.items():
            documents = "1 document" if count == 1 else f"{count} documents"
            changes[patron_id].append(
                f"{documents} à rendre le {visit.date:%d/%m/%Y} : aucun autre passage prévu, "
                "à voir avec la médiathèque"
            )

    for request in _active_requests(uow, visit_id):
        if visit.status == VisitStatus.CANCELLED:
            text = "demande drive sans créneau au prochain passage : à replanifier avec le lecteur"
        elif visit.exception == EXCEPTION_MOVED:
            text = (
                f"passage déplacé : sac drive à retirer le {visit.date:%d/%m/%Y} "
                f"à partir de {format_time(visit.start_time)}{_slot_text(uow, request.slot_id)}"
            )
        else:
            continue
        changes[request.patron_id].append(text)

    if not changes:
        return []
    patrons = uow.session.scalars(
        select(Patron)
        .where(Patron.id.in_(list(changes)))
        .order_by(Patron.last_name, Patron.first_name, Patron.id)
    ).all()
    return [
        PatronToNotify(
            patron_id=p.id,
            name=f"{p.first_name} {p.last_name}",
            channel=p.preferred_channel,
            phone=p.phone,
            email=p.email,
            address=_letter_address(p),
            changes=tuple(changes[p.id]),
        )
        for p in patrons
    ]


def _letter_address(patron: Patron) -> str | None:
    if patron.preferred_channel != "letter":
        return None
    parts = [patron.address, " ".join(x for x in (patron.postcode, patron.commune) if x)]
    return ", ".join(p for p in parts if p) or None


@dataclass(frozen=True, slots=True)
class RequestToReplan:
    """A drive request left on a cancelled visit (no room at the next one)."""

    request_id: str
    patron_id: str
    patron_name: str
    visit: VisitRow


def requests_to_replan(uow: UnitOfWork, tour_id: str | None = None) -> list[RequestToReplan]:
    """Active drive requests whose visit was cancelled, oldest visit first."""
    stmt = (
        select(Request, Patron)
        .join(StopVisit, StopVisit.id == Request.visit_id)
        .join(Patron, Patron.id == Request.patron_id)
        .where(StopVisit.status == VisitStatus.CANCELLED.value)
        .where(Request.status.in_(ACTIVE_REQUEST_STATUSES))
        .order_by(StopVisit.date, Patron.last_name)
    )
    if tour_id is not None:
        stmt = stmt.join(Stop, Stop.id == StopVisit.stop_id).where(Stop.tour_id == tour_id)
    return [
        RequestToReplan(r.id, p.id, f"{p.first_name} {p.last_name}", visit_row(uow, r.visit_id))
        for r, p in uow.session.execute(stmt).all()
    ]
