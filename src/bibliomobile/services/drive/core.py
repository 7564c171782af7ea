"""The drive (clic et collecte): pickup slots, requests, bag preparation, hand-over.

Every refusal raises :class:`DriveError` with a French sentence and writes nothing.
Each write function commits unless ``commit=False`` is passed (to group writes).
Bags are generic: a bag belongs to a drive request or to a home delivery
(``create_bag(..., delivery_id=...)``), so home delivery reuses the same scanning,
labels and stock.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import aliased

from bibliomobile.domain.bagcode import InvalidBagCode, validate_bag_code
from bibliomobile.domain.enums import (
    BagStatus,
    CirculationKind,
    Location,
    RequestChannel,
    RequestKind,
    RequestStatus,
    VisitStatus,
)
from bibliomobile.domain.scan import normalize_scan
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.services.circulation.open_loans import loan_of
from bibliomobile.services.circulation.results import CheckoutResult
from bibliomobile.services.text import initials, stop_name
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    CirculationEvent,
    Item,
    LoanState,
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

PENDING = (RequestStatus.NEW.value, RequestStatus.PREPARING.value, RequestStatus.READY.value)
ACTIVE_BAG = (BagStatus.PREPARING.value, BagStatus.READY.value)

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

STATUS_LABELS = {
    "new": "nouvelle",
    "preparing": "en préparation",
    "ready": "prête",
    "collected": "retirée",
    "no_show": "non retirée",
    "cancelled": "annulée",
}


class DriveError(Exception):
    """A drive operation refused for a reason a person can act on; nothing written."""


# -- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SlotRow:
    slot_id: str
    visit_id: str
    start: dt.time
    end: dt.time
    capacity: int
    booked: int

    @property
    def full(self) -> bool:
        return self.booked >= self.capacity

    @property
    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M} ({self.booked}/{self.capacity})"


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
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    status: str
    by: str | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class AvailableItem:
    """A catalogue hit with whether it can go in a bag now."""

    item_id: str
    record_id: str
    barcode: str
    title: str
    authors: str
    call_number: str
    location: str
    available: bool
    reason: str  # why not, in French; empty when available


@dataclass(frozen=True, slots=True)
class PickLine:
    request_id: str
    bag_code: str | None
    initials: str
    slot: str
    location: str  # "van" | "stacks" | "" (nothing available)
    call_number: str
    barcode: str
    title: str
    authors: str


@dataclass(frozen=True, slots=True)
class BagContent:
    bag_id: str
    code: str
    status: str
    request_id: str | None
    delivery_id: str | None
    patron_id: str | None
    items: tuple[AvailableItem, ...]
    message: str = ""


@dataclass(frozen=True, slots=True)
class PickupRow:
    """A bag expected at the stop, for the crew."""

    request_id: str
    slot: str
    patron_card: str
    patron_name: str
    status: str
    bag_code: str | None
    item_count: int


@dataclass(frozen=True, slots=True)
class HandOverResult:
    bag_code: str
    patron_id: str
    patron_name: str
    loans: tuple[CheckoutResult, ...]

    @property
    def message(self) -> str:
        return (
            f"Sac {self.bag_code} remis à {self.patron_name} : "
            f"{len(self.loans)} document(s) prêté(s)."
        )


@dataclass(frozen=True, slots=True)
class BagStockRow:
    patron_id: str
    patron_card: str
    patron_name: str
    bags_held: int
    bags_returned: int


# -- helpers --------------------------------------------------------------------------


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now().replace(microsecond=0)


def _visit(uow: UnitOfWork, visit_id: str) -> StopVisit:
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise DriveError(f"Passage introuvable : {visit_id}")
    return visit


def _request(uow: UnitOfWork, request_id: str) -> Request:
    request = uow.session.get(Request, request_id)
    if request is None:
        raise DriveError(f"Demande introuvable : {request_id}")
    return request


def _patron(uow: UnitOfWork, patron_id: str) -> Patron:
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise DriveError(f"Lecteur introuvable : {patron_id}")
    return patron


def _full_name(patron: Patron) -> str:
    return f"{patron.first_name} {patron.last_name}".strip()


def _record_change(
    uow: UnitOfWork, request: Request, status: str, by: str | None, at: dt.datetime
) -> None:
    request.status = status
    uow.session.add(
        RequestStatusChange(
            request_id=request.id, status=status, by=by, at=at, hlc=str(uow.clock.now())
        )
    )


def _bag_by_code(uow: UnitOfWork, raw: str) -> Bag:
    try:
        code = validate_bag_code(raw)
    except InvalidBagCode as error:
        raise DriveError(str(error)) from error
    bag = uow.session.scalar(select(Bag).where(Bag.code == code))
    if bag is None:
        raise DriveError(f"Aucun sac ne porte ce code : {code}")
    return bag


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


# -- slots ------------------------------------------------------------------------------


def list_slots(uow: UnitOfWork, visit_id: str) -> list[SlotRow]:
    """The pickup slots of a visit with how many pending requests each holds."""
    booked = (
        select(func.count())
        .where(Request.slot_id == PickupSlot.id, Request.status.in_(PENDING))
        .correlate(PickupSlot)
        .scalar_subquery()
    )
    rows = uow.session.execute(
        select(PickupSlot, booked).where(PickupSlot.visit_id == visit_id).order_by(PickupSlot.start)
    ).all()
    return [SlotRow(s.id, s.visit_id, s.start, s.end, s.capacity, int(n)) for s, n in rows]


def generate_slots(
    uow: UnitOfWork,
    visit_id: str,
    *,
    interval_minutes: int = 15,
    capacity: int = 4,
    commit: bool = True,
) -> list[SlotRow]:
    """Cut the visit's time window into slots of ``interval_minutes`` for ``capacity``
    patrons each. Slots nobody booked are replaced; booked ones are kept."""
    visit = _visit(uow, visit_id)
    if not 5 <= interval_minutes <= 240:
        raise DriveError("La durée d'un créneau doit être comprise entre 5 et 240 minutes.")
    if not 1 <= capacity <= 100:
        raise DriveError("La capacité d'un créneau doit être comprise entre 1 et 100 lecteurs.")
    if visit.status in (VisitStatus.CLOSED.value, VisitStatus.CANCELLED.value):
        raise DriveError("Ce passage est clos ou annulé : pas de créneaux de retrait.")
    existing = {s.slot_id: s for s in list_slots(uow, visit_id)}
    kept = [s for s in existing.values() if s.booked > 0]
    for row in existing.values():
        if row.booked == 0 and not _has_any_request(uow, row.slot_id):
            slot = uow.session.get(PickupSlot, row.slot_id)
            uow.session.delete(slot)
    start, end = _minutes(visit.start_time), _minutes(visit.end_time)
    cursor = start
    while cursor + interval_minutes <= end:
        a, b = _time(cursor), _time(cursor + interval_minutes)
        if not any(k.start < b and a < k.end for k in kept):
            uow.session.add(PickupSlot(visit_id=visit_id, start=a, end=b, capacity=capacity))
        cursor += interval_minutes
    uow.session.flush()
    rows = list_slots(uow, visit_id)
    if commit:
        uow.commit()
    return rows


def _has_any_request(uow: UnitOfWork, slot_id: str) -> bool:
    return bool(uow.session.scalar(select(exists().where(Request.slot_id == slot_id))))


# -- requests ----------------------------------------------------------------------------


def check_booking(uow: UnitOfWork, *, patron_id: str, visit_id: str, slot_id: str) -> None:
    """Refuse (DriveError) a booking the slot rules forbid."""
    visit = _visit(uow, visit_id)
    if visit.status in (VisitStatus.CLOSED.value, VisitStatus.CANCELLED.value):
        raise DriveError(
            f"Le passage du {visit.date:%d/%m/%Y} est clos ou annulé : choisissez un autre passage."
        )
    slot = uow.session.get(PickupSlot, slot_id)
    if slot is None or slot.visit_id != visit_id:
        raise DriveError("Ce créneau n'appartient pas à ce passage.")
    if slot.start < visit.start_time or slot.end > visit.end_time or slot.start >= slot.end:
        raise DriveError(
            f"Créneau {slot.start:%H:%M}–{slot.end:%H:%M} en dehors des horaires du passage "
            f"({visit.start_time:%H:%M}–{visit.end_time:%H:%M})."
        )
    pending = uow.session.scalar(
        select(Request)
        .where(
            Request.patron_id == patron_id,
            Request.visit_id == visit_id,
            Request.status.in_(PENDING),
        )
        .limit(1)
    )
    if pending is not None:
        raise DriveError(
            "Ce lecteur a déjà un retrait en attente à ce passage "
            f"(demande {STATUS_LABELS[pending.status]}) : complétez-la plutôt."
        )
    booked = int(
        uow.session.scalar(
            select(func.count()).where(Request.slot_id == slot_id, Request.status.in_(PENDING))
        )
        or 0
    )
    if booked >= slot.capacity:
        raise DriveError(
            f"Le créneau {slot.start:%H:%M}–{slot.end:%H:%M} est complet "
            f"({booked}/{slot.capacity}) : choisissez-en un autre."
        )


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
    commit: bool = True,
) -> RequestRow:
    """Take a drive request: precise titles (records or free-text titles) or a surprise."""
    moment = _now(now)
    _patron(uow, patron_id)
    if channel not in set(RequestChannel):
        raise DriveError(f"Canal de demande inconnu : {channel}")
    if kind not in set(RequestKind):
        raise DriveError(f"Type de demande inconnu : {kind}")
    records = list(dict.fromkeys(record_ids))
    titles = [t.strip() for t in wanted_titles if t.strip()]
    text = (free_text or "").strip() or None
    if kind == RequestKind.TITLES and not records and not titles:
        raise DriveError("Indiquez au moins un titre, ou choisissez une sélection surprise.")
    if kind == RequestKind.SURPRISE and not text and not _profile(uow, patron_id):
        raise DriveError(
            "Pour une sélection surprise, notez les goûts du lecteur (ex. « polars, pas d'horreur »)."
        )
    for record_id in records:
        if uow.session.get(Record, record_id) is None:
            raise DriveError(f"Notice introuvable : {record_id}")
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
        uow.session.add(RequestLine(request_id=request.id, record_id=record_id))
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
    row = request_row(uow, request.id)
    if commit:
        uow.commit()
    return row


def set_status(
    uow: UnitOfWork,
    request_id: str,
    status: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> RequestRow:
    """Move a request to ``status`` if the workflow allows it (who and when recorded)."""
    request = _request(uow, request_id)
    if status not in TRANSITIONS.get(RequestStatus(request.status), ()):
        raise DriveError(
            f"Une demande {STATUS_LABELS.get(request.status, request.status)} ne peut pas "
            f"devenir {STATUS_LABELS.get(status, status)}."
        )
    _record_change(uow, request, status, by, _now(now))
    if status == RequestStatus.CANCELLED:
        for bag in uow.session.scalars(
            select(Bag).where(Bag.request_id == request.id, Bag.status.in_(ACTIVE_BAG))
        ):
            _empty_bag(uow, bag, Location.STACKS.value)
    uow.session.flush()
    row = request_row(uow, request.id)
    if commit:
        uow.commit()
    return row


def cancel_request(
    uow: UnitOfWork, request_id: str, *, by: str | None = None, commit: bool = True
) -> RequestRow:
    return set_status(uow, request_id, RequestStatus.CANCELLED, by=by, commit=commit)


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
        patron_name=_full_name(patron),
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
        raise DriveError(f"Demande introuvable : {request_id}")
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


# -- availability and catalogue search ---------------------------------------------------


def _in_active_bag(item_id_column: object) -> object:
    return exists().where(
        BagItem.item_id == item_id_column,
        BagItem.removed.is_(False),
        BagItem.bag_id == Bag.id,
        Bag.status.in_(ACTIVE_BAG),
    )


def availability(uow: UnitOfWork, item: Item, *, bag_id: str | None = None) -> str:
    """Why this item cannot go in a bag now ("" when it can)."""
    if item.withdrawn:
        return "retiré des collections"
    loan = loan_of(uow, item.id)
    if loan is not None and loan.patron_id is not None:
        return "en prêt" + (f" jusqu'au {loan.due_date:%d/%m/%Y}" if loan.due_date else "")
    other = uow.session.scalar(
        select(Bag.code)
        .join(BagItem, BagItem.bag_id == Bag.id)
        .where(
            BagItem.item_id == item.id,
            BagItem.removed.is_(False),
            Bag.status.in_(ACTIVE_BAG),
            Bag.id != (bag_id or ""),
        )
        .limit(1)
    )
    if other is not None:
        return f"déjà dans le sac {other}"
    return ""


def _available_item(uow: UnitOfWork, item: Item, record: Record) -> AvailableItem:
    reason = availability(uow, item)
    return AvailableItem(
        item.id,
        record.id,
        item.barcode,
        record.title,
        record.authors or "",
        item.call_number or "",
        item.location,
        not reason,
        reason,
    )


def search_with_availability(uow: UnitOfWork, query: str, limit: int = 50) -> list[AvailableItem]:
    """Catalogue search for the request form, each hit with its availability."""
    from bibliomobile.services.catalogue import search_items

    out: list[AvailableItem] = []
    for hit in search_items(uow, query, limit=limit):
        item = uow.session.get(Item, hit.item_id)
        assert item is not None
        record = uow.session.get(Record, item.record_id)
        assert record is not None
        out.append(_available_item(uow, item, record))
    return out


# -- surprise selection --------------------------------------------------------------------

_LARGE_PRINT = ("gros caracteres", "grands caracteres", "gros caractere")
_NEGATIONS = ("pas de ", "pas d'", "pas d’", "pas ", "sans ", "surtout pas ", "jamais ")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stem(word: str) -> str:
    word = word.strip(" .;:!'’\"")
    return word[:-1] if len(word) > 4 and word.endswith(("s", "x")) else word


@dataclass(frozen=True, slots=True)
class Tastes:
    liked: tuple[str, ...]
    disliked: tuple[str, ...]
    formats: tuple[str, ...]
    authors: tuple[str, ...] = ()


def parse_tastes(text: str) -> Tastes:
    """ "polars, pas d'horreur, gros caractères" → liked polar, disliked horreur, large print."""
    liked: list[str] = []
    disliked: list[str] = []
    formats: list[str] = []
    for raw in re.split(r"[,;/\n]| et | mais ", _fold(text)):
        part = raw.strip()
        if not part:
            continue
        if any(lp in part for lp in _LARGE_PRINT):
            formats.append("large_print")
            continue
        negated = next((n for n in _NEGATIONS if part.startswith(n)), None)
        target = disliked if negated else liked
        words = part[len(negated) :] if negated else part
        for word in words.split():
            stem = _stem(word)
            if len(stem) >= 3 and stem not in ("des", "les", "aime", "adore", "lire", "livres"):
                target.append(stem)
    return Tastes(tuple(liked), tuple(disliked), tuple(formats))


def _profile(uow: UnitOfWork, patron_id: str) -> Tastes | None:
    beneficiary = uow.session.scalar(select(Beneficiary).where(Beneficiary.patron_id == patron_id))
    if beneficiary is None:
        return None
    return Tastes(
        tuple(_fold(g) for g in beneficiary.genres_liked),
        tuple(_fold(g) for g in beneficiary.genres_disliked),
        tuple(beneficiary.formats),
        tuple(_fold(a) for a in beneficiary.favourite_authors),
    )


def propose_surprise(
    uow: UnitOfWork, request_id: str, *, count: int = 5, exclude: Iterable[str] = ()
) -> list[AvailableItem]:
    """Items matching the patron's tastes (request text + home-delivery profile), available,
    never lent to this patron before; for a person to confirm (nothing is written)."""
    request = _request(uow, request_id)
    tastes = parse_tastes(request.free_text or "")
    profile = _profile(uow, request.patron_id)
    if profile is not None:
        tastes = Tastes(
            tastes.liked + profile.liked,
            tastes.disliked + profile.disliked,
            tastes.formats + profile.formats,
            profile.authors,
        )
    haystack = func.lower(
        func.coalesce(Record.genre, "")
        + " "
        + func.coalesce(Record.subjects, "")
        + " "
        + func.coalesce(Record.title, "")
    )
    copy = aliased(Item)  # any copy of the record, not only this one
    borrowed = exists().where(
        CirculationEvent.item_id == copy.id,
        copy.record_id == Record.id,
        CirculationEvent.patron_id == request.patron_id,
        CirculationEvent.kind == CirculationKind.CHECKOUT.value,
    )
    stmt = (
        select(Item, Record)
        .join(Record, Record.id == Item.record_id)
        .outerjoin(LoanState, LoanState.item_id == Item.id)
        .where(
            Item.withdrawn.is_(False),
            or_(LoanState.item_id.is_(None), LoanState.patron_id.is_(None)),
            ~_in_active_bag(Item.id),  # type: ignore[operator]
            ~borrowed,
            Item.id.not_in(list(exclude)),
        )
    )
    wanted = [*tastes.liked, *tastes.authors]
    if wanted:
        conditions = [haystack.contains(w) for w in tastes.liked]
        conditions += [
            func.lower(func.coalesce(Record.authors, "")).contains(a) for a in tastes.authors
        ]
        stmt = stmt.where(or_(*conditions))
    for word in tastes.disliked:
        stmt = stmt.where(~haystack.contains(word))
    if tastes.formats:
        stmt = stmt.where(Record.format.in_(tastes.formats))
    # Van shelves first (no trip to the stacks), newest first, one copy per record.
    stmt = stmt.order_by(
        (Item.location == Location.VAN.value).desc(), Record.year.desc(), Item.barcode
    )
    out: list[AvailableItem] = []
    seen: set[str] = set()
    for item, record in uow.session.execute(stmt.limit(count * 6)).all():
        if record.id in seen:
            continue
        seen.add(record.id)
        out.append(_available_item(uow, item, record))
        if len(out) == count:
            break
    return out


def confirm_selection(
    uow: UnitOfWork, request_id: str, item_ids: Iterable[str], *, commit: bool = True
) -> RequestRow:
    """Keep the proposed items a person confirmed as lines of the request."""
    request = _request(uow, request_id)
    for item_id in item_ids:
        item = uow.session.get(Item, item_id)
        if item is None:
            raise DriveError(f"Exemplaire introuvable : {item_id}")
        uow.session.add(
            RequestLine(request_id=request.id, record_id=item.record_id, item_id=item.id)
        )
    uow.session.flush()
    row = request_row(uow, request.id)
    if commit:
        uow.commit()
    return row


# -- pick list ----------------------------------------------------------------------------


def _call_key(call_number: str) -> tuple[object, ...]:
    parts = re.split(r"(\d+(?:\.\d+)?)", call_number.upper())
    return tuple(
        (0, float(p), "") if re.fullmatch(r"\d+(?:\.\d+)?", p) else (1, 0.0, p) for p in parts
    )


def pick_list(uow: UnitOfWork, visit_id: str) -> list[PickLine]:
    """What to fetch for the visit's pending requests: van shelves first, then central
    stacks, each by call number. A line without an available copy has location ""."""
    _visit(uow, visit_id)
    requests = uow.session.execute(
        select(Request, Patron, PickupSlot)
        .join(Patron, Patron.id == Request.patron_id)
        .outerjoin(PickupSlot, PickupSlot.id == Request.slot_id)
        .where(
            Request.visit_id == visit_id,
            Request.status.in_((RequestStatus.NEW.value, RequestStatus.PREPARING.value)),
        )
    ).all()
    out: list[PickLine] = []
    taken: set[str] = set()
    for request, patron, slot in requests:
        bag_code = uow.session.scalar(select(Bag.code).where(Bag.request_id == request.id))
        slot_text = f"{slot.start:%H:%M}" if slot else ""
        who = initials(patron.first_name, patron.last_name)
        lines = uow.session.scalars(
            select(RequestLine).where(
                RequestLine.request_id == request.id, RequestLine.cancelled.is_(False)
            )
        ).all()
        for line in lines:
            item = uow.session.get(Item, line.item_id) if line.item_id else None
            if item is None and line.record_id is not None:
                item = _best_copy(uow, line.record_id, taken)
            if item is not None:
                taken.add(item.id)
                record = uow.session.get(Record, item.record_id)
                assert record is not None
                out.append(
                    PickLine(request.id, bag_code, who, slot_text, item.location,
                             item.call_number or "", item.barcode, record.title,
                             record.authors or "")
                )  # fmt: skip
            else:
                record = uow.session.get(Record, line.record_id) if line.record_id else None
                title = record.title if record else (line.free_text or "")
                out.append(PickLine(request.id, bag_code, who, slot_text, "", "", "", title, ""))
    order = {Location.VAN.value: 0, Location.STACKS.value: 1}
    out.sort(key=lambda p: (order.get(p.location, 2), _call_key(p.call_number), p.title))
    return out


def _best_copy(uow: UnitOfWork, record_id: str, taken: set[str]) -> Item | None:
    items = uow.session.scalars(
        select(Item)
        .where(Item.record_id == record_id, Item.withdrawn.is_(False))
        .order_by((Item.location == Location.VAN.value).desc(), Item.barcode)
    ).all()
    for item in items:
        if item.id not in taken and not availability(uow, item):
            return item
    return None


PICK_SECTIONS = {
    "van": "Rayonnages du bibliobus",
    "stacks": "Magasin central",
    "": "Sans exemplaire disponible",
}


def pick_list_pdf(lines: list[PickLine], out: object, title: str = "Liste de prélèvement") -> None:
    """The pick list as an A4 PDF, one section per place, sorted by call number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(out if hasattr(out, "write") else str(out), pagesize=A4)
    canvas.setTitle(title)
    height = A4[1]
    y = height - 20 * mm

    def line(text: str, font: str = "Helvetica", size: float = 9, x: float = 15 * mm) -> None:
        nonlocal y
        if y < 20 * mm:
            canvas.showPage()
            y = height - 20 * mm
        canvas.setFont(font, size)
        canvas.drawString(x, y, text[:110])
        y -= size * 1.5

    line(title, "Helvetica-Bold", 14)
    for key in ("van", "stacks", ""):
        section = [p for p in lines if p.location == key]
        if not section:
            continue
        y -= 4
        line(f"{PICK_SECTIONS[key]} ({len(section)})", "Helvetica-Bold", 11)
        for p in section:
            line(
                f"☐ {p.call_number:<14} {p.barcode:<14} {p.title[:48]:<48} "
                f"{p.slot} {p.initials} {p.bag_code or ''}",
                "Courier",
                8,
            )
    canvas.showPage()
    canvas.save()


