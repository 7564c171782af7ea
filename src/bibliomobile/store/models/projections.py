"""Local, rebuildable projections of the event log (never synced).

The circulation log stays the truth; :class:`LoanState` only makes "who holds this
item" and "what does this patron hold" an index lookup at 500,000 items. It is kept
in the same transaction as the events (see :mod:`bibliomobile.store.projections`)
and can be rebuilt from the log at any time.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class LoanState(Base):
    """The open loan of an item, as derived from its latest effective event."""

    __tablename__ = "loan_state"

    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    patron_id: Mapped[str | None] = mapped_column(String(36), index=True)
    due_date: Mapped[dt.date | None]
    hlc: Mapped[str] = mapped_column(String(64))
