"""Home-delivery statistics by month, and their CSV export for the annual report.

The CSV is written for French Excel: UTF-8 with a byte-order mark (otherwise Excel
reads it as Windows-1252 and breaks the accents), ``;`` as separator and a decimal
comma (Excel in French reads ``,`` as the decimal mark).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import CirculationKind, DeliveryOutcome, RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.store.models import CirculationEvent, Delivery, Round
from bibliomobile.store.uow import Reader


@dataclass(frozen=True, slots=True)
class MonthStats:
    """One month of home delivery (``month`` is "2026-03"; "Total" on the last line)."""

    month: str
    visits: int  # visits with an outcome (delivered, absent, refused, postponed)
    deliveries: int  # visits delivered
    beneficiaries_served: int  # distinct beneficiaries delivered at least once
    items_delivered: int  # items lent through home delivery
    volunteer_hours: float  # time on the road of rounds that took place
    welfare_concerns: int


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _hours(start: dt.time | None, end: dt.time | None) -> float:
    if start is None or end is None:
        return 0.0
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return max(0, minutes) / 60


def home_delivery_stats(uow: Reader, start: dt.date, end: dt.date) -> list[MonthStats]:
    """Figures for each month of [start, end] that had rounds, then a "Total" line.

    Raises:
        HomeDeliveryError: the period ends before it starts.
    """
    if end < start:
        raise HomeDeliveryError(Message("stats.fin_periode_doit_suivre"))
    session = uow.session
    visits: dict[str, int] = {}
    delivered: dict[str, int] = {}
    served: dict[str, set[str]] = {}
    welfare: dict[str, int] = {}
    rounds_with_outcome: set[str] = set()
    for outcome, beneficiary_id, concern, round_id, day in session.execute(
        select(
            Delivery.outcome,
            Delivery.beneficiary_id,
            Delivery.welfare_concern,
            Round.id,
            Round.date,
        )
        .join(Round, Round.id == Delivery.round_id)
        .where(Round.date.between(start, end))
        .where(Round.status != RoundStatus.CANCELLED.value)
    ):
        month = _month(day)
        if concern:
            welfare[month] = welfare.get(month, 0) + 1
        if outcome is None:
            continue
        rounds_with_outcome.add(round_id)
        visits[month] = visits.get(month, 0) + 1
        if outcome == DeliveryOutcome.DELIVERED.value:
            delivered[month] = delivered.get(month, 0) + 1
            served.setdefault(month, set()).add(beneficiary_id)
    undone = select(CirculationEvent.undoes_id).where(
        CirculationEvent.kind == CirculationKind.UNDO.value
    )
    items: dict[str, int] = {}
    for day, count in session.execute(
        select(Round.date, func.count(CirculationEvent.id))
        .join(Delivery, Delivery.id == CirculationEvent.delivery_id)
        .join(Round, Round.id == Delivery.round_id)
        .where(CirculationEvent.kind == CirculationKind.CHECKOUT.value)
        .where(CirculationEvent.id.not_in(undone))
        .where(Round.date.between(start, end))
        .group_by(Round.date)
    ):
        items[_month(day)] = items.get(_month(day), 0) + int(count)
    hours: dict[str, float] = {}
    for round_id, day, begin, finish in session.execute(
        select(Round.id, Round.date, Round.start_time, Round.end_time).where(
            Round.date.between(start, end)
        )
    ):
        if round_id in rounds_with_outcome:
            hours[_month(day)] = hours.get(_month(day), 0.0) + _hours(begin, finish)
    months = sorted(set(visits) | set(items) | set(hours) | set(welfare))
    rows = [
        MonthStats(
            month=m,
            visits=visits.get(m, 0),
            deliveries=delivered.get(m, 0),
            beneficiaries_served=len(served.get(m, ())),
            items_delivered=items.get(m, 0),
            volunteer_hours=round(hours.get(m, 0.0), 2),
            welfare_concerns=welfare.get(m, 0),
        )
        for m in months
    ]
    everyone: set[str] = set().union(*served.values()) if served else set()
    rows.append(
        MonthStats(
            month="Total",
            visits=sum(r.visits for r in rows),
            deliveries=sum(r.deliveries for r in rows),
            beneficiaries_served=len(everyone),  # people, not the sum of monthly counts
            items_delivered=sum(r.items_delivered for r in rows),
            volunteer_hours=round(sum(r.volunteer_hours for r in rows), 2),
            welfare_concerns=sum(r.welfare_concerns for r in rows),
        )
    )
    return rows


HEADER = (
    "Mois",
    "Visites effectuées",
    "Livraisons",
    "Bénéficiaires servis",
    "Documents livrés",
    "Heures de bénévolat",
    "Alertes bien-être",
)


def stats_csv(rows: list[MonthStats]) -> bytes:
    """The statistics as CSV for French Excel: UTF-8 with BOM, ``;``, decimal comma."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow(
            (
                r.month,
                r.visits,
                r.deliveries,
                r.beneficiaries_served,
                r.items_delivered,
                f"{r.volunteer_hours:.2f}".replace(".", ","),
                r.welfare_concerns,
            )
        )
    return buffer.getvalue().encode("utf-8-sig")
