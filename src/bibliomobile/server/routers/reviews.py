"""Conflicts to review (coordination devices only): the list, and resolutions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from ..sync.reviews import list_reviews, record_pulled
from ..sync.reviews import resolve as record_resolution
from .common import (
    ERRORS,
    MAX_INT32,
    NO_NUL,
    ApiError,
    CoordinatorDep,
    DeviceDep,
    ErrorOut,
    ServerDep,
)

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
    author: str | None = None
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


class PulledConflictIn(BaseModel):
    """A row a device pulled and could not apply, with the local row that kept the value."""

    model_config = ConfigDict(extra="forbid")
    entity: str = Field(min_length=1, max_length=60, pattern=NO_NUL)
    entity_id: str = Field(min_length=1, max_length=36, pattern=NO_NUL)
    field: str | None = Field(default=None, max_length=200, pattern=NO_NUL)
    kept_value: dict[str, Any] | None = None
    losing_value: dict[str, Any] | None = None
    detail: str | None = Field(default=None, max_length=2000, pattern=NO_NUL)


class PulledConflictsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    conflicts: list[PulledConflictIn] = Field(max_length=500)


class PulledConflictsOut(BaseModel):
    kept: int


@router.post("/sync/reviews/pulled", response_model=PulledConflictsOut, responses=ERRORS)
def pulled_conflicts(
    body: PulledConflictsIn, device: DeviceDep, server: ServerDep
) -> PulledConflictsOut:
    """A device reports pulled rows it could not apply: they join the review list."""
    if "\\u0000" in body.model_dump_json():  # PostgreSQL keeps no NUL, even in JSON
        raise ApiError(422, "Caractère NUL interdit.")
    unknown = sorted({c.entity for c in body.conflicts} - set(server.tables))
    if unknown:
        raise ApiError(422, f"Table inconnue : {', '.join(unknown)}.")
    with server.engine.begin() as conn:
        kept = record_pulled(conn, device.id, [c.model_dump() for c in body.conflicts])
    return PulledConflictsOut(kept=kept)
