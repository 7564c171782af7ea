"""A person's data, fetched from the server for a right-of-access request.

Only a coordination device may ask (the server answers 403 otherwise). The export is
made and audited on the server (the device from its token, the person signed in on
the laptop from a header); the laptop only saves the file where the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from bibliomobile.lang import Message
from bibliomobile.store.uow import UnitOfWork

from .common import NotEnrolled, SyncError
from .device import server_credentials
from .http_client import judge, open_client, send_politely

FORMATS = ("pdf", "json")
USER_HEADER = "X-Bibliomobile-User"


@dataclass(frozen=True, slots=True)
class ServerAccess:
    """Where this device's server is and its token."""

    url: str
    token: str
    person: str | None


def server_access(uow: UnitOfWork) -> ServerAccess:
    """This device's server and token (NotEnrolled when it has none)."""
    try:
        url, token = server_credentials(uow)
    except NotEnrolled:
        raise NotEnrolled(Message("sync.export_not_enrolled")) from None
    return ServerAccess(url, token, uow.person_name)


def fetch_person_export(
    access: ServerAccess,
    card: str,
    fmt: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> bytes:
    """The file (PDF or JSON) of everything the server holds about the patron of ``card``.

    Raises:
        SyncError: unknown card, not a coordination device, server unreachable
            (the message is French).
    """
    if fmt not in FORMATS:
        raise SyncError(Message("sync.export_unknown_format", fmt=fmt))
    # Percent-encoded: a header carries Latin-1 only, a name may not fit in it.
    headers = {USER_HEADER: quote(access.person)} if access.person else {}
    try:
        with open_client(access.url, access.token, transport) as client:
            response = send_politely(
                client,
                "GET",
                "/sync/persons/export",
                params={"card": card, "format": fmt},
                headers=headers,
            )
    except httpx.HTTPError as error:
        raise SyncError(Message("sync.export_unreachable", error=type(error).__name__)) from error
    if response.status_code == 404:
        raise SyncError(Message("sync.export_unknown_card", card=card))
    if not response.is_success:
        judge(response, ())  # raises the error the answer stands for
        raise SyncError(Message("sync.export_unexpected_answer", status=response.status_code))
    return response.content
