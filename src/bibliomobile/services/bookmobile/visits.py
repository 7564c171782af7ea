"""A bookmobile visit at the desk: open it, count visitors, sum it up, close it.

Closing a visit also ends its drive pickups (bags nobody collected go back to the van).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from bibliomobile.domain.enums import CirculationKind, VisitStatus
from bibliomobile.lang import Message
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.circulation.log import NO_LOAN_FLAG, desk_action, undone
from bibliomobile.services.circulation.lookup import existing_visit
from bibliomobile.services.drive.handover import close_visit_pickups
from bibliomobile.store.models import CirculationEvent, Patron, Stop, StopVisit, Tour
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A dated visit of a stop, for lists and headers."""

    visit_id: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    status: str
    stop_id: str
    commune: str
    place: str
    tour_id: str
    tour_name: str

    @property
    def label(self) -> str:
        return (
            f"{self.commune} – {self.place}, {self.start_time:%H:%M}–{self.end_time:%H:%M}"
            f" ({self.tour_name})"
        )


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """End-of-visit figures (undone actions do not count)."""

    visit: VisitRow
    checkouts: int
    checkins: int
    renewals: int
    undone: int
    flagged_returns: int
    overrides: int
    patrons_served: int
    adults: int
    children: int
    new_registrations: int
    new_patrons: tuple[str, ...] = field(default=())  # names of patrons registered that day


def _visit_row(uow: UnitOfWork, visit: StopVisit) -> VisitRow:
    stop = uow.session.get(Stop, visit.stop_id)
    assert stop is not None
    tour = uow.session.get(Tour, stop.tour_id)
    assert tour is not None
    return VisitRow(
        visit_id=visit.id,
        date=visit.date,
        start_time=visit.start_time,
        end_time=visit.end_time,
        status=visit.status,
        stop_id=stop.id,
        commune=stop.commune,
        place=stop.place,
        tour_id=tour.id,
        tour_name=tour.name,
    )


def visits_on(uow: UnitOfWork, day: dt.date) -> list[VisitRow]:
    """The visits of a day (cancelled ones included, so the crew sees them), by time."""
    visits = uow.session.scalars(
        select(StopVisit).where(StopVisit.date == day).order_by(StopVisit.start_time, StopVisit.id)
    ).all()
    return [_visit_row(uow, v) for v in visits]


def visit_row(uow: UnitOfWork, visit_id: str) -> VisitRow:
    """One visit, for headers."""
    return _visit_row(uow, existing_visit(uow, visit_id))


def open_visit(uow: UnitOfWork, visit_id: str) -> VisitRow:
    """Open a visit for circulation (a closed one may be reopened).

    Raises:
        CirculationError: the visit was cancelled.
    """
    visit = existing_visit(uow, visit_id)
    if visit.status == VisitStatus.CANCELLED.value:
        raise CirculationError(Message("bookmobile.passage_annule_peut_etre"))
    if visit.status != VisitStatus.OPEN.value:
        visit.status = VisitStatus.OPEN.value
    return _visit_row(uow, visit)


def add_visitors(
    uow: UnitOfWork,
    visit_id: str,
    *,
    adults: int = 0,
    children: int = 0,
    new_registrations: int = 0,
) -> VisitRow:
    """Add to (or, with negative numbers, correct) the visitor counters of a visit.

    Raises:
        CirculationError: a counter would fall below zero; nothing is changed.
    """
    visit = existing_visit(uow, visit_id)
    new_values = (
        visit.adults + adults,
        visit.children + children,
        visit.new_registrations + new_registrations,
    )
    if min(new_values) < 0:
        raise CirculationError(Message("bookmobile.compteur_peut_devenir_negatif"))
    visit.adults, visit.children, visit.new_registrations = new_values
    return _visit_row(uow, visit)


def visit_summary(uow: UnitOfWork, visit_id: str) -> VisitSummary:
    """What happened at a visit; undone actions (and the undos) do not count."""
    visit = existing_visit(uow, visit_id)
    rows = uow.session.execute(
        select(
            CirculationEvent.kind,
            CirculationEvent.patron_id,
            CirculationEvent.flag,
            CirculationEvent.override_reason,
            undone(),
        )
        .where(CirculationEvent.visit_id == visit.id)
        .where(desk_action())
    ).all()
    counts = {kind.value: 0 for kind in CirculationKind}
    flagged = overrides = undone_count = 0
    patrons: set[str] = set()
    for kind, patron_id, flag, override_reason, was_undone in rows:
        if kind == CirculationKind.UNDO.value:
            continue
        if was_undone:
            undone_count += 1
            continue
        counts[kind] += 1
        if flag == NO_LOAN_FLAG:
            flagged += 1
        if override_reason:
            overrides += 1
        if patron_id and kind != CirculationKind.CHECKIN.value:
            patrons.add(patron_id)
    new_names = uow.session.execute(
        select(Patron.first_name, Patron.last_name)
        .where(Patron.registered_on == visit.date)
        .where(Patron.home_stop_id == visit.stop_id)
        .order_by(Patron.last_name, Patron.first_name)
    ).all()
    return VisitSummary(
        visit=_visit_row(uow, visit),
        checkouts=counts[CirculationKind.CHECKOUT.value],
        checkins=counts[CirculationKind.CHECKIN.value],
        renewals=counts[CirculationKind.RENEW.value],
        undone=undone_count,
        flagged_returns=flagged,
        overrides=overrides,
        patrons_served=len(patrons),
        adults=visit.adults,
        children=visit.children,
        new_registrations=visit.new_registrations,
        new_patrons=tuple(f"{first} {last}" for first, last in new_names),
    )


def close_visit(uow: UnitOfWork, visit_id: str) -> VisitSummary:
    """Close a visit and return its end-of-visit summary."""
    visit = existing_visit(uow, visit_id)
    if visit.status == VisitStatus.CANCELLED.value:
        raise CirculationError(Message("bookmobile.passage_annule_peut_etre_2"))
    visit.status = VisitStatus.CLOSED.value
    # Drive bags nobody collected become no-shows and their items go back to the van.
    close_visit_pickups(uow, visit_id, by=None)
    uow.session.flush()
    return visit_summary(uow, visit_id)
