"""The label of a bag, read from the store: drive bag (request) or delivery bag."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bibliomobile.domain.bagcode import validate_bag_code
from bibliomobile.lang import Message
from bibliomobile.services.labels.layout import BagLabel
from bibliomobile.services.text import initials, stop_name
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    Delivery,
    Patron,
    PickupSlot,
    Request,
    Round,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork

HOME_DELIVERY_PLACE = "Portage à domicile"


class UnknownBag(LookupError):
    """A bag code that is valid but not in this database."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Aucun sac ne porte ce code : {code}")
        self.code = code


def _slot_text(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return ""
    if end is None:
        return f"{start:%H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def label_of(uow: UnitOfWork, bag: Bag) -> BagLabel:
    """The label content of one bag (only initials of the patron, never more)."""
    session = uow.session
    count = int(
        session.scalar(
            select(func.count())
            .select_from(BagItem)
            .where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
        )
        or 0
    )
    place, day, slot = "", None, ""
    patron_id = bag.patron_id
    if bag.request_id is not None:
        request = session.get(Request, bag.request_id)
        assert request is not None
        patron_id = patron_id or request.patron_id
        visit = session.get(StopVisit, request.visit_id)
        assert visit is not None
        stop = session.get(Stop, visit.stop_id)
        place = stop_name(stop) if stop is not None else ""
        day = visit.date
        pickup = session.get(PickupSlot, request.slot_id) if request.slot_id else None
        slot = _slot_text(pickup.start, pickup.end) if pickup else ""
    elif bag.delivery_id is not None:
        delivery = session.get(Delivery, bag.delivery_id)
        assert delivery is not None
        round_ = session.get(Round, delivery.round_id)
        beneficiary = session.get(Beneficiary, delivery.beneficiary_id)
        place = HOME_DELIVERY_PLACE
        day = round_.date if round_ is not None else None
        slot = _slot_text(delivery.planned_time, None)
        if beneficiary is not None:
            patron_id = patron_id or beneficiary.patron_id
    patron = session.get(Patron, patron_id) if patron_id else None
    return BagLabel(
        code=bag.code,
        place=place,
        date=day,
        slot=slot,
        item_count=count,
        initials=initials(patron.first_name, patron.last_name) if patron else "",
    )


def labels_for_bags(uow: UnitOfWork, codes: list[str]) -> list[BagLabel]:
    """Labels of the bags with these codes, in the order given.

    Raises:
        InvalidBagCode: a mistyped code (nothing is printed).
        UnknownBag: a valid code that no bag carries.
    """
    out: list[BagLabel] = []
    for raw in codes:
        code = validate_bag_code(raw)
        bag = uow.session.scalar(select(Bag).where(Bag.code == code))
        if bag is None:
            raise UnknownBag(code)
        out.append(label_of(uow, bag))
    return out


def labels_for_visit(uow: UnitOfWork, visit_id: str) -> list[BagLabel]:
    """Labels of every drive bag of a visit, by slot then code (not cancelled requests)."""
    if uow.session.get(StopVisit, visit_id) is None:
        raise LookupError(Message("drive.passage_introuvable_visit_id", visit_id=visit_id))
    bags = uow.session.scalars(
        select(Bag)
        .join(Request, Request.id == Bag.request_id)
        .outerjoin(PickupSlot, PickupSlot.id == Request.slot_id)
        .where(Request.visit_id == visit_id, Request.status != "cancelled")
        .order_by(PickupSlot.start, Bag.code)
    ).all()
    return [label_of(uow, bag) for bag in bags]
