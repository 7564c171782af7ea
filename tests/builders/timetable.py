"""A small bookmobile world for timetable tests: a tour, two stops, fortnightly rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import ScheduleKind
from bibliomobile.domain.schedule import Rule
from bibliomobile.services.bookmobile import rule_changes, tours, visit_calendar, visit_generation
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.store.models import (
    Item,
    Library,
    Patron,
    PickupSlot,
    Record,
    Request,
    StopVisit,
)
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
        added = rule_changes.add_rule(uow, stop.stop_id, rule or fortnightly(D(2026, 3, 3)))
        rule_changes.add_rule(
            uow, other.stop_id, fortnightly(D(2026, 3, 5), start_time=T(14, 0), end_time=T(15, 0))
        )
        visit_generation.generate_visits(
            uow, tour_id=tour.tour_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        uow.commit()
    return Village(tour.tour_id, stop.stop_id, added.rule_id, other.stop_id)


def visit_dates(store: Store, stop_id: str, start: dt.date, end: dt.date) -> list[dt.date]:
    with store.unit_of_work() as uow:
        return [
            v.date
            for v in visit_calendar.calendar(uow, stop_id=stop_id, start=start, end=end)
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


@dataclass
class Desk:
    village: Village
    patrons: list[str]
    visit_0303: str
    visit_0331: str
    visit_0414: str


def make_desk(store: Store) -> Desk:
    village = make_village(store)
    with store.unit_of_work() as uow:
        s = uow.session
        library = Library(code="MED", name="Médiathèque")
        s.add(library)
        record = Record(title="L'Étranger", authors="Camus, Albert")
        s.add(record)
        s.flush()
        for n in range(4):
            s.add(
                Item(
                    barcode=f"I{n:03d}",
                    record_id=record.id,
                    home_library_id=library.id,
                    location="van",
                )
            )
        people = [
            Patron(
                card_barcode="C1",
                first_name="Jeanne",
                last_name="Martin",
                phone="06 11 22 33 44",
                preferred_channel="sms",
                home_stop_id=village.stop_id,
            ),
            Patron(
                card_barcode="C2",
                first_name="Paul",
                last_name="Durand",
                email="paul@example.org",
                preferred_channel="email",
                home_stop_id=village.stop_id,
            ),
            Patron(
                card_barcode="C3",
                first_name="Lucie",
                last_name="Bernard",
                address="2 rue Haute",
                postcode="63450",
                commune="Saint-Amant",
                preferred_channel="letter",
                home_stop_id=village.stop_id,
            ),
        ]
        s.add_all(people)
        uow.commit()
    desk = Desk(
        village,
        [p.id for p in people],
        visit_at(store, village.stop_id, D(2026, 3, 3)),
        visit_at(store, village.stop_id, D(2026, 3, 31)),
        visit_at(store, village.stop_id, D(2026, 4, 14)),
    )
    # Loans at the 3 March visit are due at the 31 March visit (28 days).
    with store.unit_of_work() as uow:
        for barcode, patron in (("I000", 0), ("I001", 0), ("I002", 1)):
            result = checkout(
                uow,
                item_barcode=barcode,
                patron_id=desk.patrons[patron],
                visit_id=desk.visit_0303,
                today=D(2026, 3, 3),
            )
            assert result.due_date == D(2026, 3, 31)
        uow.commit()
    return desk


def add_slot(store: Store, visit_id: str, start: dt.time, capacity: int) -> str:
    with store.unit_of_work() as uow:
        slot = PickupSlot(
            visit_id=visit_id,
            start=start,
            end=(dt.datetime.combine(D(2026, 1, 1), start) + dt.timedelta(minutes=30)).time(),
            capacity=capacity,
        )
        uow.session.add(slot)
        uow.commit()
        return slot.id


def add_request(store: Store, patron_id: str, visit_id: str, slot_id: str | None) -> str:
    with store.unit_of_work() as uow:
        request = Request(
            patron_id=patron_id,
            visit_id=visit_id,
            slot_id=slot_id,
            channel="phone",
            kind="surprise",
            taken_at=dt.datetime(2026, 3, 20, 9, 0),
        )
        uow.session.add(request)
        uow.commit()
        return request.id
