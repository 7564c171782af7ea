"""Which rows a device may see and write: its scope, as SQL.

A scope is ``all`` (coordinators), ``tour:<id>`` (a bookmobile laptop) or
``volunteer:<id>`` (a home-delivery volunteer). For each entity a scope has a rule:

- ``ALL``: every row (the catalogue for a van);
- a list of links, any of which puts a row in scope:
  :class:`Root` (a column equals the scope's id), :class:`Up` (a column points to an
  in-scope row of another entity) or :class:`Down` (the row is pointed to by an
  in-scope row of another entity, e.g. the patron of a request);
- missing: never in scope (a volunteer never sees bookmobile requests).

A link may carry a condition on the row (:data:`Where`): a visit in the window, a
round still to do, a beneficiary not ended. The window is counted from today
(:func:`window`), so a row leaves the scope as time passes, not only when it changes.

Rules are turned into nested SELECTs, so the database does the work and membership
follows the current data: when a beneficiary leaves a round, it leaves the scope.

Some fields a device never receives (:data:`HIDDEN`): they travel as null, so a row
already held with them loses them at its next change.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, Select, Table, and_, exists, or_, select, union

from .models import entity_tables

#: Days back and forward around today that put a patron in a van's scope (a loan, a
#: request or a visit in that window); the environment variable overrides it.
WINDOW_ENV = "BIBLIOMOBILE_SCOPE_WINDOW_DAYS"
DEFAULT_WINDOW_DAYS = 60
#: A round not closed stays on the volunteer's laptop this many days after its date
#: (outcomes recorded late); a closed or cancelled one leaves at once.
ROUND_GRACE_DAYS = 14


@dataclass(frozen=True)
class Window:
    """Today and the scope's window around it."""

    today: dt.date
    days: int

    @property
    def start(self) -> dt.date:
        return self.today - dt.timedelta(days=self.days)

    @property
    def end(self) -> dt.date:
        return self.today + dt.timedelta(days=self.days)


def window(today: dt.date | None = None) -> Window:
    """The current window (its length from :data:`WINDOW_ENV`, else 60 days)."""
    raw = os.environ.get(WINDOW_ENV, "")
    days = int(raw) if raw.isdigit() else DEFAULT_WINDOW_DAYS
    return Window(today or dt.date.today(), days)


#: A condition on the rows a link reads: its entity's (Root, Up) or the child's (Down).
Where = Callable[[Table, Window], ColumnElement[bool]]


@dataclass(frozen=True)
class Root:
    column: str
    where: Where | None = None


@dataclass(frozen=True)
class Up:
    column: str
    parent: str
    where: Where | None = None


@dataclass(frozen=True)
class Down:
    child: str
    column: str
    where: Where | None = None


Link = Root | Up | Down
Rule = Literal["all"] | tuple[Link, ...]
ALL: Literal["all"] = "all"


def _visit_in_window(table: Table, w: Window) -> ColumnElement[bool]:
    visits = entity_tables()["stop_visits"]
    return table.c.visit_id.in_(
        select(visits.c.id).where(visits.c.date >= w.start, visits.c.date <= w.end)
    )


def _recent_or_open_loan(table: Table, w: Window) -> ColumnElement[bool]:
    """An event of the window, or the checkout of a loan still open (so that a late
    return at the van finds its loan)."""
    later = table.alias("later")
    still_open = and_(
        table.c.kind.in_(("checkout", "renew")),
        ~exists().where(later.c.item_id == table.c.item_id, later.c.hlc > table.c.hlc),
    )
    start = dt.datetime.combine(w.start, dt.time())
    return or_(table.c.occurred_at >= start, still_open)


def _round_to_do(table: Table, w: Window) -> ColumnElement[bool]:
    return and_(
        table.c.status.not_in(("done", "cancelled")),
        table.c.date >= w.today - dt.timedelta(days=ROUND_GRACE_DAYS),
        table.c.date <= w.end,
    )


def _beneficiary_not_ended(table: Table, w: Window) -> ColumnElement[bool]:
    beneficiaries = entity_tables()["beneficiaries"]
    return table.c.beneficiary_id.in_(
        select(beneficiaries.c.id).where(beneficiaries.c.status != "ended")
    )


TOUR_RULES: dict[str, Rule] = {
    "libraries": ALL,
    "records": ALL,
    "items": ALL,
    "tours": ALL,
    "stops": (Root("tour_id"),),
    "schedule_rules": (Up("stop_id", "stops"),),
    "stop_visits": (Up("stop_id", "stops"),),
    "pickup_slots": (Up("visit_id", "stop_visits"),),
    "requests": (Up("visit_id", "stop_visits", _visit_in_window),),
    "request_lines": (Up("request_id", "requests"),),
    "request_status_changes": (Up("request_id", "requests"),),
    "bags": (Up("request_id", "requests"),),
    "bag_items": (Up("bag_id", "bags"),),
    # Patrons with a request or a loan, return or visit at the tour in the window
    # (or a loan still open from it); other cards are looked up when scanned.
    "patrons": (Down("requests", "patron_id"), Down("circulation_events", "patron_id")),
    # The tour's own log only: home-delivery loans would reveal the beneficiaries.
    "circulation_events": (Up("visit_id", "stop_visits", _recent_or_open_loan),),
}

VOLUNTEER_RULES: dict[str, Rule] = {
    "libraries": ALL,
    "tours": ALL,
    "volunteers": (Root("id"),),
    "rounds": (Root("volunteer_id", _round_to_do),),
    "deliveries": (Up("round_id", "rounds", _beneficiary_not_ended),),
    "beneficiaries": (Down("deliveries", "beneficiary_id"),),
    "patrons": (Down("beneficiaries", "patron_id"),),
    "bags": (Up("delivery_id", "deliveries"),),
    "bag_items": (Up("bag_id", "bags"),),
    "items": (Down("bag_items", "item_id"), Down("circulation_events", "item_id")),
    "records": (Down("items", "record_id"),),
    # The loans of the round's bags only: no reading history.
    "circulation_events": (Up("delivery_id", "deliveries"),),
}

