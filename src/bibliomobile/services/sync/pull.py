"""Pull: the changes of the device's scope since its cursor, and the scope kept in step.

Each page is applied and its cursor stored in one step, so an interrupted pull
resumes where it stopped. A pulled value does not overwrite a field edited locally
with a newer HLC that is still in the outbox. Then the scope is reconciled: rows that
left it are removed, rows that entered it (without changing) are fetched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import partial
from typing import Any

import httpx
from sqlalchemy import Connection, Table

from bibliomobile.lang import Message
from bibliomobile.store.projections import events_items, refresh_items
from bibliomobile.store.uow import Transactions, UnitOfWork

from .common import CURSOR, Counts, Progress, SyncError, observe_clock, read_setting, write_setting
from .http_client import json_or_empty, request
from .pull_conflicts import keep_conflicts
from .purge import forget_departed_patrons
from .wire import WireWriter, apply_connection, device_tables, pending_edits, update_fields, upsert

PULL_PAGE = 2000
LOG = "circulation_events"


def pull_pages(
    transactions: Transactions,
    client: httpx.Client,
    counts: Counts,
    page: int,
    report: Progress,
) -> None:
    """Pull and apply pages after the stored cursor until the server has no more."""
    tables = device_tables()
    while True:
        cursor = transactions(lambda uow: int(read_setting(uow, CURSOR) or 0))
        body = request(client, "GET", "/sync/pull", params={"after": cursor, "limit": page})
        if isinstance(body, httpx.Response):
            raise SyncError(
                Message("sync.reception_refusee_value", value=json_or_empty(body).get("detail"))
            )
        transactions(partial(apply_page, tables=tables, body=body, counts=counts))
        report("pull", counts.pulled, None)
        if not body["more"]:
            return


def apply_page(
    uow: UnitOfWork, tables: dict[str, Table], body: dict[str, Any], counts: Counts
) -> None:
    """One pulled page and its cursor, in the step's transaction."""
    conn = apply_connection(uow)
    apply_changes(uow, conn, tables, body["changes"], counts)
    write_setting(uow, CURSOR, str(body["next"]))


def apply_changes(
    uow: UnitOfWork,
    conn: Connection,
    tables: dict[str, Table],
    changes: Sequence[dict[str, Any]],
    counts: Counts,
) -> None:
    """Write pulled changes with plain SQL on ``conn`` (see :func:`apply_connection`)."""
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        if change["entity"] in tables:
            by_entity[change["entity"]].append(change)
    hlcs: list[str] = []
    patrons_gone = False
    unlent: set[str] = set()  # items whose events were removed: their loans recomputed
    for entity, entity_changes in by_entity.items():
        table = tables[entity]
        writer = WireWriter(table)
        pending = pending_edits(conn, entity, [c["id"] for c in entity_changes])
        raw = conn.connection.driver_connection
        assert raw is not None
        for change in entity_changes:
            local = pending.get(change["id"], {})
            if change["op"] in ("delete", "evict"):
                if local:
                    continue  # our unsent op decides; the server will send the truth again
                if entity == LOG:
                    unlent |= events_items(conn, [change["id"]])
                done = raw.execute(f'DELETE FROM "{entity}" WHERE id = ?', (change["id"],))
                if done.rowcount:
                    patrons_gone = patrons_gone or entity == "patrons"
                    if change["op"] == "delete":
                        counts.deleted += 1
                    else:
                        counts.evicted += 1
                continue
            if "*delete" in local:
                continue
            row: dict[str, Any] = dict(change["row"])
            versions: dict[str, str] = change.get("versions") or {}
            hlcs.extend(versions.values())
            trimmed = False
            if local:
                kept = {
                    name: value
                    for name, value in row.items()
                    if name == "id" or local.get(name, "") <= versions.get(name, "")
                }
                trimmed, row = len(kept) < len(row), kept
            columns = [c for c in writer.columns if c in row]
            values = writer.values(columns, [row[c] for c in columns])
            if not (trimmed and update_fields(raw, writer, columns, values)):
                rejected = upsert(raw, writer, columns, [values])
                keep_conflicts(uow, conn, entity, columns, rejected)
            counts.pulled += 1
    # Added events are taken into the loan index before the step commits (the store
    # does it); removed ones leave no mark it could see, so their items are redone.
    refresh_items(conn, unlent)
    if patrons_gone:
        forget_departed_patrons(conn.connection.driver_connection)
    observe_clock(uow, hlcs)


def reconcile_scope(
    transactions: Transactions, client: httpx.Client, counts: Counts, report: Progress
) -> None:
    """Remove rows that left the scope; fetch rows that entered it without changing."""
    manifest = request(client, "GET", "/sync/manifest")
    if isinstance(manifest, httpx.Response):
        raise SyncError(
            Message("sync.perimetre_refuse_value", value=json_or_empty(manifest).get("detail"))
        )
    tables = device_tables()
    missing = transactions(lambda uow: evict_outside(uow, tables, manifest, counts))
    for entity, ids in missing.items():
        writer = WireWriter(tables[entity])
        for start in range(0, len(ids), 2000):
            body = request(
                client,
                "POST",
                "/sync/rows",
                json={"entity": entity, "ids": ids[start : start + 2000]},
            )
            if isinstance(body, httpx.Response):
                raise SyncError(
                    Message("sync.lecture_refusee_value", value=json_or_empty(body).get("detail"))
                )
            transactions(partial(apply_rows, writer=writer, rows=body["rows"], counts=counts))
    report("done", 1, 1)


def evict_outside(
    uow: UnitOfWork, tables: dict[str, Table], manifest: dict[str, list[str]], counts: Counts
) -> dict[str, list[str]]:
    """Delete the rows the scope no longer holds (unless edited here and unsent);
    returns the ids of the scope missing here, by entity."""
    conn = apply_connection(uow)
    raw = conn.connection.driver_connection
    assert raw is not None
    missing: dict[str, list[str]] = {}
    for entity, ids in manifest.items():
        if entity not in tables:
            continue
        wanted = set(ids)
        local = {row[0] for row in raw.execute(f'SELECT id FROM "{entity}"')}
        extra = sorted(local - wanted)
        pending = pending_edits(conn, entity, extra)
        gone = [i for i in extra if i not in pending]
        unlent = events_items(conn, gone) if entity == LOG else set()
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            raw.execute(f'DELETE FROM "{entity}" WHERE id IN ({marks})', chunk)
        refresh_items(conn, unlent)
        if entity == "patrons" and gone:
            forget_departed_patrons(raw)
        counts.evicted += len(gone)
        if wanted - local:
            missing[entity] = sorted(wanted - local)
    return missing


def apply_rows(
    uow: UnitOfWork, writer: WireWriter, rows: list[dict[str, Any]], counts: Counts
) -> None:
    """Rows that entered the scope, fetched by id (unless edited here and unsent)."""
    conn = apply_connection(uow)
    raw = conn.connection.driver_connection
    pending = pending_edits(conn, writer.table.name, [r["id"] for r in rows])
    for row in rows:
        if row["id"] in pending:
            continue
        columns = [c for c in writer.columns if c in row]
        rejected = upsert(raw, writer, columns, [writer.values(columns, [row[c] for c in columns])])
        keep_conflicts(uow, conn, writer.table.name, columns, rejected)
        counts.fetched += 1
