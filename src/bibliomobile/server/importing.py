"""Imports on the server: the same import services, writing to the server database.

The devices receive an import by sync: every row the import inserts or changes is
stamped with the server's HLC in ``sync_row_versions`` (per field, as a device's
pushed op would be) and appended to ``sync_change_log`` as the last write of its
batch transaction, under the same ordering lock as a push (see
:mod:`bibliomobile.server.sync`), so pulling devices see it in commit order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, bindparam, insert

from bibliomobile.services.interop.catalogue_sink import CatalogueBatches, CatalogueSink

from .models import row_versions
from .sync.state import SyncServer

T = TypeVar("T")


class ServerSink:
    """One batch transaction on the server database."""

    def __init__(self, server: SyncServer, connection: Connection) -> None:
        self._server = server
        self._connection = connection
        self._changed: list[tuple[str, str]] = []

    @property
    def connection(self) -> Connection:
        return self._connection

    def _stamp(self, entity: str, entity_id: str, fields: list[str]) -> None:
        hlc = str(self._server.clock.now())
        versions, deleted_hlc, exists = self._server.versions(self._connection, entity, entity_id)
        versions.update(dict.fromkeys(fields, hlc))
        self._server.store_versions(
            self._connection, entity, entity_id, versions, deleted_hlc, exists
        )
        self._changed.append((entity, entity_id))

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self._connection.execute(insert(table), rows)
        # New ids have no versions yet: stamp them in one statement.
        versions = []
        for row in rows:
            hlc = str(self._server.clock.now())
            fields = dict.fromkeys((k for k in row if k != "id"), hlc)
            versions.append(
                {
                    "entity": table.name,
                    "entity_id": row["id"],
                    "versions": fields,
                    "deleted_hlc": None,
                }
            )
            self._changed.append((table.name, row["id"]))
        self._connection.execute(insert(row_versions), versions)

    def update(self, table: Table, entity_id: str, fields: dict[str, Any]) -> None:
        if not fields:
            return
        self._connection.execute(
            table.update().where(table.c.id == bindparam("_id")).values(**fields),
            {"_id": entity_id},
        )
        self._stamp(table.name, entity_id, list(fields))

    def commit(self) -> None:
        """Record the batch's changes for the devices, then commit it."""
        if not self._changed:
            # Nothing written (a dry run): nothing to stamp, record or commit.
            return
        self._server.save_clock(self._connection)
        # Last write before COMMIT: the pull feed's order is commit order.
        self._server.append_changes(self._connection, self._changed, None)
        self._connection.commit()
        self._changed = []


def server_batches(engine: Engine) -> CatalogueBatches:
    """Batches written into the server database, each recorded in its change log and
    committed here (the server's own transactions: no unit of work on the server)."""
    server = SyncServer(engine)

    def run(write: Callable[[CatalogueSink], T], /) -> T:
        with engine.connect() as connection:
            try:
                sink = ServerSink(server, connection)
                result = write(sink)
                sink.commit()
                return result
            finally:
                if connection.in_transaction():
                    connection.rollback()

    return run
