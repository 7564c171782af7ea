"""Catalogue and patrons for GUI tests, written as a device receives them from the server."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from bibliomobile.domain.ids import new_id
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.store.capture import APPLYING_REMOTE
from bibliomobile.store.models import Item, Patron, Record
from bibliomobile.store.uow import Store


def small_catalogue(store: Store) -> dict[str, str]:
    """A few real titles, a patron holding one of them; returns ids by short name."""
    with store.unit_of_work() as uow:
        s = uow.session
        etranger = Record(
            title="L'Étranger",
            authors="Camus, Albert",
            subjects="Roman ; Algérie",
            isbn="9782070360024",
            year=1942,
            publisher="Gallimard",
        )
        peste = Record(title="La Peste", authors="Camus, Albert", year=1947)
        noel = Record(title="Le Père Noël est une ordure", authors="Jugnot, Gérard", format="dvd")
        s.add_all([etranger, peste, noel])
        s.flush()
        item = Item(
            barcode="31000000123", record_id=etranger.id, call_number="R CAM", location="van"
        )
        s.add_all(
            [
                item,
                Item(barcode="31000000124", record_id=peste.id, call_number="R CAM"),
                Item(barcode="31000000125", record_id=noel.id, call_number="F JUG"),
            ]
        )
        patron = Patron(
            card_barcode="P0042", first_name="Hélène", last_name="Dupré", commune="Égliseneuve"
        )
        s.add(patron)
        s.flush()
        uow.commit()
        checkout(
            uow,
            item_barcode="31000000123",
            patron_id=patron.id,
            today=dt.date(2026, 10, 6),
            now=dt.datetime(2026, 10, 6, 10, 15),
        )
        uow.commit()
        return {"etranger": item.id, "patron": patron.id}


def pulled_catalogue(store: Store, items: int, records: int = 250) -> None:
    """``items`` items as pulled from the server (reference data: no outbox, bulk)."""
    with store.unit_of_work() as uow:
        uow.session.info[APPLYING_REMOTE] = True
        record_ids = [new_id() for _ in range(records)]
        uow.session.execute(
            insert(Record),
            [
                {"id": rid, "title": f"Titre numéro {n}", "authors": f"Auteur {n % 97}"}
                for n, rid in enumerate(record_ids)
            ],
        )
        uow.session.execute(
            insert(Item),
            [
                {
                    "id": new_id(),
                    "barcode": f"31{n:09d}",
                    "record_id": record_ids[n % records],
                    "call_number": f"R {n % 500:03d}",
                }
                for n in range(items)
            ],
        )
        uow.commit()
