"""Who is due: the beneficiaries whose next visit falls in a planning period."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from bibliomobile.domain.enums import BeneficiaryStatus, RoundStatus, VisitFrequency
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.availability import windows_from_json, windows_on
from bibliomobile.services.home_delivery.beneficiaries import last_delivered_dates
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.store.models import Beneficiary, Delivery, Patron, Round
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class DueVisit:
    """A beneficiary whose next visit falls in the planning period.

    Attributes:
        next_due: the date the frequency asks for (before the period: ``overdue``).
        earliest: the first day of the period on which the visit can happen
            (not paused, at home that weekday).
        possible_days: every such day of the period.
    """

    beneficiary_id: str
    patron_id: str
    name: str
    commune: str
    frequency: str
    last_delivered: dt.date | None
    next_due: dt.date
    earliest: dt.date
    overdue: bool
    possible_days: tuple[dt.date, ...] = field(default=())


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus calendar months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_visit_after(frequency: str, last: dt.date) -> dt.date:
    """The date the next visit is due after a delivered visit on ``last``."""
    if frequency == VisitFrequency.WEEKLY.value:
        return last + dt.timedelta(days=7)
    if frequency == VisitFrequency.FORTNIGHTLY.value:
        return last + dt.timedelta(days=14)
    return add_months(last, 1)


def is_paused_on(found: Beneficiary, day: dt.date) -> bool:
    """True if the beneficiary receives no visit on ``day``."""
    if found.status == BeneficiaryStatus.ENDED.value:
        return True
    if found.paused_from is not None:
        return found.paused_from <= day and (found.paused_to is None or day <= found.paused_to)
    return found.status == BeneficiaryStatus.PAUSED.value


def _pending_beneficiaries(uow: UnitOfWork) -> set[str]:
    """Beneficiaries who already have a visit planned and not yet made."""
    stmt = (
        select(Delivery.beneficiary_id)
        .join(Round, Round.id == Delivery.round_id)
        .where(Delivery.outcome.is_(None))
        .where(Round.status.in_([RoundStatus.PLANNED.value, RoundStatus.IN_PROGRESS.value]))
    )
    return {str(b) for b in uow.session.scalars(stmt)}


def due_visits(
    uow: UnitOfWork,
    period_start: dt.date,
    period_end: dt.date,
    *,
    include_planned: bool = False,
) -> list[DueVisit]:
    """Beneficiaries whose next visit falls in [period_start, period_end].

    The next visit is due one period (week, fortnight, month) after the last
    *delivered* visit, so an absence or a postponement keeps the person due. A
    beneficiary never visited is due from their start date. Days of pause and days
    they are not at home are skipped; someone whose whole period is paused is not
    due. Beneficiaries who already have a planned visit are left out unless
    ``include_planned``.

    Raises:
        HomeDeliveryError: if the period ends before it starts.
    """
    if period_end < period_start:
        raise HomeDeliveryError(Message("stats.fin_periode_doit_suivre"))
    pending = set() if include_planned else _pending_beneficiaries(uow)
    last = last_delivered_dates(uow)
    found: list[DueVisit] = []
    stmt = (
        select(Beneficiary, Patron)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .where(Beneficiary.status != BeneficiaryStatus.ENDED.value)
    )
    for beneficiary, patron in uow.session.execute(stmt):
        if beneficiary.id in pending:
            continue
        last_day = last.get(beneficiary.id)
        if last_day is not None:
            next_due = next_visit_after(beneficiary.frequency, last_day)
        else:
            next_due = beneficiary.since or period_start
        if next_due > period_end:
            continue
        windows = windows_from_json(beneficiary.availability or ())
        days = []
        day = max(next_due, period_start)
        while day <= period_end:
            if not is_paused_on(beneficiary, day) and windows_on(windows, day):
                days.append(day)
            day += dt.timedelta(days=1)
        if not days:
            continue
        found.append(
            DueVisit(
                beneficiary_id=beneficiary.id,
                patron_id=patron.id,
                name=f"{patron.last_name.upper()} {patron.first_name}",
                commune=patron.commune or "",
                frequency=beneficiary.frequency,
                last_delivered=last_day,
                next_due=next_due,
                earliest=days[0],
                overdue=next_due < period_start,
                possible_days=tuple(days),
            )
        )
    return sorted(found, key=lambda d: (d.next_due, d.name.casefold()))
