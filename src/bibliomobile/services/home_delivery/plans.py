"""What a round plan is: the planner's settings, the rounds it proposes, the visits it
could not place and why (plain data, shown to the coordinator and saved as it is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bibliomobile.domain.geo import DEFAULT_DETOUR_FACTOR
from bibliomobile.lang import Message


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
    reason: Message  # rendered in the language shown
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
    """One line for the status bar, in the language shown."""
    visits = sum(len(r.visits) for r in plan.rounds)
    if not visits and not plan.dropped:
        return str(
            Message(
                "home_delivery.nothing_to_plan",
                start=f"{plan.period_start:%d/%m/%Y}",
                end=f"{plan.period_end:%d/%m/%Y}",
            )
        )
    text = str(
        Message(
            "home_delivery.plan_summary",
            visits=visits,
            rounds=len(plan.rounds),
            km=_decimal(plan.total_distance_km),
            seconds=_decimal(plan.solve_seconds),
        )
    )
    if plan.dropped:
        text += " — " + str(Message("home_delivery.plan_dropped", n=len(plan.dropped)))
    return text


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")
