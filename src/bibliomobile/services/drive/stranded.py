"""Drive requests left on a cancelled visit (its next visit had no room, or none):
the Drive page lists them and the preparer moves them to another visit or cancels them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.rescheduling import (
    ACTIVE_REQUEST_STATUSES,
    active_requests,
    move_requests,
)
from bibliomobile.services.drive.common import DriveError, visit_by_id
from bibliomobile.services.drive.requests import cancel_request
from bibliomobile.services.text import stop_name
from bibliomobile.store.models import Request, Stop, StopVisit
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class StrandedVisit:
    """A cancelled visit that still has requests waiting."""

    visit_id: str
    date: dt.date
    stop: str
    stop_id: str
    requests: int

    @property
    def label(self) -> str:
        return f"{self.date:%d/%m/%Y} — {self.stop}"


def stranded_visits(uow: UnitOfWork, today: dt.date) -> list[StrandedVisit]:
    """Cancelled visits from ``today`` on (and the last week) with requests still waiting."""
    rows = uow.session.execute(
        select(StopVisit, Stop, func.count(Request.id))
        .join(Stop, Stop.id == StopVisit.stop_id)
        .join(Request, Request.visit_id == StopVisit.id)
        .where(
            StopVisit.status == VisitStatus.CANCELLED.value,
            StopVisit.date >= today - dt.timedelta(days=7),
            Request.status.in_(ACTIVE_REQUEST_STATUSES),
        )
        .group_by(StopVisit.id, Stop.id)
        .order_by(StopVisit.date, Stop.commune)
    ).all()
    return [StrandedVisit(v.id, v.date, stop_name(s), s.id, int(n)) for v, s, n in rows]


def move_stranded(uow: UnitOfWork, cancelled_id: str, target_id: str) -> tuple[int, int]:
    """Move the waiting requests of a cancelled visit to ``target_id`` (a slot with room,
    closest to the one booked). Returns how many moved and how many stayed (no room).

    Raises:
        DriveError: the target is not a planned or open visit.
    """
    cancelled = visit_by_id(uow, cancelled_id)
    target = visit_by_id(uow, target_id)
    if target.status not in (VisitStatus.PLANNED.value, VisitStatus.OPEN.value):
        raise DriveError(Message("drive.choisissez_passage_prevu_ouvert"))
    return move_requests(uow, cancelled, target)


def cancel_stranded(uow: UnitOfWork, cancelled_id: str, *, by: str | None = None) -> int:
    """Cancel the waiting requests of a cancelled visit; returns how many."""
    requests = active_requests(uow, visit_by_id(uow, cancelled_id).id)
    for request in requests:
        cancel_request(uow, request.id, by=by)
    return len(requests)
