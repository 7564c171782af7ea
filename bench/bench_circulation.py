"""Circulation desk (issue 4) and the cost of a captured write (issue 2).

The demo network (``bibliomobile demo``, seed 1, through ``bench/demo_cache.py``) with
500,000 items and 50,000 patrons (``--quick``: 50,000 / 5,000) and its circulation
history, copied so the shared file stays untouched, then:

- **service path**: a checkout scanned at the desk (``services.desk.scan`` with a
  patron at the desk: item lookup, blocks, due date on the stop's next visit, event
  + item update + outbox rows, FULL-synchronous commit, refreshed patron panel);
- **GUI path**: the same through the real "Arrêt" workspace: keys typed into the scan
  field → desk queue → database worker → panel and banner updated on the GUI thread;
- **issue 2**: one checkout-style write (one ``CirculationEvent`` through the unit of
  work, so with its outbox row) and its commit.

Baseline, same run, same file: a bare one-row INSERT + COMMIT with
``synchronous=FULL`` (plain sqlite3), timed just before each sample, i.e. what one
durable transaction costs on this disk at that moment. The ratio says how much the application adds on top of the fsync it cannot avoid.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from bench.common import Context, Row, percentile, verdict
from bench.demo_cache import demo_db
from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState, OutcomeKind
from bibliomobile.services.drive.desk import bag_scan
from bibliomobile.store.models import (
    CirculationEvent,
    Item,
    Patron,
    StopVisit,
)
from bibliomobile.store.uow import Store

GOAL_SCAN_MS = 30.0
GOAL_WRITE_MS = 20.0
SAMPLES = 300


def _sizes(ctx: Context) -> tuple[int, int]:
    return (50_000, 5_000) if ctx.quick else (500_000, 50_000)


def _world(ctx: Context) -> Path:
    """A private copy of the shared demo database (this benchmark writes to it)."""
    items, patrons = _sizes(ctx)
    shared = demo_db(ctx, items, patrons)
    path = ctx.workdir / f"circulation-{items}-{patrons}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(str(shared))
    target = sqlite3.connect(str(path))
    source.backup(target)
    target.close()
    source.close()
    return path


class _BareCommit:
    """The baseline: a plain sqlite3 connection on the same file, one-row INSERT + COMMIT
    with synchronous=FULL. Timed once before each measured sample, so baseline and
    figure see the same moments of this shared, noisy machine."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(str(path), isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, x TEXT)")
        self.samples: list[float] = []

    def once(self) -> None:
        start = time.perf_counter()
        self._conn.execute("BEGIN")
        self._conn.execute("INSERT INTO bench_bare (x) VALUES ('row')")
        self._conn.execute("COMMIT")
        self.samples.append((time.perf_counter() - start) * 1000)

    def take(self) -> list[float]:
        taken, self.samples = self.samples, []
        return taken

    def close(self) -> None:
        self._conn.execute("DROP TABLE bench_bare")
        self._conn.close()


def _candidates(store: Store, rng: random.Random) -> tuple[list[str], list[str], str]:
    """Cards of patrons free to borrow five more items, lendable barcodes (in a van, not
    lent, not set aside) and a visit of one of today's or the next days' stops."""
    today = dt.date.today()
    with store.reader() as s:
        cards = list(
            s.scalars(
                select(Patron.card_barcode)
                .where(Patron.blocked_reason.is_(None))
                .where((Patron.card_expiry.is_(None)) | (Patron.card_expiry >= today))
                .where(
                    text(
                        "(SELECT count(*) FROM loan_state l WHERE l.patron_id = patrons.id) "
                        "<= patrons.max_loans - 5 AND NOT EXISTS (SELECT 1 FROM loan_state l "
                        "WHERE l.patron_id = patrons.id AND l.due_date < :today)"
                    ).bindparams(today=today)
                )
            )
        )
        free = list(
            s.scalars(
                select(Item.barcode)
                .where(Item.location == "van", Item.withdrawn.is_(False))
                .where((Item.set_aside_until.is_(None)) | (Item.set_aside_until <= today))
                .where(text("items.id NOT IN (SELECT item_id FROM loan_state)"))
            )
        )
        visit = s.scalar(
            select(StopVisit.id)
            .where(StopVisit.date >= today, StopVisit.status == "planned")
            .order_by(StopVisit.date)
            .limit(1)
        )
    rng.shuffle(cards)
    rng.shuffle(free)
    assert visit is not None, "the demo network has no visit planned from today"
    assert len(free) >= 2 * SAMPLES and len(cards) >= 2 * SAMPLES // 5, (len(free), len(cards))
    return cards, free, visit


def _service_path(
    store: Store, cards: list[str], free: list[str], visit: str, bare: _BareCommit
) -> list[float]:
    out: list[float] = []
    desk = Desk(scan_handlers=(bag_scan,))
    state = DeskState(visit_id=visit)
    for n in range(SAMPLES):
        if n % 5 == 0:  # a new patron every five items
            with store.unit_of_work() as uow:
                state = desk.scan(uow, DeskState(visit_id=visit), cards.pop()).state
        code = free.pop()
        bare.once()
        start = time.perf_counter()
        with store.unit_of_work() as uow:
            outcome = desk.scan(uow, state, code)
            uow.commit()
        out.append((time.perf_counter() - start) * 1000)
        assert outcome.kind == OutcomeKind.CHECKOUT, outcome.message
    return out


