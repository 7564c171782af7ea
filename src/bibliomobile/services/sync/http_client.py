"""Talking to the sync server: the HTTP client and what its answers mean.

httpx with a pluggable transport (tests inject faults). Nothing here touches the
database: network calls stay outside transactions, and an answer that stands for an
error (revoked device, refused request, server down) is raised as a
:class:`~bibliomobile.services.sync.common.SyncError` for the caller to record.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx

from bibliomobile.lang import Message

from .common import DeviceRevoked, NotEnrolled, SyncError

TIMEOUT = httpx.Timeout(60.0, connect=10.0)

#: A server that asks to wait (429 with ``Retry-After``) is waited for, this many
#: times at most, never longer than :data:`MAX_WAIT` seconds each.
RATE_LIMIT_RETRIES = 5
MAX_WAIT = 60.0


@functools.cache
def ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~0.1 s: once per process, not once per sync.
    return ssl.create_default_context()


def open_client(
    server_url: str,
    token: str | None,
    transport: httpx.BaseTransport | None,
    timeout: httpx.Timeout = TIMEOUT,
) -> httpx.Client:
    """A client of ``server_url``, with this device's bearer token if it has one."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(
        base_url=server_url.rstrip("/"),
        headers=headers,
        transport=transport,
        timeout=timeout,
        verify=ssl_context(),
    )


def request(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    allow: tuple[int, ...] = (),
    **kwargs: Any,
) -> Any:
    """The JSON body of the answer; the response itself for a status in ``allow``."""
    try:
        response = send_politely(client, method, url, **kwargs)
    except httpx.HTTPError as error:
        raise SyncError(
            Message("sync.serveur_injoignable_name_reessayez", name=type(error).__name__)
        ) from error
    return judge(response, allow)


def send_politely(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    sleep: Callable[[float], None] = time.sleep,
    **kwargs: Any,
) -> httpx.Response:
    """Send a request; when the server answers 429, wait as its ``Retry-After`` says
    and send it again (a few times at most)."""
    for _attempt in range(RATE_LIMIT_RETRIES):
        response = client.request(method, url, **kwargs)
        if response.status_code != 429:
            return response
        sleep(retry_after(response))
    return client.request(method, url, **kwargs)


def retry_after(response: httpx.Response) -> float:
    """The seconds a 429 answer asks to wait (1 when it does not say, at most MAX_WAIT)."""
    try:
        wait = float(response.headers.get("retry-after", "1"))
    except ValueError:
        wait = 1.0
    return min(max(wait, 0.0), MAX_WAIT)


def request_failed(response: httpx.Response) -> None:
    """Raise the error an unsuccessful (already read) response stands for."""
    judge(response, ())


def judge(response: httpx.Response, allow: tuple[int, ...]) -> Any:
    """The JSON body of a response, or the SyncError it stands for."""
    body: Any = None
    try:
        body = response.json()
    except ValueError:
        if response.is_success:
            raise SyncError(Message("sync.reponse_serveur_incomplete_reessayez")) from None
    if response.status_code == 401:
        detail = body.get("detail") if isinstance(body, dict) else None
        if isinstance(body, dict) and body.get("revoked"):
            raise DeviceRevoked(detail or Message("sync.device_revoked_export"))
        raise NotEnrolled(detail or Message("sync.token_refused"))
    if response.status_code in allow:
        return response  # the caller decides
    if response.status_code == 429:
        raise SyncError(Message("sync.serveur_occupe_trop_requetes"))
    if 400 <= response.status_code < 500:
        detail = body.get("detail") if isinstance(body, dict) else None
        raise SyncError(
            Message(
                "sync.requete_refusee_serveur_status",
                status_code=response.status_code,
                detail=detail,
            )
        )
    if not response.is_success:
        raise SyncError(
            Message("sync.erreur_serveur_status_code", status_code=response.status_code)
        )
    return body


def json_or_empty(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a refusal, or {} when it has none."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
