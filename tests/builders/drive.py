"""A small real store for drive tests: one tour, one stop, one visit, patrons, items."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.store.models import Item, Library, Patron, Record, Stop, StopVisit, Tour
from bibliomobile.store.uow import Store

DAY = dt.date(2026, 11, 24)


@dataclass
class World:
    visit_id: str
    other_visit_id: str
    patrons: list[str]
    records: dict[str, str]  # title -> record id
    items: dict[str, str]  # barcode -> item id


BOOKS = [
    ("Le Chien jaune", "Simenon, Georges", "polar", "book", "van", "R SIM"),
    ("Maigret tend un piège", "Simenon, Georges", "polar", "book", "stacks", "R SIM"),
    ("La Nuit des temps", "Barjavel, René", "science-fiction", "book", "van", "SF BAR"),
    ("Shining", "King, Stephen", "horreur polar", "book", "van", "R KIN"),
    ("Les Misérables", "Hugo, Victor", "roman", "large_print", "stacks", "R HUG"),
    ("Le Comte de Monte-Cristo", "Dumas, Alexandre", "roman", "book", "van", "R DUM"),
    ("Pars vite et reviens tard", "Vargas, Fred", "polar", "book", "stacks", "R VAR"),
    ("Dans les bois éternels", "Vargas, Fred", "polar", "large_print", "van", "R VAR"),
]


def build(store: Store) -> World:
    with store.unit_of_work() as uow:
        s = uow.session
        library = Library(code="CEN", name="Médiathèque centrale", set_aside_days=0)
        tour = Tour(name="Tournée Nord", loan_days=28)
        s.add_all([library, tour])
        s.flush()
        stop = Stop(tour_id=tour.id, commune="Saint-Amant", place="place de l'Église")
        s.add(stop)
        s.flush()
        visit = StopVisit(
            stop_id=stop.id,
            date=DAY,
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 30),
            status="planned",
        )
        other = StopVisit(
            stop_id=stop.id,
            date=DAY + dt.timedelta(days=14),
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 30),
            status="planned",
        )
        s.add_all([visit, other])
        patrons = [
            Patron(card_barcode="P001", first_name="Jeanne", last_name="Dupont-Moreau",
                   address="12 rue des Lilas", commune="Saint-Amant", email="jeanne@example.org",
                   preferred_channel="email", card_expiry=DAY + dt.timedelta(days=365)),
            Patron(card_barcode="P002", first_name="Éloïse", last_name="Bérénger",
                   phone="0612345678", preferred_channel="sms",
                   card_expiry=DAY + dt.timedelta(days=365)),
            Patron(card_barcode="P003", first_name="Marcel", last_name="Pagnol",
                   phone="0473000000", preferred_channel="phone",
                   card_expiry=DAY + dt.timedelta(days=365)),
            Patron(card_barcode="P004", first_name="Bloqué", last_name="Lecteur",
                   blocked_reason="Carte perdue", card_expiry=DAY + dt.timedelta(days=365)),
        ]  # fmt: skip
        s.add_all(patrons)
        s.flush()
        records: dict[str, str] = {}
        items: dict[str, str] = {}
        for n, (title, authors, genre, fmt, location, call) in enumerate(BOOKS):
            record = Record(title=title, authors=authors, genre=genre, format=fmt, year=2000 + n)
            s.add(record)
            s.flush()
            records[title] = record.id
            item = Item(barcode=f"3000{n:04d}", record_id=record.id, call_number=call,
                        home_library_id=library.id, location=location)  # fmt: skip
            s.add(item)
            s.flush()
            items[item.barcode] = item.id
        uow.commit()
        return World(visit.id, other.id, [p.id for p in patrons], records, items)


NOW = dt.datetime(2026, 11, 20, 9, 30)
RNG = random.Random(42)


def slots(store: Store, world: World, **kwargs: int) -> list[drive_slots.SlotRow]:
    with store.unit_of_work() as uow:
        rows = drive_slots.generate_slots(uow, world.visit_id, **kwargs)
        uow.commit()
    return rows


def book(
    store: Store, world: World, patron: int, slot_id: str, **kwargs: object
) -> drive_requests.RequestRow:
    args: dict[str, object] = {
        "channel": "phone",
        "kind": "titles",
        "record_ids": [world.records["Le Chien jaune"]],
        "taken_by": "Claire",
        "now": NOW,
    }
    args.update(kwargs)
    with store.unit_of_work() as uow:
        row = drive_requests.create_request(
            uow,
            patron_id=world.patrons[patron],
            visit_id=world.visit_id,
            slot_id=slot_id,
            **args,  # type: ignore[arg-type]
        )
        uow.commit()
    return row


def prepare(
    store: Store, world: World, patron: int, barcodes: list[str], slot: int = 0
) -> tuple[str, str]:
    row = book(store, world, patron, slots(store, world)[slot].slot_id) if slot >= 0 else None
    assert row is not None
    code = new_bag_code(RNG)
    with store.unit_of_work() as uow:
        drive_bags.create_bag(uow, code.lower(), request_id=row.request_id, by="Paul")
        for barcode in barcodes:
            drive_bags.add_to_bag(uow, code, barcode)
        drive_bags.mark_bag_ready(uow, code, by="Paul", now=NOW)
        uow.commit()
    return row.request_id, code
