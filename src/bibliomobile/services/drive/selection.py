"""What goes in a bag: whether an item is free now, the catalogue search of the request
form, and surprise selections drawn from a patron's tastes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import aliased

from bibliomobile.domain.enums import CirculationKind, Location
from bibliomobile.lang import Message
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.circulation.open_loans import loan_of
from bibliomobile.services.drive.common import (
    ACTIVE_BAG,
    DriveError,
    beneficiary_of,
    request_by_id,
)
from bibliomobile.services.drive.requests import RequestRow, request_row
from bibliomobile.store.models import (
    Bag,
    BagItem,
    CirculationEvent,
    Item,
    Record,
    RequestLine,
)
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork


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
    beneficiary = beneficiary_of(uow, patron_id)
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
    request = request_by_id(uow, request_id)
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
    loans = current_loans(uow.session)
    borrowed = exists().where(
        CirculationEvent.item_id == copy.id,
        copy.record_id == Record.id,
        CirculationEvent.patron_id == request.patron_id,
        CirculationEvent.kind == CirculationKind.CHECKOUT.value,
    )
    stmt = (
        select(Item, Record)
        .join(Record, Record.id == Item.record_id)
        .outerjoin(loans, loans.item_id == Item.id)
        .where(
            Item.withdrawn.is_(False),
            or_(loans.item_id.is_(None), loans.patron_id.is_(None)),
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


def confirm_selection(uow: UnitOfWork, request_id: str, item_ids: Iterable[str]) -> RequestRow:
    """Keep the proposed items a person confirmed as lines of the request."""
    request = request_by_id(uow, request_id)
    for item_id in item_ids:
        item = uow.session.get(Item, item_id)
        if item is None:
            raise DriveError(Message("drive.exemplaire_introuvable_item_id", item_id=item_id))
        uow.session.add(
            RequestLine(request_id=request.id, record_id=item.record_id, item_id=item.id)
        )
    uow.session.flush()
    return request_row(uow, request.id)
