"""Round planning: 60 visits, 6 volunteers, a week of time windows.

The production budget (5 s) is compared with a 60-second solve of the same instance
in the same run: the plan must be found within the budget, hold as many visits, and
its total distance stay within 5 % of the long solve's.

While the GUI plans, its database worker must stay free: the latency of quick reads
made during a solve in the child process (as the GUI does) is compared with the same
reads with no solver running, and with a solve on a thread of the same process
(OR-Tools holds the GIL for the whole search).
"""

from __future__ import annotations

import random
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bench.common import Context, Row, percentile, verdict
from bibliomobile.services.home_delivery.routing.ortools_adapter import solve
from bibliomobile.services.home_delivery.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
)
from bibliomobile.services.home_delivery.routing.process import solve_in_process
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store

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


def _read_latencies(store: Store, until: Callable[[], bool]) -> list[float]:
    """Quick reads (as a scan or a search makes), one due every 20 ms until ``until()``:
    each one's delay in ms from when it was due to its result (a thread holding the
    GIL delays the start, so the delay counts from the due time)."""
    samples = []
    due = time.perf_counter()
    while not until():
        time.sleep(max(0.0, due - time.perf_counter()))
        with store.unit_of_work() as uow:
            uow.session.scalar(select(func.count()).select_from(Patron))
        done = time.perf_counter()
        samples.append((done - due) * 1000)
        due = max(due + 0.02, done)
    return samples


def _reads_during(store: Store, solver: Callable[[RoutingProblem], object] | None) -> list[float]:
    if solver is None:
        deadline = time.perf_counter() + BUDGET_S
        return _read_latencies(store, lambda: time.perf_counter() > deadline)
    thread = threading.Thread(target=solver, args=(problem(BUDGET_S),))
    thread.start()
    samples = _read_latencies(store, lambda: not thread.is_alive())
    thread.join()
    return samples


def responsiveness_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        try:
            idle = _reads_during(store, None)
            child = _reads_during(store, solve_in_process)
            thread = _reads_during(store, solve)
        finally:
            store.close()
    idle_p95, child_p95 = percentile(idle, 95), percentile(child, 95)
    thread_max = max(thread)
    return [
        Row(
            issue=ISSUE,
            what="planning: p95 of quick database reads while the solver runs (child process)",
            figure=f"{child_p95:.1f} ms (max {max(child):.1f} ms, {len(child)} reads)",
            baseline=f"{idle_p95:.1f} ms (no solver, {len(idle)} reads)",
            ratio=f"{child_p95 / idle_p95:.2f}",
            goal="<= 50 ms (a scan stays instant)",
            verdict=verdict(child_p95 <= 50),
        ),
        Row(
            issue=ISSUE,
            what="planning: the same reads with the solver on a thread (why a child process)",
            figure=f"max {thread_max:.0f} ms, p95 {percentile(thread, 95):.0f} ms",
            baseline=f"max {max(child):.0f} ms beside the child process",
            ratio=f"{thread_max / max(child):.0f}",
            goal="information",
            verdict="—",
        ),
    ]


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
        *responsiveness_rows(),
    ]
