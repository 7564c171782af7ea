from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bibliomobile.store.migrate import SchemaTooNew, current_revision, head_revision
from bibliomobile.store.uow import Store


def test_pragmas_protect_acknowledged_writes(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_new_database_is_migrated_to_head(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Store.open(path).close()
    store = Store.open(path, migrate=False)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="plus récente"):
        Store.open(path)
    assert path.read_bytes() == before


def test_models_and_migrations_agree(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bibliomobile.store.models import Base

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *_: (
                    not (type_ == "table" and name and "_fts" in name)
                ),
                "compare_type": True,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_an_encrypted_database_cannot_be_read_without_its_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite3"
    store = Store.open(path, key="correct horse")
    store.close()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    reopened = Store.open(path, key="correct horse")
    assert current_revision(reopened.engine) == head_revision()
    reopened.close()


def test_many_threads_can_use_the_store_at_once(store: Store) -> None:
    """The GUI worker, the sync thread, the solver's saver... each gets its own connection."""
    import threading

    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                with store.engine.connect() as conn:
                    assert conn.execute(text("SELECT count(*) FROM items")).scalar() == 0
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert type(store.engine.pool).__name__ == "QueuePool"
