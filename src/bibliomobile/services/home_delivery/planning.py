"""Round planning: assign the due visits to volunteers and days, and order each round.

Three steps, so the GUI can keep its one database worker free while the solver works:
:func:`read_planning` reads the due visits, the volunteers' shifts and the rounds
already planned into a :class:`PlanningInput` (plain data: a routing problem with time
windows, capacity, service time and road distances estimated offline);
:func:`solve_planning` solves it within a fixed time budget without touching the
database; :func:`save_plan` records the proposal the coordinator saw, including the
visits that could not fit and why. :func:`plan_rounds` reads and solves in one call
(CLI, simulation). Locked visits stay on their round in their order; unlocked visits
of rounds not yet started may move.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select

from bibliomobile.domain.enums import RoundStatus
from bibliomobile.domain.geo import DEFAULT_DETOUR_FACTOR
from bibliomobile.services.home_delivery.availability import Window, windows_from_json, windows_on
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.due_visits import due_visits, is_paused_on
from bibliomobile.services.home_delivery.routing.problem import (
    CancelCheck,
    Place,
    ProgressCallback,
    RoutingProblem,
    RoutingSolution,
    RoutingVehicle,
    RoutingVisit,
    Span,
)
from bibliomobile.store.models import Bag, Beneficiary, Delivery, Patron, Round, Volunteer
from bibliomobile.store.uow import UnitOfWork

DAY_S = 86_400

#: solve(problem, progress=..., cancelled=...): the OR-Tools adapter, in this process or not.
Solver = Callable[..., RoutingSolution]


@dataclass(frozen=True, slots=True)
class PlanningSettings:
    """Knobs of the planner (the coordinator's settings)."""

    speed_kmh: float = 25.0
    detour_factor: float = DEFAULT_DETOUR_FACTOR
    service_minutes: int = 20
    time_budget_s: float = 5.0


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    beneficiary_id: str
    name: str
    commune: str
    planned_time: dt.time
    delivery_id: str | None  # an existing planned visit that may have moved
    locked: bool


@dataclass(frozen=True, slots=True)
class PlannedRound:
    volunteer_id: str
    volunteer_name: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    distance_km: float
    visits: tuple[PlannedVisit, ...]


@dataclass(frozen=True, slots=True)
class DroppedVisit:
    """A due visit the plan could not hold, with the reason (for the coordinator)."""

    beneficiary_id: str
    name: str
    commune: str
    reason: str
    delivery_id: str | None = None


@dataclass(frozen=True, slots=True)
class PlanResult:
    period_start: dt.date
    period_end: dt.date
    rounds: tuple[PlannedRound, ...]
    dropped: tuple[DroppedVisit, ...]
    total_distance_km: float
    solve_seconds: float
    cancelled: bool = False
    warnings: tuple[str, ...] = ()  # e.g. a volunteer who cannot be given a round


@dataclass(frozen=True, slots=True)
class _Candidate:
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
class _Shift:
    volunteer_id: str
    volunteer_name: str
    day: dt.date
    start: dt.time
    end: dt.time
    capacity: int
    place: Place
    communes: frozenset[str]
    round_id: str | None = None


def _seconds(day_offset: int, moment: dt.time) -> int:
    return day_offset * DAY_S + moment.hour * 3600 + moment.minute * 60 + moment.second


def _clock(seconds: int) -> dt.time:
    within = seconds % DAY_S
    return dt.time(within // 3600, within % 3600 // 60)


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


def _candidates(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[_Candidate]:
    session = uow.session
    found: list[_Candidate] = []
    for due in due_visits(uow, start, end):
        beneficiary = session.get(Beneficiary, due.beneficiary_id)
        assert beneficiary is not None
        found.append(
            _Candidate(
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
            _Candidate(
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


def _place(beneficiary: Beneficiary) -> Place | None:
    if beneficiary.latitude is None or beneficiary.longitude is None:
        return None
    return Place(beneficiary.latitude, beneficiary.longitude)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _shifts(uow: UnitOfWork, start: dt.date, end: dt.date) -> tuple[list[_Shift], list[str]]:
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
    shifts: list[_Shift] = []
    warnings: list[str] = []
    for volunteer in session.scalars(select(Volunteer).where(Volunteer.active.is_(True))):
        name = f"{volunteer.first_name} {volunteer.last_name}"
        if volunteer.start_latitude is None or volunteer.start_longitude is None:
            warnings.append(f"{name} : adresse de départ sans coordonnées, pas de tournée.")
            continue
        windows = windows_from_json(volunteer.availability or ())
        if not windows:
            warnings.append(f"{name} : aucune disponibilité indiquée, pas de tournée.")
            continue
        for day in _days(start, end):
            if (volunteer.id, day) in busy:
                continue
            for window in windows:
                if window.weekday != day.weekday():
                    continue
                shifts.append(
                    _Shift(
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


def _pinned_shift(uow: UnitOfWork, round_id: str, shifts: list[_Shift]) -> int | None:
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
        _Shift(
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
    visits: tuple[_Candidate, ...]
    shifts: tuple[_Shift, ...]
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
        raise HomeDeliveryError("La fin de la période doit suivre son début.")
    if (period_end - period_start).days > 31:
        raise HomeDeliveryError("Planifiez au plus un mois à la fois.")
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
    kept: list[_Candidate] = []
    service_s = settings.service_minutes * 60
    for candidate in candidates:
        if candidate.place is None:
            early.append(_dropped(candidate, "adresse sans coordonnées : à compléter"))
            continue
        spans: list[Span] = []
        allowed: list[int] = []
        for day in candidate.days:
            offset = (day - period_start).days
            for w in windows_on(candidate.windows, day):
                spans.append(Span(_seconds(offset, w.start), _seconds(offset, w.end)))
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
            early.append(_dropped(candidate, "en pause ou pas disponible sur la période"))
            continue
        if pinned is None and not allowed:
            early.append(
                _dropped(candidate, "aucun bénévole disponible ces jours-là dans cette commune")
            )
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
                _seconds((s.day - period_start).days, s.start),
                _seconds((s.day - period_start).days, s.end),
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


def _dropped(candidate: _Candidate, reason: str) -> DroppedVisit:
    return DroppedVisit(
        candidate.beneficiary_id, candidate.name, candidate.commune, reason, candidate.delivery_id
    )


def plan_rounds(
    uow: UnitOfWork,
    period_start: dt.date,
    period_end: dt.date,
    settings: PlanningSettings | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> PlanResult:
    """Read and solve in one call (nothing is written; see :func:`save_plan`).

    Raises:
        HomeDeliveryError: an invalid period.
    """
    planning = read_planning(uow, period_start, period_end, settings)
    return solve_planning(planning, progress=progress, cancelled=cancelled)


def solve_planning(
    planning: PlanningInput,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    solver: Solver | None = None,
) -> PlanResult:
    """Propose the rounds of a period within the time budget (no database needed).

    Args:
        progress: called with (elapsed ms, budget ms, text) while the solver works.
        cancelled: polled by the solver; once True it stops.
        solver: ``ortools_adapter.solve`` (the default, in this thread) or
            :func:`~bibliomobile.services.home_delivery.routing.process.solve_in_process`.
    """
    if solver is None:
        from bibliomobile.services.home_delivery.routing import (
            ortools_adapter,  # the routing extra is needed only here
        )

        solver = ortools_adapter.solve
    started = time.monotonic()
    kept, shifts = planning.visits, planning.shifts
    solution = solver(planning.problem, progress=progress, cancelled=cancelled)
    rounds: list[PlannedRound] = []
    for route in solution.routes:
        shift = shifts[route.vehicle_index]
        rounds.append(
            PlannedRound(
                volunteer_id=shift.volunteer_id,
                volunteer_name=shift.volunteer_name,
                date=shift.day,
                start_time=_clock(route.start_s),
                end_time=_clock(route.end_s),
                distance_km=round(route.distance_m / 1000, 1),
                visits=tuple(
                    PlannedVisit(
                        beneficiary_id=kept[stop.visit_index].beneficiary_id,
                        name=kept[stop.visit_index].name,
                        commune=kept[stop.visit_index].commune,
                        planned_time=_clock(stop.arrival_s),
                        delivery_id=kept[stop.visit_index].delivery_id,
                        locked=kept[stop.visit_index].pinned_round_id is not None,
                    )
                    for stop in route.stops
                ),
            )
        )
    dropped = list(planning.early) + [
        _dropped(kept[i], "ne tient dans aucune tournée (horaires, capacité ou trajets)")
        for i in solution.dropped
    ]
    rounds.sort(key=lambda r: (r.date, r.start_time, r.volunteer_name))
    return PlanResult(
        period_start=planning.period_start,
        period_end=planning.period_end,
        rounds=tuple(rounds),
        dropped=tuple(sorted(dropped, key=lambda d: d.name.casefold())),
        total_distance_km=round(solution.total_distance_m / 1000, 1),
        solve_seconds=round(time.monotonic() - started, 2),
        cancelled=solution.cancelled,
        warnings=planning.warnings,
    )


def save_plan(uow: UnitOfWork, plan: PlanResult) -> list[str]:
    """Record a proposal as planned rounds; returns the round ids.

    Visits already planned keep their delivery (and bag) and move to their new place.
    A previously planned visit the new plan could not hold is removed from its round
    unless a bag was already prepared for it (then it stays where it was).

    Raises:
        HomeDeliveryError: a visit of the plan was made (its outcome recorded) since
            the plan was read, while the solver ran; nothing is written.
    """
    session = uow.session
    moved = [v.delivery_id for r in plan.rounds for v in r.visits if v.delivery_id]
    moved += [d.delivery_id for d in plan.dropped if d.delivery_id]
    if moved and session.scalar(
        select(Delivery.id).where(Delivery.id.in_(moved), Delivery.outcome.is_not(None)).limit(1)
    ):
        raise HomeDeliveryError(
            "Une visite de la période a eu lieu pendant le calcul : relancez le calcul."
        )
    existing_rounds = {
        (r.volunteer_id, r.date): r
        for r in session.scalars(
            select(Round)
            .where(Round.date.between(plan.period_start, plan.period_end))
            .where(Round.status == RoundStatus.PLANNED.value)
        )
    }
    used: set[str] = set()
    round_ids: list[str] = []
    for planned in plan.rounds:
        round_ = existing_rounds.get((planned.volunteer_id, planned.date))
        if round_ is None or round_.id in used:
            round_ = Round(
                date=planned.date,
                volunteer_id=planned.volunteer_id,
                status=RoundStatus.PLANNED.value,
            )
            session.add(round_)
            session.flush()
        used.add(round_.id)
        round_.start_time = planned.start_time
        round_.end_time = planned.end_time
        round_ids.append(round_.id)
        for position, visit in enumerate(planned.visits):
            delivery = session.get(Delivery, visit.delivery_id) if visit.delivery_id else None
            if delivery is None:
                delivery = Delivery(round_id=round_.id, beneficiary_id=visit.beneficiary_id)
                session.add(delivery)
            delivery.round_id = round_.id
            delivery.position = position
            delivery.planned_time = visit.planned_time
    for dropped in plan.dropped:
        if dropped.delivery_id is None:
            continue
        delivery = session.get(Delivery, dropped.delivery_id)
        has_bag = session.scalar(select(Bag.id).where(Bag.delivery_id == dropped.delivery_id))
        if delivery is not None and has_bag is None and not delivery.locked:
            session.delete(delivery)
    session.flush()
    for round_ in existing_rounds.values():
        if round_.id in used:
            continue
        left = session.scalar(select(Delivery.id).where(Delivery.round_id == round_.id).limit(1))
        if left is None:
            session.delete(round_)
    uow.commit()
    return round_ids


def plan_summary(plan: PlanResult) -> str:
    """One French line for the status bar."""
    visits = sum(len(r.visits) for r in plan.rounds)
    if not visits and not plan.dropped:
        return (
            f"Aucune visite à planifier du {plan.period_start:%d/%m/%Y} "
            f"au {plan.period_end:%d/%m/%Y}."
        )
    text = (
        f"{visits} visite(s) en {len(plan.rounds)} tournée(s), "
        f"{_decimal(plan.total_distance_km)} km, calcul {_decimal(plan.solve_seconds)} s"
    )
    if plan.dropped:
        text += f" — {len(plan.dropped)} visite(s) impossible(s) à placer"
    return text


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")
