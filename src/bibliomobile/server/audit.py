"""Who changed what: the ops the server received, with the device and the person.

The device comes from its token (``sync_applied_ops.device_id``); the person is the
name the device gave for the user signed in when the change was made (``author``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from .models import applied_ops, devices


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One op received from a device."""

    received_at: dt.datetime
    device: str
    author: str | None
    entity: str
    entity_id: str
    op: str
    result: str
    fields: tuple[str, ...]


def audit_trail(
    engine: Engine,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    author: str | None = None,
    limit: int = 100,
) -> list[AuditLine]:
    """The latest ops received (newest first), narrowed to a row, an entity or a person."""
    query = (
        select(
            applied_ops.c.received_at,
            devices.c.name,
            applied_ops.c.author,
            applied_ops.c.entity,
            applied_ops.c.entity_id,
            applied_ops.c.op,
            applied_ops.c.result,
            applied_ops.c.fields,
        )
        .join(devices, devices.c.id == applied_ops.c.device_id, isouter=True)
        .order_by(applied_ops.c.received_at.desc(), applied_ops.c.op_id)
        .limit(max(1, limit))
    )
    if entity is not None:
        query = query.where(applied_ops.c.entity == entity)
    if entity_id is not None:
        query = query.where(applied_ops.c.entity_id == entity_id)
    if author is not None:
        query = query.where(applied_ops.c.author == author)
    with engine.connect() as conn:
        return [
            AuditLine(
                received_at=row.received_at,
                device=row.name or "?",
                author=row.author,
                entity=row.entity,
                entity_id=row.entity_id,
                op=row.op,
                result=row.result,
                fields=tuple(sorted(row.fields or {})),
            )
            for row in conn.execute(query)
        ]
