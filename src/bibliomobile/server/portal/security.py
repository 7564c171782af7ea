"""What keeps the portal safe on the internet: headers, CSRF tokens, rate limits.

- Every page (anything outside ``/sync/`` and the API's ``/docs``) carries a strict Content-Security-Policy
  (no script at all, styles from the server only, ``frame-ancestors 'none'``),
  ``X-Content-Type-Options: nosniff``, no referrer, and HSTS when served over TLS
  (directly or behind a proxy that says so).
- CSRF: a random token in an HttpOnly, SameSite=Strict cookie, repeated in a hidden
  field of every form; a POST whose field does not match the cookie is refused (403).
- Rate limits per IP and per card, with the token buckets of the sync server's guard.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request, Response

from ..guard import App, Buckets, Message, Receive, Scope, Send
from .settings import PortalLimits

CSRF_COOKIE = "bm_csrf"
SESSION_COOKIE = "bm_session"

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"interest-cohort=()"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`HEADERS` to the portal's answers."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        # The API's own pages (/docs, /redoc) load the viewer's scripts: not the portal.
        if scope["type"] != "http" or path.startswith(("/sync/", "/docs", "/redoc")):
            await self.app(scope, receive, send)
            return
        tls = scope.get("scheme") == "https"

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(HEADERS)
                if tls:
                    headers.append(HSTS)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def is_tls(request: Request) -> bool:
    return request.url.scheme == "https"


def csrf_token(request: Request) -> tuple[str, bool]:
    """The form token of this browser, and whether it is new (the cookie to set)."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if 20 <= len(token) <= 100:
        return token, False
    return secrets.token_urlsafe(24), True


def csrf_ok(request: Request, field: str) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    return bool(cookie) and bool(field) and hmac.compare_digest(cookie, field)


def set_cookie(
    response: Response, request: Request, name: str, value: str, *, max_age: int | None = None
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=is_tls(request),
        httponly=True,
        samesite="strict" if name == CSRF_COOKIE else "lax",
    )


class RateLimits:
    """The portal's buckets (one process, as the guard's)."""

    def __init__(self, limits: PortalLimits) -> None:
        self.sign_in_ip = Buckets(*limits.sign_in_per_ip)
        self.sign_in_card = Buckets(*limits.sign_in_per_card)
        self.requests_ip = Buckets(*limits.requests_per_ip)
        self.requests_card = Buckets(*limits.requests_per_card)

    @staticmethod
    def wait(*pairs: tuple[Buckets, str]) -> float:
        """Seconds to wait before going on (0: go on); takes a token from each bucket."""
        return max(bucket.take(key) for bucket, key in pairs)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "?"
