"""What a library sets for its portal: the e-mail channel, how many titles, the limits."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bibliomobile.services.notifications.mail import TLS_SSL, TLS_STARTTLS, EmailSettings

#: Environment variables read by :meth:`PortalSettings.from_env` (``serve`` reads them).
ENV_PREFIX = "BIBLIOMOBILE_PORTAL_"


@dataclass(frozen=True)
class PortalLimits:
    """Rates as (events per second, burst), for :class:`~..guard.Buckets`."""

    sign_in_per_ip: tuple[float, int] = (0.2, 20)
    sign_in_per_card: tuple[float, int] = (1 / 60, 6)
    requests_per_ip: tuple[float, int] = (0.2, 20)
    requests_per_card: tuple[float, int] = (1 / 30, 6)
    #: Wrong codes after which a code is spent (a new one must be asked for).
    wrong_codes_per_code: int = 5


@dataclass(frozen=True)
class PortalSettings:
    """The portal of one server."""

    #: The SMTP server sending the sign-in codes (None: no code can be sent).
    email: EmailSettings | None = None
    #: Titles a reader may ask for in one request.
    max_titles: int = 5
    #: Minutes a sign-in code stays valid.
    code_minutes: int = 10
    #: Days a session lasts.
    session_days: int = 30
    #: Days ahead in which a reader may choose a visit.
    visit_days: int = 60
    limits: PortalLimits = field(default_factory=PortalLimits)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PortalSettings:
        """Settings from ``BIBLIOMOBILE_PORTAL_*`` variables (SMTP_HOST, SMTP_PORT,
        SMTP_SENDER, SMTP_USERNAME, SMTP_PASSWORD, SMTP_TLS = none | starttls | ssl,
        MAX_TITLES)."""
        values = os.environ if env is None else env

        def get(name: str) -> str | None:
            return (values.get(ENV_PREFIX + name) or "").strip() or None

        host = get("SMTP_HOST")
        email = None
        if host:
            tls = get("SMTP_TLS") or TLS_STARTTLS
            email = EmailSettings(
                host=host,
                port=int(get("SMTP_PORT") or 587),
                sender=get("SMTP_SENDER") or "mediatheque@example.org",
                username=get("SMTP_USERNAME"),
                password=get("SMTP_PASSWORD"),
                starttls=tls == TLS_STARTTLS,
                use_ssl=tls == TLS_SSL,
            )
        return cls(email=email, max_titles=max(1, int(get("MAX_TITLES") or 5)))
