"""Welfare concerns: a volunteer worried about a beneficiary raises one; it stays on the
coordinators' alert list (a red banner) until one of them takes it in hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import AuditAction
from bibliomobile.lang import Message
from bibliomobile.services.audit import record
from bibliomobile.services.home_delivery.common import HomeDeliveryError, existing_delivery
from bibliomobile.store.models import Beneficiary, Delivery, Patron, Round, Volunteer
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class WelfareAlert:
    """A welfare concern raised by a volunteer, until a coordinator handles it."""

    delivery_id: str
    beneficiary_id: str
    name: str
    commune: str
    phone: str | None
    contact_person: str | None
    contact_phone: str | None
    date: dt.date
    volunteer_name: str
    outcome: str | None
    note: str


def flag_welfare_concern(uow: UnitOfWork, delivery_id: str, note: str) -> None:
    """Raise a welfare concern (seemed unwell, did not answer three times…).

    It goes to the coordinators' alert list (:func:`welfare_alerts`), on other
    devices at the next sync since it is a field of the synced visit.

    Raises:
        HomeDeliveryError: unknown visit or no description.
    """
    if not note.strip():
        raise HomeDeliveryError(Message("home_delivery.decrivez_quelques_mots_vous"))
    delivery = existing_delivery(uow, delivery_id)
    delivery.welfare_concern = True
    delivery.welfare_note = note.strip()[:500]
    delivery.welfare_handled_at = None
    delivery.welfare_handled_by = None
    record(
        uow, AuditAction.CHANGED, beneficiary_id=delivery.beneficiary_id, detail="alerte bien-être"
    )


def welfare_alerts(uow: UnitOfWork) -> list[WelfareAlert]:
    """Welfare concerns not yet handled by a coordinator, newest first."""
    rows = uow.session.execute(
        select(Delivery, Round, Beneficiary, Patron, Volunteer)
        .join(Round, Round.id == Delivery.round_id)
        .join(Beneficiary, Beneficiary.id == Delivery.beneficiary_id)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .join(Volunteer, Volunteer.id == Round.volunteer_id)
        .where(Delivery.welfare_concern.is_(True))
        .where(Delivery.welfare_handled_at.is_(None))
        .order_by(Round.date.desc(), Delivery.outcome_at.desc())
    )
    return [
        WelfareAlert(
            delivery_id=d.id,
            beneficiary_id=b.id,
            name=f"{p.first_name} {p.last_name}",
            commune=p.commune or "",
            phone=p.phone,
            contact_person=b.contact_person,
            contact_phone=b.contact_phone,
            date=r.date,
            volunteer_name=f"{v.first_name} {v.last_name}",
            outcome=d.outcome,
            note=d.welfare_note or "",
        )
        for d, r, b, p, v in rows
    ]


def handle_welfare_alert(uow: UnitOfWork, delivery_id: str, by: str) -> None:
    """A coordinator took the concern in hand: it leaves the alert list.

    The note itself is erased (only who handled it, and when, stays): once handled it
    leaves every device at their next sync, since it may say how the person was.
    """
    if not by.strip():
        raise HomeDeliveryError(Message("home_delivery.indiquez_prend_charge_alerte"))
    delivery = existing_delivery(uow, delivery_id)
    delivery.welfare_handled_at = dt.datetime.now()
    delivery.welfare_handled_by = by.strip()[:100]
    delivery.welfare_note = None
