"""A few months of past circulation, simulated visit by visit.

At each past visit some patrons of the stop borrow a few items (from the van first,
then the stacks, as drive requests would); each loan is due at the first visit of the
same stop 28 days later or more (as :func:`bibliomobile.domain.loans.due_date` says).
Most loans come back at their due visit, some are renewed there, some come back late,
some never: those due before today are overdue. An item is lent again only after it
came back. Returns and renewals are scanned at the start of a visit, loans after.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from bibliomobile.domain.age_groups import age_group
from bibliomobile.domain.enums import CirculationKind
from bibliomobile.services.demo.catalogue import Placement
from bibliomobile.services.demo.ids import IdMaker
from bibliomobile.services.demo.network import LOAN_DAYS, Network, VisitInfo
from bibliomobile.services.demo.people import PatronIndex

#: Share of a stop's patrons who borrow at a given visit (on average).
ATTENDANCE = 0.11
_ITEMS_PER_BORROWER = (1, 1, 2, 2, 3, 3, 3, 4, 5, 6)
_NEVER = 1 << 30
_PARIS = ZoneInfo("Europe/Paris")


@dataclass
class Circulation:
    """The simulated events (compact) and what the catalogue and visits need from them."""

    # (visit index, phase, sequence, kind, item, patron, due date)
    events: list[tuple[int, int, int, str, int, int, dt.date | None]] = field(default_factory=list)
    on_loan: set[int] = field(default_factory=set)
    adults: dict[int, int] = field(default_factory=dict)
    children: dict[int, int] = field(default_factory=dict)
    checkouts: int = 0


def _due_visit(visits: list[VisitInfo], dates: list[dt.date], after: dt.date) -> int | None:
    """Index (in the stop's visits) of the first visit on or after ``after + LOAN_DAYS``."""
    position = bisect.bisect_left(dates, after + dt.timedelta(days=LOAN_DAYS))
    return position if position < len(visits) else None


def simulate(
    rng: random.Random,
    net: Network,
    patrons: PatronIndex,
    placement: Placement,
    today: dt.date,
) -> Circulation:
    """Loans, renewals and returns of every visit before ``today``."""
    result = Circulation()
    free_from = [0] * len(placement.tour_of_item)
    stack_pool = placement.stack_pool
    dates_by_stop = [[v.date for v in visits] for visits in net.visits_by_stop]
    held_past = sorted(
        (v for v in net.visits if v.held and v.date < today),
        key=lambda v: (v.date, v.start, v.index),
    )
    adult_year = today.year - 18
    sequence = 0
    for visit in held_past:
        stop_visits = net.visits_by_stop[visit.stop]
        dates = dates_by_stop[visit.stop]
        candidates = patrons.by_stop[visit.stop]
        day = visit.date.toordinal()
        van_pool = placement.van_pools[net.stop_tour[visit.stop]]
        wanted = round(len(candidates) * ATTENDANCE * rng.uniform(0.6, 1.4))
        borrowers = rng.sample(candidates, min(len(candidates), wanted))
        adults = children = 0
        for patron in borrowers:
            if patrons.birth_year[patron] <= adult_year:
                adults += 1
            else:
                children += 1
            if patron in patrons.blocked:
                continue
            for _ in range(rng.choice(_ITEMS_PER_BORROWER)):
                item = _free_item(rng, van_pool, stack_pool, free_from, day)
                if item is None:
                    break
                due_at = _due_visit(stop_visits, dates, visit.date)
                if due_at is None:
                    break
                sequence += 1
                result.checkouts += 1
                result.events.append(
                    (
                        visit.index,
                        1,
                        sequence,
                        CirculationKind.CHECKOUT.value,
                        item,
                        patron,
                        dates[due_at],
                    )
                )
                returned_at = _fate(rng, result, stop_visits, dates, due_at, item, patron, today)
                if returned_at is None:
                    free_from[item] = _NEVER
                    result.on_loan.add(item)
                else:
                    free_from[item] = returned_at.toordinal() + 1
        result.adults[visit.index] = adults + rng.randint(0, 4)
        result.children[visit.index] = children + rng.randint(0, 2)
    return result


def _free_item(
    rng: random.Random, van_pool: list[int], stack_pool: list[int], free_from: list[int], day: int
) -> int | None:
    for pool, tries in ((van_pool, 4), (stack_pool, 4)):
        if not pool:
            continue
        for _ in range(tries):
            item = pool[rng.randrange(len(pool))]
            if free_from[item] <= day:
                return item
    return None


def _fate(
    rng: random.Random,
    result: Circulation,
    visits: list[VisitInfo],
    dates: list[dt.date],
    due_at: int,
    item: int,
    patron: int,
    today: dt.date,
) -> dt.date | None:
    """Record what happens to a loan after it is made; the return date, or None if still out."""
    r = rng.random()
    if r < 0.78:
        back_at: int | None = due_at
    elif r < 0.86:
        renewal = visits[due_at]
        if renewal.date >= today:
            return None
        new_due = _due_visit(visits, dates, renewal.date)
        if new_due is None:
            return None
        result.events.append(
            (renewal.index, 0, 0, CirculationKind.RENEW.value, item, patron, dates[new_due])
        )
        back_at = new_due
    elif r < 0.95:
        back_at = due_at + 1 if due_at + 1 < len(visits) else None  # one visit late
    else:
        back_at = None  # kept: overdue once the due date has passed
    if back_at is None or visits[back_at].date >= today:
        return None
    result.events.append(
        (visits[back_at].index, 0, 0, CirculationKind.CHECKIN.value, item, patron, None)
    )
    return visits[back_at].date


def event_rows(
    ids: IdMaker,
    circulation: Circulation,
    net: Network,
    patrons: PatronIndex,
    batch: int = 20_000,
) -> Iterator[list[dict[str, Any]]]:
    """The events as ``circulation_events`` rows, in time order, spread over each visit."""
    visits = net.visits
    events = circulation.events
    rank = {
        v.index: r for r, v in enumerate(sorted(visits, key=lambda v: (v.date, v.start, v.index)))
    }
    keys = [(rank[e[0]], e[1], e[2], e[4]) for e in events]
    order = sorted(range(len(events)), key=keys.__getitem__)
    per_visit: dict[int, int] = {}
    for event in events:
        per_visit[event[0]] = per_visit.get(event[0], 0) + 1
    # Per visit: opening (local wall time), its UTC milliseconds, the gap between scans.
    timing: dict[int, tuple[dt.datetime, int, float, str]] = {}
    for index, count in per_visit.items():
        visit = visits[index]
        opening = dt.datetime.combine(visit.date, visit.start)
        length_ms = (dt.datetime.combine(visit.date, visit.end) - opening).total_seconds() * 1000
        opening_ms = int(opening.replace(tzinfo=_PARIS).timestamp() * 1000)
        timing[index] = (
            opening,
            opening_ms,
            length_ms / count,
            net.tour_devices[net.stop_tour[visit.stop]],
        )
    rows: list[dict[str, Any]] = []
    position_in_visit: dict[int, int] = {}
    id_of = ids.of
    patron_ids = patrons.ids
    milliseconds = dt.timedelta(milliseconds=1)
    for number, n in enumerate(order):
        visit_index, _phase, _seq, kind, item, patron, due = events[n]
        position = position_in_visit.get(visit_index, 0)
        position_in_visit[visit_index] = position + 1
        opening, opening_ms, gap_ms, device = timing[visit_index]
        offset_ms = int((position + 0.5) * gap_ms)
        rows.append(
            {
                "id": id_of("circulation_events", number),
                "kind": kind,
                "item_id": id_of("items", item),
                "patron_id": patron_ids[patron],
                "visit_id": visits[visit_index].id,
                "delivery_id": None,
                "due_date": due,
                "occurred_at": opening + offset_ms * milliseconds,
                "hlc": f"{opening_ms + offset_ms:016d}-0000-{device}",
                "device_id": device,
                "undoes_id": None,
                "override_reason": None,
                "age_group": age_group(patrons.birth_year[patron], opening.year),
                "commune": patrons.commune[patron],
            }
        )
        if len(rows) >= batch:
            yield rows
            rows = []
    if rows:
        yield rows
