"""Conflicts to review (coordination devices only): the list, and resolutions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from ..sync.reviews import list_reviews
from ..sync.reviews import resolve as record_resolution
from .common import ERRORS, MAX_INT32, NO_NUL, ApiError, CoordinatorDep, ErrorOut, ServerDep

router = APIRouter(tags=["review"])


class ReviewOut(BaseModel):
    id: int
    kind: str
    entity: str
    entity_id: str
    field: str | None
    kept_value: Any
    losing_value: Any
    detail: str | None
    device_id: str | None
    created_at: str
    resolution: str | None
    resolved_by: str | None
    resolved_at: str | None


class ResolveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    resolution: str = Field(min_length=1, max_length=2000, pattern=NO_NUL)


@router.get("/sync/reviews", response_model=list[ReviewOut], responses=ERRORS)
def reviews(
    _device: CoordinatorDep, server: ServerDep, include_resolved: bool = False
) -> list[ReviewOut]:
    with server.engine.connect() as conn:
        return [ReviewOut(**row) for row in list_reviews(conn, include_resolved)]


@router.post(
    "/sync/reviews/{conflict_id}/resolve",
    response_model=ReviewOut,
    responses={404: {"model": ErrorOut}, **ERRORS},
)
def resolve(
    conflict_id: Annotated[int, Path(ge=1, le=MAX_INT32)],
    body: ResolveIn,
    device: CoordinatorDep,
    server: ServerDep,
) -> ReviewOut:
    with server.engine.begin() as conn:
        done = record_resolution(conn, conflict_id, body.resolution, device.name)
    if not done:
        raise ApiError(404, f"Aucun point à revoir n° {conflict_id}.")
    with server.engine.connect() as conn:
        found = [row for row in list_reviews(conn, True) if row["id"] == conflict_id]
    return ReviewOut(**found[0])
