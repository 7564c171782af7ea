"""What every part of server sync shares: the tables, the server's clock, the pull feed.

:class:`SyncServer` is built once per server database. The parts (:mod:`.push`,
:mod:`.apply`, :mod:`.pull`, :mod:`.snapshot`, :mod:`.reviews`) are functions that
take it and a connection: the caller — an endpoint of ``server/routers``, a job —
opens the transaction and commits it.

Ordering of the pull feed
-------------------------
A device pulls ``change_log`` rows with ``seq > cursor``. That is only safe if no
row with a smaller ``seq`` can become visible after a larger one was read: otherwise
a device that already moved its cursor past it would never see it. With concurrent
transactions, sequence values are handed out in *allocation* order, not commit
order. So every push appends to ``change_log`` as the very last thing before its
commit, while holding a transaction-level lock:

- PostgreSQL: ``pg_advisory_xact_lock`` (released by COMMIT/ROLLBACK). A transaction
  allocates its seqs only after the previous holder committed, so seq order is
  commit order. Only that short tail is serialised; applying the ops is concurrent.
- SQLite: writers are serialised by the database lock held until commit, which gives
  the same guarantee without anything more.

The pull is state-based: a change-log row names an entity; the page carries the
row's *current* state (and per-field versions), or ``delete`` if it is gone, or
``evict`` if it left the device's scope. Re-sending a row is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy import types as satypes
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DataError, IntegrityError

from bibliomobile.domain.enums import SyncKind
from bibliomobile.domain.hlc import MAX_SKEW_MS, HybridLogicalClock, Timestamp
from bibliomobile.store.models import synced_tables

from ..models import change_log, entity_tables, row_versions, server_settings

log = logging.getLogger(__name__)

#: Arbitrary key of the advisory lock that orders change-log appends on PostgreSQL.
CHANGE_LOG_LOCK = 847_001
HLC_KEY = "hlc_last"


def now() -> dt.datetime:
    """Now, in UTC without a time zone (as the server stores times)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def chunks(values: Sequence[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


class SyncServer:
    """Sync over one server database: its synced tables, dialect and clock."""

    def __init__(self, engine: Engine, *, max_skew_ms: int = MAX_SKEW_MS) -> None:
        self.engine = engine
        #: Ops whose time is further ahead of the server's clock than this are refused.
        self.max_skew_ms = max_skew_ms
        #: What was wrong with the saved clock at start (None: nothing), for /health.
        self.clock_problem: str | None = None
        self.tables: dict[str, Table] = entity_tables()
        self.kinds: dict[str, SyncKind] = {
            name: cls.__sync_kind__ for name, cls in synced_tables().items()
        }
        self.is_postgres = engine.dialect.name == "postgresql"
        self.column_types = {
            name: {c.name: c.type for c in table.c} for name, table in self.tables.items()
        }
        self.clock = HybridLogicalClock("server", last=self._saved_clock())
        self._clock_lock = threading.Lock()
        #: Called after the change-log append, just before COMMIT (tests widen the
        #: window there to prove that pulls stay complete).
        self.before_commit: Callable[[], None] | None = None

    # -- clock -------------------------------------------------------------------

    def _saved_clock(self) -> Timestamp | None:
        """The clock saved in the database; a value it cannot read is reported, not fatal.

        An unreadable value (an older release could save a counter it could not read
        back) is replaced by the newest readable time of its wall part, bounded by the
        allowed skew, so the server starts and its clock keeps moving forward.
        """
        with self.engine.connect() as conn:
            value = conn.scalar(
                select(server_settings.c.value).where(server_settings.c.key == HLC_KEY)
            )
        if not value:
            return None
        try:
            return Timestamp.parse(value)
        except ValueError:
            pass
        physical = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
        wall = value[:16]
        salvaged = min(int(wall), physical + self.max_skew_ms) if wall.isdigit() else physical
        self.clock_problem = (
            f"horloge enregistrée illisible ({value[:80]!r}) : repartie de {salvaged} ms"
        )
        log.error("server clock: %s", self.clock_problem)
        salvaged_stamp = Timestamp(salvaged, 0, "server")
        with self.engine.begin() as conn:
            conn.execute(
                update(server_settings)
                .where(server_settings.c.key == HLC_KEY)
                .values(value=str(salvaged_stamp))
            )
        return salvaged_stamp

    def save_clock(self, conn: Connection) -> None:
        """Keep the clock's last time in the database (the transaction of ``conn``)."""
        value = str(self.clock.last)
        done = conn.execute(
            update(server_settings).where(server_settings.c.key == HLC_KEY).values(value=value)
        )
        if done.rowcount == 0:
            try:
                with conn.begin_nested():
                    conn.execute(insert(server_settings).values(key=HLC_KEY, value=value))
            except IntegrityError:
                pass

    # -- the pull feed -------------------------------------------------------------

    def append_changes(
        self, conn: Connection, changed: Sequence[tuple[str, str]], origin: str | None
    ) -> None:
        """Append to the pull feed; must be the last write before COMMIT (see module doc)."""
        if not changed:
            return
        if self.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})
        seen: set[tuple[str, str]] = set()
        rows = []
        for entity, entity_id in changed:
            if (entity, entity_id) not in seen:
                seen.add((entity, entity_id))
                rows.append({"entity": entity, "entity_id": entity_id, "origin": origin})
        self.insert_many(conn, change_log, rows)

    def current_seq(self, conn: Connection) -> int:
        """The newest position of the pull feed."""
        return int(conn.scalar(select(func.coalesce(func.max(change_log.c.seq), 0))) or 0)

    # -- per-field versions (last writer wins) ---------------------------------------

    def versions(
        self, conn: Connection, entity: str, entity_id: str
    ) -> tuple[dict[str, str], str | None, bool]:
        """A row's field → HLC of its last write, the HLC of its deletion, and whether
        the server has versions for it at all."""
        row = conn.execute(
            select(row_versions.c.versions, row_versions.c.deleted_hlc).where(
                row_versions.c.entity == entity, row_versions.c.entity_id == entity_id
            )
        ).one_or_none()
        if row is None:
            return {}, None, False
        return dict(row.versions or {}), row.deleted_hlc, True

    def store_versions(
        self,
        conn: Connection,
        entity: str,
        entity_id: str,
        versions: dict[str, str],
        deleted_hlc: str | None,
        exists: bool,
    ) -> None:
        """Write what :meth:`versions` reads (``exists``: as it answered)."""
        if exists:
            conn.execute(
                update(row_versions)
                .where(row_versions.c.entity == entity, row_versions.c.entity_id == entity_id)
                .values(versions=versions, deleted_hlc=deleted_hlc)
            )
        else:
            conn.execute(
                insert(row_versions).values(
                    entity=entity, entity_id=entity_id, versions=versions, deleted_hlc=deleted_hlc
                )
            )

    # -- SQL of both dialects ---------------------------------------------------------

    def in_(self, column: Any, values: Sequence[str]) -> Any:
        """``column IN (values)``; ``= ANY(array)`` on PostgreSQL (one parameter, no
        statement to compile per list length)."""
        if self.is_postgres:
            return column == any_(
                bindparam("ids_" + column.name, list(values), type_=ARRAY(String))
            )
        return column.in_(values)

    def insert_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows: COPY on PostgreSQL (several times faster than executemany)."""
        if not self.is_postgres or not rows:
            conn.execute(insert(table), rows)
            return
        import psycopg

        keys = {key for row in rows for key in row}
        columns = [column for column in table.c if column.name in keys]
        is_json = [isinstance(column.type, satypes.JSON) for column in columns]
        names = ", ".join(f'"{column.name}"' for column in columns)
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            with (
                raw.cursor() as cursor,
                cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row(
                        [
                            json.dumps(row.get(c.name))
                            if j and row.get(c.name) is not None
                            else row.get(c.name)
                            for c, j in zip(columns, is_json, strict=True)
                        ]
                    )
        except psycopg.errors.IntegrityError as error:
            raise IntegrityError(f"COPY {table.name}", None, error) from error
        except psycopg.errors.DataError as error:
            raise DataError(f"COPY {table.name}", None, error) from error
