"""Asking and following: a reader's drive requests, loans and stop timetable.

A request from the portal is written as the server's own change of the ``requests``
data (:class:`~..importing.ServerSink`: per-field versions stamped with the server's
clock, the change log appended last before COMMIT), so the vans of the tour receive it
at their next pull, with channel ``portal``, like a request taken by phone.

The capacity of a slot is enforced in the transaction that books it: the slot's row is
written first (a no-op update), which takes its row lock on PostgreSQL and the
database's write lock on SQLite, so two readers booking the last place at once are
served one after the other and the second one finds the slot full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, exists, func, select, update

from bibliomobile.domain.enums import (
    BeneficiaryStatus,
    RequestChannel,
    RequestKind,
    RequestStatus,
    RoundStatus,
    VisitStatus,
)
from bibliomobile.domain.ids import new_id
from bibliomobile.services.bookmobile.visit_calendar import VisitRow
from bibliomobile.services.drive.common import PENDING

from ..importing import ServerSink
from ..models import entity_tables
from ..sync.state import SyncServer

#: Who the status history names for what a reader did on the portal.
BY_PORTAL = "portail"


class AskRefused(Exception):
    """A request refused; ``key`` names the message of :mod:`.texts`. Nothing written."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True, slots=True)
class SlotChoice:
    slot_id: str
    start: dt.time
    end: dt.time
    room: int


@dataclass(frozen=True, slots=True)
class VisitChoice:
    visit_id: str
    date: dt.date
    start: dt.time
    end: dt.time
    slots: tuple[SlotChoice, ...]


@dataclass(frozen=True, slots=True)
class StopChoice:
    stop_id: str
    commune: str
    place: str
    tour_id: str


@dataclass(frozen=True, slots=True)
class MyRequest:
    request_id: str
    status: str
    date: dt.date
    commune: str
    place: str
    slot: str
    titles: tuple[str, ...]
    visit_cancelled: bool
    cancel_reason: str | None
    surprise: str | None
    #: The cancelled visit this request was moved from, and why it was cancelled.
    moved_from: dt.date | None = None
    moved_reason: str | None = None

    @property
    def cancellable(self) -> bool:
        return self.status == RequestStatus.NEW.value


@dataclass(frozen=True, slots=True)
class MyLoan:
    title: str
    due: dt.date | None


def stops(conn: Connection) -> list[StopChoice]:
    """The active stops of the network, by commune."""
    s = entity_tables()["stops"]
    rows = conn.execute(
        select(s.c.id, s.c.commune, s.c.place, s.c.tour_id)
        .where(s.c.active.is_(True))
        .order_by(s.c.commune, s.c.place)
    ).all()
    return [StopChoice(str(i), str(c), str(p), str(t)) for i, c, p, t in rows]


def stop_tour(conn: Connection, stop_id: str | None) -> str | None:
    if not stop_id:
        return None
    s = entity_tables()["stops"]
    found = conn.scalar(select(s.c.tour_id).where(s.c.id == stop_id))
    return str(found) if found is not None else None


def _booked(slot_column: Any) -> Any:
    requests = entity_tables()["requests"]
    return (
        select(func.count())
        .where(requests.c.slot_id == slot_column, requests.c.status.in_(PENDING))
        .scalar_subquery()
    )


def visit_choices(conn: Connection, stop_id: str, days: int) -> list[VisitChoice]:
    """The coming visits of a stop with their slots that still have room."""
    t = entity_tables()
    visits, slots = t["stop_visits"], t["pickup_slots"]
    today = dt.date.today()
    rows = conn.execute(
        select(visits.c.id, visits.c.date, visits.c.start_time, visits.c.end_time)
        .where(
            visits.c.stop_id == stop_id,
            visits.c.date >= today,
            visits.c.date <= today + dt.timedelta(days=days),
            visits.c.status.in_((VisitStatus.PLANNED.value, VisitStatus.OPEN.value)),
        )
        .order_by(visits.c.date, visits.c.start_time)
    ).all()
    out: list[VisitChoice] = []
    for visit_id, date, start, end in rows:
        booked = _booked(slots.c.id)
        free = tuple(
            SlotChoice(str(sid), s_start, s_end, int(cap) - int(n))
            for sid, s_start, s_end, cap, n in conn.execute(
                select(slots.c.id, slots.c.start, slots.c.end, slots.c.capacity, booked)
                .where(slots.c.visit_id == visit_id)
                .order_by(slots.c.start)
            )
            if int(cap) > int(n)
        )
        out.append(VisitChoice(str(visit_id), date, start, end, free))
    return out


