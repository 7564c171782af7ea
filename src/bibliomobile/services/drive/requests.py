"""Drive requests: taken by phone, e-mail, the portal or at the stop, then followed
through their statuses (new → preparing → ready → collected | no-show | cancelled)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from bibliomobile.domain.enums import (
    Location,
    RequestChannel,
    RequestKind,
    RequestStatus,
    VisitStatus,
)
from bibliomobile.lang import Message
from bibliomobile.services.drive.common import (
    ACTIVE_BAG,
    STATUS_LABELS,
    DriveError,
    beneficiary_of,
    empty_bag,
    full_name,
    now_or_current,
    patron_by_id,
    record_change,
    request_by_id,
)
from bibliomobile.services.drive.slots import SlotRow, check_booking, list_slots
from bibliomobile.services.text import stop_name
from bibliomobile.store.models import (
    Bag,
    Item,
    Patron,
    PickupSlot,
    Record,
    Request,
    RequestLine,
    RequestStatusChange,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork

#: Which status may follow which (anything else is refused).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    RequestStatus.NEW: (RequestStatus.PREPARING, RequestStatus.CANCELLED),
    RequestStatus.PREPARING: (RequestStatus.READY, RequestStatus.NEW, RequestStatus.CANCELLED),
    RequestStatus.READY: (
        RequestStatus.COLLECTED,
        RequestStatus.NO_SHOW,
        RequestStatus.PREPARING,
        RequestStatus.CANCELLED,
    ),
    RequestStatus.COLLECTED: (),
    RequestStatus.NO_SHOW: (),
    RequestStatus.CANCELLED: (),
}


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One line of the request inbox (only what the preparers need)."""

    request_id: str
    patron_id: str
    patron_card: str
    patron_name: str
    visit_id: str
    visit_date: dt.date
    stop: str
    slot_start: dt.time | None
    slot_end: dt.time | None
    channel: str
    kind: str
    status: str
    free_text: str
    lines: int
    bag_code: str | None
    taken_by: str | None
    taken_at: dt.datetime | None

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS.get(self.status, self.status))


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    status: str
    by: str | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class VisitInbox:
    """A visit's requests (by slot, then patron) and its pickup slots."""

    requests: tuple[RequestRow, ...]
    slots: tuple[SlotRow, ...]


@dataclass(frozen=True, slots=True)
class VisitChoice:
    """A visit one can book a pickup for."""

    visit_id: str
    date: dt.date
    stop: str
    start: dt.time
    end: dt.time
    status: str

    @property
    def label(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.start:%H:%M}–{self.end:%H:%M} — {self.stop}"


def create_request(
    uow: UnitOfWork,
    *,
    patron_id: str,
    visit_id: str,
    slot_id: str,
    channel: str,
    kind: str,
    record_ids: Iterable[str] = (),
    wanted_titles: Iterable[str] = (),
    free_text: str | None = None,
    taken_by: str | None = None,
    now: dt.datetime | None = None,
    copies: Mapping[str, str] | None = None,
) -> RequestRow:
    """Take a drive request: precise titles (records or free-text titles) or a surprise.

    A title's copy is chosen when the bag is prepared, unless ``copies`` names one
    (record id → item id): staff who want that very copy.
    """
    moment = now_or_current(now)
    patron_by_id(uow, patron_id)
    if channel not in set(RequestChannel):
        raise DriveError(Message("drive.canal_demande_inconnu_channel", channel=channel))
    if kind not in set(RequestKind):
        raise DriveError(Message("drive.type_demande_inconnu_kind", kind=kind))
    records = list(dict.fromkeys(record_ids))
    titles = [t.strip() for t in wanted_titles if t.strip()]
    text = (free_text or "").strip() or None
    if kind == RequestKind.TITLES and not records and not titles:
        raise DriveError(Message("drive.indiquez_moins_titre_choisissez"))
    if kind == RequestKind.SURPRISE and not text and beneficiary_of(uow, patron_id) is None:
        raise DriveError(Message("drive.selection_surprise_notez_gouts"))
    for record_id in records:
        if uow.session.get(Record, record_id) is None:
            raise DriveError(Message("drive.notice_introuvable_record_id", record_id=record_id))
    chosen = dict(copies or {})
    for record_id, item_id in chosen.items():
        item = uow.session.get(Item, item_id)
        if record_id not in records or item is None or item.record_id != record_id:
            raise DriveError(Message("drive.cet_exemplaire_celui_titre"))
    check_booking(uow, patron_id=patron_id, visit_id=visit_id, slot_id=slot_id)
    request = Request(
        patron_id=patron_id,
        visit_id=visit_id,
        slot_id=slot_id,
        channel=channel,
        kind=kind,
        free_text=text,
        status=RequestStatus.NEW.value,
        taken_by=taken_by,
        taken_at=moment,
    )
    uow.session.add(request)
    uow.session.flush()
    for record_id in records:
        uow.session.add(
            RequestLine(request_id=request.id, record_id=record_id, item_id=chosen.get(record_id))
        )
    for title in titles:
        uow.session.add(RequestLine(request_id=request.id, free_text=title[:300]))
    uow.session.add(
        RequestStatusChange(
            request_id=request.id,
            status=RequestStatus.NEW.value,
            by=taken_by,
            at=moment,
            hlc=str(uow.clock.now()),
        )
    )
    uow.session.flush()
    return request_row(uow, request.id)


