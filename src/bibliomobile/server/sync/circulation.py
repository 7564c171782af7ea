"""Domain conflicts of circulation found while a batch is applied.

The same item lent twice offline: both events are kept, the later one is the open
loan, and a "to review" entry goes to coordinators. A return without a loan is
recorded and flagged. Nothing is silently dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from .ops import Batch, Op, OpResult, queue_conflict
from .state import SyncServer, chunks


def check_circulation(
    server: SyncServer, conn: Connection, batch: Batch, events: Sequence[Op]
) -> None:
    """Double loans and returns without a loan: keep everything, flag for review."""
    new_ids = {
        op.entity_id: op
        for op in events
        if op.entity == "circulation_events" and batch.results[op.op_id].result == "applied"
    }
    if not new_ids:
        return
    table = server.tables["circulation_events"]
    items = {batch.values[op.op_id].get("item_id") for op in new_ids.values()} - {None}
    rows: list[Any] = []
    for chunk in chunks(sorted(items), 500):  # type: ignore[arg-type]
        rows.extend(
            conn.execute(
                select(table.c.id, table.c.item_id, table.c.kind, table.c.hlc, table.c.undoes_id)
                .where(server.in_(table.c.item_id, chunk))
                .order_by(table.c.item_id, table.c.hlc)
            ).all()
        )
    undone = {row.undoes_id for row in rows if row.undoes_id}
    by_item: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.id not in undone and row.kind in ("checkout", "checkin"):
            by_item[row.item_id].append(row)
    for item_id, history in by_item.items():
        previous = None
        for row in history:
            if row.kind == "checkout" and previous is not None and previous.kind == "checkout":
                if row.id in new_ids or previous.id in new_ids:
                    flag(
                        batch,
                        new_ids,
                        row.id,
                        previous.id,
                        "double_checkout",
                        f"Exemplaire {item_id} prêté deux fois hors connexion : le prêt le plus "
                        f"récent ({row.id}) reste ouvert, le précédent ({previous.id}) est clos.",
                    )
            elif (
                row.kind == "checkin"
                and (previous is None or previous.kind == "checkin")
                and row.id in new_ids
            ):
                flag(
                    batch,
                    new_ids,
                    row.id,
                    None,
                    "return_without_loan",
                    f"Retour de l'exemplaire {item_id} sans prêt connu : enregistré.",
                )
            previous = row


def flag(
    batch: Batch,
    new_ids: dict[str, Op],
    kept_id: str,
    other_id: str | None,
    kind: str,
    detail: str,
) -> None:
    """A conflict to review about these events; their ops' results say so."""
    op = new_ids.get(kept_id) or (new_ids.get(other_id) if other_id else None)
    assert op is not None
    queue_conflict(
        batch,
        kind=kind,
        entity="circulation_events",
        entity_id=kept_id,
        kept_value={"event_id": kept_id},
        losing_value={"event_id": other_id} if other_id else None,
        device_id=batch.device.id,
        op_id=op.op_id,
        detail=detail,
        needs_review=True,
    )
    for event_id in (kept_id, other_id):
        if event_id in new_ids:
            event_op = new_ids[event_id]
            batch.results[event_op.op_id] = OpResult(event_op.op_id, "conflict", kind)