def _write_path(store: Store, n: int, bare: _BareCommit) -> list[float]:
    with store.reader() as s:
        items = list(s.scalars(select(Item.id).limit(n)))
    out = []
    for item_id in items:
        bare.once()
        start = time.perf_counter()
        with store.unit_of_work() as uow:
            uow.session.add(
                CirculationEvent(
                    kind="checkin",
                    item_id=item_id,
                    occurred_at=dt.datetime.now(),
                    hlc=str(uow.clock.now()),
                    device_id=uow.device_id,
                    flag="no_loan",
                )
            )
            uow.commit()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _gui_path(
    store: Store, cards: list[str], free: list[str], workdir: Path, bare: _BareCommit
) -> tuple[list[float], list[float]]:
    """Scan-to-screen latencies, and the same minus the desk task on the worker."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bibliomobile.ui.status import StatusBar
    from bibliomobile.ui.stop.workspace import StopWorkspace
    from bibliomobile.ui.worker import DbWorker
    from bibliomobile.ui.workspaces import WorkspaceContext

    app = QApplication.instance() or QApplication([])
    worker = DbWorker(store)
    status = StatusBar(store.device_id, store.path)
    settings = QSettings(str(workdir / "bench-settings.ini"), QSettings.Format.IniFormat)
    page = StopWorkspace(WorkspaceContext(store, worker, status, settings, "fr"))
    page.show()
    worker.wait_idle()
    shown: list[Any] = []
    page.shown.connect(shown.append)
    task_ms: list[float] = []
    real_scan = Desk.scan

    def timed_scan(*args: Any, **kwargs: Any) -> DeskOutcome:
        started = time.perf_counter()
        try:
            return real_scan(*args, **kwargs)
        finally:
            task_ms.append((time.perf_counter() - started) * 1000)

    Desk.scan = timed_scan  # type: ignore[method-assign]

    def scan(code: str) -> None:
        # Wait in a real event loop, as the application does: a polling loop here would
        # hold the GIL and slow the worker thread down.
        loop = QEventLoop()
        page.shown.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(10_000)
        before = len(shown)
        QTest.keyClicks(page.scan_field, code)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        if len(shown) == before:
            loop.exec()
        timer.stop()
        page.shown.disconnect(loop.quit)
        if len(shown) == before:
            raise TimeoutError(code)

    out: list[float] = []
    overhead: list[float] = []
    try:
        for n in range(SAMPLES):
            if n % 5 == 0:
                scan(cards.pop())
            bare.once()
            start = time.perf_counter()
            scan(free.pop())
            out.append((time.perf_counter() - start) * 1000)
            overhead.append(out[-1] - task_ms[-1])
            outcome = shown[-1]
            assert outcome.kind == OutcomeKind.CHECKOUT, outcome.message
            assert outcome.panel is not None
            assert page.patron.loans.count() == len(outcome.panel.loans) >= (n % 5) + 1
    finally:
        Desk.scan = real_scan  # type: ignore[method-assign]
        worker.wait_idle()
        worker.stop()
        page.deleteLater()
        status.deleteLater()
        app.processEvents()
    return out, overhead


def _row(
    what: str, samples: list[float], bare: list[float], goal: float | None, issue: str = "4"
) -> Row:
    p95, base = percentile(samples, 95), percentile(bare, 95)
    median, base_median = percentile(samples, 50), percentile(bare, 50)
    return Row(
        issue=issue,
        what=what,
        figure=f"p95 {p95:.1f} ms (median {median:.1f} ms, n={len(samples)})",
        baseline=f"bare INSERT+COMMIT, synchronous=FULL: p95 {base:.1f} ms (median {base_median:.1f} ms)",
        ratio=f"×{p95 / base:.1f} (median ×{median / base_median:.1f})" if base > 0 else "n/a",
        goal=f"p95 < {goal:.0f} ms" if goal is not None else "(breakdown of the row above)",
        verdict=verdict(p95 < goal) if goal is not None else "info",
    )


def run(ctx: Context) -> list[Row]:
    path = _world(ctx)
    items, patrons = _sizes(ctx)
    size = f"{items:_} items, {patrons:_} patrons".replace("_", " ")
    store = Store.open(path)
    bare = _BareCommit(path)
    rng = random.Random(11)
    try:
        cards, free, visit = _candidates(store, rng)
        service = _service_path(store, cards, free, visit, bare)
        service_bare = bare.take()
        gui, gui_overhead = _gui_path(store, cards, free, ctx.workdir, bare)
        gui_bare = bare.take()
        write = _write_path(store, SAMPLES, bare)
        write_bare = bare.take()
    finally:
        bare.close()
        store.close()
    return [
        _row(f"checkout scan → result, service path ({size})", service, service_bare, GOAL_SCAN_MS),
        _row(f"checkout scan → panel shown, GUI path ({size})", gui, gui_bare, GOAL_SCAN_MS),
        _row(
            "  of which GUI only (typing, queue, worker hand-offs, panel update)",
            gui_overhead,
            gui_bare,
            None,
        ),
        _row(
            "one checkout-style write + its outbox row, synchronous=FULL",
            write,
            write_bare,
            GOAL_WRITE_MS,
            issue="2",
        ),
    ]
