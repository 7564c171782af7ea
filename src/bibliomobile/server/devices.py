"""Device enrolment, tokens and revocation.

A coordinator adds a device and reads out a one-time enrolment code (valid
:data:`CODE_DAYS` days by default); the device trades it for a bearer token, which it
may rotate. Only SHA-256 hashes of codes and tokens are stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, update

from bibliomobile.domain.ids import new_id

from .models import devices, entity_tables
from .scopes import Scope

ROLES = ("crew", "volunteer", "coordinator")

#: Days an enrolment code stays valid unless told otherwise.
CODE_DAYS = 7

#: The table of the root row of each kind of scope.
SCOPE_ROOTS = {"tour": "tours", "volunteer": "volunteers"}
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


def device_from_row(row: object) -> Device:
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


def add_device(
    engine: Engine, name: str, role: str, scope: str, *, code_days: float = CODE_DAYS
) -> NewDevice:
    """Register a device; returns it with its one-time enrolment code (valid
    ``code_days`` days). The tour or volunteer of its scope must exist."""
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
    if not 0 < code_days <= 366:
        raise DeviceError("Durée de validité du code : entre 1 et 366 jours.")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    with engine.begin() as conn:
        if conn.scalar(select(devices.c.id).where(devices.c.name == name)):
            raise DeviceError(f"Un appareil nommé « {name} » existe déjà.")
        if parsed.kind in SCOPE_ROOTS:
            root = entity_tables()[SCOPE_ROOTS[parsed.kind]]
            if conn.scalar(select(root.c.id).where(root.c.id == parsed.root_id)) is None:
                what = "tournée" if parsed.kind == "tour" else "bénévole"
                raise DeviceError(f"Périmètre {parsed} : aucune {what} n'a cet identifiant.")
        device_id = new_id()
        conn.execute(
            devices.insert().values(
                id=device_id,
                name=name,
                role=role,
                scope=str(parsed),
                enrol_code_hash=_hash(normalize_code(code)),
                enrol_code_expires_at=_now() + dt.timedelta(days=code_days),
                created_at=_now(),
            )
        )
        row = conn.execute(select(devices).where(devices.c.id == device_id)).one()
    return NewDevice(device_from_row(row), code)


def list_devices(engine: Engine) -> list[Device]:
    with engine.connect() as conn:
        rows = conn.execute(select(devices).order_by(devices.c.name)).all()
    return [device_from_row(row) for row in rows]


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
    return device_from_row(row)


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
        expires = row.enrol_code_expires_at or row.created_at + dt.timedelta(days=CODE_DAYS)
        if _now() > expires:
            raise DeviceError(
                "Code d'inscription expiré : demandez un nouvel appareil à la coordination."
            )
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
    return device_from_row(row), token


def authenticate(conn: Connection, token: str) -> Device | None:
    """The device holding ``token`` (revoked ones included), or None."""
    row = conn.execute(select(devices).where(devices.c.token_hash == _hash(token))).one_or_none()
    return None if row is None else device_from_row(row)


def rotate_token(engine: Engine, device_id: str) -> str:
    """A new token for this device; the old one stops working at once."""
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        done = conn.execute(
            update(devices)
            .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
            .values(token_hash=_hash(token))
        )
    if done.rowcount != 1:
        raise DeviceError("Appareil inconnu ou révoqué.")
    return token


def touch(conn: Connection, device_id: str) -> None:
    conn.execute(update(devices).where(devices.c.id == device_id).values(last_seen_at=_now()))
