"""Convert an unencrypted database to SQLCipher in place, keeping the original aside."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bibliomobile.domain.access_notes import (
    DEVICE_SETTING,
    SealError,
    rewrap_key,
    wrapping_key,
)
from bibliomobile.lang import Message

from .engine import is_plain_sqlite, key_pragma, sqlcipher_module
from .uow import DEVICE_ID_SETTING


class EncryptionError(RuntimeError):
    """The database cannot be converted; nothing was changed. The message is French."""


@dataclass(frozen=True)
class Encrypted:
    """The converted database and where the unencrypted original was kept."""

    path: Path
    backup: Path
    tables: int


def _tables(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _rewrap_notes_key(conn: Any, passphrase: str) -> None:
    """The access-notes key was wrapped with the plain database's (empty) secret: wrap it
    with the passphrase's, or the notes would no longer open."""
    try:
        found = dict(
            conn.execute(
                "SELECT key, value FROM device_settings WHERE key IN (?, ?)",
                (DEVICE_ID_SETTING, DEVICE_SETTING),
            ).fetchall()
        )
    except Exception:  # an old database without device settings: nothing to wrap
        return
    device_id, wrapped = found.get(DEVICE_ID_SETTING), found.get(DEVICE_SETTING)
    if not device_id or not wrapped:
        return
    try:
        again = rewrap_key(
            wrapped, wrapping_key(None, device_id), wrapping_key(passphrase, device_id)
        )
    except SealError:
        return  # not the plain wrapping: left as it is (the next sync brings the key)
    conn.execute("UPDATE device_settings SET value = ? WHERE key = ?", (again, DEVICE_SETTING))


def encrypt_database(path: Path, passphrase: str, *, now: dt.datetime | None = None) -> Encrypted:
    """Encrypt ``path`` with ``passphrase``; the original is renamed beside it as a backup.

    The copy is made with ``sqlcipher_export`` into a new file, checked table by table,
    and only then swapped in. The backup is *not* encrypted: the caller tells the person
    to keep it safe and delete it once the encrypted database opens.
    """
    path = Path(path)
    state = is_plain_sqlite(path)
    if state is None:
        raise EncryptionError(Message("store.base_introuvable_vide_path", path=path))
    if state is False:
        raise EncryptionError(Message("store.path_deja_chiffree_base", path=path))
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.non-chiffree-{stamp}{path.suffix}")
    converted = path.with_name(f"{path.name}.chiffrement-en-cours")
    if converted.exists():
        converted.unlink()  # a conversion interrupted earlier
    module = sqlcipher_module()
    conn = module.connect(str(path), isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            expected = _tables(conn)
        except module.DatabaseError as error:
            raise EncryptionError(
                Message("store.path_base_lisible_error", path=path, error=error)
            ) from error
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(converted), passphrase))
        conn.execute("SELECT sqlcipher_export('encrypted')").fetchone()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        found = _tables(conn, "encrypted")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    if found != expected:
        converted.unlink(missing_ok=True)
        raise EncryptionError(Message("store.copie_chiffree_correspond_base"))
    check = module.connect(str(converted), isolation_level=None)
    try:
        check.execute(key_pragma(passphrase))
        check.execute("PRAGMA journal_mode=WAL").fetchone()
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise EncryptionError(Message("store.copie_chiffree_abimee_rien"))
        _rewrap_notes_key(check, passphrase)
    finally:
        check.close()
    for sidecar in _sidecars(converted):
        sidecar.unlink(missing_ok=True)
    os.replace(path, backup)
    for sidecar in _sidecars(path):
        sidecar.unlink(missing_ok=True)
    os.replace(converted, path)
    return Encrypted(path=path, backup=backup, tables=len(found))
