"""A small, real bookmobile world for circulation tests (imported by tests/unit and tests/ui).

Two libraries (one with a 3-day set-aside), one tour with a 21-day loan period, two
stops, visits every 14 days, patrons and items. Deterministic: barcodes and cards are
numbered, dates are relative to ``today``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bibliomobile.domain.ids import new_id
from bibliomobile.store.models import Item, Library, Patron, Record, Stop, StopVisit, Tour
from bibliomobile.store.uow import Store


@dataclass
class World:
    today: dt.date
    tour_id: str = ""
    stop_a: str = ""
    stop_b: str = ""
    visit_a_today: str = ""
    visit_b_today: str = ""
    visits_a: dict[dt.date, str] = field(default_factory=dict)
    library_set_aside: str = ""
    patrons: list[str] = field(default_factory=list)  # ids, cards are C0000, C0001, ...
    items: list[str] = field(default_factory=list)  # ids, barcodes are I00000, I00001, ...

    @staticmethod
    def card(n: int) -> str:
        return f"C{n:04d}"

    @staticmethod
    def barcode(n: int) -> str:
        return f"I{n:05d}"


def build_world(store: Store, today: dt.date, *, patrons: int = 6, items: int = 60) -> World:
    world = World(today=today)
    rows: list[object] = []
    with store.unit_of_work() as uow:
        central = Library(id=new_id(), code="CEN", name="Médiathèque centrale", set_aside_days=0)
        annex = Library(id=new_id(), code="ANX", name="Annexe de Vic", set_aside_days=3)
        tour = Tour(id=new_id(), name="Tournée Nord", loan_days=21)
        a = Stop(id=new_id(), tour_id=tour.id, commune="Saint-Amant", place="Place de l'église")
        b = Stop(id=new_id(), tour_id=tour.id, commune="Vic-le-Comte", place="Mairie")
        # No ORM relationships: flush parents before children, level by level.
        uow.session.add_all([central, annex, tour])
        uow.session.flush()
        uow.session.add_all([a, b])
        uow.session.flush()
        for k in range(-4, 9):
            day = today + dt.timedelta(days=14 * k)
            visit = StopVisit(
                id=new_id(),
                stop_id=a.id,
                date=day,
                start_time=dt.time(10),
                end_time=dt.time(11, 30),
            )
            rows.append(visit)
            world.visits_a[day] = visit.id
        vb = StopVisit(
            id=new_id(), stop_id=b.id, date=today, start_time=dt.time(14), end_time=dt.time(15)
        )
        rows.append(vb)
        for n in range(patrons):
            patron = Patron(
                id=new_id(),
                card_barcode=World.card(n),
                first_name=f"Prénom{n}",
                last_name=f"Nom{n}",
                card_expiry=today + dt.timedelta(days=365),
                home_stop_id=a.id,
                max_loans=15,
            )
            rows.append(patron)
            world.patrons.append(patron.id)
        uow.session.add_all(rows)
        uow.session.flush()
        rows = []
        records = [
            Record(id=new_id(), title=f"Livre {n}", authors="Auteur, Un") for n in range(items)
        ]
        uow.session.add_all(records)
        uow.session.flush()
        for n, record in enumerate(records):
            item = Item(
                id=new_id(),
                barcode=World.barcode(n),
                record_id=record.id,
                home_library_id=annex.id if n % 10 == 9 else central.id,
                location="van",
            )
            rows.append(item)
            world.items.append(item.id)
        uow.session.add_all(rows)
        uow.commit()
    world.tour_id, world.stop_a, world.stop_b = tour.id, a.id, b.id
    world.visit_a_today, world.visit_b_today = world.visits_a[today], vb.id
    world.library_set_aside = annex.id
    return world