#: Fields a device of this kind never receives (nullable columns; sent as null).
HIDDEN: dict[str, dict[str, frozenset[str]]] = {
    "tour": {
        # The desk needs the card, the name, the blocks and how to reach the patron
        # (drive bags); not where they live nor their age.
        "patrons": frozenset({"birth_year", "address", "postcode"}),
    },
    "volunteer": {
        # At the door: name, address, phone; nothing of the card or the account.
        "patrons": frozenset(
            {
                "birth_year",
                "email",
                "card_expiry",
                "blocked_reason",
                "registered_on",
                "home_stop_id",
            }
        ),
        # The visit needs tastes and how to get in; not the referral, the pause's
        # reason or the position (routing is done at the office).
        "beneficiaries": frozenset(
            {
                "referral",
                "pause_reason",
                "paused_from",
                "paused_to",
                "latitude",
                "longitude",
                "since",
                "legal_basis",
                "informed_on",
                "informed_how",
            }
        ),
    },
}


#: Where a device's writes differ from what it sees: a van sees every tour (items
#: point to their vans) but edits only its own; a volunteer edits only themself, not
#: other tours.
TOUR_WRITE_RULES: dict[str, Rule] = {
    "tours": (Root("id"),),
    # A patron registered at the desk (home stop on the tour) before any loan: the van
    # may send it, and it holds it again once the patron borrows.
    "patrons": (*TOUR_RULES["patrons"], Up("home_stop_id", "stops")),
}
VOLUNTEER_WRITE_RULES: dict[str, Rule] = {"tours": (), "libraries": ()}


class ScopeError(ValueError):
    """A scope string that is not ``all``, ``tour:<id>`` or ``volunteer:<id>``."""


@dataclass(frozen=True)
class Scope:
    """A parsed scope: kind and the id of its root row."""

    kind: Literal["all", "tour", "volunteer"]
    root_id: str | None = None
    #: Fixed "today" (tests); None: the current date at each query.
    today: dt.date | None = None

    @classmethod
    def parse(cls, text: str) -> Scope:
        if text == "all":
            return cls("all")
        kind, _, root = text.partition(":")
        if kind in ("tour", "volunteer") and root:
            return cls(kind, root)  # type: ignore[arg-type]
        raise ScopeError(
            f"Périmètre invalide : {text!r} (attendu : all, tour:<id> ou volunteer:<id>)."
        )

    def __str__(self) -> str:
        return "all" if self.kind == "all" else f"{self.kind}:{self.root_id}"

    @property
    def rules(self) -> dict[str, Rule] | None:
        """Per-entity rules, or None when everything is in scope."""
        if self.kind == "all":
            return None
        return TOUR_RULES if self.kind == "tour" else VOLUNTEER_RULES

    def write_ids(self, entity: str) -> Select[tuple[str]] | None:
        """A SELECT of the ids of ``entity`` this device may change; None means all."""
        rules = self.rules
        if rules is None:
            return None
        overrides = TOUR_WRITE_RULES if self.kind == "tour" else VOLUNTEER_WRITE_RULES
        if entity not in overrides:
            return self.ids(entity)
        return _ids(
            entity, {**rules, entity: overrides[entity]}, self.root_id or "", (), window(self.today)
        )

    def sees_everything_of(self, entity: str) -> bool:
        rules = self.rules
        return rules is None or rules.get(entity) == ALL

    def ids(self, entity: str) -> Select[tuple[str]] | None:
        """A SELECT of the ids of ``entity`` in scope; None means every row.

        An entity with no rule gets a SELECT that returns nothing.
        """
        rules = self.rules
        if rules is None:
            return None
        return _ids(entity, rules, self.root_id or "", (), window(self.today))

    def hidden(self, entity: str) -> frozenset[str]:
        """The fields of ``entity`` this device does not receive."""
        return HIDDEN.get(self.kind, {}).get(entity, frozenset())

    def scoped_entities(self) -> list[str]:
        """Entities of which the scope holds only some rows (a device diffs these)."""
        rules = self.rules
        if rules is None:
            return []
        return [name for name in entity_tables() if rules.get(name) != ALL]


def _ids(
    entity: str, rules: dict[str, Rule], root: str, seen: tuple[str, ...], w: Window
) -> Select[tuple[str]]:
    tables = entity_tables()
    table: Table = tables[entity]
    rule = rules.get(entity)
    if rule == ALL:
        return select(table.c.id)
    if not rule or entity in seen:
        return select(table.c.id).where(table.c.id.is_(None))
    parts: list[Select[tuple[str]]] = []
    path = (*seen, entity)
    for link in rule:
        part: Select[tuple[str]]
        if isinstance(link, Root):
            part = select(table.c.id).where(table.c[link.column] == root)
        elif isinstance(link, Up):
            parent = _ids(link.parent, rules, root, path, w)
            part = select(table.c.id).where(table.c[link.column].in_(parent))
        else:
            child_table = tables[link.child]
            child = _ids(link.child, rules, root, path, w)
            part = select(child_table.c[link.column].label("id")).where(
                child_table.c.id.in_(child), child_table.c[link.column].is_not(None)
            )
        if link.where is not None:  # on the rows the link reads
            read = tables[link.child] if isinstance(link, Down) else table
            part = part.where(link.where(read, w))
        parts.append(part)
    if len(parts) == 1:
        return parts[0]
    combined = union(*parts).subquery()
    return select(combined.c.id)
