"""Who to tell about a cancelled or moved visit, and drive requests left to re-plan.

Derived from the data (rescheduled loans, moved requests), so the list can be shown
again later, not only right after the change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import ContactChannel, VisitStatus
from bibliomobile.services.bookmobile.rescheduling import (
    ACTIVE_REQUEST_STATUSES,
    RESCHEDULED_FLAG,
    active_requests,
    loans_due,
)
from bibliomobile.services.bookmobile.visit_calendar import (
    EXCEPTION_MOVED,
    VisitRow,
    get_visit,
    visit_row,
)
from bibliomobile.services.notifications.channels import ReachFor, how_to_reach
from bibliomobile.services.text import format_time
from bibliomobile.store.models import (
    CirculationEvent,
    Patron,
    PickupSlot,
    Request,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PatronToNotify:
    """A patron to tell about a cancelled or moved visit.

    Only what is needed to reach them (:func:`how_to_reach` for a person): the channel
    they prefer and the one number or address to use on it.
    """

    patron_id: str
    name: str
    channel: ContactChannel
    contact: str
    changes: tuple[str, ...]

    @property
    def what_changed(self) -> str:
        return " ; ".join(self.changes)

    @property
    def address(self) -> str | None:
        """The postal address, given only when the patron is reached by letter."""
        return self.contact or None if self.channel == ContactChannel.LETTER else None


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
    visit = get_visit(uow, visit_id)
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
        for _loan, patron_id in loans_due(uow, visit.stop_id, visit.date):
            if patron_id is not None:
                stranded[patron_id] += 1
        for patron_id, count in stranded.items():
            documents = "1 document" if count == 1 else f"{count} documents"
            changes[patron_id].append(
                f"{documents} à rendre le {visit.date:%d/%m/%Y} : aucun autre passage prévu, "
                "à voir avec la médiathèque"
            )

    for request in active_requests(uow, visit_id):
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
    notices = []
    for p in patrons:
        reach = how_to_reach(p, ReachFor.PERSON)
        notices.append(
            PatronToNotify(
                patron_id=p.id,
                name=f"{p.first_name} {p.last_name}",
                channel=reach.channel,
                contact=reach.address or "",
                changes=tuple(changes[p.id]),
            )
        )
    return notices


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
