"""The planning problem of a period, read from the database (the planner's first step).

:func:`read_planning` reads the due visits, the volunteers' shifts and the rounds
already planned into a :class:`PlanningInput`: plain data (a routing problem with time
windows, capacity, service time and road distances estimated offline), safe to hand to
a solver on another thread or process. Visits that cannot be planned at all (no legal
basis or information of the person recorded, no coordinates, paused, nobody covers
the commune) are set aside with their reason.
Locked visits stay on their round in their order; unlocked visits of rounds not yet
started may move.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import select

from bibliomobile.domain.enums import RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.availability import Window, windows_from_json, windows_on
from bibliomobile.services.home_delivery.common import HomeDeliveryError, period_seconds
from bibliomobile.services.home_delivery.due_visits import due_visits, is_paused_on
from bibliomobile.services.home_delivery.plans import DroppedVisit, PlanningSettings
from bibliomobile.services.home_delivery.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
)
from bibliomobile.store.models import Beneficiary, Delivery, Patron, Round, Volunteer
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class Candidate:
    """A visit to place: a due beneficiary, or a planned visit that may move (or is locked)."""

    beneficiary_id: str
    name: str
    commune: str
    place: Place | None
    days: tuple[dt.date, ...]
    windows: tuple[Window, ...]
    delivery_id: str | None = None
    pinned_round_id: str | None = None
    pinned_rank: int | None = None


@dataclass(frozen=True, slots=True)
class Shift:
    """A volunteer's availability window on one day of the period (a possible round)."""

    volunteer_id: str
    volunteer_name: str
    day: dt.date
    start: dt.time
    end: dt.time
    capacity: int
    place: Place
    communes: frozenset[str]
    round_id: str | None = None


