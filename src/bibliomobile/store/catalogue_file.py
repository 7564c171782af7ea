"""The catalogue file: what every van shares, as a ready-made device database.

Every bookmobile laptop holds the whole catalogue (libraries, tours, records, items)
and its search index. Loading 400,000 rows and indexing them takes a new laptop far
longer than copying them, so the server prepares this file ahead of time (the device
schema, the catalogue rows, the search index built) and a new device *adopts* it: in
one local transaction each table is copied with ``INSERT INTO main.t SELECT * FROM
catalogue.t``, which SQLite carries out by copying the records and index b-trees
without decoding them (its transfer optimisation), the search index included (the
FTS5 shadow tables hold the rowids of ``items``, which the copy keeps).

Only an empty catalogue is adopted: a device that already holds rows gets them by
the ordinary snapshot pages instead.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from bibliomobile.lang import Message

from . import search
from .bulk import set_aside_indexes
from .migrate import head_revision
from .uow import Store

#: Entities of the file, parents first.
CATALOGUE_ENTITIES = ("libraries", "tours", "records", "items")
#: Device setting: the server cursor of the adopted file, kept until the snapshot of
#: the rest of the scope is done (an interrupted snapshot does not download it again).
CATALOGUE_CURSOR = "sync_catalogue_cursor"


class CatalogueFileError(Exception):
    """The file cannot be adopted (another schema, damaged, or not a catalogue)."""


def prepare(path: Path) -> tuple[sqlite3.Connection, list[str]]:
    """A new, empty device database at ``path`` ready for a bulk load of the catalogue.

    Returns a connection (journal off: the file is only published once finished) and
    the SQL of the secondary indexes set aside, to give back to :func:`finish`.
    """
    path.unlink(missing_ok=True)
    Store.open(path).close()  # the device schema, migrated to this program's head
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-262144")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("DELETE FROM device_settings")  # the builder's own identity: not shipped
    for statement in search.DROP_TRIGGERS:
        conn.execute(statement)
    indexes = set_aside_indexes(conn, CATALOGUE_ENTITIES)
    conn.execute("BEGIN")
    return conn, indexes


def finish(conn: sqlite3.Connection, indexes: list[str]) -> int:
    """Index the loaded rows, build the search index, close; returns the rows held."""
    for sql in indexes:
        conn.execute(sql)
    for statement in search.REBUILD_ITEMS:
        conn.execute(statement)
    for statement in search.CREATE_TRIGGERS:
        conn.execute(statement)
    conn.execute("COMMIT")
    rows = sum(
        int(conn.execute(f'SELECT count(*) FROM "{e}"').fetchone()[0]) for e in CATALOGUE_ENTITIES
    )
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return rows


def _shadow_tables(raw: Any, schema: str) -> list[str]:
    return [
        name
        for (name,) in raw.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name LIKE ? ESCAPE '\\' ORDER BY name",
            (search.ITEM_INDEX.replace("_", "\\_") + "\\_%",),
        ).fetchall()
    ]


def _rowids(raw: Any, schema: str) -> tuple[int, ...]:
    # The index holds rowids of items, and its titles those of records.
    found: list[int] = []
    for table in ("items", "records"):
        found.extend(
            raw.execute(
                "SELECT count(*), coalesce(max(rowid), 0), coalesce(sum(rowid), 0) "
                f"FROM {schema}.{table}"
            ).fetchone()
        )
    return tuple(int(n) for n in found)


def adopt(store: Store, source: bytes | bytearray | Path, cursor: int) -> int | None:
    """Copy the catalogue file (its bytes, or its path) into the store's empty catalogue.

    Bytes are opened in memory (a downloaded file never touches the disk twice).

    Returns the rows copied, or None (nothing changed) when the store already holds
    catalogue rows. Records ``cursor`` as :data:`CATALOGUE_CURSOR` in the same
    transaction. Raises :class:`CatalogueFileError` for a file of another schema or
    one that is not a catalogue file.
    """
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            return _adopt(raw, source, cursor)
        finally:
            # This connection wrote the search index's tables behind FTS5's back:
            # it is closed rather than going back to the pool with a stale view.
            conn.invalidate()


def _attach(raw: Any, source: bytes | bytearray | Path) -> None:
    """Attach the file as ``catalogue`` (plain, even beside an encrypted store)."""
    # The connection class may be a subclass of the driver's (store/writer.py): look at
    # every class it comes from.
    encrypted = any(c.__module__.startswith("sqlcipher3") for c in type(raw).__mro__)
    key = " KEY ''" if encrypted else ""
    try:
        if isinstance(source, Path):
            raw.execute(f"ATTACH DATABASE ? AS catalogue{key}", (str(source),))
        elif hasattr(raw, "deserialize"):
            raw.execute(f"ATTACH DATABASE ':memory:' AS catalogue{key}")
            raw.deserialize(source, name="catalogue")
        else:  # a driver without sqlite3_deserialize: through a temporary file
            with tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False) as file:
                file.write(source)
            try:
                _attach(raw, Path(file.name))
            finally:
                with suppress(OSError):  # POSIX: SQLite keeps it open until DETACH
                    Path(file.name).unlink()
    except sqlite3.DatabaseError as error:
        raise CatalogueFileError(
            Message("store.fichier_catalogue_illisible_error", error=error)
        ) from error


def _adopt(raw: Any, source: bytes | bytearray | Path, cursor: int) -> int | None:
    _attach(raw, source)
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        try:
            schema = raw.execute("SELECT version_num FROM catalogue.alembic_version").fetchone()
            shadows = _shadow_tables(raw, "catalogue")
        except sqlite3.DatabaseError as error:
            raise CatalogueFileError(
                Message("store.fichier_catalogue_illisible_error", error=error)
            ) from error
        if schema is None or schema[0] != head_revision():
            raise CatalogueFileError(Message("store.fichier_catalogue_autre_version"))
        if shadows != _shadow_tables(raw, "main"):
            raise CatalogueFileError(Message("store.fichier_catalogue_sans_index"))
        raw.execute("BEGIN IMMEDIATE")
        try:
            for entity in CATALOGUE_ENTITIES:
                if raw.execute(f'SELECT 1 FROM main."{entity}" LIMIT 1').fetchone():
                    raw.execute("ROLLBACK")
                    return None
            for statement in search.DROP_TRIGGERS:
                raw.execute(statement)
            rows = 0
            for entity in CATALOGUE_ENTITIES:
                done = raw.execute(
                    f'INSERT INTO main."{entity}" SELECT * FROM catalogue."{entity}"'
                )
                rows += done.rowcount
            for table in shadows:
                raw.execute(f'DELETE FROM main."{table}"')
                raw.execute(f'INSERT INTO main."{table}" SELECT * FROM catalogue."{table}"')
            if _rowids(raw, "main") != _rowids(raw, "catalogue"):
                raise CatalogueFileError(Message("store.copie_catalogue_incoherente_numeros"))
            for statement in search.CREATE_TRIGGERS:
                raw.execute(statement)
            raw.execute(
                "INSERT INTO device_settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (CATALOGUE_CURSOR, str(cursor)),
            )
            raw.execute("COMMIT")
            return rows
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("DETACH DATABASE catalogue")
        raw.execute("PRAGMA foreign_keys=ON")
