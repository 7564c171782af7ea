"""The audit log of this laptop: who viewed, printed, exported or changed personal data.

Not a synced entity: entries are pushed to the server's append-only log at the next
sync (``POST /sync/audit``) and leave the laptop once the server has them. An entry
names the person signed in (their name on this laptop), never the data itself; it
points to the patron and the beneficiary by id, so that it can be found for a right
of access and erased with the person.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bibliomobile.domain.ids import new_id

from .base import Base


class AuditEntry(Base):
    """One access to personal data, waiting on this laptop to be pushed."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    occurred_at: Mapped[dt.datetime]  # UTC
    user_name: Mapped[str | None] = mapped_column(String(100))  # None: nobody signed in
    action: Mapped[str] = mapped_column(String(30))  # AuditAction
    patron_id: Mapped[str | None] = mapped_column(String(36), index=True)
    beneficiary_id: Mapped[str | None] = mapped_column(String(36))
    round_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(String(200))  # what, never the data itself
