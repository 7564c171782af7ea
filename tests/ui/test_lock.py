"""People on the laptop: locked at start and when idle, unlocked by PIN, screens by role."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bibliomobile.services.users import add_user
from bibliomobile.store.models import OutboxEntry, Volunteer
from bibliomobile.store.uow import Store
from bibliomobile.ui.lock import workspace_visible
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.sleep_watch import LOGIND, LOGIND_MANAGER, LOGIND_PATH, LOGIND_SESSION
from bibliomobile.ui.worker import DbWorker


@pytest.fixture
def people(store: Store) -> None:
    with store.unit_of_work() as uow:
        add_user(uow, "Élodie Coordinatrice", "coordinator", "2580")
        add_user(uow, "Vera Bénévole", "volunteer", "1397")
        uow.commit()


def _unlock(qtbot: QtBot, window: MainWindow, worker: DbWorker, name: str, pin: str) -> None:
    dialog = window.lock.dialog
    qtbot.waitUntil(lambda: dialog.person.count() == 2)
    dialog.person.setCurrentIndex(dialog.person.findText(name, flags=_starts_with()))
    dialog.pin.setText(pin)
    dialog.unlock_button.click()
    worker.wait_idle()
    qtbot.wait(10)


def _starts_with():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_a_laptop_without_people_opens_as_before(window: MainWindow, worker: DbWorker) -> None:
    worker.wait_idle()
    assert not window.lock.enabled and not window.lock.locked
    assert window.pages.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_locked_at_start_unlocked_by_pin_and_the_person_signs_changes(
    qtbot: QtBot, people: None, window: MainWindow, worker: DbWorker, store: Store
) -> None:
    qtbot.waitUntil(lambda: window.lock.locked)
    assert not window.pages.isVisible() and not window.navigation.isVisible()
    _unlock(qtbot, window, worker, "Vera", "0000")
    qtbot.waitUntil(lambda: "incorrect" in window.lock.dialog.message.text())
    assert window.lock.locked and not window.pages.isVisible()

    _unlock(qtbot, window, worker, "Vera", "1397")
    qtbot.waitUntil(lambda: not window.lock.locked)
    assert window.pages.isVisible()
    keys = window.workspace_keys()
    shown = {k for row, k in enumerate(keys) if not window.navigation.isRowHidden(row)}
    assert "home_delivery" in shown
    assert not {"tours", "patrons", "stats", "stop", "drive"} & shown
    # A change made now records the person, not only the device.
    with store.unit_of_work() as uow:
        uow.session.add(Volunteer(first_name="Yves", last_name="Morel"))
        uow.commit()
        authors = uow.session.scalars(select(OutboxEntry.author)).all()
    assert authors == ["Vera Bénévole"]

    # Idle long enough (or a laptop that slept with its lid closed): locked again.
    window.lock.check_idle(now=time.time() + 5 * 60 + 1)
    assert window.lock.locked and not window.pages.isVisible()
    assert store.person.name is None
    _unlock(qtbot, window, worker, "Élodie", "2580")
    qtbot.waitUntil(lambda: not window.lock.locked)
    assert all(not window.navigation.isRowHidden(row) for row in range(len(keys)))


def test_the_screens_follow_the_access_table() -> None:
    assert workspace_visible("crew", "stop") and workspace_visible("crew", "drive")
    assert not workspace_visible("crew", "tours") and not workspace_visible("crew", "stats")
    assert workspace_visible("volunteer", "home_delivery")
    assert not workspace_visible("volunteer", "patrons")
    assert all(workspace_visible("coordinator", key) for key in ("tours", "stats", "patrons"))


def test_people_are_added_in_the_settings_first_a_coordinator(
    qtbot: QtBot, window: MainWindow, worker: DbWorker, store: Store
) -> None:
    from bibliomobile.ui.settings.workspace import SettingsWorkspace

    page = window.open_workspace("settings")
    assert isinstance(page, SettingsWorkspace)
    worker.wait_idle()
    box = page.people
    box.name.setText("Théo Équipage")
    box.role.setCurrentIndex(box.role.findData("crew"))
    box.pin.setText("4071")
    box.add_button.click()
    assert "coordinateur" in box.message.text()
    box.name.setText("Élodie Coordinatrice")
    box.role.setCurrentIndex(box.role.findData("coordinator"))
    box.pin.setText("2580")
    box.add_button.click()
    worker.wait_idle()
    qtbot.waitUntil(lambda: box.people.count() == 1 and "Élodie" in box.people.item(0).text())
    assert box.pin.text() == ""  # the PIN does not stay on screen
    # Nobody signed in: a second person needs a coordinator signed in.
    box.name.setText("Théo Équipage")
    box.role.setCurrentIndex(box.role.findData("crew"))
    box.pin.setText("4071")
    box.add_button.click()
    assert "Seul un coordinateur" in box.message.text()


def test_secrets_typed_in_the_settings_never_reach_the_settings_file(
    qtbot: QtBot, window: MainWindow, worker: DbWorker, store: Store, settings
) -> None:  # type: ignore[no-untyped-def]
    """The SMTP password and SMS token go to the (encrypted) database, not to QSettings."""
    from bibliomobile.services.notifications.settings import messaging_settings
    from bibliomobile.ui.settings.workspace import SettingsWorkspace

    page = window.open_workspace("settings")
    assert isinstance(page, SettingsWorkspace)
    worker.wait_idle()
    box = page.messages
    box.smtp_host.setText("smtp.mairie-exemple.fr")
    box.smtp_password.setText("Relais-S3cret")
    box.sms_url.setText("https://sms.example.org/api")
    box.sms_token.setText("jeton-sms-9f8e")
    box.save_button.click()
    worker.wait_idle()
    with store.unit_of_work() as uow:
        assert messaging_settings(uow).smtp_password == "Relais-S3cret"
    settings.sync()
    kept = Path(settings.fileName()).read_bytes() if Path(settings.fileName()).exists() else b""
    assert b"Relais-S3cret" not in kept and b"jeton-sms-9f8e" not in kept


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A real D-Bus daemon of its own (the test machine may have no system bus)."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(10)
    daemon.stdout.close()


def _logind(address: str) -> QDBusConnection:
    """A connection that owns logind's name on the private bus, as systemd-logind would."""
    bus = QDBusConnection.connectToBus(address, "fake-logind")
    assert bus.registerService(LOGIND)
    return bus


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_lid_closed_or_the_session_locked_locks_at_once(
    qtbot: QtBot, people: None, window: MainWindow, worker: DbWorker, private_bus: str
) -> None:
    logind = _logind(private_bus)
    watch = window.lock.listen(QDBusConnection.connectToBus(private_bus, "laptop"))
    assert watch.listening
    _unlock(qtbot, window, worker, "Vera", "1397")
    qtbot.waitUntil(lambda: not window.lock.locked)

    # The lid is closed: logind announces the sleep; the window locks before it.
    sleep = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
    sleep.setArguments([True])
    assert logind.send(sleep)
    qtbot.waitUntil(lambda: window.lock.locked)
    assert not window.pages.isVisible()
    # Waking up (PrepareForSleep false) does not unlock: the PIN does.
    sleep.setArguments([False])
    assert logind.send(sleep)
    qtbot.wait(100)
    assert window.lock.locked

    _unlock(qtbot, window, worker, "Vera", "1397")
    qtbot.waitUntil(lambda: not window.lock.locked)
    # The desktop's "lock screen" (loginctl lock-session) locks the app too.
    assert logind.send(
        QDBusMessage.createSignal(f"{LOGIND_PATH}/session/_31", LOGIND_SESSION, "Lock")
    )
    qtbot.waitUntil(lambda: window.lock.locked)

    _unlock(qtbot, window, worker, "Vera", "1397")
    qtbot.waitUntil(lambda: not window.lock.locked)
    # Qt says the application is suspended (a tablet, a hidden app): locked.
    QGuiApplication.instance().applicationStateChanged.emit(  # type: ignore[union-attr]
        Qt.ApplicationState.ApplicationSuspended
    )
    qtbot.waitUntil(lambda: window.lock.locked)
    QDBusConnection.disconnectFromBus("fake-logind")
    QDBusConnection.disconnectFromBus("laptop")


def test_a_laptop_without_people_does_not_lock_when_it_sleeps(
    qtbot: QtBot, window: MainWindow, worker: DbWorker, private_bus: str
) -> None:
    logind = _logind(private_bus)
    window.lock.listen(QDBusConnection.connectToBus(private_bus, "laptop"))
    worker.wait_idle()
    sleep = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep")
    sleep.setArguments([True])
    assert logind.send(sleep)
    qtbot.wait(200)
    assert not window.lock.locked and window.pages.isVisible()
    QDBusConnection.disconnectFromBus("fake-logind")
    QDBusConnection.disconnectFromBus("laptop")
