"""Finding titles: the app's search over the server's catalogue file, and where a
title's copies are, read from the server database.

The search is the one of the app (:func:`bibliomobile.services.titles.search_titles`,
same ranking) run on the catalogue file the server prepares for new vans (the device
schema with its search index, see :mod:`..catalogue`), opened read-only. That file may
lag the database by a few thousand catalogue changes; a title's page reads the copies
from the database itself, so what it says about availability is current.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from sqlalchemy import Connection, and_, exists, select

from bibliomobile.domain.enums import Location
from bibliomobile.services.titles import TitleRow, search_titles
from bibliomobile.store.uow import Store

from ..catalogue import CatalogueFiles
from ..models import entity_tables


class CatalogueNotReady(Exception):
    """The catalogue file is still being prepared (a server that just started)."""


class TitleSearch:
    """Search over the newest catalogue file (reopened when a new one is published)."""

    def __init__(self, files: CatalogueFiles | None) -> None:
        self.files = files
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._name = ""

    def store(self) -> Store:
        found = self.files.current() if self.files is not None else None
        if found is None or self.files is None:
            raise CatalogueNotReady
        with self._lock:
            if self._store is None or self._name != found.name:
                old = self._store
                self._store = Store.open(self.files.path(found), read_only=True)
                self._name = found.name
                if old is not None:
                    old.engine.dispose()
            return self._store

    def search(self, query: str, limit: int = 30) -> list[TitleRow]:
        """Titles for ``query``, best first, as the app ranks them."""
        store = self.store()
        with store.unit_of_work() as uow:
            return search_titles(uow, query[:200], limit)


@dataclass(frozen=True, slots=True)
class Place:
    """Where some copies of a title are, as a reader reads it."""

    kind: str  # your_van | van | library | on_loan | set_aside
    name: str  # the tour or the library; empty for loans
    copies: int
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TitleInfo:
    record_id: str
    title: str
    subtitle: str | None
    authors: str
    publisher: str | None
    year: int | None
    format: str
    summary: str | None
    places: tuple[Place, ...]

    @property
    def available(self) -> int:
        return sum(p.copies for p in self.places if p.kind in ("your_van", "van", "library"))


def open_loan_due(conn: Connection, item_ids: list[str]) -> dict[str, dt.date | None]:
    """Item id → due date of its open loan (its last event a checkout or a renewal)."""
    if not item_ids:
        return {}
    events = entity_tables()["circulation_events"]
    later = events.alias("later")
    rows = conn.execute(
        select(events.c.item_id, events.c.due_date).where(
            events.c.item_id.in_(item_ids),
            events.c.kind.in_(("checkout", "renew")),
            ~exists().where(and_(later.c.item_id == events.c.item_id, later.c.hlc > events.c.hlc)),
        )
    ).all()
    return {str(item): due for item, due in rows}


def title_info(conn: Connection, record_id: str, home_tour_id: str | None) -> TitleInfo | None:
    """A title and where its copies are (``home_tour_id``: the tour of the reader's stop,
    whose van is "your van"); None when there is no such title."""
    t = entity_tables()
    records, items, tours, libraries = t["records"], t["items"], t["tours"], t["libraries"]
    record = conn.execute(select(records).where(records.c.id == record_id)).first()
    if record is None:
        return None
    copies = conn.execute(
        select(
            items.c.id,
            items.c.location,
            items.c.vehicle_tour_id,
            tours.c.name.label("tour"),
            libraries.c.name.label("library"),
            items.c.set_aside_until,
        )
        .outerjoin(tours, tours.c.id == items.c.vehicle_tour_id)
        .outerjoin(libraries, libraries.c.id == items.c.home_library_id)
        .where(items.c.record_id == record_id, items.c.withdrawn.is_(False))
    ).all()
    lent = [c.id for c in copies if c.location == Location.ON_LOAN.value]
    dues = open_loan_due(conn, lent)
    counts: dict[tuple[str, str], list[int]] = {}
    soonest: dt.date | None = None
    today = dt.date.today()
    for copy in copies:
        if copy.location == Location.ON_LOAN.value:
            key = ("on_loan", "")
            due = dues.get(copy.id)
            if due is not None and (soonest is None or due < soonest):
                soonest = due
        elif copy.location == Location.BAG.value or (
            copy.set_aside_until is not None and copy.set_aside_until >= today
        ):
            key = ("set_aside", "")
        elif copy.location == Location.VAN.value:
            mine = home_tour_id is not None and copy.vehicle_tour_id == home_tour_id
            key = ("your_van" if mine else "van", copy.tour or "")
        else:
            key = ("library", copy.library or "")
        counts.setdefault(key, []).append(1)
    order = ("your_van", "van", "library", "set_aside", "on_loan")
    places = sorted(
        (
            Place(kind, name, len(n), soonest if kind == "on_loan" else None)
            for (kind, name), n in counts.items()
        ),
        key=lambda p: (order.index(p.kind), p.name),
    )
    return TitleInfo(
        record_id=record.id,
        title=record.title,
        subtitle=record.subtitle,
        authors=record.authors or "",
        publisher=record.publisher,
        year=record.year,
        format=record.format,
        summary=record.summary,
        places=tuple(places),
    )


def titles_by_id(conn: Connection, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Record id → (title, authors), for the records that exist."""
    if not record_ids:
        return {}
    records = entity_tables()["records"]
    rows = conn.execute(
        select(records.c.id, records.c.title, records.c.authors).where(records.c.id.in_(record_ids))
    ).all()
    return {str(i): (str(title), str(authors or "")) for i, title, authors in rows}
