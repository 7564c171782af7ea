"""Snapshots and the scope: a new device's pages, the scope's manifest, rows by id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from ..devices import Device
from ..models import change_log
from ..scopes import Scope
from .ops import BatchRefused
from .state import SyncServer, chunks
from .wire import identity, row_to_wire, sqlite_wire_converter, wire_converter


def visible_entities(server: SyncServer, scope: Scope) -> list[str]:
    """The entities a device of this scope holds (some of their rows, or all)."""
    rules = scope.rules
    return [name for name in server.tables if rules is None or rules.get(name)]


def snapshot_start(server: SyncServer, conn: Connection, device: Device) -> dict[str, Any]:
    """Where the device pulls from once its snapshot is loaded, and what to load."""
    cursor = server.current_seq(conn)
    return {"cursor": cursor, "entities": visible_entities(server, device.parsed_scope)}


def snapshot_page(
    server: SyncServer, conn: Connection, device: Device, entity: str, after_id: str, limit: int
) -> dict[str, Any]:
    """A page of the device's rows of ``entity`` (refused outside its scope)."""
    scope = device.parsed_scope
    if entity not in visible_entities(server, scope):
        raise BatchRefused(403, f"L'entité {entity!r} n'est pas dans le périmètre de cet appareil.")
    return read_page(server, conn, entity, after_id, limit, scope.ids(entity), scope.hidden(entity))


def read_page(
    server: SyncServer,
    conn: Connection,
    entity: str,
    after_id: str,
    limit: int,
    scoped: Any = None,
    hidden: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Rows of ``entity`` after ``after_id`` in id order, as wire values;
    ``scoped`` (a SELECT of ids) keeps only those, ``hidden`` fields go as null."""
    table = server.tables[entity]
    columns = [c.name for c in table.c]
    query = select(table).where(table.c.id > after_id).order_by(table.c.id).limit(limit)
    if scoped is not None:
        query = query.where(table.c.id.in_(scoped))
    if server.is_postgres:
        plan = [
            (i, convert)
            for i, c in enumerate(table.c)
            if (convert := wire_converter(c.type)) is not identity
        ]
        fetched: list[Any] = list(conn.execute(query).all())
    else:
        # SQLite already stores dates and times as ISO 8601 text: read the raw
        # values (much faster than parsing them and formatting them again);
        # only booleans and JSON need a touch.
        plan = [
            (i, convert)
            for i, c in enumerate(table.c)
            if (convert := sqlite_wire_converter(c.type)) is not identity
        ]
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        raw = conn.connection.driver_connection
        assert raw is not None
        fetched = raw.execute(str(compiled), params).fetchall()
    blank = [i for i, c in enumerate(table.c) if c.name in hidden]
    if blank:
        plan = [(i, convert) for i, convert in plan if i not in blank]
        plan.extend((i, _null) for i in blank)
    if plan:
        rows = []
        for row in fetched:
            values = list(row)
            for index, convert in plan:
                values[index] = convert(values[index])
            rows.append(values)
    else:
        rows = [list(row) for row in fetched]
    return {
        "entity": entity,
        "columns": columns,
        "rows": rows,
        "next_after_id": rows[-1][columns.index("id")] if rows else after_id,
        "more": len(rows) == limit,
    }


def _null(_value: Any) -> None:
    return None


def changes_since(conn: Connection, after: int, entities: Sequence[str]) -> int:
    """How many change-log rows of these entities came after ``after``."""
    return int(
        conn.scalar(
            select(func.count())
            .select_from(change_log)
            .where(change_log.c.seq > after, change_log.c.entity.in_(list(entities)))
        )
        or 0
    )


def manifest(conn: Connection, device: Device) -> dict[str, list[str]]:
    """The ids of the device's scope, by entity (for entities it holds in part)."""
    scope = device.parsed_scope
    out: dict[str, list[str]] = {}
    for entity in scope.scoped_entities():
        scoped = scope.ids(entity)
        assert scoped is not None
        out[entity] = list(conn.scalars(scoped))
    return out


def fetch_rows(
    server: SyncServer, conn: Connection, device: Device, entity: str, ids: Sequence[str]
) -> dict[str, Any]:
    """These rows of ``entity``, those of them in the device's scope."""
    scope = device.parsed_scope
    table = server.tables.get(entity)
    if table is None:
        raise BatchRefused(422, f"Entité inconnue {entity!r}.")
    columns = [c.name for c in table.c]
    scoped = scope.ids(entity)
    hidden = scope.hidden(entity)
    rows: list[dict[str, Any]] = []
    for chunk in chunks(list(ids), 500):
        query = select(table).where(server.in_(table.c.id, chunk))
        if scoped is not None:
            query = query.where(table.c.id.in_(scoped))
        rows.extend(row_to_wire(row, columns, hidden) for row in conn.execute(query))
    return {"entity": entity, "rows": rows}
