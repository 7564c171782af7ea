"""Schemas through releases: the server's migrations match its models on both backends,
and databases written by released versions (committed under tests/fixtures/) open in
this one, migrated, with their data."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, select, text

from bibliomobile.server import db as server_db
from bibliomobile.server.models import devices, full_metadata
from bibliomobile.services.catalogue import search_items
from bibliomobile.store.migrate import current_revision, head_revision
from bibliomobile.store.uow import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PG_URL = os.environ.get("BIBLIOMOBILE_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgresql"])
def migrated_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty server database brought to head by the migrations alone."""
    if request.param == "sqlite":
        engine = server_db.create_server_engine(str(tmp_path / "server.sqlite3"))
        server_db.upgrade(engine)
        yield engine
        engine.dispose()
        return
    schema = "drift_" + secrets.token_hex(6)
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine = server_db.create_server_engine(f"{PG_URL}?options=-csearch_path%3D{schema}")
    try:
        server_db.upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_the_server_migrations_build_exactly_the_models(migrated_server: Engine) -> None:
    """A model change without its migration (or the reverse) fails here, on both backends."""
    with migrated_server.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "version_table": server_db.VERSION_TABLE}
        )
        differences = compare_metadata(context, full_metadata())
    assert differences == []


def test_a_server_database_of_the_first_release_is_migrated_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "server.sqlite3"
    shutil.copyfile(FIXTURES / "server-s0001.sqlite3", path)
    engine = server_db.create_server_engine(str(path))
    try:
        assert server_db.current_revision(engine) == "s0001"
        server_db.upgrade(engine)
        assert server_db.current_revision(engine) == server_db.head_revision()
        with engine.connect() as conn:
            titles = conn.execute(text("SELECT title FROM records")).scalars().all()
            names = conn.execute(select(devices.c.name)).scalars().all()
            feed = conn.execute(text("SELECT count(*) FROM sync_change_log")).scalar_one()
    finally:
        engine.dispose()
    assert titles == ["Les Misérables"]
    assert names == ["Bibliobus 1"]
    assert feed == 3


def test_a_device_database_of_the_first_release_opens_migrated_and_searchable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "device.sqlite3"
    shutil.copyfile(FIXTURES / "device-0001.sqlite3", path)
    store = Store.open(path)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.unit_of_work() as uow:
            found = search_items(uow, "miserables hugo")
        assert [row.barcode for row in found] == ["3100000999"]
    finally:
        store.close()
