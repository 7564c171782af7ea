"""Encrypted at rest by default: what a thief with the laptop's files (and no passphrase) sees.

The suite creates plain databases for speed (``BIBLIOMOBILE_PLAIN_DB`` in tests/conftest.py);
these tests remove it to see what a user gets.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.domain.passphrase import passphrase_strength
from bibliomobile.services.home_delivery.access_notes import ensure_notes_key, notes_key
from bibliomobile.services.notifications.settings import (
    MessagingSettings,
    save_messaging_settings,
)
from bibliomobile.services.sync.common import write_setting
from bibliomobile.store.engine import create_sqlite_engine, legacy_raw_key, sqlcipher_module
from bibliomobile.store.models import Patron
from bibliomobile.store.passphrase import KEY_ENV, PLAIN_ENV, key_need
from bibliomobile.store.plain import is_plain_sqlite
from bibliomobile.store.uow import Store
from builders.circulation import build_world

PASSPHRASE = "bouleau lanterne cassis tambour"
TOKEN = "tok_3f9a1c7e55d2b8aa0c41"
SMTP_PASSWORD = "Smtp-S3cret-Relais"


@pytest.fixture
def user_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user's machine: no demo switch; the passphrase given as automation would."""
    monkeypatch.delenv(PLAIN_ENV, raising=False)
    monkeypatch.setenv(KEY_ENV, PASSPHRASE)


