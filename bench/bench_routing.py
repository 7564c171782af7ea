"""Round planning: 60 visits, 6 volunteers, a week of time windows.

The production budget (5 s) is compared with a 60-second solve of the same instance
in the same run: the plan must be found within the budget, hold as many visits, and
its total distance stay within 5 % of the long solve's.
"""

from __future__ import annotations

import random
import time

from bench.common import Context, Row, verdict
from bibliomobile.services.routing.ortools_adapter import solve
from bibliomobile.services.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
)

ISSUE = "#6"
BUDGET_S = 5.0
LONG_S = 60.0
DAY = 86_400
HOUR = 3_600


def instance(
    seed: int = 2026, visits: int = 60, volunteers: int = 6
) -> list[RoutingVisit | RoutingVehicle]:
    """Beneficiaries scattered over a rural canton (~30 × 30 km), each at home on two
    half-days of the week; each volunteer does two half-day rounds of at most 6 visits."""
    rng = random.Random(seed)
    centre = (45.72, 3.34)

    def place() -> Place:
        return Place(centre[0] + rng.uniform(-0.14, 0.14), centre[1] + rng.uniform(-0.19, 0.19))

    half_days = [(d, morning) for d in range(5) for morning in (True, False)]
    found: list[RoutingVisit | RoutingVehicle] = []
    for k in range(volunteers):
        home = place()
        for day, morning in rng.sample(half_days, 2):
            start = day * DAY + (9 * HOUR if morning else 14 * HOUR)
            found.append(
                RoutingVehicle(f"v{k}-{day}", home, Span(start, start + 3 * HOUR + 1800), 6)
            )
    for i in range(visits):
        windows = []
        for day, morning in sorted(rng.sample(half_days, 3)):
            start = day * DAY + (9 * HOUR + 1800 if morning else 14 * HOUR)
            windows.append(Span(start, start + 2 * HOUR + 1800))
        found.append(RoutingVisit(f"b{i}", place(), tuple(windows), 20 * 60))
    return found


def problem(budget: float) -> RoutingProblem:
    parts = instance()
    visits = tuple(p for p in parts if isinstance(p, RoutingVisit))
    vehicles = tuple(p for p in parts if isinstance(p, RoutingVehicle))
    return RoutingProblem(visits, vehicles, speed_kmh=40.0, time_budget_s=budget)


def run(ctx: Context) -> list[Row]:
    long_budget = 15.0 if ctx.quick else LONG_S
    started = time.perf_counter()
    short = solve(problem(BUDGET_S))
    short_s = time.perf_counter() - started
    started = time.perf_counter()
    long = solve(problem(long_budget))
    long_s = time.perf_counter() - started
    ratio = short.total_distance_m / long.total_distance_m if long.total_distance_m else 0.0
    held = len(short.dropped) <= len(long.dropped)
    served = 60 - len(short.dropped)
    return [
        Row(
            issue=ISSUE,
            what="routing: solve time, 60 visits / 6 volunteers / 12 rounds, time windows",
            figure=f"{short_s:.2f} s ({served} visits planned, {len(short.dropped)} reported)",
            baseline=f"{long_s:.2f} s ({long_budget:.0f}-second solve)",
            ratio=f"{short_s / long_s:.2f}",
            goal=f"<= {BUDGET_S:.0f} s",
            verdict=verdict(short_s <= BUDGET_S),
        ),
        Row(
            issue=ISSUE,
            what="routing: total distance vs a long solve of the same instance",
            figure=f"{short.total_distance_m / 1000:.1f} km, {len(short.dropped)} dropped",
            baseline=f"{long.total_distance_m / 1000:.1f} km, {len(long.dropped)} dropped",
            ratio=f"{ratio:.3f}",
            goal="<= 1.05, no more visits dropped",
            verdict=verdict(held and ratio <= 1.05),
        ),
    ]
