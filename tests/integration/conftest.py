"""Server databases for the sync and portal tests: a temporary SQLite file and real PostgreSQL.

PostgreSQL runs on 127.0.0.1:5432, database ``test``, trust auth as the current user
(``.ci/run`` sets it up). Each test gets its own schema, dropped afterwards. If the
database cannot be reached the tests fail: they are never skipped.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from bibliomobile.server.db import create_server_engine, upgrade

PG_URL = os.environ.get("BIBLIOMOBILE_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    """A migrated server database in a fresh PostgreSQL schema."""
    schema = "sync_" + secrets.token_hex(6)
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine = create_server_engine(f"{PG_URL}?options=-csearch_path%3D{schema}")
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_engine(request: pytest.FixtureRequest) -> Engine:
    """The same test on both server databases."""
    return request.getfixturevalue(
        "pg_engine" if request.param == "postgresql" else "sqlite_engine"
    )
