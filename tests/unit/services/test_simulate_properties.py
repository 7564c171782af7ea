"""``simulate`` on any day of the year, for 1 to 60 days, with any seed: never raises, and
what it leaves is consistent.

A small demo network (its "today" fixed on the day the crash was reported) is played from
a start date drawn over the whole year around it — public holidays, school holidays and
the summer break included — for 1 to 60 days, with any seed. Invariants after each run:

- every item has one open loan at most, and it is the one the log gives: the loan index
  rebuilt from scratch is the same (a checkout of an item out to someone else is a
  transfer, by design: the later event is the open loan);
- an item is in one active bag at most, and every bag is in a known state;
- no request still waiting on a cancelled visit.

A simulated day takes about a second (several on a loaded machine), so the search is
bounded (``max_examples``, about 2–3 minutes in all); the issue's own cases are always
played (``@example``). The summer break, 14 July, Christmas and New Year's Day are in
the range the dates are drawn from.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from bibliomobile.domain.enums import BagStatus
from bibliomobile.services.demo.create import create_demo
from bibliomobile.services.simulate.days import simulate
from bibliomobile.store.projections import rebuild_loan_state
from bibliomobile.store.uow import Store

DEMO_TODAY = dt.date(2026, 12, 3)
YEAR = (DEMO_TODAY - dt.timedelta(days=300), DEMO_TODAY + dt.timedelta(days=65))
PLAYED: list[tuple[dt.date, int, int]] = []
#: Drawn examples: a few in make test; `make bench` (bench/bench_simulate.py) plays many more.
EXAMPLES = int(os.environ.get("BIBLIOMOBILE_SIMULATE_EXAMPLES", "4"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("simdemo") / "demo.sqlite3"
    store = Store.open(path)
    create_demo(store.engine, items=400, patrons=60, seed=3, today=DEMO_TODAY)
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    store.close()
    yield path


def _no_fsync(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def _check_invariants(store: Store) -> None:
    with store.unit_of_work() as uow:
        conn = uow.session.connection()
        before = set(conn.execute(text("SELECT item_id, event_id FROM loan_state")).all())
        rebuild_loan_state(conn)
        after = set(conn.execute(text("SELECT item_id, event_id FROM loan_state")).all())
        assert before == after, "the loan index differs from the log"
        statuses = set(conn.execute(text("SELECT DISTINCT status FROM bags")).scalars())
        assert statuses <= {s.value for s in BagStatus}
        in_two_bags = conn.execute(
            text(
                "SELECT bi.item_id FROM bag_items bi JOIN bags b ON b.id = bi.bag_id "
                "WHERE NOT bi.removed AND b.status IN ('preparing', 'ready') "
                "GROUP BY bi.item_id HAVING count(*) > 1"
            )
        ).all()
        assert in_two_bags == []
        waiting_on_cancelled = conn.execute(
            text(
                "SELECT r.id FROM requests r JOIN stop_visits v ON v.id = r.visit_id "
                "WHERE v.status = 'cancelled' AND r.status IN ('new', 'preparing', 'ready')"
            )
        ).all()
        assert waiting_on_cancelled == []


@pytest.mark.slow
@pytest.mark.timeout(max(900, 40 * EXAMPLES))  # all the examples are one test
@settings(
    # make test plays a few; `make bench` (bench/bench_simulate.py) plays many more.
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.dates(min_value=YEAR[0], max_value=YEAR[1]),
    days=st.integers(min_value=1, max_value=60),
    seed=st.integers(min_value=0, max_value=2**16),
)
@example(start=DEMO_TODAY - dt.timedelta(days=6), days=7, seed=9)  # the week
@example(start=DEMO_TODAY - dt.timedelta(days=9), days=10, seed=1)  # --days 10 fails
def test_simulate_never_raises_and_leaves_a_consistent_network(
    demo_file: Path, tmp_path: Path, start: dt.date, days: int, seed: int
) -> None:
    path = tmp_path / f"sim-{start}-{days}-{seed}.sqlite3"
    shutil.copyfile(demo_file, path)
    store = Store.open(path)
    # Durability is not what is tested here: without an fsync per action the run is
    # several times shorter, so more dates and seeds fit in the time.
    event.listen(store.engine, "connect", _no_fsync)
    store.engine.dispose()
    try:
        report = simulate(store.transactions(), days=days, seed=seed, start=start)
        assert report.first_day == start
        _check_invariants(store)
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    PLAYED.append((start, days, seed))


def test_zz_report_how_much_was_played() -> None:
    """Not a check: prints how many simulated days the property test played (for the note)."""
    if PLAYED:
        total = sum(days for _start, days, _seed in PLAYED)
        print(f"simulate property test: {len(PLAYED)} runs, {total} simulated days")
    report = os.environ.get("BIBLIOMOBILE_SIMULATE_REPORT")
    if report:  # read by bench/bench_simulate.py
        played = [{"start": str(a), "days": d, "seed": s} for a, d, s in PLAYED]
        Path(report).write_text(json.dumps(played), encoding="utf-8")
