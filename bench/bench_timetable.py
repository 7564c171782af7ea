"""Timetables (issue 4, coordinators): calendar generation, a cancellation cascade, outputs.

A fresh store with one tour of 20 stops, each served every other week with a summer
break, then:

- **generation**: ``generate_visits`` for a year (≈ 480 visits), then again (idempotent:
  nothing created). Baseline: the same number of ``StopVisit`` rows added directly
  through the unit of work (change capture included) and committed: the cost of the
  writes themselves, without rules, holidays or idempotency checks.
- **cancellation**: ``cancel_visit`` on a visit with 300 loans due and 40 drive requests
  (moved into the next visit's slots or flagged), and the patrons-to-notify list.
  Baseline: appending the same 300 renew events directly, and committing.
- **outputs**: the public PDF of the tour for six months and its iCalendar for a year.
  Baseline for the PDF: reportlab building a one-page document with one paragraph.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from bench.common import Context, Row, verdict
from bibliomobile.domain.enums import ScheduleKind
from bibliomobile.domain.schedule import Break, Rule
from bibliomobile.services.bookmobile import (
    ical,
    rule_changes,
    timetable_pdf,
    tours,
    visit_calendar,
    visit_changes,
    visit_generation,
)
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.store.models import (
    CirculationEvent,
    Item,
    Library,
    Patron,
    PickupSlot,
    Record,
    Request,
    StopVisit,
)
from bibliomobile.store.uow import Store

ISSUE = "4 timetables"
START = dt.date(2026, 1, 5)
END = dt.date(2026, 12, 31)
STOPS = 20
LOANS = 300
REQUESTS = 40


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _store(ctx: Context, name: str) -> Store:
    path = ctx.workdir / f"timetable-{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Store.open(path)


def _tour(store: Store) -> tuple[str, list[str]]:
    summer = Break(dt.date(2026, 7, 14), dt.date(2026, 8, 23), "pause estivale")
    with store.unit_of_work() as uow:
        tour = tours.create_tour(uow, "Tournée du banc d'essai", loan_days=28)
        stop_ids = []
        for n in range(STOPS):
            stop = tours.create_stop(
                uow,
                tour.tour_id,
                tours.StopData(
                    f"Commune {n:02d}", "place de la mairie", latitude=45.0, longitude=3.0
                ),
            )
            anchor = START + dt.timedelta(days=n % 5 + 7 * (n % 2))
            rule_changes.add_rule(
                uow,
                stop.stop_id,
                Rule(
                    kind=ScheduleKind.EVERY_N_WEEKS,
                    weekday=anchor.weekday(),
                    interval_weeks=2,
                    anchor_date=anchor,
                    start_time=dt.time(9 + n % 8, 0),
                    end_time=dt.time(10 + n % 8, 0),
                    valid_from=START,
                    breaks=(summer,),
                ),
            )
            stop_ids.append(stop.stop_id)
        uow.commit()
    return tour.tour_id, stop_ids


def _generation(ctx: Context) -> list[Row]:
    store = _store(ctx, "generation")
    tour_id, stop_ids = _tour(store)
    visit_calendar.holidays_between(
        START, END
    )  # the holidays package's one-time import, not measured
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        report = visit_generation.generate_visits(
            uow, tour_id=tour_id, start=START, end=END, today=START
        )
        uow.commit()
    first = _ms(started)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        again = visit_generation.generate_visits(
            uow, tour_id=tour_id, start=START, end=END, today=START
        )
        uow.commit()
    second = _ms(started)
    # Baseline: the same number of rows written directly, with change capture.
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        for n in range(report.created):
            uow.session.add(
                StopVisit(
                    stop_id=stop_ids[n % STOPS],
                    date=dt.date(2030, 1, 1) + dt.timedelta(days=n // STOPS),
                    start_time=dt.time(8, 0),
                    end_time=dt.time(9, 0),
                )
            )
        uow.commit()
    baseline = _ms(started)
    store.close()
    assert again.created == 0
    return [
        Row(
            ISSUE,
            f"generate a year of visits ({report.created}) for a 20-stop tour",
            f"{first:.0f} ms",
            f"{baseline:.0f} ms (same rows, direct)",
            f"{first / baseline:.1f}×",
            "< 3 s",
            verdict(first < 3000),
        ),
        Row(
            ISSUE,
            "generate again (idempotent, nothing created)",
            f"{second:.0f} ms",
            f"{baseline:.0f} ms",
            f"{second / baseline:.1f}×",
            "< 3 s",
            verdict(second < 3000),
        ),
    ]


def _cancellation(ctx: Context) -> list[Row]:
    store = _store(ctx, "cancellation")
    tour_id, stop_ids = _tour(store)
    stop_id = stop_ids[0]
    with store.unit_of_work() as uow:
        visit_generation.generate_visits(uow, tour_id=tour_id, start=START, end=END, today=START)
        uow.commit()
    with store.reader() as s:
        rows = s.execute(
            select(StopVisit.id, StopVisit.date)
            .where(StopVisit.stop_id == stop_id)
            .order_by(StopVisit.date)
        ).all()
    (first_id, first_day), (due_id, due_day), (next_id, _next_day) = rows[0], rows[2], rows[3]
    with store.unit_of_work() as uow:
        s = uow.session
        library = Library(code="BENCH", name="Médiathèque")
        record = Record(title="Titre")
        s.add_all([library, record])
        s.flush()
        patrons = [
            Patron(
                card_barcode=f"P{n:05d}",
                first_name="Lecteur",
                last_name=f"N{n:05d}",
                phone="06 00 00 00 00",
                preferred_channel="sms",
                home_stop_id=stop_id,
            )
            for n in range(LOANS // 3)
        ]
        s.add_all(patrons)
        s.add_all(
            Item(barcode=f"I{n:06d}", record_id=record.id, home_library_id=library.id)
            for n in range(LOANS)
        )
        slots = [
            PickupSlot(visit_id=v, start=dt.time(9, 0), end=dt.time(9, 30), capacity=20)
            for v in (due_id, next_id)
        ]
        s.add_all(slots)
        s.flush()
        for n in range(LOANS):
            result = checkout(
                uow,
                item_barcode=f"I{n:06d}",
                patron_id=patrons[n % len(patrons)].id,
                visit_id=first_id,
                today=first_day,
            )
            assert result.due_date == due_day, (result.due_date, due_day)
        for n in range(REQUESTS):
            s.add(
                Request(
                    patron_id=patrons[n].id,
                    visit_id=due_id,
                    slot_id=slots[0].id,
                    channel="phone",
                    kind="surprise",
                )
            )
        uow.commit()
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        change = visit_changes.cancel_visit(uow, due_id, "Panne du véhicule")
        uow.commit()
    cascade = _ms(started)
    assert change.loans_rescheduled == LOANS and change.requests_moved == 20
    # Baseline: the same number of renew events (on other items) written and committed
    # directly: the writes the cascade cannot avoid (outbox, loan index, fsync).
    with store.unit_of_work() as uow:
        others = [Item(barcode=f"J{n:06d}", record_id=record.id) for n in range(LOANS)]
        uow.session.add_all(others)
        uow.commit()
        other_ids = [item.id for item in others]
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        for item_id in other_ids:
            uow.session.add(
                CirculationEvent(
                    kind="renew",
                    item_id=item_id,
                    patron_id=patrons[0].id,
                    due_date=due_day,
                    occurred_at=dt.datetime(2026, 1, 1),
                    hlc=str(uow.clock.now()),
                    device_id=uow.device_id,
                )
            )
        uow.commit()
    baseline = _ms(started)
    store.close()
    return [
        Row(
            ISSUE,
            f"cancel a visit: {LOANS} loans re-dated, {REQUESTS} requests moved/flagged, to-notify list",
            f"{cascade:.0f} ms",
            f"{baseline:.0f} ms ({LOANS} renew events, direct)",
            f"{cascade / baseline:.1f}×",
            "< 2 s",
            verdict(cascade < 2000),
        )
    ]


def _outputs(ctx: Context) -> list[Row]:
    store = _store(ctx, "outputs")
    tour_id, _stops = _tour(store)
    with store.unit_of_work() as uow:
        visit_generation.generate_visits(uow, tour_id=tour_id, start=START, end=END, today=START)
        uow.commit()
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        pdf = timetable_pdf.timetable_pdf(
            uow, timetable_pdf.TimetableRequest(tour_id, START, START + dt.timedelta(days=182))
        )
    pdf_ms = _ms(started)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        data = ical.tour_ical(uow, tour_id, START, END)
    ical_ms = _ms(started)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        listing = visit_calendar.calendar(uow, tour_id=tour_id, start=START, end=END)
    listing_ms = _ms(started)
    started = time.perf_counter()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph("Bibliobus", getSampleStyleSheet()["Title"])]
    )
    baseline = _ms(started)
    store.close()
    return [
        Row(
            ISSUE,
            f"timetable PDF, 20 stops × 6 months ({len(pdf) // 1024} KiB)",
            f"{pdf_ms:.0f} ms",
            f"{baseline:.0f} ms (one-page reportlab document)",
            f"{pdf_ms / baseline:.0f}×",
            "< 5 s",
            verdict(pdf_ms < 5000),
        ),
        Row(
            ISSUE,
            f"iCalendar of the tour for a year ({data.count(b'BEGIN:VEVENT')} events)",
            f"{ical_ms:.0f} ms",
            f"{listing_ms:.0f} ms (reading the {len(listing)} visits)",
            f"{ical_ms / listing_ms:.1f}×",
            "< 2 s",
            verdict(ical_ms < 2000),
        ),
    ]


def run(ctx: Context) -> list[Row]:
    return [*_generation(ctx), *_cancellation(ctx), *_outputs(ctx)]
