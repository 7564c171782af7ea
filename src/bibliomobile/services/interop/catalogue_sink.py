"""Where an import writes: one transaction per batch, every change captured.

The import bypasses ORM objects for speed (see ``bench/bench_import.py``) but not
change capture: :class:`DeviceSink` writes, in the same transaction as each insert
or update, the outbox row that ORM change capture would have written
(:func:`bibliomobile.store.capture.outbox_entry`), so the import reaches the
server by sync like any other change. The server has its own sink
(``bibliomobile.server.importing``) that records its change log instead.

An import never commits: it hands each batch to a :class:`CatalogueBatches` from its
caller, which opens the transaction, gives the batch a sink, and commits once the
batch is written (:func:`device_batches` on a device, from the caller's
``Transactions``).
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable
from json.encoder import encode_basestring_ascii
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import Connection, Dialect, Table, bindparam
from sqlalchemy.exc import DBAPIError

from bibliomobile.domain.ids import new_ids
from bibliomobile.store.capture import ChangeCapture, outbox_entry, save_clock, to_wire
from bibliomobile.store.models import OutboxEntry
from bibliomobile.store.search import ITEM_FTS_INSERT, ITEM_INSERT_TRIGGER
from bibliomobile.store.uow import Transactions, UnitOfWork

T = TypeVar("T")


class CatalogueSink(Protocol):
    """One open transaction an import batch writes through."""

    @property
    def connection(self) -> Connection: ...

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert complete rows (every column, ``id`` included)."""

    def update(self, table: Table, entity_id: str, fields: dict[str, Any]) -> None:
        """Change some columns of one row."""


class CatalogueBatches(Protocol):
    """Runs one import batch in a transaction of its own, and commits it.

    ``write`` receives the batch's sink; once it returns, its captured changes are
    recorded and the transaction committed; if it raises, nothing of the batch is.
    """

    def __call__(self, write: Callable[[CatalogueSink], T], /) -> T: ...


def column_names(table: Table) -> tuple[str, ...]:
    """The columns of a complete row of a table, in the order of
    :meth:`DeviceSink.insert_rows` tuples."""
    return tuple(c.name for c in table.columns if not (c.primary_key and c.autoincrement is True))


def _json_value(value: Any) -> str:
    """One value as ``json.dumps`` writes it inside an outbox row's fields."""
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value if type(value) in _PLAIN else to_wire(value))


class _Inserter:
    """A prepared ``INSERT`` of complete rows of one table through the DB-API driver:
    tuples in column order, values bound the way SQLAlchemy binds them."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        quote = dialect.identifier_preparer.quote
        columns = [c for c in table.columns if not (c.primary_key and c.autoincrement is True)]
        self.names = [c.name for c in columns]
        self.sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in self.names)}) "
            f"VALUES ({', '.join('?' * len(self.names))})"
        )
        self.row = operator.itemgetter(*self.names)
        self.processors = [
            (index, processor)
            for index, column in enumerate(columns)
            if (processor := column.type._cached_bind_processor(dialect)) is not None
        ]
        # The outbox fields of an inserted row: every column but ``id``, in column order,
        # written as json.dumps writes a dict (", " and ": ", ASCII only).
        self.id_index = self.names.index("id")
        others = [i for i, name in enumerate(self.names) if name != "id"]
        self.fields = operator.itemgetter(*others)
        self.prefixes = [
            ("{" if n == 0 else ", ") + json.dumps(self.names[i]) + ": "
            for n, i in enumerate(others)
        ]

    def tuples(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return self.bound([self.row(row) for row in rows])

    def bound(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Rows with their values converted for the driver (booleans, dates)."""
        if not self.processors:
            return rows
        out = []
        for row in rows:
            values = list(row)
            for index, processor in self.processors:
                if values[index] is not None:
                    values[index] = processor(values[index])
            out.append(tuple(values))
        return out

    def fields_json(self, row: tuple[Any, ...]) -> str:
        """``json.dumps`` of the row's outbox fields, without building the dict."""
        encode = encode_basestring_ascii
        return (
            "".join(
                [
                    prefix
                    + (
                        encode(value)
                        if type(value) is str
                        else "null"
                        if value is None
                        else _json_value(value)
                    )
                    for prefix, value in zip(self.prefixes, self.fields(row), strict=True)
                ]
            )
            + "}"
        )


_INSERTERS: dict[tuple[Table, str], _Inserter] = {}


def _inserter(table: Table, dialect: Dialect) -> _Inserter:
    key = (table, dialect.name)
    found = _INSERTERS.get(key)
    if found is None:
        found = _INSERTERS[key] = _Inserter(table, dialect)
    return found


