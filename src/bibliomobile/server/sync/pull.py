"""Pull: a page of the feed after a device's cursor, as the rows' current state.

See :mod:`.state` for why the feed's order is safe to page through.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from ..devices import Device
from ..models import change_log, row_versions
from ..scopes import Scope
from .state import SyncServer, chunks
from .wire import row_to_wire


def pull_page(
    server: SyncServer, conn: Connection, device: Device, after: int, limit: int
) -> dict[str, Any]:
    """Up to ``limit`` feed entries after ``after``: each row's state or its deletion,
    for the rows of the device's scope only; ``next`` is the cursor to ask from."""
    scope = device.parsed_scope
    entries = conn.execute(
        select(change_log.c.seq, change_log.c.entity, change_log.c.entity_id)
        .where(change_log.c.seq > after)
        .order_by(change_log.c.seq)
        .limit(limit)
    ).all()
    last_seq: dict[tuple[str, str], int] = {}
    for entry in entries:
        last_seq[(entry.entity, entry.entity_id)] = entry.seq
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, entity_id in last_seq:
        if entity in server.tables:
            by_entity[entity].append(entity_id)
    changes: list[dict[str, Any]] = []
    for entity, entity_ids in by_entity.items():
        changes.extend(states(server, conn, scope, entity, entity_ids, last_seq))
    changes.sort(key=lambda change: change["seq"])
    next_after = entries[-1].seq if entries else after
    return {"changes": changes, "next": next_after, "more": len(entries) == limit}


def states(
    server: SyncServer,
    conn: Connection,
    scope: Scope,
    entity: str,
    entity_ids: list[str],
    last_seq: dict[tuple[str, str], int],
) -> list[dict[str, Any]]:
    """The changes of these rows of ``entity``, as the device sees them."""
    table = server.tables[entity]
    columns = [c.name for c in table.c]
    scoped = scope.ids(entity)
    everything = scope.sees_everything_of(entity)
    hidden = scope.hidden(entity)
    out = []
    for chunk in chunks(entity_ids, 500):
        rows = {
            row.id: row for row in conn.execute(select(table).where(server.in_(table.c.id, chunk)))
        }
        visible = set(rows)
        if scoped is not None and rows:
            visible = set(
                conn.scalars(
                    select(table.c.id).where(
                        server.in_(table.c.id, list(rows)), table.c.id.in_(scoped)
                    )
                )
            )
        versions = {
            row.entity_id: row.versions
            for row in conn.execute(
                select(row_versions.c.entity_id, row_versions.c.versions).where(
                    row_versions.c.entity == entity, server.in_(row_versions.c.entity_id, chunk)
                )
            )
        }
        for entity_id in chunk:
            seq = last_seq[(entity, entity_id)]
            base = {"seq": seq, "entity": entity, "id": entity_id}
            if entity_id not in visible and not everything:
                # Not the device's row (any more): saying so would tell it the ids of
                # other tours' and rounds' people. Rows it held and lost leave it when
                # it reconciles its scope with the manifest, at the end of each sync.
                continue
            if entity_id not in rows:
                out.append({**base, "op": "delete"})
            elif entity_id in visible:
                out.append(
                    {
                        **base,
                        "op": "upsert",
                        "row": row_to_wire(rows[entity_id], columns, hidden),
                        "versions": versions.get(entity_id) or {},
                    }
                )
            else:
                out.append({**base, "op": "evict"})
    return out
