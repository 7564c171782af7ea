"""Conflicts to review: the list coordinators see, and their resolutions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from bibliomobile.store.capture import to_wire

from ..models import conflicts
from .state import now


def list_reviews(conn: Connection, include_resolved: bool = False) -> list[dict[str, Any]]:
    """The conflicts kept for review, oldest first (resolved ones on request)."""
    query = select(conflicts).where(conflicts.c.needs_review.is_(True)).order_by(conflicts.c.id)
    if not include_resolved:
        query = query.where(conflicts.c.resolved_at.is_(None))
    return [
        {key: to_wire(value) for key, value in row._mapping.items()} for row in conn.execute(query)
    ]


def resolve(conn: Connection, conflict_id: int, resolution: str, by: str) -> bool:
    """Record how a coordinator resolved a conflict; False if there is no such one."""
    done = conn.execute(
        update(conflicts)
        .where(conflicts.c.id == conflict_id, conflicts.c.needs_review.is_(True))
        .values(resolution=resolution, resolved_by=by, resolved_at=now())
    )
    return done.rowcount == 1


PULL_CONFLICT = "pull_conflict"


def record_pulled(conn: Connection, device_id: str, reported: list[dict[str, Any]]) -> int:
    """Keep for review the rows a device pulled but could not apply (a unique value held
    there by another row), with both versions as the device sent them."""
    if not reported:
        return 0
    created = now()
    conn.execute(
        insert(conflicts),
        [
            {
                "kind": PULL_CONFLICT,
                "entity": row["entity"],
                "entity_id": row["entity_id"],
                "field": row.get("field"),
                "kept_value": row.get("kept_value"),
                "losing_value": row.get("losing_value"),
                "device_id": device_id,
                "detail": row.get("detail"),
                "needs_review": True,
                "created_at": created,
            }
            for row in reported
        ],
    )
    return len(reported)
