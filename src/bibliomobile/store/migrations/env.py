"""Alembic environment: runs on the connection handed over by bibliomobile.store.migrate."""

from __future__ import annotations

from alembic import context

from bibliomobile.store.models import Base

target_metadata = Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # FTS5 virtual tables and their shadow tables are managed by hand-written DDL.
    return not (type_ == "table" and name and ("_fts" in name))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=_include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
