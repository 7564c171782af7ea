"""The HTTP API of the central server (FastAPI), served by uvicorn.

``create_app(db)`` takes a SQLAlchemy URL or an SQLite file path, migrates the
database and returns the application, made of the routers of :data:`ROUTERS`. Every
sync endpoint needs a device's bearer token; see ``bibliomobile.server.sync`` for the
protocol.
"""

import os
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from bibliomobile import __version__

from .catalogue import CatalogueFiles, default_folder
from .db import create_server_engine, current_revision, upgrade
from .guard import Guard, Limits
from .portal.security import SecurityHeaders
from .portal.settings import PortalSettings
from .routers import (
    cards,
    devices,
    health,
    notes_key,
    privacy,
    pull,
    push,
    read_flags,
    retention,
    reviews,
)
from .routers.common import ApiError
from .sync.ops import BatchRefused
from .sync.state import SyncServer

#: The routers of the application, in the order its API description lists them.
ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    devices.router,
    push.router,
    pull.router,
    reviews.router,
    cards.router,
    privacy.router,
    read_flags.router,
    notes_key.router,
    retention.router,
)


def create_app(
    db: str | Engine,
    *,
    catalogue_folder: Path | None = None,
    prepare_catalogue: bool = False,
    max_skew_ms: int | None = None,
    limits: Limits | None = None,
    portal: bool = True,
    sync: bool = True,
    portal_settings: PortalSettings | None = None,
) -> FastAPI:
    """The server application over ``db`` (URL, SQLite path or an engine), migrated.

    The catalogue file for new vans lives in ``catalogue_folder`` (by default next to
    an SQLite database, or in the user cache folder); ``prepare_catalogue`` builds it
    in the background from the start (``serve`` does), else on the first request.
    ``max_skew_ms``: how far ahead of the server a device's clock may be (default 5
    minutes, or the environment's :data:`MAX_SKEW_ENV` in seconds); ``limits``: body
    size and rates (:mod:`.guard`). ``portal``: serve the readers' portal
    (:mod:`.portal`, settings from the environment unless ``portal_settings``);
    ``sync``: serve the devices' sync API (``/health`` is always served).
    """
    engine = db if isinstance(db, Engine) else create_server_engine(db)
    upgrade(engine)
    if max_skew_ms is None:
        max_skew_ms = int(float(os.environ.get(MAX_SKEW_ENV) or 300) * 1000)
    server = SyncServer(engine, max_skew_ms=max_skew_ms)
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
        if sync or router is health.router:
            app.include_router(router)
    if portal:
        from .portal import web

        web.install(app, server, catalogue, portal_settings)
        app.add_middleware(SecurityHeaders)
    app.add_middleware(Guard, server=server, limits=limits)
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


#: Environment variable: how far ahead of the server's clock a device's may be (seconds).
MAX_SKEW_ENV = "BIBLIOMOBILE_SERVER_MAX_SKEW"

#: Environment variable naming the database for :func:`app_from_env` (worker processes).
DB_ENV = "BIBLIOMOBILE_SERVER_DB"


#: Environment variable: "portal" (portal only), "sync" (no portal) or empty (both).
PARTS_ENV = "BIBLIOMOBILE_SERVER_PARTS"


def app_from_env() -> FastAPI:
    """Application factory for uvicorn worker processes (``serve --workers N``)."""
    parts = os.environ.get(PARTS_ENV, "")
    return create_app(
        os.environ[DB_ENV], prepare_catalogue=True, portal=parts != "sync", sync=parts != "portal"
    )
