"""Patron notifications: the local sending queue and the editable message templates.

Both stay on this device (not synced): the device that prepares the bags sends the
messages, once, when it is online.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.ids import new_id

from .base import Base


class Notification(Base):
    """One message to a patron; ``key`` (request + kind) makes it unique: never sent twice."""

    __tablename__ = "notifications"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    request_id: Mapped[str | None] = mapped_column(String(36), index=True)
    patron_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # bag_ready | reminder
    channel: Mapped[str] = mapped_column(String(10))  # email | sms | phone
    recipient: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(String(4000))
    status: Mapped[str] = mapped_column(String(12), default="queued")  # queued|sent|failed|called
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


class MessageTemplate(Base):
    """A message text edited by the library (``string.Template`` placeholders)."""

    __tablename__ = "message_templates"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)  # "<kind>.<channel>"
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(String(4000))
