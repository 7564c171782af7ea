"""The drive in ``bibliomobile simulate``: requests taken, bags prepared, handed over or not.

Runs through the same services as the Drive workspace and the Arrêt desk, each action
in its own unit of work. Items put in bags leave ``day.shelf`` so the simulated crew
does not lend them meanwhile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.domain.enums import RequestStatus, VisitStatus
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import handover as drive_handover
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.simulate.core import SimulatedDay, _patrons_of
from bibliomobile.store.models import Bag, Item, Patron, Request, StopVisit

TASTES = ("polars, pas d'horreur", "romans historiques", "BD, humour", "gros caractères, romans",
          "science-fiction", "biographies, pas de guerre")  # fmt: skip
HAND_OVER_RATE = 0.85


@dataclass(frozen=True)
class _Visit:
    id: str
    stop_id: str
    start_time: dt.time


def _visits(day: SimulatedDay, offset: int) -> list[_Visit]:
    date = day.date + dt.timedelta(days=offset)
    with day.store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(StopVisit.id, StopVisit.stop_id, StopVisit.start_time)
            .where(StopVisit.date == date, StopVisit.status != VisitStatus.CANCELLED.value)
            .order_by(StopVisit.start_time, StopVisit.id)
        ).all()
    return [_Visit(str(i), str(s), t) for i, s, t in rows]


def take_requests(day: SimulatedDay) -> None:
    """Phone, e-mail and portal requests for the visits of the coming days."""
    rng = day.rng
    visits = [v for offset in range(4, 11) for v in _visits(day, offset)]
    for visit in visits:
        with day.store.unit_of_work() as uow:
            slots = drive_slots.list_slots(uow, visit.id) or drive_slots.generate_slots(
                uow, visit.id
            )
            uow.commit()
        cards = _patrons_of(day.store, visit.stop_id)
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            if not cards or not slots:
                break
            card = rng.choice(cards)
            slot = rng.choice(slots)
            surprise = rng.random() < 0.4
            with day.store.unit_of_work() as uow:
                patron_id = uow.session.scalar(select(Patron.id).where(Patron.card_barcode == card))
                records: list[str] = []
                if not surprise and day.shelf:
                    barcode = rng.choice(day.shelf)
                    record = uow.session.scalar(
                        select(Item.record_id).where(Item.barcode == barcode)
                    )
                    records = [record] if record else []
                try:
                    drive_requests.create_request(
                        uow, patron_id=str(patron_id), visit_id=visit.id, slot_id=slot.slot_id,
                        channel=rng.choice(("phone", "email", "portal")),
                        kind="surprise" if surprise or not records else "titles",
                        record_ids=records, free_text=rng.choice(TASTES), taken_by="simulation",
                    )  # fmt: skip
                    uow.commit()
                except DriveError:
                    day.count("drive : demandes refusées (créneau plein, déjà en attente)")
                    continue
            day.count("drive : demandes prises")


def prepare_bags(day: SimulatedDay) -> None:
    """Bags of the visits in two days: scan the bag, 1 to 4 documents, ready."""
    rng = day.rng
    for visit in _visits(day, 2):
        with day.store.unit_of_work() as uow:
            pending = list(
                uow.session.scalars(
                    select(Request.id)
                    .where(Request.visit_id == visit.id, Request.status == RequestStatus.NEW.value)
                    .order_by(Request.id)
                )
            )
        for request_id in pending:
            code = new_bag_code(rng)
            with day.store.unit_of_work() as uow:
                try:
                    drive_bags.create_bag(uow, code, request_id=request_id, by="simulation")
                    uow.commit()
                    for _ in range(rng.randint(1, 4)):
                        if not day.shelf:
                            break
                        barcode = day.shelf.pop(rng.randrange(len(day.shelf)))
                        try:
                            drive_bags.add_to_bag(uow, code, barcode)
                            uow.commit()
                        except DriveError:
                            continue
                    drive_bags.mark_bag_ready(uow, code, by="simulation")
                    uow.commit()
                except DriveError:
                    day.count("drive : sacs non préparés")
                    continue
            day.count("drive : sacs préparés")


def hand_over(day: SimulatedDay) -> None:
    """At today's visits: most patrons collect their bag, the others are no-shows."""
    rng = day.rng
    for visit in _visits(day, 0):
        with day.store.unit_of_work() as uow:
            codes = list(
                uow.session.scalars(
                    select(Bag.code)
                    .join(Request, Request.id == Bag.request_id)
                    .where(Request.visit_id == visit.id, Bag.status == "ready")
                    .order_by(Bag.code)
                )
            )
        for code in codes:
            if rng.random() > HAND_OVER_RATE:
                continue
            at = dt.datetime.combine(day.date, visit.start_time) + dt.timedelta(
                minutes=rng.randint(0, 60)
            )
            with day.store.unit_of_work() as uow:
                try:
                    drive_handover.hand_over_bag(uow, code, visit_id=visit.id, by="simulation",
                                                 today=day.date, now=at)  # fmt: skip
                    uow.commit()
                except (DriveError, CirculationError):
                    day.count("drive : sacs refusés (blocage)")
                    continue
            day.count("drive : sacs remis")
        with day.store.unit_of_work() as uow:
            missed = drive_handover.close_visit_pickups(uow, visit.id, by="simulation")
            uow.commit()
        day.count("drive : non retirés", len(missed))


def drive_day(day: SimulatedDay) -> None:
    hand_over(day)
    prepare_bags(day)
    take_requests(day)
