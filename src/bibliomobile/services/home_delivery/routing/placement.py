"""Placing as many visits as possible in the rounds: ruin and recreate, in plain Python.

OR-Tools' local search is strong at shortening routes but slow to find room for the
last visits when the rounds are nearly full (with the bench's week, a guided local
search needed 40 s to place the 60 visits that fit). This first phase does only that,
after the fleet-minimisation stage of SISR (Christiaens & Vanden Berghe, "Slack
induction by string removals for vehicle routing problems", 2020): each step removes
a few strings of consecutive visits from rounds that lie close together, then puts
the removed visits and the ones still left out back one by one where they add the
least distance, the most often left out first. A step is kept when it leaves fewer
visits out, or visits that were left out less often until then; every step counts
one more absence for each visit still out, so the hard visits move to the front. The
routes it ends with are handed to OR-Tools as the first solution, to be shortened.

Everything here counts in the model's units (see ``ortools_adapter.UNIT_S``): the
``times`` matrix holds the service at the first node plus the drive to the second,
waiting is allowed, and a visit is served as early as its windows let it. Nodes
``0..n-1`` are visits and ``n + k`` is the home of vehicle ``k``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Average number of visits a step removes, and the longest string (SISR's c̄, L^max).
MEAN_REMOVED = 10
LONGEST_STRING = 10
#: Chance that recreating skips a position (SISR's blinks).
BLINK = 0.01
#: Steps between two looks at the clock and the cancel.
CHECK_EVERY = 16

_NEVER = -(10**12)  # latest arrival of a node no arrival can suit


@dataclass(frozen=True, slots=True)
class PlacementModel:
    times: list[list[int]]
    distances: list[list[int]]
    windows: list[list[tuple[int, int]]]  # per visit node: (start, end), sorted, disjoint
    shifts: list[tuple[int, int]]  # per vehicle
    capacities: list[int]
    allowed: list[list[int]]  # vehicles that may make each visit node
    locked: dict[int, list[int]]  # vehicle -> its locked visit nodes, in order


class _Plan:
    """Routes with, per position, the earliest service start and the latest arrival
    that keeps the rest of the round feasible: testing an insertion costs one window
    look-up (arriving earlier is never worse, since the volunteer may wait).

    A route is never changed in place but replaced (``set``), so that the routes a
    step changed can be put back (``undo``) and a copy can share the lists."""

    def __init__(self, model: PlacementModel) -> None:
        self.model = model
        self.n = len(model.windows)
        self.towards = [list(column) for column in zip(*model.distances, strict=True)]
        self.routes = [list(model.locked.get(k, [])) for k in range(len(model.shifts))]
        self.earliest: list[list[int]] = [[] for _ in self.routes]
        self.latest: list[list[int]] = [[] for _ in self.routes]
        for k in range(len(self.routes)):
            self.update(k)
        self.before: dict[int, tuple[list[int], list[int], list[int]]] = {}

    def routes_copy(self) -> list[list[int]]:
        return list(self.routes)

    def set(self, k: int, route: list[int]) -> None:
        if k not in self.before:
            self.before[k] = (self.routes[k], self.earliest[k], self.latest[k])
        self.routes[k] = route
        self.update(k)

    def keep(self) -> None:
        """The changes since the last ``keep`` or ``undo`` stay."""
        self.before = {}

    def undo(self) -> None:
        """Put back the routes changed since the last ``keep`` or ``undo``."""
        for k, (route, earliest, latest) in self.before.items():
            self.routes[k], self.earliest[k], self.latest[k] = route, earliest, latest
        self.before = {}

    def update(self, k: int) -> None:
        """Recompute the times of route ``k`` (positions 0 and len+1 are home)."""
        model, route, home = self.model, self.routes[k], self.n + k
        times, windows = model.times, model.windows
        start, end = model.shifts[k]
        earliest = [start]
        clock, previous = start, home
        for node in route:
            clock += times[previous][node]
            for low, high in windows[node]:
                if clock <= high:
                    if clock < low:
                        clock = low
                    break
            else:
                clock = -_NEVER  # no window left: nothing after can fit
            earliest.append(clock)
            previous = node
        earliest.append(clock + times[previous][home])
        latest = [end]
        limit, following = end, home
        for node in reversed(route):
            limit -= times[node][following]
            best = _NEVER
            for low, high in windows[node]:
                if low <= limit:
                    best = high if high < limit else limit
            latest.append(best)
            limit, following = best, node
        latest.append(start if not route else limit - times[home][route[0]])
        latest.reverse()
        self.earliest[k], self.latest[k] = earliest, latest

    def best_insertion(
        self, node: int, rng: random.Random, blink: float
    ) -> tuple[int, int, int] | None:
        """Cheapest feasible (added metres, vehicle, position) for ``node``, or None."""
        model = self.model
        to_node = self.towards[node]
        from_node = model.distances[node]
        times, windows = model.times, model.windows[node]
        times_from = times[node]
        best_added = 1 << 62
        best: tuple[int, int, int] | None = None
        for k in model.allowed[node]:
            route = self.routes[k]
            if len(route) >= model.capacities[k]:
                continue
            home = self.n + k
            earliest, latest = self.earliest[k], self.latest[k]
            previous = home
            dist_previous = model.distances[home]
            for position, following in enumerate((*route, home)):
                added = to_node[previous] + from_node[following] - dist_previous[following]
                if added < best_added and not (blink and rng.random() < blink):
                    clock = earliest[position] + times[previous][node]
                    for low, high in windows:
                        if clock <= high:
                            if clock < low:
                                clock = low
                            if clock + times_from[following] <= latest[position + 1]:
                                best_added, best = added, (added, k, position)
                            break
                previous = following
                dist_previous = model.distances[following]
        return best


def _ruin(
    plan: _Plan, rng: random.Random, out: list[int], locked: set[int], near: list[list[int]]
) -> list[int]:
    """Remove strings of consecutive visits (never a locked one) from the rounds of the
    visits nearest a seed: a visit left out, half the time when there is one (so as to
    make room in the rounds that could take it), else a visit of the plan."""
    where = {node: k for k, route in enumerate(plan.routes) for node in route}
    free = [v for v in where if v not in locked]
    if not free:
        return []
    rounds: set[int] | None = None
    if out and rng.random() < 0.5:
        seed = rng.choice(out)
        rounds = set(plan.model.allowed[seed]) & {where[v] for v in free}
    else:
        seed = rng.choice(free)
    busy = [len(r) for r in plan.routes if r]
    longest = min(LONGEST_STRING, sum(busy) // len(busy))
    most_routes = 4 * MEAN_REMOVED / (1 + longest) - 1
    routes = int(rng.uniform(1, most_routes + 1))
    removed: list[int] = []
    ruined: set[int] = set()
    for neighbour in near[seed]:
        if len(ruined) >= routes:
            break
        k = where.get(neighbour)
        if k is None or k in ruined or neighbour in locked or (rounds and k not in rounds):
            continue
        ruined.add(k)
        route = plan.routes[k]
        length = int(rng.uniform(1, min(len(route), longest) + 1))
        at = route.index(neighbour)
        first = max(0, min(at - rng.randrange(length), len(route) - length))
        string = [v for v in route[first : first + length] if v not in locked]
        plan.set(k, [v for v in route if v not in string])
        removed.extend(string)
    return removed


def place(
    model: PlacementModel,
    seconds: float,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
) -> list[list[int]]:
    """Routes (visit nodes per vehicle) holding as many visits as could be placed in
    ``seconds`` (or until ``stop()``, or once every visit is in); locked visits keep
    their vehicle and order."""
    deadline = time.monotonic() + seconds
    rng = random.Random(seed)
    n = len(model.windows)
    locked = {v for nodes in model.locked.values() for v in nodes}
    plan = _Plan(model)
    absences = [0] * n
    out = _recreate(plan, [v for v in range(n) if v not in locked], absences, rng, 0.0)
    plan.keep()
    best, best_out = plan.routes_copy(), len(out)
    near = [sorted(range(n), key=row.__getitem__) for row in model.distances[:n]]
    steps = 0
    while out:
        steps += 1
        if steps % CHECK_EVERY == 0 and (
            time.monotonic() >= deadline or (stop is not None and stop())
        ):
            break
        removed = _ruin(plan, rng, out, locked, near)
        left = _recreate(plan, out + removed, absences, rng, BLINK)
        if len(left) < len(out) or sum(absences[v] for v in left) < sum(absences[v] for v in out):
            plan.keep()
            out = left
            if len(out) < best_out:
                best, best_out = plan.routes_copy(), len(out)
        else:
            plan.undo()
        for v in out:
            absences[v] += 1
    return [list(route) for route in best]


def _recreate(
    plan: _Plan,
    todo: list[int],
    absences: list[int],
    rng: random.Random,
    blink: float,
) -> list[int]:
    """Insert ``todo`` where each adds the least distance, the most often left out
    first (then the fewest rounds, a little shuffled); returns the ones that found no
    room."""
    allowed = plan.model.allowed
    order = sorted(todo, key=lambda v: (-absences[v], len(allowed[v]) + 2 * rng.random()))
    left = []
    for node in order:
        found = plan.best_insertion(node, rng, blink)
        if found is None:
            left.append(node)
            continue
        _, k, position = found
        route = plan.routes[k]
        plan.set(k, [*route[:position], node, *route[position:]])
    return left
