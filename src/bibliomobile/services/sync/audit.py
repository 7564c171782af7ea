"""The laptop's audit log goes to the server's at each sync (``POST /sync/audit``).

Entries leave the laptop once the server has acknowledged them; a repeated batch (the
acknowledgement lost on the way) is recognised by the server and stored once. The
server attributes the entries to the device of the token, never to what they say.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from functools import partial

import httpx

from bibliomobile.lang import Message
from bibliomobile.services.audit import AuditRow, forget_pushed, pending_entries
from bibliomobile.store.uow import Transactions

from .common import DeviceRevoked, SyncError
from .device import mark_revoked, server_credentials
from .http_client import json_or_empty, open_client, request

AUDIT_BATCH = 500


def _wire(row: AuditRow) -> dict[str, str | None]:
    return {
        "entry_id": row.entry_id,
        "occurred_at": row.occurred_at.isoformat(),
        "user_name": row.user_name,
        "action": row.action,
        "patron_id": row.patron_id,
        "beneficiary_id": row.beneficiary_id,
        "round_id": row.round_id,
        "detail": row.detail,
    }


def push_audit(transactions: Transactions, client: httpx.Client, batch: int = AUDIT_BATCH) -> int:
    """Send the audit entries kept on this laptop; returns how many the server took."""
    sent = 0
    while True:
        rows = transactions(partial(pending_entries, limit=batch))
        if not rows:
            return sent
        body = request(
            client, "POST", "/sync/audit", json={"entries": [_wire(r) for r in rows]}, allow=(422,)
        )
        if isinstance(body, httpx.Response):
            raise SyncError(
                Message("sync.audit_not_sent", detail=json_or_empty(body).get("detail"))
            )
        ids = [r.entry_id for r in rows]
        transactions(partial(forget_pushed, entry_ids=ids))
        sent += len(rows)
        if len(rows) < batch:
            return sent


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One entry of the server's log, as a coordinator reads it in the app."""

    occurred_at: str  # local time, "2026-12-03 21:05"
    user_name: str
    device_name: str
    action: str
    patron_id: str | None
    detail: str | None


def fetch_audit(
    transactions: Transactions,
    *,
    card: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> list[AuditLine]:
    """The server's audit log, about one card if given (coordination devices only)."""
    server_url, token = transactions(server_credentials)
    params = {"card": card.strip()} if card and card.strip() else {}
    try:
        with open_client(server_url, token, transport) as client:
            body = request(client, "GET", "/sync/audit", params=params, allow=(404,))
    except DeviceRevoked:
        transactions(mark_revoked)
        raise
    if isinstance(body, httpx.Response):
        raise SyncError(str(json_or_empty(body).get("detail") or "Carte inconnue du serveur."))
    return [
        AuditLine(
            occurred_at=_local(row["occurred_at"]),
            user_name=row["user_name"],
            device_name=row["device_name"],
            action=row["action_label"],
            patron_id=row["patron_id"],
            detail=row["detail"],
        )
        for row in reversed(body)  # newest first
    ]


def _local(moment: str) -> str:
    """The server's UTC time as this computer's local time, to the minute."""
    try:
        parsed = dt.datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    with contextlib.suppress(OverflowError, OSError):  # a date at the edge of time
        parsed = parsed.astimezone()
    return parsed.strftime("%Y-%m-%d %H:%M")
