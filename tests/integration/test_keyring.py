"""The passphrase kept in a real system keyring: gnome-keyring's Secret Service on a D-Bus
session of the test's own (as on a Linux laptop). The app's code keeps it there; the
encrypted database then opens without asking, in the real program; once forgotten, the
program asks again (here: refuses, with no terminal to ask in)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.core
import pytest

from bibliomobile.store.passphrase import (
    KEY_ENV,
    PLAIN_ENV,
    forget_passphrase,
    key_need,
    keyring_available,
    save_passphrase,
    saved_passphrase,
)
from bibliomobile.store.plain import is_plain_sqlite
from bibliomobile.store.uow import Store

pytestmark = pytest.mark.slow  # three runs of the program, each deriving the key

PASSPHRASE = "bouleau lanterne cassis tambour"


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A D-Bus session bus with gnome-keyring's Secret Service on it, its login keyring
    unlocked; the environment of this test (and of the programs it starts) uses it."""
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    env = {
        "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().strip(),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"login keyring password")
    daemon.stdin.close()
    # The backend the rest of the session had (none chosen yet: the "no keyring" one), put
    # back afterwards; left as is, it would be this Secret Service, gone with its bus.
    previous = getattr(keyring.core, "_keyring_backend", None) or keyring.backends.fail.Keyring()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(PLAIN_ENV, raising=False)
    deadline = time.monotonic() + 20
    while True:  # the daemon takes its name on the bus
        keyring.core.init_backend()
        if keyring_available() and _secret_service_up():
            break
        assert time.monotonic() < deadline, "gnome-keyring did not start"
        time.sleep(0.2)
    yield env
    keyring.set_keyring(previous)
    daemon.terminate()
    daemon.wait(10)
    bus.terminate()
    bus.wait(10)
    bus.stdout.close()


def _secret_service_up() -> bool:
    try:
        keyring.get_password("Bibliomobile-probe", "probe")
    except Exception:
        return False
    return True


def _info(db: Path) -> subprocess.CompletedProcess[str]:
    """``bibliomobile info`` as a person would run it, without a terminal to ask in."""
    env = {k: v for k, v in os.environ.items() if k not in (KEY_ENV, PLAIN_ENV)}
    return subprocess.run(
        [sys.executable, "-m", "bibliomobile", "info", "--db", str(db)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_passphrase_kept_in_the_keyring_opens_the_database_without_asking(
    secret_service: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "laptop.sqlite3"
    store = Store.open(db, key=PASSPHRASE)
    device = store.device_id
    store.close()
    assert is_plain_sqlite(db) is False
    assert "keyring.backends.SecretService" in type(keyring.get_keyring()).__module__

    # Without the keyring holding it, the program cannot open the database.
    refused = _info(db)
    assert refused.returncode != 0 and "chiffrée" in refused.stderr

    assert save_passphrase(db, PASSPHRASE)
    # Really in the Secret Service: another program of the session reads it back.
    found = subprocess.run(
        ["secret-tool", "lookup", "service", "Bibliomobile", "username", str(db.resolve())],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout == PASSPHRASE
    assert not (tmp_path / "laptop.sqlite3.key").exists()
    need = key_need(db)
    assert need.key == PASSPHRASE and not need.ask

    opened = _info(db)
    assert opened.returncode == 0, opened.stderr
    assert f"Appareil : {device}" in opened.stdout

    # A laptop becoming shared: the passphrase is forgotten, and asked again.
    forget_passphrase(db)
    assert saved_passphrase(db) is None
    assert key_need(db).ask
    assert _info(db).returncode != 0
