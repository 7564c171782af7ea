"""The selection helper: which items to bring to a beneficiary, and what they taught us.

For each due beneficiary it proposes N available items in their formats, favouring
their authors and genres, never one they already borrowed (ever, from the
circulation log), never a genre they dislike, never a title they said they did not
like. The coordinator confirms the proposal into a bag (the drive's bags and labels).

Feedback from visits makes the profile learn: a genre disliked twice (and never
liked) joins the genres to avoid; a genre liked twice joins the liked ones.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.domain.enums import BagStatus, CirculationKind, DocumentFormat
from bibliomobile.lang import Message
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import common as drive_common
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    CirculationEvent,
    Delivery,
    Item,
    Record,
)
from bibliomobile.store.projections import current_loans
from bibliomobile.store.uow import UnitOfWork

#: Formats proposed when a profile names none.
DEFAULT_FORMATS = (DocumentFormat.BOOK.value, DocumentFormat.LARGE_PRINT.value)
#: How many times a genre must be disliked (or liked) before the profile learns it.
LEARN_THRESHOLD = 2
_ACTIVE_BAG = (BagStatus.PREPARING.value, BagStatus.READY.value, BagStatus.HANDED_OVER.value)


@dataclass(frozen=True, slots=True)
class SuggestedItem:
    """An available item proposed for a beneficiary, and why."""

    item_id: str
    barcode: str
    title: str
    authors: str
    genre: str
    format: str
    reason: str


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    """What the visits taught about a beneficiary's tastes."""

    disliked_record_ids: frozenset[str]
    disliked_titles: tuple[str, ...]
    genre_dislikes: dict[str, int]
    genre_likes: dict[str, int]


def _feedback_entries(uow: UnitOfWork, beneficiary_id: str) -> list[tuple[str, bool]]:
    entries: list[tuple[str, bool]] = []
    for feedback in uow.session.scalars(
        select(Delivery.feedback).where(Delivery.beneficiary_id == beneficiary_id)
    ):
        for entry in feedback or ():
            item_id = entry.get("item_id")
            if isinstance(item_id, str) and isinstance(entry.get("liked"), bool):
                entries.append((item_id, bool(entry["liked"])))
    return entries


def feedback_summary(uow: UnitOfWork, beneficiary_id: str) -> FeedbackSummary:
    """Titles and genres the beneficiary liked or did not like, from all their visits."""
    entries = _feedback_entries(uow, beneficiary_id)
    if not entries:
        return FeedbackSummary(frozenset(), (), {}, {})
    records = {
        str(item_id): (str(record_id), str(title), genre)
        for item_id, record_id, title, genre in uow.session.execute(
            select(Item.id, Record.id, Record.title, Record.genre)
            .join(Record, Record.id == Item.record_id)
            .where(Item.id.in_({i for i, _ in entries}))
        )
    }
    disliked: dict[str, str] = {}
    dislikes: Counter[str] = Counter()
    likes: Counter[str] = Counter()
    for item_id, liked in entries:
        if item_id not in records:
            continue
        record_id, title, genre = records[item_id]
        if liked:
            if genre:
                likes[genre] += 1
        else:
            disliked[record_id] = title
            if genre:
                dislikes[genre] += 1
    return FeedbackSummary(
        disliked_record_ids=frozenset(disliked),
        disliked_titles=tuple(sorted(disliked.values(), key=str.casefold)),
        genre_dislikes=dict(dislikes),
        genre_likes=dict(likes),
    )


