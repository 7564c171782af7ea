"""Dated visits made from the schedule rules of a tour or of one stop.

The rules of a stop ("every other Tuesday 10:00-11:30") are turned into dated
:class:`~bibliomobile.store.models.StopVisit` rows by :func:`generate_visits`, so the van's
laptop, the drive and the timetables all see the same visits. Generation is idempotent:
running it again creates nothing new, and it never undoes a coordinator's exception (a
cancelled, moved or added visit). Cancelling and moving visits, with their effect on
loans and drive requests, live in :mod:`bibliomobile.services.bookmobile.visit_changes`.

Every write goes through the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.domain.schedule import occurrences
from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.schedule_rules import rule_from_model
from bibliomobile.services.bookmobile.tours import TimetableError, get_stop, get_tour
from bibliomobile.services.bookmobile.visit_calendar import (
    VisitRow,
    check_range,
    holidays_between,
    visit_rows,
)
from bibliomobile.store.models import (
    CirculationEvent,
    PickupSlot,
    Request,
    ScheduleRule,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class GenerationReport:
    """What :func:`generate_visits` did.

    Attributes:
        created: visits added from the rules.
        updated: planned visits whose time window followed a changed rule.
        unchanged: visits that were already there (or replaced by an exception).
        removed: planned visits no rule produces any more, deleted (nothing referred to them).
        stale: such visits kept because loans, requests or events refer to them; the
            coordinator should cancel them (which moves loans and requests).
    """

    created: int
    updated: int
    unchanged: int
    removed: int
    stale: tuple[VisitRow, ...]


def _stops_for(uow: UnitOfWork, tour_id: str | None, stop_id: str | None) -> list[Stop]:
    if (tour_id is None) == (stop_id is None):
        raise TimetableError(Message("bookmobile.indiquez_tournee_arret_deux"))
    if stop_id is not None:
        return [get_stop(uow, stop_id)]
    assert tour_id is not None
    get_tour(uow, tour_id)
    return list(
        uow.session.scalars(
            select(Stop).where(Stop.tour_id == tour_id).order_by(Stop.position, Stop.commune)
        )
    )


def generate_visits(
    uow: UnitOfWork,
    *,
    tour_id: str | None = None,
    stop_id: str | None = None,
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
) -> GenerationReport:
    """Create the visits the rules of a tour (or of one stop) give in ``[start, end]``.

    Idempotent: a visit is recognised by its stop, rule and date (or the date it was
    moved from), so running it twice creates nothing new, and a cancelled or moved visit
    is never put back. Planned visits that no rule gives any more (a rule was edited)
    are deleted if they are not in the past and nothing refers to them; otherwise they
    are reported as ``stale``. Inactive stops get no new visits.

    Raises:
        TimetableError: unknown tour or stop, both or neither given, invalid range.
    """
    check_range(start, end)
    today = today or dt.date.today()
    holidays = holidays_between(start, end)
    created = updated = unchanged = removed = 0
    stale: list[StopVisit] = []
    for stop in _stops_for(uow, tour_id, stop_id):
        rules = list(
            uow.session.scalars(select(ScheduleRule).where(ScheduleRule.stop_id == stop.id))
        )
        existing = _visits_near(uow, stop.id, start, end)
        taken = {(v.date, v.start_time) for v in existing}
        matched: set[str] = set()
        fresh: set[int] = set()  # ids of objects created now (autoflush gives them a key)
        for model in rules if stop.active else []:
            rule = rule_from_model(model)
            for occurrence in occurrences(rule, start, end, holidays):
                keys = {occurrence.date, occurrence.moved_from} - {None}
                same = [
                    v for v in existing if v.rule_id == model.id and ({v.date, v.moved_from} & keys)
                ]
                if same:
                    matched.update(v.id for v in same)
                    for visit in same:
                        if _follows_rule(visit) and (visit.start_time, visit.end_time) != (
                            rule.start_time,
                            rule.end_time,
                        ):
                            visit.start_time, visit.end_time = rule.start_time, rule.end_time
                            updated += 1
                    unchanged += 1
                    continue
                if (occurrence.date, occurrence.start_time) in taken:
                    # A visit added or moved by hand already sits there.
                    unchanged += 1
                    continue
                visit = StopVisit(
                    stop_id=stop.id,
                    rule_id=model.id,
                    date=occurrence.date,
                    start_time=occurrence.start_time,
                    end_time=occurrence.end_time,
                    status=VisitStatus.PLANNED.value,
                    moved_from=occurrence.moved_from,
                )
                uow.session.add(visit)
                existing.append(visit)
                fresh.add(id(visit))
                taken.add((occurrence.date, occurrence.start_time))
                created += 1
        for visit in existing:
            if (
                visit.id in matched
                or visit.rule_id is None
                or not _follows_rule(visit)
                or not start <= visit.date <= end
                or visit.status != VisitStatus.PLANNED
                or id(visit) in fresh
            ):
                continue
            if can_delete_visit(uow, visit, today):
                delete_visit(uow, visit)
                removed += 1
            elif visit.date >= today:
                stale.append(visit)
        uow.session.flush()
    rows = visit_rows(uow, [v.id for v in stale])
    return GenerationReport(created, updated, unchanged, removed, tuple(rows))


def _follows_rule(visit: StopVisit) -> bool:
    """A visit nobody changed by hand: it follows its rule's time window."""
    return visit.exception is None


def _visits_near(uow: UnitOfWork, stop_id: str, start: dt.date, end: dt.date) -> list[StopVisit]:
    # Visits moved by hand can be far from their rule date: match on moved_from too.
    margin = dt.timedelta(days=7)
    return list(
        uow.session.scalars(
            select(StopVisit)
            .where(StopVisit.stop_id == stop_id)
            .where(
                or_(
                    StopVisit.date.between(start - margin, end + margin),
                    StopVisit.moved_from.between(start - margin, end + margin),
                )
            )
        )
    )


def can_delete_visit(uow: UnitOfWork, visit: StopVisit, today: dt.date) -> bool:
    """Whether a visit may go: planned by a rule, not past, no request or event on it."""
    if visit.status != VisitStatus.PLANNED or visit.exception is not None or visit.date < today:
        return False
    session = uow.session
    if session.scalar(select(Request.id).where(Request.visit_id == visit.id).limit(1)):
        return False
    return not session.scalar(
        select(CirculationEvent.id).where(CirculationEvent.visit_id == visit.id).limit(1)
    )


def delete_visit(uow: UnitOfWork, visit: StopVisit) -> None:
    """Delete a visit that :func:`can_delete_visit` allows, with its empty pickup slots."""
    # Empty pickup slots go with their visit (no request refers to it, see can_delete_visit).
    for slot in uow.session.scalars(select(PickupSlot).where(PickupSlot.visit_id == visit.id)):
        uow.session.delete(slot)
    uow.session.flush()
    uow.session.delete(visit)
