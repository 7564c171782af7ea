"""Cards outside a van's scope: the lookup online and the hashed index offline.

A van holds only the patrons active at its tour. A card scanned at its desk that it
does not know is asked of the server when online (:func:`lookup_card`: card → name and
blocks, nothing else) and found in the hashed index the van keeps for offline days
(:func:`card_index`, see :mod:`bibliomobile.domain.card_index`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import Connection, func, select

from bibliomobile.domain.card_index import index_entry
from bibliomobile.domain.scan import normalize_scan

from .devices import Device
from .models import change_log, entity_tables


class CardRefused(Exception):
    """This device may not look cards up (a volunteer's laptop)."""


def _check(device: Device) -> None:
    if device.parsed_scope.kind == "volunteer":
        raise CardRefused("La recherche de cartes est réservée aux postes du bibliobus.")


def card_content(row: Any) -> dict[str, Any]:
    """What a card tells the desk: who, and what stops them borrowing."""
    return {
        "patron_id": row.id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "blocked": row.blocked_reason is not None,
        "card_expiry": row.card_expiry.isoformat() if row.card_expiry else None,
    }


def _columns() -> Any:
    patrons = entity_tables()["patrons"]
    return patrons, select(
        patrons.c.id,
        patrons.c.card_barcode,
        patrons.c.first_name,
        patrons.c.last_name,
        patrons.c.blocked_reason,
        patrons.c.card_expiry,
    )


def lookup_card(conn: Connection, device: Device, card: str) -> dict[str, Any] | None:
    """The patron of ``card`` (name and blocks), or None when no patron has it."""
    _check(device)
    patrons, query = _columns()
    wanted = normalize_scan(card)
    row = conn.execute(query.where(patrons.c.card_barcode.in_({card, wanted}))).first()
    return card_content(row) if row is not None else None


def index_version(conn: Connection) -> str:
    """What the index is made of: the number of patrons and their last change."""
    patrons = entity_tables()["patrons"]
    count = conn.scalar(select(func.count()).select_from(patrons)) or 0
    last = conn.scalar(
        select(change_log.c.seq)
        .where(change_log.c.entity == "patrons")
        .order_by(change_log.c.seq.desc())
        .limit(1)
    )
    return f"{count}:{last or 0}"


def card_index(conn: Connection, device: Device, known: str = "") -> dict[str, Any]:
    """Every card of the network, hashed, its content sealed (a fresh salt each time);
    only ``{"unchanged": true}`` when the device's index (version ``known``) is current."""
    _check(device)
    version = index_version(conn)
    if known and known == version:
        return {"unchanged": True, "version": version}
    _patrons, query = _columns()
    salt = secrets.token_hex(16)
    entries = [
        list(index_entry(salt, row.card_barcode, card_content(row))) for row in conn.execute(query)
    ]
    made = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return {
        "unchanged": False,
        "version": version,
        "salt": salt,
        "made_at": made,
        "entries": entries,
    }
