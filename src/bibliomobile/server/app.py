"""The HTTP API of the central server (FastAPI), served by uvicorn.

``create_app(db)`` takes a SQLAlchemy URL or an SQLite file path, migrates the
database and returns the application, made of the routers of :data:`ROUTERS`. Every
sync endpoint needs a device's bearer token; see ``bibliomobile.server.sync`` for the
protocol.
"""

import os
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from bibliomobile import __version__

from .catalogue import CatalogueFiles, default_folder
from .db import create_server_engine, current_revision, upgrade
from .routers import cards, devices, health, pull, push, reviews
from .routers.common import ApiError
from .sync.ops import BatchRefused
from .sync.state import SyncServer

#: Requests larger than this are refused before being read (413).
MAX_BODY_BYTES = 16 * 1024 * 1024

#: The routers of the application, in the order its API description lists them.
ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    devices.router,
    push.router,
    pull.router,
    reviews.router,
    cards.router,
)


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
    app.state.schema = current_revision(engine) or ""
    app.state.sync = server
    app.state.catalogue = catalogue
    _answer_errors_in_json(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


def _answer_errors_in_json(app: FastAPI) -> None:
    """Refusals as ``{"detail": …}`` in French; requests too large refused unread."""

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


#: Environment variable naming the database for :func:`app_from_env` (worker processes).
DB_ENV = "BIBLIOMOBILE_SERVER_DB"


def app_from_env() -> FastAPI:
    """Application factory for uvicorn worker processes (``serve --workers N``)."""
    return create_app(os.environ[DB_ENV], prepare_catalogue=True)
