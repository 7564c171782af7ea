"""The queue of messages to patrons: a drive bag is ready, the van comes tomorrow.

One row per request and kind (the unique key makes a second queuing a no-op, so
nothing is sent twice), addressed by :func:`~.channels.how_to_reach` when queued.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from bibliomobile.domain.enums import ContactChannel, RequestStatus
from bibliomobile.lang import Message
from bibliomobile.services.text import date_text, stop_name
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Notification,
    Patron,
    PickupSlot,
    Request,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork

from .channels import how_to_reach
from .common import QUEUED, NotificationError
from .templates import template_text


class NotificationKind(StrEnum):
    BAG_READY = "bag_ready"
    REMINDER = "reminder"


@dataclass(frozen=True, slots=True)
class NotificationRow:
    notification_id: str
    key: str
    kind: str
    channel: ContactChannel
    patron_id: str
    patron_name: str
    recipient: str
    subject: str
    body: str
    status: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None


def notification_row(uow: UnitOfWork, n: Notification) -> NotificationRow:
    """A queued (or sent) message as the screens show it."""
    patron = uow.session.get(Patron, n.patron_id)
    name = f"{patron.first_name} {patron.last_name}" if patron else ""
    return NotificationRow(
        n.id, n.key, n.kind, ContactChannel(n.channel), n.patron_id, name, n.recipient or "",
        n.subject, n.body, n.status, n.attempts, n.last_error or "", n.created_at, n.sent_at,
    )  # fmt: skip


def _values(uow: UnitOfWork, request: Request, patron: Patron) -> dict[str, str]:
    visit = uow.session.get(StopVisit, request.visit_id)
    assert visit is not None
    stop = uow.session.get(Stop, visit.stop_id)
    slot = uow.session.get(PickupSlot, request.slot_id) if request.slot_id else None
    bag = uow.session.scalar(select(Bag).where(Bag.request_id == request.id))
    count = 0
    if bag is not None:
        count = len(
            uow.session.scalars(
                select(BagItem.id).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
            ).all()
        )
    return {
        "prenom": patron.first_name,
        "nom": patron.last_name,
        "arret": stop_name(stop) if stop else "",
        "date": date_text(visit.date),
        "creneau": f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot else "",
        "nb_documents": str(count),
        "code_sac": bag.code if bag else "",
    }


def queue_notification(
    uow: UnitOfWork, request_id: str, kind: str, *, now: dt.datetime | None = None
) -> NotificationRow:
    """Queue the ``kind`` message of a request (once: a second call returns the first).

    Part of the caller's use case (e.g. a bag marked ready), in its transaction.
    """
    key = f"{request_id}:{kind}"
    existing = uow.session.scalar(select(Notification).where(Notification.key == key))
    if existing is not None:
        return notification_row(uow, existing)
    request = uow.session.get(Request, request_id)
    if request is None:
        raise NotificationError(
            Message("drive.demande_introuvable_request_id", request_id=request_id)
        )
    patron = uow.session.get(Patron, request.patron_id)
    assert patron is not None
    reach = how_to_reach(patron)
    subject, body = template_text(uow, kind, reach.channel)
    values = _values(uow, request, patron)
    notification = Notification(
        key=key,
        request_id=request.id,
        patron_id=patron.id,
        kind=kind,
        channel=reach.channel.value,
        recipient=reach.address,
        subject=string.Template(subject).safe_substitute(values),
        body=string.Template(body).safe_substitute(values),
        status=QUEUED,
        attempts=0,
        created_at=now or dt.datetime.now().replace(microsecond=0),
    )
    uow.session.add(notification)
    uow.session.flush()
    return notification_row(uow, notification)


def queue_reminders(
    uow: UnitOfWork, today: dt.date, *, now: dt.datetime | None = None
) -> list[NotificationRow]:
    """Queue the "tomorrow" reminder of every pending request of tomorrow's visits."""
    tomorrow = today + dt.timedelta(days=1)
    requests = uow.session.scalars(
        select(Request)
        .join(StopVisit, StopVisit.id == Request.visit_id)
        .where(
            StopVisit.date == tomorrow,
            Request.status.in_(
                (RequestStatus.NEW.value, RequestStatus.PREPARING.value, RequestStatus.READY.value)
            ),
        )
    ).all()
    return [queue_notification(uow, r.id, NotificationKind.REMINDER, now=now) for r in requests]


def list_queue(uow: UnitOfWork, limit: int = 500) -> list[NotificationRow]:
    """Every notification, newest first (the queue view of the Drive workspace)."""
    rows = uow.session.scalars(
        select(Notification).order_by(Notification.created_at.desc()).limit(limit)
    ).all()
    return [notification_row(uow, n) for n in rows]
