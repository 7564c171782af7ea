"""The HTTP API of the central server (FastAPI), served by uvicorn.

``create_app(db)`` takes a SQLAlchemy URL or an SQLite file path, migrates the
database and returns the application. Every sync endpoint needs a device's bearer
token; see ``bibliomobile.server.sync`` for the protocol.
"""

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from bibliomobile import __version__
from bibliomobile.store.catalogue_file import CATALOGUE_ENTITIES
from bibliomobile.store.migrate import head_revision as device_head_revision

from . import devices as device_admin
from .catalogue import CatalogueFiles, default_folder
from .db import create_server_engine, current_revision, upgrade
from .devices import Device, DeviceError
from .sync import MAX_BATCH, BatchRefused, Op, SyncServer, dumps

CATALOGUE_MEDIA_TYPE = "application/vnd.sqlite3"
#: Requests larger than this are refused before being read (413).
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_PAGE = 50_000


class CatalogueFileResponse(FileResponse):
    """The catalogue file in 1 MiB chunks (Starlette's 64 KiB ones made its download
    twice as slow on a fast network)."""

    chunk_size = 1 << 20


class ApiError(Exception):
    def __init__(self, status: int, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.extra = extra


class ErrorOut(BaseModel):
    detail: str
    op_ids: list[str] = []
    revoked: bool = False


class EnrollIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=4, max_length=40)
    node: str | None = Field(default=None, max_length=64)


class EnrollOut(BaseModel):
    token: str
    device_id: str
    name: str
    role: str
    scope: str


class OpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op_id: str = Field(min_length=1, max_length=36)
    entity: str = Field(min_length=1, max_length=60)
    entity_id: str = Field(min_length=1, max_length=36)
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any]
    hlc: str = Field(min_length=1, max_length=64)
    device_id: str | None = Field(default=None, max_length=64)


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
    entity: str = Field(min_length=1, max_length=60)
    ids: list[str] = Field(max_length=5000)


class RowsOut(BaseModel):
    entity: str
    rows: list[dict[str, Any]]


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
    resolution: str = Field(min_length=1, max_length=2000)


class DeviceOut(BaseModel):
    device_id: str
    name: str
    role: str
    scope: str


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Jeton inconnu ou appareil révoqué"},
    403: {"model": ErrorOut, "description": "Hors du périmètre de l'appareil"},
    413: {"model": ErrorOut, "description": "Requête trop grande"},
    422: {"model": ErrorOut, "description": "Requête invalide"},
}

bearer = HTTPBearer(auto_error=False, description="Jeton de l'appareil (inscription)")


