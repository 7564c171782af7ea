"""Rounds as the volunteer and the coordinator see them: the visits in order, with what
the volunteer needs at each door and what happened there.

The volunteer mode shows only the rounds of the volunteer the laptop belongs to
(:func:`device_volunteer`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import DeliveryOutcome, RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.availability import windows_from_json, windows_on
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.read_flags import already_read
from bibliomobile.services.sync.common import SCOPE
from bibliomobile.services.sync.purge import stale_lock
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    Delivery,
    DeviceSetting,
    Item,
    Patron,
    Record,
    Round,
    Volunteer,
)
from bibliomobile.store.uow import UnitOfWork

#: What happened at the door, as the volunteer and the round sheet say it.
OUTCOME_LABELS = {
    DeliveryOutcome.DELIVERED.value: Message("home_delivery.outcome_delivered"),
    DeliveryOutcome.ABSENT.value: Message("home_delivery.outcome_absent"),
    DeliveryOutcome.REFUSED.value: Message("home_delivery.outcome_refused"),
    DeliveryOutcome.POSTPONED.value: Message("home_delivery.outcome_postponed"),
}


@dataclass(frozen=True, slots=True)
class BagLine:
    item_id: str
    barcode: str
    title: str
    liked: bool | None  # feedback given on this visit, if any
    already_read: bool = False  # the person borrowed this title once before ("déjà lu")


@dataclass(frozen=True, slots=True)
class RoundStop:
    """One visit of a round: what the volunteer needs at the door, and what happened."""

    delivery_id: str
    position: int
    planned_time: dt.time | None
    beneficiary_id: str
    name: str
    address: str
    commune: str
    phone: str | None
    #: Whether the visit has an access note (opened on demand: access_notes.reveal_for_visit).
    has_access_note: bool
    contact_person: str | None
    contact_phone: str | None
    bag_code: str | None
    items: tuple[BagLine, ...]
    locked: bool
    outcome: str | None
    note: str | None
    welfare_concern: bool
    late: bool = False  # the planned time misses the person's availability


@dataclass(frozen=True, slots=True)
class RoundView:
    round_id: str
    date: dt.date
    volunteer_id: str
    volunteer_name: str
    volunteer_phone: str | None
    status: str
    start_time: dt.time | None
    end_time: dt.time | None
    stops: tuple[RoundStop, ...]


@dataclass(frozen=True, slots=True)
class RoundSummary:
    round_id: str
    date: dt.date
    volunteer_name: str
    status: str
    visits: int
    done: int


def bag_of(uow: UnitOfWork, delivery_id: str) -> Bag | None:
    """The visit's bag (the latest one), if it has one."""
    return uow.session.scalar(
        select(Bag).where(Bag.delivery_id == delivery_id).order_by(Bag.id.desc()).limit(1)
    )