def learn_from_feedback(uow: UnitOfWork, beneficiary_id: str) -> tuple[str, ...]:
    """Update the profile's genres from feedback; returns the genres newly learnt (French)."""
    beneficiary = uow.session.get(Beneficiary, beneficiary_id)
    if beneficiary is None:
        raise HomeDeliveryError(Message("home_delivery.beneficiaire_existe"))
    summary = feedback_summary(uow, beneficiary_id)
    liked = list(beneficiary.genres_liked or [])
    disliked = list(beneficiary.genres_disliked or [])
    folded_liked = {g.casefold() for g in liked}
    folded_disliked = {g.casefold() for g in disliked}
    learnt: list[str] = []
    for genre, count in sorted(summary.genre_dislikes.items()):
        if count >= LEARN_THRESHOLD and not summary.genre_likes.get(genre):
            if genre.casefold() not in folded_disliked:
                disliked.append(genre)
                folded_disliked.add(genre.casefold())
                learnt.append(f"à éviter : {genre}")
            if genre.casefold() in folded_liked:
                liked = [g for g in liked if g.casefold() != genre.casefold()]
                folded_liked.discard(genre.casefold())
    for genre, count in sorted(summary.genre_likes.items()):
        if (
            count >= LEARN_THRESHOLD
            and genre.casefold() not in folded_liked
            and genre.casefold() not in folded_disliked
        ):
            liked.append(genre)
            folded_liked.add(genre.casefold())
            learnt.append(f"apprécié : {genre}")
    if learnt:
        # New lists (not in-place edits), so change capture sees the JSON columns change.
        beneficiary.genres_liked = liked
        beneficiary.genres_disliked = disliked
    return tuple(learnt)


def _author_match(authors: Iterable[str]) -> ColumnElement[bool] | None:
    clauses = [func.lower(Record.authors).contains(a.strip().lower()) for a in authors if a.strip()]
    return or_(*clauses) if clauses else None


def suggest_items(
    uow: UnitOfWork,
    beneficiary_id: str,
    count: int = 5,
    *,
    exclude_item_ids: Iterable[str] = (),
    today: dt.date | None = None,
) -> list[SuggestedItem]:
    """Up to ``count`` available items for a beneficiary, best first (one per title).

    Available: not withdrawn, not on loan, not in an active bag, not set aside past
    ``today``. Excluded: titles the patron ever borrowed, genres they dislike (said or
    learnt), titles they did not like. Favourite authors first, then liked genres,
    then the newest.

    Raises:
        HomeDeliveryError: unknown beneficiary.
    """
    beneficiary = uow.session.get(Beneficiary, beneficiary_id)
    if beneficiary is None:
        raise HomeDeliveryError(Message("home_delivery.beneficiaire_existe"))
    day = today or dt.date.today()
    summary = feedback_summary(uow, beneficiary_id)
    formats = list(beneficiary.formats or ()) or list(DEFAULT_FORMATS)
    disliked_genres = {g.casefold() for g in beneficiary.genres_disliked or ()}
    liked_genres = {g.casefold() for g in beneficiary.genres_liked or ()}
    undone = select(CirculationEvent.undoes_id).where(
        CirculationEvent.kind == CirculationKind.UNDO.value
    )
    borrowed_records = (
        select(Item.record_id)
        .join(CirculationEvent, CirculationEvent.item_id == Item.id)
        .where(CirculationEvent.patron_id == beneficiary.patron_id)
        .where(CirculationEvent.kind == CirculationKind.CHECKOUT.value)
        .where(CirculationEvent.id.not_in(undone))  # a checkout undone at once was a mistake
    )
    in_bags = (
        select(BagItem.item_id)
        .join(Bag, Bag.id == BagItem.bag_id)
        .where(BagItem.removed.is_(False))
        .where(Bag.status.in_(_ACTIVE_BAG))
    )
    base = (
        select(
            Item.id,
            Item.barcode,
            Record.id,
            Record.title,
            Record.authors,
            Record.genre,
            Record.format,
        )
        .join(Record, Record.id == Item.record_id)
        .where(Item.withdrawn.is_(False))
        .where(Record.format.in_(formats))
        .where(Item.id.not_in(select(current_loans(uow.session).item_id)))
        .where(Item.id.not_in(in_bags))
        .where(or_(Item.set_aside_until.is_(None), Item.set_aside_until <= day))
        .where(Record.id.not_in(borrowed_records))
    )
    excluded_items = set(exclude_item_ids)
    if excluded_items:
        base = base.where(Item.id.not_in(excluded_items))
    if summary.disliked_record_ids:
        base = base.where(Record.id.not_in(summary.disliked_record_ids))
    if disliked_genres:
        base = base.where(
            or_(Record.genre.is_(None), func.lower(Record.genre).not_in(disliked_genres))
        )
    # Best first, one bounded query per step, so that a large catalogue is never sorted
    # whole when the favourite authors and genres already give enough titles.
    author = _author_match(beneficiary.favourite_authors or ())
    steps = [("auteur préféré", base.where(author))] if author is not None else []
    if liked_genres:
        steps.append(("genre apprécié", base.where(func.lower(Record.genre).in_(liked_genres))))
    steps.append(("", base))
    found: list[SuggestedItem] = []
    seen_records: set[str] = set()
    for reason, stmt in steps:
        ordered = stmt.order_by(Record.year.desc().nulls_last(), Record.title, Item.barcode)
        for row in uow.session.execute(ordered.limit(count * 10 + 20)):
            item_id, barcode, record_id, title, authors, genre, fmt = row
            if record_id in seen_records:
                continue
            seen_records.add(record_id)
            found.append(
                SuggestedItem(
                    item_id=item_id,
                    barcode=barcode,
                    title=title,
                    authors=authors or "",
                    genre=genre or "",
                    format=fmt,
                    reason=reason,
                )
            )
            if len(found) >= count:
                return found
    return found


