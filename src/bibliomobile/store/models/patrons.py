"""Patrons (lecteurs) and their cards."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class Patron(Synced, Base):
    """A registered reader. Only what the service needs: no health data, ever."""

    __tablename__ = "patrons"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    card_barcode: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    birth_year: Mapped[int | None]
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(10))
    commune: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    preferred_channel: Mapped[str] = mapped_column(String(10), default="email")
    card_expiry: Mapped[dt.date | None]
    blocked_reason: Mapped[str | None] = mapped_column(String(200))
    home_stop_id: Mapped[str | None] = mapped_column(ForeignKey("stops.id"), index=True)
    registered_on: Mapped[dt.date | None]
    max_loans: Mapped[int] = mapped_column(default=15)