# -- bags -----------------------------------------------------------------------------------


def _bag_content(uow: UnitOfWork, bag: Bag, message: str = "") -> BagContent:
    rows = uow.session.execute(
        select(Item, Record)
        .join(BagItem, BagItem.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
        .order_by(Item.call_number)
    ).all()
    items = tuple(
        AvailableItem(i.id, r.id, i.barcode, r.title, r.authors or "", i.call_number or "",
                      i.location, True, "")
        for i, r in rows
    )  # fmt: skip
    return BagContent(
        bag.id, bag.code, bag.status, bag.request_id, bag.delivery_id, bag.patron_id, items, message
    )


def bag_content(uow: UnitOfWork, code: str) -> BagContent:
    return _bag_content(uow, _bag_by_code(uow, code))


def create_bag(
    uow: UnitOfWork,
    code: str,
    *,
    request_id: str | None = None,
    delivery_id: str | None = None,
    patron_id: str | None = None,
    by: str | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> BagContent:
    """Start preparing a bag for a drive request or a home delivery (not both).

    A returned bag's code may be used again (reusable bags); a bag still in use is refused.
    """
    if (request_id is None) == (delivery_id is None):
        raise DriveError("Un sac appartient à une demande drive ou à une livraison de portage.")
    try:
        normalised = validate_bag_code(code)
    except InvalidBagCode as error:
        raise DriveError(str(error)) from error
    if request_id is not None:
        request = _request(uow, request_id)
        if request.status not in (RequestStatus.NEW.value, RequestStatus.PREPARING.value):
            raise DriveError(
                f"Cette demande est {STATUS_LABELS[request.status]} : on ne prépare plus son sac."
            )
        patron_id = request.patron_id
        if uow.session.scalar(
            select(Bag.code).where(Bag.request_id == request_id, Bag.status.in_(ACTIVE_BAG))
        ):
            raise DriveError("Cette demande a déjà un sac en préparation.")
    bag = uow.session.scalar(select(Bag).where(Bag.code == normalised))
    if bag is not None:
        if bag.status != BagStatus.RETURNED.value:
            raise DriveError(f"Le sac {normalised} est déjà utilisé (statut : {bag.status}).")
        bag.status = BagStatus.PREPARING.value
        bag.request_id, bag.delivery_id, bag.patron_id = request_id, delivery_id, patron_id
    else:
        bag = Bag(code=normalised, status=BagStatus.PREPARING.value, request_id=request_id,
                  delivery_id=delivery_id, patron_id=patron_id)  # fmt: skip
        uow.session.add(bag)
    if request_id is not None:
        request = _request(uow, request_id)
        if request.status == RequestStatus.NEW.value:
            _record_change(uow, request, RequestStatus.PREPARING.value, by, _now(now))
    uow.session.flush()
    content = _bag_content(uow, bag, f"Sac {normalised} en préparation : scannez les documents.")
    if commit:
        uow.commit()
    return content


def add_to_bag(uow: UnitOfWork, code: str, item_barcode: str, *, commit: bool = True) -> BagContent:
    """Put a scanned item in a bag being prepared (refused if lent or in another bag)."""
    bag = _bag_by_code(uow, code)
    if bag.status != BagStatus.PREPARING.value:
        raise DriveError(f"Le sac {bag.code} n'est plus en préparation (statut : {bag.status}).")
    barcode = normalize_scan(item_barcode)
    item = uow.session.scalar(select(Item).where(Item.barcode == barcode))
    if item is None:
        raise DriveError(f"Ce code-barres n'est pas un exemplaire connu : {barcode}")
    already = uow.session.scalar(
        select(BagItem).where(
            BagItem.bag_id == bag.id, BagItem.item_id == item.id, BagItem.removed.is_(False)
        )
    )
    if already is not None:
        return _bag_content(uow, bag, f"Déjà dans ce sac : {barcode}")
    reason = availability(uow, item, bag_id=bag.id)
    if reason:
        raise DriveError(f"Impossible de mettre {barcode} dans le sac : {reason}.")
    uow.session.add(BagItem(bag_id=bag.id, item_id=item.id))
    item.location = Location.BAG.value
    uow.session.flush()
    record = uow.session.get(Record, item.record_id)
    content = _bag_content(uow, bag, f"Ajouté : {record.title if record else barcode}")
    if commit:
        uow.commit()
    return content


def remove_from_bag(
    uow: UnitOfWork, code: str, item_barcode: str, *, commit: bool = True
) -> BagContent:
    bag = _bag_by_code(uow, code)
    barcode = normalize_scan(item_barcode)
    link = uow.session.scalar(
        select(BagItem)
        .join(Item, Item.id == BagItem.item_id)
        .where(BagItem.bag_id == bag.id, Item.barcode == barcode, BagItem.removed.is_(False))
    )
    if link is None:
        raise DriveError(f"Ce document n'est pas dans le sac {bag.code} : {barcode}")
    link.removed = True
    item = uow.session.get(Item, link.item_id)
    assert item is not None
    item.location = Location.STACKS.value
    uow.session.flush()
    content = _bag_content(uow, bag, f"Retiré du sac : {barcode}")
    if commit:
        uow.commit()
    return content


def mark_bag_ready(
    uow: UnitOfWork,
    code: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> BagContent:
    """Close a prepared bag: it is ready, its request too, and the patron is notified."""
    bag = _bag_by_code(uow, code)
    if bag.status != BagStatus.PREPARING.value:
        raise DriveError(f"Le sac {bag.code} n'est pas en préparation (statut : {bag.status}).")
    content = _bag_content(uow, bag)
    if not content.items:
        raise DriveError(f"Le sac {bag.code} est vide : scannez au moins un document.")
    bag.status = BagStatus.READY.value
    moment = _now(now)
    if bag.request_id is not None:
        request = _request(uow, bag.request_id)
        if request.status == RequestStatus.NEW.value:
            _record_change(uow, request, RequestStatus.PREPARING.value, by, moment)
        if request.status == RequestStatus.PREPARING.value:
            _record_change(uow, request, RequestStatus.READY.value, by, moment)
        from bibliomobile.services.notifications.queue import NotificationKind, queue_notification

        queue_notification(uow, request.id, NotificationKind.BAG_READY, now=moment)
    uow.session.flush()
    result = _bag_content(uow, bag, f"Sac {bag.code} prêt ({len(content.items)} document(s)).")
    if commit:
        uow.commit()
    return result


def _empty_bag(uow: UnitOfWork, bag: Bag, location: str) -> None:
    """Put a bag's items back on the shelves and the bag back in stock."""
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True
        item = uow.session.get(Item, link.item_id)
        if item is not None and item.location == Location.BAG.value:
            item.location = location
    bag.status = BagStatus.RETURNED.value


# -- at the stop ------------------------------------------------------------------------------


def expected_pickups(uow: UnitOfWork, visit_id: str) -> list[PickupRow]:
    """The bags expected at this visit, by slot (cancelled requests left out)."""
    rows = list_requests(
        uow, visit_id=visit_id, statuses=[*PENDING, RequestStatus.COLLECTED, RequestStatus.NO_SHOW]
    )
    out: list[PickupRow] = []
    for r in rows:
        count = 0
        if r.bag_code:
            count = len(bag_content(uow, r.bag_code).items) if r.status in PENDING else r.lines
        slot = f"{r.slot_start:%H:%M}–{r.slot_end:%H:%M}" if r.slot_start and r.slot_end else ""
        out.append(PickupRow(r.request_id, slot, r.patron_card, r.patron_name, r.status,
                             r.bag_code, count))  # fmt: skip
    return out


def hand_over_bag(
    uow: UnitOfWork,
    code: str,
    *,
    visit_id: str | None = None,
    by: str | None = None,
    override_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> HandOverResult:
    """Scan a bag's QR at the stop: all its items are lent to its patron in one go
    (usual blocks apply), the request is collected and the bag handed over.

    All or nothing: if one checkout is refused, nothing is written.
    """
    bag = _bag_by_code(uow, code)
    if bag.status == BagStatus.HANDED_OVER.value:
        raise DriveError(f"Le sac {bag.code} a déjà été remis.")
    if bag.status != BagStatus.READY.value:
        raise DriveError(f"Le sac {bag.code} n'est pas prêt (statut : {bag.status}).")
    request = _request(uow, bag.request_id) if bag.request_id else None
    if request is not None and visit_id is not None and request.visit_id != visit_id:
        visit = _visit(uow, request.visit_id)
        raise DriveError(
            f"Ce sac est prévu pour le passage du {visit.date:%d/%m/%Y}, pas pour celui-ci."
        )
    patron_id = bag.patron_id or (request.patron_id if request else None)
    if patron_id is None:
        raise DriveError(f"Le sac {bag.code} n'a pas de lecteur.")
    patron = _patron(uow, patron_id)
    content = _bag_content(uow, bag)
    loans: list[CheckoutResult] = []
    try:
        for item in content.items:
            loans.append(
                checkout(
                    uow,
                    item_barcode=item.barcode,
                    patron_id=patron_id,
                    visit_id=visit_id or (request.visit_id if request else None),
                    delivery_id=bag.delivery_id,
                    override_reason=override_reason,
                    today=today,
                    now=now,
                )
            )
    except CirculationError:
        uow.rollback()
        raise
    bag.status = BagStatus.HANDED_OVER.value
    bag.patron_id = patron_id
    if request is not None:
        _record_change(uow, request, RequestStatus.COLLECTED.value, by, _now(now))
    uow.session.flush()
    result = HandOverResult(bag.code, patron_id, _full_name(patron), tuple(loans))
    if commit:
        uow.commit()
    return result


def close_visit_pickups(
    uow: UnitOfWork,
    visit_id: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> list[str]:
    """End of the visit: pending requests become no-show, their bags' items go back to
    the van shelves and the bags back in stock. Returns the no-show request ids."""
    _visit(uow, visit_id)
    moment = _now(now)
    pending = uow.session.scalars(
        select(Request).where(Request.visit_id == visit_id, Request.status.in_(PENDING))
    ).all()
    for request in pending:
        _record_change(uow, request, RequestStatus.NO_SHOW.value, by, moment)
        for bag in uow.session.scalars(
            select(Bag).where(Bag.request_id == request.id, Bag.status.in_(ACTIVE_BAG))
        ):
            _empty_bag(uow, bag, Location.VAN.value)
    uow.session.flush()
    if commit:
        uow.commit()
    return [r.id for r in pending]


def return_bag(uow: UnitOfWork, code: str, *, commit: bool = True) -> BagContent:
    """A patron brings an empty bag back: it goes back in stock for another request."""
    bag = _bag_by_code(uow, code)
    if bag.status != BagStatus.HANDED_OVER.value:
        raise DriveError(f"Le sac {bag.code} n'était pas chez un lecteur (statut : {bag.status}).")
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True  # the items stay on loan; the bag is free again
    bag.status = BagStatus.RETURNED.value
    uow.session.flush()
    content = _bag_content(uow, bag, f"Sac {bag.code} rendu, de nouveau disponible.")
    if commit:
        uow.commit()
    return content


def bag_stock(uow: UnitOfWork) -> list[BagStockRow]:
    """Per patron: bags they hold now and bags they brought back (reusable bags run out)."""
    held = func.count().filter(Bag.status == BagStatus.HANDED_OVER.value)
    back = func.count().filter(Bag.status == BagStatus.RETURNED.value)
    rows = uow.session.execute(
        select(Patron, held, back)
        .join(Bag, Bag.patron_id == Patron.id)
        .group_by(Patron.id)
        .having(or_(held > 0, back > 0))
        .order_by(held.desc(), Patron.last_name)
    ).all()
    return [BagStockRow(p.id, p.card_barcode, _full_name(p), int(h), int(b)) for p, h, b in rows]


def bags_in_stock(uow: UnitOfWork) -> int:
    """Bags free for a new request (returned, or never used)."""
    return int(
        uow.session.scalar(
            select(func.count()).select_from(Bag).where(Bag.status == BagStatus.RETURNED.value)
        )
        or 0
    )


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
