"""A pushed batch: its ops, their results, the conflicts it keeps, or its refusal."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..devices import Device
from ..models import conflicts
from .state import now

MAX_BATCH = 1000
#: Fields of one op at most (the widest table has far fewer columns).
MAX_FIELDS = 100

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
    #: The person signed in on the device (a name checked by :func:`.push.check_author`).
    author: str | None = None


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
    #: op_id → the person behind it (kept with the conflicts it leads to).
    authors: dict[str, str | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.authors = {op.op_id: op.author for op in self.ops}


@dataclass
class Checked:
    """A batch after :func:`.push.validate`: typed values of the valid ops, and why
    each other op was refused."""

    typed: dict[str, dict[str, Any]] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    #: The op whose clock ran furthest ahead of the server's (its HLC, by how many ms).
    skew: tuple[str, int] | None = None


def queue_refusal(batch: Batch, op: Op, reason: str) -> None:
    """Keep an op refused before any SQL for review, with nothing a database refuses
    (NUL characters replaced)."""
    queue_conflict(
        batch,
        kind="refused",
        entity=_clean(op.entity)[:60],
        entity_id=_clean(op.entity_id)[:36],
        losing_value=json.loads(json.dumps(op.fields).replace("\\u0000", "\\ufffd")),
        losing_hlc=_clean(op.hlc)[:64],
        device_id=batch.device.id,
        author=_clean(op.author)[:100] if op.author else None,
        op_id=_clean(op.op_id)[:36],
        detail=_clean(reason)[:2000],
        needs_review=True,
    )


def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")


def queue_conflict(batch: Batch, **values: Any) -> None:
    """Queue a conflict row; written with the batch (see :func:`.push.apply_batch`)."""
    row = dict.fromkeys(CONFLICT_COLUMNS)
    row.update(values)
    if row["author"] is None and row["op_id"] is not None:
        row["author"] = batch.authors.get(row["op_id"])
    row["needs_review"] = bool(values.get("needs_review", False))
    row["created_at"] = now()
    batch.conflicts.append(row)
