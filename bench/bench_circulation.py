"""Circulation desk (issue 4) and the cost of a captured write (issue 2).

A store with 500,000 items and 50,000 patrons (``--quick``: 50,000 / 5,000), 30 stops
served every other week and a history of 100,000 circulation events, then:

- **service path**: a checkout scanned at the desk (``services.desk.scan`` with a
  patron at the desk: item lookup, blocks, due date on the stop's next visit, event
  + item update + outbox rows, FULL-synchronous commit, refreshed patron panel);
- **GUI path**: the same through the real "Arrêt" workspace: keys typed into the scan
  field → desk queue → database worker → panel and banner updated on the GUI thread;
- **issue 2**: one checkout-style write (one ``CirculationEvent`` through the unit of
  work, so with its outbox row) and its commit.

Baseline, same run, same file: a bare one-row INSERT + COMMIT with
``synchronous=FULL`` (plain sqlite3), i.e. what one durable transaction costs on this
disk. The ratio says how much the application adds on top of the fsync it cannot avoid.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from bench.common import Context, Row, percentile, verdict
from bibliomobile.domain.ids import new_id
from bibliomobile.services import desk
from bibliomobile.store.models import (
    CirculationEvent,
    Item,
    Library,
    Patron,
    Record,
    Stop,
    StopVisit,
    Tour,
)
from bibliomobile.store.projections import rebuild_loan_state
from bibliomobile.store.uow import Store

GOAL_SCAN_MS = 30.0
GOAL_WRITE_MS = 20.0
STOPS = 30
HISTORY_EVENTS = 100_000
SAMPLES = 300


def _sizes(ctx: Context) -> tuple[int, int]:
    return (50_000, 5_000) if ctx.quick else (500_000, 50_000)


def _build(path: Path, items: int, patrons: int, today: dt.date) -> None:
    """Reference data loaded as a pull from the server would (Core inserts), then a
    circulation history, then the loan index rebuilt from it."""
    store = Store.open(path)
    rng = random.Random(4)
    with store.engine.begin() as conn:
        library = new_id()
        conn.execute(
            insert(Library),
            [
                {
                    "id": library,
                    "code": "CEN",
                    "name": "Centrale",
                    "kind": "central",
                    "set_aside_days": 0,
                }
            ],
        )
        tour = new_id()
        conn.execute(
            insert(Tour),
            [{"id": tour, "name": "Tournée", "loan_days": 21, "active": True}],
        )
        stop_ids = [new_id() for _ in range(STOPS)]
        conn.execute(
            insert(Stop),
            [
                {
                    "id": s,
                    "tour_id": tour,
                    "commune": f"Commune {n}",
                    "place": "Place",
                    "position": n,
                    "active": True,
                }
                for n, s in enumerate(stop_ids)
            ],
        )
        visits = []
        for n, stop in enumerate(stop_ids):
            first = today - dt.timedelta(days=364 - n % 14)
            for k in range(54):
                visits.append(
                    {
                        "id": new_id(),
                        "stop_id": stop,
                        "date": first + dt.timedelta(days=14 * k),
                        "start_time": dt.time(9 + n % 8),
                        "end_time": dt.time(10 + n % 8),
                        "status": "planned",
                        "adults": 0,
                        "children": 0,
                        "new_registrations": 0,
                    }
                )
        conn.execute(insert(StopVisit), visits)
        records = [new_id() for _ in range(items // 2)]
        for start in range(0, len(records), 50_000):
            conn.execute(
                insert(Record),
                [
                    {
                        "id": r,
                        "title": f"Titre {n}",
                        "authors": "Auteur, Un",
                        "audience": "adult",
                        "format": "book",
                    }
                    for n, r in enumerate(records[start : start + 50_000], start)
                ],
            )
        item_ids = [new_id() for _ in range(items)]
        for start in range(0, items, 50_000):
            conn.execute(
                insert(Item),
                [
                    {
                        "id": i,
                        "barcode": f"3{n:011d}",
                        "record_id": records[n // 2],
                        "home_library_id": library,
                        "location": "van" if n % 100 < 2 else "stacks",
                        "withdrawn": False,
                    }
                    for n, i in enumerate(item_ids[start : start + 50_000], start)
                ],
            )
        patron_ids = [new_id() for _ in range(patrons)]
        conn.execute(
            insert(Patron),
            [
                {
                    "id": p,
                    "card_barcode": f"2{n:09d}",
                    "first_name": "Prénom",
                    "last_name": f"Nom{n}",
                    "preferred_channel": "email",
                    "card_expiry": today + dt.timedelta(days=300),
                    "home_stop_id": stop_ids[n % STOPS],
                    "max_loans": 15,
                }
                for n, p in enumerate(patron_ids)
            ],
        )
        # Loans of the past year, returned two weeks later, except the last few weeks'
        # (still out, due later): a realistic log with no overdue noise.
        events = []
        moment = dt.datetime.combine(today - dt.timedelta(days=330), dt.time(10))
        step = dt.timedelta(days=330) / (HISTORY_EVENTS // 2)
        recent = dt.datetime.combine(today - dt.timedelta(days=20), dt.time())
        while len(events) < HISTORY_EVENTS:
            moment += step
            item = item_ids[rng.randrange(items)]
            events.append(_event("checkout", item, patron_ids[rng.randrange(patrons)], moment))
            if moment < recent:
                events.append(_event("checkin", item, None, moment + dt.timedelta(days=14)))
        conn.execute(insert(CirculationEvent), events)
        rebuild_loan_state(conn)
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    store.close()


def _event(kind: str, item: str, patron: str | None, moment: dt.datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "kind": kind,
        "item_id": item,
        "patron_id": patron,
        "due_date": (moment + dt.timedelta(days=28)).date() if kind == "checkout" else None,
        "occurred_at": moment,
        "hlc": f"{int(moment.timestamp() * 1000):016d}-0000-dbench",
        "device_id": "dbench",
    }


def _world(ctx: Context, today: dt.date) -> Path:
    items, patrons = _sizes(ctx)
    key = f"circulation-{items}-{patrons}"
    cached = ctx.cache.get(key)
    if isinstance(cached, Path) and cached.exists():
        return cached
    path = ctx.workdir / f"{key}.sqlite3"
    started = time.perf_counter()
    _build(path, items, patrons, today)
    print(f"   built {items} items / {patrons} patrons in {time.perf_counter() - started:.0f} s")
    ctx.cache[key] = path
    return path


def _bare_commit_ms(path: Path, n: int) -> list[float]:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id INTEGER PRIMARY KEY, x TEXT)")
    out = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO bench_bare (x) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - start) * 1000)
    conn.execute("DROP TABLE bench_bare")
    conn.close()
    return out


def _candidates(store: Store, rng: random.Random) -> tuple[list[str], list[str], str]:
    """Cards, lendable barcodes (in a van, not on loan) and a visit of today."""
    with store.reader() as s:
        cards = list(s.scalars(select(Patron.card_barcode)))
        free = list(
            s.scalars(
                select(Item.barcode)
                .where(Item.location == "van")
                .where(text("items.id NOT IN (SELECT item_id FROM loan_state)"))
            )
        )
        visit = s.scalar(
            select(StopVisit.id)
            .where(StopVisit.date >= dt.date.today())
            .order_by(StopVisit.date)
            .limit(1)
        )
    rng.shuffle(cards)
    rng.shuffle(free)
    assert visit is not None
    return cards, free, visit


def _service_path(store: Store, cards: list[str], free: list[str], visit: str) -> list[float]:
    out: list[float] = []
    state = desk.DeskState(visit_id=visit)
    for n in range(SAMPLES):
        if n % 5 == 0:  # a new patron every five items
            with store.unit_of_work() as uow:
                state = desk.scan(uow, desk.DeskState(visit_id=visit), cards.pop()).state
        code = free.pop()
        start = time.perf_counter()
        with store.unit_of_work() as uow:
            outcome = desk.scan(uow, state, code)
        out.append((time.perf_counter() - start) * 1000)
        assert outcome.kind == desk.OutcomeKind.CHECKOUT, outcome.message
    return out


def _write_path(store: Store, n: int) -> list[float]:
    with store.reader() as s:
        items = list(s.scalars(select(Item.id).limit(n)))
    out = []
    for item_id in items:
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


def _gui_path(store: Store, cards: list[str], free: list[str], workdir: Path) -> list[float]:
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
    try:
        for n in range(SAMPLES):
            if n % 5 == 0:
                scan(cards.pop())
            start = time.perf_counter()
            scan(free.pop())
            out.append((time.perf_counter() - start) * 1000)
            outcome = shown[-1]
            assert outcome.kind == desk.OutcomeKind.CHECKOUT, outcome.message
            assert outcome.panel is not None
            assert page.loans.count() == len(outcome.panel.loans) >= (n % 5) + 1
    finally:
        worker.wait_idle()
        worker.stop()
        page.deleteLater()
        status.deleteLater()
        app.processEvents()
    return out


def _row(what: str, samples: list[float], bare: list[float], goal: float, issue: str = "4") -> Row:
    p95 = percentile(samples, 95)
    base = percentile(bare, 95)
    return Row(
        issue=issue,
        what=what,
        figure=f"p95 {p95:.1f} ms (median {percentile(samples, 50):.1f} ms, n={len(samples)})",
        baseline=f"bare INSERT+COMMIT, synchronous=FULL: p95 {base:.1f} ms",
        ratio=f"×{p95 / base:.1f}" if base > 0 else "n/a",
        goal=f"p95 < {goal:.0f} ms",
        verdict=verdict(p95 < goal),
    )


def run(ctx: Context) -> list[Row]:
    today = dt.date.today()
    path = _world(ctx, today)
    items, patrons = _sizes(ctx)
    size = f"{items:_} items, {patrons:_} patrons".replace("_", " ")
    store = Store.open(path)
    rng = random.Random(11)
    try:
        cards, free, visit = _candidates(store, rng)
        bare = _bare_commit_ms(path, SAMPLES)
        service = _service_path(store, cards, free, visit)
        write = _write_path(store, SAMPLES)
        bare_again = _bare_commit_ms(path, SAMPLES)
        rows = [
            _row(f"checkout scan → result, service path ({size})", service, bare, GOAL_SCAN_MS),
            _row(
                "one checkout-style write + its outbox row, synchronous=FULL",
                write,
                bare,
                GOAL_WRITE_MS,
                issue="2",
            ),
        ]
        try:
            gui = _gui_path(store, cards, free, ctx.workdir)
        except ImportError as error:  # PySide6 is a dependency: this would be a broken install
            raise RuntimeError(f"GUI path not measurable: {error}") from error
        rows.insert(
            1,
            _row(f"checkout scan → panel shown, GUI path ({size})", gui, bare_again, GOAL_SCAN_MS),
        )
        return rows
    finally:
        store.close()
