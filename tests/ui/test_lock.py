"""People on the laptop: locked at start and when idle, unlocked by PIN, screens by role."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bibliomobile.services.users import add_user
from bibliomobile.store.models import OutboxEntry, Volunteer
from bibliomobile.store.uow import Store
from bibliomobile.ui.lock import workspace_visible
from bibliomobile.ui.main_window import MainWindow
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
