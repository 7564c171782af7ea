"""The laptop's audit log goes to the server's at each sync (``POST /sync/audit``).

Entries leave the laptop once the server has acknowledged them; a repeated batch (the
acknowledgement lost on the way) is recognised by the server and stored once. The
server attributes the entries to the device of the token, never to what they say.
"""

from __future__ import annotations

from functools import partial

import httpx

from bibliomobile.services.audit import AuditRow, forget_pushed, pending_entries
from bibliomobile.store.uow import Transactions

from .common import SyncError
from .http_client import json_or_empty, request

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
            raise SyncError(f"Journal d'accès non transmis : {json_or_empty(body).get('detail')}")
        ids = [r.entry_id for r in rows]
        transactions(partial(forget_pushed, entry_ids=ids))
        sent += len(rows)
        if len(rows) < batch:
            return sent