def _fold(text: str) -> str:
    """A commune's name as typed or as stored: "St Dier d'Auvergne" = "Saint-Dier-d'Auvergne"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.sub(r"[\s'’\-]+", " ", plain).strip().casefold().split(" ")
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


def _pending_in_period(
    uow: UnitOfWork, start: dt.date, end: dt.date
) -> list[tuple[Delivery, Round]]:
    stmt = (
        select(Delivery, Round)
        .join(Round, Round.id == Delivery.round_id)
        .where(Round.date.between(start, end))
        .where(Round.status == RoundStatus.PLANNED.value)
        .where(Delivery.outcome.is_(None))
        .order_by(Round.id, Delivery.position)
    )
    return list(uow.session.execute(stmt))


def _candidates(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[Candidate]:
    session = uow.session
    found: list[Candidate] = []
    for due in due_visits(uow, start, end):
        beneficiary = session.get(Beneficiary, due.beneficiary_id)
        assert beneficiary is not None
        found.append(
            Candidate(
                due.beneficiary_id,
                due.name,
                due.commune,
                _place(beneficiary),
                due.possible_days,
                windows_from_json(beneficiary.availability or ()),
            )
        )
    for delivery, round_ in _pending_in_period(uow, start, end):
        beneficiary = session.get(Beneficiary, delivery.beneficiary_id)
        patron = session.get(Patron, beneficiary.patron_id) if beneficiary else None
        if beneficiary is None or patron is None:
            continue
        windows = windows_from_json(beneficiary.availability or ())
        if delivery.locked:
            days: tuple[dt.date, ...] = (round_.date,)
        else:
            days = tuple(
                d
                for d in _days(start, end)
                if not is_paused_on(beneficiary, d) and windows_on(windows, d)
            )
        found.append(
            Candidate(
                beneficiary.id,
                f"{patron.last_name.upper()} {patron.first_name}",
                patron.commune or "",
                _place(beneficiary),
                days,
                windows,
                delivery_id=delivery.id,
                pinned_round_id=round_.id if delivery.locked else None,
                pinned_rank=delivery.position if delivery.locked else None,
            )
        )
    return found


def _missing_legal_record(uow: UnitOfWork, beneficiary_id: str) -> Message | None:
    from bibliomobile.services.home_delivery.beneficiaries import missing_legal_record

    found = uow.session.get(Beneficiary, beneficiary_id)
    return missing_legal_record(found) if found is not None else None


def _place(beneficiary: Beneficiary) -> Place | None:
    if beneficiary.latitude is None or beneficiary.longitude is None:
        return None
    return Place(beneficiary.latitude, beneficiary.longitude)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _shifts(uow: UnitOfWork, start: dt.date, end: dt.date) -> tuple[list[Shift], list[str]]:
    """Every (volunteer, day, availability window) of the period, and warnings."""
    session = uow.session
    busy = {
        (str(v), d)
        for v, d in session.execute(
            select(Round.volunteer_id, Round.date)
            .where(Round.date.between(start, end))
            .where(Round.status.in_([RoundStatus.IN_PROGRESS.value, RoundStatus.DONE.value]))
        )
    }
    planned = {
        (r.volunteer_id, r.date, r.start_time): r.id
        for r in session.scalars(
            select(Round)
            .where(Round.date.between(start, end))
            .where(Round.status == RoundStatus.PLANNED.value)
        )
    }
    shifts: list[Shift] = []
    warnings: list[str] = []
    for volunteer in session.scalars(select(Volunteer).where(Volunteer.active.is_(True))):
        name = f"{volunteer.first_name} {volunteer.last_name}"
        if volunteer.start_latitude is None or volunteer.start_longitude is None:
            warnings.append(str(Message("home_delivery.volunteer_no_coordinates", name=name)))
            continue
        windows = windows_from_json(volunteer.availability or ())
        if not windows:
            warnings.append(str(Message("home_delivery.volunteer_no_availability", name=name)))
            continue
        for day in _days(start, end):
            if (volunteer.id, day) in busy:
                continue
            for window in windows:
                if window.weekday != day.weekday():
                    continue
                shifts.append(
                    Shift(
                        volunteer.id,
                        name,
                        day,
                        window.start,
                        window.end,
                        volunteer.max_visits,
                        Place(volunteer.start_latitude, volunteer.start_longitude),
                        frozenset(_fold(c) for c in volunteer.communes or ()),
                        planned.get((volunteer.id, day, window.start)),
                    )
                )
    return shifts, warnings


def _pinned_shift(uow: UnitOfWork, round_id: str, shifts: list[Shift]) -> int | None:
    """The shift index of a planned round (added if the volunteer's hours changed)."""
    for index, shift in enumerate(shifts):
        if shift.round_id == round_id:
            return index
    round_ = uow.session.get(Round, round_id)
    volunteer = uow.session.get(Volunteer, round_.volunteer_id) if round_ else None
    if round_ is None or volunteer is None or volunteer.start_latitude is None:
        return None
    if volunteer.start_longitude is None:
        return None
    for index, shift in enumerate(shifts):
        if shift.volunteer_id == volunteer.id and shift.day == round_.date:
            shifts[index] = replace(shift, round_id=round_id)
            return index
    shifts.append(
        Shift(
            volunteer.id,
            f"{volunteer.first_name} {volunteer.last_name}",
            round_.date,
            round_.start_time or dt.time(9, 0),
            round_.end_time or dt.time(17, 0),
            volunteer.max_visits,
            Place(volunteer.start_latitude, volunteer.start_longitude),
            frozenset(_fold(c) for c in volunteer.communes or ()),
            round_id,
        )
    )
    return len(shifts) - 1


@dataclass(frozen=True, slots=True)
class PlanningInput:
    """What the solver needs, read from the database: plain data, safe on any thread.

    ``visits[i]`` is the candidate behind ``problem.visits[i]`` and ``shifts[k]`` the
    volunteer's shift behind ``problem.vehicles[k]``; ``early`` holds the visits left
    out before solving (no coordinates, paused, nobody covers the commune).
    """

    period_start: dt.date
    period_end: dt.date
    problem: RoutingProblem
    visits: tuple[Candidate, ...]
    shifts: tuple[Shift, ...]
    early: tuple[DroppedVisit, ...]
    warnings: tuple[str, ...]


def read_planning(
    uow: UnitOfWork,
    period_start: dt.date,
    period_end: dt.date,
    settings: PlanningSettings | None = None,
) -> PlanningInput:
    """Read the planning problem of a period (fast; the solving is :func:`solve_planning`).

    Raises:
        HomeDeliveryError: an invalid period.
    """
    settings = settings or PlanningSettings()
    if period_end < period_start:
        raise HomeDeliveryError(Message("stats.fin_periode_doit_suivre"))
    if (period_end - period_start).days > 31:
        raise HomeDeliveryError(Message("home_delivery.planifiez_mois_fois"))
    shifts, warnings = _shifts(uow, period_start, period_end)
    candidates = _candidates(uow, period_start, period_end)
    pinned_index: dict[str, int | None] = {}
    for candidate in candidates:
        if candidate.pinned_round_id and candidate.pinned_round_id not in pinned_index:
            pinned_index[candidate.pinned_round_id] = _pinned_shift(
                uow, candidate.pinned_round_id, shifts
            )
    early: list[DroppedVisit] = []
    visits: list[RoutingVisit] = []
    kept: list[Candidate] = []
    service_s = settings.service_minutes * 60
    for candidate in candidates:
        refused = _missing_legal_record(uow, candidate.beneficiary_id)
        if refused is not None:
            early.append(dropped_visit(candidate, refused))
            continue
        if candidate.place is None:
            early.append(dropped_visit(candidate, Message("home_delivery.dropped_no_coordinates")))
            continue
        spans: list[Span] = []
        allowed: list[int] = []
        for day in candidate.days:
            offset = (day - period_start).days
            for w in windows_on(candidate.windows, day):
                spans.append(Span(period_seconds(offset, w.start), period_seconds(offset, w.end)))
        pinned = pinned_index.get(candidate.pinned_round_id) if candidate.pinned_round_id else None
        for index, shift in enumerate(shifts):
            if shift.day not in candidate.days:
                continue
            if shift.communes and _fold(candidate.commune) not in shift.communes:
                continue
            overlap = any(
                w.start < shift.end and shift.start < w.end
                for w in windows_on(candidate.windows, shift.day)
            )
            if overlap:
                allowed.append(index)
        if pinned is None and not candidate.days:
            early.append(dropped_visit(candidate, Message("home_delivery.dropped_paused")))
            continue
        if pinned is None and not allowed:
            early.append(dropped_visit(candidate, Message("home_delivery.dropped_no_volunteer")))
            continue
        kept.append(candidate)
        visits.append(
            RoutingVisit(
                key=candidate.beneficiary_id,
                place=candidate.place,
                windows=tuple(sorted(set(spans), key=lambda s: s.start)),
                service_s=service_s,
                allowed_vehicles=tuple(allowed),
                pinned_vehicle=pinned,
                pinned_rank=candidate.pinned_rank,
            )
        )
    vehicles = tuple(
        RoutingVehicle(
            key=f"{s.volunteer_id}@{s.day.isoformat()}",
            start=s.place,
            shift=Span(
                period_seconds((s.day - period_start).days, s.start),
                period_seconds((s.day - period_start).days, s.end),
            ),
            capacity=s.capacity,
        )
        for s in shifts
    )
    problem = RoutingProblem(
        visits=tuple(visits),
        vehicles=vehicles,
        speed_kmh=settings.speed_kmh,
        detour_factor=settings.detour_factor,
        time_budget_s=settings.time_budget_s,
    )
    return PlanningInput(
        period_start,
        period_end,
        problem,
        tuple(kept),
        tuple(shifts),
        tuple(early),
        tuple(warnings),
    )


def dropped_visit(candidate: Candidate, reason: Message) -> DroppedVisit:
    """``candidate`` reported as not placed, with ``reason`` (for the coordinator)."""
    return DroppedVisit(
        candidate.beneficiary_id, candidate.name, candidate.commune, reason, candidate.delivery_id
    )
