"""Regenerate the initial migrations from the models (only while no release has shipped).

Usage: python tools/regen_schema.py
Once a version has been released, add a new alembic revision instead.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from bibliomobile.store import search
from bibliomobile.store.engine import create_sqlite_engine
from bibliomobile.store.migrate import MIGRATIONS, alembic_config

VERSIONS = MIGRATIONS / "versions"

SEARCH_TEMPLATE = '''"""Full-text search index (FTS5) on items and patrons, with its triggers.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A frozen copy of bibliomobile.store.search as of this revision.
DDL = {ddl!r}

DROP = {drop!r}

REBUILD = {rebuild!r}


def upgrade() -> None:
    for statement in DDL:
        op.execute(statement)
    for statement in REBUILD:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
'''


def main() -> None:
    for old in VERSIONS.glob("000[12]_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_sqlite_engine(Path(tmp) / "empty.sqlite3")
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()
    rebuild = (
        f"INSERT INTO item_fts(rowid, title, authors, subjects, codes) {search._ITEM_ROW}",
        f"INSERT INTO patron_fts(rowid, names, commune, codes) {search._PATRON_ROW}",
    )
    (VERSIONS / "0002_search_index.py").write_text(
        SEARCH_TEMPLATE.format(ddl=search.DDL, drop=search.DROP, rebuild=rebuild)
    )


if __name__ == "__main__":
    main()
