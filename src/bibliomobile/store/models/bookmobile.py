"""Bookmobile: tours, stops, schedule rules and dated visits."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class Tour(Synced, Base):
    """A named bookmobile route and its vehicle."""

    __tablename__ = "tours"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    name: Mapped[str] = mapped_column(String(120), unique=True)
    vehicle: Mapped[str | None] = mapped_column(String(120))
    library_id: Mapped[str | None] = mapped_column(ForeignKey("libraries.id"))
    color: Mapped[str | None] = mapped_column(String(9))
    loan_days: Mapped[int] = mapped_column(default=28)
    active: Mapped[bool] = mapped_column(default=True)


class Stop(Synced, Base):
    """A place where the van stops."""

    __tablename__ = "stops"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    tour_id: Mapped[str] = mapped_column(ForeignKey("tours.id"), index=True)
    commune: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ScheduleRule(Synced, Base):
    """When a stop is served: weekly, every N weeks or the nth weekday of a month."""

    __tablename__ = "schedule_rules"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    stop_id: Mapped[str] = mapped_column(ForeignKey("stops.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # ScheduleKind
    weekday: Mapped[int]  # 0 = Monday
    interval_weeks: Mapped[int] = mapped_column(default=1)
    nth: Mapped[int | None]  # 1..4, or -1 for the last one of the month
    anchor_date: Mapped[dt.date | None]  # first visit, for every-N-weeks rules
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]
    holiday_policy: Mapped[str] = mapped_column(String(20), default="skip")  # HolidayPolicy
    breaks: Mapped[list[dict[str, Any]]] = mapped_column(default=list)  # [{"from","to","label"}]


class StopVisit(Synced, Base):
    """A dated occurrence of a stop (passage)."""

    __tablename__ = "stop_visits"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    stop_id: Mapped[str] = mapped_column(ForeignKey("stops.id"), index=True)
    rule_id: Mapped[str | None] = mapped_column(ForeignKey("schedule_rules.id"))
    date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    status: Mapped[str] = mapped_column(String(20), default="planned")  # VisitStatus
    exception: Mapped[str | None] = mapped_column(String(20))  # moved | added | cancelled
    moved_from: Mapped[dt.date | None]
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    adults: Mapped[int] = mapped_column(default=0)
    children: Mapped[int] = mapped_column(default=0)
    new_registrations: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (UniqueConstraint("stop_id", "date", "start_time"),)
