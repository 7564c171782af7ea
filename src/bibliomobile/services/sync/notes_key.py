"""The network's access-notes key, received at each sync by the laptops that show notes."""

from __future__ import annotations

import httpx

from bibliomobile.domain.access_notes import key_from_text
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.access_notes import keep_notes_key
from bibliomobile.store.uow import Transactions

from .common import SyncError
from .http_client import request


def refresh_notes_key(transactions: Transactions, client: httpx.Client) -> int:
    """Keep the server's notes key (the notes held here sealed with it); returns the
    number of notes sealed again (0 for a van, refused the key)."""
    body = request(client, "GET", "/sync/notes-key", allow=(403, 404))
    if isinstance(body, httpx.Response):
        return 0
    try:
        key = key_from_text(str(body.get("key", "")))
    except ValueError as error:
        raise SyncError(Message("sync.notes_key_invalid")) from error
    return int(transactions(lambda uow: keep_notes_key(uow, key)))
