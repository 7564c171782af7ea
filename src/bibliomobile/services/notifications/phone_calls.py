"""The phone-call list: messages a person gives by phone, and its printable PDF."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bibliomobile.lang import Message
from bibliomobile.store.models import Notification
from bibliomobile.store.uow import UnitOfWork

from .channels import CALL_LIST
from .common import CALLED, QUEUED, NotificationError
from .queue import NotificationRow, notification_row


def phone_list(uow: UnitOfWork) -> list[NotificationRow]:
    """Messages to give by phone (patrons who prefer a call or have no e-mail/mobile)."""
    rows = uow.session.scalars(
        select(Notification)
        .where(Notification.channel == CALL_LIST.value, Notification.status == QUEUED)
        .order_by(Notification.created_at)
    ).all()
    return [notification_row(uow, n) for n in rows]


def save_phone_list(uow: UnitOfWork, out: Any) -> int:
    """Print the phone-call list to ``out`` (a path or a binary file).

    Returns:
        The number of calls to make.
    """
    rows = phone_list(uow)
    phone_list_pdf(rows, out)
    return len(rows)


def mark_called(uow: UnitOfWork, notification_id: str) -> None:
    """The patron was called: the message leaves the list."""
    notification = uow.session.get(Notification, notification_id)
    if notification is None:
        raise NotificationError(
            Message(
                "notifications.message_introuvable_notification_id", notification_id=notification_id
            )
        )
    notification.status = CALLED
    notification.sent_at = dt.datetime.now().replace(microsecond=0)


def phone_list_pdf(rows: list[NotificationRow], out: Any) -> None:
    """The phone-call list as an A4 PDF: name, number, what to say, a box to tick."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(out if hasattr(out, "write") else str(out), pagesize=A4)
    canvas.setTitle("Appels à passer")
    y = A4[1] - 20 * mm
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(15 * mm, y, f"Appels à passer ({len(rows)})")
    y -= 12 * mm
    for row in rows:
        if y < 25 * mm:
            canvas.showPage()
            y = A4[1] - 20 * mm
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(15 * mm, y, f"☐  {row.patron_name} — {row.recipient or 'pas de numéro'}")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(22 * mm, y - 5 * mm, row.body[:120])
        y -= 13 * mm
    canvas.showPage()
    canvas.save()
