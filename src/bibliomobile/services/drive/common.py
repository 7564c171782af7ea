"""What the drive modules share: the error, the pending statuses and the lookups.

Every refusal raises :class:`DriveError` with a French sentence a person can act on.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bibliomobile.domain.bagcode import InvalidBagCode, validate_bag_code
from bibliomobile.domain.enums import BagStatus, Location, RequestStatus
from bibliomobile.lang import Message
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    Item,
    Patron,
    Request,
    RequestStatusChange,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork

#: Requests still to be collected: they hold a place in their slot.
PENDING = (RequestStatus.NEW.value, RequestStatus.PREPARING.value, RequestStatus.READY.value)
#: Bags whose items are set aside for a patron.
ACTIVE_BAG = (BagStatus.PREPARING.value, BagStatus.READY.value)

#: A request's status as the preparers read it (slots, requests and bags use it).
STATUS_LABELS = {
    "new": Message("drive.status_new"),
    "preparing": Message("drive.status_preparing"),
    "ready": Message("drive.status_ready"),
    "collected": Message("drive.status_collected"),
    "no_show": Message("drive.status_no_show"),
    "cancelled": Message("drive.status_cancelled"),
}


class DriveError(Exception):
    """A drive operation refused for a reason a person can act on; nothing written."""


def now_or_current(now: dt.datetime | None) -> dt.datetime:
    """``now`` when given (tests, simulation), else the current time to the second."""
    return now or dt.datetime.now().replace(microsecond=0)


def visit_by_id(uow: UnitOfWork, visit_id: str) -> StopVisit:
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise DriveError(Message("drive.passage_introuvable_visit_id", visit_id=visit_id))
    return visit


def request_by_id(uow: UnitOfWork, request_id: str) -> Request:
    request = uow.session.get(Request, request_id)
    if request is None:
        raise DriveError(Message("drive.demande_introuvable_request_id", request_id=request_id))
    return request


def patron_by_id(uow: UnitOfWork, patron_id: str) -> Patron:
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise DriveError(Message("drive.lecteur_introuvable_patron_id", patron_id=patron_id))
    return patron


def beneficiary_of(uow: UnitOfWork, patron_id: str) -> Beneficiary | None:
    """The patron's home-delivery profile, if they have one (their tastes are there)."""
    return uow.session.scalar(select(Beneficiary).where(Beneficiary.patron_id == patron_id))


def full_name(patron: Patron) -> str:
    return f"{patron.first_name} {patron.last_name}".strip()


def record_change(
    uow: UnitOfWork, request: Request, status: str, by: str | None, at: dt.datetime
) -> None:
    """Move ``request`` to ``status`` and keep who did it and when."""
    request.status = status
    uow.session.add(
        RequestStatusChange(
            request_id=request.id, status=status, by=by, at=at, hlc=str(uow.clock.now())
        )
    )


def bag_by_code(uow: UnitOfWork, raw: str) -> Bag:
    """The bag with this code as scanned or typed (any case); refused if mistyped."""
    try:
        code = validate_bag_code(raw)
    except InvalidBagCode as error:
        raise DriveError(str(error)) from error
    bag = uow.session.scalar(select(Bag).where(Bag.code == code))
    if bag is None:
        raise DriveError(Message("drive.aucun_sac_porte_code", code=code))
    return bag


def empty_bag(uow: UnitOfWork, bag: Bag, location: str) -> None:
    """Put a bag's items back on the shelves and the bag back in stock."""
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True
        item = uow.session.get(Item, link.item_id)
        if item is not None and item.location == Location.BAG.value:
            item.location = location
    bag.status = BagStatus.RETURNED.value
