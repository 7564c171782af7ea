"""The "already read" flags of a volunteer's bags, received at each sync."""

from __future__ import annotations

import httpx

from bibliomobile.services.home_delivery.read_flags import replace_read_flags
from bibliomobile.store.uow import Transactions

from .http_client import request


def refresh_read_flags(transactions: Transactions, client: httpx.Client) -> int:
    """Replace the laptop's flags with the server's; returns how many it holds now."""
    body = request(client, "GET", "/sync/read-flags", allow=(403, 404))
    if isinstance(body, httpx.Response):
        return 0  # not for this device (or an older server): nothing to keep
    flags = [(str(delivery), str(record)) for delivery, record in body["flags"]]
    return int(transactions(lambda uow: replace_read_flags(uow, flags)))
