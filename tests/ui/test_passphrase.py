"""The passphrase at first start: chosen twice, its strength shown, kept only if possible."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from bibliomobile.store.passphrase import KEY_ENV, PLAIN_ENV, key_need, keyring_available
from bibliomobile.ui.passphrase import PassphraseDialog


def test_a_new_passphrase_must_be_strong_and_typed_twice(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PassphraseDialog(tmp_path / "new.sqlite3", create=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase.setText("azerty123")
    dialog.again.setText("azerty123")
    assert not ok.isEnabled()
    assert "faible" in dialog.advice.text()
    dialog.passphrase.setText("bouleau lanterne cassis tambour")
    dialog.again.setText("bouleau lanterne cassis")
    assert not ok.isEnabled() and "diffèrent" in dialog.advice.text()
    dialog.again.setText("bouleau lanterne cassis tambour")
    assert ok.isEnabled()
    assert dialog.strength.value() >= 3
    # Without a system keyring (a headless session) it cannot be kept: asked at each start.
    assert dialog.remember.isEnabled() is keyring_available()


def test_without_a_kept_passphrase_an_encrypted_base_asks_at_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(PLAIN_ENV, raising=False)
    monkeypatch.delenv(KEY_ENV, raising=False)
    new = key_need(tmp_path / "new.sqlite3")
    assert new.ask and new.create and new.key is None
    encrypted = tmp_path / "enc.sqlite3"
    encrypted.write_bytes(bytes(range(256)) * 16)  # whole pages of noise, like SQLCipher
    found = key_need(encrypted)
    assert found.ask and not found.create