def bag_lines(
    uow: UnitOfWork, bag: Bag | None, feedback: Sequence[dict[str, object]]
) -> tuple[BagLine, ...]:
    """The items in ``bag`` by title, with the feedback given on them, if any."""
    if bag is None:
        return ()
    liked = {str(f.get("item_id")): f.get("liked") for f in feedback}
    rows = uow.session.execute(
        select(Item.id, Item.barcode, Record.title, Record.id)
        .join(BagItem, BagItem.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(BagItem.bag_id == bag.id)
        .where(BagItem.removed.is_(False))
        .order_by(Record.title)
    )
    read: set[str] = set()
    delivery = uow.session.get(Delivery, bag.delivery_id) if bag.delivery_id else None
    beneficiary = uow.session.get(Beneficiary, delivery.beneficiary_id) if delivery else None
    if delivery is not None and beneficiary is not None:
        read = already_read(uow, delivery.id, beneficiary.patron_id)
    return tuple(
        BagLine(i, b, t, v if isinstance(v := liked.get(i), bool) else None, r in read)
        for i, b, t, r in rows
    )


def round_view(uow: UnitOfWork, round_id: str) -> RoundView:
    """A round with its visits in order.

    Raises:
        HomeDeliveryError: unknown round, or a device that must sync first.
    """
    locked = stale_lock(uow)
    if locked is not None:
        raise HomeDeliveryError(locked)
    session = uow.session
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise HomeDeliveryError(Message("home_delivery.tournee_existe"))
    volunteer = session.get(Volunteer, round_.volunteer_id)
    assert volunteer is not None
    stops: list[RoundStop] = []
    rows = session.execute(
        select(Delivery, Beneficiary, Patron)
        .join(Beneficiary, Beneficiary.id == Delivery.beneficiary_id)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .where(Delivery.round_id == round_id)
        .order_by(Delivery.position, Delivery.planned_time)
    )
    for delivery, beneficiary, patron in rows:
        bag = bag_of(uow, delivery.id)
        late = False
        if delivery.planned_time is not None:
            windows = windows_on(windows_from_json(beneficiary.availability or ()), round_.date)
            late = not any(w.start <= delivery.planned_time <= w.end for w in windows)
        stops.append(
            RoundStop(
                delivery_id=delivery.id,
                position=delivery.position,
                planned_time=delivery.planned_time,
                beneficiary_id=beneficiary.id,
                name=f"{patron.first_name} {patron.last_name}",
                address=" ".join(p for p in (patron.address, patron.postcode, patron.commune) if p),
                commune=patron.commune or "",
                phone=patron.phone,
                has_access_note=bool(beneficiary.access_notes),
                contact_person=beneficiary.contact_person,
                contact_phone=beneficiary.contact_phone,
                bag_code=bag.code if bag else None,
                items=bag_lines(uow, bag, delivery.feedback or []),
                locked=delivery.locked,
                outcome=delivery.outcome,
                note=delivery.note,
                welfare_concern=delivery.welfare_concern,
                late=late,
            )
        )
    return RoundView(
        round_id=round_.id,
        date=round_.date,
        volunteer_id=volunteer.id,
        volunteer_name=f"{volunteer.first_name} {volunteer.last_name}",
        volunteer_phone=volunteer.phone,
        status=round_.status,
        start_time=round_.start_time,
        end_time=round_.end_time,
        stops=tuple(stops),
    )


def rounds_between(
    uow: UnitOfWork, start: dt.date, end: dt.date, volunteer_id: str | None = None
) -> list[RoundSummary]:
    """Rounds of a period (one volunteer's, or everyone's), by date."""
    stmt = (
        select(Round, Volunteer)
        .join(Volunteer, Volunteer.id == Round.volunteer_id)
        .where(Round.date.between(start, end))
        .order_by(Round.date, Round.start_time, Volunteer.last_name)
    )
    if volunteer_id is not None:
        stmt = stmt.where(Round.volunteer_id == volunteer_id)
    found = []
    for round_, volunteer in uow.session.execute(stmt):
        outcomes = list(
            uow.session.scalars(select(Delivery.outcome).where(Delivery.round_id == round_.id))
        )
        found.append(
            RoundSummary(
                round_.id,
                round_.date,
                f"{volunteer.first_name} {volunteer.last_name}",
                round_.status,
                len(outcomes),
                sum(1 for o in outcomes if o is not None),
            )
        )
    return found


def volunteer_rounds(uow: UnitOfWork, volunteer_id: str, day: dt.date) -> list[RoundView]:
    """The volunteer mode: only this volunteer's rounds of the day, visits in order."""
    ids = uow.session.scalars(
        select(Round.id)
        .where(Round.volunteer_id == volunteer_id)
        .where(Round.date == day)
        .where(Round.status != RoundStatus.CANCELLED.value)
        .order_by(Round.start_time)
    )
    return [round_view(uow, round_id) for round_id in ids]


def device_volunteer(uow: UnitOfWork) -> str | None:
    """The volunteer this device belongs to, if it was enrolled as a volunteer's laptop.

    The server gives such a device the scope ``volunteer:<id>`` (only that volunteer's
    rounds and beneficiaries travel to it); the volunteer mode then shows only them.
    """
    found = uow.session.get(DeviceSetting, SCOPE)
    if found is None or not found.value.startswith("volunteer:"):
        return None
    volunteer_id = found.value.split(":", 1)[1].strip()
    return volunteer_id or None
