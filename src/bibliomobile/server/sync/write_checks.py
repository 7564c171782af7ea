"""What a device may write, beyond its scope's rows: its role's rights, the rows a new
row points at, and who it says did it.

- Rights: one table for laptops and server (``bibliomobile.domain.access``): a crew
  device may not rewrite an item's barcode, a volunteer may not plan a round.
- References: a row a device creates or changes may point only at rows the device may
  see (or that the same batch creates): a request for a patron of another tour would
  otherwise bring that patron's name and address into the device's scope.
- Attribution: the device of a circulation event and the taker of a drive request come
  from the token, never from the payload.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, select

from bibliomobile.domain.access import may

from ..devices import Device
from ..scopes import Scope
from .ops import Batch, BatchRefused, Op
from .state import SyncServer, chunks

#: References a device may make to rows outside its scope, and why: at the desk a
#: card or an item of another tour is looked up when scanned (a loan is never refused
#: for it: nothing scanned may be lost), and the log does not widen what it sees.
OPEN_REFERENCES = frozenset(
    {
        ("circulation_events", "patron_id"),
        ("circulation_events", "item_id"),
    }
)


def check_rights(device: Device, ops: Sequence[Op]) -> None:
    """Refuse (403) the ops the device's role may not make, whatever the row."""
    refused = [op.op_id for op in ops if not may(device.role, op.entity, op.op, op.fields)]
    if refused:
        raise BatchRefused(
            403,
            f"Modifications non permises à ce poste (rôle {device.role}) : rien n'a été appliqué.",
            refused,
        )


def check_references(
    server: SyncServer, conn: Connection, scope: Scope, batch: Batch, ops: Sequence[Op]
) -> None:
    """Refuse (403) ops whose new values point at rows outside the device's read scope."""
    if scope.kind == "all":
        return
    created: dict[str, set[str]] = defaultdict(set)
    for op in ops:
        if op.op == "insert":
            created[op.entity].add(op.entity_id)
    wanted: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for op in ops:
        if op.op == "delete":
            continue
        table = server.tables[op.entity]
        for name, value in batch.values[op.op_id].items():
            if value is None or (op.entity, name) in OPEN_REFERENCES:
                continue
            for key in table.c[name].foreign_keys:
                parent = key.column.table.name
                if parent in server.tables and value not in created[parent]:
                    wanted[parent][str(value)].append(op.op_id)
    refused: set[str] = set()
    for parent, by_id in wanted.items():
        scoped = scope.ids(parent)
        if scoped is None:
            continue
        table = server.tables[parent]
        seen: set[str] = set()
        for chunk in chunks(sorted(by_id), 500):
            seen.update(
                conn.scalars(
                    select(table.c.id).where(server.in_(table.c.id, chunk), table.c.id.in_(scoped))
                )
            )
        for parent_id, op_ids in by_id.items():
            if parent_id not in seen:
                refused.update(op_ids)
    if refused:
        raise BatchRefused(
            403,
            "Opérations qui désignent des lignes hors du périmètre de cet appareil : "
            "rien n'a été appliqué.",
            sorted(refused),
        )


def attribute(batch: Batch, ops: Sequence[Op]) -> None:
    """Who did it, from the token: the device of an event, the taker of a request."""
    device = batch.device
    for op in ops:
        if op.op != "insert":
            continue
        values = batch.values[op.op_id]
        if op.entity == "circulation_events":
            values["device_id"] = device.node or device.id
        elif op.entity == "requests":
            values["taken_by"] = device.name[:100]
