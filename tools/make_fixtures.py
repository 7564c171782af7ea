"""Write the versioned database fixtures of tests/fixtures/ (run once per released schema).

- ``device-0001.sqlite3``: a device database at the first released schema (0001), with
  a record and an item (``tools/make_old_db.py``).
- ``server-s0001.sqlite3``: a server database at the first released server schema
  (s0001), with a library, a record, an item, a patron and an enrolled van.

The tests open copies and migrate them; once written for a release, a fixture is never
regenerated (add a new one for the next release instead).

Usage: python tools/make_fixtures.py tests/fixtures
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from bibliomobile.server.db import VERSION_TABLE, alembic_config, create_server_engine
from bibliomobile.server.devices import add_device

SERVER_REVISION = "s0001"
IDS = {
    "library": "01900000-0000-7000-8000-00000000a001",
    "record": "01900000-0000-7000-8000-00000000a002",
    "item": "01900000-0000-7000-8000-00000000a003",
    "patron": "01900000-0000-7000-8000-00000000a004",
}


def make_server_db(path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = create_server_engine(str(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        config.attributes["version_table"] = VERSION_TABLE
        command.upgrade(config, SERVER_REVISION)
        conn.execute(
            text(
                "INSERT INTO libraries (id, code, name, kind, set_aside_days) "
                "VALUES (:library, 'MED', 'Médiathèque de Vic', 'library', 3)"
            ),
            IDS,
        )
        conn.execute(
            text(
                "INSERT INTO records (id, title, authors, audience, format) VALUES "
                "(:record, 'Les Misérables', 'Hugo, Victor', 'adult', 'book')"
            ),
            IDS,
        )
        conn.execute(
            text(
                "INSERT INTO items (id, barcode, record_id, location, withdrawn) "
                "VALUES (:item, '3100000999', :record, 'stacks', 0)"
            ),
            IDS,
        )
        conn.execute(
            text(
                "INSERT INTO patrons (id, card_barcode, first_name, last_name, preferred_channel, "
                "max_loans) VALUES (:patron, 'P63000001', 'Jeanne', 'Martin', 'phone', 10)"
            ),
            IDS,
        )
        for entity, key in (("libraries", "library"), ("records", "record"), ("items", "item")):
            conn.execute(
                text("INSERT INTO sync_change_log (entity, entity_id) VALUES (:e, :i)"),
                {"e": entity, "i": IDS[key]},
            )
    add_device(engine, "Bibliobus 1", "coordinator", "all")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    tools = Path(__file__).parent
    runpy.run_path(str(tools / "make_old_db.py"))["make_old_db"](out / "device-0001.sqlite3")
    make_server_db(out / "server-s0001.sqlite3")