def ask(
    server: SyncServer,
    engine: Engine,
    *,
    patron_id: str,
    record_ids: list[str],
    visit_id: str,
    slot_id: str,
    max_titles: int,
    surprise: str = "",
) -> str:
    """Book ``slot_id`` of ``visit_id`` for these titles, or for a surprise selection
    when ``surprise`` says the reader's tastes; the new request's id.

    Raises:
        AskRefused: no title or too many, an unknown title, a visit closed, cancelled
            or past, a slot not of that visit or full, a request already pending there.
    """
    wanted = list(dict.fromkeys(record_ids))
    tastes = " ".join(surprise.split())[:1000] or None
    if not wanted and tastes is None:
        raise AskRefused("no_title")
    if len(wanted) > max_titles:
        raise AskRefused("too_many", most=max_titles)
    t = entity_tables()
    slots, visits, requests = t["pickup_slots"], t["stop_visits"], t["requests"]
    with engine.connect() as conn:
        try:
            # The lock of the slot first: see the module's doc.
            conn.execute(
                update(slots).where(slots.c.id == slot_id).values(capacity=slots.c.capacity)
            )
            slot = conn.execute(select(slots).where(slots.c.id == slot_id)).first()
            if slot is None or slot.visit_id != visit_id:
                raise AskRefused("slot_unknown")
            visit = conn.execute(select(visits).where(visits.c.id == visit_id)).first()
            if (
                visit is None
                or visit.status not in (VisitStatus.PLANNED.value, VisitStatus.OPEN.value)
                or visit.date < dt.date.today()
            ):
                raise AskRefused("visit_closed")
            pending = conn.scalar(
                select(func.count()).where(
                    requests.c.patron_id == patron_id,
                    requests.c.visit_id == visit_id,
                    requests.c.status.in_(PENDING),
                )
            )
            if pending:
                raise AskRefused("already")
            booked = conn.scalar(
                select(func.count()).where(
                    requests.c.slot_id == slot_id, requests.c.status.in_(PENDING)
                )
            )
            if int(booked or 0) >= slot.capacity:
                raise AskRefused("slot_full", start=slot.start, end=slot.end)
            records = t["records"]
            known = set(conn.scalars(select(records.c.id).where(records.c.id.in_(wanted))))
            if known != set(wanted):
                raise AskRefused("title_unknown")
            moment = dt.datetime.now().replace(microsecond=0)
            request_id = new_id()
            sink = ServerSink(server, conn)
            sink.insert(
                requests,
                [
                    {
                        "id": request_id,
                        "patron_id": patron_id,
                        "visit_id": visit_id,
                        "slot_id": slot_id,
                        "channel": RequestChannel.PORTAL.value,
                        "kind": RequestKind.SURPRISE.value
                        if tastes and not wanted
                        else RequestKind.TITLES.value,
                        "free_text": tastes,
                        "status": RequestStatus.NEW.value,
                        "taken_by": BY_PORTAL,
                        "taken_at": moment,
                    }
                ],
            )
            if wanted:
                sink.insert(
                    t["request_lines"],
                    [
                        {
                            "id": new_id(),
                            "request_id": request_id,
                            "record_id": r,
                            "cancelled": False,
                        }
                        for r in wanted
                    ],
                )
            _record_status(sink, server, request_id, RequestStatus.NEW.value, moment)
            sink.commit()
            return request_id
        finally:
            if conn.in_transaction():
                conn.rollback()


def _record_status(
    sink: ServerSink, server: SyncServer, request_id: str, status: str, moment: dt.datetime
) -> None:
    sink.insert(
        entity_tables()["request_status_changes"],
        [
            {
                "id": new_id(),
                "request_id": request_id,
                "status": status,
                "by": BY_PORTAL,
                "at": moment,
                "hlc": str(server.clock.now()),
            }
        ],
    )


def cancel(server: SyncServer, engine: Engine, *, patron_id: str, request_id: str) -> bool:
    """Cancel the reader's request while it is only received; False when it is not the
    reader's (the page answers 404).

    Raises:
        AskRefused: the request is already being prepared, or over.
    """
    requests = entity_tables()["requests"]
    with engine.connect() as conn:
        try:
            row = conn.execute(
                select(requests.c.status).where(
                    requests.c.id == request_id, requests.c.patron_id == patron_id
                )
            ).first()
            if row is None:
                return False
            if row.status != RequestStatus.NEW.value:
                raise AskRefused("not_cancellable")
            moment = dt.datetime.now().replace(microsecond=0)
            sink = ServerSink(server, conn)
            sink.update(requests, request_id, {"status": RequestStatus.CANCELLED.value})
            _record_status(sink, server, request_id, RequestStatus.CANCELLED.value, moment)
            sink.commit()
            return True
        finally:
            if conn.in_transaction():
                conn.rollback()


