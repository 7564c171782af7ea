"""Load the demo network into the server database (SQLite or PostgreSQL).

The demo generator (``bibliomobile.services.demo``) fills a device store (SQLite, with
its fast-load tricks); this adapter runs it in a temporary store and copies the
entity tables into the server database in dependency order.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from bibliomobile.services.demo.create import DemoSummary, create_demo
from bibliomobile.store.uow import Store

from .access_notes import seal_plain_notes
from .models import entity_tables

COPY_BATCH = 5000


class NotEmpty(ValueError):
    """The server database already holds entity rows."""


def server_is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        for table in entity_tables().values():
            if conn.scalar(select(func.count()).select_from(table)):
                return False
    return True


def load_demo(
    engine: Engine,
    *,
    items: int,
    patrons: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Generate the demo network and copy it into the (empty, migrated) server database."""
    say = progress or (lambda _message: None)
    if not server_is_empty(engine):
        raise NotEmpty("La base du serveur contient déjà des données : rien n'a été modifié.")
    with tempfile.TemporaryDirectory(prefix="bibliomobile-demo-") as tmp:
        store = Store.open(Path(tmp) / "demo.sqlite3")
        try:
            summary = create_demo(
                store.engine, items=items, patrons=patrons, seed=seed, today=today, progress=say
            )
            tables = entity_tables()
            with store.engine.connect() as source, engine.begin() as target:
                for name, table in tables.items():
                    result = source.execution_options(yield_per=COPY_BATCH).execute(select(table))
                    copied = 0
                    for partition in result.mappings().partitions(COPY_BATCH):
                        target.execute(insert(table), [dict(row) for row in partition])
                        copied += len(partition)
                    if copied:
                        say(f"Serveur : {name} ({copied} lignes) copiées.")
                seal_plain_notes(target)  # the notes rest sealed on the server
        finally:
            store.close()
    return summary
