"""Signing in with a card and a one-time code; sessions stored hashed.

Neither the code nor the session token is stored: only their SHA-256 (a code with the
server's secret, so that the six digits cannot be found from the table alone). A card
that is unknown, blocked or without an e-mail address gets the same answer as any
other, and no code: nobody learns from the portal which cards exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from bibliomobile.domain.ids import new_id
from bibliomobile.domain.scan import normalize_scan

from ..models import entity_tables, portal_codes, portal_sessions, server_settings
from ..sync.state import now

SECRET_KEY = "portal_secret"


@dataclass(frozen=True, slots=True)
class Reader:
    """The signed-in reader, as the pages need them (no more)."""

    patron_id: str
    first_name: str
    home_stop_id: str | None
    basket: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CodeToSend:
    """A new code and where to send it (never stored as such)."""

    email: str
    first_name: str
    code: str


def server_secret(conn: Connection) -> bytes:
    """The server's portal secret, made on first use."""
    value = conn.scalar(select(server_settings.c.value).where(server_settings.c.key == SECRET_KEY))
    if value is None:
        value = secrets.token_hex(32)
        conn.execute(insert(server_settings).values(key=SECRET_KEY, value=value))
    return bytes.fromhex(value)


def _code_hash(secret: bytes, patron_id: str, code: str) -> str:
    return hmac.new(secret, f"{patron_id}:{code}".encode(), hashlib.sha256).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def patron_of_card(conn: Connection, card: str) -> tuple[str, str, str | None, bool] | None:
    """(patron id, first name, e-mail, may sign in) of a card, or None."""
    patrons = entity_tables()["patrons"]
    wanted = normalize_scan(card)
    row = conn.execute(
        select(
            patrons.c.id,
            patrons.c.first_name,
            patrons.c.email,
            patrons.c.blocked_reason,
            patrons.c.card_expiry,
        ).where(patrons.c.card_barcode.in_({card.strip(), wanted}))
    ).first()
    if row is None:
        return None
    expired = row.card_expiry is not None and row.card_expiry < dt.date.today()
    return row.id, row.first_name, row.email, row.blocked_reason is None and not expired


def new_code(conn: Connection, card: str, minutes: int) -> CodeToSend | None:
    """A fresh code for ``card`` (earlier ones are spent), or None when no code may be
    sent (unknown card, blocked or expired, no e-mail address)."""
    found = patron_of_card(conn, card)
    if found is None:
        return None
    patron_id, first_name, email, allowed = found
    if not allowed or not email:
        return None
    moment = now()
    conn.execute(
        update(portal_codes)
        .where(portal_codes.c.patron_id == patron_id, portal_codes.c.used_at.is_(None))
        .values(used_at=moment)
    )
    code = f"{secrets.randbelow(1_000_000):06d}"
    conn.execute(
        insert(portal_codes).values(
            id=new_id(),
            patron_id=patron_id,
            code_hash=_code_hash(server_secret(conn), patron_id, code),
            expires_at=moment + dt.timedelta(minutes=minutes),
            attempts=0,
            created_at=moment,
        )
    )
    return CodeToSend(email=email, first_name=first_name, code=code)


def check_code(conn: Connection, card: str, code: str, max_wrong: int) -> str | None:
    """The patron id when ``code`` is the card's current code (it is then spent); None
    otherwise (a wrong try counts; after ``max_wrong`` of them the code is spent)."""
    found = patron_of_card(conn, card)
    if found is None or not found[3]:
        return None
    patron_id = found[0]
    moment = now()
    current = conn.execute(
        select(portal_codes.c.id, portal_codes.c.code_hash, portal_codes.c.attempts)
        .where(
            portal_codes.c.patron_id == patron_id,
            portal_codes.c.used_at.is_(None),
            portal_codes.c.expires_at > moment,
        )
        .order_by(portal_codes.c.created_at.desc())
        .limit(1)
    ).first()
    if current is None:
        return None
    wanted = _code_hash(server_secret(conn), patron_id, code.strip())
    if hmac.compare_digest(wanted, current.code_hash):
        conn.execute(
            update(portal_codes).where(portal_codes.c.id == current.id).values(used_at=moment)
        )
        return str(patron_id)
    attempts = current.attempts + 1
    conn.execute(
        update(portal_codes)
        .where(portal_codes.c.id == current.id)
        .values(attempts=attempts, used_at=moment if attempts >= max_wrong else None)
    )
    return None


def open_session(conn: Connection, patron_id: str, days: int) -> str:
    """A new session for the reader; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    moment = now()
    conn.execute(
        insert(portal_sessions).values(
            token_hash=token_hash(token),
            patron_id=patron_id,
            basket=[],
            created_at=moment,
            expires_at=moment + dt.timedelta(days=days),
        )
    )
    return token


def reader_of(conn: Connection, token: str | None) -> Reader | None:
    """The reader of a session token, None when it is unknown or expired."""
    if not token or len(token) > 200:
        return None
    patrons = entity_tables()["patrons"]
    row = conn.execute(
        select(
            portal_sessions.c.patron_id,
            portal_sessions.c.basket,
            patrons.c.first_name,
            patrons.c.home_stop_id,
        )
        .join(patrons, patrons.c.id == portal_sessions.c.patron_id)
        .where(
            portal_sessions.c.token_hash == token_hash(token),
            portal_sessions.c.expires_at > now(),
        )
    ).first()
    if row is None:
        return None
    return Reader(row.patron_id, row.first_name, row.home_stop_id, tuple(row.basket or ()))


def set_basket(conn: Connection, token: str, record_ids: list[str]) -> None:
    conn.execute(
        update(portal_sessions)
        .where(portal_sessions.c.token_hash == token_hash(token))
        .values(basket=record_ids)
    )


def close_session(conn: Connection, token: str, *, everywhere: bool) -> None:
    """Sign out this session, or every session of its reader."""
    hashed = token_hash(token)
    if not everywhere:
        conn.execute(delete(portal_sessions).where(portal_sessions.c.token_hash == hashed))
        return
    patron_id = conn.scalar(
        select(portal_sessions.c.patron_id).where(portal_sessions.c.token_hash == hashed)
    )
    if patron_id is not None:
        conn.execute(delete(portal_sessions).where(portal_sessions.c.patron_id == patron_id))
