"""Bags: prepared by scanning the bag then its items, marked ready (the patron is told),
and the stock of reusable bags.

Bags are generic: a bag belongs to a drive request or to a home delivery
(``create_bag(..., delivery_id=...)``), so home delivery reuses the same scanning,
labels and stock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from bibliomobile.domain.bagcode import InvalidBagCode, validate_bag_code
from bibliomobile.domain.enums import BagStatus, Location, RequestStatus
from bibliomobile.domain.scan import normalize_scan
from bibliomobile.lang import Message
from bibliomobile.services.drive.common import (
    ACTIVE_BAG,
    STATUS_LABELS,
    DriveError,
    bag_by_code,
    full_name,
    now_or_current,
    record_change,
    request_by_id,
)
from bibliomobile.services.drive.selection import AvailableItem, availability
from bibliomobile.services.notifications.queue import NotificationKind, queue_notification
from bibliomobile.store.models import Bag, BagItem, Item, Patron, Record
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class BagContent:
    bag_id: str
    code: str
    status: str
    request_id: str | None
    delivery_id: str | None
    patron_id: str | None
    items: tuple[AvailableItem, ...]
    message: str = ""


@dataclass(frozen=True, slots=True)
class BagStockRow:
    patron_id: str
    patron_card: str
    patron_name: str
    bags_held: int
    bags_returned: int


def content_of(uow: UnitOfWork, bag: Bag, message: str = "") -> BagContent:
    """What is in ``bag`` now, with ``message`` for the person scanning."""
    rows = uow.session.execute(
        select(Item, Record)
        .join(BagItem, BagItem.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
        .order_by(Item.call_number)
    ).all()
    items = tuple(
        AvailableItem(i.id, r.id, i.barcode, r.title, r.authors or "", i.call_number or "",
                      i.location, True, "")
        for i, r in rows
    )  # fmt: skip
    return BagContent(
        bag.id, bag.code, bag.status, bag.request_id, bag.delivery_id, bag.patron_id, items, message
    )


def bag_content(uow: UnitOfWork, code: str) -> BagContent:
    return content_of(uow, bag_by_code(uow, code))


def create_bag(
    uow: UnitOfWork,
    code: str,
    *,
    request_id: str | None = None,
    delivery_id: str | None = None,
    patron_id: str | None = None,
    by: str | None = None,
    now: dt.datetime | None = None,
) -> BagContent:
    """Start preparing a bag for a drive request or a home delivery (not both).

    A returned bag's code may be used again (reusable bags); a bag still in use is refused.
    """
    if (request_id is None) == (delivery_id is None):
        raise DriveError(Message("drive.sac_appartient_demande_drive"))
    try:
        normalised = validate_bag_code(code)
    except InvalidBagCode as error:
        raise DriveError(str(error)) from error
    if request_id is not None:
        request = request_by_id(uow, request_id)
        if request.status not in (RequestStatus.NEW.value, RequestStatus.PREPARING.value):
            raise DriveError(
                Message("drive.demande_status_prepare_sac", status=STATUS_LABELS[request.status])
            )
        patron_id = request.patron_id
        if uow.session.scalar(
            select(Bag.code).where(Bag.request_id == request_id, Bag.status.in_(ACTIVE_BAG))
        ):
            raise DriveError(Message("drive.demande_deja_sac_preparation"))
    bag = uow.session.scalar(select(Bag).where(Bag.code == normalised))
    if bag is not None:
        if bag.status != BagStatus.RETURNED.value:
            raise DriveError(
                Message(
                    "drive.sac_normalised_deja_utilise", normalised=normalised, status=bag.status
                )
            )
        bag.status = BagStatus.PREPARING.value
        bag.request_id, bag.delivery_id, bag.patron_id = request_id, delivery_id, patron_id
    else:
        bag = Bag(code=normalised, status=BagStatus.PREPARING.value, request_id=request_id,
                  delivery_id=delivery_id, patron_id=patron_id)  # fmt: skip
        uow.session.add(bag)
    if request_id is not None:
        request = request_by_id(uow, request_id)
        if request.status == RequestStatus.NEW.value:
            record_change(uow, request, RequestStatus.PREPARING.value, by, now_or_current(now))
    uow.session.flush()
    return content_of(uow, bag, str(Message("drive.bag_preparing", code=normalised)))


def add_to_bag(uow: UnitOfWork, code: str, item_barcode: str) -> BagContent:
    """Put a scanned item in a bag being prepared (refused if lent or in another bag)."""
    bag = bag_by_code(uow, code)
    if bag.status != BagStatus.PREPARING.value:
        raise DriveError(
            Message("drive.sac_code_preparation_statut", code=bag.code, status=bag.status)
        )
    barcode = normalize_scan(item_barcode)
    item = uow.session.scalar(select(Item).where(Item.barcode == barcode))
    if item is None:
        raise DriveError(Message("drive.code_barres_exemplaire_connu", barcode=barcode))
    already = uow.session.scalar(
        select(BagItem).where(
            BagItem.bag_id == bag.id, BagItem.item_id == item.id, BagItem.removed.is_(False)
        )
    )
    if already is not None:
        return content_of(uow, bag, str(Message("drive.already_in_bag", barcode=barcode)))
    reason = availability(uow, item, bag_id=bag.id)
    if reason:
        raise DriveError(
            Message("drive.impossible_mettre_barcode_sac", barcode=barcode, reason=reason)
        )
    uow.session.add(BagItem(bag_id=bag.id, item_id=item.id))
    item.location = Location.BAG.value
    uow.session.flush()
    record = uow.session.get(Record, item.record_id)
    return content_of(
        uow, bag, str(Message("drive.added_to_bag", title=record.title if record else barcode))
    )


def remove_from_bag(uow: UnitOfWork, code: str, item_barcode: str) -> BagContent:
    bag = bag_by_code(uow, code)
    barcode = normalize_scan(item_barcode)
    link = uow.session.scalar(
        select(BagItem)
        .join(Item, Item.id == BagItem.item_id)
        .where(BagItem.bag_id == bag.id, Item.barcode == barcode, BagItem.removed.is_(False))
    )
    if link is None:
        raise DriveError(Message("drive.document_sac_code_barcode", code=bag.code, barcode=barcode))
    link.removed = True
    item = uow.session.get(Item, link.item_id)
    assert item is not None
    item.location = Location.STACKS.value
    uow.session.flush()
    return content_of(uow, bag, str(Message("drive.removed_from_bag", barcode=barcode)))


def mark_bag_ready(
    uow: UnitOfWork,
    code: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
) -> BagContent:
    """Close a prepared bag: it is ready, its request too, and the patron is notified."""
    bag = bag_by_code(uow, code)
    if bag.status != BagStatus.PREPARING.value:
        raise DriveError(
            Message("drive.sac_code_preparation_statut_2", code=bag.code, status=bag.status)
        )
    content = content_of(uow, bag)
    if not content.items:
        raise DriveError(Message("drive.sac_code_vide_scannez", code=bag.code))
    bag.status = BagStatus.READY.value
    moment = now_or_current(now)
    if bag.request_id is not None:
        request = request_by_id(uow, bag.request_id)
        if request.status == RequestStatus.NEW.value:
            record_change(uow, request, RequestStatus.PREPARING.value, by, moment)
        if request.status == RequestStatus.PREPARING.value:
            record_change(uow, request, RequestStatus.READY.value, by, moment)
        queue_notification(uow, request.id, NotificationKind.BAG_READY, now=moment)
    uow.session.flush()
    return content_of(
        uow, bag, str(Message("drive.bag_ready", code=bag.code, n=len(content.items)))
    )


def bag_stock(uow: UnitOfWork) -> list[BagStockRow]:
    """Per patron: bags they hold now and bags they brought back (reusable bags run out)."""
    held = func.count().filter(Bag.status == BagStatus.HANDED_OVER.value)
    back = func.count().filter(Bag.status == BagStatus.RETURNED.value)
    rows = uow.session.execute(
        select(Patron, held, back)
        .join(Bag, Bag.patron_id == Patron.id)
        .group_by(Patron.id)
        .having(or_(held > 0, back > 0))
        .order_by(held.desc(), Patron.last_name)
    ).all()
    return [BagStockRow(p.id, p.card_barcode, full_name(p), int(h), int(b)) for p, h, b in rows]


def bags_in_stock(uow: UnitOfWork) -> int:
    """Bags free for a new request (returned, or never used)."""
    return int(
        uow.session.scalar(
            select(func.count()).select_from(Bag).where(Bag.status == BagStatus.RETURNED.value)
        )
        or 0
    )
