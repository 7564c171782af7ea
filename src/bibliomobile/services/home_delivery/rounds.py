"""Rounds as the volunteer and the coordinator see them, and the volunteer's day.

The volunteer records what happened at each door (delivered, absent, refused,
postponed), scans the items the person gives back, notes what they liked or not
(the profile learns from it) and may raise a welfare concern. All of it lives on
the synced :class:`Delivery`, so it reaches the coordinators at the next sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import BagStatus, DeliveryOutcome, Location, RoundStatus
from bibliomobile.services import circulation
from bibliomobile.services.home_delivery.planning import DAY_S, PlanningSettings, _clock, _seconds
from bibliomobile.services.home_delivery.profiles import (
    HomeDeliveryError,
    windows_from_json,
    windows_on,
)
from bibliomobile.services.home_delivery.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
    earliest_schedule,
)
from bibliomobile.services.home_delivery.selection import learn_from_feedback
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    Delivery,
    Item,
    Patron,
    Record,
    Round,
    Volunteer,
)
from bibliomobile.store.uow import UnitOfWork

OUTCOME_LABELS = {
    DeliveryOutcome.DELIVERED.value: "livré",
    DeliveryOutcome.ABSENT.value: "absent",
    DeliveryOutcome.REFUSED.value: "refusé",
    DeliveryOutcome.POSTPONED.value: "reporté",
}


@dataclass(frozen=True, slots=True)
class BagLine:
    item_id: str
    barcode: str
    title: str
    liked: bool | None  # feedback given on this visit, if any


@dataclass(frozen=True, slots=True)
class RoundStop:
    """One visit of a round: what the volunteer needs at the door, and what happened."""

    delivery_id: str
    position: int
    planned_time: dt.time | None
    beneficiary_id: str
    name: str
    address: str
    commune: str
    phone: str | None
    access_notes: str | None
    contact_person: str | None
    contact_phone: str | None
    bag_code: str | None
    items: tuple[BagLine, ...]
    locked: bool
    outcome: str | None
    note: str | None
    welfare_concern: bool
    late: bool = False  # the planned time misses the person's availability


@dataclass(frozen=True, slots=True)
class RoundView:
    round_id: str
    date: dt.date
    volunteer_id: str
    volunteer_name: str
    volunteer_phone: str | None
    status: str
    start_time: dt.time | None
    end_time: dt.time | None
    stops: tuple[RoundStop, ...]


@dataclass(frozen=True, slots=True)
class RoundSummary:
    round_id: str
    date: dt.date
    volunteer_name: str
    status: str
    visits: int
    done: int


@dataclass(frozen=True, slots=True)
class WelfareAlert:
    """A welfare concern raised by a volunteer, until a coordinator handles it."""

    delivery_id: str
    beneficiary_id: str
    name: str
    commune: str
    phone: str | None
    contact_person: str | None
    contact_phone: str | None
    date: dt.date
    volunteer_name: str
    outcome: str | None
    note: str


def _bag_of(uow: UnitOfWork, delivery_id: str) -> Bag | None:
    return uow.session.scalar(
        select(Bag).where(Bag.delivery_id == delivery_id).order_by(Bag.id.desc()).limit(1)
    )


def _bag_lines(
    uow: UnitOfWork, bag: Bag | None, feedback: Sequence[dict[str, object]]
) -> tuple[BagLine, ...]:
    if bag is None:
        return ()
    liked = {str(f.get("item_id")): f.get("liked") for f in feedback}
    rows = uow.session.execute(
        select(Item.id, Item.barcode, Record.title)
        .join(BagItem, BagItem.item_id == Item.id)
        .join(Record, Record.id == Item.record_id)
        .where(BagItem.bag_id == bag.id)
        .where(BagItem.removed.is_(False))
        .order_by(Record.title)
    )
    return tuple(
        BagLine(i, b, t, v if isinstance(v := liked.get(i), bool) else None) for i, b, t in rows
    )


def round_view(uow: UnitOfWork, round_id: str) -> RoundView:
    """A round with its visits in order.

    Raises:
        HomeDeliveryError: unknown round.
    """
    session = uow.session
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise HomeDeliveryError("Cette tournée n'existe pas.")
    volunteer = session.get(Volunteer, round_.volunteer_id)
    assert volunteer is not None
    stops: list[RoundStop] = []
    rows = session.execute(
        select(Delivery, Beneficiary, Patron)
        .join(Beneficiary, Beneficiary.id == Delivery.beneficiary_id)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .where(Delivery.round_id == round_id)
        .order_by(Delivery.position, Delivery.planned_time)
    )
    for delivery, beneficiary, patron in rows:
        bag = _bag_of(uow, delivery.id)
        late = False
        if delivery.planned_time is not None:
            windows = windows_on(windows_from_json(beneficiary.availability or ()), round_.date)
            late = not any(w.start <= delivery.planned_time <= w.end for w in windows)
        stops.append(
            RoundStop(
                delivery_id=delivery.id,
                position=delivery.position,
                planned_time=delivery.planned_time,
                beneficiary_id=beneficiary.id,
                name=f"{patron.first_name} {patron.last_name}",
                address=" ".join(p for p in (patron.address, patron.postcode, patron.commune) if p),
                commune=patron.commune or "",
                phone=patron.phone,
                access_notes=beneficiary.access_notes,
                contact_person=beneficiary.contact_person,
                contact_phone=beneficiary.contact_phone,
                bag_code=bag.code if bag else None,
                items=_bag_lines(uow, bag, delivery.feedback or []),
                locked=delivery.locked,
                outcome=delivery.outcome,
                note=delivery.note,
                welfare_concern=delivery.welfare_concern,
                late=late,
            )
        )
    return RoundView(
        round_id=round_.id,
        date=round_.date,
        volunteer_id=volunteer.id,
        volunteer_name=f"{volunteer.first_name} {volunteer.last_name}",
        volunteer_phone=volunteer.phone,
        status=round_.status,
        start_time=round_.start_time,
        end_time=round_.end_time,
        stops=tuple(stops),
    )


def rounds_between(
    uow: UnitOfWork, start: dt.date, end: dt.date, volunteer_id: str | None = None
) -> list[RoundSummary]:
    """Rounds of a period (one volunteer's, or everyone's), by date."""
    stmt = (
        select(Round, Volunteer)
        .join(Volunteer, Volunteer.id == Round.volunteer_id)
        .where(Round.date.between(start, end))
        .order_by(Round.date, Round.start_time, Volunteer.last_name)
    )
    if volunteer_id is not None:
        stmt = stmt.where(Round.volunteer_id == volunteer_id)
    found = []
    for round_, volunteer in uow.session.execute(stmt):
        outcomes = list(
            uow.session.scalars(select(Delivery.outcome).where(Delivery.round_id == round_.id))
        )
        found.append(
            RoundSummary(
                round_.id,
                round_.date,
                f"{volunteer.first_name} {volunteer.last_name}",
                round_.status,
                len(outcomes),
                sum(1 for o in outcomes if o is not None),
            )
        )
    return found


def volunteer_rounds(uow: UnitOfWork, volunteer_id: str, day: dt.date) -> list[RoundView]:
    """The volunteer mode: only this volunteer's rounds of the day, visits in order."""
    ids = uow.session.scalars(
        select(Round.id)
        .where(Round.volunteer_id == volunteer_id)
        .where(Round.date == day)
        .where(Round.status != RoundStatus.CANCELLED.value)
        .order_by(Round.start_time)
    )
    return [round_view(uow, round_id) for round_id in ids]


