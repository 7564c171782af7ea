"""Device enrolment, tokens and revocation.

A coordinator adds a device and reads out a one-time enrolment code; the device
trades it for a bearer token. Only SHA-256 hashes of codes and tokens are stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, update

from bibliomobile.domain.ids import new_id

from .models import devices
from .scopes import Scope

ROLES = ("crew", "volunteer", "coordinator")
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


class DeviceError(ValueError):
    """A device administration request that cannot be done (message in French)."""


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    role: str
    scope: str
    enrolled: bool
    revoked: bool
    last_seen_at: dt.datetime | None
    #: The device's own HLC node id (what it writes as its ``device_id``), once enrolled.
    node: str | None = None

    @property
    def parsed_scope(self) -> Scope:
        return Scope.parse(self.scope)


@dataclass(frozen=True)
class NewDevice:
    device: Device
    enrolment_code: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _row_to_device(row: object) -> Device:
    return Device(
        id=row.id,  # type: ignore[attr-defined]
        name=row.name,  # type: ignore[attr-defined]
        role=row.role,  # type: ignore[attr-defined]
        scope=row.scope,  # type: ignore[attr-defined]
        enrolled=row.enrolled_at is not None,  # type: ignore[attr-defined]
        revoked=row.revoked_at is not None,  # type: ignore[attr-defined]
        last_seen_at=row.last_seen_at,  # type: ignore[attr-defined]
        node=row.client_node,  # type: ignore[attr-defined]
    )


def add_device(engine: Engine, name: str, role: str, scope: str) -> NewDevice:
    """Register a device; returns it with its one-time enrolment code."""
    name = name.strip()
    if not name:
        raise DeviceError("Le nom de l'appareil est obligatoire.")
    if role not in ROLES:
        raise DeviceError(f"Rôle inconnu : {role!r} (crew, volunteer ou coordinator).")
    parsed = Scope.parse(scope)
    if role == "coordinator" and parsed.kind != "all":
        raise DeviceError("Un poste de coordination a le périmètre « all ».")
    if role == "crew" and parsed.kind != "tour":
        raise DeviceError("Un poste d'équipage a un périmètre tour:<id>.")
    if role == "volunteer" and parsed.kind != "volunteer":
        raise DeviceError("Un poste de bénévole a un périmètre volunteer:<id>.")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    with engine.begin() as conn:
        if conn.scalar(select(devices.c.id).where(devices.c.name == name)):
            raise DeviceError(f"Un appareil nommé « {name} » existe déjà.")
        device_id = new_id()
        conn.execute(
            devices.insert().values(
                id=device_id,
                name=name,
                role=role,
                scope=str(parsed),
                enrol_code_hash=_hash(normalize_code(code)),
                created_at=_now(),
            )
        )
        row = conn.execute(select(devices).where(devices.c.id == device_id)).one()
    return NewDevice(_row_to_device(row), code)


def list_devices(engine: Engine) -> list[Device]:
    with engine.connect() as conn:
        rows = conn.execute(select(devices).order_by(devices.c.name)).all()
    return [_row_to_device(row) for row in rows]


def revoke_device(engine: Engine, name: str) -> Device:
    with engine.begin() as conn:
        row = conn.execute(select(devices).where(devices.c.name == name)).one_or_none()
        if row is None:
            raise DeviceError(f"Aucun appareil nommé « {name} ».")
        if row.revoked_at is None:
            conn.execute(
                update(devices)
                .where(devices.c.id == row.id)
                .values(revoked_at=_now(), enrol_code_hash=None)
            )
        row = conn.execute(select(devices).where(devices.c.id == row.id)).one()
    return _row_to_device(row)


def enroll(engine: Engine, code: str, client_node: str | None) -> tuple[Device, str]:
    """Trade a one-time code for a token. Raises DeviceError for an unknown or used code."""
    code_hash = _hash(normalize_code(code))
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        row = conn.execute(
            select(devices).where(devices.c.enrol_code_hash == code_hash).with_for_update()
        ).one_or_none()
        if row is None or row.revoked_at is not None:
            raise DeviceError("Code d'inscription inconnu ou déjà utilisé.")
        # Single use: the code hash is cleared in the same transaction as the token is set.
        done = conn.execute(
            update(devices)
            .where(devices.c.id == row.id, devices.c.enrol_code_hash == code_hash)
            .values(
                enrol_code_hash=None,
                token_hash=_hash(token),
                enrolled_at=_now(),
                client_node=client_node,
            )
        )
        if done.rowcount != 1:
            raise DeviceError("Code d'inscription inconnu ou déjà utilisé.")
        row = conn.execute(select(devices).where(devices.c.id == row.id)).one()
    return _row_to_device(row), token


def authenticate(conn: Connection, token: str) -> Device | None:
    """The device holding ``token`` (revoked ones included), or None."""
    row = conn.execute(select(devices).where(devices.c.token_hash == _hash(token))).one_or_none()
    return None if row is None else _row_to_device(row)


def touch(conn: Connection, device_id: str) -> None:
    conn.execute(update(devices).where(devices.c.id == device_id).values(last_seen_at=_now()))
