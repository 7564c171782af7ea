"""A small bookmobile world for timetable tests: a tour, two stops, fortnightly rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import ScheduleKind
from bibliomobile.domain.schedule import Rule
from bibliomobile.services import tours
from bibliomobile.store.models import StopVisit
from bibliomobile.store.uow import Store

D = dt.date
T = dt.time
TODAY = D(2026, 3, 1)
MORNING = (T(10, 0), T(11, 30))


def fortnightly(anchor: dt.date, **kw: object) -> Rule:
    values: dict[str, object] = {
        "kind": ScheduleKind.EVERY_N_WEEKS,
        "weekday": anchor.weekday(),
        "interval_weeks": 2,
        "anchor_date": anchor,
        "start_time": MORNING[0],
        "end_time": MORNING[1],
        "valid_from": anchor,
    }
    values.update(kw)
    return Rule(**values)  # type: ignore[arg-type]


@dataclass
class Village:
    tour_id: str
    stop_id: str
    rule_id: str
    other_stop_id: str


def make_village(store: Store, rule: Rule | None = None) -> Village:
    with store.unit_of_work() as uow:
        tour = tours.create_tour(uow, "Tournée du Val", vehicle="Bibliobus 2", loan_days=28)
        stop = tours.create_stop(
            uow,
            tour.tour_id,
            tours.StopData(
                commune="Saint-Amant",
                place="place de l'Église",
                postcode="63450",
                address="1 place de l'Église, 63450 Saint-Amant",
                latitude=45.65,
                longitude=3.08,
            ),
        )
        other = tours.create_stop(
            uow, tour.tour_id, tours.StopData(commune="Étables", place="salle des fêtes")
        )
        added = tours.add_rule(uow, stop.stop_id, rule or fortnightly(D(2026, 3, 3)))
        tours.add_rule(
            uow, other.stop_id, fortnightly(D(2026, 3, 5), start_time=T(14, 0), end_time=T(15, 0))
        )
        tours.generate_visits(
            uow, tour_id=tour.tour_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        uow.commit()
    return Village(tour.tour_id, stop.stop_id, added.rule_id, other.stop_id)


def visit_dates(store: Store, stop_id: str, start: dt.date, end: dt.date) -> list[dt.date]:
    with store.unit_of_work() as uow:
        return [
            v.date
            for v in tours.calendar(uow, stop_id=stop_id, start=start, end=end)
            if not v.cancelled
        ]


def visit_at(store: Store, stop_id: str, day: dt.date) -> str:
    with store.reader() as s:
        found = s.scalar(
            select(StopVisit.id).where(StopVisit.stop_id == stop_id, StopVisit.date == day)
        )
        assert found is not None, day
        return found


def count(store: Store, model: type) -> int:
    with store.reader() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)
