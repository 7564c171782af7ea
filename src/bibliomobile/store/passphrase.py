"""Where the database passphrase comes from: the environment, the system keyring, a person.

On a personal laptop the passphrase is kept in the system keyring (Windows Credential
Manager, Secret Service on Linux, the macOS keychain) so the app opens without typing it;
on a shared laptop it is not kept and is asked at every start. Nothing here writes the
passphrase to a file: when no keyring is usable (a server, a headless session) the
passphrase is asked each time, or given in ``$BIBLIOMOBILE_DB_KEY`` by whoever automates.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .plain import is_plain_sqlite

log = logging.getLogger(__name__)

#: The passphrase for scripts and automation (never written anywhere by the app).
KEY_ENV = "BIBLIOMOBILE_DB_KEY"
#: Set (to anything) to create new databases unencrypted: the test suite and demos only.
PLAIN_ENV = "BIBLIOMOBILE_PLAIN_DB"
KEYRING_SERVICE = "Bibliomobile"


def _keyring() -> Any | None:
    """The keyring module when a real backend is usable here, else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation must not stop the app
        log.warning("no usable system keyring", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    name = type(backend).__module__
    if name.startswith(("keyring.backends.null", "keyrings.alt.file")):
        return None  # no storage, or a plain file beside the database: never
    return keyring


def keyring_available() -> bool:
    """Whether a system keyring can keep the passphrase on this computer."""
    return _keyring() is not None


def _account(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def saved_passphrase(db_path: Path) -> str | None:
    """The passphrase kept in the keyring for this database, if any."""
    module = _keyring()
    if module is None:
        return None
    try:
        value = module.get_password(KEYRING_SERVICE, _account(db_path))
    except Exception:  # a locked or refused keyring: the person types it instead
        log.warning("cannot read the keyring", exc_info=True)
        return None
    return str(value) if value else None


def save_passphrase(db_path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keyring; False when no keyring could keep it."""
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(KEYRING_SERVICE, _account(db_path), passphrase)
    except Exception:
        log.warning("cannot write to the keyring", exc_info=True)
        return False
    return True


def forget_passphrase(db_path: Path) -> None:
    """Remove the kept passphrase (a laptop becoming shared): it is asked at every start."""
    module = _keyring()
    if module is None:
        return
    try:
        module.delete_password(KEYRING_SERVICE, _account(db_path))
    except Exception:  # nothing kept: nothing to forget
        log.debug("no passphrase to forget for %s", db_path)


@dataclass(frozen=True)
class KeyNeed:
    """What opening a database needs before it can start.

    ``key`` is ready to use (None with ``plain``: an unencrypted database). ``ask`` says
    a person must type the passphrase; ``create`` that the database is new, so the
    passphrase is being chosen (asked twice, strength shown).
    """

    key: str | None
    plain: bool = False
    ask: bool = False
    create: bool = False


def key_need(db_path: Path, *, plain_requested: bool = False) -> KeyNeed:
    """Decide how ``db_path`` opens: plain, with a known passphrase, or asking for one."""
    state = is_plain_sqlite(db_path)
    if state is True or (state is False and Path(db_path).stat().st_size % 512):
        # Plain, or not a database at all (an encrypted file is whole pages): opening it
        # without a key explains what it is.
        return KeyNeed(key=None, plain=True)
    creating = state is None
    if creating and (plain_requested or os.environ.get(PLAIN_ENV)):
        return KeyNeed(key=None, plain=True, create=True)
    known = os.environ.get(KEY_ENV) or saved_passphrase(db_path)
    if known:
        return KeyNeed(key=known, create=creating)
    return KeyNeed(key=None, ask=True, create=creating)
