"""Circulation: the one service behind every checkout, return, renewal and undo.

The circulation log (:class:`CirculationEvent`) is append-only and is the truth:
nothing here edits or deletes an event. Who holds an item is derived from the log
(the latest event of the item that was not undone); the local ``loan_state`` table is
only an index of that derivation, kept in the same transaction by the store (see
:mod:`bibliomobile.store.projections`) and rebuildable with :func:`rebuild_loans`.

Every write goes through the unit of work, so it leaves outbox rows (change capture)
and syncs later. Each write function commits by default; pass ``commit=False`` to
group several writes (e.g. a drive bag handed over) in one transaction and commit
yourself. A refused operation raises :class:`CirculationError` (French message for
the crew) before anything is written.

The bookmobile desk ("Arrêt"), drive hand-over, home delivery and ``simulate`` all
call these functions; the names are stable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from bibliomobile.domain.enums import CirculationKind, Location, VisitStatus
from bibliomobile.domain.loans import DEFAULT_LOAN_DAYS, Block, BlockKind, patron_blocks
from bibliomobile.domain.loans import due_date as compute_due_date
from bibliomobile.domain.scan import normalize_scan
from bibliomobile.store.models import (
    CirculationEvent,
    Delivery,
    Item,
    Library,
    LoanState,
    Patron,
    Record,
    Stop,
    StopVisit,
    Tour,
)
from bibliomobile.store.projections import catch_up, rebuild_loan_state
from bibliomobile.store.uow import UnitOfWork

NO_LOAN_FLAG = "no_loan"
"""``CirculationEvent.flag`` of a return of an item nobody held (kept, for review)."""


def desk_action() -> ColumnElement[bool]:
    """Events a person did at a desk (not made by the system, e.g. a due date moved
    because a visit was cancelled): the only ones undo, summaries and exports count."""
    return or_(CirculationEvent.flag.is_(None), CirculationEvent.flag == NO_LOAN_FLAG)


def undone() -> ColumnElement[bool]:
    """True for an event that a later UNDO event cancelled (the log keeps both)."""
    undo = aliased(CirculationEvent)
    return (
        select(undo.id)
        .where(
            undo.item_id == CirculationEvent.item_id,
            undo.kind == CirculationKind.UNDO.value,
            undo.undoes_id == CirculationEvent.id,
        )
        .exists()
    )


# -- errors ---------------------------------------------------------------------------


class CirculationError(Exception):
    """An operation refused for a reason the crew can act on; nothing was written."""


class UnknownBarcode(CirculationError):
    """The scanned code is not an item of the catalogue."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Ce code-barres n'est pas un exemplaire connu : {code}")
        self.code = code


class UnknownCard(CirculationError):
    """The scanned code is not a patron card."""

    def __init__(self, code: str) -> None:
        super().__init__(f"Cette carte n'est pas connue : {code}")
        self.code = code


class CheckoutRefused(CirculationError):
    """The patron is blocked; an override with a reason lifts the blocks."""

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        lines = " ".join(b.message for b in blocks)
        super().__init__(f"Prêt refusé. {lines} Pour prêter quand même, indiquez un motif.")
        self.blocks = blocks


class NothingToUndo(CirculationError):
    """No action of this device on this visit is left to undo."""


# -- results ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenLoan:
    """An item a patron holds now."""

    item_id: str
    barcode: str
    title: str
    due_date: dt.date | None
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class LoanInfo:
    """Who holds an item, derived from the log."""

    item_id: str
    event_id: str
    patron_id: str | None
    due_date: dt.date | None


