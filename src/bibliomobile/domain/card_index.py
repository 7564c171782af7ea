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
    return _key(salt, normalize_scan(card))


def _key(salt: str, normal: str) -> str:
    return hashlib.sha256(f"card:{salt}:{normal}".encode()).hexdigest()


def _stream(salt: str, normal: str, length: int) -> bytes:
    return hashlib.shake_256(f"seal:{salt}:{normal}".encode()).digest(length)


def _xor(data: bytes, stream: bytes) -> bytes:
    mixed = int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")
    return mixed.to_bytes(len(data), "big")


def seal(salt: str, card: str, content: dict[str, Any]) -> str:
    """``content`` readable only with the card number."""
    return _seal(salt, normalize_scan(card), content)


def _seal(salt: str, normal: str, content: dict[str, Any]) -> str:
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(_xor(data, _stream(salt, normal, len(data)))).decode()


def index_entry(salt: str, card: str, content: dict[str, Any]) -> tuple[str, str]:
    """A card's entry of the index: its key and its sealed content."""
    normal = normalize_scan(card)
    return _key(salt, normal), _seal(salt, normal, content)


def unseal(salt: str, card: str, sealed: str) -> dict[str, Any] | None:
    """The content sealed for this card, or None when it is not this card's."""
    try:
        mixed = base64.b64decode(sealed, validate=True)
        data = _xor(mixed, _stream(salt, normalize_scan(card), len(mixed)))
        content = json.loads(data.decode())
    except ValueError:
        return None
    return content if isinstance(content, dict) else None
