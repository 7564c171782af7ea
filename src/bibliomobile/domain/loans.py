"""Loan rules: due dates that fall on a visit, and what blocks a patron.

A bookmobile comes back every two or four weeks, so a due date that is not a day the
van stops at the patron's place is useless: the due date is the first visit of the
patron's stop on or after ``today + loan period``. Without a planned visit (or for a
home delivery) it is simply ``today + loan period``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bibliomobile.lang import Message

DEFAULT_LOAN_DAYS = 28
"""Loan period when neither a tour nor a library says otherwise."""


def due_date(today: dt.date, loan_days: int, visit_dates: Iterable[dt.date] = ()) -> dt.date:
    """The due date of a loan made ``today``.

    Args:
        today: the day of the loan.
        loan_days: the loan period of the tour (or the default one).
        visit_dates: planned visits of the patron's stop (any order, any range).

    Returns:
        The first visit on or after ``today + loan_days``, else ``today + loan_days``.

    >>> due_date(dt.date(2026, 3, 3), 28, [dt.date(2026, 3, 17), dt.date(2026, 4, 14)])
    datetime.date(2026, 4, 14)
    >>> due_date(dt.date(2026, 3, 3), 28, [])
    datetime.date(2026, 3, 31)
    """
    earliest = today + dt.timedelta(days=loan_days)
    later = [day for day in visit_dates if day >= earliest]
    return min(later) if later else earliest


class BlockKind(StrEnum):
    """Why a patron may not borrow right now (an override with a reason lifts it)."""

    BLOCKED = "blocked"
    EXPIRED_CARD = "expired_card"
    TOO_MANY_LOANS = "too_many_loans"
    OVERDUE = "overdue"
    SET_ASIDE = "set_aside"  # of an item, not a patron: quarantine after a return


@dataclass(frozen=True, slots=True)
class Block:
    """One block, with the sentence the crew reads."""

    kind: BlockKind
    message: Message


def patron_blocks(
    *,
    today: dt.date,
    card_expiry: dt.date | None,
    blocked_reason: str | None,
    loan_count: int,
    max_loans: int,
    overdue_count: int,
    oldest_due: dt.date | None = None,
) -> tuple[Block, ...]:
    """Every reason this patron may not borrow today, most serious first."""
    blocks: list[Block] = []
    if blocked_reason:
        blocks.append(
            Block(BlockKind.BLOCKED, Message("circulation.card_blocked", reason=blocked_reason))
        )
    if card_expiry is not None and card_expiry < today:
        blocks.append(
            Block(
                BlockKind.EXPIRED_CARD,
                Message("circulation.card_expired", date=f"{card_expiry:%d/%m/%Y}"),
            )
        )
    if loan_count >= max_loans:
        blocks.append(
            Block(
                BlockKind.TOO_MANY_LOANS,
                Message("circulation.too_many_loans", count=loan_count, limit=max_loans),
            )
        )
    if overdue_count:
        blocks.append(
            Block(
                BlockKind.OVERDUE,
                Message("circulation.overdue_since", n=overdue_count, date=f"{oldest_due:%d/%m/%Y}")
                if oldest_due
                else Message("circulation.overdue", n=overdue_count),
            )
        )
    return tuple(blocks)
