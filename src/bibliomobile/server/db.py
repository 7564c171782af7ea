"""The server database: engine from a URL or a file path, and its migrations."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

from bibliomobile.store.engine import create_sqlite_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def is_url(db: str) -> bool:
    return "://" in db


def create_server_engine(db: str) -> Engine:
    """An engine for ``db``: a SQLAlchemy URL (``postgresql+psycopg://…``) or a file path.

    A plain path is an SQLite file with the same pragmas as a device (WAL, FULL sync,
    foreign keys on).
    """
    if not is_url(db):
        return create_sqlite_engine(db)
    if db.startswith("sqlite"):
        path = db.split("///", 1)[1]
        return create_sqlite_engine(path)
    return create_engine(db, pool_size=10, max_overflow=20, pool_pre_ping=True)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine) -> None:
    """Create or migrate the server schema (same code for SQLite and PostgreSQL)."""
    config = alembic_config()
    logging.getLogger("alembic").setLevel(logging.WARNING)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
