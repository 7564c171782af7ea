"""Pulled rows that clash with a local row on a unique value: kept, sent for review.

A pulled row (a patron's card, an item's barcode) may carry a unique value that a local
row holds under another id, e.g. a card registered at the stop while the office
registered the same card. The pulled row cannot be written beside the local one, and
neither may be dropped in silence: both versions are kept on the device, in the step's
transaction, and sent at the next sync to the server's "to review" list
(``POST /sync/reviews/pulled``), where coordinators see them with the other conflicts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import partial
from typing import Any

import httpx
from sqlalchemy import Connection, text

from bibliomobile.lang import Message
from bibliomobile.store.uow import Transactions, UnitOfWork

from .common import SyncError, read_setting, write_setting
from .http_client import json_or_empty, request

PULL_CONFLICTS = "sync_pull_conflicts"
"""``device_settings`` key: the clashes found by pulls, not yet sent (a JSON list)."""

REVIEW_KIND = "pull_conflict"

_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w., ]+)")


def clashing_columns(error: str) -> list[str]:
    """The columns named by SQLite's "UNIQUE constraint failed: t.a, t.b" message."""
    found = _UNIQUE.search(error)
    if not found:
        return []
    return [part.strip().split(".")[-1] for part in found.group(1).split(",")]


def keep_conflicts(
    uow: UnitOfWork,
    conn: Connection,
    entity: str,
    columns: Sequence[str],
    rejected: Sequence[tuple[Sequence[Any], str]],
) -> int:
    """Keep each rejected pulled row with the local row it clashes with, to send later.

    Returns:
        How many were kept.
    """
    if not rejected:
        return 0
    kept = json.loads(read_setting(uow, PULL_CONFLICTS) or "[]")
    for values, error in rejected:
        pulled = dict(zip(columns, values, strict=True))
        clash = [c for c in clashing_columns(error) if c in pulled and c != "id"]
        local: dict[str, Any] | None = None
        if clash:
            where = " AND ".join(f'"{c}" = :{c}' for c in clash)
            found = conn.execute(
                text(f'SELECT * FROM "{entity}" WHERE {where} LIMIT 1'),
                {c: pulled[c] for c in clash},
            ).first()
            local = dict(found._mapping) if found is not None else None
        local_id = str(local.get("id")) if local else None
        if any(  # the same clash met again (a pull, then the scope's reconciliation)
            k["entity"] == entity
            and k["entity_id"] == str(pulled.get("id"))
            and (str(k["kept_value"].get("id")) if k["kept_value"] else None) == local_id
            for k in kept
        ):
            continue
        kept.append(
            {
                "entity": entity,
                "entity_id": str(pulled.get("id")),
                "field": ", ".join(clash) or None,
                "kept_value": local,
                "losing_value": pulled,
                "detail": (
                    f"Reçu du serveur mais non appliqué sur l'appareil : {error}. "
                    f"Fiche locale {local.get('id') if local else '?'} garde la valeur."
                ),
            }
        )
    write_setting(uow, PULL_CONFLICTS, json.dumps(kept, ensure_ascii=False, default=str))
    return len(rejected)


def pending_conflicts(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The clashes kept on this device and not yet sent for review."""
    return list(json.loads(read_setting(uow, PULL_CONFLICTS) or "[]"))


#: Clashes per report: the server takes 500 at most, and each carries two rows.
CONFLICTS_PER_REQUEST = 200


def send_conflicts(transactions: Transactions, client: httpx.Client) -> int:
    """Send the kept clashes to the server's review list, a few hundred at a time;
    forget those it took.

    Returns:
        How many were sent.
    """
    sent = 0
    while True:
        kept = transactions(pending_conflicts)[:CONFLICTS_PER_REQUEST]
        if not kept:
            return sent
        body = request(client, "POST", "/sync/reviews/pulled", json={"conflicts": kept})
        if isinstance(body, httpx.Response):
            raise SyncError(
                Message("sync.conflits_non_transmis_value", value=json_or_empty(body).get("detail"))
            )
        transactions(partial(forget_conflicts, count=len(kept)))
        sent += len(kept)


def forget_conflicts(uow: UnitOfWork, count: int) -> None:
    """The oldest ``count`` kept clashes are on the server's review list now."""
    now = pending_conflicts(uow)
    write_setting(uow, PULL_CONFLICTS, json.dumps(now[count:], ensure_ascii=False))
