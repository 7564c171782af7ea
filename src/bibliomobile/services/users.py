"""The people who use a laptop: a name, a role, a PIN; who is signed in.

A laptop may have several people (two crew members on a van, a coordinator lending a
laptop to a volunteer). Each one unlocks the app with a PIN; what they see and may
change follows their role (``domain/access.py``), and each change they make records
their name in the outbox. The PIN is stored as a salted PBKDF2 hash: the database is
encrypted, and the PIN alone cannot be read back even from an unlocked copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.access import Role
from bibliomobile.domain.ids import new_id
from bibliomobile.lang import Message
from bibliomobile.store.models import LocalUser
from bibliomobile.store.uow import UnitOfWork

PIN_LENGTHS = range(4, 9)
#: Stretching of the PIN hash: about 50 ms on a small laptop at each unlock.
PIN_ITERATIONS = 120_000

ROLE_LABELS = {
    Role.COORDINATOR.value: "coordination",
    Role.CREW.value: "équipage",
    Role.VOLUNTEER.value: "bénévole",
}


class UserError(ValueError):
    """A person cannot be added or signed in; the message is French."""


@dataclass(frozen=True, slots=True)
class UserRow:
    """A person of this laptop, without the PIN."""

    user_id: str
    name: str
    role: str
    active: bool


def _hash_pin(pin: str, salt: bytes) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
    return f"pbkdf2_sha256${PIN_ITERATIONS}${salt.hex()}${digest.hex()}"


def _pin_matches(pin: str, stored: str) -> bool:
    try:
        _scheme, iterations, salt, digest = stored.split("$")
        found = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


def check_pin_format(pin: str) -> None:
    """A PIN is 4 to 8 digits, not all the same, not 1234."""
    if not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        raise UserError(Message("users.code_pin_doit_compter"))
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise UserError(Message("users.code_pin_devine_trop"))


def add_user(uow: UnitOfWork, name: str, role: str, pin: str) -> str:
    """Add a person to this laptop; returns their id."""
    name = " ".join(name.split())
    if not name:
        raise UserError(Message("users.indiquez_nom_personne"))
    if role not in ROLE_LABELS:
        raise UserError(Message("users.role_inconnu_role_coordinator", role=role))
    check_pin_format(pin)
    taken = uow.session.scalar(
        select(func.count()).select_from(LocalUser).where(LocalUser.name == name)
    )
    if taken:
        raise UserError(Message("users.name_existe_deja_cet", name=name))
    user = LocalUser(
        id=new_id(),
        name=name,
        role=role,
        pin_hash=_hash_pin(pin, secrets.token_bytes(16)),
        active=True,
        created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    uow.session.add(user)
    uow.session.flush()
    return user.id


def users(uow: UnitOfWork) -> list[UserRow]:
    """The people of this laptop, by name (the ones removed too, marked inactive)."""
    rows = uow.session.scalars(select(LocalUser).order_by(LocalUser.name))
    return [UserRow(u.id, u.name, u.role, u.active) for u in rows]


def has_users(uow: UnitOfWork) -> bool:
    """Whether anyone must sign in (a laptop without people opens as before)."""
    count = uow.session.scalar(
        select(func.count()).select_from(LocalUser).where(LocalUser.active.is_(True))
    )
    return bool(count)


def sign_in(uow: UnitOfWork, user_id: str, pin: str) -> UserRow:
    """The person, when the PIN is theirs; UserError otherwise (the same for any cause)."""
    user = uow.session.get(LocalUser, user_id)
    if user is None or not user.active or not _pin_matches(pin, user.pin_hash):
        raise UserError(Message("users.code_pin_incorrect"))
    return UserRow(user.id, user.name, user.role, user.active)


def remove_user(uow: UnitOfWork, user_id: str) -> None:
    """A person leaves this laptop (their name stays on the changes they made)."""
    user = uow.session.get(LocalUser, user_id)
    if user is None:
        raise UserError(Message("users.personne_inconnue_cet_ordinateur"))
    user.active = False
