"""What the home-delivery services share: their error, a visit by id, times of day.

Times in the planner and the routing problem are seconds from the start of the
planning period (:func:`period_seconds`); :func:`clock_time` turns them back into a
time of day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bibliomobile.lang import Message
from bibliomobile.store.models import Delivery
from bibliomobile.store.uow import UnitOfWork

DAY_S = 86_400


class HomeDeliveryError(ValueError):
    """Bad input for a home-delivery operation; the message is French, for the user."""


def existing_delivery(uow: UnitOfWork, delivery_id: str) -> Delivery:
    """The visit ``delivery_id``.

    Raises:
        HomeDeliveryError: unknown visit.
    """
    found = uow.session.get(Delivery, delivery_id)
    if found is None:
        raise HomeDeliveryError(Message("home_delivery.visite_existe"))
    return found


def period_seconds(day_offset: int, moment: dt.time) -> int:
    """``moment`` on the ``day_offset``-th day of the period, in seconds from its start."""
    return day_offset * DAY_S + moment.hour * 3600 + moment.minute * 60 + moment.second


def clock_time(seconds: int) -> dt.time:
    """The time of day of ``seconds`` from the start of the period (to the minute)."""
    within = seconds % DAY_S
    return dt.time(within // 3600, within % 3600 // 60)


def clean_list(values: Iterable[str]) -> list[str]:
    """Values stripped, without blanks or duplicates (ignoring case), in their order."""
    seen: dict[str, None] = {}
    for value in values:
        text = value.strip()
        if text and text.casefold() not in {s.casefold() for s in seen}:
            seen[text] = None
    return list(seen)


def check_place(latitude: float | None, longitude: float | None) -> None:
    """Both coordinates or none, within bounds.

    Raises:
        HomeDeliveryError: otherwise.
    """
    if (latitude is None) != (longitude is None):
        raise HomeDeliveryError(Message("home_delivery.indiquez_latitude_longitude_aucune"))
    if latitude is not None and not -90 <= latitude <= 90:
        raise HomeDeliveryError(Message("home_delivery.latitude_hors_limites_entre"))
    if longitude is not None and not -180 <= longitude <= 180:
        raise HomeDeliveryError(Message("home_delivery.longitude_hors_limites_entre"))
