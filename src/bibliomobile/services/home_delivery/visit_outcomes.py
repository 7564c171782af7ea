"""The volunteer at the door: what happened (delivered, absent, refused, postponed), the
items given back, what the person liked or not, a free note.

"Delivered" lends the bag's items (circulation log); a bag not handed over goes back to
the shelves. All of it lives on the synced :class:`Delivery`, so it reaches the
coordinators at the next sync; the profile learns from the feedback.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bibliomobile.domain.enums import BagStatus, DeliveryOutcome, Location, RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.circulation.loans import checkin, checkout
from bibliomobile.services.home_delivery.common import HomeDeliveryError, existing_delivery
from bibliomobile.services.home_delivery.rounds import OUTCOME_LABELS, bag_lines, bag_of
from bibliomobile.services.home_delivery.selection import learn_from_feedback
from bibliomobile.store.models import Bag, BagItem, Beneficiary, Delivery, Item, Round
from bibliomobile.store.uow import UnitOfWork


def _refresh_round_status(uow: UnitOfWork, round_id: str) -> None:
    round_ = uow.session.get(Round, round_id)
    if round_ is None or round_.status == RoundStatus.CANCELLED.value:
        return
    outcomes = list(
        uow.session.scalars(select(Delivery.outcome).where(Delivery.round_id == round_id))
    )
    if outcomes and all(o is not None for o in outcomes):
        status = RoundStatus.DONE.value
    elif any(o is not None for o in outcomes):
        status = RoundStatus.IN_PROGRESS.value
    else:
        status = RoundStatus.PLANNED.value
    if round_.status != status:
        round_.status = status


def record_outcome(
    uow: UnitOfWork,
    delivery_id: str,
    outcome: str,
    *,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> list[str]:
    """Record what happened at the door; returns French messages for the volunteer.

    "Delivered" lends the items of the visit's bag to the beneficiary (circulation
    log, with the delivery) and marks the bag handed over; it needs a bag with
    documents. An outcome is noted on the day of the visit or later, never before.
    Recording an outcome twice is refused: a mistake is corrected by a coordinator,
    not overwritten offline.

    Raises:
        HomeDeliveryError: unknown visit or outcome, an outcome already recorded, a
            visit still to come, or "delivered" without a bag.
    """
    if outcome not in OUTCOME_LABELS:
        raise HomeDeliveryError(
            Message("home_delivery.issue_visite_inconnue_outcome", outcome=outcome)
        )
    delivery = existing_delivery(uow, delivery_id)
    if delivery.outcome is not None:
        raise HomeDeliveryError(
            Message(
                "home_delivery.visite_deja_notee_value",
                value=OUTCOME_LABELS.get(delivery.outcome, delivery.outcome),
            )
        )
    moment = now or dt.datetime.now()
    round_ = uow.session.get(Round, delivery.round_id)
    if round_ is not None and round_.date > moment.date():
        raise HomeDeliveryError(
            Message("home_delivery.visite_prevue_date_issue", date=f"{round_.date:%d/%m/%Y}")
        )
    messages: list[str] = []
    if outcome == DeliveryOutcome.DELIVERED.value:
        beneficiary = uow.session.get(Beneficiary, delivery.beneficiary_id)
        assert beneficiary is not None
        bag = bag_of(uow, delivery.id)
        lines = bag_lines(uow, bag, [])
        if bag is None or not lines:
            raise HomeDeliveryError(Message("home_delivery.sac_prepare_visite_livre"))
        for line in lines:
            # The bag is already in the person's hands: a block must not stop the record.
            try:
                result = checkout(
                    uow,
                    item_barcode=line.barcode,
                    patron_id=beneficiary.patron_id,
                    delivery_id=delivery.id,
                    override_reason="portage à domicile",
                    today=moment.date(),
                    now=moment,
                )
            except CirculationError as error:
                messages.append(f"{line.title} : {error}")
            else:
                messages.append(result.message)
        bag.status = BagStatus.HANDED_OVER.value
    else:
        bag = bag_of(uow, delivery.id)
        if bag is not None and bag.status in (BagStatus.PREPARING.value, BagStatus.READY.value):
            _bring_back(uow, bag)
            messages.append(str(Message("home_delivery.bring_bag_back", code=bag.code)))
    delivery.outcome = outcome
    delivery.outcome_at = moment
    if note is not None and note.strip():
        delivery.note = note.strip()
    uow.session.flush()
    _refresh_round_status(uow, delivery.round_id)
    messages.insert(
        0, str(Message("home_delivery.visit_recorded", outcome=OUTCOME_LABELS[outcome]))
    )
    return messages


def set_note(uow: UnitOfWork, delivery_id: str, note: str) -> None:
    """The volunteer's free note on a visit."""
    delivery = existing_delivery(uow, delivery_id)
    delivery.note = note.strip() or None


def record_feedback(
    uow: UnitOfWork, delivery_id: str, item_id: str, liked: bool
) -> tuple[str, ...]:
    """The beneficiary liked (or not) an item; the profile learns from it.

    Returns:
        What the profile learnt, in French (may be empty).
    """
    delivery = existing_delivery(uow, delivery_id)
    if uow.session.get(Item, item_id) is None:
        raise HomeDeliveryError(Message("home_delivery.cet_exemplaire_existe"))
    feedback = [f for f in delivery.feedback or [] if f.get("item_id") != item_id]
    feedback.append({"item_id": item_id, "liked": liked})
    delivery.feedback = feedback  # a new list: change capture sees the JSON change
    uow.session.flush()
    return learn_from_feedback(uow, delivery.beneficiary_id)


def _bring_back(uow: UnitOfWork, bag: Bag) -> None:
    """A bag not handed over: its items go back on the shelves (free for the next
    selection, this person's next visit included) and the bag back in stock."""
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True
        item = uow.session.get(Item, link.item_id)
        if item is not None and item.location == Location.BAG.value:
            item.location = Location.STACKS.value
    bag.status = BagStatus.RETURNED.value


def return_item(
    uow: UnitOfWork, delivery_id: str, scanned: str, *, now: dt.datetime | None = None
) -> str:
    """An item handed back at the door, by scanning it (a circulation checkin).

    Returns:
        The French message of the return.

    Raises:
        HomeDeliveryError: unknown visit.
        CirculationError: the scan is not an item (nothing written).
    """
    delivery = existing_delivery(uow, delivery_id)
    result = checkin(
        uow,
        item_barcode=scanned,
        delivery_id=delivery.id,
        today=now.date() if now else None,
        now=now,
    )
    return result.message
