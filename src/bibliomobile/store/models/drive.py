"""Drive (clic et collecte): pickup slots, requests and bags."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class PickupSlot(Synced, Base):
    """A time slot of a visit in which patrons collect their bags."""

    __tablename__ = "pickup_slots"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    visit_id: Mapped[str] = mapped_column(ForeignKey("stop_visits.id"), index=True)
    start: Mapped[dt.time]
    end: Mapped[dt.time]
    capacity: Mapped[int] = mapped_column(default=4)


class Request(Synced, Base):
    """A patron's drive request for a visit."""

    __tablename__ = "requests"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    patron_id: Mapped[str] = mapped_column(ForeignKey("patrons.id"), index=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("stop_visits.id"), index=True)
    slot_id: Mapped[str | None] = mapped_column(ForeignKey("pickup_slots.id"))
    channel: Mapped[str] = mapped_column(String(10))  # RequestChannel
    kind: Mapped[str] = mapped_column(String(10))  # RequestKind
    free_text: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[str] = mapped_column(String(12), default="new")  # RequestStatus
    taken_by: Mapped[str | None] = mapped_column(String(100))
    taken_at: Mapped[dt.datetime | None]
    # Set when the request was moved here because its visit was cancelled: the visit it
    # was first made for, so the patrons to notify can be listed for that visit.
    moved_from_visit_id: Mapped[str | None] = mapped_column(ForeignKey("stop_visits.id"))


class RequestLine(Synced, Base):
    """One wanted title of a request (a record, or free text)."""

    __tablename__ = "request_lines"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    record_id: Mapped[str | None] = mapped_column(ForeignKey("records.id"))
    free_text: Mapped[str | None] = mapped_column(String(300))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("items.id"))
    cancelled: Mapped[bool] = mapped_column(default=False)


class RequestStatusChange(Synced, Base):
    """Who moved a request to which status, and when (append-only)."""

    __tablename__ = "request_status_changes"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.EVENT

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[dt.datetime]
    hlc: Mapped[str] = mapped_column(String(64))


class Bag(Synced, Base):
    """A bag prepared for a drive request or a home delivery."""

    __tablename__ = "bags"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    code: Mapped[str] = mapped_column(String(12), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="preparing")  # BagStatus
    patron_id: Mapped[str | None] = mapped_column(ForeignKey("patrons.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.id"))
    delivery_id: Mapped[str | None] = mapped_column(ForeignKey("deliveries.id"))


class BagItem(Synced, Base):
    """An item put in a bag."""

    __tablename__ = "bag_items"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    bag_id: Mapped[str] = mapped_column(ForeignKey("bags.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    removed: Mapped[bool] = mapped_column(default=False)
