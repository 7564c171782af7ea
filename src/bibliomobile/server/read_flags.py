""" "Already read" flags for a volunteer's laptop: no reading history, one flag per title.

A volunteer's laptop never holds what a beneficiary borrowed before (the circulation log
stays on the server). For the titles of the bags of its rounds only, it receives a flag
saying that the beneficiary already borrowed that title once (any copy, from the van,
the library or an earlier visit): the pairs (delivery, record) of :func:`read_flags`.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, exists, or_, select

from .devices import Device
from .models import entity_tables


class ReadFlagsRefused(Exception):
    """Only a volunteer's laptop asks for these flags (the others hold the loans)."""


def read_flags(conn: Connection, device: Device) -> list[tuple[str, str]]:
    """(delivery id, record id) for each title of a bag of the device's rounds that the
    beneficiary already borrowed before this visit."""
    scope = device.parsed_scope
    if scope.kind != "volunteer":
        raise ReadFlagsRefused("Ces repères ne sont envoyés qu'aux postes des bénévoles.")
    t = entity_tables()
    deliveries, beneficiaries = t["deliveries"], t["beneficiaries"]
    bags, bag_items, items, events = t["bags"], t["bag_items"], t["items"], t["circulation_events"]
    in_scope = scope.ids("deliveries")
    assert in_scope is not None
    selection = (
        select(
            deliveries.c.id.label("delivery_id"),
            beneficiaries.c.patron_id.label("patron_id"),
            items.c.record_id.label("record_id"),
        )
        .join(beneficiaries, beneficiaries.c.id == deliveries.c.beneficiary_id)
        .join(bags, bags.c.delivery_id == deliveries.c.id)
        .join(bag_items, and_(bag_items.c.bag_id == bags.c.id, bag_items.c.removed.is_(False)))
        .join(items, items.c.id == bag_items.c.item_id)
        .where(deliveries.c.id.in_(in_scope))
        .subquery()
    )
    earlier = items.alias("earlier_item")
    borrowed_before = exists(
        select(events.c.id)
        .join(earlier, earlier.c.id == events.c.item_id)
        .where(
            events.c.patron_id == selection.c.patron_id,
            events.c.kind == "checkout",
            earlier.c.record_id == selection.c.record_id,
            or_(events.c.delivery_id.is_(None), events.c.delivery_id != selection.c.delivery_id),
        )
    )
    query = (
        select(selection.c.delivery_id, selection.c.record_id)
        .where(borrowed_before)
        .distinct()
        .order_by(selection.c.delivery_id, selection.c.record_id)
    )
    return [(str(d), str(r)) for d, r in conn.execute(query)]
