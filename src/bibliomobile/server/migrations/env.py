"""Alembic environment of the server database."""

from __future__ import annotations

from alembic import context

from bibliomobile.server.db import VERSION_TABLE
from bibliomobile.server.models import full_metadata

target_metadata = full_metadata()


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
