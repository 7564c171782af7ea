"""This device and its server: enrolment, sync state, unsent work.

An enrolled device holds its server's address, its token, its name, role and scope in
its settings; a revoked one keeps its unsent work, which can be exported.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from bibliomobile.domain.transport import plain_http_to_another_host
from bibliomobile.lang import Message
from bibliomobile.store.models import OutboxEntry
from bibliomobile.store.uow import Transactions, UnitOfWork

from .common import (
    CURSOR,
    DEVICE_NAME,
    LAST_ERROR,
    LAST_SYNC,
    REFUSED,
    REVOKED,
    ROLE,
    SCOPE,
    SERVER_URL,
    SNAPSHOT_DONE,
    TOKEN,
    DeviceRevoked,
    NotEnrolled,
    SyncError,
    read_setting,
    write_setting,
)
from .http_client import open_client, request, send_politely


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    device_name: str
    role: str
    scope: str


@dataclass(frozen=True)
class SyncState:
    """What the Synchronisation workspace and the status bar show."""

    enrolled: bool
    revoked: bool
    server_url: str | None
    device_name: str | None
    role: str | None
    scope: str | None
    last_sync: str | None
    last_error: str | None
    pending: int
    refused: int


def sync_state(uow: UnitOfWork) -> SyncState:
    """The device's sync state, read from its settings and outbox."""
    return SyncState(
        enrolled=bool(read_setting(uow, TOKEN)),
        revoked=read_setting(uow, REVOKED) == "1",
        server_url=read_setting(uow, SERVER_URL),
        device_name=read_setting(uow, DEVICE_NAME),
        role=read_setting(uow, ROLE),
        scope=read_setting(uow, SCOPE),
        last_sync=read_setting(uow, LAST_SYNC),
        last_error=read_setting(uow, LAST_ERROR),
        pending=pending_count(uow),
        refused=len(refused_ops(uow)),
    )


def pending_count(uow: UnitOfWork) -> int:
    """Changes of this device not yet acknowledged by the server."""
    return int(uow.session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def refused_ops(uow: UnitOfWork) -> set[str]:
    """Op ids the server refused (kept in the outbox, set aside, exportable)."""
    return set(refused_reasons(uow))


def refused_reasons(uow: UnitOfWork) -> dict[str, str]:
    """Op id → why the server refused it ("" when an older version did not keep it)."""
    raw = read_setting(uow, REFUSED)
    found = json.loads(raw) if raw else {}
    if isinstance(found, list):  # before reasons were kept
        return dict.fromkeys(found, "")
    return {str(op_id): str(reason) for op_id, reason in found.items()}


@dataclass(frozen=True)
class RefusedOp:
    """An op the server refused, as the Synchronisation workspace lists it."""

    op_id: str
    entity: str
    op: str
    created_at: str
    reason: str


def refused_list(uow: UnitOfWork) -> list[RefusedOp]:
    """The ops set aside as "refusé par le serveur", oldest first, with the reason."""
    reasons = refused_reasons(uow)
    if not reasons:
        return []
    rows = uow.session.scalars(
        select(OutboxEntry).where(OutboxEntry.op_id.in_(list(reasons))).order_by(OutboxEntry.seq)
    ).all()
    return [
        RefusedOp(
            row.op_id,
            row.entity,
            row.op,
            row.created_at.isoformat(timespec="seconds"),
            reasons[row.op_id],
        )
        for row in rows
    ]


def export_pending(uow: UnitOfWork, path: Path) -> int:
    """Write every unsent change of the outbox to ``path`` (JSON); returns their count.

    For a revoked device or ops the server refused: the work is handed over by
    other means, never deleted.
    """
    refused = refused_reasons(uow)
    rows = uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
    ops = [
        {
            "op_id": row.op_id,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "op": row.op,
            "fields": row.fields,
            "hlc": row.hlc,
            "device_id": row.device_id,
            "created_at": row.created_at.isoformat(),
            "refused_by_server": row.op_id in refused,
            "refusal_reason": refused.get(row.op_id),
        }
        for row in rows
    ]
    payload = {
        "format": "bibliomobile-pending-ops/1",
        "device_id": uow.device_id,
        "device_name": read_setting(uow, DEVICE_NAME),
        "server_url": read_setting(uow, SERVER_URL),
        "exported_at": dt.datetime.now(dt.UTC).isoformat(),
        "ops": ops,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(ops)


def server_credentials(uow: UnitOfWork) -> tuple[str, str]:
    """The server address and token of an enrolled device that was not revoked."""
    if read_setting(uow, REVOKED) == "1":
        raise DeviceRevoked(Message("sync.cet_appareil_ete_revoque"))
    server_url, token = read_setting(uow, SERVER_URL), read_setting(uow, TOKEN)
    if not server_url or not token:
        raise NotEnrolled(Message("sync.poste_inscrit"))
    return server_url, token


def rotate_token(
    transactions: Transactions, *, transport: httpx.BaseTransport | None = None
) -> None:
    """Trade this device's token for a new one (the old one stops working at once)."""
    server_url, token = transactions(server_credentials)
    with open_client(server_url, token, transport) as client:
        body = request(client, "POST", "/sync/token")
    transactions(lambda uow: write_setting(uow, TOKEN, body["token"]))


def mark_revoked(uow: UnitOfWork) -> None:
    """Remember that the server revoked this device (it stops syncing)."""
    write_setting(uow, REVOKED, "1")


def enroll(
    transactions: Transactions,
    server_url: str,
    code: str,
    *,
    transport: httpx.BaseTransport | None = None,
) -> Enrollment:
    """Trade a one-time enrolment code for this device's token and remember the server."""
    server_url = server_url.strip().rstrip("/")
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(
            Message("sync.adresse_serveur_invalide_server", server_url=repr(server_url))
        )
    if plain_http_to_another_host(server_url):
        raise SyncError(Message("sync.adresse_refusee_server_url", server_url=server_url))
    node = transactions(lambda uow: uow.device_id)
    with open_client(server_url, None, transport) as client:
        try:
            response = send_politely(
                client, "POST", "/sync/enroll", json={"code": code.strip(), "node": node}
            )
        except httpx.HTTPError as error:
            raise SyncError(
                Message("sync.serveur_injoignable_name", name=type(error).__name__)
            ) from error
    try:
        body = response.json()
    except ValueError:
        raise SyncError(Message("sync.reponse_serveur_illisible")) from None
    if response.status_code != 200:
        raise SyncError(
            body.get("detail", "Inscription refusée.")
            if isinstance(body, dict)
            else "Inscription refusée."
        )
    return transactions(lambda uow: remember_enrolment(uow, server_url, body))


def remember_enrolment(uow: UnitOfWork, server_url: str, body: dict[str, Any]) -> Enrollment:
    """Keep what the server answered to an enrolment; a new server starts from scratch."""
    previous = read_setting(uow, SERVER_URL)
    for key, value in (
        (SERVER_URL, server_url),
        (TOKEN, body["token"]),
        (DEVICE_NAME, body["name"]),
        (ROLE, body["role"]),
        (SCOPE, body["scope"]),
        (REVOKED, "0"),
    ):
        write_setting(uow, key, value)
    if previous != server_url or read_setting(uow, SCOPE) != body["scope"]:
        write_setting(uow, CURSOR, "0")
        write_setting(uow, SNAPSHOT_DONE, "0")
    return Enrollment(server_url, body["name"], body["role"], body["scope"])
