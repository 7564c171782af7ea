"""What a round plan is: the planner's settings, the rounds it proposes, the visits it
could not place and why (plain data, shown to the coordinator and saved as it is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bibliomobile.domain.geo import DEFAULT_DETOUR_FACTOR


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