@dataclass(frozen=True, slots=True)
class PatronPanel:
    """What the desk shows once a card is scanned."""

    patron_id: str
    card_barcode: str
    first_name: str
    last_name: str
    card_expiry: dt.date | None
    max_loans: int
    loans: tuple[OpenLoan, ...]
    blocks: tuple[Block, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    """A checkout that was recorded."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str
    due_date: dt.date
    override_reason: str | None = None
    previous_patron_id: str | None = None  # the item was still lent to someone else

    @property
    def message(self) -> str:
        text = f"Prêté : {self.title} — à rendre le {self.due_date:%d/%m/%Y}"
        if self.previous_patron_id is not None:
            text += " (il était encore prêté à un autre lecteur : son prêt est clos)"
        return text


@dataclass(frozen=True, slots=True)
class CheckinResult:
    """A return that was recorded (flagged when nobody held the item)."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str | None
    days_late: int
    set_aside_until: dt.date | None
    no_loan: bool = False

    @property
    def message(self) -> str:
        text = f"Retour : {self.title}"
        if self.no_loan:
            text += " — aucun prêt en cours : retour enregistré et signalé"
        if self.days_late > 0:
            text += f" — {self.days_late} jour(s) de retard"
        if self.set_aside_until is not None:
            text += f" — à mettre de côté jusqu'au {self.set_aside_until:%d/%m/%Y}"
        return text


@dataclass(frozen=True, slots=True)
class RenewResult:
    """A renewal that was recorded."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str
    due_date: dt.date
    previous_due_date: dt.date | None

    @property
    def message(self) -> str:
        return f"Prolongé : {self.title} — à rendre le {self.due_date:%d/%m/%Y}"


@dataclass(frozen=True, slots=True)
class UndoResult:
    """The UNDO event written and what it cancelled."""

    event_id: str
    undone_event_id: str
    undone_kind: str
    item_id: str
    barcode: str
    title: str
    patron_id: str | None

    @property
    def message(self) -> str:
        what = {
            CirculationKind.CHECKOUT.value: "prêt",
            CirculationKind.CHECKIN.value: "retour",
            CirculationKind.RENEW.value: "prolongation",
        }.get(self.undone_kind, self.undone_kind)
        return f"Annulé : {what} de {self.title}"


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A dated visit of a stop, for lists and headers."""

    visit_id: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    status: str
    stop_id: str
    commune: str
    place: str
    tour_id: str
    tour_name: str

    @property
    def label(self) -> str:
        return (
            f"{self.commune} – {self.place}, {self.start_time:%H:%M}–{self.end_time:%H:%M}"
            f" ({self.tour_name})"
        )


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """End-of-visit figures (undone actions do not count)."""

    visit: VisitRow
    checkouts: int
    checkins: int
    renewals: int
    undone: int
    flagged_returns: int
    overrides: int
    patrons_served: int
    adults: int
    children: int
    new_registrations: int
    new_patrons: tuple[str, ...] = field(default=())  # names of patrons registered that day


# -- helpers ----------------------------------------------------------------------------


def _moment(today: dt.date | None, now: dt.datetime | None) -> tuple[dt.date, dt.datetime]:
    """(the business day, the local wall time stamped on the event)."""
    moment = now or dt.datetime.now()
    day = today or moment.date()
    if moment.date() != day:
        moment = dt.datetime.combine(day, moment.time())
    return day, moment


_CAUGHT_UP = "bibliomobile.circulation.caught_up"  # session.info: loan index checked
_FOUND = "bibliomobile.circulation.found"  # session.info memo: barcode → (item id, title, days)

# Built once: at the desk every millisecond counts, and building a statement costs more
# than running it.
_ITEM_AT_DESK = (
    select(Item, Record.title, Library.set_aside_days)
    .join(Record, Record.id == Item.record_id)
    .outerjoin(Library, Library.id == Item.home_library_id)
    .where(Item.barcode == bindparam("barcode"))
)
_LOAN_OF = select(LoanState.event_id, LoanState.patron_id, LoanState.due_date).where(
    LoanState.item_id == bindparam("item_id")
)


@dataclass(frozen=True, slots=True)
class _Found:
    item: Item
    title: str
    set_aside_days: int


def _reader(uow: UnitOfWork) -> Connection:
    """The unit of work's connection for plain reads (less overhead than ORM queries).

    Pending changes are flushed first, so the loan index already counts the events
    of this transaction (several checkouts committed together, ``commit=False``), and
    once per unit of work the index takes in events that arrived without the ORM.
    """
    session = uow.session
    if session.new or session.dirty or session.deleted:
        session.flush()
    connection = session.connection()
    if not session.info.get(_CAUGHT_UP):
        # Events pulled by sync are written without the ORM: take them in first.
        catch_up(session)
        session.info[_CAUGHT_UP] = True
    return connection


def _lookup(uow: UnitOfWork, code: str) -> _Found | None:
    """The item of a normalised barcode, its title and its library's set-aside days.

    Remembered for the unit of work, so the desk's "is it an item?" and the checkout
    that follows cost one query.
    """
    memo: dict[str, tuple[str, str, int]] = uow.session.info.setdefault(_FOUND, {})
    known = memo.get(code)
    if known is not None:
        item = uow.session.get(Item, known[0])
        if item is not None:
            return _Found(item, known[1], known[2])
    row = uow.session.execute(_ITEM_AT_DESK, {"barcode": code}).first()
    if row is None:
        return None
    item, title, days = row
    memo[code] = (item.id, str(title or item.barcode), int(days or 0))
    return _Found(item, memo[code][1], memo[code][2])


def find_item(uow: UnitOfWork, raw: str) -> str | None:
    """The item id of a scanned barcode, or None."""
    found = _lookup(uow, normalize_scan(raw))
    return found.item.id if found else None


def _item_by_barcode(uow: UnitOfWork, raw: str) -> _Found:
    code = normalize_scan(raw)
    if not code:
        raise CirculationError("Code-barres vide : scannez l'exemplaire.")
    found = _lookup(uow, code)
    if found is None:
        raise UnknownBarcode(code)
    return found


def _title(uow: UnitOfWork, item: Item) -> str:
    title = uow.session.scalar(select(Record.title).where(Record.id == item.record_id))
    return str(title or item.barcode)


def _patron(uow: UnitOfWork, patron_id: str) -> Patron:
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise CirculationError("Lecteur introuvable : scannez à nouveau sa carte.")
    return patron


def _visit(uow: UnitOfWork, visit_id: str) -> StopVisit:
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise CirculationError("Ce passage n'existe pas (ou plus) sur cet appareil.")
    return visit


def _append(
    uow: UnitOfWork,
    *,
    kind: CirculationKind,
    item_id: str,
    occurred_at: dt.datetime,
    patron_id: str | None = None,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    due_date: dt.date | None = None,
    undoes_id: str | None = None,
    override_reason: str | None = None,
    flag: str | None = None,
) -> CirculationEvent:
    event = CirculationEvent(
        kind=kind.value,
        item_id=item_id,
        patron_id=patron_id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due_date,
        occurred_at=occurred_at,
        hlc=str(uow.clock.now()),
        device_id=uow.device_id,
        undoes_id=undoes_id,
        override_reason=override_reason,
        flag=flag,
    )
    uow.session.add(event)
    return event


def _loan_days_and_stop(
    uow: UnitOfWork, visit_id: str | None, delivery_id: str | None, patron_id: str
) -> tuple[int, str | None]:
    """The loan period and the stop whose visits due dates fall on (None: no stop)."""
    session = uow.session
    if delivery_id is not None:
        if session.get(Delivery, delivery_id) is None:
            raise CirculationError("Cette tournée de portage n'existe pas sur cet appareil.")
        return DEFAULT_LOAN_DAYS, None
    if visit_id is not None:
        row = _reader(uow).execute(_VISIT_TOUR, {"visit_id": visit_id}).first()
        if row is None:
            raise CirculationError("Ce passage n'existe pas (ou plus) sur cet appareil.")
        return int(row[0] or DEFAULT_LOAN_DAYS), str(row[1])
    stop_id = _patron(uow, patron_id).home_stop_id
    if stop_id is None:
        return DEFAULT_LOAN_DAYS, None
    loan_days = session.scalar(
        select(Tour.loan_days).join(Stop, Stop.tour_id == Tour.id).where(Stop.id == stop_id)
    )
    return int(loan_days or DEFAULT_LOAN_DAYS), stop_id


_VISIT_TOUR = (
    select(Tour.loan_days, StopVisit.stop_id)
    .select_from(StopVisit)
    .join(Stop, Stop.id == StopVisit.stop_id)
    .join(Tour, Tour.id == Stop.tour_id)
    .where(StopVisit.id == bindparam("visit_id"))
)
_FIRST_VISIT_FROM = select(func.min(StopVisit.date)).where(
    StopVisit.stop_id == bindparam("stop_id"),
    StopVisit.date >= bindparam("earliest"),
    StopVisit.status.in_([VisitStatus.PLANNED.value, VisitStatus.OPEN.value]),
)


def due_date_for(
    uow: UnitOfWork,
    *,
    patron_id: str,
    today: dt.date,
    visit_id: str | None = None,
    delivery_id: str | None = None,
) -> dt.date:
    """The due date of a loan made today at this visit (or delivery).

    The first planned visit of the stop on or after ``today + tour loan period``; for a
    delivery, or a stop without a planned visit that late, ``today + loan period``.
    Without a visit, the patron's usual stop is used.
    """
    loan_days, stop_id = _loan_days_and_stop(uow, visit_id, delivery_id, patron_id)
    earliest = today + dt.timedelta(days=loan_days)
    visits: list[dt.date] = []
    if stop_id is not None:
        first = _reader(uow).scalar(_FIRST_VISIT_FROM, {"stop_id": stop_id, "earliest": earliest})
        if first is not None:
            visits.append(first)
    return compute_due_date(today, loan_days, visits)


# -- derived loans ------------------------------------------------------------------------


def loan_of(uow: UnitOfWork, item_id: str) -> LoanInfo | None:
    """The open loan of an item (None when it is not lent), derived from the log.

    Read afresh each time (not from the session's identity map): the loan index is
    rewritten by SQL when events are flushed.
    """
    row = _reader(uow).execute(_LOAN_OF, {"item_id": item_id}).first()
    if row is None:
        return None
    return LoanInfo(item_id, str(row[0]), row[1], row[2])


_OPEN_LOANS = (
    select(Item.id, Item.barcode, Record.title, LoanState.due_date)
    .select_from(LoanState)
    .join(Item, Item.id == LoanState.item_id)
    .join(Record, Record.id == Item.record_id)
    .where(LoanState.patron_id == bindparam("patron_id"))
    .order_by(LoanState.due_date, Record.title)
)


def open_loans(uow: UnitOfWork, patron_id: str, today: dt.date | None = None) -> list[OpenLoan]:
    """Items this patron holds now, soonest due first, derived from the log."""
    day = today or dt.date.today()
    rows = _reader(uow).execute(_OPEN_LOANS, {"patron_id": patron_id}).all()
    return [
        OpenLoan(str(i), str(b), str(t), d, overdue=d is not None and d < day)
        for i, b, t, d in rows
    ]


def rebuild_loans(uow: UnitOfWork) -> int:
    """Derive the loan index again from the whole log (after a restore or a bulk load).

    Returns:
        The number of open loans.
    """
    count = rebuild_loan_state(uow.session.connection())
    uow.commit()
    return count


# -- patrons at the desk ------------------------------------------------------------------


def patron_panel(uow: UnitOfWork, patron_id: str, today: dt.date | None = None) -> PatronPanel:
    """The desk panel of a patron: name, loans with due dates, blocks."""
    day = today or dt.date.today()
    patron = _patron(uow, patron_id)
    loans = tuple(open_loans(uow, patron.id, day))
    overdue = [loan.due_date for loan in loans if loan.overdue and loan.due_date]
    blocks = patron_blocks(
        today=day,
        card_expiry=patron.card_expiry,
        blocked_reason=patron.blocked_reason,
        loan_count=len(loans),
        max_loans=patron.max_loans,
        overdue_count=len(overdue),
        oldest_due=min(overdue) if overdue else None,
    )
    return PatronPanel(
        patron_id=patron.id,
        card_barcode=patron.card_barcode,
        first_name=patron.first_name,
        last_name=patron.last_name,
        card_expiry=patron.card_expiry,
        max_loans=patron.max_loans,
        loans=loans,
        blocks=blocks,
    )


def find_card(uow: UnitOfWork, raw: str) -> str | None:
    """The patron id of a scanned card, or None."""
    code = normalize_scan(raw)
    found = _reader(uow).scalar(_CARD, {"card": code})
    return str(found) if found is not None else None


_CARD = select(Patron.id).where(Patron.card_barcode == bindparam("card"))


def identify_patron(uow: UnitOfWork, card: str, today: dt.date | None = None) -> PatronPanel:
    """The panel of the patron whose card was scanned.

    Raises:
        UnknownCard: no patron has this card.
    """
    patron_id = find_card(uow, card)
    if patron_id is None:
        raise UnknownCard(normalize_scan(card))
    return patron_panel(uow, patron_id, today)


_LOANS_OF_PATRON = select(
    func.count(),
    func.count().filter(LoanState.due_date < bindparam("today")),
    func.min(LoanState.due_date).filter(LoanState.due_date < bindparam("today")),
).where(LoanState.patron_id == bindparam("patron_id"))


def _blocks_for_checkout(uow: UnitOfWork, patron: Patron, today: dt.date) -> tuple[Block, ...]:
    count, overdue, oldest = (
        _reader(uow).execute(_LOANS_OF_PATRON, {"today": today, "patron_id": patron.id}).one()
    )
    return patron_blocks(
        today=today,
        card_expiry=patron.card_expiry,
        blocked_reason=patron.blocked_reason,
        loan_count=int(count),
        max_loans=patron.max_loans,
        overdue_count=int(overdue),
        oldest_due=oldest,
    )


# -- writes ---------------------------------------------------------------------------------


def checkout(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    patron_id: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    override_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> CheckoutResult:
    """Lend an item to a patron.

    Raises:
        UnknownBarcode: the code is not an item; nothing written.
        CheckoutRefused: the patron is blocked and no override reason was given.
        CirculationError: withdrawn item, item already lent to this patron, etc.
    """
    day, moment = _moment(today, now)
    found = _item_by_barcode(uow, item_barcode)
    item = found.item
    patron = _patron(uow, patron_id)
    reason = (override_reason or "").strip() or None
    if item.withdrawn:
        raise CirculationError(f"Exemplaire retiré des collections : {item.barcode}")
    current = loan_of(uow, item.id)
    if current is not None and current.patron_id == patron.id:
        raise CirculationError(
            f"Déjà prêté à ce lecteur (à rendre le {current.due_date:%d/%m/%Y}) : "
            "utilisez « Prolonger »."
            if current.due_date
            else "Déjà prêté à ce lecteur : utilisez « Prolonger »."
        )
    blocks = _blocks_for_checkout(uow, patron, day)
    if item.set_aside_until is not None and item.set_aside_until > day:
        blocks = (
            *blocks,
            Block(
                BlockKind.SET_ASIDE,
                f"Exemplaire mis de côté jusqu'au {item.set_aside_until:%d/%m/%Y}.",
            ),
        )
    if blocks and reason is None:
        raise CheckoutRefused(blocks)
    due = due_date_for(
        uow, patron_id=patron.id, today=day, visit_id=visit_id, delivery_id=delivery_id
    )
    event = _append(
        uow,
        kind=CirculationKind.CHECKOUT,
        item_id=item.id,
        occurred_at=moment,
        patron_id=patron.id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due,
        override_reason=reason if blocks else None,
    )
    item.location = Location.ON_LOAN.value
    item.set_aside_until = None
    result = CheckoutResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=patron.id,
        due_date=due,
        override_reason=event.override_reason,
        previous_patron_id=current.patron_id if current is not None else None,
    )
    if commit:
        uow.commit()
    return result


def checkin(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> CheckinResult:
    """Take an item back, whatever stop it was lent at.

    Applies the set-aside period of the item's home library. A return of an item
    nobody held is recorded and flagged (``no_loan``), never refused.

    Raises:
        UnknownBarcode: the code is not an item; nothing written.
    """
    day, moment = _moment(today, now)
    found = _item_by_barcode(uow, item_barcode)
    item = found.item
    if visit_id is not None:
        _visit(uow, visit_id)
    current = loan_of(uow, item.id)
    event = _append(
        uow,
        kind=CirculationKind.CHECKIN,
        item_id=item.id,
        occurred_at=moment,
        patron_id=current.patron_id if current else None,
        visit_id=visit_id,
        delivery_id=delivery_id,
        flag=None if current else NO_LOAN_FLAG,
    )
    set_aside_days = found.set_aside_days
    item.set_aside_until = day + dt.timedelta(days=set_aside_days) if set_aside_days > 0 else None
    if visit_id is not None:
        item.location = Location.VAN.value
    elif delivery_id is not None:
        item.location = Location.BAG.value
    else:
        item.location = Location.STACKS.value
    late = 0
    if current is not None and current.due_date is not None and current.due_date < day:
        late = (day - current.due_date).days
    result = CheckinResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=current.patron_id if current else None,
        days_late=late,
        set_aside_until=item.set_aside_until,
        no_loan=current is None,
    )
    if commit:
        uow.commit()
    return result


def renew(
    uow: UnitOfWork,
    *,
    item_barcode: str,
    patron_id: str,
    visit_id: str | None = None,
    delivery_id: str | None = None,
    override_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> RenewResult:
    """Extend a loan to the visit that follows a new loan period from today.

    Raises:
        UnknownBarcode: the code is not an item.
        CirculationError: the item is not lent to this patron, or the loan already
            runs at least that long.
        CheckoutRefused: expired or blocked card, without an override reason.
    """
    day, moment = _moment(today, now)
    found = _item_by_barcode(uow, item_barcode)
    item = found.item
    patron = _patron(uow, patron_id)
    current = loan_of(uow, item.id)
    if current is None or current.patron_id != patron.id:
        raise CirculationError(f"Cet exemplaire n'est pas prêté à ce lecteur : {item.barcode}")
    reason = (override_reason or "").strip() or None
    blocks = tuple(
        b
        for b in _blocks_for_checkout(uow, patron, day)
        if b.kind in (BlockKind.BLOCKED, BlockKind.EXPIRED_CARD)
    )
    if blocks and reason is None:
        raise CheckoutRefused(blocks)
    due = due_date_for(
        uow, patron_id=patron.id, today=day, visit_id=visit_id, delivery_id=delivery_id
    )
    if current.due_date is not None and due <= current.due_date:
        raise CirculationError(
            f"Ce prêt court déjà jusqu'au {current.due_date:%d/%m/%Y} : rien à prolonger."
        )
    event = _append(
        uow,
        kind=CirculationKind.RENEW,
        item_id=item.id,
        occurred_at=moment,
        patron_id=patron.id,
        visit_id=visit_id,
        delivery_id=delivery_id,
        due_date=due,
        override_reason=reason if blocks else None,
    )
    result = RenewResult(
        event_id=event.id,
        item_id=item.id,
        barcode=item.barcode,
        title=found.title,
        patron_id=patron.id,
        due_date=due,
        previous_due_date=current.due_date,
    )
    if commit:
        uow.commit()
    return result


def undo_last(
    uow: UnitOfWork,
    *,
    visit_id: str | None,
    device: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    commit: bool = True,
) -> UndoResult:
    """Cancel the last action of this device at this visit by appending an UNDO event.

    The undone event stays in the log (append-only); it no longer counts.

    Raises:
        NothingToUndo: no action left to undo.
    """
    _day, moment = _moment(today, now)
    session = uow.session
    device_id = device or uow.device_id
    visit_clause = (
        CirculationEvent.visit_id == visit_id
        if visit_id is not None
        else CirculationEvent.visit_id.is_(None)
    )
    last = session.scalar(
        select(CirculationEvent)
        .where(
            visit_clause,
            CirculationEvent.device_id == device_id,
            CirculationEvent.kind != CirculationKind.UNDO.value,
            desk_action(),
            ~undone(),
        )
        .order_by(CirculationEvent.hlc.desc())
        .limit(1)
    )
    if last is None:
        raise NothingToUndo("Rien à annuler pour ce passage.")
    event = _append(
        uow,
        kind=CirculationKind.UNDO,
        item_id=last.item_id,
        occurred_at=moment,
        patron_id=last.patron_id,
        visit_id=last.visit_id,
        delivery_id=last.delivery_id,
        undoes_id=last.id,
    )
    session.flush()  # the loan index now reflects the undo
    item = session.get(Item, last.item_id)
    assert item is not None
    if loan_of(uow, item.id) is not None:
        item.location = Location.ON_LOAN.value
        if last.kind == CirculationKind.CHECKIN.value:
            item.set_aside_until = None
    elif last.kind == CirculationKind.CHECKOUT.value:
        item.location = Location.VAN.value if last.visit_id else Location.STACKS.value
    result = UndoResult(
        event_id=event.id,
        undone_event_id=last.id,
        undone_kind=last.kind,
        item_id=item.id,
        barcode=item.barcode,
        title=_title(uow, item),
        patron_id=last.patron_id,
    )
    if commit:
        uow.commit()
    return result


# -- visits: opening, counters, summary -------------------------------------------------------


def _visit_row(uow: UnitOfWork, visit: StopVisit) -> VisitRow:
    stop = uow.session.get(Stop, visit.stop_id)
    assert stop is not None
    tour = uow.session.get(Tour, stop.tour_id)
    assert tour is not None
    return VisitRow(
        visit_id=visit.id,
        date=visit.date,
        start_time=visit.start_time,
        end_time=visit.end_time,
        status=visit.status,
        stop_id=stop.id,
        commune=stop.commune,
        place=stop.place,
        tour_id=tour.id,
        tour_name=tour.name,
    )


def visits_on(uow: UnitOfWork, day: dt.date) -> list[VisitRow]:
    """The visits of a day (cancelled ones included, so the crew sees them), by time."""
    visits = uow.session.scalars(
        select(StopVisit).where(StopVisit.date == day).order_by(StopVisit.start_time, StopVisit.id)
    ).all()
    return [_visit_row(uow, v) for v in visits]


def visit_row(uow: UnitOfWork, visit_id: str) -> VisitRow:
    """One visit, for headers."""
    return _visit_row(uow, _visit(uow, visit_id))


def open_visit(uow: UnitOfWork, visit_id: str, *, commit: bool = True) -> VisitRow:
    """Open a visit for circulation (a closed one may be reopened).

    Raises:
        CirculationError: the visit was cancelled.
    """
    visit = _visit(uow, visit_id)
    if visit.status == VisitStatus.CANCELLED.value:
        raise CirculationError("Ce passage est annulé : il ne peut pas être ouvert.")
    if visit.status != VisitStatus.OPEN.value:
        visit.status = VisitStatus.OPEN.value
    row = _visit_row(uow, visit)
    if commit:
        uow.commit()
    return row


def add_visitors(
    uow: UnitOfWork,
    visit_id: str,
    *,
    adults: int = 0,
    children: int = 0,
    new_registrations: int = 0,
    commit: bool = True,
) -> VisitRow:
    """Add to (or, with negative numbers, correct) the visitor counters of a visit.

    Raises:
        CirculationError: a counter would fall below zero; nothing is changed.
    """
    visit = _visit(uow, visit_id)
    new_values = (
        visit.adults + adults,
        visit.children + children,
        visit.new_registrations + new_registrations,
    )
    if min(new_values) < 0:
        raise CirculationError("Un compteur ne peut pas devenir négatif.")
    visit.adults, visit.children, visit.new_registrations = new_values
    row = _visit_row(uow, visit)
    if commit:
        uow.commit()
    return row


def visit_summary(uow: UnitOfWork, visit_id: str) -> VisitSummary:
    """What happened at a visit; undone actions (and the undos) do not count."""
    visit = _visit(uow, visit_id)
    rows = uow.session.execute(
        select(
            CirculationEvent.kind,
            CirculationEvent.patron_id,
            CirculationEvent.flag,
            CirculationEvent.override_reason,
            undone(),
        )
        .where(CirculationEvent.visit_id == visit.id)
        .where(desk_action())
    ).all()
    counts = {kind.value: 0 for kind in CirculationKind}
    flagged = overrides = undone_count = 0
    patrons: set[str] = set()
    for kind, patron_id, flag, override_reason, was_undone in rows:
        if kind == CirculationKind.UNDO.value:
            continue
        if was_undone:
            undone_count += 1
            continue
        counts[kind] += 1
        if flag == NO_LOAN_FLAG:
            flagged += 1
        if override_reason:
            overrides += 1
        if patron_id and kind != CirculationKind.CHECKIN.value:
            patrons.add(patron_id)
    new_names = uow.session.execute(
        select(Patron.first_name, Patron.last_name)
        .where(Patron.registered_on == visit.date)
        .where(Patron.home_stop_id == visit.stop_id)
        .order_by(Patron.last_name, Patron.first_name)
    ).all()
    return VisitSummary(
        visit=_visit_row(uow, visit),
        checkouts=counts[CirculationKind.CHECKOUT.value],
        checkins=counts[CirculationKind.CHECKIN.value],
        renewals=counts[CirculationKind.RENEW.value],
        undone=undone_count,
        flagged_returns=flagged,
        overrides=overrides,
        patrons_served=len(patrons),
        adults=visit.adults,
        children=visit.children,
        new_registrations=visit.new_registrations,
        new_patrons=tuple(f"{first} {last}" for first, last in new_names),
    )


def close_visit(uow: UnitOfWork, visit_id: str, *, commit: bool = True) -> VisitSummary:
    """Close a visit and return its end-of-visit summary."""
    visit = _visit(uow, visit_id)
    if visit.status == VisitStatus.CANCELLED.value:
        raise CirculationError("Ce passage est annulé : il ne peut pas être clôturé.")
    visit.status = VisitStatus.CLOSED.value
    # Drive bags nobody collected become no-shows and their items go back to the van.
    from bibliomobile.services.drive.handover import close_visit_pickups

    close_visit_pickups(uow, visit_id, by=None)
    uow.session.flush()
    summary = visit_summary(uow, visit_id)
    if commit:
        uow.commit()
    return summary
