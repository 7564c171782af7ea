"""The one module that talks to OR-Tools (pinned in the ``routing`` extra).

Vehicle routing with time windows: each vehicle is a volunteer's shift on one day;
arcs cost road metres; a "Time" dimension carries travel plus service time and the
windows; a "Visits" dimension caps the visits per round. Every visit sits in its
own disjunction with a large penalty, so a visit that cannot fit is left out of the
plan *and reported* instead of making the whole problem infeasible. Locked visits
are restricted to their vehicle and keep their relative order.

The search has two phases: placement.py first puts as many visits as it can in the
rounds (OR-Tools' local search is slow to find room for the last ones), then
OR-Tools starts from those routes and shortens them with a guided local search.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence
from typing import Any

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from bibliomobile.services.home_delivery.routing.placement import PlacementModel, place
from bibliomobile.services.home_delivery.routing.problem import (
    CancelCheck,
    PlannedStop,
    ProgressCallback,
    RoutingProblem,
    RoutingSolution,
    RoutingVisit,
    Span,
    VehicleRoute,
    earliest_schedule,
)

#: Cost of leaving a visit out, in metres: far above any detour a visit could save.
DROP_PENALTY = 10_000_000
#: Search strategy (names of OR-Tools enums), chosen with bench/bench_routing.py.
FIRST_SOLUTION = "PARALLEL_CHEAPEST_INSERTION"
METAHEURISTIC = "GUIDED_LOCAL_SEARCH"
#: Leaving out a locked visit costs much more still.
LOCKED_DROP_PENALTY = 1_000_000_000
#: The model counts time in steps of 10 seconds (travel rounded up, at most 10 s a
#: leg). In seconds, cutting the gaps between a visit's windows out of its time domain
#: took longer than the whole budget over a fortnight (47 ms a cut with 96 rounds);
#: whole minutes cost the bench's week three more visits left out.
UNIT_S = 10
#: Most of the search time may go to placing visits (placement.py) before OR-Tools
#: shortens the routes: placing ends as soon as every visit is in (the bench's week:
#: 0.35 s of CPU at the median over 100 seeds, 1.6 s for 95 %, 2.9 s at worst), and a
#: visit left out weighs more than the last percent of distance (from the placed
#: routes, the guided local search takes under a second to settle).
PLACEMENT_SHARE = 0.75


def solve(
    problem: RoutingProblem,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> RoutingSolution:
    """Solve within ``problem.time_budget_s``; the best plan found by then is returned."""
    started = time.monotonic()
    budget_ms = max(1, round(problem.time_budget_s * 1000))
    visits, vehicles = problem.visits, problem.vehicles
    # Only the vehicles whose shift meets one of a visit's windows can make it: saying
    # so up front spares the search from discovering it move by move (the bench's
    # 5-second plans hold more visits this way).
    candidates = [_vehicles_meeting(problem, v) for v in visits]
    # A visit no vehicle can make cannot be modelled (an empty allowed-vehicle list
    # would mean "any" to OR-Tools): report it straight away.
    plannable = [i for i, v in enumerate(visits) if v.windows and candidates[i]]
    unplannable = tuple(i for i in range(len(visits)) if i not in set(plannable))
    if not plannable:
        return RoutingSolution((), unplannable, 0, time.monotonic() - started)

    n, m = len(plannable), len(vehicles)
    sub = RoutingProblem(
        visits=tuple(visits[i] for i in plannable),
        vehicles=vehicles,
        speed_kmh=problem.speed_kmh,
        detour_factor=problem.detour_factor,
        time_budget_s=problem.time_budget_s,
    )
    distances = sub.distance_matrix()
    travel = sub.travel_matrix(distances)
    service = [_up(v.service_s) for v in sub.visits] + [0] * m
    times = [[service[a] + _up(travel[a][b]) for b in range(n + m)] for a in range(n + m)]
    depots = [n + k for k in range(m)]

    manager = pywrapcp.RoutingIndexManager(n + m, m, depots, depots)
    routing = pywrapcp.RoutingModel(manager)
    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitMatrix(distances))

    horizon = 1 + _up(
        max([v.shift.end for v in vehicles] + [w.end for v in sub.visits for w in v.windows])
    )
    routing.AddDimension(routing.RegisterTransitMatrix(times), horizon, horizon, False, "Time")
    time_dim = routing.GetDimensionOrDie("Time")
    routing.AddDimensionWithVehicleCapacity(
        routing.RegisterUnaryTransitVector([1] * n + [0] * m),
        0,
        [v.capacity for v in vehicles],
        True,
        "Visits",
    )
    for k, vehicle in enumerate(vehicles):
        for index in (routing.Start(k), routing.End(k)):
            time_dim.CumulVar(index).SetRange(_up(vehicle.shift.start), vehicle.shift.end // UNIT_S)

    pinned: dict[int, list[tuple[int, int]]] = {}
    pinned_nodes: dict[int, list[tuple[int, int]]] = {}
    for node, visit in enumerate(sub.visits):
        index = manager.NodeToIndex(node)
        cumul = time_dim.CumulVar(index)
        windows = sorted(
            (Span(_up(w.start), w.end // UNIT_S) for w in visit.windows), key=lambda w: w.start
        )
        cumul.SetRange(windows[0].start, windows[-1].end)
        for before, after in itertools.pairwise(windows):
            if after.start - 1 >= before.end + 1:
                cumul.RemoveInterval(before.end + 1, after.start - 1)
        if visit.pinned_vehicle is not None:
            _allow(routing, index, [visit.pinned_vehicle])
            pinned.setdefault(visit.pinned_vehicle, []).append((visit.pinned_rank or 0, index))
            pinned_nodes.setdefault(visit.pinned_vehicle, []).append((visit.pinned_rank or 0, node))
            routing.AddDisjunction([index], LOCKED_DROP_PENALTY)
        else:
            allowed = candidates[plannable[node]]
            if len(allowed) < m:
                _allow(routing, index, allowed)
            routing.AddDisjunction([index], DROP_PENALTY)
    solver = routing.solver()
    # Locked visits keep their order among those planned: a locked visit that cannot
    # be made any more must not pull the ones before it out of the plan too.
    for ranked in pinned.values():
        ordered = [index for _, index in sorted(ranked)]
        for first, second in itertools.combinations(ordered, 2):
            both = routing.ActiveVar(first) + routing.ActiveVar(second) - 1
            solver.Add(
                time_dim.CumulVar(first) + 1 <= time_dim.CumulVar(second) + horizon * (1 - both)
            )

    stopped = {"cancelled": False}
    reported = [0.0]

    def stop() -> bool:
        """Polled by the placement phase: reports progress now and then, and the cancel."""
        now = time.monotonic()
        if progress is not None and now - reported[0] >= 0.2:
            reported[0] = now
            elapsed = round((now - started) * 1000)
            progress(min(elapsed, budget_ms - 1), budget_ms, "Placement des visites…")
        if cancelled is not None and cancelled():
            stopped["cancelled"] = True
        return stopped["cancelled"]

    def on_solution() -> None:
        elapsed = round((time.monotonic() - started) * 1000)
        if progress is not None:
            progress(min(elapsed, budget_ms - 1), budget_ms, "Recherche des tournées…")
        if cancelled is not None and cancelled():
            stopped["cancelled"] = True
            solver.FinishCurrentSearch()

    if progress is not None or cancelled is not None:
        routing.AddAtSolutionCallback(on_solution)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = getattr(
        routing_enums_pb2.FirstSolutionStrategy, FIRST_SOLUTION
    )
    params.local_search_metaheuristic = getattr(
        routing_enums_pb2.LocalSearchMetaheuristic, METAHEURISTIC
    )
    # The budget covers the whole call: what building the model took is not searched.
    left_ms = budget_ms - round((time.monotonic() - started) * 1000) - 100
    placing_ms = round(left_ms * PLACEMENT_SHARE)
    routes = place(
        PlacementModel(
            times=times,
            distances=distances,
            windows=[
                [(_up(w.start), w.end // UNIT_S) for w in sorted(v.windows, key=lambda w: w.start)]
                for v in sub.visits
            ],
            shifts=[(_up(v.shift.start), v.shift.end // UNIT_S) for v in vehicles],
            capacities=[v.capacity for v in vehicles],
            allowed=[
                [v.pinned_vehicle] if v.pinned_vehicle is not None else candidates[plannable[node]]
                for node, v in enumerate(sub.visits)
            ],
            locked={
                k: [index for _, index in sorted(ranked)] for k, ranked in pinned_nodes.items()
            },
        ),
        placing_ms / 1000,
        stop=stop,
    )
    spent_ms = round((time.monotonic() - started) * 1000)
    params.time_limit.FromMilliseconds(max(100, budget_ms - spent_ms - 100))
    routing.CloseModelWithParameters(params)
    first = routing.ReadAssignmentFromRoutes(
        [[manager.NodeToIndex(node) for node in route] for route in routes], True
    )
    if stopped["cancelled"]:
        assignment = first
    elif first is not None:
        assignment = routing.SolveFromAssignmentWithParameters(first, params)
    else:
        assignment = routing.SolveWithParameters(params)
    elapsed_s = time.monotonic() - started
    if progress is not None:
        progress(budget_ms, budget_ms, "Recherche terminée")
    if assignment is None:
        return RoutingSolution(
            (), tuple(range(len(visits))), 0, elapsed_s, stopped["cancelled"], found=False
        )
    return _read(
        sub,
        plannable,
        unplannable,
        routing,
        manager,
        assignment,
        distances,
        travel,
        elapsed_s,
        stopped["cancelled"],
    )


def _up(seconds: int) -> int:
    """Model time steps, rounded up (see UNIT_S)."""
    return -(-seconds // UNIT_S)


def _vehicles_meeting(problem: RoutingProblem, visit: RoutingVisit) -> list[int]:
    """Vehicles allowed for ``visit`` whose shift overlaps one of its windows."""
    allowed: Sequence[int] = (
        range(len(problem.vehicles)) if visit.allowed_vehicles is None else visit.allowed_vehicles
    )
    if visit.pinned_vehicle is not None:
        allowed = (visit.pinned_vehicle,)
    return [
        k
        for k in allowed
        if any(
            w.start <= problem.vehicles[k].shift.end and problem.vehicles[k].shift.start <= w.end
            for w in visit.windows
        )
    ]


def _allow(routing: Any, index: int, vehicles: list[int]) -> None:
    """Only these vehicles may serve ``index`` (-1 keeps the visit droppable).

    Restricts the vehicle variable directly: SetAllowedVehiclesForIndex does not
    accept Python sequences in this OR-Tools build.
    """
    routing.VehicleVar(index).SetValues([-1, *vehicles])


def _read(
    sub: RoutingProblem,
    plannable: list[int],
    unplannable: tuple[int, ...],
    routing: Any,
    manager: Any,
    assignment: Any,
    distances: list[list[int]],
    travel: list[list[int]],
    elapsed_s: float,
    cancelled: bool,
) -> RoutingSolution:
    n = len(sub.visits)
    routes: list[VehicleRoute] = []
    served: set[int] = set()
    for k, vehicle in enumerate(sub.vehicles):
        nodes: list[int] = []
        index = assignment.Value(routing.NextVar(routing.Start(k)))
        while not routing.IsEnd(index):
            nodes.append(manager.IndexToNode(index))
            index = assignment.Value(routing.NextVar(index))
        if not nodes:
            continue
        served.update(nodes)
        depot = n + k
        # Re-time the solver's order: every visit as early as its window allows.
        schedule = earliest_schedule(
            vehicle.shift,
            [sub.visits[v].service_s for v in nodes],
            [sub.visits[v].windows for v in nodes],
            [travel[depot][nodes[0]]],
            [[travel[a][b] for b in nodes] for a in nodes],
            [travel[v][depot] for v in nodes],
        )
        path = [depot, *nodes, depot]
        routes.append(
            VehicleRoute(
                vehicle_index=k,
                stops=tuple(
                    PlannedStop(plannable[v], arrival)
                    for v, arrival in zip(nodes, schedule.arrivals, strict=True)
                ),
                start_s=schedule.start_s,
                end_s=schedule.end_s,
                distance_m=sum(distances[a][b] for a, b in itertools.pairwise(path)),
            )
        )
    dropped = tuple(sorted(set(unplannable) | {plannable[v] for v in range(n) if v not in served}))
    return RoutingSolution(
        routes=tuple(routes),
        dropped=dropped,
        total_distance_m=sum(r.distance_m for r in routes),
        wall_time_s=elapsed_s,
        cancelled=cancelled,
    )


__all__ = ["Span", "solve"]
