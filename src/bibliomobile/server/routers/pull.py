"""Pull, snapshots and the scope: what a device receives.

``/sync/pull`` pages through the feed after a cursor; a new device loads
``/sync/snapshot`` (and the catalogue file for a van); ``/sync/manifest`` and
``/sync/rows`` keep its scope in step.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from bibliomobile.store.catalogue_file import CATALOGUE_ENTITIES
from bibliomobile.store.migrate import head_revision as device_head_revision

from ..devices import Device, touch
from ..sync.pull import pull_page
from ..sync.snapshot import fetch_rows, snapshot_start
from ..sync.snapshot import manifest as scope_manifest
from ..sync.snapshot import snapshot_page as read_snapshot_page
from ..sync.wire import dumps
from .common import (
    ERRORS,
    MAX_INT64,
    NO_NUL,
    ApiError,
    DeviceDep,
    ErrorOut,
    ServerDep,
    catalogue_files,
)

log = logging.getLogger(__name__)

router = APIRouter(tags=["sync"])

CATALOGUE_MEDIA_TYPE = "application/vnd.sqlite3"
MAX_PAGE = 50_000


class CatalogueFileResponse(FileResponse):
    """The catalogue file in 1 MiB chunks (Starlette's 64 KiB ones made its download
    twice as slow on a fast network)."""

    chunk_size = 1 << 20


class ChangeOut(BaseModel):
    seq: int
    entity: str
    id: str
    op: Literal["upsert", "delete", "evict"]
    row: dict[str, Any] | None = None
    versions: dict[str, str] | None = None


class PullOut(BaseModel):
    changes: list[ChangeOut]
    next: int
    more: bool


class SnapshotOut(BaseModel):
    cursor: int
    entities: list[str]


class SnapshotPageOut(BaseModel):
    entity: str
    columns: list[str]
    rows: list[list[Any]]
    next_after_id: str
    more: bool


class RowsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: str = Field(min_length=1, max_length=60, pattern=NO_NUL)
    ids: list[Annotated[str, Field(max_length=36, pattern=NO_NUL)]] = Field(max_length=5000)


class RowsOut(BaseModel):
    entity: str
    rows: list[dict[str, Any]]


@router.get("/sync/pull", responses={200: {"model": PullOut}, **ERRORS})
def pull(
    device: DeviceDep,
    server: ServerDep,
    after: Annotated[int, Query(ge=0, le=MAX_INT64)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
) -> Response:
    with server.engine.connect() as conn:
        page = pull_page(server, conn, device, after, limit)
    _seen(server.engine, device)
    return Response(dumps(page), media_type="application/json")


def _seen(engine: Engine, device: Device) -> None:
    """Record when a device was last seen (best effort, its own short transaction)."""
    try:
        with engine.begin() as conn:
            touch(conn, device.id)
    except OperationalError:  # a busy SQLite server: the next request will do it
        log.debug("last-seen of %s not recorded", device.name, exc_info=True)


@router.get("/sync/snapshot", response_model=SnapshotOut, responses=ERRORS)
def snapshot(device: DeviceDep, server: ServerDep) -> SnapshotOut:
    with server.engine.connect() as conn:
        return SnapshotOut(**snapshot_start(server, conn, device))


@router.get(
    "/sync/snapshot-catalogue",
    response_class=FileResponse,
    responses={
        200: {
            "content": {CATALOGUE_MEDIA_TYPE: {}},
            "description": "Le fichier de catalogue (base SQLite du poste)",
            "headers": {
                "X-Bibliomobile-Cursor": {
                    "description": "Position du journal des changements à laquelle "
                    "le fichier a été fait (recevoir ensuite les changements suivants)",
                    "schema": {"type": "integer"},
                },
                "X-Bibliomobile-Sha256": {
                    "description": "Empreinte SHA-256 du fichier",
                    "schema": {"type": "string"},
                },
            },
        },
        409: {"model": ErrorOut, "description": "Schéma du poste différent du serveur"},
        503: {"model": ErrorOut, "description": "Fichier en préparation : prendre les pages"},
        **ERRORS,
    },
)
def snapshot_catalogue(
    device: DeviceDep,
    request: Request,
    schema: Annotated[str, Query(min_length=1, max_length=64, pattern=NO_NUL)],
) -> FileResponse:
    """The catalogue as a ready device database, for a new van to adopt at once."""
    catalogue = catalogue_files(request)
    scope = device.parsed_scope
    if not all(scope.sees_everything_of(e) for e in CATALOGUE_ENTITIES):
        raise ApiError(403, "Le catalogue complet n'est pas dans le périmètre de cet appareil.")
    if schema != device_head_revision():
        raise ApiError(409, "Le poste et le serveur n'ont pas la même version du schéma.")
    if catalogue is not None:
        catalogue.refresh_in_background()  # when missing or stale; the current one serves
    found = catalogue.current() if catalogue is not None else None
    if catalogue is None or found is None:
        raise ApiError(503, "Fichier de catalogue en préparation : instantané par pages.")
    return CatalogueFileResponse(
        catalogue.path(found),
        media_type=CATALOGUE_MEDIA_TYPE,
        headers={
            "X-Bibliomobile-Cursor": str(found.cursor),
            "X-Bibliomobile-Sha256": found.sha256,
        },
    )


@router.get("/sync/snapshot/{entity}", responses={200: {"model": SnapshotPageOut}, **ERRORS})
def snapshot_page(
    entity: Annotated[str, Path(max_length=60, pattern=NO_NUL)],
    device: DeviceDep,
    server: ServerDep,
    after_id: Annotated[str, Query(max_length=36, pattern=NO_NUL)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 5000,
) -> Response:
    with server.engine.connect() as conn:
        page = read_snapshot_page(server, conn, device, entity, after_id, limit)
    return Response(dumps(page), media_type="application/json")


@router.get("/sync/manifest", responses={200: {"model": dict[str, list[str]]}, **ERRORS})
def manifest(device: DeviceDep, server: ServerDep) -> Response:
    with server.engine.connect() as conn:
        ids = scope_manifest(conn, device)
    return Response(dumps(ids), media_type="application/json")


@router.post("/sync/rows", response_model=RowsOut, responses=ERRORS)
def rows(body: RowsIn, device: DeviceDep, server: ServerDep) -> RowsOut:
    with server.engine.connect() as conn:
        return RowsOut(**fetch_rows(server, conn, device, body.entity, body.ids))
