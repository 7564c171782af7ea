"""A pushed batch: its ops, their results, the conflicts it keeps, or its refusal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..devices import Device
from ..models import conflicts
from .state import now

MAX_BATCH = 1000

CONFLICT_COLUMNS = [c.name for c in conflicts.c if c.name != "id"]


class BatchRefused(Exception):
    """The whole batch is refused; nothing of it was applied."""

    def __init__(self, status: int, detail: str, op_ids: Sequence[str] = ()) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.op_ids = list(op_ids)


@dataclass(frozen=True)
class Op:
    op_id: str
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any]
    hlc: str


@dataclass
class OpResult:
    op_id: str
    result: str  # applied | duplicate | conflict | rejected
    reason: str | None = None


@dataclass
class Batch:
    """Working state of one push."""

    device: Device
    ops: list[Op]
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # op_id → typed fields
    results: dict[str, OpResult] = field(default_factory=dict)
    changed: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def queue_conflict(batch: Batch, **values: Any) -> None:
    """Queue a conflict row; written with the batch (see :func:`.push.apply_batch`)."""
    row = dict.fromkeys(CONFLICT_COLUMNS)
    row.update(values)
    row["needs_review"] = bool(values.get("needs_review", False))
    row["created_at"] = now()
    batch.conflicts.append(row)
