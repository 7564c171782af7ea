"""Scanned codes and the desk's patron panel: which item, which card, which visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select

from bibliomobile.domain.loans import Block, patron_blocks
from bibliomobile.domain.scan import normalize_scan
from bibliomobile.lang import Message
from bibliomobile.store.models import Item, Library, LoanState, Patron, Record, StopVisit
from bibliomobile.store.uow import UnitOfWork

from .errors import CirculationError, UnknownBarcode, UnknownCard
from .log import reader
from .open_loans import open_loans
from .results import PatronPanel

_FOUND = "bibliomobile.circulation.found"  # session.info memo: barcode → (item id, title, days)

# Built once: at the desk every millisecond counts, and building a statement costs more
# than running it.
_ITEM_AT_DESK = (
    select(Item, Record.title, Library.set_aside_days)
    .join(Record, Record.id == Item.record_id)
    .outerjoin(Library, Library.id == Item.home_library_id)
    .where(Item.barcode == bindparam("barcode"))
)


@dataclass(frozen=True, slots=True)
class FoundItem:
    """A scanned item, its title and its home library's set-aside days."""

    item: Item
    title: str
    set_aside_days: int


def lookup_item(uow: UnitOfWork, code: str) -> FoundItem | None:
    """The item of a normalised barcode, its title and its library's set-aside days.

    Remembered for the unit of work, so the desk's "is it an item?" and the checkout
    that follows cost one query.
    """
    memo: dict[str, tuple[str, str, int]] = uow.session.info.setdefault(_FOUND, {})
    known = memo.get(code)
    if known is not None:
        item = uow.session.get(Item, known[0])
        if item is not None:
            return FoundItem(item, known[1], known[2])
    row = uow.session.execute(_ITEM_AT_DESK, {"barcode": code}).first()
    if row is None:
        return None
    item, title, days = row
    memo[code] = (item.id, str(title or item.barcode), int(days or 0))
    return FoundItem(item, memo[code][1], memo[code][2])


def find_item(uow: UnitOfWork, raw: str) -> str | None:
    """The item id of a scanned barcode, or None."""
    found = lookup_item(uow, normalize_scan(raw))
    return found.item.id if found else None


def item_by_barcode(uow: UnitOfWork, raw: str) -> FoundItem:
    """The item of a scanned barcode.

    Raises:
        UnknownBarcode: the code is not an item (CirculationError if it is empty).
    """
    code = normalize_scan(raw)
    if not code:
        raise CirculationError(Message("circulation.code_barres_vide_scannez"))
    found = lookup_item(uow, code)
    if found is None:
        raise UnknownBarcode(code)
    return found


def title_of(uow: UnitOfWork, item: Item) -> str:
    """The title of an item's record (its barcode if the record has none)."""
    title = uow.session.scalar(select(Record.title).where(Record.id == item.record_id))
    return str(title or item.barcode)


def existing_patron(uow: UnitOfWork, patron_id: str) -> Patron:
    """The patron, or a CirculationError the crew understands."""
    patron = uow.session.get(Patron, patron_id)
    if patron is None:
        raise CirculationError(Message("circulation.lecteur_introuvable_scannez_nouveau"))
    return patron


def existing_visit(uow: UnitOfWork, visit_id: str) -> StopVisit:
    """The visit, or a CirculationError the crew understands."""
    visit = uow.session.get(StopVisit, visit_id)
    if visit is None:
        raise CirculationError(Message("circulation.passage_existe_cet_appareil"))
    return visit


# -- patrons at the desk ------------------------------------------------------------------


def patron_panel(uow: UnitOfWork, patron_id: str, today: dt.date | None = None) -> PatronPanel:
    """The desk panel of a patron: name, loans with due dates, blocks."""
    day = today or dt.date.today()
    patron = existing_patron(uow, patron_id)
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
    found = reader(uow).scalar(_CARD, {"card": code})
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


def blocks_for_checkout(uow: UnitOfWork, patron: Patron, today: dt.date) -> tuple[Block, ...]:
    """What stops this patron borrowing today (card, loan count, overdue loans)."""
    count, overdue, oldest = (
        reader(uow).execute(_LOANS_OF_PATRON, {"today": today, "patron_id": patron.id}).one()
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
