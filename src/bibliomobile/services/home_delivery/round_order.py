"""The coordinator's hand on a planned round: the order of its visits (planned times
recomputed) and locks that keep a visit in place when the rounds are planned again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.availability import windows_from_json, windows_on
from bibliomobile.services.home_delivery.common import (
    DAY_S,
    HomeDeliveryError,
    clock_time,
    existing_delivery,
    period_seconds,
)
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.rounds import RoundView, round_view
from bibliomobile.services.home_delivery.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
    earliest_schedule,
)
from bibliomobile.store.models import Beneficiary, Delivery, Round, Volunteer
from bibliomobile.store.uow import UnitOfWork


def set_locked(uow: UnitOfWork, delivery_id: str, locked: bool) -> None:
    """Lock a visit on its round and place (the planner will not move it)."""
    delivery = existing_delivery(uow, delivery_id)
    delivery.locked = locked


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
        raise HomeDeliveryError(Message("home_delivery.tournee_existe"))
    deliveries = {
        d.id: d for d in session.scalars(select(Delivery).where(Delivery.round_id == round_id))
    }
    if sorted(delivery_ids) != sorted(deliveries):
        raise HomeDeliveryError(Message("home_delivery.ordre_donne_correspond_visites"))
    ordered = [deliveries[i] for i in delivery_ids]
    for position, delivery in enumerate(ordered):
        delivery.position = position
    _retime(uow, round_, ordered, settings)
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
                tuple(Span(period_seconds(0, w.start), period_seconds(0, w.end)) for w in windows),
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
        Span(period_seconds(0, shift_start), period_seconds(0, shift_end)),
        [v.service_s for v in visits],
        [v.windows for v in visits],
        [travel[n][0]],
        [[travel[a][b] for b in range(n)] for a in range(n)],
        [travel[a][n] for a in range(n)],
    )
    for delivery, arrival in zip(ordered, schedule.arrivals, strict=True):
        delivery.planned_time = clock_time(arrival)
    round_.start_time = clock_time(schedule.start_s)
    round_.end_time = clock_time(min(schedule.end_s, DAY_S - 60))