def suggest_for(
    uow: UnitOfWork, beneficiary_ids: Iterable[str], count: int = 5
) -> dict[str, list[SuggestedItem]]:
    """Suggestions for several beneficiaries; an item is proposed to one person only."""
    taken: set[str] = set()
    result: dict[str, list[SuggestedItem]] = {}
    for beneficiary_id in beneficiary_ids:
        items = suggest_items(uow, beneficiary_id, count, exclude_item_ids=taken)
        taken.update(i.item_id for i in items)
        result[beneficiary_id] = items
    return result


@dataclass(frozen=True, slots=True)
class PreparedBag:
    bag_id: str
    code: str
    item_count: int


def prepare_bag(uow: UnitOfWork, delivery_id: str, item_ids: Iterable[str]) -> PreparedBag:
    """Put the confirmed items into the visit's bag (created if needed), ready to go.

    The drive's bag service does the work (:mod:`bibliomobile.services.drive.bags`: same
    codes, same checks, same labels); the bag belongs to the visit instead of a
    request. A bag already ready for the visit is reopened for the new items.

    Raises:
        HomeDeliveryError: unknown visit, no item, an item on loan or already in another
            bag (nothing is written).
    """
    session = uow.session
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise HomeDeliveryError(Message("home_delivery.visite_existe"))
    if delivery.outcome is not None:
        raise HomeDeliveryError(Message("home_delivery.visite_deja_eu_lieu"))
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        raise HomeDeliveryError(Message("home_delivery.choisissez_moins_document_sac"))
    beneficiary = session.get(Beneficiary, delivery.beneficiary_id)
    assert beneficiary is not None
    barcodes = {
        str(item_id): str(barcode)
        for item_id, barcode in session.execute(
            select(Item.id, Item.barcode).where(Item.id.in_(wanted))
        )
    }
    if len(barcodes) != len(wanted):
        raise HomeDeliveryError(Message("home_delivery.documents_choisis_existe"))
    bag = session.scalar(
        select(Bag).where(Bag.delivery_id == delivery_id, Bag.status.in_(drive_common.ACTIVE_BAG))
    )
    try:
        if bag is None:
            code = new_bag_code()
            while session.scalar(select(Bag.id).where(Bag.code == code)) is not None:
                code = new_bag_code()
            drive_bags.create_bag(
                uow, code, delivery_id=delivery_id, patron_id=beneficiary.patron_id
            )
        else:
            code = bag.code
            bag.status = BagStatus.PREPARING.value  # not handed over yet: it may still grow
        for item_id in wanted:
            drive_bags.add_to_bag(uow, code, barcodes[item_id])
        content = drive_bags.mark_bag_ready(uow, code)
    except drive_common.DriveError as error:
        raise HomeDeliveryError(str(error)) from error
    return PreparedBag(content.bag_id, content.code, len(content.items))
