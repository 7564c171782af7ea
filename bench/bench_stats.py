"""Statistics (issue 21, coordinators): the annual report of the 500,000-item network.

The demo network of the other benchmarks (500,000 items, 50,000 patrons) loaded with
a whole year of circulation (the demo's history stretched from 120 to 365 days, the
reference day on 1 January of the next year), then, in a fresh unit of work each:

- **first table**: the scope resolved and the bookmobile's visit tables computed
  (``first_section``: per stop, tour, month, with the charts), what the Statistiques
  workspace computes before it shows its first table;
- **whole bookmobile section**: the same with the tables that read every loan's item
  and borrower (documents by type and audience, active borrowers), which the workspace
  computes after showing the first table (the figure the first row gave until then);
- **full PDF**: every section, the survey's, and the PDF annual report rendered.

Baseline, same run, same file: a bare ``SELECT stop_id, count(*) … GROUP BY`` of the
year's loans (the least any loans-per-stop figure costs).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from bench.common import Context, Row, median, timed, verdict
from bibliomobile.services.demo import create
from bibliomobile.services.stats.common import parse_period, resolve_scope
from bibliomobile.services.stats.report import annual_report, build_section, first_section
from bibliomobile.services.stats.report_pdf import report_pdf
from bibliomobile.store.uow import Store

ISSUE = "21 statistics"
ITEMS, PATRONS = 500_000, 50_000
YEAR = 2026
BASELINE = (
    "SELECT v.stop_id, count(*) FROM circulation_events e"
    " JOIN stop_visits v ON v.id = e.visit_id"
    " WHERE e.kind = 'checkout' AND v.date BETWEEN ? AND ? GROUP BY v.stop_id"
)


def year_of_circulation(path: Path) -> tuple[Path, int]:
    """The demo network with a year of loans at ``path`` (built once); its loans."""
    if not path.exists():
        store = Store.open(path)
        saved = create.PAST_DAYS
        create.PAST_DAYS = 365  # a year of history instead of the demo's four months
        try:
            create.create_demo(
                store.engine, items=ITEMS, patrons=PATRONS, seed=1, today=dt.date(YEAR + 1, 1, 1)
            )
        finally:
            create.PAST_DAYS = saved
            store.close()
    db = sqlite3.connect(path)
    loans = db.execute(
        "SELECT count(*) FROM circulation_events WHERE kind = 'checkout'"
    ).fetchone()[0]
    db.close()
    return path, int(loans)


def run(ctx: Context) -> list[Row]:
    started = time.perf_counter()
    path, loans = year_of_circulation(ctx.workdir / "stats-year-500000.sqlite3")
    built = time.perf_counter() - started
    period = parse_period(str(YEAR))
    repeat = 1 if ctx.quick else 2  # a report takes seconds; the build dominates
    store = Store.open(path)
    try:

        def first_table() -> None:
            with store.unit_of_work() as uow:
                first_section(uow, period, resolve_scope(uow, None))

        def bookmobile() -> None:
            with store.unit_of_work() as uow:
                build_section(uow, "bookmobile", period, resolve_scope(uow, None))

        pages: list[int] = []

        def full_pdf() -> None:
            with store.unit_of_work() as uow:
                pages.append(len(report_pdf(annual_report(uow, period))))

        first = median(timed(first_table, repeat))
        whole = median(timed(bookmobile, repeat))
        full = median(timed(full_pdf, repeat))
    finally:
        store.close()
    db = sqlite3.connect(path)
    base = median(
        timed(
            lambda: db.execute(BASELINE, (f"{YEAR}-01-01", f"{YEAR}-12-31")).fetchall(), repeat * 3
        )
    )
    db.close()
    what = (
        f"{ITEMS:,} items, {PATRONS:,} patrons, {loans:,} loans in {YEAR} (built in {built:.0f} s)"
    )
    return [
        Row(
            ISSUE,
            f"annual report, time to the first table (bookmobile per stop, tour, month) — {what}",
            f"{first / 1000:.2f} s",
            f"bare SELECT count(*) … GROUP BY stop: {base / 1000:.2f} s",
            f"{first / base:.1f}×",
            "< 3 s",
            verdict(first < 3000),
        ),
        Row(
            ISSUE,
            "annual report, whole bookmobile section (+ documents by type, active borrowers), "
            "computed after the first table is shown",
            f"{whole / 1000:.2f} s",
            f"bare SELECT count(*) … GROUP BY stop: {base / 1000:.2f} s",
            f"{whole / base:.1f}×",
            "—",
            "measured",
        ),
        Row(
            ISSUE,
            f"annual report, full PDF (all sections, survey, charts; {pages[-1] // 1024} KiB)",
            f"{full / 1000:.2f} s",
            f"bare SELECT count(*) … GROUP BY stop: {base / 1000:.2f} s",
            f"{full / base:.1f}×",
            "< 15 s",
            verdict(full < 15000),
        ),
    ]
