"""Checkout, checkin, renewal and undo: the writes of circulation, one event each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bibliomobile.domain.enums import CirculationKind, Location
from bibliomobile.domain.loans import Block, BlockKind
from bibliomobile.lang import Message
from bibliomobile.store.models import CirculationEvent, Item
from bibliomobile.store.uow import UnitOfWork

from .due_dates import due_date_for
from .errors import CheckoutRefused, CirculationError, NothingToUndo
from .log import NO_LOAN_FLAG, append_event, business_moment, desk_action, undone
from .lookup import blocks_for_checkout, existing_patron, existing_visit, item_by_barcode, title_of
from .open_loans import loan_of
from .results import CheckinResult, CheckoutResult, RenewResult, UndoResult


def checkout(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    patron_id: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    override_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CheckoutResult:
    """Lend an item to a patron.

    Raises:
        UnknownBarcode: the code is not an item; nothing written.
        CheckoutRefused: the patron is blocked and no override reason was given.
        CirculationError: withdrawn item, item already lent to this patron, etc.
    """
    day, moment = business_moment(today, now)
    found = item_by_barcode(uow, item_barcode)
    item = found.item
    patron = existing_patron(uow, patron_id)
    reason = (override_reason or "").strip() or None
    if item.withdrawn:
        raise CirculationError(
            Message("circulation.exemplaire_retire_collections_barcode", barcode=item.barcode)
        )
    current = loan_of(uow, item.id)
    if current is not None and current.patron_id == patron.id:
        raise CirculationError(
            Message("circulation.already_lent_due", due=f"{current.due_date:%d/%m/%Y}")
            if current.due_date
            else Message("circulation.already_lent")
        )
    blocks = blocks_for_checkout(uow, patron, day)
    if item.set_aside_until is not None and item.set_aside_until > day:
        blocks = (
            *blocks,
            Block(
                BlockKind.SET_ASIDE,
                Message("circulation.item_set_aside", date=f"{item.set_aside_until:%d/%m/%Y}"),
            ),
        )
    if blocks and reason is None:
        raise CheckoutRefused(blocks)
    due = due_date_for(
        uow, patron_id=patron.id, today=day, visit_id=visit_id, delivery_id=delivery_id
    )
    event = append_event(
        uow,
        kind=CirculationKind.CHECKOUT,
        item_id=item.id,
        occurred_at=moment,
        patron_id=patron.id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due,
        override_reason=reason if blocks else None,
    )
    item.location = Location.ON_LOAN.value
    item.set_aside_until = None
    return CheckoutResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=patron.id,
        due_date=due,
        override_reason=event.override_reason,
        previous_patron_id=current.patron_id if current is not None else None,
    )


def checkin(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CheckinResult:
    """Take an item back, whatever stop it was lent at.

    Applies the set-aside period of the item's home library. A return of an item
    nobody held is recorded and flagged (``no_loan``), never refused.

    Raises:
        UnknownBarcode: the code is not an item; nothing written.
    """
    day, moment = business_moment(today, now)
    found = item_by_barcode(uow, item_barcode)
    item = found.item
    if visit_id is not None:
        existing_visit(uow, visit_id)
    current = loan_of(uow, item.id)
    event = append_event(
        uow,
        kind=CirculationKind.CHECKIN,
        item_id=item.id,
        occurred_at=moment,
        patron_id=current.patron_id if current else None,
        visit_id=visit_id,
        delivery_id=delivery_id,
        flag=None if current else NO_LOAN_FLAG,
    )
    set_aside_days = found.set_aside_days
    item.set_aside_until = day + dt.timedelta(days=set_aside_days) if set_aside_days > 0 else None
    if visit_id is not None:
        item.location = Location.VAN.value
    elif delivery_id is not None:
        item.location = Location.BAG.value
    else:
        item.location = Location.STACKS.value
    late = 0
    if current is not None and current.due_date is not None and current.due_date < day:
        late = (day - current.due_date).days
    return CheckinResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=current.patron_id if current else None,
        days_late=late,
        set_aside_until=item.set_aside_until,
        no_loan=current is None,
    )


def renew(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    patron_id: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    override_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> RenewResult:
    """Extend a loan to the visit that follows a new loan period from today.

    Raises:
        UnknownBarcode: the code is not an item.
        CirculationError: the item is not lent to this patron, or the loan already
            runs at least that long.
        CheckoutRefused: expired or blocked card, without an override reason.
    """
    day, moment = business_moment(today, now)
    found = item_by_barcode(uow, item_barcode)
    item = found.item
    patron = existing_patron(uow, patron_id)
    current = loan_of(uow, item.id)
    if current is None or current.patron_id != patron.id:
        raise CirculationError(
            Message("circulation.cet_exemplaire_prete_lecteur", barcode=item.barcode)
        )
    reason = (override_reason or "").strip() or None
    blocks = tuple(
        b
        for b in blocks_for_checkout(uow, patron, day)
        if b.kind in (BlockKind.BLOCKED, BlockKind.EXPIRED_CARD)
    )
    if blocks and reason is None:
        raise CheckoutRefused(blocks)
    due = due_date_for(
        uow, patron_id=patron.id, today=day, visit_id=visit_id, delivery_id=delivery_id
    )
    if current.due_date is not None and due <= current.due_date:
        raise CirculationError(
            Message("circulation.pret_court_deja_jusqu", due_date=f"{current.due_date:%d/%m/%Y}")
        )
    event = append_event(
        uow,
        kind=CirculationKind.RENEW,
        item_id=item.id,
        occurred_at=moment,
        patron_id=patron.id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due,
        override_reason=reason if blocks else None,
    )
    return RenewResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=patron.id,
        due_date=due,
        previous_due_date=current.due_date,
    )


def undo_last(
    uow: UnitOfWork,
    *,
    visit_id: str | None,
    device: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> UndoResult:
    """Cancel the last action of this device at this visit by appending an UNDO event.

    The undone event stays in the log (append-only); it no longer counts.

    Raises:
        NothingToUndo: no action left to undo.
    """
    _day, moment = business_moment(today, now)
    session = uow.session
    device_id = device or uow.device_id
    visit_clause = (
        CirculationEvent.visit_id == visit_id
        if visit_id is not None
        else CirculationEvent.visit_id.is_(None)
    )
    last = session.scalar(
        select(CirculationEvent)
        .where(
            visit_clause,
            CirculationEvent.device_id == device_id,
            CirculationEvent.kind != CirculationKind.UNDO.value,
            desk_action(),
            ~undone(),
        )
        .order_by(CirculationEvent.hlc.desc())
        .limit(1)
    )
    if last is None:
        raise NothingToUndo(Message("circulation.rien_annuler_passage"))
    event = append_event(
        uow,
        kind=CirculationKind.UNDO,
        item_id=last.item_id,
        occurred_at=moment,
        patron_id=last.patron_id,
        visit_id=last.visit_id,
        delivery_id=last.delivery_id,
        undoes_id=last.id,
    )
    session.flush()  # the loan index now reflects the undo
    item = session.get(Item, last.item_id)
    assert item is not None
    if loan_of(uow, item.id) is not None:
        item.location = Location.ON_LOAN.value
        if last.kind == CirculationKind.CHECKIN.value:
            item.set_aside_until = None
    elif last.kind == CirculationKind.CHECKOUT.value:
        item.location = Location.VAN.value if last.visit_id else Location.STACKS.value
    return UndoResult(
        event_id=event.id,
        undone_event_id=last.id,
        undone_kind=last.kind,
        item_id=item.id,
        barcode=item.barcode,
        title=title_of(uow, item),
        patron_id=last.patron_id,
    )
