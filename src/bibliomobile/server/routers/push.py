"""``/sync/push``: a device sends a batch of its ops; the answer says what became of each."""

from __future__ import annotations

from functools import partial
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..access_notes import seal_pushed_notes
from ..db import in_transaction
from ..sync.ops import MAX_BATCH, MAX_FIELDS, Op
from ..sync.push import apply_batch, validate
from .common import ERRORS, DeviceDep, ServerDep

router = APIRouter(tags=["sync"])

#: Attempts at a batch that lost to a concurrent transaction (a retry of the same ops
#: or a deadlock): the next one finds the other's ops as duplicates.
PUSH_ATTEMPTS = 4


class OpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op_id: str = Field(min_length=1, max_length=36)
    entity: str = Field(min_length=1, max_length=60)
    entity_id: str = Field(min_length=1, max_length=36)
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any] = Field(max_length=MAX_FIELDS)
    hlc: str = Field(min_length=1, max_length=64)
    # Ignored: the device is the one of the token (kept so older clients may send it).
    device_id: str | None = Field(default=None, max_length=64)
    # The person signed in on the device (checked per op: a bad name refuses that op).
    author: str | None = Field(default=None, max_length=1000)


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ops: list[OpIn] = Field(max_length=MAX_BATCH)


class OpResultOut(BaseModel):
    op_id: str
    result: Literal["applied", "duplicate", "conflict", "rejected"]
    reason: str | None = None


class PushOut(BaseModel):
    results: list[OpResultOut]
    server_hlc: str


@router.post("/sync/push", response_model=PushOut, responses=ERRORS)
def push(body: PushIn, device: DeviceDep, server: ServerDep) -> PushOut:
    ops = [Op(o.op_id, o.entity, o.entity_id, o.op, o.fields, o.hlc, o.author) for o in body.ops]
    if any(op.entity == "beneficiaries" for op in ops):
        with server.engine.begin() as conn:
            ops = seal_pushed_notes(conn, ops)
    checked = validate(server, ops)
    results = in_transaction(
        server.engine,
        partial(apply_batch, server, device=device, ops=ops, checked=checked),
        attempts=PUSH_ATTEMPTS,
    )
    return PushOut(
        results=[OpResultOut(op_id=r.op_id, result=r.result, reason=r.reason) for r in results],  # type: ignore[arg-type]
        server_hlc=str(server.clock.last),
    )
