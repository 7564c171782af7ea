"""Catalogue: libraries of the network, bibliographic records and their items."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind

from .base import Base, Synced


class Library(Synced, Base):
    """A site of the network: the central library, an annex, or a van."""

    __tablename__ = "libraries"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.REFERENCE

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="central")  # central | annex | van
    commune: Mapped[str | None] = mapped_column(String(120))
    set_aside_days: Mapped[int] = mapped_column(default=0)


class Record(Synced, Base):
    """A bibliographic record (notice)."""

    __tablename__ = "records"
    __sync_kind__: ClassVar[SyncKind] = SyncKind.REFERENCE

    source_id: Mapped[str | None] = mapped_column(String(80), index=True)  # MARC 001
    # MARC 003 beside 001: the organisation whose numbering 001 follows (a URI in
    # UNIMARC). Two files may use the same 001 for two records.
    source_org: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str | None] = mapped_column(String(500))
    authors: Mapped[str | None] = mapped_column(String(500))  # "Camus, Albert; Sartre, Jean-Paul"
    subjects: Mapped[str | None] = mapped_column(String(1000))  # "; "-separated
    genre: Mapped[str | None] = mapped_column(String(60), index=True)
    audience: Mapped[str] = mapped_column(String(20), default="adult")
    format: Mapped[str] = mapped_column(String(20), default="book", index=True)
    language: Mapped[str | None] = mapped_column(String(3))
    year: Mapped[int | None]
    isbn: Mapped[str | None] = mapped_column(String(20), index=True)
    publisher: Mapped[str | None] = mapped_column(String(200))
    series: Mapped[str | None] = mapped_column(String(300))
    physical_description: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(String(4000))
    dewey: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (Index("ix_records_title", "title"),)


class Item(Synced, Base):
    """A copy (exemplaire) of a record."""

    __tablename__ = "items"
    # Catalogue fields come from the server, location changes on devices: per-field LWW.
    __sync_kind__: ClassVar[SyncKind] = SyncKind.MUTABLE

    barcode: Mapped[str] = mapped_column(String(40), unique=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id"), index=True)
    call_number: Mapped[str | None] = mapped_column(String(60))
    home_library_id: Mapped[str | None] = mapped_column(ForeignKey("libraries.id"))
    location: Mapped[str] = mapped_column(String(20), default="stacks")  # Location
    vehicle_tour_id: Mapped[str | None] = mapped_column(ForeignKey("tours.id"))
    set_aside_until: Mapped[dt.date | None]
    withdrawn: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(String(300))
