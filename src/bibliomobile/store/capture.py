"""Change capture: every write to a synced entity leaves an outbox row.

The outbox row is written by the same flush, hence in the same SQLite transaction,
as the change: either both are on disk or neither is. This is what sync pushes.
"""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from bibliomobile.domain.hlc import HybridLogicalClock
from bibliomobile.domain.ids import new_id

from .models import OutboxEntry, Synced
from .models.local import DeviceSetting

#: ``session.info`` key holding the :class:`ChangeCapture` of a unit of work.
CAPTURE = "bibliomobile.capture"
#: ``session.info`` key set while applying changes pulled from the server.
APPLYING_REMOTE = "bibliomobile.applying_remote"

HLC_SETTING = "hlc_last"

# Built once: they run on every captured write, on the scan-to-screen path.
_OUTBOX_INSERT = cast(Table, OutboxEntry.__table__).insert()
_SETTINGS = cast(Table, DeviceSetting.__table__)
_CLOCK_UPDATE = (
    _SETTINGS.update()
    .where(_SETTINGS.c.key == bindparam("setting"))
    .values(value=bindparam("last"))
)
_CLOCK_INSERT = _SETTINGS.insert()


class BulkWriteRefused(RuntimeError):
    """An ORM bulk INSERT/UPDATE/DELETE on a synced table would bypass change capture."""


class UncapturedWrite(RuntimeError):
    """A synced entity was written outside a unit of work."""


class CurrentPerson:
    """Who uses the laptop now (set when a person unlocks it; None: nobody signed in)."""

    __slots__ = ("name",)

    def __init__(self, name: str | None = None) -> None:
        self.name = name


@dataclass(frozen=True, slots=True)
class ChangeCapture:
    """What a unit of work stamps its changes with: clock, device and the person."""

    clock: HybridLogicalClock
    device_id: str
    person: CurrentPerson = field(default_factory=CurrentPerson)


def to_wire(value: Any) -> Any:
    """A column value as JSON: dates and times as ISO 8601 text."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _column_values(obj: Synced, only_changed: bool) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for column_attr in state.mapper.column_attrs:
        key = column_attr.key
        if key == "id":
            continue
        if only_changed:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            added = history.added
            values[column_attr.columns[0].name] = to_wire(added[0] if added else None)
        else:
            values[column_attr.columns[0].name] = to_wire(getattr(obj, key))
    return values


def _outbox_rows(session: Session, capture: ChangeCapture) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def add(obj: Synced, op: str, fields: dict[str, Any]) -> None:
        rows.append(
            {
                "op_id": new_id(),
                "entity": obj.__tablename__,
                "entity_id": obj.id,
                "op": op,
                "fields": fields,
                "hlc": str(capture.clock.now()),
                "device_id": capture.device_id,
                "author": capture.person.name,
                "created_at": now,
            }
        )

    for obj in session.new:
        if isinstance(obj, Synced):
            add(obj, "insert", _column_values(obj, only_changed=False))
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            changed = _column_values(obj, only_changed=True)
            if changed:
                add(obj, "update", changed)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            add(obj, "delete", {})
    return rows


def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    touched = any(
        isinstance(obj, Synced) for obj in (*session.new, *session.dirty, *session.deleted)
    )
    if not touched:
        return
    capture: ChangeCapture | None = session.info.get(CAPTURE)
    if capture is None:
        raise UncapturedWrite(
            "A synced entity was written outside a unit of work; its change would never sync."
        )
    rows = _outbox_rows(session, capture)
    if not rows:
        return
    write_outbox(session.connection(), capture, rows)


def _refuse_bulk(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Synced):
        if state.session.info.get(APPLYING_REMOTE):
            return
        raise BulkWriteRefused(
            f"Bulk writes on '{mapper.class_.__tablename__}' bypass change capture; "
            "load and change the objects instead."
        )


def install(session_class: type[Session]) -> None:
    """Attach change capture and the bulk-write guard to a session class."""
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _refuse_bulk)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def outbox_entry(
    capture_: ChangeCapture,
    entity: str,
    entity_id: str,
    op: str,
    fields: dict[str, Any],
    created_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """One outbox row, stamped like the ones change capture writes.

    For writers that bypass the ORM for speed (the catalogue import) and must still
    leave an outbox row for every change: ``fields`` are column name → value (all
    columns but ``id`` for an insert, the changed ones for an update).
    """
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "fields": {
            name: value if type(value) in _PLAIN else to_wire(value)
            for name, value in fields.items()
        },
        "hlc": str(capture_.clock.now()),
        "device_id": capture_.device_id,
        "author": capture_.person.name,
        "created_at": created_at or dt.datetime.now(dt.UTC).replace(tzinfo=None),
    }


def write_outbox(
    connection: Connection, capture_: ChangeCapture, rows: list[dict[str, Any]]
) -> None:
    """Insert outbox rows built by :func:`outbox_entry` and persist the clock, in the
    caller's transaction (the same one as the changes they describe)."""
    if not rows:
        return
    connection.execute(_OUTBOX_INSERT, rows)
    save_clock(connection, capture_)


def save_clock(connection: Connection, capture_: ChangeCapture) -> None:
    """Persist the clock so a restarted device never hands out an older timestamp."""
    last = str(capture_.clock.last)
    updated = connection.execute(_CLOCK_UPDATE, {"setting": HLC_SETTING, "last": last})
    if updated.rowcount == 0:
        connection.execute(_CLOCK_INSERT, {"key": HLC_SETTING, "value": last})
