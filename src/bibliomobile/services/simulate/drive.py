"""The drive in ``bibliomobile simulate``: requests taken, bags prepared, handed over or not.

Runs through the same services as the Drive workspace and the Arrêt desk, each action
a transaction of its own. Items put in bags leave ``day.shelf`` so the simulated crew
does not lend them meanwhile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.domain.enums import RequestStatus, VisitStatus
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.drive.bags import add_to_bag, create_bag, mark_bag_ready
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.drive.handover import close_visit_pickups, hand_over_bag
from bibliomobile.services.drive.requests import create_request
from bibliomobile.services.drive.slots import SlotRow, generate_slots, list_slots
from bibliomobile.services.simulate.common import SimulatedDay, patrons_of
from bibliomobile.store.models import Bag, Item, Patron, Request, StopVisit
from bibliomobile.store.uow import UnitOfWork

TASTES = ("polars, pas d'horreur", "romans historiques", "BD, humour", "gros caractères, romans",
          "science-fiction", "biographies, pas de guerre")  # fmt: skip
HAND_OVER_RATE = 0.85


@dataclass(frozen=True)
class _Visit:
    id: str
    stop_id: str
    start_time: dt.time


def _visits_on(
    uow: UnitOfWork, date: dt.date, statuses: tuple[str, ...] = ("planned", "open", "closed")
) -> list[_Visit]:
    rows = uow.session.execute(
        select(StopVisit.id, StopVisit.stop_id, StopVisit.start_time)
        .where(StopVisit.date == date, StopVisit.status.in_(statuses))
        .order_by(StopVisit.start_time, StopVisit.id)
    ).all()
    return [_Visit(str(i), str(s), t) for i, s, t in rows]


def _visits(day: SimulatedDay, offset: int, *statuses: str) -> list[_Visit]:
    wanted = statuses or (VisitStatus.PLANNED, VisitStatus.OPEN, VisitStatus.CLOSED)
    return day.act(_visits_on, day.date + dt.timedelta(days=offset), tuple(wanted))


def _slots(uow: UnitOfWork, visit_id: str) -> list[SlotRow]:
    return list_slots(uow, visit_id) or generate_slots(uow, visit_id)


def _patron_id(uow: UnitOfWork, card: str) -> str | None:
    return uow.session.scalar(select(Patron.id).where(Patron.card_barcode == card))


def _record_of(uow: UnitOfWork, barcode: str) -> str | None:
    return uow.session.scalar(select(Item.record_id).where(Item.barcode == barcode))


def _new_requests(uow: UnitOfWork, visit_id: str) -> list[str]:
    return list(
        uow.session.scalars(
            select(Request.id)
            .where(Request.visit_id == visit_id, Request.status == RequestStatus.NEW.value)
            .order_by(Request.id)
        )
    )


def _ready_bags(uow: UnitOfWork, visit_id: str) -> list[str]:
    return list(
        uow.session.scalars(
            select(Bag.code)
            .join(Request, Request.id == Bag.request_id)
            .where(Request.visit_id == visit_id, Bag.status == "ready")
            .order_by(Bag.code)
        )
    )


def take_requests(day: SimulatedDay) -> None:
    """Phone, e-mail and portal requests for the visits of the coming days."""
    rng = day.rng
    # A request is taken for a visit still to come (a closed or cancelled one has no
    # slots: the caller is offered another visit, as at the desk).
    visits = [v for offset in range(4, 11) for v in _visits(day, offset, VisitStatus.PLANNED.value)]
    for visit in visits:
        try:
            slots = day.act(_slots, visit.id)
        except DriveError:
            day.count("drive : passages sans créneaux (autre passage proposé)")
            continue
        cards = day.act(patrons_of, visit.stop_id)
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            if not cards or not slots:
                break
            card = rng.choice(cards)
            slot = rng.choice(slots)
            surprise = rng.random() < 0.4
            patron_id = day.act(_patron_id, card)
            records: list[str] = []
            if not surprise and day.shelf:
                barcode = rng.choice(day.shelf)
                record = day.act(_record_of, barcode)
                records = [record] if record else []
            try:
                day.act(
                    create_request, patron_id=str(patron_id), visit_id=visit.id, slot_id=slot.slot_id,
                    channel=rng.choice(("phone", "email", "portal")),
                    kind="surprise" if surprise or not records else "titles",
                    record_ids=records, free_text=rng.choice(TASTES), taken_by="simulation",
                )  # fmt: skip
            except DriveError:
                day.count("drive : demandes refusées (créneau plein, déjà en attente)")
                continue
            day.count("drive : demandes prises")


def prepare_bags(day: SimulatedDay) -> None:
    """Bags of the visits in two days: scan the bag, 1 to 4 documents, ready."""
    rng = day.rng
    for visit in _visits(day, 2):
        pending = day.act(_new_requests, visit.id)
        for request_id in pending:
            code = new_bag_code(rng)
            try:
                day.act(create_bag, code, request_id=request_id, by="simulation")
                for _ in range(rng.randint(1, 4)):
                    if not day.shelf:
                        break
                    barcode = day.shelf.pop(rng.randrange(len(day.shelf)))
                    try:
                        day.act(add_to_bag, code, barcode)
                    except DriveError:
                        continue
                day.act(mark_bag_ready, code, by="simulation")
            except DriveError:
                day.count("drive : sacs non préparés")
                continue
            day.count("drive : sacs préparés")


def hand_over(day: SimulatedDay) -> None:
    """At today's visits: most patrons collect their bag, the others are no-shows."""
    rng = day.rng
    for visit in _visits(day, 0):
        codes = day.act(_ready_bags, visit.id)
        for code in codes:
            if rng.random() > HAND_OVER_RATE:
                continue
            at = dt.datetime.combine(day.date, visit.start_time) + dt.timedelta(
                minutes=rng.randint(0, 60)
            )
            try:
                day.act(hand_over_bag, code, visit_id=visit.id, by="simulation",
                        today=day.date, now=at)  # fmt: skip
            except (DriveError, CirculationError):
                day.count("drive : sacs refusés (blocage)")
                continue
            day.count("drive : sacs remis")
        missed = day.act(close_visit_pickups, visit.id, by="simulation")
        day.count("drive : non retirés", len(missed))


def drive_day(day: SimulatedDay) -> None:
    """Bags handed over at today's visits, bags of the visits in two days prepared,
    requests taken for the coming days."""
    hand_over(day)
    prepare_bags(day)
    take_requests(day)
