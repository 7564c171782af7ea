"""Which addresses may carry personal data without TLS: loopback only (no I/O here).

A laptop talks to the server across networks it does not control (a village hall's
Wi-Fi, a phone's hotspot); the server's answers hold patrons' names and addresses. Plain
HTTP is for the same computer only (tests, a server behind a TLS reverse proxy).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ``::1`` (brackets allowed)."""
    host = host.strip().strip("[]").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http_to_another_host(url: str) -> bool:
    """True for an ``http://`` address whose host is not this computer."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname or "")
