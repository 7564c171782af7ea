"""Pickup slots: a visit's time window cut into slots, and the rules of a booking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, func, select

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.lang import Message
from bibliomobile.services.drive.common import PENDING, STATUS_LABELS, DriveError, visit_by_id
from bibliomobile.store.models import PickupSlot, Request
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class SlotRow:
    slot_id: str
    visit_id: str
    start: dt.time
    end: dt.time
    capacity: int
    booked: int

    @property
    def full(self) -> bool:
        return self.booked >= self.capacity

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M} ({self.booked}/{self.capacity})"


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def list_slots(uow: UnitOfWork, visit_id: str) -> list[SlotRow]:
    """The pickup slots of a visit with how many pending requests each holds."""
    booked = (
        select(func.count())
        .where(Request.slot_id == PickupSlot.id, Request.status.in_(PENDING))
        .correlate(PickupSlot)
        .scalar_subquery()
    )
    rows = uow.session.execute(
        select(PickupSlot, booked).where(PickupSlot.visit_id == visit_id).order_by(PickupSlot.start)
    ).all()
    return [SlotRow(s.id, s.visit_id, s.start, s.end, s.capacity, int(n)) for s, n in rows]


def generate_slots(
    uow: UnitOfWork,
    visit_id: str,
    *,
    interval_minutes: int = 15,
    capacity: int = 4,
) -> list[SlotRow]:
    """Cut the visit's time window into slots of ``interval_minutes`` for ``capacity``
    patrons each. Slots nobody booked are replaced; booked ones are kept."""
    visit = visit_by_id(uow, visit_id)
    if not 5 <= interval_minutes <= 240:
        raise DriveError(Message("drive.duree_creneau_doit_etre"))
    if not 1 <= capacity <= 100:
        raise DriveError(Message("drive.capacite_creneau_doit_etre"))
    if visit.status in (VisitStatus.CLOSED.value, VisitStatus.CANCELLED.value):
        raise DriveError(Message("drive.passage_clos_annule_creneaux"))
    existing = {s.slot_id: s for s in list_slots(uow, visit_id)}
    kept = [s for s in existing.values() if s.booked > 0]
    for row in existing.values():
        if row.booked == 0 and not _has_any_request(uow, row.slot_id):
            slot = uow.session.get(PickupSlot, row.slot_id)
            uow.session.delete(slot)
    start, end = _minutes(visit.start_time), _minutes(visit.end_time)
    cursor = start
    while cursor + interval_minutes <= end:
        a, b = _time(cursor), _time(cursor + interval_minutes)
        if not any(k.start < b and a < k.end for k in kept):
            uow.session.add(PickupSlot(visit_id=visit_id, start=a, end=b, capacity=capacity))
        cursor += interval_minutes
    uow.session.flush()
    return list_slots(uow, visit_id)


def _has_any_request(uow: UnitOfWork, slot_id: str) -> bool:
    return bool(uow.session.scalar(select(exists().where(Request.slot_id == slot_id))))


def check_booking(uow: UnitOfWork, *, patron_id: str, visit_id: str, slot_id: str) -> None:
    """Refuse (DriveError) a booking the slot rules forbid."""
    visit = visit_by_id(uow, visit_id)
    if visit.status in (VisitStatus.CLOSED.value, VisitStatus.CANCELLED.value):
        raise DriveError(Message("drive.passage_date_clos_annule", date=f"{visit.date:%d/%m/%Y}"))
    slot = uow.session.get(PickupSlot, slot_id)
    if slot is None or slot.visit_id != visit_id:
        raise DriveError(Message("drive.creneau_appartient_passage"))
    if slot.start < visit.start_time or slot.end > visit.end_time or slot.start >= slot.end:
        raise DriveError(
            Message(
                "drive.creneau_start_end_dehors",
                start=f"{slot.start:%H:%M}",
                end=f"{slot.end:%H:%M}",
                start_time=f"{visit.start_time:%H:%M}",
                end_time=f"{visit.end_time:%H:%M}",
            )
        )
    pending = uow.session.scalar(
        select(Request)
        .where(
            Request.patron_id == patron_id,
            Request.visit_id == visit_id,
            Request.status.in_(PENDING),
        )
        .limit(1)
    )
    if pending is not None:
        raise DriveError(
            Message("drive.lecteur_deja_retrait_attente", status=STATUS_LABELS[pending.status])
        )
    booked = int(
        uow.session.scalar(
            select(func.count()).where(Request.slot_id == slot_id, Request.status.in_(PENDING))
        )
        or 0
    )
    if booked >= slot.capacity:
        raise DriveError(
            Message(
                "drive.creneau_start_end_complet",
                start=f"{slot.start:%H:%M}",
                end=f"{slot.end:%H:%M}",
                booked=booked,
                capacity=slot.capacity,
            )
        )
