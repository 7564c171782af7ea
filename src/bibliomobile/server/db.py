"""The server database: engine from a URL or a file path, and its migrations."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import QueuePool

from bibliomobile.store.migrate import refuse_newer

MIGRATIONS = Path(__file__).with_name("migrations")
#: The server's alembic version table (see migrations/env.py).
VERSION_TABLE = "alembic_version_server"

log = logging.getLogger(__name__)

T = TypeVar("T")


def is_url(db: str) -> bool:
    return "://" in db


def create_server_engine(db: str) -> Engine:
    """An engine for ``db``: a SQLAlchemy URL (``postgresql+psycopg://…``) or a file path.

    A plain path is an SQLite file with the same pragmas as a device (WAL, FULL sync,
    foreign keys on).
    """
    if not is_url(db):
        return _sqlite_server_engine(db)
    if db.startswith("sqlite"):
        return _sqlite_server_engine(db.split("///", 1)[1])
    # hide_parameters: an error logged never prints the values of a row (personal data).
    return create_engine(
        db, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
    )


def _sqlite_server_engine(path: str) -> Engine:
    """SQLite with the devices' pragmas (WAL, FULL sync, foreign keys), thread-safe pool.

    The server answers from many threads at once. The device engine keeps one
    connection per thread in a pool of five and closes other threads' connections
    when more come, so the server hands connections out from a queue instead.
    """
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(str(file), check_same_thread=False, timeout=30)

    engine = create_engine(
        "sqlite://",
        creator=connect,
        poolclass=QueuePool,
        pool_size=8,
        max_overflow=32,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            "busy_timeout=30000",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The server schema version this program writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema version of a server database (None for an empty one)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def upgrade(engine: Engine) -> None:
    """Create or migrate the server schema (same code for SQLite and PostgreSQL).

    A database written by a newer server is refused untouched (SchemaTooNew).
    """
    config = alembic_config()
    logging.getLogger("alembic").setLevel(logging.WARNING)
    refuse_newer(config, current_revision(engine), "server")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def in_transaction(engine: Engine, step: Callable[[Connection], T], *, attempts: int = 1) -> T:
    """Run ``step`` in a transaction of its own and commit it.

    With ``attempts`` above one, a step that lost to a concurrent transaction (the
    same rows written at once: IntegrityError; a deadlock: OperationalError) runs
    again in a new transaction, up to that many times in all.
    """
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return step(conn)
        except (IntegrityError, OperationalError) as error:
            if attempt == attempts - 1:
                raise
            log.info("transaction retried after %s", type(error.orig).__name__)
    raise AssertionError("unreachable")
