"""Engine factory for the local SQLite store (optionally encrypted with SQLCipher)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from bibliomobile.lang import Message
from bibliomobile.paths import APP_NAME, default_db_path

from .plain import is_plain_sqlite
from .writer import WriteTurns, connection_class

__all__ = [
    "APP_NAME",
    "EncryptionUnavailable",
    "begin_immediate",
    "create_sqlite_engine",
    "default_db_path",
    "is_plain_sqlite",
    "is_read_only",
    "key_pragma",
]


class EncryptionUnavailable(RuntimeError):
    """A key is configured but SQLCipher (sqlcipher3) is not installed."""


def sqlcipher_module() -> Any:
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise EncryptionUnavailable(Message("store.chiffrement_base_demande_sqlcipher")) from exc
    return dbapi2


def key_pragma(passphrase: str, *, schema: str | None = None) -> str:
    """``PRAGMA key`` with the passphrase as a quoted string.

    A quoted passphrase (not ``x'..'``) makes SQLCipher derive the key with PBKDF2-HMAC-SHA512
    and the file's own random salt, so a short passphrase is not used as a raw key.
    """
    quoted = "'" + passphrase.replace("'", "''") + "'"
    target = f"{schema}." if schema else ""
    return f"PRAGMA {target}key = {quoted}"


def legacy_raw_key(passphrase: str) -> str:
    """The raw-key form earlier versions used (the passphrase's bytes as the key, no KDF)."""
    return "PRAGMA key = \"x'" + passphrase.encode().hex() + "'\""


def upgrade_legacy_key(path: Path, passphrase: str) -> bool:
    """Re-key a database that an earlier version encrypted with the raw passphrase.

    Returns True when the file opened with the old raw key and now uses the derived
    one; False when it is not such a file (wrong passphrase, not a database).
    """
    module = sqlcipher_module()
    conn = module.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(legacy_raw_key(passphrase))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError:
            return False
        conn.execute(key_pragma(passphrase).replace("PRAGMA key", "PRAGMA rekey", 1))
        return True
    finally:
        conn.close()


#: How long a transaction waits for the other writer (SQLite's busy handler), then how
#: many times BEGIN IMMEDIATE is tried again before the error reaches the caller.
BUSY_TIMEOUT_MS = 30000
BEGIN_ATTEMPTS = 5


def begin_immediate(execute: Any) -> None:
    """``BEGIN IMMEDIATE``, tried again a bounded number of times while another writer
    holds the database beyond the busy timeout.

    Every transaction takes the write lock when it begins: one writer at a time, and a
    transaction that has read never fails later with "database is locked" when it
    writes (SQLite does not wait for a read transaction that upgrades to a write).
    """
    for attempt in range(BEGIN_ATTEMPTS):
        try:
            execute("BEGIN IMMEDIATE")
            return
        except (sqlite3.OperationalError, exc.OperationalError) as error:
            if "locked" not in str(error) or attempt == BEGIN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def is_read_only(path: Path) -> bool:
    """True when this process may not write the database (or its folder, for the WAL)."""
    if not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def create_sqlite_engine(
    path: Path | str, key: str | None = None, *, echo: bool = False, read_only: bool = False
) -> Engine:
    """An engine on ``path`` with the pragmas the app relies on.

    WAL so the GUI reads while the worker writes; ``synchronous=FULL`` because a
    laptop's battery dies and no acknowledged scan may be lost; foreign keys on.
    With ``key``, the file is opened (or created) encrypted with SQLCipher.
    ``read_only`` (a file or a folder that cannot be written, e.g. a read-only
    medium): the file is opened as immutable, nothing is set up and transactions
    begin deferred; any write is refused by SQLite.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    module: Any = sqlcipher_module() if key else sqlite3
    factory = connection_class(module.Connection, WriteTurns())
    timeout = BUSY_TIMEOUT_MS / 1000

    def connect() -> Any:
        if read_only:
            uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
            conn = module.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
        else:
            conn = module.connect(
                str(path), check_same_thread=False, timeout=timeout, factory=factory
            )
        if key:
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is explained
            conn.execute(key_pragma(key))
            # Sorts and temporary tables stay in memory: SQLCipher encrypts the database
            # and its WAL, not SQLite's temporary files.
            conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    # An explicit QueuePool: with a creator and the bare "sqlite://" URL SQLAlchemy would
    # pick SingletonThreadPool (meant for :memory:), which closes other threads'
    # connections once more than five threads have used the engine.
    # hide_parameters: an error (logged, shown) never carries the values it was writing,
    # such as a patron's address or an access note.
    engine = create_engine(
        "sqlite://",
        creator=connect,
        echo=echo,
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so SAVEPOINTs and rollbacks behave.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if read_only:
            conn.exec_driver_sql("BEGIN")
            return
        raw = conn.connection.driver_connection
        if not raw.take_turn(timeout):
            raise sqlite3.OperationalError("database is locked (another thread kept writing)")
        try:
            begin_immediate(conn.exec_driver_sql)
        except BaseException:
            raw.give_turn()
            raise

    return engine
