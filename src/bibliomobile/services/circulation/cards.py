"""A card the van does not hold, found in its offline card index (or online).

The van holds only the patrons active at its tour; every other card of the network is
in the hashed index refreshed at each sync (:mod:`bibliomobile.domain.card_index`).
A card found there becomes a patron of this device at once (id, card, name, blocks),
written as the server's data is (no change captured, nothing pushed): the desk can
lend to them, and the next sync brings their full row, now in the scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, text

from bibliomobile.domain.card_index import card_key, unseal
from bibliomobile.domain.scan import normalize_scan
from bibliomobile.store.models import CardIndexEntry, DeviceSetting
from bibliomobile.store.uow import UnitOfWork

#: Device setting: the salt of the card index held.
SALT = "card_index_salt"
#: Device setting: when the server made the index held.
MADE_AT = "card_index_made_at"
#: Device setting: the server's version of the index held (sent back: unchanged, not resent).
VERSION = "card_index_version"
BLOCKED = "Carte bloquée : voir avec la médiathèque"


@dataclass(frozen=True)
class FoundCard:
    """A card of the network: who, and whether they may borrow."""

    patron_id: str
    card_barcode: str
    first_name: str
    last_name: str
    blocked: bool
    card_expiry: dt.date | None


def _setting(uow: UnitOfWork, key: str) -> str | None:
    return uow.session.scalar(select(DeviceSetting.value).where(DeviceSetting.key == key))


def find_in_index(uow: UnitOfWork, raw: str) -> FoundCard | None:
    """The patron of a scanned card according to the offline index, or None."""
    salt = _setting(uow, SALT)
    if not salt:
        return None
    card = normalize_scan(raw)
    sealed = uow.session.scalar(
        select(CardIndexEntry.sealed).where(CardIndexEntry.key == card_key(salt, card))
    )
    content = unseal(salt, card, sealed) if sealed else None
    if content is None:
        return None
    expiry = content.get("card_expiry")
    return FoundCard(
        patron_id=str(content["patron_id"]),
        card_barcode=card,
        first_name=str(content.get("first_name") or ""),
        last_name=str(content.get("last_name") or ""),
        blocked=bool(content.get("blocked")),
        card_expiry=dt.date.fromisoformat(expiry) if expiry else None,
    )


def take_in_card(uow: UnitOfWork, raw: str) -> str | None:
    """Make the patron of a card found in the index a patron of this device; their id.

    None when the index does not know the card. Plain SQL: not captured, not pushed.
    """
    found = find_in_index(uow, raw)
    if found is None:
        return None
    return take_in(uow, found)


def take_in(uow: UnitOfWork, found: FoundCard) -> str:
    """Make the patron of a card of the network (from the index or the server's online
    lookup) a patron of this device; their id. Plain SQL: not captured, not pushed."""
    uow.session.execute(
        text(
            "INSERT INTO patrons (id, card_barcode, first_name, last_name, blocked_reason, "
            "card_expiry, preferred_channel, max_loans) "
            "VALUES (:id, :card, :first, :last, :blocked, :expiry, 'letter', 15) "
            "ON CONFLICT(id) DO NOTHING"
        ),
        {
            "id": found.patron_id,
            "card": normalize_scan(found.card_barcode),
            "first": found.first_name,
            "last": found.last_name,
            "blocked": BLOCKED if found.blocked else None,
            "expiry": found.card_expiry.isoformat() if found.card_expiry else None,
        },
    )
    return found.patron_id


def index_version(uow: UnitOfWork) -> str:
    """The server's version of the index this device holds ("" for none)."""
    return _setting(uow, VERSION) or ""


def replace_index(
    uow: UnitOfWork, version: str, salt: str, made_at: str, entries: list[tuple[str, str]]
) -> None:
    """Put a fresh index from the server in place of the one held."""
    uow.session.execute(delete(CardIndexEntry))
    for start in range(0, len(entries), 5000):
        chunk = entries[start : start + 5000]
        uow.session.execute(
            insert(CardIndexEntry), [{"key": key, "sealed": sealed} for key, sealed in chunk]
        )
    for key, value in ((SALT, salt), (MADE_AT, made_at), (VERSION, version)):
        uow.session.execute(
            text(
                "INSERT INTO device_settings(key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": value},
        )
