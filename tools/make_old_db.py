"""Write a database at the FIRST schema revision (as an older Bibliomobile would have),
with a little data in it, to check that a newer program migrates it.

Usage: python tools/make_old_db.py OUT.sqlite3
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from bibliomobile.store.engine import create_sqlite_engine
from bibliomobile.store.migrate import alembic_config

FIRST = "0001"


def make_old_db(path: Path) -> None:
    """Create ``path`` at schema revision 0001 with one record and one item."""
    path.unlink(missing_ok=True)
    engine = create_sqlite_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, FIRST)
        conn.execute(
            text(
                "INSERT INTO records (id, title, authors, audience, format) VALUES "
                "('01900000-0000-7000-8000-000000000001', 'Les Misérables', 'Hugo, Victor', "
                "'adult', 'book')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO items (id, barcode, record_id, location, withdrawn) VALUES "
                "('01900000-0000-7000-8000-000000000002', '3100000999', "
                "'01900000-0000-7000-8000-000000000001', 'stacks', 0)"
            )
        )
    engine.dispose()


if __name__ == "__main__":
    make_old_db(Path(sys.argv[1]))