def _every_file_below(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _fill(store: Store) -> str:
    """Patrons, a sync token and an SMTP password; returns a patron's surname."""
    build_world(store, dt.date(2026, 3, 3), patrons=3, items=5)
    with store.unit_of_work() as uow:
        uow.session.get(Patron, _first_patron(store)).last_name = "Vercingétorix"  # type: ignore[union-attr]
        write_setting(uow, "sync.token", TOKEN)
        save_messaging_settings(
            uow,
            MessagingSettings(
                smtp_host="smtp.example.org",
                smtp_username="bibliobus",
                smtp_password=SMTP_PASSWORD,
                smtp_sender="bibliobus@example.org",
            ),
        )
        uow.commit()
    return "Vercingétorix"


def _first_patron(store: Store) -> str:
    with store.reader() as session:
        return str(session.query(Patron.id).order_by(Patron.card_barcode).first()[0])  # type: ignore[index]


def test_a_new_database_is_encrypted_by_default(user_default: None, tmp_path: Path) -> None:
    path = tmp_path / "laptop" / "bibliomobile.sqlite3"
    assert key_need(path).key == PASSPHRASE and key_need(path).create
    store = Store.open(path, key=key_need(path).key)
    name = _fill(store)
    # The WAL is still there while the store is open: a pulled plug leaves it behind.
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = _every_file_below(tmp_path / "laptop")
    for secret in (name, TOKEN, SMTP_PASSWORD, "Prénom1", "smtp.example.org"):
        assert secret.encode() not in files, secret
    store.close()
    assert is_plain_sqlite(path) is False
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM patrons").fetchone()
    reopened = Store.open(path, key=PASSPHRASE)
    with reopened.reader() as session:
        assert session.get(Patron, _first_patron(reopened)).last_name == name  # type: ignore[union-attr]
    reopened.close()


def test_the_stolen_laptop_reveals_nothing_without_the_passphrase(
    user_default: None, tmp_path: Path
) -> None:
    """A thief copies the data folder: the database, its WAL and any settings beside it."""
    folder = tmp_path / "stolen"
    store = Store.open(folder / "bibliomobile.sqlite3", key=PASSPHRASE)
    name = _fill(store)
    store.close()
    loot = _every_file_below(folder)
    for secret in (name, TOKEN, SMTP_PASSWORD, PASSPHRASE, "Tournée Nord", "Saint-Amant"):
        assert secret.encode() not in loot, secret
    module = sqlcipher_module()
    for guess in ("", "bibliomobile", "motdepasse", PASSPHRASE.upper()):
        conn = module.connect(str(folder / "bibliomobile.sqlite3"))
        conn.execute("PRAGMA cipher_log_level = NONE")
        if guess:
            conn.execute(f"PRAGMA key = '{guess}'")
        with pytest.raises(module.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


@pytest.mark.slow
def test_the_demo_command_writes_no_name_in_any_file_not_even_temporary(
    tmp_path: Path,
) -> None:
    """The real command in its own process, its temporary directory watched."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != PLAIN_ENV}
    env.update({KEY_ENV: PASSPHRASE, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"})
    path = tmp_path / "data" / "demo.sqlite3"
    command = ["demo", "--db", str(path), "--items", "300", "--patrons", "40"]
    done = subprocess.run(
        [sys.executable, "-m", "bibliomobile", *command, "--today", "2026-03-03"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    store = Store.open(path, key=PASSPHRASE)
    with store.reader() as session:
        names = [row[0] for row in session.query(Patron.last_name).limit(40)]
    store.close()
    loot = _every_file_below(tmp_path)
    assert names
    assert [n for n in names if n.encode() in loot] == []


def test_a_command_will_not_create_an_unencrypted_database_without_being_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(PLAIN_ENV, raising=False)
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = tmp_path / "new.sqlite3"
    with open(os.devnull) as no_terminal:
        monkeypatch.setattr(sys, "stdin", no_terminal)
        assert main(["demo", "--db", str(path), "--items", "10", "--patrons", "2"]) == 2
    assert "chiffrée" in capsys.readouterr().err
    assert not path.exists()
    # An explicit --plain (a demonstration) is honoured.
    assert main(["demo", "--db", str(path), "--items", "10", "--patrons", "2", "--plain"]) == 0
    assert is_plain_sqlite(path) is True


def test_encrypt_converts_a_plain_database_in_place_and_keeps_a_backup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    name = _fill(store)
    device = store.device_id
    store.close()
    assert name.encode() in path.read_bytes()
    monkeypatch.setenv(KEY_ENV, PASSPHRASE)
    assert main(["encrypt", "--db", str(path)]) == 0
    said = capsys.readouterr().out
    assert "Base chiffrée" in said and "NON chiffré" in said
    assert name.encode() not in _every_file_below(tmp_path).replace(
        next(tmp_path.glob("old.non-chiffree-*.sqlite3")).read_bytes(), b""
    )
    backup = next(tmp_path.glob("old.non-chiffree-*.sqlite3"))
    assert is_plain_sqlite(backup) is True
    encrypted = Store.open(path, key=PASSPHRASE)
    assert encrypted.device_id == device
    with encrypted.reader() as session:
        assert session.query(Patron).count() == 3
    encrypted.close()
    assert main(["encrypt", "--db", str(path)]) == 2
    assert "déjà chiffrée" in capsys.readouterr().err


def test_a_database_encrypted_with_the_old_raw_key_is_rekeyed(tmp_path: Path) -> None:
    path = tmp_path / "old-key.sqlite3"
    module = sqlcipher_module()
    conn = module.connect(str(path))
    conn.execute(legacy_raw_key(PASSPHRASE))
    conn.execute("CREATE TABLE kept (value TEXT)")
    conn.execute("INSERT INTO kept VALUES ('scan')")
    conn.commit()
    conn.close()
    Store.open(path, key=PASSPHRASE).close()
    derived = module.connect(str(path))
    derived.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert derived.execute("SELECT value FROM kept").fetchall() == [("scan",)]
    derived.close()


@pytest.mark.parametrize(
    ("text", "acceptable"),
    [
        ("azerty123", False),
        ("bibliomobile2026", False),
        ("aaaaaaaaaaaaaaaa", False),
        ("Tr0p-c0urt", True),
        (PASSPHRASE, True),
    ],
)
def test_passphrase_strength_is_told(text: str, acceptable: bool) -> None:
    strength = passphrase_strength(text)
    assert strength.acceptable is acceptable
    assert strength.label and strength.advice


def test_people_of_the_laptop_are_added_by_command_with_a_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "van.sqlite3"
    Store.open(path).close()
    add = ["users", "add", "--db", str(path), "--name", "Éric Chauffeur", "--role", "crew"]
    assert main([*add, "--pin", "1234"]) == 2
    assert "se devine trop facilement" in capsys.readouterr().err
    assert main([*add, "--pin", "4071"]) == 0
    assert main(["users", "list", "--db", str(path)]) == 0
    assert "Éric Chauffeur — équipage" in capsys.readouterr().out
    store = Store.open(path)
    with store.unit_of_work() as uow:
        from bibliomobile.services.users import UserError, sign_in, users

        (row,) = users(uow)
        assert sign_in(uow, row.user_id, "4071").name == "Éric Chauffeur"
        with pytest.raises(UserError):
            sign_in(uow, row.user_id, "4072")
    store.close()


def test_a_database_error_does_not_carry_the_values_it_was_writing(store: Store) -> None:
    """Errors go to the log and to the screen: never with an access note or an address."""
    from sqlalchemy.exc import IntegrityError

    build_world(store, dt.date(2026, 3, 3), patrons=2, items=1)
    with store.unit_of_work() as uow:
        first, second = uow.session.query(Patron).order_by(Patron.card_barcode).all()
        second.card_barcode = first.card_barcode  # unique: refused
        second.address = "Digicode 1968A, clé chez la voisine"
        with pytest.raises(IntegrityError) as refused:
            uow.session.flush()
    assert "1968A" not in str(refused.value)


def test_access_notes_still_open_after_the_database_is_encrypted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The notes key is wrapped with a key derived from the database's passphrase: the
    conversion wraps it again, or every access note of the laptop would be lost."""
    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    with store.unit_of_work() as uow:
        key = ensure_notes_key(uow)
        uow.commit()
    store.close()
    monkeypatch.setenv(KEY_ENV, PASSPHRASE)
    assert main(["encrypt", "--db", str(path)]) == 0
    encrypted = Store.open(path, key=PASSPHRASE)
    with encrypted.unit_of_work() as uow:
        assert notes_key(uow) == key
    encrypted.close()
    # Code that opens the database with its key but not through Store.open (no derived
    # wrapping key) finds the notes key wrapped, unusable.
    bare = Store(create_sqlite_engine(path, PASSPHRASE), path)
    with bare.unit_of_work() as uow:
        assert notes_key(uow) is None
    bare.close()
