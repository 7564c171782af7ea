"""Play days of realistic activity through the real services (training, demos, load).

Each simulated day runs every *activity* of :data:`ACTIVITIES` in order: the drive
(:mod:`.drive`), the bookmobile crew (:mod:`.bookmobile`) and home delivery
(:mod:`.home_delivery`). An activity is a function ``fn(day: SimulatedDay) -> None``
(see :mod:`.common`) whose every action is a step of the caller's ``Transactions``,
committed as at the desk; a new kind of work is one more module and one more line in
:data:`ACTIVITIES` (or a caller passes its own list)::

    from bibliomobile.services.simulate.common import Activity, SimulatedDay

    def drive_handover(day: SimulatedDay) -> None:
        ...
        day.count("sacs remis")

    simulate(store.transactions(), days=7, activities=[Activity("drive", drive_handover)])

Everything random comes from ``day.rng`` (seeded) and every list it draws from is in a
stable order (barcodes, cards, times), so a seed gives the same actions on the same
database. Event ids and HLC stamps differ between runs, as they must.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bibliomobile.lang import Message
from bibliomobile.services.simulate.bookmobile import bookmobile_crew, van_shelf
from bibliomobile.services.simulate.common import Activity, SimulatedDay
from bibliomobile.services.simulate.drive import drive_day
from bibliomobile.services.simulate.home_delivery import volunteers_rounds
from bibliomobile.store.uow import Transactions


@dataclass(frozen=True)
class SimulationReport:
    """What N simulated days did (``counts`` holds every activity's figures)."""

    first_day: dt.date
    last_day: dt.date
    seed: int
    counts: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The summary as French lines for a terminal."""
        head = f"Simulation du {self.first_day:%d/%m/%Y} au {self.last_day:%d/%m/%Y} (graine {self.seed})"
        return [head, *(f"  {what} : {n}" for what, n in sorted(self.counts.items()))]


#: Daily work, in the order it happens.
ACTIVITIES: list[Activity] = [
    Activity("drive", drive_day),  # bags handed over as the van arrives
    Activity("bibliobus", bookmobile_crew),
    Activity("portage", volunteers_rounds),
]


def simulate(
    transactions: Transactions,
    *,
    days: int,
    seed: int = 1,
    start: dt.date | None = None,
    activities: Sequence[Activity] | None = None,
    planning_budget_s: float = 1.0,
) -> SimulationReport:
    """Play ``days`` days of activity from ``start`` (default: so that the last is today).

    Args:
        transactions: runs each action in a unit of work of its own and commits it
            (``store.transactions()``).
        days: how many days.
        seed: same seed, same database → same actions.
        start: the first day.
        activities: the work of each day, in order (default: :data:`ACTIVITIES`).
        planning_budget_s: seconds the home-delivery planner may search each weekday.
            Most of a simulated day with the default: a simulated year for tests
            passes a tenth (the rounds are a little longer, the figures as real).

    Raises:
        ValueError: ``days`` is not positive.
    """
    if days < 1:
        raise ValueError(Message("simulate.nombre_jours_doit_etre"))
    if planning_budget_s <= 0:
        raise ValueError(Message("simulate.planning_budget_positive"))
    first = start or dt.date.today() - dt.timedelta(days=days - 1)
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    shelf = transactions(van_shelf)
    for offset in range(days):
        day = SimulatedDay(
            transactions,
            first + dt.timedelta(days=offset),
            rng,
            counts,
            shelf,
            planning_budget_s,
        )
        for activity in activities if activities is not None else ACTIVITIES:
            activity.run(day)
    return SimulationReport(
        first_day=first,
        last_day=first + dt.timedelta(days=days - 1),
        seed=seed,
        counts=dict(counts),
    )
