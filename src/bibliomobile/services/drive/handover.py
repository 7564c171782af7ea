"""At the stop: the bags expected, a bag handed over (its items lent in one go), the
no-shows at the end of the visit, and empty bags brought back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import BagStatus, Location, RequestStatus
from bibliomobile.lang import Message
from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.services.circulation.results import CheckoutResult
from bibliomobile.services.drive.bags import BagContent, bag_content, content_of
from bibliomobile.services.drive.common import (
    ACTIVE_BAG,
    PENDING,
    DriveError,
    bag_by_code,
    empty_bag,
    full_name,
    now_or_current,
    patron_by_id,
    record_change,
    request_by_id,
    visit_by_id,
)
from bibliomobile.services.drive.requests import list_requests
from bibliomobile.store.models import Bag, BagItem, Request, Stop
from bibliomobile.store.uow import UnitOfWork


class WrongVisit(DriveError):
    """The bag is for another visit: handed over only with a reason the crew gives."""

    def __init__(self, message: Message, patron_id: str) -> None:
        super().__init__(message)
        self.patron_id = patron_id


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
    other_visit: bool = False  # handed over at another visit than planned, with a reason

    @property
    def message(self) -> str:
        text = str(
            Message(
                "drive.bag_handed_over",
                code=self.bag_code,
                patron=self.patron_name,
                n=len(self.loans),
            )
        )
        return text + (
            " " + str(Message("drive.planned_for_another_visit")) if self.other_visit else ""
        )


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


def bag_holder(uow: UnitOfWork, code: str) -> tuple[str, str] | None:
    """(id, name) of the patron a bag is for, None if it has none."""
    bag = bag_by_code(uow, code)
    request = request_by_id(uow, bag.request_id) if bag.request_id else None
    patron_id = bag.patron_id or (request.patron_id if request else None)
    if patron_id is None:
        return None
    return patron_id, full_name(patron_by_id(uow, patron_id))


def hand_over_bag(
    uow: UnitOfWork,
    code: str,
    *,
    visit_id: str | None = None,
    by: str | None = None,
    override_reason: str | None = None,
    other_visit_reason: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> HandOverResult:
    """Scan a bag's QR at the stop: all its items are lent to its patron in one go
    (usual blocks apply), the request is collected and the bag handed over.

    All or nothing: if one checkout is refused, nothing is written.

    Raises:
        WrongVisit: the bag is for another visit (day or stop) and no
            ``other_visit_reason`` was given.
        DriveError: the bag is not ready, has no patron, etc.
        CirculationError: a loan was refused (a block, a withdrawn item).
    """
    bag = bag_by_code(uow, code)
    if bag.status == BagStatus.HANDED_OVER.value:
        raise DriveError(Message("drive.sac_code_deja_ete", code=bag.code))
    if bag.status != BagStatus.READY.value:
        raise DriveError(Message("drive.sac_code_pret_statut", code=bag.code, status=bag.status))
    request = request_by_id(uow, bag.request_id) if bag.request_id else None
    patron_id = bag.patron_id or (request.patron_id if request else None)
    if patron_id is None:
        raise DriveError(Message("drive.sac_code_lecteur", code=bag.code))
    patron = patron_by_id(uow, patron_id)
    other_visit = request is not None and visit_id is not None and request.visit_id != visit_id
    if request is not None and other_visit and not (other_visit_reason or "").strip():
        visit = visit_by_id(uow, request.visit_id)
        stop = uow.session.get(Stop, visit.stop_id)
        where = str(Message("drive.at_commune", commune=stop.commune)) if stop is not None else ""
        raise WrongVisit(
            Message(
                "drive.sac_value_prevu_passage",
                value=full_name(patron),
                date=f"{visit.date:%d/%m/%Y}",
                where=where,
            ),
            patron_id,
        )
    content = content_of(uow, bag)
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
        # The desk turns a refusal into an outcome and commits: drop the loans made.
        uow.rollback()
        raise
    bag.status = BagStatus.HANDED_OVER.value
    bag.patron_id = patron_id
    if request is not None:
        record_change(uow, request, RequestStatus.COLLECTED.value, by, now_or_current(now))
    uow.session.flush()
    return HandOverResult(bag.code, patron_id, full_name(patron), tuple(loans), other_visit)


def close_visit_pickups(
    uow: UnitOfWork,
    visit_id: str,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
) -> list[str]:
    """End of the visit: pending requests become no-show, their bags' items go back to
    the van shelves and the bags back in stock. Returns the no-show request ids."""
    visit_by_id(uow, visit_id)
    moment = now_or_current(now)
    pending = uow.session.scalars(
        select(Request).where(Request.visit_id == visit_id, Request.status.in_(PENDING))
    ).all()
    for request in pending:
        record_change(uow, request, RequestStatus.NO_SHOW.value, by, moment)
        for bag in uow.session.scalars(
            select(Bag).where(Bag.request_id == request.id, Bag.status.in_(ACTIVE_BAG))
        ):
            empty_bag(uow, bag, Location.VAN.value)
    uow.session.flush()
    return [r.id for r in pending]


def return_bag(uow: UnitOfWork, code: str) -> BagContent:
    """A patron brings an empty bag back: it goes back in stock for another request."""
    bag = bag_by_code(uow, code)
    if bag.status != BagStatus.HANDED_OVER.value:
        raise DriveError(Message("drive.sac_code_etait_chez", code=bag.code, status=bag.status))
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True  # the items stay on loan; the bag is free again
    bag.status = BagStatus.RETURNED.value
    uow.session.flush()
    return content_of(uow, bag, str(Message("drive.bag_returned", code=bag.code)))
