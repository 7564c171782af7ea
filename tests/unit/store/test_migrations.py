"""A database written by an older Bibliomobile opens in this one (migrated, data kept)."""

from __future__ import annotations

import runpy
from pathlib import Path

from bibliomobile.services.catalogue import search_items
from bibliomobile.store.migrate import current_revision, head_revision
from bibliomobile.store.uow import Store

TOOLS = Path(__file__).resolve().parents[3] / "tools"


def test_an_older_database_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    make_old_db = runpy.run_path(str(TOOLS / "make_old_db.py"))["make_old_db"]
    path = tmp_path / "old.sqlite3"
    make_old_db(path)
    store = Store.open(path, migrate=False)
    assert current_revision(store.engine) == "0001"
    store.close()

    store = Store.open(path)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.unit_of_work() as uow:
            found = search_items(uow, "miserables hugo")
        assert [row.barcode for row in found] == ["3100000999"]
    finally:
        store.close()


def test_the_migrations_build_the_search_index_the_code_describes(tmp_path: Path) -> None:
    """``store.search`` (used by bulk loads and the catalogue file) and the frozen
    copies in the migrations must not drift apart."""
    from sqlalchemy import text

    from bibliomobile.store import search

    store = Store.open(tmp_path / "new.sqlite3")
    try:
        with store.reader() as session:
            stored = set(
                session.scalars(
                    text(
                        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                        "(name LIKE '%fts%' OR type IN ('trigger', 'view'))"
                    )
                )
            )
    finally:
        store.close()
    assert set(search.DDL) <= stored
