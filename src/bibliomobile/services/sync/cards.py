"""Cards outside a van's scope, from the server: the offline index, refreshed at each
sync, and the lookup of one card when online."""

from __future__ import annotations

import datetime as dt

import httpx

from bibliomobile.services.circulation.cards import FoundCard, index_version, replace_index
from bibliomobile.store.uow import Transactions

from .device import server_credentials
from .http_client import open_client, request


def refresh_card_index(transactions: Transactions, client: httpx.Client) -> int:
    """Replace the van's card index with the server's when it changed; returns the
    number of cards received."""
    known = transactions(index_version)
    body = request(client, "GET", "/sync/card-index", params={"known": known}, allow=(403, 404))
    if isinstance(body, httpx.Response):
        return 0  # not for this device (or an older server): nothing to keep
    if body.get("unchanged"):
        return 0
    entries = [(str(key), str(sealed)) for key, sealed in body["entries"]]
    transactions(
        lambda uow: replace_index(uow, body["version"], body["salt"], body["made_at"], entries)
    )
    return len(entries)


#: A crew waits at the desk: a server slower than this is not waited for (the offline
#: card index answers instead).
LOOKUP_TIMEOUT = httpx.Timeout(2.0, connect=1.5)


def lookup_card_online(
    transactions: Transactions,
    card: str,
    *,
    transport: httpx.BaseTransport | None = None,
    timeout: httpx.Timeout = LOOKUP_TIMEOUT,
) -> FoundCard | None:
    """Ask the server who holds ``card`` (name and blocks); None when nobody does.

    Raises:
        SyncError: the server cannot be reached in ``timeout``, or refuses (nothing
            changes here).
    """
    server_url, token = transactions(server_credentials)
    with open_client(server_url, token, transport, timeout) as client:
        body = request(client, "GET", "/sync/card", params={"code": card}, allow=(404,))
    if isinstance(body, httpx.Response):
        return None
    expiry = body.get("card_expiry")
    return FoundCard(
        patron_id=body["patron_id"],
        card_barcode=card,
        first_name=body["first_name"],
        last_name=body["last_name"],
        blocked=bool(body["blocked"]),
        card_expiry=dt.date.fromisoformat(expiry) if expiry else None,
    )