def set_status(
    uow: UnitOfWork,
    request_id: str,
    status: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
) -> RequestRow:
    """Move a request to ``status`` if the workflow allows it (who and when recorded)."""
    request = request_by_id(uow, request_id)
    if status not in TRANSITIONS.get(RequestStatus(request.status), ()):
        raise DriveError(
            Message(
                "drive.demande_value_peut_devenir",
                value=STATUS_LABELS.get(request.status, request.status),
                value2=STATUS_LABELS.get(status, status),
            )
        )
    record_change(uow, request, status, by, now_or_current(now))
    if status == RequestStatus.CANCELLED:
        for bag in uow.session.scalars(
            select(Bag).where(Bag.request_id == request.id, Bag.status.in_(ACTIVE_BAG))
        ):
            empty_bag(uow, bag, Location.STACKS.value)
    uow.session.flush()
    return request_row(uow, request.id)


def cancel_request(uow: UnitOfWork, request_id: str, *, by: str | None = None) -> RequestRow:
    return set_status(uow, request_id, RequestStatus.CANCELLED, by=by)


def history(uow: UnitOfWork, request_id: str) -> list[StatusChangeRow]:
    """Who moved the request to which status, and when, oldest first."""
    rows = uow.session.scalars(
        select(RequestStatusChange)
        .where(RequestStatusChange.request_id == request_id)
        .order_by(RequestStatusChange.hlc)
    ).all()
    return [StatusChangeRow(r.status, r.by, r.at) for r in rows]


def _request_query() -> Any:
    lines = (
        select(func.count())
        .where(RequestLine.request_id == Request.id, RequestLine.cancelled.is_(False))
        .correlate(Request)
        .scalar_subquery()
    )
    bag = (
        select(Bag.code)
        .where(Bag.request_id == Request.id)
        .order_by(Bag.code)
        .limit(1)
        .correlate(Request)
        .scalar_subquery()
    )
    return (
        select(Request, Patron, StopVisit, Stop, PickupSlot, lines, bag)
        .join(Patron, Patron.id == Request.patron_id)
        .join(StopVisit, StopVisit.id == Request.visit_id)
        .join(Stop, Stop.id == StopVisit.stop_id)
        .outerjoin(PickupSlot, PickupSlot.id == Request.slot_id)
    )


def _to_request_row(values: tuple[object, ...]) -> RequestRow:
    request, patron, visit, stop, slot, lines, bag = values
    assert isinstance(request, Request) and isinstance(patron, Patron)
    assert isinstance(visit, StopVisit) and isinstance(stop, Stop)
    assert slot is None or isinstance(slot, PickupSlot)
    return RequestRow(
        request_id=request.id,
        patron_id=patron.id,
        patron_card=patron.card_barcode,
        patron_name=full_name(patron),
        visit_id=visit.id,
        visit_date=visit.date,
        stop=stop_name(stop),
        slot_start=slot.start if slot else None,
        slot_end=slot.end if slot else None,
        channel=request.channel,
        kind=request.kind,
        status=request.status,
        free_text=request.free_text or "",
        lines=int(lines or 0),  # type: ignore[call-overload]
        bag_code=str(bag) if bag else None,
        taken_by=request.taken_by,
        taken_at=request.taken_at,
    )


def request_row(uow: UnitOfWork, request_id: str) -> RequestRow:
    row = uow.session.execute(_request_query().where(Request.id == request_id)).first()
    if row is None:
        raise DriveError(Message("drive.demande_introuvable_request_id", request_id=request_id))
    return _to_request_row(tuple(row))


def list_requests(
    uow: UnitOfWork,
    *,
    visit_id: str | None = None,
    statuses: Iterable[str] | None = None,
    limit: int = 500,
) -> list[RequestRow]:
    """The request inbox: by visit date, slot, then patron."""
    stmt = _request_query()
    if visit_id is not None:
        stmt = stmt.where(Request.visit_id == visit_id)
    if statuses is not None:
        stmt = stmt.where(Request.status.in_(list(statuses)))
    stmt = stmt.order_by(StopVisit.date, PickupSlot.start, Patron.last_name).limit(limit)
    return [_to_request_row(tuple(r)) for r in uow.session.execute(stmt).all()]


def visit_inbox(uow: UnitOfWork, visit_id: str) -> VisitInbox:
    """What the Drive workspace shows for a visit: its requests and its slots."""
    return VisitInbox(
        tuple(list_requests(uow, visit_id=visit_id)), tuple(list_slots(uow, visit_id))
    )


def upcoming_visits(uow: UnitOfWork, today: dt.date, days: int = 60) -> list[VisitChoice]:
    """Planned or open visits from ``today`` on, for the request form and the inbox."""
    rows = uow.session.execute(
        select(StopVisit, Stop)
        .join(Stop, Stop.id == StopVisit.stop_id)
        .where(
            StopVisit.date >= today,
            StopVisit.date <= today + dt.timedelta(days=days),
            StopVisit.status.in_((VisitStatus.PLANNED.value, VisitStatus.OPEN.value)),
        )
        .order_by(StopVisit.date, StopVisit.start_time, Stop.commune)
    ).all()
    return [
        VisitChoice(v.id, v.date, stop_name(s), v.start_time, v.end_time, v.status) for v, s in rows
    ]
