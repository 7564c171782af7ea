"""Schedule rules of bookmobile stops and the dated visits they produce.

A :class:`Rule` says when a stop is served ("every other Tuesday 10:00-11:30 from
6 January", "the 2nd Thursday of the month", "the last Friday"); :func:`occurrences`
turns it into dated :class:`Occurrence` objects for a date range, taking French public
holidays and breaks (school holidays, summer break) into account.

Choices, so that every caller gets the same timetable:

- A *nominal date* is a date the rule produces before holidays and breaks. Only
  nominal dates inside the validity range ``[valid_from, valid_to]`` count; an
  every-N-weeks rule never produces a date before its ``anchor_date`` (the first visit).
- A nominal date inside a :class:`Break` (both ends inclusive) gives no visit, whatever
  the holiday policy: the van does not run during the summer break.
- A nominal date on a public holiday follows ``holiday_policy``: ``skip`` (no visit),
  ``keep`` (the visit stays on the holiday; ``Occurrence.holiday`` names it),
  ``next_day`` / ``previous_day`` (the visit moves one day later / earlier, and on
  again while the day found is a Sunday, another public holiday or inside a break).
  The search stops after :data:`MAX_MOVE_DAYS` days; a visit that finds no day, or
  whose day would leave the validity range, is skipped. Keeping the move this short
  means a moved visit never lands on, or passes, the rule's next or previous visit.
- The range of :func:`occurrences` applies to the *final* date: a visit due on
  31 March but moved to 1 April belongs to April. Results are sorted by date.
- :func:`skipped_dates` gives the nominal dates that produced no visit, and why, so a
  timetable can show "pas de passage : Fête nationale".
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from bibliomobile.lang import Message

from .enums import HolidayPolicy, ScheduleKind

MAX_MOVE_DAYS = 3
"""How far a visit may move from its nominal date to avoid a holiday."""

_SUNDAY = 6
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Break:
    """A period without visits (school holidays, summer break), both ends inclusive."""

    start: dt.date
    end: dt.date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                Message(
                    "schedule.periode_label_finit_end",
                    label=self.label,
                    end=f"{self.end:%d/%m/%Y}",
                    start=f"{self.start:%d/%m/%Y}",
                )
            )

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Rule:
    """When a stop is served.

    Attributes:
        kind: weekly, every N weeks (from ``anchor_date``) or nth weekday of the month.
        weekday: 0 = Monday ... 6 = Sunday.
        interval_weeks: N for every-N-weeks rules (1 for the others).
        nth: 1..4, or -1 for the last such weekday of the month (nth-weekday rules).
        anchor_date: the first visit of an every-N-weeks rule; its weekday is ``weekday``.
        start_time, end_time: the time window of the visit.
        valid_from, valid_to: validity range, inclusive (``valid_to=None``: open).
        holiday_policy: what happens to a visit due on a public holiday.
        breaks: periods without visits.
    """

    kind: ScheduleKind
    weekday: int
    start_time: dt.time
    end_time: dt.time
    valid_from: dt.date
    valid_to: dt.date | None = None
    interval_weeks: int = 1
    nth: int | None = None
    anchor_date: dt.date | None = None
    holiday_policy: HolidayPolicy = HolidayPolicy.SKIP
    breaks: tuple[Break, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(
                Message("schedule.jour_semaine_invalide_weekday", weekday=self.weekday)
            )
        if self.end_time <= self.start_time:
            raise ValueError(
                Message(
                    "schedule.heure_fin_end_time",
                    end_time=f"{self.end_time:%H:%M}",
                    start_time=f"{self.start_time:%H:%M}",
                )
            )
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError(
                Message(
                    "schedule.fin_validite_valid_to",
                    valid_to=f"{self.valid_to:%d/%m/%Y}",
                    valid_from=f"{self.valid_from:%d/%m/%Y}",
                )
            )
        if self.kind is ScheduleKind.EVERY_N_WEEKS:
            if self.interval_weeks < 1:
                raise ValueError(
                    Message(
                        "schedule.intervalle_invalide_toutes_interval",
                        interval_weeks=self.interval_weeks,
                    )
                )
            if self.anchor_date is None:
                raise ValueError(Message("schedule.regle_toutes_semaines_besoin"))
            if self.anchor_date.weekday() != self.weekday:
                raise ValueError(
                    Message(
                        "schedule.date_premier_passage_anchor",
                        anchor_date=f"{self.anchor_date:%d/%m/%Y}",
                    )
                )
        elif self.kind is ScheduleKind.NTH_WEEKDAY and self.nth not in (1, 2, 3, 4, -1):
            raise ValueError(Message("schedule.rang_invalide_mois_nth", nth=self.nth))


@dataclass(frozen=True)
class Occurrence:
    """A dated visit produced by a rule.

    ``moved_from`` is the nominal date when the visit was moved off a public holiday;
    ``holiday`` names that holiday (also set, with ``moved_from=None``, when the policy
    keeps the visit on the holiday).
    """

    date: dt.date
    start_time: dt.time
    end_time: dt.time
    moved_from: dt.date | None = None
    holiday: str | None = None


class SkipReason(StrEnum):
    BREAK = "break"  # inside a break
    HOLIDAY = "holiday"  # on a public holiday, policy skip
    NO_DAY_TO_MOVE_TO = "no_day_to_move_to"  # policy next/previous day found no free day


@dataclass(frozen=True)
class SkippedDate:
    """A nominal date that gave no visit. ``label``: the holiday or break name."""

    date: dt.date
    reason: SkipReason
    label: str


def nominal_dates(rule: Rule, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Dates the rule produces in ``[start, end]`` and its validity, before holidays/breaks."""
    first = max(start, rule.valid_from)
    last = end if rule.valid_to is None else min(end, rule.valid_to)
    if last < first:
        return
    if rule.kind is ScheduleKind.NTH_WEEKDAY:
        yield from _nth_weekday_dates(rule, first, last)
        return
    if rule.kind is ScheduleKind.EVERY_N_WEEKS:
        assert rule.anchor_date is not None  # checked in Rule.__post_init__
        step = dt.timedelta(weeks=rule.interval_weeks)
        day = rule.anchor_date
        if day < first:
            periods = -(-(first - day).days // step.days)  # ceiling division
            day += step * periods
    else:
        step = dt.timedelta(weeks=1)
        day = first + dt.timedelta(days=(rule.weekday - first.weekday()) % 7)
    while day <= last:
        yield day
        day += step


def _nth_weekday_dates(rule: Rule, first: dt.date, last: dt.date) -> Iterator[dt.date]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = nth_weekday_of_month(year, month, rule.weekday, rule.nth or 1)
        if first <= day <= last:
            yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def nth_weekday_of_month(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` (1..4, or -1 = last) ``weekday`` (0 = Monday) of a month."""
    if nth == -1:
        last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last_day - dt.timedelta(days=(last_day.weekday() - weekday) % 7)
    first_day = dt.date(year, month, 1)
    return first_day + dt.timedelta(days=(weekday - first_day.weekday()) % 7 + 7 * (nth - 1))


def _break_at(rule: Rule, day: dt.date) -> Break | None:
    for period in rule.breaks:
        if period.contains(day):
            return period
    return None


def _resolve(
    rule: Rule, start: dt.date, end: dt.date, holidays: Mapping[dt.date, str]
) -> Iterator[Occurrence | SkippedDate]:
    # Nominal dates just outside the range may move into it, hence the margin.
    margin = dt.timedelta(days=MAX_MOVE_DAYS)
    for day in nominal_dates(rule, start - margin, end + margin):
        period = _break_at(rule, day)
        if period is not None:
            yield SkippedDate(day, SkipReason.BREAK, period.label)
            continue
        holiday = holidays.get(day)
        if holiday is None:
            yield Occurrence(day, rule.start_time, rule.end_time)
        elif rule.holiday_policy is HolidayPolicy.KEEP:
            yield Occurrence(day, rule.start_time, rule.end_time, holiday=holiday)
        elif rule.holiday_policy is HolidayPolicy.SKIP:
            yield SkippedDate(day, SkipReason.HOLIDAY, holiday)
        else:
            moved = _move(rule, day, holidays)
            if moved is None:
                yield SkippedDate(day, SkipReason.NO_DAY_TO_MOVE_TO, holiday)
            else:
                yield Occurrence(
                    moved, rule.start_time, rule.end_time, moved_from=day, holiday=holiday
                )


def _move(rule: Rule, day: dt.date, holidays: Mapping[dt.date, str]) -> dt.date | None:
    step = _ONE_DAY if rule.holiday_policy is HolidayPolicy.NEXT_DAY else -_ONE_DAY
    candidate = day
    for _ in range(MAX_MOVE_DAYS):
        candidate += step
        if candidate < rule.valid_from or (rule.valid_to is not None and candidate > rule.valid_to):
            return None
        if candidate.weekday() == _SUNDAY or candidate in holidays or _break_at(rule, candidate):
            continue
        return candidate
    return None


def occurrences(
    rule: Rule, start: dt.date, end: dt.date, holidays: Mapping[dt.date, str]
) -> list[Occurrence]:
    """The visits of ``rule`` whose (final) date is in ``[start, end]``, sorted by date.

    Args:
        rule: the schedule rule.
        start, end: inclusive date range.
        holidays: public holidays, date → name (see :func:`french_public_holidays`).
    """
    found: dict[dt.date, Occurrence] = {}
    for result in _resolve(rule, start, end, holidays):
        if not isinstance(result, Occurrence) or not start <= result.date <= end:
            continue
        # Two results cannot share a day (moves stay within MAX_MOVE_DAYS < 7), but a
        # nominal visit wins over a moved one if that ever changes.
        if result.date not in found or found[result.date].moved_from is not None:
            found[result.date] = result
    return [found[day] for day in sorted(found)]


def skipped_dates(
    rule: Rule, start: dt.date, end: dt.date, holidays: Mapping[dt.date, str]
) -> list[SkippedDate]:
    """Nominal dates in ``[start, end]`` that gave no visit, with the reason, sorted."""
    return sorted(
        (
            r
            for r in _resolve(rule, start, end, holidays)
            if isinstance(r, SkippedDate) and start <= r.date <= end
        ),
        key=lambda skipped: skipped.date,
    )


def french_public_holidays(first_year: int, last_year: int) -> dict[dt.date, str]:
    """French public holidays (metropolitan France, without Alsace-Moselle), French names.

    Args:
        first_year, last_year: inclusive range of years.
    """
    import holidays as holidays_lib  # the package is slow to import; only load it when asked

    if last_year < first_year:
        return {}
    found = holidays_lib.country_holidays(
        "FR", years=range(first_year, last_year + 1), language="fr"
    )
    return {day: str(name) for day, name in sorted(found.items())}
