"""Circulation: the append-only event log. Loans are derived from it."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class CirculationEvent(Synced, Base):
    """A checkout, checkin, renewal, or the undoing of one of them. Never edited."""

    __tablename__ = "circulation_events"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.EVENT

    kind: Mapped[str] = mapped_column(String(10))  # CirculationKind
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"))
    patron_id: Mapped[str | None] = mapped_column(ForeignKey("patrons.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("stop_visits.id"), index=True)
    delivery_id: Mapped[str | None] = mapped_column(ForeignKey("deliveries.id"))
    due_date: Mapped[dt.date | None]
    occurred_at: Mapped[dt.datetime]  # local wall time of the device, for people and KOC
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    undoes_id: Mapped[str | None] = mapped_column(String(36))
    override_reason: Mapped[str | None] = mapped_column(String(300))
    # Set when something was off but recorded anyway, e.g. "no_loan" for a return
    # of an item nobody held: kept and flagged for review, never refused.
    flag: Mapped[str | None] = mapped_column(String(20))
    # The borrower's survey age group and commune on the day, kept for the statistics:
    # they stay when the retention job removes the patron link from old loans.
    age_group: Mapped[str | None] = mapped_column(String(8))
    commune: Mapped[str | None] = mapped_column(String(120))
    # The same random value on a patron's loans of one calendar year, set by the
    # server's retention job before it removes the patron link: active borrowers are
    # still counted once each, and nothing leads back to the person.
    borrower_token: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_circulation_events_item_hlc", "item_id", "hlc"),)
