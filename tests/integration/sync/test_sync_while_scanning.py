"""One writer at a time: the desk keeps scanning while the van syncs, and never has to rescan.

Two threads write one SQLite file, as in the GUI (the database worker and the sync
thread): 500 scans at the desk (each reads the item's loan, then writes a checkout or a
return) while a sync loop pushes them and pulls an office's edits. Every scan is
recorded, none fails with "database is locked", and the server receives them all.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from sqlalchemy import Engine, func, select

from bibliomobile.server.models import entity_tables
from bibliomobile.services.circulation.loans import checkin, checkout
from bibliomobile.services.circulation.open_loans import loan_of
from bibliomobile.services.sync import client as sync
from bibliomobile.store.models import CirculationEvent, Item, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import edit, enrolled, running, seed_network

SCANS = 500


def _scan(van: Store, n: int, items: list[str], patrons: list[str], visit: str) -> None:
    """One scan at the desk: the item is read, then lent or taken back."""
    with van.unit_of_work() as uow:
        item_id = items[n % len(items)]
        barcode = uow.session.scalar(select(Item.barcode).where(Item.id == item_id))
        assert barcode is not None
        if loan_of(uow, item_id) is None:
            checkout(uow, item_barcode=barcode, patron_id=patrons[n % len(patrons)], visit_id=visit)
        else:
            checkin(uow, item_barcode=barcode, visit_id=visit)
        uow.commit()


def test_a_sync_loop_and_500_scans_at_once(sqlite_engine: Engine, tmp_path: Path) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        enrolled(office, sqlite_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(van.transactions())
        sync.sync_once(office.transactions())

        done = threading.Event()
        sync_errors: list[str] = []
        rounds = 0

        def sync_loop() -> None:
            nonlocal rounds
            while not done.is_set():
                try:  # the office edits a patron of the tour: the van pulls it while scanning
                    edit(office, Patron, nord["patrons"][rounds % 3], phone=f"06{rounds:08d}")
                    sync.sync_once(office.transactions())
                    sync.sync_once(van.transactions())
                except Exception as error:  # counted, not raised: the figure is the count
                    sync_errors.append(repr(error))
                rounds += 1

        syncing = threading.Thread(target=sync_loop, name="sync-loop")
        syncing.start()
        scan_errors: list[str] = []
        try:
            for n in range(SCANS):
                try:
                    _scan(van, n, ids["items"], nord["patrons"], nord["visit"])
                except Exception as error:  # a scan the crew would have to redo
                    scan_errors.append(repr(error))
        finally:
            done.set()
            syncing.join(120)
        final = sync.sync_once(van.transactions())
        with van.unit_of_work() as uow:
            scanned = uow.session.scalar(
                select(func.count())
                .select_from(CirculationEvent)
                .where(CirculationEvent.device_id == van.device_id)
                .where(
                    CirculationEvent.occurred_at >= dt.datetime.combine(dt.date.today(), dt.time())
                )
            )
        events = entity_tables()["circulation_events"]
        with sqlite_engine.connect() as conn:
            on_server = conn.scalar(
                select(func.count()).select_from(events).where(events.c.device_id == van.device_id)
            )
        van.close()
        office.close()
    assert scan_errors == []
    assert sync_errors == []
    assert rounds >= 2, "the sync loop ran alongside the scans"
    assert scanned == SCANS
    assert on_server == SCANS, final
