"""Applying the ops of a pushed batch, one kind of data at a time.

Mutable and reference rows: per-field last-writer-wins by HLC; the losing value is
kept in a conflict row, never discarded. Events: append-only, never conflict. An op
the database refuses is rejected alone (a savepoint), the rest of the batch applies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from bibliomobile.store.capture import to_wire

from .ops import Batch, Op, OpResult, queue_conflict
from .state import SyncServer, chunks
from .wire import row_to_wire


class Rejected(IntegrityError):
    """An op the server refuses by itself (as the database would), with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, None, Exception(reason))
        self.reason = reason


def short_reason(error: Exception) -> str:
    """Why an op was rejected, in one line."""
    if isinstance(error, Rejected):
        return error.reason
    orig = getattr(error, "orig", None)
    text_ = str(orig if orig is not None else error).strip().splitlines()[0]
    return ("refusé par la base : " + text_)[:480]


# Mutable and reference rows: per-field last-writer-wins.


def apply_record_op(server: SyncServer, conn: Connection, batch: Batch, op: Op) -> None:
    """Apply one op on a mutable or reference row; a refused one is rejected alone."""
    table = server.tables[op.entity]
    values = batch.values[op.op_id]
    queued = len(batch.conflicts)
    try:
        with conn.begin_nested():
            result = merge(server, conn, batch, op, table, values)
    except (IntegrityError, DBAPIError) as error:
        del batch.conflicts[queued:]  # rolled back with the savepoint
        if isinstance(error, OperationalError) and "deadlock" in str(error).lower():
            raise
        reason = short_reason(error)
        batch.results[op.op_id] = OpResult(op.op_id, "rejected", reason)
        queue_conflict(
            batch,
            kind="rejected",
            entity=op.entity,
            entity_id=op.entity_id,
            losing_value=op.fields,
            losing_hlc=op.hlc,
            device_id=batch.device.id,
            op_id=op.op_id,
            detail=reason,
            needs_review=True,
        )
        # The device keeps a row the server refused: send it the server's truth.
        batch.changed.append((op.entity, op.entity_id))
        return
    batch.results[op.op_id] = result
    batch.changed.append((op.entity, op.entity_id))


def merge(
    server: SyncServer,
    conn: Connection,
    batch: Batch,
    op: Op,
    table: Table,
    values: dict[str, Any],
) -> OpResult:
    """Insert, update or delete the row: each field the op wrote later than the
    server's value wins; the others are kept as conflicts."""
    current = conn.execute(select(table).where(table.c.id == op.entity_id)).one_or_none()
    versions, deleted_hlc, has_versions = server.versions(conn, op.entity, op.entity_id)
    device_id = batch.device.id
    if op.op == "delete":
        if current is None:
            return OpResult(op.op_id, "applied", "déjà supprimé")
        newer = {k: v for k, v in versions.items() if v > op.hlc}
        if newer:
            queue_conflict(
                batch,
                kind="deleted_with_newer_edits",
                entity=op.entity,
                entity_id=op.entity_id,
                losing_value=row_to_wire(current, [c.name for c in table.c]),
                losing_hlc=max(newer.values()),
                kept_hlc=op.hlc,
                device_id=device_id,
                op_id=op.op_id,
                needs_review=True,
            )
        conn.execute(table.delete().where(table.c.id == op.entity_id))
        server.store_versions(conn, op.entity, op.entity_id, versions, op.hlc, has_versions)
        return OpResult(op.op_id, "applied")
    if current is None:
        if deleted_hlc is not None:
            queue_conflict(
                batch,
                kind="edit_after_delete",
                entity=op.entity,
                entity_id=op.entity_id,
                losing_value=op.fields,
                losing_hlc=op.hlc,
                kept_hlc=deleted_hlc,
                device_id=device_id,
                op_id=op.op_id,
                needs_review=True,
            )
            return OpResult(op.op_id, "conflict", "ligne supprimée sur le serveur")
        if op.op == "update":
            raise Rejected("ligne inconnue du serveur")
        conn.execute(insert(table).values(id=op.entity_id, **values))
        server.store_versions(
            conn, op.entity, op.entity_id, dict.fromkeys(values, op.hlc), None, has_versions
        )
        return OpResult(op.op_id, "applied")
    winners: dict[str, Any] = {}
    lost = []
    mapping = current._mapping
    for name, value in values.items():
        known = versions.get(name, "")
        if op.hlc > known:
            winners[name] = value
            versions[name] = op.hlc
        elif op.hlc == known:
            continue  # the same write seen twice
        else:
            lost.append(name)
            if to_wire(mapping[name]) != op.fields[name]:
                queue_conflict(
                    batch,
                    kind="field_lww",
                    entity=op.entity,
                    entity_id=op.entity_id,
                    field=name,
                    kept_value=to_wire(mapping[name]),
                    kept_hlc=known,
                    losing_value=op.fields[name],
                    losing_hlc=op.hlc,
                    device_id=device_id,
                    op_id=op.op_id,
                )
    if winners:
        conn.execute(table.update().where(table.c.id == op.entity_id).values(**winners))
    server.store_versions(conn, op.entity, op.entity_id, versions, deleted_hlc, has_versions)
    if lost:
        return OpResult(op.op_id, "conflict", "valeur plus récente conservée : " + ", ".join(lost))
    return OpResult(op.op_id, "applied")


# Events: append-only, never conflict.


def apply_events(server: SyncServer, conn: Connection, batch: Batch, events: Sequence[Op]) -> None:
    """Insert new events (a repeated one is a duplicate; a change to one is rejected)."""
    inserts = [op for op in events if op.op == "insert"]
    for op in events:
        if op.op != "insert":
            batch.results[op.op_id] = OpResult(
                op.op_id, "rejected", "un événement ne se modifie pas (annulez-le)"
            )
            queue_conflict(
                batch,
                kind="rejected",
                entity=op.entity,
                entity_id=op.entity_id,
                losing_value=op.fields,
                losing_hlc=op.hlc,
                device_id=batch.device.id,
                op_id=op.op_id,
                detail="événement modifié",
                needs_review=True,
            )
    by_entity: dict[str, list[Op]] = defaultdict(list)
    for op in inserts:
        by_entity[op.entity].append(op)
    for entity, ops in by_entity.items():
        table = server.tables[entity]
        existing: set[str] = set()
        for chunk in chunks([op.entity_id for op in ops], 500):
            existing.update(conn.scalars(select(table.c.id).where(server.in_(table.c.id, chunk))))
        new_ops = []
        for op in ops:
            if op.entity_id in existing:
                batch.results[op.op_id] = OpResult(op.op_id, "duplicate", "événement déjà reçu")
            else:
                existing.add(op.entity_id)
                new_ops.append(op)
        if not new_ops:
            continue
        try:
            with conn.begin_nested():
                server.insert_many(
                    conn,
                    table,
                    [{"id": op.entity_id, **batch.values[op.op_id]} for op in new_ops],
                )
        except (IntegrityError, DBAPIError):
            for op in new_ops:  # find the faulty ones, keep the others
                apply_record_op(server, conn, batch, op)
            continue
        for op in new_ops:
            batch.results[op.op_id] = OpResult(op.op_id, "applied")
            batch.changed.append((op.entity, op.entity_id))
