"""Tours, stops, schedule rules and the calendar of visits (coordinators).

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
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind, VisitStatus
from bibliomobile.domain.schedule import Break, Rule, french_public_holidays, occurrences
from bibliomobile.services.bookmobile.schedule_rules import (
    breaks_to_json,
    rule_from_model,
    rule_to_columns,
)
from bibliomobile.services.text import WEEKDAYS_FR, format_time
from bibliomobile.store.models import (
    CirculationEvent,
    PickupSlot,
    Request,
    ScheduleRule,
    Stop,
    StopVisit,
    Tour,
)
from bibliomobile.store.uow import UnitOfWork


class TimetableError(ValueError):
    """A change the coordinator asked for cannot be made; the message is in French."""


# Values of StopVisit.exception: what a coordinator did by hand.
EXCEPTION_CANCELLED = "cancelled"
EXCEPTION_MOVED = "moved"
EXCEPTION_ADDED = "added"


@dataclass(frozen=True, slots=True)
class TourRow:
    """A bookmobile tour in a list."""

    tour_id: str
    name: str
    vehicle: str | None
    loan_days: int
    active: bool
    stop_count: int


@dataclass(frozen=True, slots=True)
class StopData:
    """What a coordinator enters for a stop (create or edit)."""

    commune: str
    place: str
    postcode: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    position: int | None = None  # None: after the other stops of the tour
    active: bool = True


@dataclass(frozen=True, slots=True)
class StopRow:
    """A stop of a tour."""

    stop_id: str
    tour_id: str
    commune: str
    postcode: str | None
    place: str
    address: str | None
    latitude: float | None
    longitude: float | None
    position: int
    active: bool
    rule_count: int

    @property
    def label(self) -> str:
        return f"{self.commune}, {self.place}"


@dataclass(frozen=True, slots=True)
class RuleRow:
    """A schedule rule of a stop, with its French description."""

    rule_id: str
    stop_id: str
    rule: Rule
    label: str


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


# -- tours -----------------------------------------------------------------------------


def _tour_row(tour: Tour, stop_count: int) -> TourRow:
    return TourRow(tour.id, tour.name, tour.vehicle, tour.loan_days, tour.active, stop_count)


def list_tours(uow: UnitOfWork, *, include_inactive: bool = True) -> list[TourRow]:
    """All bookmobile tours, by name, with their number of stops."""
    counts = select(Stop.tour_id, func.count().label("n")).group_by(Stop.tour_id).subquery()
    stmt = select(Tour, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.tour_id == Tour.id)
    if not include_inactive:
        stmt = stmt.where(Tour.active.is_(True))
    rows = uow.session.execute(stmt.order_by(Tour.name)).all()
    return [_tour_row(tour, int(n)) for tour, n in rows]


def find_tour(uow: UnitOfWork, name: str) -> TourRow:
    """The tour called ``name`` (case and surrounding spaces ignored).

    Raises:
        TimetableError: no such tour (the message lists the existing ones).
    """
    wanted = name.strip().casefold()
    tours = list_tours(uow)
    for tour in tours:
        if tour.name.casefold() == wanted:
            return tour
    known = ", ".join(t.name for t in tours) or "aucune"
    raise TimetableError(f"Tournée inconnue : « {name} ». Tournées existantes : {known}.")


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TimetableError("Donnez un nom à la tournée.")
    return cleaned


def _check_loan_days(loan_days: int) -> None:
    if not 1 <= loan_days <= 365:
        raise TimetableError(f"Durée de prêt invalide : {loan_days} jours (de 1 à 365).")


def create_tour(
    uow: UnitOfWork, name: str, vehicle: str | None = None, loan_days: int = 28
) -> TourRow:
    """Add a bookmobile tour.

    Raises:
        TimetableError: empty or already used name, invalid loan period.
    """
    cleaned = _clean_name(name)
    _check_loan_days(loan_days)
    _refuse_duplicate_tour(uow, cleaned, None)
    tour = Tour(name=cleaned, vehicle=(vehicle or "").strip() or None, loan_days=loan_days)
    uow.session.add(tour)
    uow.session.flush()
    return _tour_row(tour, 0)


def update_tour(
    uow: UnitOfWork,
    tour_id: str,
    *,
    name: str,
    vehicle: str | None,
    loan_days: int,
    active: bool = True,
) -> TourRow:
    """Change a tour's name, vehicle, loan period or active flag.

    Raises:
        TimetableError: unknown tour, empty or already used name, invalid loan period.
    """
    tour = _get_tour(uow, tour_id)
    cleaned = _clean_name(name)
    _check_loan_days(loan_days)
    _refuse_duplicate_tour(uow, cleaned, tour_id)
    tour.name = cleaned
    tour.vehicle = (vehicle or "").strip() or None
    tour.loan_days = loan_days
    tour.active = active
    uow.session.flush()
    count = uow.session.scalar(select(func.count()).where(Stop.tour_id == tour_id)) or 0
    return _tour_row(tour, int(count))


def _refuse_duplicate_tour(uow: UnitOfWork, name: str, tour_id: str | None) -> None:
    # Compared in Python: SQLite's lower() leaves accented capitals ("TOURNÉE") alone.
    wanted = name.casefold()
    others = uow.session.execute(select(Tour.id, Tour.name).where(Tour.id != (tour_id or "")))
    if any(other.casefold() == wanted for _id, other in others):
        raise TimetableError(f"Une tournée s'appelle déjà « {name} ».")


def tour_row(uow: UnitOfWork, tour_id: str) -> TourRow:
    """One tour.

    Raises:
        TimetableError: unknown tour.
    """
    tour = _get_tour(uow, tour_id)
    count = uow.session.scalar(select(func.count()).where(Stop.tour_id == tour_id)) or 0
    return _tour_row(tour, int(count))


def _get_tour(uow: UnitOfWork, tour_id: str) -> Tour:
    tour = uow.session.get(Tour, tour_id)
    if tour is None:
        raise TimetableError("Cette tournée n'existe plus.")
    return tour


# -- stops -----------------------------------------------------------------------------


def _stop_row(stop: Stop, rule_count: int) -> StopRow:
    return StopRow(
        stop.id,
        stop.tour_id,
        stop.commune,
        stop.postcode,
        stop.place,
        stop.address,
        stop.latitude,
        stop.longitude,
        stop.position,
        stop.active,
        rule_count,
    )


def list_stops(uow: UnitOfWork, tour_id: str) -> list[StopRow]:
    """The stops of a tour in route order, with their number of schedule rules."""
    counts = (
        select(ScheduleRule.stop_id, func.count().label("n"))
        .group_by(ScheduleRule.stop_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(Stop, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.stop_id == Stop.id)
        .where(Stop.tour_id == tour_id)
        .order_by(Stop.position, Stop.commune, Stop.place)
    ).all()
    return [_stop_row(stop, int(n)) for stop, n in rows]


def _clean_stop(data: StopData) -> StopData:
    commune = " ".join(data.commune.split())
    place = " ".join(data.place.split())
    if not commune:
        raise TimetableError("Indiquez la commune de l'arrêt.")
    if not place:
        raise TimetableError("Indiquez le lieu de l'arrêt (par exemple « place de l'église »).")
    if (data.latitude is None) != (data.longitude is None):
        raise TimetableError("Donnez la latitude et la longitude, ou aucune des deux.")
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        raise TimetableError(f"Latitude invalide : {data.latitude} (entre -90 et 90).")
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        raise TimetableError(f"Longitude invalide : {data.longitude} (entre -180 et 180).")
    return StopData(
        commune=commune,
        place=place,
        postcode=(data.postcode or "").strip() or None,
        address=" ".join((data.address or "").split()) or None,
        latitude=data.latitude,
        longitude=data.longitude,
        position=data.position,
        active=data.active,
    )


def create_stop(uow: UnitOfWork, tour_id: str, data: StopData) -> StopRow:
    """Add a stop to a tour.

    Raises:
        TimetableError: unknown tour, missing commune or place, invalid coordinates.
    """
    _get_tour(uow, tour_id)
    clean = _clean_stop(data)
    position = clean.position
    if position is None:
        last = uow.session.scalar(select(func.max(Stop.position)).where(Stop.tour_id == tour_id))
        position = 0 if last is None else int(last) + 1
    stop = Stop(
        tour_id=tour_id,
        commune=clean.commune,
        postcode=clean.postcode,
        place=clean.place,
        address=clean.address,
        latitude=clean.latitude,
        longitude=clean.longitude,
        position=position,
        active=clean.active,
    )
    uow.session.add(stop)
    uow.session.flush()
    return _stop_row(stop, 0)


def update_stop(uow: UnitOfWork, stop_id: str, data: StopData) -> StopRow:
    """Change a stop's commune, place, address, coordinates, position or active flag.

    Raises:
        TimetableError: unknown stop, missing commune or place, invalid coordinates.
    """
    stop = _get_stop(uow, stop_id)
    clean = _clean_stop(data)
    stop.commune = clean.commune
    stop.postcode = clean.postcode
    stop.place = clean.place
    stop.address = clean.address
    stop.latitude = clean.latitude
    stop.longitude = clean.longitude
    if clean.position is not None:
        stop.position = clean.position
    stop.active = clean.active
    uow.session.flush()
    count = uow.session.scalar(select(func.count()).where(ScheduleRule.stop_id == stop_id)) or 0
    return _stop_row(stop, int(count))


def _get_stop(uow: UnitOfWork, stop_id: str) -> Stop:
    stop = uow.session.get(Stop, stop_id)
    if stop is None:
        raise TimetableError("Cet arrêt n'existe plus.")
    return stop


# -- schedule rules --------------------------------------------------------------------


def list_rules(uow: UnitOfWork, stop_id: str) -> list[RuleRow]:
    """The schedule rules of a stop, with a French description of each."""
    models = uow.session.scalars(
        select(ScheduleRule)
        .where(ScheduleRule.stop_id == stop_id)
        .order_by(ScheduleRule.valid_from, ScheduleRule.weekday, ScheduleRule.start_time)
    ).all()
    rows = []
    for model in models:
        rule = rule_from_model(model)
        rows.append(RuleRow(model.id, model.stop_id, rule, describe_rule(rule)))
    return rows


def add_rule(uow: UnitOfWork, stop_id: str, rule: Rule) -> RuleRow:
    """Add a schedule rule to a stop (run :func:`generate_visits` afterwards).

    Raises:
        TimetableError: unknown stop.
    """
    _get_stop(uow, stop_id)
    model = ScheduleRule(stop_id=stop_id, **rule_to_columns(rule))
    uow.session.add(model)
    uow.session.flush()
    return RuleRow(model.id, stop_id, rule, describe_rule(rule))


def update_rule(uow: UnitOfWork, rule_id: str, rule: Rule) -> RuleRow:
    """Replace a rule's settings (run :func:`generate_visits` afterwards).

    Raises:
        TimetableError: unknown rule.
    """
    model = uow.session.get(ScheduleRule, rule_id)
    if model is None:
        raise TimetableError("Cette règle de passage n'existe plus.")
    for column, value in rule_to_columns(rule).items():
        if getattr(model, column) != value:
            setattr(model, column, value)
    uow.session.flush()
    return RuleRow(model.id, model.stop_id, rule, describe_rule(rule))


def delete_rule(uow: UnitOfWork, rule_id: str, *, today: dt.date | None = None) -> int:
    """Delete a rule and its future planned visits that nothing refers to.

    Visits that already took place, were changed by hand or hold loans or requests stay
    (as visits without a rule). Returns the number of visits deleted.

    Raises:
        TimetableError: unknown rule.
    """
    model = uow.session.get(ScheduleRule, rule_id)
    if model is None:
        raise TimetableError("Cette règle de passage n'existe plus.")
    today = today or dt.date.today()
    removed = 0
    for visit in uow.session.scalars(select(StopVisit).where(StopVisit.rule_id == rule_id)):
        if _deletable(uow, visit, today):
            _delete_visit(uow, visit)
            removed += 1
        else:
            visit.rule_id = None
    uow.session.flush()
    uow.session.delete(model)
    uow.session.flush()
    return removed


def add_break_to_tour(uow: UnitOfWork, tour_id: str, period: Break) -> int:
    """Add a break (summer, school holidays) to every rule of every stop of a tour.

    A rule that already has exactly this break is left alone. Run
    :func:`generate_visits` afterwards to remove the planned visits it cancels.

    Returns:
        The number of rules changed.

    Raises:
        TimetableError: unknown tour.
    """
    _get_tour(uow, tour_id)
    changed = 0
    models = uow.session.scalars(
        select(ScheduleRule)
        .join(Stop, Stop.id == ScheduleRule.stop_id)
        .where(Stop.tour_id == tour_id)
    ).all()
    for model in models:
        rule = rule_from_model(model)
        if any((b.start, b.end) == (period.start, period.end) for b in rule.breaks):
            continue
        model.breaks = breaks_to_json((*rule.breaks, period))
        changed += 1
    uow.session.flush()
    return changed


def _ordinal(nth: int) -> str:
    return "dernier" if nth == -1 else ("1er" if nth == 1 else f"{nth}e")


def describe_rule(rule: Rule) -> str:
    """The rule in French, e.g. ``le 2e mardi du mois, 10h00–11h30``.

    Used by lists, the public timetable and the rule editor's preview.
    """
    day = WEEKDAYS_FR[rule.weekday]
    if rule.kind is ScheduleKind.NTH_WEEKDAY:
        when = f"le {_ordinal(rule.nth or 1)} {day} du mois"
    elif rule.kind is ScheduleKind.EVERY_N_WEEKS and rule.interval_weeks > 1:
        assert rule.anchor_date is not None
        when = (
            f"toutes les {rule.interval_weeks} semaines, le {day} "
            f"(à partir du {rule.anchor_date:%d/%m/%Y})"
        )
    else:
        when = f"tous les {day}s"
    parts = [f"{when}, {format_time(rule.start_time)}–{format_time(rule.end_time)}"]
    if rule.valid_to is not None:
        parts.append(f"du {rule.valid_from:%d/%m/%Y} au {rule.valid_to:%d/%m/%Y}")
    else:
        parts.append(f"à partir du {rule.valid_from:%d/%m/%Y}")
    parts.append(
        {
            HolidayPolicy.SKIP: "pas de passage les jours fériés",
            HolidayPolicy.NEXT_DAY: "jour férié : passage le lendemain",
            HolidayPolicy.PREVIOUS_DAY: "jour férié : passage la veille",
            HolidayPolicy.KEEP: "passage maintenu les jours fériés",
        }[rule.holiday_policy]
    )
    for period in rule.breaks:
        label = period.label or "pause"
        parts.append(f"{label} du {period.start:%d/%m/%Y} au {period.end:%d/%m/%Y}")
    return " ; ".join(parts)


# -- visits: generation and calendar ---------------------------------------------------


@functools.lru_cache(maxsize=16)
def _holidays(first_year: int, last_year: int) -> dict[dt.date, str]:
    return french_public_holidays(first_year, last_year)


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """French public holidays around ``[start, end]`` (a year of margin each side)."""
    return _holidays(start.year - 1, end.year + 1)


def _stops_for(uow: UnitOfWork, tour_id: str | None, stop_id: str | None) -> list[Stop]:
    if (tour_id is None) == (stop_id is None):
        raise TimetableError("Indiquez une tournée ou un arrêt, pas les deux.")
    if stop_id is not None:
        return [_get_stop(uow, stop_id)]
    assert tour_id is not None
    _get_tour(uow, tour_id)
    return list(
        uow.session.scalars(
            select(Stop).where(Stop.tour_id == tour_id).order_by(Stop.position, Stop.commune)
        )
    )


def _check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise TimetableError(
            f"La fin de la période ({end:%d/%m/%Y}) précède son début ({start:%d/%m/%Y})."
        )
    if (end - start).days > 3 * 366:
        raise TimetableError("Période trop longue : trois ans au plus.")


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
    _check_range(start, end)
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
            if _deletable(uow, visit, today):
                _delete_visit(uow, visit)
                removed += 1
            elif visit.date >= today:
                stale.append(visit)
        uow.session.flush()
    rows = _visit_rows(uow, [v.id for v in stale])
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


def _deletable(uow: UnitOfWork, visit: StopVisit, today: dt.date) -> bool:
    if visit.status != VisitStatus.PLANNED or visit.exception is not None or visit.date < today:
        return False
    session = uow.session
    if session.scalar(select(Request.id).where(Request.visit_id == visit.id).limit(1)):
        return False
    return not session.scalar(
        select(CirculationEvent.id).where(CirculationEvent.visit_id == visit.id).limit(1)
    )


def _delete_visit(uow: UnitOfWork, visit: StopVisit) -> None:
    # Empty pickup slots go with their visit (no request refers to it, see _deletable).
    for slot in uow.session.scalars(select(PickupSlot).where(PickupSlot.visit_id == visit.id)):
        uow.session.delete(slot)
    uow.session.flush()
    uow.session.delete(visit)


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


def _visit_rows(uow: UnitOfWork, visit_ids: Iterable[str]) -> list[VisitRow]:
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
    rows = _visit_rows(uow, [visit_id])
    if not rows:
        raise TimetableError("Ce passage n'existe plus.")
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
    _check_range(start, end)
    if (tour_id is None) == (stop_id is None):
        raise TimetableError("Indiquez une tournée ou un arrêt, pas les deux.")
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


def communes_of_tour(uow: UnitOfWork, tour_id: str) -> list[str]:
    """The communes a tour serves, in route order (each once)."""
    seen: dict[str, None] = {}
    for stop in list_stops(uow, tour_id):
        seen.setdefault(stop.commune, None)
    return list(seen)
