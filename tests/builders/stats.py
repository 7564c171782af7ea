"""A small demo network with a simulated year, for the statistics tests.

The demo (1,500 items, 300 patrons, its history ending on 31 December 2025) gets the
visits its timetable gives for the whole of ``YEAR`` (what a coordinator's "Générer
les passages" does), then ``simulate --days 365`` plays the year through the real
services: visits opened and closed with visitor counts, loans, returns, renewals,
drive requests and bags, home-delivery rounds with their outcomes. Fixed seeds.

What makes a year affordable (about 6 s a simulated day before): the home-delivery
planner searches ``PLANNING_BUDGET_S`` a weekday instead of a second (it placed every
visit it could within that on this network; only the rounds' length suffers), and the
database skips the fsync after each action (durability is not what these tests check).
The file is built once and kept in the pytest cache, keyed by the code that writes it
(see ``network_key``): a run after a change to that code builds it again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from bibliomobile.cli import main
from bibliomobile.services.bookmobile.visit_generation import generate_visits
from bibliomobile.services.simulate.days import simulate
from bibliomobile.store.models import Tour
from bibliomobile.store.uow import Store, UnitOfWork

YEAR = "2026"
FIRST_DAY = dt.date(2026, 1, 1)
LAST_DAY = dt.date(2026, 12, 31)
SIMULATED_DAYS = (LAST_DAY - FIRST_DAY).days + 1
PLANNING_BUDGET_S = 0.1
DEMO = ("--items", "1500", "--patrons", "300", "--seed", "1")
SIMULATION_SEED = 3

_SOURCE = Path(__file__).resolve().parents[2] / "src" / "bibliomobile"
#: What the statistics read but do not write: a change there keeps the cached network.
_NOT_WRITING = ("ui", "server", "services/stats", "resources")


def network_key() -> str:
    """A digest of the code that writes the network (every source file below
    ``src/bibliomobile`` but the GUI, the server and the statistics), and of this
    builder: the cache key of the built file."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(_SOURCE.rglob("*.py")):
        relative = path.relative_to(_SOURCE).as_posix()
        if relative.startswith(_NOT_WRITING):
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _no_fsync(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def _year_of_visits(uow: UnitOfWork) -> None:
    for tour_id in list(uow.session.scalars(select(Tour.id).order_by(Tour.name))):
        generate_visits(uow, tour_id=tour_id, start=FIRST_DAY, end=LAST_DAY, today=FIRST_DAY)


def build_simulated_network(path: Path) -> Path:
    """Create the demo at ``path``, give it a year of visits and play the year."""
    today = (FIRST_DAY - dt.timedelta(days=1)).isoformat()
    assert main(["demo", "--db", str(path), *DEMO, "--today", today]) == 0
    store = Store.open(path)
    event.listen(store.engine, "connect", _no_fsync)
    store.engine.dispose()
    try:
        store.transactions()(_year_of_visits)
        simulate(
            store.transactions(),
            days=SIMULATED_DAYS,
            seed=SIMULATION_SEED,
            start=FIRST_DAY,
            planning_budget_s=PLANNING_BUDGET_S,
        )
        raw = store.engine.raw_connection()
        try:  # everything into the main file: a copy needs no WAL
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    finally:
        store.close()
    return path


@contextmanager
def _building_lock(cache_dir: Path) -> Iterator[None]:
    """An exclusive lock on the cache folder (released by the system if the process dies)."""
    with (cache_dir / ".lock").open("a") as lock:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def cached_simulated_network(cache_dir: Path, work_dir: Path) -> Path:
    """The simulated network from ``cache_dir`` (built there first if its key is new),
    copied into ``work_dir``: the cached file itself is never opened by a test."""
    cached = cache_dir / f"network-{network_key()}.sqlite3"
    with _building_lock(cache_dir):  # pytest-xdist: one worker builds, the others wait
        if not cached.exists():
            built = build_simulated_network(work_dir / "building.sqlite3")
            partial = cache_dir / f".{cached.name}.{os.getpid()}"
            shutil.copyfile(built, partial)
            os.replace(partial, cached)  # atomic: an interrupted copy is never used
            for old in cache_dir.glob("network-*.sqlite3"):
                if old != cached:
                    old.unlink(missing_ok=True)
    copy = work_dir / "network.sqlite3"
    shutil.copyfile(cached, copy)
    return copy