def create_app(
    db: str | Engine, *, catalogue_folder: Path | None = None, prepare_catalogue: bool = False
) -> FastAPI:
    """The server application over ``db`` (URL, SQLite path or an engine), migrated.

    The catalogue file for new vans lives in ``catalogue_folder`` (by default next to
    an SQLite database, or in the user cache folder); ``prepare_catalogue`` builds it
    in the background from the start (``serve`` does), else on the first request.
    """
    engine = db if isinstance(db, Engine) else create_server_engine(db)
    upgrade(engine)
    schema = current_revision(engine) or ""
    server = SyncServer(engine)
    folder = catalogue_folder or default_folder(db)
    catalogue = CatalogueFiles(server, folder) if folder is not None else None
    if catalogue is not None and prepare_catalogue:
        catalogue.refresh_in_background()
    app = FastAPI(
        title="Bibliomobile — serveur de synchronisation",
        version=__version__,
        description="Synchronisation hors connexion des postes Bibliomobile (push, pull, instantané).",
    )
    app.state.engine = engine
    app.state.sync = server
    app.state.catalogue = catalogue

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse({"detail": error.detail, **error.extra}, status_code=error.status)

    @app.exception_handler(BatchRefused)
    async def _refused(_request: Request, error: BatchRefused) -> JSONResponse:
        return JSONResponse(
            {"detail": error.detail, "op_ids": error.op_ids}, status_code=error.status
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = []
        for item in error.errors()[:20]:
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
            problems.append(f"{where or 'corps'} : {item.get('msg')}")
        return JSONResponse(
            {"detail": "Requête invalide, rien n'a été appliqué. " + " ; ".join(problems)},
            status_code=422,
        )

    @app.middleware("http")
    async def _limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(
                {"detail": f"Requête trop grande (maximum {MAX_BODY_BYTES // 1024 // 1024} Mo)."},
                status_code=413,
            )
        return await call_next(request)

    def current_device(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Device:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise ApiError(401, "Jeton d'appareil manquant : inscrivez ce poste.")
        with engine.connect() as conn:
            device = device_admin.authenticate(conn, credentials.credentials)
        if device is None:
            raise ApiError(401, "Jeton d'appareil inconnu : inscrivez ce poste.")
        if device.revoked:
            raise ApiError(
                401,
                "Cet appareil a été révoqué : arrêtez la synchronisation, exportez le travail "
                "non envoyé et effacez les données locales.",
                revoked=True,
            )
        return device

    DeviceDep = Annotated[Device, Depends(current_device)]

    def coordinator(device: DeviceDep) -> Device:
        if device.role != "coordinator":
            raise ApiError(403, "Réservé aux postes de coordination.")
        return device

    @app.get("/health", tags=["server"])
    def health() -> dict[str, str]:
        return {
            "status": "ok",
            "version": __version__,
            "schema": schema,
            "catalogue_file": catalogue.status() if catalogue is not None else "absent",
        }

    @app.post("/sync/enroll", response_model=EnrollOut, responses=ERRORS, tags=["devices"])
    def enroll(body: EnrollIn) -> EnrollOut:
        try:
            device, token = device_admin.enroll(engine, body.code, body.node)
        except DeviceError as error:
            raise ApiError(401, str(error)) from None
        return EnrollOut(
            token=token, device_id=device.id, name=device.name, role=device.role, scope=device.scope
        )

    @app.get("/sync/me", response_model=DeviceOut, responses=ERRORS, tags=["devices"])
    def me(device: DeviceDep) -> DeviceOut:
        return DeviceOut(
            device_id=device.id, name=device.name, role=device.role, scope=device.scope
        )

    @app.post("/sync/push", response_model=PushOut, responses=ERRORS, tags=["sync"])
    def push(body: PushIn, device: DeviceDep) -> PushOut:
        ops = [Op(o.op_id, o.entity, o.entity_id, o.op, o.fields, o.hlc) for o in body.ops]
        results = server.push(device, ops)
        return PushOut(
            results=[OpResultOut(op_id=r.op_id, result=r.result, reason=r.reason) for r in results],  # type: ignore[arg-type]
            server_hlc=str(server.clock.last),
        )

    @app.get("/sync/pull", responses={200: {"model": PullOut}, **ERRORS}, tags=["sync"])
    def pull(
        device: DeviceDep,
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
    ) -> Response:
        return Response(dumps(server.pull(device, after, limit)), media_type="application/json")

    @app.get("/sync/snapshot", response_model=SnapshotOut, responses=ERRORS, tags=["sync"])
    def snapshot(device: DeviceDep) -> SnapshotOut:
        return SnapshotOut(**server.snapshot_start(device))

    @app.get(
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
        tags=["sync"],
    )
    def snapshot_catalogue(
        device: DeviceDep, schema: Annotated[str, Query(min_length=1, max_length=64)]
    ) -> FileResponse:
        """The catalogue as a ready device database, for a new van to adopt at once."""
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

    @app.get(
        "/sync/snapshot/{entity}",
        responses={200: {"model": SnapshotPageOut}, **ERRORS},
        tags=["sync"],
    )
    def snapshot_page(
        entity: str,
        device: DeviceDep,
        after_id: Annotated[str, Query(max_length=36)] = "",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 5000,
    ) -> Response:
        page = server.snapshot_page(device, entity, after_id, limit)
        return Response(dumps(page), media_type="application/json")

    @app.get(
        "/sync/manifest",
        responses={200: {"model": dict[str, list[str]]}, **ERRORS},
        tags=["sync"],
    )
    def manifest(device: DeviceDep) -> Response:
        return Response(dumps(server.manifest(device)), media_type="application/json")

    @app.post("/sync/rows", response_model=RowsOut, responses=ERRORS, tags=["sync"])
    def rows(body: RowsIn, device: DeviceDep) -> RowsOut:
        return RowsOut(**server.fetch_rows(device, body.entity, body.ids))

    @app.get("/sync/reviews", response_model=list[ReviewOut], responses=ERRORS, tags=["review"])
    def reviews(
        _device: Annotated[Device, Depends(coordinator)], include_resolved: bool = False
    ) -> list[ReviewOut]:
        return [ReviewOut(**row) for row in server.reviews(include_resolved)]

    @app.post(
        "/sync/reviews/{conflict_id}/resolve",
        response_model=ReviewOut,
        responses={404: {"model": ErrorOut}, **ERRORS},
        tags=["review"],
    )
    def resolve(
        conflict_id: int, body: ResolveIn, device: Annotated[Device, Depends(coordinator)]
    ) -> ReviewOut:
        if not server.resolve(conflict_id, body.resolution, device.name):
            raise ApiError(404, f"Aucun point à revoir n° {conflict_id}.")
        found = [row for row in server.reviews(True) if row["id"] == conflict_id]
        return ReviewOut(**found[0])

    return app


#: Environment variable naming the database for :func:`app_from_env` (worker processes).
DB_ENV = "BIBLIOMOBILE_SERVER_DB"


def app_from_env() -> FastAPI:
    """Application factory for uvicorn worker processes (``serve --workers N``)."""
    import os

    return create_app(os.environ[DB_ENV], prepare_catalogue=True)
