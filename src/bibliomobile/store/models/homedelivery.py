"""Home delivery (portage à domicile): beneficiaries, volunteers, rounds, deliveries.

Deliberately no health, diagnosis or disability field: the service needs tastes,
availability and how to get in, nothing about a person's condition.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class Beneficiary(Synced, Base):
    """A patron served at home, with their reading profile."""

    __tablename__ = "beneficiaries"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    patron_id: Mapped[str] = mapped_column(ForeignKey("patrons.id"), unique=True)
    formats: Mapped[list[str]] = mapped_column(default=list)
    genres_liked: Mapped[list[str]] = mapped_column(default=list)
    genres_disliked: Mapped[list[str]] = mapped_column(default=list)
    favourite_authors: Mapped[list[str]] = mapped_column(default=list)
    taste_notes: Mapped[str | None] = mapped_column(String(1000))
    frequency: Mapped[str] = mapped_column(String(12), default="monthly")  # VisitFrequency
    availability: Mapped[list[dict[str, Any]]] = mapped_column(default=list)  # weekday/start/end
    access_notes: Mapped[str | None] = mapped_column(String(500))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(30))
    referral: Mapped[str | None] = mapped_column(String(20))  # Referral
    status: Mapped[str] = mapped_column(String(10), default="active")  # BeneficiaryStatus
    paused_from: Mapped[dt.date | None]
    paused_to: Mapped[dt.date | None]
    pause_reason: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    since: Mapped[dt.date | None]
    # GDPR records: why the data is processed (LegalBasis) and when and how the person
    # was told (InformationWay). Required before the first round is planned.
    legal_basis: Mapped[str | None] = mapped_column(String(20))
    informed_on: Mapped[dt.date | None]
    informed_how: Mapped[str | None] = mapped_column(String(20))


class Volunteer(Synced, Base):
    """A staff member or volunteer who delivers at home."""

    __tablename__ = "volunteers"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    availability: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    communes: Mapped[list[str]] = mapped_column(default=list)
    max_visits: Mapped[int] = mapped_column(default=6)
    start_address: Mapped[str | None] = mapped_column(String(300))
    start_latitude: Mapped[float | None]
    start_longitude: Mapped[float | None]
    is_staff: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Round(Synced, Base):
    """A volunteer's home-delivery round on a date."""

    __tablename__ = "rounds"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    date: Mapped[dt.date] = mapped_column(index=True)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # RoundStatus
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]


class Delivery(Synced, Base):
    """One visit of a round to a beneficiary, and what happened."""

    __tablename__ = "deliveries"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    planned_time: Mapped[dt.time | None]
    locked: Mapped[bool] = mapped_column(default=False)
    outcome: Mapped[str | None] = mapped_column(String(12))  # DeliveryOutcome
    outcome_at: Mapped[dt.datetime | None]
    feedback: Mapped[list[dict[str, Any]]] = mapped_column(default=list)  # item_id/liked
    note: Mapped[str | None] = mapped_column(String(1000))
    welfare_concern: Mapped[bool] = mapped_column(default=False)
    welfare_note: Mapped[str | None] = mapped_column(String(500))
    # A coordinator saw the welfare concern and took it in hand: it leaves the alert list.
    welfare_handled_at: Mapped[dt.datetime | None]
    welfare_handled_by: Mapped[str | None] = mapped_column(String(100))
