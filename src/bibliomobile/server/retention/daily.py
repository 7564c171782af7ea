"""The retention job once a day inside ``serve``: a background thread that applies the
rules when no run was recorded for today (so a restart does not run it twice)."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from sqlalchemy import Engine, select

from ..models import retention_runs
from ..sync.state import SyncServer
from .job import run_retention

log = logging.getLogger(__name__)

#: Seconds between two looks at the calendar.
CHECK_EVERY_S = 3600.0


def ran_today(engine: Engine, today: dt.date) -> bool:
    with engine.connect() as conn:
        return (
            conn.scalar(select(retention_runs.c.id).where(retention_runs.c.today == today))
            is not None
        )


def run_if_due(engine: Engine, server: SyncServer, today: dt.date | None = None) -> bool:
    """Apply the rules unless already done today; returns whether it ran."""
    day = today or dt.date.today()
    if ran_today(engine, day):
        return False
    report = run_retention(engine, day, apply=True, server=server)
    log.info(
        "retention %s: %d loans anonymised, %d patrons deleted",
        day,
        report.loans_anonymised,
        report.patrons_deleted,
    )
    return True


def start_daily(engine: Engine, server: SyncServer) -> threading.Event:
    """Start the daily thread; set the returned event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                run_if_due(engine, server)
            except Exception:  # a failed run is retried at the next look, never fatal
                log.exception("retention job failed")
            stop.wait(CHECK_EVERY_S)

    threading.Thread(target=loop, name="retention-daily", daemon=True).start()
    return stop
