"""Which rows a device may see and write: its scope, as SQL.

A scope is ``all`` (coordinators), ``tour:<id>`` (a bookmobile laptop) or
``volunteer:<id>`` (a home-delivery volunteer). For each entity a scope has a rule:

- ``ALL``: every row (the catalogue for a van);
- a list of links, any of which puts a row in scope:
  :class:`Root` (a column equals the scope's id), :class:`Up` (a column points to an
  in-scope row of another entity) or :class:`Down` (the row is pointed to by an
  in-scope row of another entity, e.g. the patron of a request);
- missing: never in scope (a volunteer never sees bookmobile requests).

Rules are turned into nested SELECTs, so the database does the work and membership
follows the current data: when a beneficiary leaves a round, it leaves the scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Select, Table, select, union

from .models import entity_tables


@dataclass(frozen=True)
class Root:
    column: str


@dataclass(frozen=True)
class Up:
    column: str
    parent: str


@dataclass(frozen=True)
class Down:
    child: str
    column: str


Link = Root | Up | Down
Rule = Literal["all"] | tuple[Link, ...]
ALL: Literal["all"] = "all"

TOUR_RULES: dict[str, Rule] = {
    "libraries": ALL,
    "records": ALL,
    "items": ALL,
    "tours": ALL,
    "stops": (Root("tour_id"),),
    "schedule_rules": (Up("stop_id", "stops"),),
    "stop_visits": (Up("stop_id", "stops"),),
    "pickup_slots": (Up("visit_id", "stop_visits"),),
    "requests": (Up("visit_id", "stop_visits"),),
    "request_lines": (Up("request_id", "requests"),),
    "request_status_changes": (Up("request_id", "requests"),),
    "bags": (Up("request_id", "requests"),),
    "bag_items": (Up("bag_id", "bags"),),
    "patrons": (Up("home_stop_id", "stops"), Down("requests", "patron_id")),
    "circulation_events": (Up("visit_id", "stop_visits"), Up("patron_id", "patrons")),
}

VOLUNTEER_RULES: dict[str, Rule] = {
    "libraries": ALL,
    "tours": ALL,
    "volunteers": (Root("id"),),
    "rounds": (Root("volunteer_id"),),
    "deliveries": (Up("round_id", "rounds"),),
    "beneficiaries": (Down("deliveries", "beneficiary_id"),),
    "patrons": (Down("beneficiaries", "patron_id"),),
    "bags": (Up("delivery_id", "deliveries"),),
    "bag_items": (Up("bag_id", "bags"),),
    "items": (Down("bag_items", "item_id"), Down("circulation_events", "item_id")),
    "records": (Down("items", "record_id"),),
    "circulation_events": (Up("delivery_id", "deliveries"), Up("patron_id", "patrons")),
}


#: Rows a device may see but not change: a van sees every tour (items point to their
#: vans) but edits only its own; a volunteer edits only themself, not other tours.
TOUR_WRITE_RULES: dict[str, Rule] = {"tours": (Root("id"),)}
VOLUNTEER_WRITE_RULES: dict[str, Rule] = {"tours": (), "libraries": ()}


class ScopeError(ValueError):
    """A scope string that is not ``all``, ``tour:<id>`` or ``volunteer:<id>``."""


@dataclass(frozen=True)
class Scope:
    """A parsed scope: kind and the id of its root row."""

    kind: Literal["all", "tour", "volunteer"]
    root_id: str | None = None

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
        return _ids(entity, {**rules, entity: overrides[entity]}, self.root_id or "", ())

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
        return _ids(entity, rules, self.root_id or "", ())

    def scoped_entities(self) -> list[str]:
        """Entities of which the scope holds only some rows (a device diffs these)."""
        rules = self.rules
        if rules is None:
            return []
        return [name for name in entity_tables() if rules.get(name) != ALL]


def _ids(
    entity: str, rules: dict[str, Rule], root: str, seen: tuple[str, ...]
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
        if isinstance(link, Root):
            parts.append(select(table.c.id).where(table.c[link.column] == root))
        elif isinstance(link, Up):
            parent = _ids(link.parent, rules, root, path)
            parts.append(select(table.c.id).where(table.c[link.column].in_(parent)))
        else:
            child_table = tables[link.child]
            child = _ids(link.child, rules, root, path)
            parts.append(
                select(child_table.c[link.column].label("id")).where(
                    child_table.c.id.in_(child), child_table.c[link.column].is_not(None)
                )
            )
    if len(parts) == 1:
        return parts[0]
    combined = union(*parts).subquery()
    return select(combined.c.id)
