"""A vehicle-routing problem with time windows, as plain data.

Times are whole seconds from midnight of the first day of the planning period, so a
vehicle is a (volunteer, day) pair whose shift sits on that day. Distances are road
estimates (haversine × detour factor): there is no map service offline.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from bibliomobile.domain.geo import DEFAULT_DETOUR_FACTOR, road_distance_m, travel_seconds

#: progress(done, total, text): the solver reports elapsed and budgeted milliseconds.
ProgressCallback = Callable[[int, int, str], None]
#: Returns True once the person asked to stop; the best plan so far is kept.
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Span:
    """A time interval [start, end] in seconds from the period's first midnight."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class RoutingVisit:
    """A visit to make.

    Attributes:
        windows: when the service may start (one or more, sorted, disjoint).
        service_s: time spent at the door.
        allowed_vehicles: vehicles that may make it (None: any).
        pinned_vehicle / pinned_rank: a locked visit stays on that vehicle, in that
            order relative to the other locked visits of the vehicle.
    """

    key: str
    place: Place
    windows: tuple[Span, ...]
    service_s: int
    allowed_vehicles: tuple[int, ...] | None = None
    pinned_vehicle: int | None = None
    pinned_rank: int | None = None


@dataclass(frozen=True, slots=True)
class RoutingVehicle:
    """A volunteer on one day: leaves home and comes back within the shift."""

    key: str
    start: Place
    shift: Span
    capacity: int


@dataclass(frozen=True, slots=True)
class RoutingProblem:
    visits: tuple[RoutingVisit, ...]
    vehicles: tuple[RoutingVehicle, ...]
    speed_kmh: float = 25.0
    detour_factor: float = DEFAULT_DETOUR_FACTOR
    time_budget_s: float = 5.0

    def places(self) -> list[Place]:
        """Visit places first, then each vehicle's start (the node order of the matrices)."""
        return [v.place for v in self.visits] + [v.start for v in self.vehicles]

    def distance_matrix(self) -> list[list[int]]:
        """Road distance in metres between every pair of nodes."""
        places = self.places()
        return [
            [
                round(
                    road_distance_m(
                        a.latitude, a.longitude, b.latitude, b.longitude, self.detour_factor
                    )
                )
                for b in places
            ]
            for a in places
        ]

    def travel_matrix(self, distances: list[list[int]]) -> list[list[int]]:
        """Driving seconds between every pair of nodes (rounded up)."""
        return [[math.ceil(travel_seconds(d, self.speed_kmh)) for d in row] for row in distances]


@dataclass(frozen=True, slots=True)
class PlannedStop:
    visit_index: int
    arrival_s: int  # when the service starts


@dataclass(frozen=True, slots=True)
class VehicleRoute:
    vehicle_index: int
    stops: tuple[PlannedStop, ...]
    start_s: int
    end_s: int
    distance_m: int


@dataclass(frozen=True, slots=True)
class RoutingSolution:
    """The routes found, and the visits that could not fit (never silently dropped)."""

    routes: tuple[VehicleRoute, ...]
    dropped: tuple[int, ...]
    total_distance_m: int
    wall_time_s: float
    cancelled: bool = False
    found: bool = True


@dataclass(frozen=True, slots=True)
class Schedule:
    """Times of one route driven in a given order, each visit as early as allowed."""

    start_s: int
    arrivals: tuple[int, ...]
    end_s: int
    late: tuple[int, ...]  # positions whose window could not be met (manual orders only)


def earliest_schedule(
    shift: Span,
    service_s: list[int],
    windows: list[tuple[Span, ...]],
    travel_from_start: list[int],
    travel_between: list[list[int]],
    travel_to_start: list[int],
) -> Schedule:
    """Drive the visits in the given order, serving each as early as its windows allow.

    The volunteer leaves home just in time for the first visit (not before the shift
    starts). A visit whose windows are all past is served on arrival and reported in
    ``late``. Indexes are positions in the route.
    """
    count = len(service_s)
    if count == 0:
        return Schedule(shift.start, (), shift.start, ())
    arrivals: list[int] = []
    late: list[int] = []
    clock = shift.start + travel_from_start[0]
    for position in range(count):
        if position > 0:
            clock = arrivals[-1] + service_s[position - 1] + travel_between[position - 1][position]
        window = next((w for w in windows[position] if w.end >= clock), None)
        if window is None:
            late.append(position)
            arrivals.append(clock)
        else:
            arrivals.append(max(clock, window.start))
    start = max(shift.start, arrivals[0] - travel_from_start[0])
    end = arrivals[-1] + service_s[-1] + travel_to_start[-1]
    return Schedule(start, tuple(arrivals), end, tuple(late))
