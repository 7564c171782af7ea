"""The calendar of dated visits (passages): what calendars and timetables show.

A visit is a :class:`~bibliomobile.store.models.StopVisit` row: made from a stop's
schedule rules by :mod:`bibliomobile.services.bookmobile.visit_generation`, or changed
by hand (cancelled, moved, added) through
:mod:`bibliomobile.services.bookmobile.visit_changes`. This module reads them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, select

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.domain.schedule import french_public_holidays
from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.tours import TimetableError
from bibliomobile.store.models import Stop, StopVisit, Tour
from bibliomobile.store.uow import UnitOfWork

# Values of StopVisit.exception: what a coordinator did by hand.
EXCEPTION_CANCELLED = "cancelled"
EXCEPTION_MOVED = "moved"
EXCEPTION_ADDED = "added"


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A dated visit (passage) of a stop, as calendars and timetables show it."""

    visit_id: str
    tour_id: str
    tour_name: str
    stop_id: str
    commune: str
    postcode: str | None
    place: str
    address: str | None
    latitude: float | None
    longitude: float | None
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    status: str
    exception: str | None
    moved_from: dt.date | None
    cancel_reason: str | None
    rule_id: str | None
    holiday: str | None  # the public holiday this visit was moved off, or kept on

    @property
    def cancelled(self) -> bool:
        return self.status == VisitStatus.CANCELLED

    @property
    def stop_label(self) -> str:
        return f"{self.commune}, {self.place}"


@functools.lru_cache(maxsize=16)
def _holidays(first_year: int, last_year: int) -> dict[dt.date, str]:
    return french_public_holidays(first_year, last_year)


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """French public holidays around ``[start, end]`` (a year of margin each side)."""
    return _holidays(start.year - 1, end.year + 1)


def check_range(start: dt.date, end: dt.date) -> None:
    """Refuse a period that ends before it starts or is longer than three years.

    Raises:
        TimetableError: such a period (message in French).
    """
    if end < start:
        raise TimetableError(
            Message(
                "bookmobile.fin_periode_end_precede",
                end=f"{end:%d/%m/%Y}",
                start=f"{start:%d/%m/%Y}",
            )
        )
    if (end - start).days > 3 * 366:
        raise TimetableError(Message("bookmobile.periode_trop_longue_trois"))


def _visit_query() -> Select[StopVisit, Stop, Tour]:
    return (
        select(StopVisit, Stop, Tour)
        .join(Stop, Stop.id == StopVisit.stop_id)
        .join(Tour, Tour.id == Stop.tour_id)
    )


def _to_row(visit: StopVisit, stop: Stop, tour: Tour, holidays: dict[dt.date, str]) -> VisitRow:
    holiday = None
    if visit.exception is None:
        holiday = holidays.get(visit.moved_from or visit.date)
    return VisitRow(
        visit_id=visit.id,
        tour_id=tour.id,
        tour_name=tour.name,
        stop_id=stop.id,
        commune=stop.commune,
        postcode=stop.postcode,
        place=stop.place,
        address=stop.address,
        latitude=stop.latitude,
        longitude=stop.longitude,
        date=visit.date,
        start_time=visit.start_time,
        end_time=visit.end_time,
        status=visit.status,
        exception=visit.exception,
        moved_from=visit.moved_from,
        cancel_reason=visit.cancel_reason,
        rule_id=visit.rule_id,
        holiday=holiday,
    )


def visit_rows(uow: UnitOfWork, visit_ids: Iterable[str]) -> list[VisitRow]:
    """These visits as :class:`VisitRow`, by date and time (unknown ids are left out)."""
    ids = list(visit_ids)
    if not ids:
        return []
    rows = uow.session.execute(
        _visit_query().where(StopVisit.id.in_(ids)).order_by(StopVisit.date, StopVisit.start_time)
    ).all()
    if not rows:
        return []
    dates = [r[0].date for r in rows]
    holidays = holidays_between(min(dates), max(dates))
    return [_to_row(v, s, t, holidays) for v, s, t in rows]


def visit_row(uow: UnitOfWork, visit_id: str) -> VisitRow:
    """One visit as a :class:`VisitRow`.

    Raises:
        TimetableError: unknown visit.
    """
    rows = visit_rows(uow, [visit_id])
    if not rows:
        raise TimetableError(Message("bookmobile.passage_existe"))
    return rows[0]


def calendar(
    uow: UnitOfWork,
    *,
    tour_id: str | None = None,
    stop_id: str | None = None,
    commune: str | None = None,
    start: dt.date,
    end: dt.date,
    include_cancelled: bool = True,
) -> list[VisitRow]:
    """The visits of a tour or of one stop in ``[start, end]``, by date then route order.

    Args:
        commune: keep only the stops of this commune (case ignored), e.g. for a town hall.
        include_cancelled: cancelled visits stay listed (timetables mark them).
    """
    check_range(start, end)
    if (tour_id is None) == (stop_id is None):
        raise TimetableError(Message("bookmobile.indiquez_tournee_arret_deux"))
    stmt = _visit_query().where(StopVisit.date.between(start, end))
    stmt = stmt.where(Stop.id == stop_id) if stop_id else stmt.where(Stop.tour_id == tour_id)
    if not include_cancelled:
        stmt = stmt.where(StopVisit.status != VisitStatus.CANCELLED.value)
    rows = uow.session.execute(
        stmt.order_by(StopVisit.date, StopVisit.start_time, Stop.position)
    ).all()
    if commune:
        # In Python: SQLite's lower() ignores accents' case ("Étables").
        wanted = " ".join(commune.split()).casefold()
        rows = [r for r in rows if r[1].commune.casefold() == wanted]
    holidays = holidays_between(start, end)
    return [_to_row(v, s, t, holidays) for v, s, t in rows]


def get_visit(uow: UnitOfWork, visit_id: str) -> StopVisit:
    """The stored visit, for the services of this package.

    Raises:
        TimetableError: unknown visit.
    """
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise TimetableError(Message("bookmobile.passage_existe"))
    return visit
