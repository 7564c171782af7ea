"""Libraries, tours, stops, schedule rules and dated visits of the demo network."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind, VisitStatus
from bibliomobile.domain.schedule import Break, Rule, french_public_holidays, occurrences
from bibliomobile.services.bookmobile.schedule_rules import rule_to_columns
from bibliomobile.services.demo.geography import COMMUNE_BY_NAME, LIBRARIES, TOURS, StopPlan
from bibliomobile.services.demo.ids import IdMaker

#: Past visits cancelled by hand, with their reason (a van breaks down, snow).
CANCEL_REASONS = (
    "Panne du bibliobus",
    "Neige : col fermé",
    "Équipage en formation",
    "Route barrée (travaux)",
)
LOAN_DAYS = 28


@dataclass(frozen=True)
class VisitInfo:
    """A generated visit, as the circulation simulation needs it."""

    index: int
    id: str
    stop: int
    date: dt.date
    start: dt.time
    end: dt.time
    held: bool  # not cancelled


@dataclass
class Network:
    """Rows of the network tables and what later steps need to know about them."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    library_ids: list[str] = field(default_factory=list)
    tour_ids: list[str] = field(default_factory=list)
    tour_devices: list[str] = field(default_factory=list)
    tour_library: list[int] = field(default_factory=list)  # index into library_ids
    stop_ids: list[str] = field(default_factory=list)
    stop_tour: list[int] = field(default_factory=list)
    stop_commune: list[str] = field(default_factory=list)
    #: Visits of each stop that took or will take place, sorted by date.
    visits_by_stop: list[list[VisitInfo]] = field(default_factory=list)
    visits: list[VisitInfo] = field(default_factory=list)


def breaks_for(first_year: int, last_year: int) -> tuple[Break, ...]:
    """The network's closures: three weeks in August and the end-of-year holidays."""
    found: list[Break] = []
    for year in range(first_year, last_year + 1):
        found.append(Break(dt.date(year, 8, 3), dt.date(year, 8, 23), "Congés d'été"))
        found.append(Break(dt.date(year, 12, 22), dt.date(year + 1, 1, 2), "Fêtes de fin d'année"))
    return tuple(found)


def _rule_for(
    plan: StopPlan, stop_index: int, valid_from: dt.date, breaks: tuple[Break, ...]
) -> Rule:
    first = valid_from + dt.timedelta(days=(plan.weekday - valid_from.weekday()) % 7)
    policy = HolidayPolicy(plan.holiday_policy)
    common: dict[str, Any] = {
        "weekday": plan.weekday,
        "start_time": plan.start,
        "end_time": plan.end,
        "valid_from": valid_from,
        "holiday_policy": policy,
        "breaks": breaks,
    }
    if plan.rhythm.startswith("nth:"):
        return Rule(kind=ScheduleKind.NTH_WEEKDAY, nth=int(plan.rhythm[4:]), **common)
    weeks = int(plan.rhythm.rstrip("w"))
    # Stops of the same day alternate weeks, so the van's week is never empty.
    anchor = first + dt.timedelta(weeks=stop_index % weeks)
    return Rule(kind=ScheduleKind.EVERY_N_WEEKS, interval_weeks=weeks, anchor_date=anchor, **common)


def build_network(
    ids: IdMaker, rng: random.Random, today: dt.date, start: dt.date, end: dt.date
) -> Network:
    """Every row of the network, visits from ``start`` to ``end`` (past ones closed)."""
    net = Network()
    libraries = []
    for index, site in enumerate(LIBRARIES):
        library_id = ids.of("libraries", index)
        net.library_ids.append(library_id)
        libraries.append(
            {
                "id": library_id,
                "code": site.code,
                "name": site.name,
                "kind": site.kind,
                "commune": site.commune,
                "set_aside_days": 0,
            }
        )
    library_by_code = {site.code: i for i, site in enumerate(LIBRARIES)}
    valid_from = dt.date(start.year - 1, 9, 1)
    breaks = tuple(b for b in breaks_for(valid_from.year, end.year) if b.end >= valid_from)
    holidays = french_public_holidays(start.year, end.year)
    tours: list[dict[str, Any]] = []
    stops: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    visits: list[dict[str, Any]] = []
    for tour_index, tour in enumerate(TOURS):
        tour_id = ids.of("tours", tour_index)
        library = library_by_code[tour.library_code]
        net.tour_ids.append(tour_id)
        net.tour_devices.append(tour.device)
        net.tour_library.append(library)
        tours.append(
            {
                "id": tour_id,
                "name": tour.name,
                "vehicle": tour.vehicle,
                "library_id": net.library_ids[library],
                "color": tour.color,
                "loan_days": LOAN_DAYS,
                "active": True,
            }
        )
        for position, plan in enumerate(tour.stops):
            stop_index = len(stops)
            commune = COMMUNE_BY_NAME[plan.commune]
            stop_id = ids.of("stops", stop_index)
            net.stop_ids.append(stop_id)
            net.stop_tour.append(tour_index)
            net.stop_commune.append(commune.name)
            stops.append(
                {
                    "id": stop_id,
                    "tour_id": tour_id,
                    "commune": commune.name,
                    "postcode": commune.postcode,
                    "place": plan.place,
                    "address": f"{plan.street}, {commune.postcode} {commune.name}",
                    # A few hundred metres from the town centre, as a square would be.
                    "latitude": round(commune.latitude + rng.uniform(-0.002, 0.002), 6),
                    "longitude": round(commune.longitude + rng.uniform(-0.003, 0.003), 6),
                    "position": position,
                    "active": True,
                }
            )
            rule = _rule_for(plan, position, valid_from, breaks)
            rule_id = ids.of("schedule_rules", stop_index)
            rules.append({"id": rule_id, "stop_id": stop_id, **rule_to_columns(rule)})
            stop_visits: list[VisitInfo] = []
            for occurrence in occurrences(rule, start, end, holidays):
                visit_index = len(visits)
                visit_id = ids.of("stop_visits", visit_index)
                past = occurrence.date < today
                cancelled = past and rng.random() < 0.02
                row: dict[str, Any] = {
                    "id": visit_id,
                    "stop_id": stop_id,
                    "rule_id": rule_id,
                    "date": occurrence.date,
                    "start_time": occurrence.start_time,
                    "end_time": occurrence.end_time,
                    "status": VisitStatus.PLANNED.value,
                    "exception": None,
                    "moved_from": occurrence.moved_from,
                    "cancel_reason": None,
                    "adults": 0,
                    "children": 0,
                    "new_registrations": 0,
                    "notes": None,
                }
                if cancelled:
                    row["status"] = VisitStatus.CANCELLED.value
                    row["exception"] = "cancelled"
                    row["cancel_reason"] = rng.choice(CANCEL_REASONS)
                elif past:
                    row["status"] = VisitStatus.CLOSED.value
                visits.append(row)
                info = VisitInfo(
                    visit_index,
                    visit_id,
                    stop_index,
                    occurrence.date,
                    occurrence.start_time,
                    occurrence.end_time,
                    not cancelled,
                )
                net.visits.append(info)
                if not cancelled:
                    stop_visits.append(info)
            net.visits_by_stop.append(stop_visits)
    net.rows = {
        "libraries": libraries,
        "tours": tours,
        "stops": stops,
        "schedule_rules": rules,
        "stop_visits": visits,
    }
    return net
