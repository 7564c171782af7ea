"""The wire format, written into the device: rows as the server sends them, as SQLite rows.

Pulled rows are written with plain SQL on the step's connection, so change capture
(an ORM hook) does not re-capture them; foreign keys are not enforced while applying
because a device holds a partial replica (the server enforces them).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Table, event, select
from sqlalchemy import types as satypes
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, SessionTransaction

from bibliomobile.store.models import Base, OutboxEntry, synced_tables
from bibliomobile.store.uow import UnitOfWork

log = logging.getLogger(__name__)

DIALECT = sqlite.dialect()


def device_tables() -> dict[str, Table]:
    """The synced tables of the device schema, by name."""
    synced = set(synced_tables())
    return {t.name: t for t in Base.metadata.sorted_tables if t.name in synced}


def converter(column_type: satypes.TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """How a wire value of this column type becomes an SQLite value (None: as it is)."""
    if isinstance(column_type, satypes.JSON):
        return lambda v: None if v is None else json.dumps(v, ensure_ascii=False)
    for kind, parse in (
        (satypes.DateTime, dt.datetime.fromisoformat),
        (satypes.Date, dt.date.fromisoformat),
        (satypes.Time, dt.time.fromisoformat),
    ):
        if isinstance(column_type, kind):
            bind = column_type.dialect_impl(DIALECT).bind_processor(DIALECT)
            assert bind is not None

            def convert(v: Any, parse: Any = parse, bind: Any = bind) -> Any:
                if v is None:
                    return None
                value = parse(v)
                if isinstance(value, dt.datetime) and value.tzinfo is not None:
                    value = value.astimezone(dt.UTC).replace(tzinfo=None)
                return bind(value)

            return convert
    return None


class WireWriter:
    """Upserts of wire rows into one local table, with plain SQL (no capture)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = [c.name for c in table.c]
        self.converters = {c.name: conv for c in table.c if (conv := converter(c.type))}

    def values(self, columns: Sequence[str], row: Sequence[Any]) -> list[Any]:
        return list(self.rows(columns, [row])[0])

    def rows(self, columns: Sequence[str], rows: list[Any]) -> list[Any]:
        """Wire rows (lists in ``columns`` order) as SQLite values."""
        plan = [
            (i, self.converters[name]) for i, name in enumerate(columns) if name in self.converters
        ]
        if not plan:
            return rows
        out = []
        for row in rows:
            row = list(row)
            for index, convert in plan:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
            out.append(row)
        return out

    def insert(self, raw: Any, columns: Sequence[str], rows: list[Any]) -> None:
        """Plain INSERT of converted rows (into a table known to be empty)."""
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        raw.executemany(f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks})', rows)

    def upsert_sql(self, columns: Sequence[str]) -> str:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
        return (
            f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks}) '
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )


def upsert(
    raw: Any, writer: WireWriter, columns: Sequence[str], rows: list[list[Any]]
) -> list[tuple[list[Any], str]]:
    """Insert or update converted rows on the DB-API connection ``raw``.

    Returns:
        The rows that could not be written (a unique value held here by another row),
        with SQLite's reason: the caller keeps them for review
        (:func:`.pull_conflicts.keep_conflicts`), nothing is dropped in silence.
    """
    sql = writer.upsert_sql(columns)
    try:
        raw.executemany(sql, rows)
        return []
    except sqlite3.IntegrityError:
        pass
    # A unique value (barcode, card) held locally by a row the server does not have:
    # row by row, and the clashing ones handed back.
    rejected: list[tuple[list[Any], str]] = []
    for row in rows:
        try:
            raw.execute("SAVEPOINT pull_row")
            raw.execute(sql, row)
            raw.execute("RELEASE pull_row")
        except sqlite3.IntegrityError as error:
            raw.execute("ROLLBACK TO pull_row")
            raw.execute("RELEASE pull_row")
            log.info("pulled %s row %s kept for review: %s", writer.table.name, row[0], error)
            rejected.append((list(row), str(error)))
    return rejected


def update_fields(raw: Any, writer: WireWriter, columns: Sequence[str], row: list[Any]) -> bool:
    """Update some fields of a row that exists here (``columns`` holds ``id``).

    A pulled row trimmed of the fields edited here and not yet sent cannot go through
    an INSERT (its missing NOT NULL columns would refuse it): it updates the rest.

    Returns:
        False when no row has this id here (the caller then inserts it).
    """
    names = [c for c in columns if c != "id"]
    if not names:
        return True
    sets = ", ".join(f'"{c}" = ?' for c in names)
    values = [v for c, v in zip(columns, row, strict=True) if c != "id"]
    key = row[list(columns).index("id")]
    done = raw.execute(f'UPDATE "{writer.table.name}" SET {sets} WHERE id = ?', [*values, key])
    return bool(done.rowcount)


def pending_edits(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Entity id → {field: newest pending HLC} of local ops not yet acknowledged.

    The key ``"*delete"`` marks a pending delete, ``"*any"`` any pending op.
    """
    table = OutboxEntry.__table__
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows = conn.execute(
            select(table.c.entity_id, table.c.op, table.c.fields, table.c.hlc).where(
                table.c.entity == entity, table.c.entity_id.in_(chunk)
            )
        ).all()
        for row in rows:
            fields = found[row.entity_id]
            fields["*any"] = max(fields.get("*any", ""), row.hlc)
            if row.op == "delete":
                fields["*delete"] = row.hlc
            for name in row.fields or {}:
                fields[name] = max(fields.get(name, ""), row.hlc)
    return found


def apply_connection(uow: UnitOfWork, *, bulk: bool = False) -> Connection:
    """The step's connection, set up for applying pulled data: foreign keys not enforced.

    Must be the step's first database work: SQLite changes that setting only outside a
    transaction, so the unit of work is handed a connection set up before its
    transaction begins. The step's caller commits (or not) as for any step; when the
    transaction ends the connection is set back and returned to the pool.

    ``bulk`` (the initial snapshot) gives SQLite a large page cache and in-memory
    sorting while it loads and indexes hundreds of thousands of rows.
    """
    session = uow.session
    if session.in_transaction():
        raise RuntimeError("apply_connection() must come before the step's other database work")
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    conn = engine.connect()
    raw = conn.connection.driver_connection
    assert raw is not None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute("PRAGMA foreign_keys=OFF")
    # Rows deleted here (out of scope, revoked device) are personal data: their pages
    # are zeroed, not left readable in the file's free space.
    raw.execute("PRAGMA secure_delete=ON")
    if bulk:
        raw.execute("PRAGMA cache_size=-262144")
        raw.execute("PRAGMA temp_store=MEMORY")
    restored = False

    def restore(_session: Session, transaction: SessionTransaction) -> None:
        nonlocal restored
        if transaction.parent is not None or restored:
            return  # a savepoint ended, not the step's transaction
        restored = True
        session.bind = engine
        try:
            raw.execute("PRAGMA foreign_keys=ON")
            if bulk:
                raw.execute(f"PRAGMA cache_size={int(cache)}")
                raw.execute("PRAGMA temp_store=DEFAULT")
        finally:
            conn.close()

    event.listen(session, "after_transaction_end", restore)
    session.bind = conn
    return session.connection()
