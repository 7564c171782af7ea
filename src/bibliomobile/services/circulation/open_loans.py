"""Who holds what, derived from the log (through the loan index)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, select

from bibliomobile.store.models import Item, LoanState, Record
from bibliomobile.store.projections import rebuild_loan_state
from bibliomobile.store.uow import UnitOfWork

from .log import reader
from .results import LoanInfo, OpenLoan

# Built once: at the desk every millisecond counts, and building a statement costs more
# than running it.
_LOAN_OF = select(LoanState.event_id, LoanState.patron_id, LoanState.due_date).where(
    LoanState.item_id == bindparam("item_id")
)


def loan_of(uow: UnitOfWork, item_id: str) -> LoanInfo | None:
    """The open loan of an item (None when it is not lent), derived from the log.

    Read afresh each time (not from the session's identity map): the loan index is
    rewritten by SQL when events are flushed.
    """
    row = reader(uow).execute(_LOAN_OF, {"item_id": item_id}).first()
    if row is None:
        return None
    return LoanInfo(item_id, str(row[0]), row[1], row[2])


_OPEN_LOANS = (
    select(Item.id, Item.barcode, Record.title, LoanState.due_date)
    .select_from(LoanState)
    .join(Item, Item.id == LoanState.item_id)
    .join(Record, Record.id == Item.record_id)
    .where(LoanState.patron_id == bindparam("patron_id"))
    .order_by(LoanState.due_date, Record.title)
)


def open_loans(uow: UnitOfWork, patron_id: str, today: dt.date | None = None) -> list[OpenLoan]:
    """Items this patron holds now, soonest due first, derived from the log."""
    day = today or dt.date.today()
    rows = reader(uow).execute(_OPEN_LOANS, {"patron_id": patron_id}).all()
    return [
        OpenLoan(str(i), str(b), str(t), d, overdue=d is not None and d < day)
        for i, b, t, d in rows
    ]


def rebuild_loans(uow: UnitOfWork) -> int:
    """Derive the loan index again from the whole log (after a restore or a bulk load).

    Returns:
        The number of open loans.
    """
    count = rebuild_loan_state(uow.session.connection())
    return count
