"""What every simulated activity shares: the day it plays, and the patrons it picks.

An activity is a function ``fn(day: SimulatedDay) -> None`` that calls the same
services as the GUI, each action a transaction of its own (as at the desk, see
:meth:`SimulatedDay.act`), and counts what it did in ``day.counts``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import select

from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Transactions, UnitOfWork

CANDIDATE_LIMIT = 4000
"""How many shelf items and patrons a simulated stop draws from (a van holds ~4,000)."""

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class SimulatedDay:
    """What an activity gets: where its actions run, the day, the seeded randomness,
    the counters."""

    transactions: Transactions
    date: dt.date
    rng: random.Random
    counts: Counter[str]
    shelf: list[str]  # barcodes in the van, not on loan (kept up to date by the crew)
    planning_budget_s: float = 1.0  # the home-delivery planner's time, each weekday

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n

    def act(
        self,
        action: Callable[Concatenate[UnitOfWork, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """One action: ``action(uow, *args, **kwargs)`` in a transaction of its own,
        committed when it returns, rolled back if it raises."""
        return self.transactions(lambda uow: action(uow, *args, **kwargs))


@dataclass(frozen=True)
class Activity:
    """A named kind of daily work."""

    name: str
    run: Callable[[SimulatedDay], None]


def patrons_of(uow: UnitOfWork, stop_id: str) -> list[str]:
    """Cards of the patrons of a stop (of the whole network if it has none), in order."""
    cards = list(
        uow.session.scalars(
            select(Patron.card_barcode)
            .where(Patron.home_stop_id == stop_id)
            .order_by(Patron.card_barcode)
            .limit(CANDIDATE_LIMIT)
        )
    )
    if not cards:
        cards = list(
            uow.session.scalars(
                select(Patron.card_barcode).order_by(Patron.card_barcode).limit(CANDIDATE_LIMIT)
            )
        )
    return cards
