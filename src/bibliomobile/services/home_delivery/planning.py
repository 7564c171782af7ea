"""Round planning: assign the due visits to volunteers and days, and order each round.

Three steps, so the GUI can keep its one database worker free while the solver works:
:func:`~.planning_problem.read_planning` reads the problem of the period into plain
data; :func:`solve_planning` solves it within a fixed time budget without touching the
database; :func:`save_plan` records the proposal the coordinator saw, including the
visits that could not fit and why (:mod:`.plans` says what a plan holds).
:func:`plan_rounds` reads and solves in one call (CLI, simulation).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from sqlalchemy import select

from bibliomobile.domain.enums import RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.common import HomeDeliveryError, clock_time
from bibliomobile.services.home_delivery.planning_problem import (
    PlanningInput,
    dropped_visit,
    read_planning,
)
from bibliomobile.services.home_delivery.plans import (
    PlannedRound,
    PlannedVisit,
    PlanningSettings,
    PlanResult,
)
from bibliomobile.services.home_delivery.routing.problem import (
    CancelCheck,
    ProgressCallback,
    RoutingSolution,
)
from bibliomobile.store.models import Bag, Beneficiary, Delivery, Round
from bibliomobile.store.uow import UnitOfWork

#: solve(problem, progress=..., cancelled=...): the OR-Tools adapter, in this process or not.
Solver = Callable[..., RoutingSolution]


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
                start_time=clock_time(route.start_s),
                end_time=clock_time(route.end_s),
                distance_km=round(route.distance_m / 1000, 1),
                visits=tuple(
                    PlannedVisit(
                        beneficiary_id=kept[stop.visit_index].beneficiary_id,
                        name=kept[stop.visit_index].name,
                        commune=kept[stop.visit_index].commune,
                        planned_time=clock_time(stop.arrival_s),
                        delivery_id=kept[stop.visit_index].delivery_id,
                        locked=kept[stop.visit_index].pinned_round_id is not None,
                    )
                    for stop in route.stops
                ),
            )
        )
    dropped = list(planning.early) + [
        dropped_visit(kept[i], Message("home_delivery.dropped_no_round")) for i in solution.dropped
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
            the plan was read, while the solver ran; or a beneficiary of the plan has
            no legal basis or information recorded; nothing is written.
    """
    session = uow.session
    moved = [v.delivery_id for r in plan.rounds for v in r.visits if v.delivery_id]
    moved += [d.delivery_id for d in plan.dropped if d.delivery_id]
    if moved and session.scalar(
        select(Delivery.id).where(Delivery.id.in_(moved), Delivery.outcome.is_not(None)).limit(1)
    ):
        raise HomeDeliveryError(Message("home_delivery.visite_periode_eu_lieu"))
    _refuse_without_legal_record(uow, plan)
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
    return round_ids


def _refuse_without_legal_record(uow: UnitOfWork, plan: PlanResult) -> None:
    """No round for a person whose legal basis and information are not on record."""
    from bibliomobile.services.home_delivery.beneficiaries import missing_legal_record

    missing: dict[str, Message] = {}
    for planned in plan.rounds:
        for visit in planned.visits:
            found = uow.session.get(Beneficiary, visit.beneficiary_id)
            reason = missing_legal_record(found) if found is not None else None
            if reason is not None:
                missing.setdefault(visit.name, reason)
    if missing:
        names = " ; ".join(
            str(Message("home_delivery.name_reason", name=name, reason=missing[name]))
            for name in sorted(missing)
        )
        raise HomeDeliveryError(Message("home_delivery.rounds_refused_legal_record", names=names))
