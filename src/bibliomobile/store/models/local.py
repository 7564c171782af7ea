"""Tables that stay on this device: the outbox, device settings, the card index, the
"already read" flags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class OutboxEntry(Base):
    """One captured change waiting to be pushed to the server.

    Written in the same transaction as the change itself; deleted only once the
    server has acknowledged its ``op_id``.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    fields: Mapped[dict[str, Any]]
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    #: The person signed in on the laptop when the change was made (not pushed yet:
    #: the server's push format has no field for it).
    author: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime]


class LocalUser(Base):
    """A person who uses this laptop: a name, a role, a PIN (salted, stretched hash).

    Not synced: the people of a laptop are this laptop's business.
    """

    __tablename__ = "local_users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]


class DeviceSetting(Base):
    """Key/value settings of this device (identity, server, clock, cursors)."""

    __tablename__ = "device_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(4000))


class CardIndexEntry(Base):
    """One card of the network in a van's offline card index (never synced).

    ``key`` is a salted hash of the card number, ``sealed`` the patron's id, name and
    blocks readable only with the card (see :mod:`bibliomobile.domain.card_index`);
    the salt is a device setting. Replaced whole at each sync.
    """

    __tablename__ = "card_index"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed: Mapped[str] = mapped_column(String(1000))


class ReadFlag(Base):
    """A title of a visit's bag that the beneficiary already borrowed once (never synced).

    A volunteer's laptop holds no reading history: the server sends these flags for
    the bags of its rounds only (``/sync/read-flags``), replaced whole at each sync.
    """

    __tablename__ = "read_flags"

    delivery_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
