"""What every router shares: errors as JSON, the device behind a token, the server's state."""

from __future__ import annotations

from typing import Annotated, Any, cast

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from .. import devices as device_admin
from ..catalogue import CatalogueFiles
from ..devices import Device
from ..sync.state import SyncServer

#: No NUL character (PostgreSQL refuses it in text): for every text of a request.
NO_NUL = r"^[^\x00]*$"

#: The largest integer the databases hold (a feed position, an id).
MAX_INT64 = 2**63 - 1
MAX_INT32 = 2**31 - 1


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


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "Jeton inconnu ou appareil révoqué"},
    403: {"model": ErrorOut, "description": "Hors du périmètre de l'appareil"},
    413: {"model": ErrorOut, "description": "Requête trop grande"},
    422: {"model": ErrorOut, "description": "Requête invalide"},
    429: {
        "model": ErrorOut,
        "description": "Trop de requêtes : réessayer après le délai de Retry-After",
        "headers": {"Retry-After": {"description": "secondes", "schema": {"type": "integer"}}},
    },
}

bearer = HTTPBearer(auto_error=False, description="Jeton de l'appareil (inscription)")


async def sync_server(request: Request) -> SyncServer:
    """The sync state of the application's database (built by ``create_app``).

    ``async``: FastAPI runs it on the event loop, not on a worker thread of its own.
    """
    return cast(SyncServer, request.app.state.sync)


def catalogue_files(request: Request) -> CatalogueFiles | None:
    """The catalogue file of new vans, if the server keeps one."""
    return cast(CatalogueFiles | None, request.app.state.catalogue)


ServerDep = Annotated[SyncServer, Depends(sync_server)]


def current_device(
    request: Request,
    server: ServerDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Device:
    """The device whose token came with the request (401 otherwise, or if revoked).

    The server's guard (``server/guard.py``) checked the token before the body was
    read and left the device in the request's state; checked here again otherwise.
    """
    checked = getattr(request.state, "device", None)
    if isinstance(checked, Device):
        return checked
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "Jeton d'appareil manquant : inscrivez ce poste.")
    with server.engine.connect() as conn:
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
    """The device of the request, if it is a coordination device (403 otherwise)."""
    if device.role != "coordinator":
        raise ApiError(403, "Réservé aux postes de coordination.")
    return device


CoordinatorDep = Annotated[Device, Depends(coordinator)]
