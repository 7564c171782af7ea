"""The door of the server: who knocks, how often, and how much they send.

A pure ASGI middleware in front of every route, so that a hostile client costs the
server next to nothing:

- the device's token is checked *before* the body is read: a request without a
  valid token is answered 401 at once, whatever it was about to send;
- the body is counted as it arrives, chunked or not: past the limit (1 MiB for a
  push, 16 MiB otherwise) the request is refused (413) without reading further;
- rate limits: per IP on enrolment and on failed authentication, per device on the
  other endpoints; a refusal is 429 with ``Retry-After`` (seconds), which the
  device's client honours.

Limits live in one process (a server with several workers has one set per worker).
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.exceptions import HTTPException

from . import devices as device_admin
from .devices import Device
from .sync.state import SyncServer

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Requests larger than this are refused (413), counted as the body arrives.
MAX_BODY_BYTES = 16 * 1024 * 1024

#: The push body's own, smaller limit (see :data:`PUSH_PATH`). A full batch of 500 ops
#: (the device's ``PUSH_BATCH``) of real catalogue imports weighs 310–390 KB (record
#: ops: 630 bytes on average, 4.6 KB at most; a circulation op has 15 short fields,
#: 1.5 KB at most): 1 MiB leaves room for 2.5 times that and answers a hostile body
#: in milliseconds.
PUSH_BODY_BYTES = 1024 * 1024

#: The one route whose body grows with the device's work: a push. Its limit is small
#: so that a device with a valid token cannot make the server read megabytes for
#: nothing (a 200 MB body is refused after 1 MiB, within milliseconds); a device's
#: client halves a batch the server finds too large (see
#: :func:`bibliomobile.services.sync.push.push_outbox`).
PUSH_PATH = "/sync/push"

#: Where the device of a checked token waits for the route (``request.state.device``).
DEVICE_KEY = "device"

#: Paths that need no token.
OPEN_PATHS = ("/sync/enroll",)


@dataclass(frozen=True)
class Limits:
    """Rates as (requests per second, burst)."""

    body_bytes: int = MAX_BODY_BYTES
    push_bytes: int = PUSH_BODY_BYTES
    enrol_per_ip: tuple[float, int] = (0.2, 10)
    failed_auth_per_ip: tuple[float, int] = (0.5, 20)
    per_device: tuple[float, int] = (50.0, 500)


class Buckets:
    """Token buckets by key: ``take`` answers 0 (go on) or the seconds to wait."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic):
        self.rate, self.burst, self.clock = rate, burst, clock
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, cost: float = 1.0) -> float:
        with self._lock:
            now = self.clock()
            tokens, since = self._state.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - since) * self.rate)
            if tokens >= cost:
                self._state[key] = (tokens - cost, now)
                return 0.0
            self._state[key] = (tokens, now)
            if len(self._state) > 100_000:  # forget the quiet ones
                self._state = {k: v for k, v in self._state.items() if v[0] < self.burst}
            return (cost - tokens) / self.rate

    def over(self, key: str) -> float:
        """The seconds to wait if ``key`` has no token left (takes none)."""
        with self._lock:
            tokens, since = self._state.get(key, (float(self.burst), self.clock()))
            tokens = min(float(self.burst), tokens + (self.clock() - since) * self.rate)
            return 0.0 if tokens >= 1 else (1 - tokens) / self.rate


class Guard:
    """The middleware (see the module doc)."""

    def __init__(self, app: App, server: SyncServer, limits: Limits | None = None) -> None:
        self.app = app
        self.server = server
        self.limits = limits or Limits()
        self.enrolments = Buckets(*self.limits.enrol_per_ip)
        self.failures = Buckets(*self.limits.failed_auth_per_ip)
        self.per_device = Buckets(*self.limits.per_device)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v for k, v in scope.get("headers", [])}
        path: str = scope.get("path", "")
        limit = self.limits.push_bytes if path == PUSH_PATH else self.limits.body_bytes
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await answer(send, 413, too_large(limit))
            return
        ip = (scope.get("client") or ("?", 0))[0]
        if path in OPEN_PATHS:
            wait = self.enrolments.over(ip)
            if wait:
                await answer(send, 429, "Trop de tentatives d'inscription : patientez.", wait)
                return
            send = self.charging_failures(send, self.enrolments, ip)
        elif path.startswith("/sync/"):
            wait = self.failures.over(ip)
            if wait:
                await answer(send, 429, "Trop d'échecs d'authentification : patientez.", wait)
                return
            refusal = await self.authenticate(scope, headers.get("authorization"))
            if refusal is not None:
                self.failures.take(ip)
                status, payload = refusal
                await answer(send, status, payload)
                return
            device: Device = scope["state"][DEVICE_KEY]
            wait = self.per_device.take(device.id)
            if wait:
                await answer(send, 429, "Trop de requêtes de cet appareil : patientez.", wait)
                return
        await self.app(scope, counted(receive, limit), send)

    async def authenticate(
        self, scope: Scope, authorization: bytes | None
    ) -> tuple[int, dict[str, Any]] | None:
        """None when the token is a device's (kept in the request's state); else the
        401 to answer."""
        scheme, _, token = (authorization or b"").decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return 401, {"detail": "Jeton d'appareil manquant : inscrivez ce poste."}
        device = await anyio.to_thread.run_sync(self.lookup, token.strip())
        if device is None:
            return 401, {"detail": "Jeton d'appareil inconnu : inscrivez ce poste."}
        if device.revoked:
            return 401, {"detail": REVOKED, "revoked": True}
        scope.setdefault("state", {})[DEVICE_KEY] = device
        return None

    def lookup(self, token: str) -> Device | None:
        with self.server.engine.connect() as conn:
            return device_admin.authenticate(conn, token)

    @staticmethod
    def charging_failures(send: Send, buckets: Buckets, key: str) -> Send:
        """``send`` that charges ``key`` for each refused (401) answer."""

        async def charged(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                buckets.take(key)
            await send(message)

        return charged


REVOKED = (
    "Cet appareil a été révoqué : arrêtez la synchronisation, exportez le travail "
    "non envoyé et effacez les données locales."
)


def counted(receive: Receive, limit: int) -> Receive:
    """``receive`` that refuses (413) a body growing past ``limit`` bytes."""
    seen = 0

    async def guarded() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, too_large(limit))
        return message

    return guarded


def too_large(limit: int) -> str:
    """The refusal of a body past ``limit`` bytes, naming the limit."""
    if limit % (1024 * 1024) == 0:
        return f"Requête trop grande (maximum {limit // 1024 // 1024} Mo)."
    return f"Requête trop grande (maximum {limit / 1024:.0f} Ko)."


async def answer(
    send: Send, status: int, payload: str | dict[str, Any], retry_after: float = 0
) -> None:
    """A JSON answer sent without reading the request's body (the server closes the
    connection after it)."""
    body = json.dumps(
        {"detail": payload} if isinstance(payload, str) else payload, ensure_ascii=False
    ).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    if retry_after:
        headers.append((b"retry-after", str(max(1, math.ceil(retry_after))).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
