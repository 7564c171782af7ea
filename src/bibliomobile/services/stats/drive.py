"""Drive figures: requests by channel, titles asked and found, bags, lead time, slots.

A request counts in the period and scope of the visit it is for (the visit where the
bag is handed over).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter

from sqlalchemy import func, select

from bibliomobile.domain.enums import RequestChannel, RequestKind, RequestStatus
from bibliomobile.services.stats.common import (
    Cell,
    Chart,
    Period,
    Scope,
    Section,
    Table,
    totals,
)
from bibliomobile.store.models import (
    Bag,
    PickupSlot,
    Request,
    RequestLine,
    RequestStatusChange,
    StopVisit,
)
from bibliomobile.store.uow import Reader

CHANNELS = {
    RequestChannel.PHONE.value: "Téléphone",
    RequestChannel.EMAIL.value: "Courriel",
    RequestChannel.AT_STOP.value: "À l'arrêt",
    RequestChannel.PORTAL.value: "Portail",
}


def drive_section(uow: Reader, period: Period, scope: Scope) -> Section:
    """The drive's tables and chart for the period, within the scope."""
    session = uow.session
    in_scope = select(StopVisit.id).where(StopVisit.date.between(period.start, period.end))
    if scope.stop_ids is not None:
        in_scope = in_scope.where(StopVisit.stop_id.in_(sorted(scope.stop_ids)))
    requests = list(
        session.execute(
            select(Request.id, Request.channel, Request.kind, Request.status, Request.taken_at)
            .where(Request.visit_id.in_(in_scope))
            .order_by(Request.id)
        )
    )
    ids = [r.id for r in requests]
    by_channel = Counter(r.channel for r in requests)
    channel_rows = tuple((label, by_channel[key]) for key, label in CHANNELS.items())
    status = Counter(r.status for r in requests)
    cancelled = status[RequestStatus.CANCELLED.value]

    asked = found = 0
    surprise = sum(1 for r in requests if r.kind == RequestKind.SURPRISE.value)
    for line_found, n in session.execute(
        select(RequestLine.item_id.is_not(None), func.count())
        .where(RequestLine.request_id.in_(ids))
        .where(RequestLine.cancelled.is_(False))
        .group_by(RequestLine.item_id.is_not(None))
    ):
        asked += int(n)
        found += int(n) if line_found else 0
    prepared = session.scalar(
        select(func.count(func.distinct(Bag.request_id))).where(Bag.request_id.in_(ids))
    )
    collected_at: dict[str, dt.datetime] = {}
    for request_id, at in session.execute(
        select(RequestStatusChange.request_id, func.max(RequestStatusChange.at))
        .where(RequestStatusChange.request_id.in_(ids))
        .where(RequestStatusChange.status == RequestStatus.COLLECTED.value)
        .group_by(RequestStatusChange.request_id)
    ):
        collected_at[request_id] = at
    lead_days = [
        (collected_at[r.id] - r.taken_at).total_seconds() / 86400
        for r in requests
        if r.status == RequestStatus.COLLECTED.value and r.id in collected_at and r.taken_at
    ]
    slots = session.execute(
        select(func.count(), func.coalesce(func.sum(PickupSlot.capacity), 0)).where(
            PickupSlot.visit_id.in_(in_scope)
        )
    ).one()
    booked = session.scalar(
        select(func.count())
        .select_from(Request)
        .join(PickupSlot, PickupSlot.id == Request.slot_id)
        .where(PickupSlot.visit_id.in_(in_scope))
        .where(Request.status != RequestStatus.CANCELLED.value)
    )
    capacity = int(slots[1])
    activity: tuple[tuple[Cell, ...], ...] = (
        ("Demandes reçues", len(requests)),
        ("dont demandes annulées", cancelled),
        ("dont sélections surprises", surprise),
        ("Titres demandés", asked),
        ("Titres trouvés", found),
        ("Sacs préparés", int(prepared or 0)),
        ("Sacs remis", status[RequestStatus.COLLECTED.value]),
        ("Sacs non retirés", status[RequestStatus.NO_SHOW.value]),
    )
    timing: tuple[tuple[Cell, ...], ...] = (
        (
            "Délai moyen de la demande à la remise (jours)",
            _days(statistics.fmean(lead_days) if lead_days else 0),
        ),
        (
            "Délai médian de la demande à la remise (jours)",
            _days(statistics.median(lead_days) if lead_days else 0),
        ),
        ("Créneaux proposés", int(slots[0])),
        ("Places sur les créneaux", capacity),
        ("Places réservées", int(booked or 0)),
        (
            "Taux d'occupation des créneaux (%)",
            round(100 * int(booked or 0) / capacity, 1) if capacity else 0,
        ),
    )
    tables = (
        Table(
            "drive_canaux",
            "Demandes par canal",
            ("Canal", "Demandes"),
            channel_rows,
            "Demandes de drive pour un passage de la période, annulées comprises, selon "
            "le canal par lequel elles sont arrivées.",
            totals(channel_rows) or None,
        ),
        Table(
            "drive_activite",
            "Demandes, titres et sacs",
            ("Indicateur", "Nombre"),
            activity,
            "Titres demandés : lignes de demande non retirées ; trouvés : un exemplaire y "
            "a été mis. Sacs préparés : demandes ayant eu un sac ; remis : demandes "
            "retirées par le lecteur ; non retirés : lecteur absent au passage.",
        ),
        Table(
            "drive_delais",
            "Délais et créneaux",
            ("Indicateur", "Valeur"),
            timing,
            "Délai : de la prise de la demande à la remise du sac, pour les sacs remis. "
            "Occupation : demandes non annulées ayant un créneau, rapportées aux places "
            "de tous les créneaux des passages de la période.",
        ),
    )
    chart = Chart(
        "drive_canaux",
        "Demandes par canal",
        tuple(str(r[0]) for r in channel_rows),
        (("Demandes", tuple(float(r[1]) for r in channel_rows)),),
    )
    return Section("drive", "Drive", tables, (chart,))


def _days(value: float) -> float:
    return round(value, 1)
