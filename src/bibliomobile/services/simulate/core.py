"""Play days of realistic activity through the real services (training, demos, load).

Each simulated day runs every *activity* of :data:`ACTIVITIES` in order. An activity
is a function ``fn(day: SimulatedDay) -> None`` that calls the same services as the
GUI, each action in its own unit of work (as at the desk), and counts what it did in
``day.counts``. The bookmobile crew is the first activity; the drive and home-delivery
work add theirs::

    from bibliomobile.services.simulate import core as simulate

    def drive_handover(day: simulate.SimulatedDay) -> None:
        ...
        day.count("sacs remis")

    simulate.ACTIVITIES.append(simulate.Activity("drive", drive_handover))

Everything random comes from ``day.rng`` (seeded) and every list it draws from is in a
stable order (barcodes, cards, times), so a seed gives the same actions on the same
database. Event ids and HLC stamps differ between runs, as they must.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from bibliomobile.domain.enums import Location, VisitStatus
from bibliomobile.services.bookmobile.visits import (
    VisitRow,
    add_visitors,
    close_visit,
    open_visit,
    visits_on,
)
from bibliomobile.services.circulation.errors import CheckoutRefused, CirculationError
from bibliomobile.services.circulation.loans import checkin, checkout, renew, undo_last
from bibliomobile.services.circulation.lookup import identify_patron
from bibliomobile.store.models import Item, LoanState, Patron
from bibliomobile.store.uow import Store

CANDIDATE_LIMIT = 4000
"""How many shelf items and patrons a simulated stop draws from (a van holds ~4,000)."""


@dataclass
class SimulatedDay:
    """What an activity gets: the store, the day, the seeded randomness, the counters."""

    store: Store
    date: dt.date
    rng: random.Random
    counts: Counter[str]
    shelf: list[str]  # barcodes in the van, not on loan (kept up to date by the crew)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n


@dataclass(frozen=True)
class Activity:
    """A named kind of daily work."""

    name: str
    run: Callable[[SimulatedDay], None]


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


# -- the bookmobile crew ----------------------------------------------------------------------


def _patrons_of(store: Store, stop_id: str) -> list[str]:
    with store.unit_of_work() as uow:
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


def _shelf(store: Store) -> list[str]:
    """Barcodes of items in a van and not lent, in a stable order."""
    with store.unit_of_work() as uow:
        lent = select(LoanState.item_id)
        for location in (Location.VAN.value, Location.STACKS.value):
            found = list(
                uow.session.scalars(
                    select(Item.barcode)
                    .where(Item.location == location, Item.withdrawn.is_(False))
                    .where(Item.id.not_in(lent))
                    .order_by(Item.barcode)
                    .limit(CANDIDATE_LIMIT)
                )
            )
            if found:
                return found
    return []


def _serve_patron(day: SimulatedDay, visit: VisitRow, card: str, at: dt.datetime) -> None:
    store, rng = day.store, day.rng
    step = dt.timedelta(seconds=20)
    with store.unit_of_work() as uow:
        panel = identify_patron(uow, card, day.date)
    day.count("lecteurs servis")
    for loan in panel.loans:
        at += step
        if rng.random() < 0.6:
            with store.unit_of_work() as uow:
                checkin(uow, item_barcode=loan.barcode, visit_id=visit.visit_id, now=at)
                uow.commit()
            day.count("retours")
            day.shelf.append(loan.barcode)
        elif rng.random() < 0.3:
            try:
                with store.unit_of_work() as uow:
                    renew(
                        uow,
                        item_barcode=loan.barcode,
                        patron_id=panel.patron_id,
                        visit_id=visit.visit_id,
                        now=at,
                    )
                    uow.commit()
                day.count("prolongations")
            except CirculationError:
                day.count("prolongations refusées")
    override: str | None = None
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4, 5))):
        if not day.shelf:
            break
        barcode = day.shelf.pop(rng.randrange(len(day.shelf)))
        at += step
        try:
            with store.unit_of_work() as uow:
                checkout(
                    uow,
                    item_barcode=barcode,
                    patron_id=panel.patron_id,
                    visit_id=visit.visit_id,
                    override_reason=override,
                    now=at,
                )
                uow.commit()
            day.count("prêts")
            if override:
                day.count("prêts forcés (avec motif)")
        except CheckoutRefused:
            day.shelf.append(barcode)
            day.count("prêts refusés")
            if rng.random() < 0.3:
                override = "accord de l'équipe (simulation)"
                continue
            break
        except CirculationError:
            day.count("prêts refusés")
            break
        if rng.random() < 0.02:
            with store.unit_of_work() as uow:
                undone = undo_last(uow, visit_id=visit.visit_id, now=at)
                uow.commit()
            day.count("annulations")
            if undone.undone_kind == "checkout":
                day.shelf.append(undone.barcode)


def bookmobile_crew(day: SimulatedDay) -> None:
    """Open each visit of the day, serve the patrons who come, count, close."""
    store, rng = day.store, day.rng
    with store.unit_of_work() as uow:
        visits = [v for v in visits_on(uow, day.date) if v.status != VisitStatus.CANCELLED.value]
    for visit in visits:
        with store.unit_of_work() as uow:
            open_visit(uow, visit.visit_id)
            uow.commit()
        day.count("passages")
        cards = _patrons_of(store, visit.stop_id)
        if not cards:
            continue
        coming = rng.sample(cards, min(len(cards), rng.randint(4, 14)))
        at = dt.datetime.combine(day.date, visit.start_time)
        for card in coming:
            at += dt.timedelta(minutes=rng.randint(1, 4))
            _serve_patron(day, visit, card, at)
        adults = len(coming) + rng.randint(0, 3)
        children = rng.randint(0, 6)
        new = 1 if rng.random() < 0.2 else 0
        with store.unit_of_work() as uow:
            add_visitors(
                uow, visit.visit_id, adults=adults, children=children, new_registrations=new
            )
            close_visit(uow, visit.visit_id)
            uow.commit()
        day.count("visiteurs adultes", adults)
        day.count("visiteurs enfants", children)
        day.count("inscriptions", new)


def home_delivery(day: SimulatedDay) -> None:
    """Volunteers' rounds (see :mod:`.simulate_home_delivery`; imported here, not at the
    top, because that module builds on this one)."""
    from bibliomobile.services.simulate.home_delivery import volunteers_rounds

    volunteers_rounds(day)


def drive_pickups(day: SimulatedDay) -> None:
    """Drive requests, bags and hand-overs (see :mod:`.simulate_drive`, imported here
    because that module builds on this one)."""
    from bibliomobile.services.simulate.drive import drive_day

    drive_day(day)


#: Daily work, in the order it happens. Other features append their own.
ACTIVITIES: list[Activity] = [
    Activity("drive", drive_pickups),  # bags handed over as the van arrives
    Activity("bibliobus", bookmobile_crew),
    Activity("portage", home_delivery),
]


def simulate(
    store: Store,
    *,
    days: int,
    seed: int = 1,
    start: dt.date | None = None,
    activities: Sequence[Activity] | None = None,
) -> SimulationReport:
    """Play ``days`` days of activity from ``start`` (default: so that the last is today).

    Raises:
        ValueError: ``days`` is not positive.
    """
    if days < 1:
        raise ValueError("Le nombre de jours doit être au moins 1.")
    first = start or dt.date.today() - dt.timedelta(days=days - 1)
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    shelf = _shelf(store)
    for offset in range(days):
        day = SimulatedDay(store, first + dt.timedelta(days=offset), rng, counts, shelf)
        for activity in activities if activities is not None else ACTIVITIES:
            activity.run(day)
    return SimulationReport(
        first_day=first,
        last_day=first + dt.timedelta(days=days - 1),
        seed=seed,
        counts=dict(counts),
    )
