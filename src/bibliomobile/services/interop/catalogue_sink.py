"""Where an import writes: one transaction per batch, every change captured.

The import bypasses ORM objects for speed (see ``bench/bench_import.py``) but not
change capture: :class:`DeviceSink` writes, in the same transaction as each insert
or update, the outbox row that ORM change capture would have written
(:func:`bibliomobile.store.capture.outbox_entry`), so the import reaches the
server by sync like any other change. The server has its own sink
(``bibliomobile.server.importing``) that records its change log instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from sqlalchemy import Connection, Table, bindparam, insert

from bibliomobile.store.capture import ChangeCapture, outbox_entry, write_outbox
from bibliomobile.store.uow import Store, UnitOfWork


class CatalogueSink(Protocol):
    """One open transaction an import batch writes through."""

    @property
    def connection(self) -> Connection: ...

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert complete rows (every column, ``id`` included)."""

    def update(self, table: Table, entity_id: str, fields: dict[str, Any]) -> None:
        """Change some columns of one row."""

    def commit(self) -> None:
        """Make the batch durable (with its captured changes)."""


#: Opens one batch transaction; leaving the context without commit rolls it back.
SinkFactory = Callable[[], AbstractContextManager[CatalogueSink]]


class DeviceSink:
    """Writes to the local store and its outbox, inside one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._connection = uow.session.connection()
        self._outbox: list[dict[str, Any]] = []
        self._capture = ChangeCapture(uow.clock, uow.device_id)

    @property
    def connection(self) -> Connection:
        return self._connection

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self._connection.execute(insert(table), rows)
        for row in rows:
            fields = {k: v for k, v in row.items() if k != "id"}
            self._outbox.append(self._entry(table.name, row["id"], "insert", fields))

    def update(self, table: Table, entity_id: str, fields: dict[str, Any]) -> None:
        if not fields:
            return
        self._connection.execute(
            table.update().where(table.c.id == bindparam("_id")).values(**fields),
            {"_id": entity_id},
        )
        self._outbox.append(self._entry(table.name, entity_id, "update", fields))

    def _entry(
        self, entity: str, entity_id: str, op: str, fields: dict[str, Any]
    ) -> dict[str, Any]:
        return outbox_entry(self._capture, entity, entity_id, op, fields)

    def commit(self) -> None:
        write_outbox(self._connection, self._capture, self._outbox)
        self._outbox = []
        self._uow.commit()


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


def device_sinks(store: Store) -> SinkFactory:
    """Batches written into a local store, one unit of work each."""

    @contextmanager
    def open_batch() -> Iterator[CatalogueSink]:
        with store.unit_of_work() as uow:
            yield DeviceSink(uow)

    return open_batch


def uow_sinks(uow: UnitOfWork) -> SinkFactory:
    """Batches written through an already open unit of work (the GUI's database
    worker hands one to its tasks): each batch commits it, a failed batch rolls back."""

    @contextmanager
    def open_batch() -> Iterator[CatalogueSink]:
        try:
            yield DeviceSink(uow)
        finally:
            uow.rollback()  # nothing after a commit; the unfinished batch otherwise

    return open_batch
