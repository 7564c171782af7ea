"""Retention (issue 16): the retention job on the 500,000-item / 50,000-patron network
with two years of circulation.

The network is the demo of the other benchmarks with its history stretched from 120
to 730 days (the demo's bulk loader writes the loans: ``simulate`` would take hours
for two years of 50,000 patrons), reference day 1 January 2027, copied into an SQLite
server database (``ATTACH`` and ``INSERT … SELECT``). The job then runs as of that
day (``--apply``): old loans unlinked (with their borrower tokens), patrons past their
term deleted with their requests, bags' links and profiles, history redacted, every
change appended to the pull feed.

Baseline, same run, on a second copy of the same file: the bare SQL that changes the
same rows — ``UPDATE circulation_events SET patron_id = NULL`` of the same events, and
``DELETE`` of the same patrons and of their dependent rows, ids from a temporary
table — with no tokens, no history, no pull feed.

Building the network takes minutes: ``BIBLIOMOBILE_BENCH_RETENTION_DB`` may name a
server file this module built before (``retention-server.sqlite3``), copied, not
changed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

from bench.common import Context, Row, verdict
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import entity_tables
from bibliomobile.server.retention.job import past_loans, past_patrons, run_retention
from bibliomobile.server.retention.rules import loan_details_cutoff, months_before
from bibliomobile.server.sync.state import SyncServer
from bibliomobile.services.demo import create
from bibliomobile.store.uow import Store

ISSUE = "16 retention"
ITEMS, PATRONS = 500_000, 50_000
TODAY = dt.date(2027, 1, 1)
DAYS = 730


def two_years(path: Path) -> Path:
    """The demo device database with two years of loans at ``path`` (built once)."""
    if not path.exists():
        store = Store.open(path)
        saved = create.PAST_DAYS
        create.PAST_DAYS = DAYS
        try:
            create.create_demo(store.engine, items=ITEMS, patrons=PATRONS, seed=1, today=TODAY)
        finally:
            create.PAST_DAYS = saved
            store.close()
    return path


def server_copy(device: Path, path: Path) -> Path:
    """An SQLite server database holding the device database's entity tables."""
    if path.exists():
        return path
    engine = create_server_engine(str(path))
    upgrade(engine)
    engine.dispose()
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("ATTACH ? AS demo", (str(device),))
    for name, table in entity_tables().items():
        columns = ", ".join(f'"{c.name}"' for c in table.c)
        db.execute(f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM demo."{name}"')
    db.commit()
    db.execute("DETACH demo")
    db.close()
    return path


def bare(path: Path) -> tuple[float, int]:
    """The baseline: the same rows changed by bare SQL; seconds (the selection of the
    rows not counted) and rows changed."""
    engine = create_server_engine(str(path))
    server = SyncServer(engine)
    with engine.connect() as conn:
        loans = [
            event_id
            for event_id, *_ in past_loans(server, conn, _at(loan_details_cutoff(TODAY, 4)))
        ]
        patrons = past_patrons(server, conn, _at(months_before(TODAY, 12)))
    engine.dispose()
    db = sqlite3.connect(path)
    db.execute("CREATE TEMP TABLE gone_events(id TEXT PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE gone_patrons(id TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO gone_events VALUES (?)", [(i,) for i in loans])
    db.executemany("INSERT INTO gone_patrons VALUES (?)", [(i,) for i in patrons])
    db.commit()
    started = time.perf_counter()
    changed = 0
    statements = (
        "UPDATE circulation_events SET patron_id = NULL WHERE id IN (SELECT id FROM gone_events)",
        "UPDATE circulation_events SET patron_id = NULL"
        " WHERE patron_id IN (SELECT id FROM gone_patrons)",
        "UPDATE bags SET patron_id = NULL WHERE patron_id IN (SELECT id FROM gone_patrons)",
        "DELETE FROM request_lines WHERE request_id IN"
        " (SELECT id FROM requests WHERE patron_id IN (SELECT id FROM gone_patrons))",
        "DELETE FROM request_status_changes WHERE request_id IN"
        " (SELECT id FROM requests WHERE patron_id IN (SELECT id FROM gone_patrons))",
        "DELETE FROM requests WHERE patron_id IN (SELECT id FROM gone_patrons)",
        "DELETE FROM patrons WHERE id IN (SELECT id FROM gone_patrons)",
    )
    db.execute("BEGIN")
    for sql in statements:
        changed += db.execute(sql).rowcount
    db.commit()
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, changed


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def run(ctx: Context) -> list[Row]:
    started = time.perf_counter()
    server_file = ctx.workdir / "retention-server.sqlite3"
    prebuilt = os.environ.get("BIBLIOMOBILE_BENCH_RETENTION_DB")
    if prebuilt and not server_file.exists():
        shutil.copyfile(prebuilt, server_file)
    if not server_file.exists():
        device = two_years(ctx.workdir / "retention-two-years.sqlite3")
        server_copy(device, server_file)
    built = time.perf_counter() - started
    db = sqlite3.connect(server_file)
    events = db.execute("SELECT count(*) FROM circulation_events").fetchone()[0]
    db.close()
    job_file = ctx.workdir / "retention-job.sqlite3"
    bare_file = ctx.workdir / "retention-bare.sqlite3"
    shutil.copyfile(server_file, job_file)
    shutil.copyfile(server_file, bare_file)

    engine = create_server_engine(str(job_file))
    begin = time.perf_counter()
    report = run_retention(engine, TODAY, apply=True)
    job = time.perf_counter() - begin
    engine.dispose()
    base, base_rows = bare(bare_file)
    rows = sum(report.rows.values())
    what = (
        f"{ITEMS:,} items, {PATRONS:,} patrons, {events:,} circulation events over "
        f"{DAYS} days ({'copied' if prebuilt else 'built'} in {built:.0f} s), SQLite server: {report.loans_anonymised:,} "
        f"loans unlinked, {report.patrons_deleted:,} patrons deleted, {rows:,} rows "
        f"changed ({report.tokens_written:,} borrower tokens written, every change in "
        "the pull feed)"
    )
    return [
        Row(
            ISSUE,
            f"retention job (--apply) — {what}",
            f"{job:.1f} s",
            f"bare UPDATE/DELETE of the same rows ({base_rows:,} rows): {base:.1f} s",
            f"{job / base:.1f}×",
            "< 10 min (a nightly job)",
            verdict(job < 600),
        )
    ]
