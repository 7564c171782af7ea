"""Erasure on request from a coordinator's laptop: the server erases the person
everywhere; this laptop, like every other, drops them at its next sync."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from bibliomobile.lang import Message
from bibliomobile.store.uow import UnitOfWork

from .common import ROLE, SyncError, read_setting
from .device import server_credentials
from .http_client import json_or_empty, open_client, request

#: The reasons the server accepts, as the coordinator chooses them (French).
ERASURE_REASONS: dict[str, str] = {
    "request": "Demande de la personne",
    "deceased": "Décès",
    "duplicate": "Doublon de carte",
    "other": "Autre motif",
}


@dataclass(frozen=True)
class Erased:
    """What the server erased: its record number and the rows per table."""

    record_id: int
    rows: dict[str, int]


def is_coordinator(uow: UnitOfWork) -> bool:
    """Whether this laptop is enrolled as a coordination device."""
    return read_setting(uow, ROLE) == "coordinator"


def erase_person_online(
    uow: UnitOfWork,
    card: str,
    reason: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> Erased:
    """Ask the server to erase the person of ``card`` (``uow``: this laptop's
    enrolment is read from it; nothing is written here).

    Raises:
        SyncError: offline, not a coordination device, unknown card, documents still
            on loan (the server's reason, in French): nothing was erased.
    """
    if reason not in ERASURE_REASONS:
        raise SyncError(Message("sync.unknown_erasure_reason", reason=repr(reason)))
    server_url, token = server_credentials(uow)
    with open_client(server_url, token, transport) as client:
        body = request(
            client,
            "POST",
            "/persons/erase",
            json={"card": card, "reason": reason},
            allow=(403, 404, 409),
        )
    if isinstance(body, httpx.Response):
        detail = json_or_empty(body).get("detail") or Message("sync.server_refusal")
        raise SyncError(Message("sync.erasure_refused", detail=detail))
    return Erased(int(body["record_id"]), {str(k): int(v) for k, v in body["rows"].items()})
