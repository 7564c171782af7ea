"""The van's hashed card index: a card finds its patron, the index alone finds nobody.

A van holds only the patrons active at its tour (see the server's scopes); any other
card scanned at the desk is found in this index, kept offline. Each entry is keyed by
a salted SHA-256 of the card number, and its content (patron id, name, blocks) is
sealed with a key derived from the card number too: reading an entry needs the card.
It is a lock against browsing the list, not against guessing card numbers one by one
(the database's encryption is the protection for that).
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from .scan import normalize_scan


def card_key(salt: str, card: str) -> str:
    """The index key of a card (scanned or stored, normalised the same way)."""
    return hashlib.sha256(f"card:{salt}:{normalize_scan(card)}".encode()).hexdigest()


def _stream(salt: str, card: str, length: int) -> bytes:
    seed = hashlib.sha256(f"seal:{salt}:{normalize_scan(card)}".encode()).digest()
    out = bytearray()
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(out[:length])


def seal(salt: str, card: str, content: dict[str, Any]) -> str:
    """``content`` readable only with the card number."""
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    mixed = bytes(a ^ b for a, b in zip(data, _stream(salt, card, len(data)), strict=True))
    return base64.b64encode(mixed).decode()


def unseal(salt: str, card: str, sealed: str) -> dict[str, Any] | None:
    """The content sealed for this card, or None when it is not this card's."""
    try:
        mixed = base64.b64decode(sealed, validate=True)
        data = bytes(a ^ b for a, b in zip(mixed, _stream(salt, card, len(mixed)), strict=True))
        content = json.loads(data.decode())
    except ValueError:
        return None
    return content if isinstance(content, dict) else None
