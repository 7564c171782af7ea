"""Scanning while the van syncs (issue 13): what the desk pays for the one-writer rule.

A server process on a seeded SQLite database (one tour, 1,200 items, 200 patrons), a
van and an office enrolled. Each scan is the desk's work in one unit of work: the
item's loan is read, then the item is lent or taken back (circulation service), and
the transaction commits (FULL synchronous).

- **baseline**: scans with nothing else running;
- **figure**: as many scans while a second thread syncs the same van in a loop (push
  of the scans, pull of an office's patron edits), as the GUI's sync thread does beside
  its database worker.

Both on the same file in the same run; the ratio is p95 with sync / p95 without. Any
scan that fails (e.g. "database is locked") is counted: the goal is none.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from bench.common import Context, Row, percentile, verdict
from bench.sync_setup import running_server, seed_tour
from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.services.circulation.loans import checkin, checkout
from bibliomobile.services.circulation.open_loans import loan_of
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import enroll
from bibliomobile.store.models import CirculationEvent, Item, Patron
from bibliomobile.store.uow import Store

ISSUE = "13"
GOAL_RATIO = 3.0


def _scan(van: Store, barcode: str, patron_id: str) -> None:
    with van.unit_of_work() as uow:
        item_id = uow.session.scalar(select(Item.id).where(Item.barcode == barcode))
        assert item_id is not None
        if loan_of(uow, item_id) is None:
            checkout(uow, item_barcode=barcode, patron_id=patron_id)
        else:
            checkin(uow, item_barcode=barcode)
        uow.commit()


def _scans(
    van: Store, barcodes: list[str], patrons: list[str], count: int, errors: list[str]
) -> list[float]:
    out = []
    for n in range(count):
        start = time.perf_counter()
        try:
            _scan(van, barcodes[n % len(barcodes)], patrons[n % len(patrons)])
        except Exception as error:  # counted: a scan the crew would have to redo
            errors.append(repr(error))
        out.append((time.perf_counter() - start) * 1000)
    return out


def run(ctx: Context) -> list[Row]:
    scans = 200 if ctx.quick else 500
    folder = ctx.workdir / "concurrency"
    folder.mkdir(exist_ok=True)
    server_file = folder / "server.sqlite3"
    engine = create_server_engine(str(server_file))
    upgrade(engine)
    ids = seed_tour(engine, 1200, 200)
    codes = [
        devices.add_device(engine, "van", "crew", f"tour:{ids['tour']}").enrolment_code,
        devices.add_device(engine, "bureau", "coordinator", "all").enrolment_code,
    ]
    engine.dispose()
    with running_server(str(server_file)) as url:
        van, office = Store.open(folder / "van.sqlite3"), Store.open(folder / "office.sqlite3")
        for store, code in zip((van, office), codes, strict=True):
            enroll(store.transactions(), url, code)
            sync.sync_once(store.transactions())
        with van.reader() as s:
            barcodes = list(s.scalars(select(Item.barcode).order_by(Item.barcode)))
            patrons = list(s.scalars(select(Patron.id).order_by(Patron.id)))
        half = len(barcodes) // 2
        errors: list[str] = []
        alone = _scans(van, barcodes[: min(half, scans * 3 // 5)], patrons, scans, errors)
        errors_alone = len(errors)

        done = threading.Event()
        rounds = 0
        sync_errors: list[str] = []

        def sync_loop() -> None:
            nonlocal rounds
            while not done.is_set():
                try:
                    with office.unit_of_work() as uow:
                        patron = uow.session.get(Patron, patrons[rounds % len(patrons)])
                        assert patron is not None
                        patron.phone = f"07{rounds:08d}"
                        uow.commit()
                    sync.sync_once(office.transactions())
                    sync.sync_once(van.transactions())
                except Exception as error:
                    sync_errors.append(repr(error))
                rounds += 1

        syncing = threading.Thread(target=sync_loop, name="sync-loop")
        syncing.start()
        try:
            with_sync = _scans(van, barcodes[half : half + scans * 3 // 5], patrons, scans, errors)
        finally:
            done.set()
            syncing.join()
        sync.sync_once(van.transactions())
        with van.reader() as s:
            events = s.scalar(
                select(func.count())
                .select_from(CirculationEvent)
                .where(CirculationEvent.device_id == van.device_id)
            )
        van.close()
        office.close()
    errors_with = len(errors) - errors_alone
    p95_alone, p95_with = percentile(alone, 95), percentile(with_sync, 95)
    ratio = p95_with / p95_alone
    ok = errors_with == 0 and not sync_errors and ratio < GOAL_RATIO and events == 2 * scans
    return [
        Row(
            ISSUE,
            f"{scans} scans while the van syncs in a loop ({rounds} syncs): "
            f"{events} events, {errors_with} scan errors, {len(sync_errors)} sync errors; p95",
            f"{p95_with:.1f} ms (median {percentile(with_sync, 50):.1f} ms)",
            f"the same scans without sync: p95 {p95_alone:.1f} ms "
            f"(median {percentile(alone, 50):.1f} ms)",
            f"{ratio:.2f}",
            f"0 errors, p95 < {GOAL_RATIO:.0f}× without sync",
            verdict(ok),
        )
    ]
