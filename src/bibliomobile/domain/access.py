"""What each role may change, entity by entity and field by field: one table.

The same table decides what a person may do on a laptop (the screens and actions a
crew member or a volunteer is offered) and what the server accepts from a device in
that role on push. Scopes (which *rows* a device holds) are the server's business
(``server/scopes.py``); this table says which *changes* a role may make to the rows in
its scope. ``docs/access.md`` shows it in words (:func:`as_markdown`).

Roles:

- ``coordinator``: plans tours, rounds and profiles at the office; may change anything.
- ``crew``: the bookmobile crew and the drive preparers, on a van laptop: lends and takes
  back, opens and closes visits, counts visitors, takes requests, prepares and hands
  over bags, registers a patron or renews a card.
- ``volunteer``: home delivery at the door: records how each visit of their rounds went
  (outcome, note, returns, a welfare concern), nothing of anyone's profile.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """Who uses a laptop (and what a device enrolled for them may push)."""

    COORDINATOR = "coordinator"
    CREW = "crew"
    VOLUNTEER = "volunteer"


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


ANY_FIELD = "*"


@dataclass(frozen=True)
class Rights:
    """What a role may do to the rows of one entity in its scope.

    Attributes:
        create: may insert new rows.
        update: the fields it may change on an existing row (``{"*"}``: any).
        delete: may delete rows.
    """

    create: bool = False
    update: frozenset[str] = field(default_factory=frozenset)
    delete: bool = False

    def allows(self, op: Op | str, fields: Iterable[str] = ()) -> bool:
        if op == Op.INSERT:
            return self.create
        if op == Op.DELETE:
            return self.delete
        wanted = set(fields)
        return ANY_FIELD in self.update or wanted <= self.update


NOTHING = Rights()
EVERYTHING = Rights(create=True, update=frozenset({ANY_FIELD}), delete=True)


def _fields(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Contact and card fields the desk may set when it registers or renews a patron.
PATRON_DESK_FIELDS = _fields(
    "first_name", "last_name", "birth_year", "address", "postcode", "commune", "phone",
    "email", "preferred_channel", "card_expiry", "home_stop_id", "registered_on",
)  # fmt: skip

#: Per role, per entity (absent: nothing). Coordinators may do everything.
RIGHTS: dict[Role, dict[str, Rights]] = {
    Role.COORDINATOR: {},
    Role.CREW: {
        # The append-only log: a loan, a return, a renewal, an undo is a new event.
        "circulation_events": Rights(create=True),
        # Open, count visitors, note, close; cancelling or moving is the coordinators'.
        "stop_visits": Rights(
            update=_fields("status", "adults", "children", "new_registrations", "notes")
        ),
        # The status fields the desk and the bag preparation need, nothing else.
        "items": Rights(update=_fields("location", "set_aside_until")),
        "patrons": Rights(create=True, update=PATRON_DESK_FIELDS),
        "pickup_slots": Rights(create=True, update=_fields("start", "end", "capacity")),
        "requests": Rights(create=True, update=_fields("status", "slot_id", "free_text")),
        "request_lines": Rights(create=True, update=_fields("cancelled", "item_id")),
        "request_status_changes": Rights(create=True),
        "bags": Rights(create=True, update=_fields("status")),
        "bag_items": Rights(create=True, update=_fields("removed")),
    },
    Role.VOLUNTEER: {
        "deliveries": Rights(
            update=_fields(
                "outcome", "outcome_at", "feedback", "note", "welfare_concern", "welfare_note"
            )
        ),
        # Delivered: the bag's items lent to the beneficiary; returns at the door.
        "circulation_events": Rights(create=True),
        "rounds": Rights(update=_fields("status")),
        # A bag not handed over goes back: its items return to the shelves.
        "bags": Rights(update=_fields("status")),
        "bag_items": Rights(update=_fields("removed")),
        "items": Rights(update=_fields("location")),
    },
}


def rights(role: Role | str, entity: str) -> Rights:
    """What ``role`` may do to ``entity`` (an unknown role may do nothing)."""
    try:
        role = Role(role)
    except ValueError:
        return NOTHING
    if role == Role.COORDINATOR:
        return EVERYTHING
    return RIGHTS[role].get(entity, NOTHING)


def may(role: Role | str, entity: str, op: Op | str, fields: Iterable[str] = ()) -> bool:
    """True when ``role`` may make this change (``fields``: the fields an update sets)."""
    return rights(role, entity).allows(op, fields)


def as_markdown(entities: Iterable[str]) -> str:
    """The table in words, one line per entity, for the documentation."""
    lines = ["| entity | crew | volunteer |", "|---|---|---|"]

    def words(r: Rights) -> str:
        parts = []
        if r.create:
            parts.append("create")
        if ANY_FIELD in r.update:
            parts.append("change any field")
        elif r.update:
            parts.append("change " + ", ".join(sorted(r.update)))
        if r.delete:
            parts.append("delete")
        return "; ".join(parts) or "—"

    for entity in entities:
        crew, volunteer = rights(Role.CREW, entity), rights(Role.VOLUNTEER, entity)
        lines.append(f"| `{entity}` | {words(crew)} | {words(volunteer)} |")
    return "\n".join(lines) + "\n"
