"""The bookmobile crew in ``bibliomobile simulate``: visits opened, patrons served, closed.

Runs through the same services as the Arrêt desk, each action a transaction of its
own: cards scanned, returns, renewals, loans (a refused one sometimes forced with a
reason), an undo now and then, the visitor counters, the visit closed.
"""

from __future__ import annotations

import datetime as dt

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
from bibliomobile.services.simulate.common import CANDIDATE_LIMIT, SimulatedDay, patrons_of
from bibliomobile.store.models import Item
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork


def van_shelf(uow: UnitOfWork) -> list[str]:
    """Barcodes of items in a van and not lent, in a stable order."""
    lent = select(current_loans(uow.session).item_id)
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
    rng = day.rng
    step = dt.timedelta(seconds=20)
    panel = day.act(identify_patron, card, day.date)
    day.count("lecteurs servis")
    for loan in panel.loans:
        at += step
        if rng.random() < 0.6:
            day.act(checkin, item_barcode=loan.barcode, visit_id=visit.visit_id, now=at)
            day.count("retours")
            day.shelf.append(loan.barcode)
        elif rng.random() < 0.3:
            try:
                day.act(
                    renew,
                    item_barcode=loan.barcode,
                    patron_id=panel.patron_id,
                    visit_id=visit.visit_id,
                    now=at,
                )
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
            day.act(
                checkout,
                item_barcode=barcode,
                patron_id=panel.patron_id,
                visit_id=visit.visit_id,
                override_reason=override,
                now=at,
            )
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
            undone = day.act(undo_last, visit_id=visit.visit_id, now=at)
            day.count("annulations")
            if undone.undone_kind == "checkout":
                day.shelf.append(undone.barcode)


def bookmobile_crew(day: SimulatedDay) -> None:
    """Open each visit of the day, serve the patrons who come, count, close."""
    rng = day.rng
    visits = [v for v in day.act(visits_on, day.date) if v.status != VisitStatus.CANCELLED.value]
    for visit in visits:
        day.act(open_visit, visit.visit_id)
        day.count("passages")
        cards = day.act(patrons_of, visit.stop_id)
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
        day.act(
            add_visitors,
            visit.visit_id,
            adults=adults,
            children=children,
            new_registrations=new,
        )
        day.act(close_visit, visit.visit_id)
        day.count("visiteurs adultes", adults)
        day.count("visiteurs enfants", children)
        day.count("inscriptions", new)
