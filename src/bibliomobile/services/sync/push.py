"""Push: the outbox goes to the server in batches.

A row is deleted only once the server has acknowledged its ``op_id`` (applied,
duplicate or conflict: in every case the server keeps the op), in the step that
records the acknowledgement. Ops the server refuses (a ``rejected`` result, or a
403/422 naming them) stay in the outbox, are set aside as "refusé par le serveur"
with the server's reason, reported, and can be exported; they are never deleted.

A batch the server finds too large (413, its body limit or its ops per batch) is
halved and sent again, down to a single op; the smaller size is kept for the rest of
the push. A single op still too large is set aside like a refused one, and the
batches after it start full again.
"""

from __future__ import annotations

import json
import logging
from functools import partial
from typing import Any, cast

import httpx
from sqlalchemy import Table, delete, func, select

from bibliomobile.lang import Message
from bibliomobile.store.models import OutboxEntry
from bibliomobile.store.uow import Transactions, UnitOfWork

from .common import REFUSED, Counts, Progress, SyncError, observe_clock, write_setting
from .device import pending_count, refused_ops, refused_reasons
from .http_client import json_or_empty, request

log = logging.getLogger(__name__)

PUSH_BATCH = 500


def push_outbox(
    transactions: Transactions,
    client: httpx.Client,
    counts: Counts,
    batch: int,
    report: Progress,
) -> None:
    """Send the outbox, batch after batch, until nothing is left to send.

    Only the ops already there when the push began: the desk scanning on meanwhile
    does not keep a sync from ending (its ops go with the next one).
    """
    total = transactions(pending_count)
    last = transactions(last_seq)
    done = 0
    size = batch
    while True:
        ops, _aside = transactions(partial(next_batch, batch=size, up_to=last))
        if not ops:
            return
        body = request(client, "POST", "/sync/push", json={"ops": ops}, allow=(403, 413, 422))
        if isinstance(body, httpx.Response):
            problem = json_or_empty(body)
            bad = set(problem.get("op_ids") or []) & {op["op_id"] for op in ops}
            if body.status_code == 413 and not bad:
                if len(ops) > 1:
                    size = len(ops) // 2
                    log.info("batch of %d ops too large for the server: %d next", len(ops), size)
                    continue
                bad = {ops[0]["op_id"]}  # one op alone is too large: set it aside
                size = batch  # the ops after it may well fit in full batches
            if not bad:
                raise SyncError(
                    Message(
                        "sync.envoi_refuse_serveur_value",
                        value=problem.get("detail", body.status_code),
                    )
                )
            # Set these ops aside (kept in the outbox, exportable) and send the others.
            reason = str(problem.get("detail") or body.status_code)
            transactions(partial(set_aside, refused=dict.fromkeys(bad, reason)))
            log.warning("server refused ops %s: %s", sorted(bad), reason)
            continue
        sent = {op["op_id"] for op in ops}
        rejected = {
            r["op_id"]: str(r.get("reason") or "")
            for r in body["results"]
            if r["op_id"] in sent and r["result"] == "rejected"
        }
        acked = [r["op_id"] for r in body["results"] if r["op_id"] in sent - set(rejected)]
        if rejected:
            transactions(partial(set_aside, refused=rejected))
        for result in body["results"]:
            kind = result["result"]
            if kind == "applied":
                counts.pushed += 1
            elif kind == "duplicate":
                counts.duplicates += 1
            elif kind == "conflict":
                counts.conflicts += 1
            else:
                counts.rejected += 1
        server_hlc = body.get("server_hlc")
        transactions(partial(acknowledge, acked=acked, server_hlc=server_hlc))
        done += len(acked)
        report("push", done, total)


def last_seq(uow: UnitOfWork) -> int:
    """The newest op of the outbox (0 when it is empty)."""
    return int(uow.session.scalar(select(func.max(OutboxEntry.seq))) or 0)


def set_aside(uow: UnitOfWork, refused: dict[str, str]) -> None:
    """Keep these ops in the outbox, not sent again, with the server's reason."""
    reasons = refused_reasons(uow)
    reasons.update(refused)
    write_setting(uow, REFUSED, json.dumps(reasons, ensure_ascii=False, sort_keys=True))


def next_batch(
    uow: UnitOfWork, batch: int, up_to: int | None = None
) -> tuple[list[dict[str, Any]], set[str]]:
    """The oldest ops of the outbox not set aside (up to the op ``up_to``), as sent; and
    the ops set aside."""
    refused = refused_ops(uow)
    query = select(OutboxEntry).order_by(OutboxEntry.seq).limit(batch)
    if up_to is not None:
        query = query.where(OutboxEntry.seq <= up_to)
    if refused:
        query = query.where(OutboxEntry.op_id.not_in(refused))
    rows = uow.session.scalars(query).all()
    ops: list[dict[str, Any]] = []
    for r in rows:
        op = {
            "op_id": r.op_id,
            "entity": r.entity,
            "entity_id": r.entity_id,
            "op": r.op,
            "fields": r.fields,
            "hlc": r.hlc,
            "device_id": r.device_id,
        }
        if r.author:  # the person signed in when the change was made
            op["author"] = r.author
        ops.append(op)
    return ops, refused


def acknowledge(uow: UnitOfWork, acked: list[str], server_hlc: str | None) -> None:
    """The server holds these ops: they leave the outbox; the clock follows the server's."""
    outbox = cast(Table, OutboxEntry.__table__)
    conn = uow.session.connection()
    for start in range(0, len(acked), 500):
        conn.execute(delete(outbox).where(outbox.c.op_id.in_(acked[start : start + 500])))
    if server_hlc:
        observe_clock(uow, [server_hlc])