class DeviceSink:
    """Writes to the local store and its outbox, inside one unit of work.

    Inserts go straight to the SQLite driver (``executemany`` of prepared tuples:
    SQLAlchemy Core's per-row work was a third of an import's time), in the unit of
    work's transaction; the search index is kept by its triggers as for any insert.
    """

    def __init__(self, uow: UnitOfWork) -> None:
        self._connection = uow.session.connection()
        self._dialect = self._connection.dialect
        self._outbox: list[tuple[Any, ...]] = []
        self._capture = ChangeCapture(uow.clock, uow.device_id)
        self._created_at = _created_at_processor(self._dialect)(
            dt.datetime.now(dt.UTC).replace(tzinfo=None)
        )

    @property
    def connection(self) -> Connection:
        return self._connection

    def _cursor(self) -> Any:
        driver = self._connection.connection.driver_connection
        assert driver is not None
        return driver.cursor()

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        inserter = _inserter(table, self._dialect)
        self._execute(table, inserter, inserter.tuples(rows))
        name = str(table.name)  # a plain str: the driver binds a str subclass slowly
        clock = self._capture.clock
        device = self._capture.device_id
        created = self._created_at
        dumps = json.dumps
        plain = _PLAIN.issuperset
        append = self._outbox.append
        for row, op_id in zip(rows, new_ids(len(rows)), strict=True):
            fields = dict(row)
            entity_id = fields.pop("id")
            if not plain(map(type, fields.values())):
                fields = {k: to_wire(v) for k, v in fields.items()}
            append(
                (op_id, name, entity_id, "insert", dumps(fields), str(clock.now()), device, created)
            )

    def insert_rows(self, table: Table, rows: list[tuple[Any, ...]]) -> None:
        """Insert complete rows given as tuples in :func:`column_names` order (the same
        rows and outbox rows as :meth:`insert`, without a dict per row)."""
        if not rows:
            return
        inserter = _inserter(table, self._dialect)
        self._execute(table, inserter, inserter.bound(rows))
        name = str(table.name)  # a plain str: the driver binds a str subclass slowly
        now = self._capture.clock.now
        device = self._capture.device_id
        created = self._created_at
        id_index = inserter.id_index
        fields_json = inserter.fields_json
        self._outbox += [
            (op_id, name, row[id_index], "insert", fields_json(row), str(now()), device, created)
            for row, op_id in zip(rows, new_ids(len(rows)), strict=True)
        ]

    def _execute(self, table: Table, inserter: _Inserter, rows: list[tuple[Any, ...]]) -> None:
        cursor = self._cursor()
        try:
            if table.name == "items":
                self._insert_items(cursor, inserter.sql, rows)
            else:
                cursor.executemany(inserter.sql, rows)
        except self._dialect.loaded_dbapi.Error as error:
            # As SQLAlchemy would raise it: the importer isolates the refused record.
            raise DBAPIError.instance(
                inserter.sql, None, error, self._dialect.loaded_dbapi.Error
            ) from error
        finally:
            cursor.close()

    def _insert_items(self, cursor: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert items and their search index rows.

        The per-row trigger ``items_fts_insert`` costs six times the insert itself;
        for a batch it is dropped, the rows inserted, their index rows written by one
        ``INSERT … SELECT`` (the trigger's own statement, for every new rowid) and the
        trigger re-created from its stored text, all in this transaction: any failure
        rolls the whole batch back, trigger included, and no commit ever sees the
        table without its trigger.
        """
        found = cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (ITEM_INSERT_TRIGGER,),
        ).fetchone()
        last = cursor.execute("SELECT coalesce(max(rowid), 0) FROM items").fetchone()[0]
        if len(rows) < 50 or found is None or last >= 1 << 62:
            cursor.executemany(sql, rows)  # small batch: the trigger does it
            return
        cursor.execute(f'DROP TRIGGER "{ITEM_INSERT_TRIGGER}"')
        cursor.executemany(sql, rows)
        # New rows get rowids above every existing one (SQLite picks max + 1 below 2^63).
        cursor.execute(f"{ITEM_FTS_INSERT} WHERE item_rowid > ?", (last,))
        cursor.execute(found[0])

    def update(self, table: Table, entity_id: str, fields: dict[str, Any]) -> None:
        if not fields:
            return
        self._connection.execute(
            table.update().where(table.c.id == bindparam("_id")).values(**fields),
            {"_id": entity_id},
        )
        entry = outbox_entry(self._capture, table.name, entity_id, "update", fields)
        self._outbox.append(
            (
                entry["op_id"],
                entry["entity"],
                entity_id,
                "update",
                json.dumps(entry["fields"]),
                entry["hlc"],
                entry["device_id"],
                self._created_at,
            )
        )

    def flush(self) -> None:
        """Write the outbox rows of the batch and the clock (the caller commits)."""
        if self._outbox:
            cursor = self._cursor()
            try:
                cursor.executemany(_OUTBOX_SQL, self._outbox)
            finally:
                cursor.close()
            save_clock(self._connection, self._capture)
        self._outbox = []


_PLAIN = frozenset({str, int, float, bool, type(None)})
_OUTBOX_SQL = (
    "INSERT INTO outbox (op_id, entity, entity_id, op, fields, hlc, device_id, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _created_at_processor(dialect: Dialect) -> Callable[[dt.datetime], Any]:
    column = cast(Table, OutboxEntry.__table__).c.created_at
    processor = column.type._cached_bind_processor(dialect)
    return processor if processor is not None else (lambda value: value)


def table_defaults(table: Table) -> dict[str, Any]:
    """Scalar column defaults of a table (callables such as ``new_id`` excluded), as a
    complete insert row and its outbox row need them."""
    found: dict[str, Any] = {}
    for column in table.columns:
        if column.name == "id":
            continue
        default = column.default
        arg = getattr(default, "arg", None) if default is not None else None
        found[column.name] = None if callable(arg) else arg
    return found


def device_batches(transactions: Transactions) -> CatalogueBatches:
    """Batches written into a local store, each one step of ``transactions`` (a unit of
    work of its own, committed by the caller's ``Transactions`` once it is written)."""

    def run(write: Callable[[CatalogueSink], T], /) -> T:
        def step(uow: UnitOfWork) -> T:
            sink = DeviceSink(uow)
            result = write(sink)
            sink.flush()
            return result

        return transactions(step)

    return run