def my_requests(conn: Connection, patron_id: str, request_id: str | None = None) -> list[MyRequest]:
    """The reader's requests, newest visit first (or only ``request_id`` if theirs)."""
    t = entity_tables()
    requests, visits, stops_, slots = (
        t["requests"],
        t["stop_visits"],
        t["stops"],
        t["pickup_slots"],
    )
    lines, records = t["request_lines"], t["records"]
    old = visits.alias("old")
    query = (
        select(
            requests.c.id,
            requests.c.status,
            requests.c.free_text,
            visits.c.date,
            stops_.c.commune,
            stops_.c.place,
            slots.c.start,
            slots.c.end,
            visits.c.status.label("visit_status"),
            visits.c.cancel_reason,
            old.c.date.label("moved_from"),
            old.c.cancel_reason.label("moved_reason"),
        )
        .join(visits, visits.c.id == requests.c.visit_id)
        .outerjoin(old, old.c.id == requests.c.moved_from_visit_id)
        .join(stops_, stops_.c.id == visits.c.stop_id)
        .outerjoin(slots, slots.c.id == requests.c.slot_id)
        .where(requests.c.patron_id == patron_id)
        .order_by(visits.c.date.desc(), requests.c.id.desc())
    )
    if request_id is not None:
        query = query.where(requests.c.id == request_id)
    rows = conn.execute(query.limit(50)).all()
    titles: dict[str, list[str]] = {}
    if rows:
        for rid, title, text in conn.execute(
            select(lines.c.request_id, records.c.title, lines.c.free_text)
            .outerjoin(records, records.c.id == lines.c.record_id)
            .where(lines.c.request_id.in_([r.id for r in rows]), lines.c.cancelled.is_(False))
            .order_by(lines.c.id)
        ):
            titles.setdefault(str(rid), []).append(str(title or text or ""))
    return [
        MyRequest(
            request_id=str(r.id),
            status=str(r.status),
            date=r.date,
            commune=str(r.commune),
            place=str(r.place),
            slot=f"{r.start:%H:%M}–{r.end:%H:%M}" if r.start is not None else "",
            titles=tuple(titles.get(str(r.id), ())),
            visit_cancelled=r.visit_status == VisitStatus.CANCELLED.value,
            cancel_reason=r.cancel_reason,
            surprise=r.free_text,
            moved_from=r.moved_from,
            moved_reason=r.moved_reason,
        )
        for r in rows
    ]


def my_loans(conn: Connection, patron_id: str) -> list[MyLoan]:
    """The reader's open loans, soonest due first."""
    t = entity_tables()
    events, items, records = t["circulation_events"], t["items"], t["records"]
    later = events.alias("later")
    rows = conn.execute(
        select(records.c.title, events.c.due_date)
        .join(items, items.c.id == events.c.item_id)
        .join(records, records.c.id == items.c.record_id)
        .where(
            events.c.patron_id == patron_id,
            events.c.kind.in_(("checkout", "renew")),
            ~exists().where(and_(later.c.item_id == events.c.item_id, later.c.hlc > events.c.hlc)),
        )
        .order_by(events.c.due_date, records.c.title)
    ).all()
    return [MyLoan(str(title), due) for title, due in rows]


def timetable(conn: Connection, stop_id: str, days: int) -> list[VisitRow]:
    """The visits of a stop from today over ``days``, cancelled ones included."""
    t = entity_tables()
    visits, stops_, tours = t["stop_visits"], t["stops"], t["tours"]
    today = dt.date.today()
    rows = conn.execute(
        select(visits, stops_, tours.c.name.label("tour_name"))
        .join(stops_, stops_.c.id == visits.c.stop_id)
        .join(tours, tours.c.id == stops_.c.tour_id)
        .where(
            visits.c.stop_id == stop_id,
            visits.c.date >= today,
            visits.c.date <= today + dt.timedelta(days=days),
        )
        .order_by(visits.c.date, visits.c.start_time)
    ).all()
    return [
        VisitRow(
            visit_id=r.id,
            tour_id=r.tour_id,
            tour_name=r.tour_name,
            stop_id=r.stop_id,
            commune=r.commune,
            postcode=r.postcode,
            place=r.place,
            address=r.address,
            latitude=r.latitude,
            longitude=r.longitude,
            date=r.date,
            start_time=r.start_time,
            end_time=r.end_time,
            status=r.status,
            exception=r.exception,
            moved_from=r.moved_from,
            cancel_reason=r.cancel_reason,
            rule_id=r.rule_id,
            holiday=None,
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class HomeDelivery:
    """The reader's home-delivery service, when they are an active beneficiary."""

    #: The date of the next planned visit of a volunteer, if a round is planned.
    next_date: dt.date | None


def home_delivery(conn: Connection, patron_id: str, today: dt.date) -> HomeDelivery | None:
    """The reader's home delivery, or None when they are not an active beneficiary
    (no profile, service ended, or paused today)."""
    t = entity_tables()
    beneficiaries, deliveries, rounds = t["beneficiaries"], t["deliveries"], t["rounds"]
    row = conn.execute(
        select(
            beneficiaries.c.id,
            beneficiaries.c.status,
            beneficiaries.c.paused_from,
            beneficiaries.c.paused_to,
        ).where(beneficiaries.c.patron_id == patron_id)
    ).first()
    if row is None or row.status != BeneficiaryStatus.ACTIVE.value:
        return None
    if (
        row.paused_from is not None
        and row.paused_from <= today
        and (row.paused_to is None or today <= row.paused_to)
    ):
        return None
    next_date = conn.scalar(
        select(func.min(rounds.c.date))
        .join(deliveries, deliveries.c.round_id == rounds.c.id)
        .where(
            deliveries.c.beneficiary_id == row.id,
            deliveries.c.outcome.is_(None),
            rounds.c.date >= today,
            rounds.c.status.in_((RoundStatus.PLANNED.value, RoundStatus.IN_PROGRESS.value)),
        )
    )
    return HomeDelivery(next_date)