def _delivery(uow: UnitOfWork, delivery_id: str) -> Delivery:
    found = uow.session.get(Delivery, delivery_id)
    if found is None:
        raise HomeDeliveryError("Cette visite n'existe pas.")
    return found


def _refresh_round_status(uow: UnitOfWork, round_id: str) -> None:
    round_ = uow.session.get(Round, round_id)
    if round_ is None or round_.status == RoundStatus.CANCELLED.value:
        return
    outcomes = list(
        uow.session.scalars(select(Delivery.outcome).where(Delivery.round_id == round_id))
    )
    if outcomes and all(o is not None for o in outcomes):
        status = RoundStatus.DONE.value
    elif any(o is not None for o in outcomes):
        status = RoundStatus.IN_PROGRESS.value
    else:
        status = RoundStatus.PLANNED.value
    if round_.status != status:
        round_.status = status


def record_outcome(
    uow: UnitOfWork,
    delivery_id: str,
    outcome: str,
    *,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> list[str]:
    """Record what happened at the door; returns French messages for the volunteer.

    "Delivered" lends the items of the visit's bag to the beneficiary (circulation
    log, with the delivery) and marks the bag handed over. Recording an outcome twice
    is refused: a mistake is corrected by a coordinator, not overwritten offline.

    Raises:
        HomeDeliveryError: unknown visit or outcome, or an outcome already recorded.
    """
    if outcome not in OUTCOME_LABELS:
        raise HomeDeliveryError(f"Issue de visite inconnue : {outcome}.")
    delivery = _delivery(uow, delivery_id)
    if delivery.outcome is not None:
        raise HomeDeliveryError(
            f"Cette visite est déjà notée « {OUTCOME_LABELS.get(delivery.outcome, delivery.outcome)} »."
        )
    moment = now or dt.datetime.now()
    messages: list[str] = []
    if outcome == DeliveryOutcome.DELIVERED.value:
        beneficiary = uow.session.get(Beneficiary, delivery.beneficiary_id)
        assert beneficiary is not None
        bag = _bag_of(uow, delivery.id)
        if bag is not None:
            for line in _bag_lines(uow, bag, []):
                # The bag is already in the person's hands: a block must not stop the record.
                try:
                    result = circulation.checkout(
                        uow,
                        item_barcode=line.barcode,
                        patron_id=beneficiary.patron_id,
                        delivery_id=delivery.id,
                        override_reason="portage à domicile",
                        today=moment.date(),
                        now=moment,
                        commit=False,
                    )
                except circulation.CirculationError as error:
                    messages.append(f"{line.title} : {error}")
                else:
                    messages.append(result.message)
            bag.status = BagStatus.HANDED_OVER.value
    else:
        bag = _bag_of(uow, delivery.id)
        if bag is not None and bag.status in (BagStatus.PREPARING.value, BagStatus.READY.value):
            _bring_back(uow, bag)
            messages.append(
                f"Rapportez le sac {bag.code} à la médiathèque : ses documents retournent en rayon."
            )
    delivery.outcome = outcome
    delivery.outcome_at = moment
    if note is not None and note.strip():
        delivery.note = note.strip()
    uow.session.flush()
    _refresh_round_status(uow, delivery.round_id)
    uow.commit()
    messages.insert(0, f"Visite notée : {OUTCOME_LABELS[outcome]}.")
    return messages


def set_note(uow: UnitOfWork, delivery_id: str, note: str) -> None:
    """The volunteer's free note on a visit."""
    delivery = _delivery(uow, delivery_id)
    delivery.note = note.strip() or None
    uow.commit()


def flag_welfare_concern(uow: UnitOfWork, delivery_id: str, note: str) -> None:
    """Raise a welfare concern (seemed unwell, did not answer three times…).

    It goes to the coordinators' alert list (:func:`welfare_alerts`), on other
    devices at the next sync since it is a field of the synced visit.

    Raises:
        HomeDeliveryError: unknown visit or no description.
    """
    if not note.strip():
        raise HomeDeliveryError("Décrivez en quelques mots ce qui vous inquiète.")
    delivery = _delivery(uow, delivery_id)
    delivery.welfare_concern = True
    delivery.welfare_note = note.strip()[:500]
    delivery.welfare_handled_at = None
    delivery.welfare_handled_by = None
    uow.commit()


def welfare_alerts(uow: UnitOfWork) -> list[WelfareAlert]:
    """Welfare concerns not yet handled by a coordinator, newest first."""
    rows = uow.session.execute(
        select(Delivery, Round, Beneficiary, Patron, Volunteer)
        .join(Round, Round.id == Delivery.round_id)
        .join(Beneficiary, Beneficiary.id == Delivery.beneficiary_id)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .join(Volunteer, Volunteer.id == Round.volunteer_id)
        .where(Delivery.welfare_concern.is_(True))
        .where(Delivery.welfare_handled_at.is_(None))
        .order_by(Round.date.desc(), Delivery.outcome_at.desc())
    )
    return [
        WelfareAlert(
            delivery_id=d.id,
            beneficiary_id=b.id,
            name=f"{p.first_name} {p.last_name}",
            commune=p.commune or "",
            phone=p.phone,
            contact_person=b.contact_person,
            contact_phone=b.contact_phone,
            date=r.date,
            volunteer_name=f"{v.first_name} {v.last_name}",
            outcome=d.outcome,
            note=d.welfare_note or "",
        )
        for d, r, b, p, v in rows
    ]


def handle_welfare_alert(uow: UnitOfWork, delivery_id: str, by: str) -> None:
    """A coordinator took the concern in hand: it leaves the alert list."""
    if not by.strip():
        raise HomeDeliveryError("Indiquez qui prend en charge cette alerte.")
    delivery = _delivery(uow, delivery_id)
    delivery.welfare_handled_at = dt.datetime.now()
    delivery.welfare_handled_by = by.strip()[:100]
    uow.commit()


def record_feedback(
    uow: UnitOfWork, delivery_id: str, item_id: str, liked: bool
) -> tuple[str, ...]:
    """The beneficiary liked (or not) an item; the profile learns from it.

    Returns:
        What the profile learnt, in French (may be empty).
    """
    delivery = _delivery(uow, delivery_id)
    if uow.session.get(Item, item_id) is None:
        raise HomeDeliveryError("Cet exemplaire n'existe pas.")
    feedback = [f for f in delivery.feedback or [] if f.get("item_id") != item_id]
    feedback.append({"item_id": item_id, "liked": liked})
    delivery.feedback = feedback  # a new list: change capture sees the JSON change
    uow.session.flush()
    learnt = learn_from_feedback(uow, delivery.beneficiary_id)
    uow.commit()
    return learnt


def _bring_back(uow: UnitOfWork, bag: Bag) -> None:
    """A bag not handed over: its items go back on the shelves (free for the next
    selection, this person's next visit included) and the bag back in stock."""
    for link in uow.session.scalars(
        select(BagItem).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
    ):
        link.removed = True
        item = uow.session.get(Item, link.item_id)
        if item is not None and item.location == Location.BAG.value:
            item.location = Location.STACKS.value
    bag.status = BagStatus.RETURNED.value


def return_item(
    uow: UnitOfWork, delivery_id: str, scanned: str, *, now: dt.datetime | None = None
) -> str:
    """An item handed back at the door, by scanning it (a circulation checkin).

    Returns:
        The French message of the return.

    Raises:
        HomeDeliveryError: unknown visit.
        circulation.CirculationError: the scan is not an item (nothing written).
    """
    delivery = _delivery(uow, delivery_id)
    result = circulation.checkin(
        uow,
        item_barcode=scanned,
        delivery_id=delivery.id,
        today=now.date() if now else None,
        now=now,
    )
    return result.message


def set_locked(uow: UnitOfWork, delivery_id: str, locked: bool) -> None:
    """Lock a visit on its round and place (the planner will not move it)."""
    delivery = _delivery(uow, delivery_id)
    delivery.locked = locked
    uow.commit()


def reorder_round(
    uow: UnitOfWork,
    round_id: str,
    delivery_ids: Sequence[str],
    settings: PlanningSettings | None = None,
) -> RoundView:
    """Put a round's visits in the coordinator's order and recompute the planned times.

    Each visit is served as early as its availability allows; a visit whose window
    is missed in this order is shown as late (``RoundStop.late``), not refused.

    Raises:
        HomeDeliveryError: the ids are not exactly the round's visits.
    """
    settings = settings or PlanningSettings()
    session = uow.session
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise HomeDeliveryError("Cette tournée n'existe pas.")
    deliveries = {
        d.id: d for d in session.scalars(select(Delivery).where(Delivery.round_id == round_id))
    }
    if sorted(delivery_ids) != sorted(deliveries):
        raise HomeDeliveryError("L'ordre donné ne correspond pas aux visites de la tournée.")
    ordered = [deliveries[i] for i in delivery_ids]
    for position, delivery in enumerate(ordered):
        delivery.position = position
    _retime(uow, round_, ordered, settings)
    uow.commit()
    return round_view(uow, round_id)


def _retime(
    uow: UnitOfWork, round_: Round, ordered: list[Delivery], settings: PlanningSettings
) -> None:
    volunteer = uow.session.get(Volunteer, round_.volunteer_id)
    assert volunteer is not None
    beneficiaries = [uow.session.get(Beneficiary, d.beneficiary_id) for d in ordered]
    if volunteer.start_latitude is None or volunteer.start_longitude is None:
        return
    if any(b is None or b.latitude is None or b.longitude is None for b in beneficiaries):
        return
    hours = windows_on(windows_from_json(volunteer.availability or ()), round_.date)
    shift_start = round_.start_time or (hours[0].start if hours else dt.time(9, 0))
    shift_end = hours[-1].end if hours else dt.time(18, 0)
    start_place = Place(volunteer.start_latitude, volunteer.start_longitude)
    visits = []
    for b in beneficiaries:
        assert b is not None and b.latitude is not None and b.longitude is not None
        windows = windows_on(windows_from_json(b.availability or ()), round_.date)
        visits.append(
            RoutingVisit(
                b.id,
                Place(b.latitude, b.longitude),
                tuple(Span(_seconds(0, w.start), _seconds(0, w.end)) for w in windows),
                settings.service_minutes * 60,
            )
        )
    problem = RoutingProblem(
        tuple(visits),
        (RoutingVehicle("v", start_place, Span(0, DAY_S), len(visits)),),
        settings.speed_kmh,
        settings.detour_factor,
    )
    travel = problem.travel_matrix(problem.distance_matrix())
    n = len(visits)
    schedule = earliest_schedule(
        Span(_seconds(0, shift_start), _seconds(0, shift_end)),
        [v.service_s for v in visits],
        [v.windows for v in visits],
        [travel[n][0]],
        [[travel[a][b] for b in range(n)] for a in range(n)],
        [travel[a][n] for a in range(n)],
    )
    for delivery, arrival in zip(ordered, schedule.arrivals, strict=True):
        delivery.planned_time = _clock(arrival)
    round_.start_time = _clock(schedule.start_s)
    round_.end_time = _clock(min(schedule.end_s, DAY_S - 60))


def device_volunteer(uow: UnitOfWork) -> str | None:
    """The volunteer this device belongs to, if it was enrolled as a volunteer's laptop.

    The server gives such a device the scope ``volunteer:<id>`` (only that volunteer's
    rounds and beneficiaries travel to it); the volunteer mode then shows only them.
    """
    from bibliomobile.services.sync.common import SCOPE
    from bibliomobile.store.models import DeviceSetting

    found = uow.session.get(DeviceSetting, SCOPE)
    if found is None or not found.value.startswith("volunteer:"):
        return None
    volunteer_id = found.value.split(":", 1)[1].strip()
    return volunteer_id or None
