"""The main window as a librarian first sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.status import SyncState

FRENCH_WORKSPACES = [
    "Aujourd'hui",
    "Arrêt",
    "Drive",
    "Portage",
    "Tournées",
    "Catalogue",
    "Lecteurs",
    "Synchronisation",
    "Statistiques",
    "Réglages",
]


def _navigation_titles(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_the_window_lists_every_workspace_in_french_in_order(window: MainWindow) -> None:
    assert _navigation_titles(window) == FRENCH_WORKSPACES


def test_every_workspace_opens_and_unfinished_ones_say_so(window: MainWindow) -> None:
    for key in window.workspace_keys():
        page = window.open_workspace(key)
        assert page.isVisible()
    # Every workspace has its real page now (the Drive one was the last placeholder).
    window.open_workspace("drive")
    texts = [label.text() for label in window.page("drive").findChildren(QLabel)]
    assert "Cet espace arrive bientôt" not in texts


def test_ctrl_digits_switch_workspaces(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "patrons"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_workspace() == "today"


def test_status_bar_shows_device_database_and_offline(window: MainWindow, store) -> None:  # type: ignore[no-untyped-def]
    status = window.status
    assert store.device_id in status.device_label.text()
    assert "test.sqlite3" in status.database_label.text()
    assert "Hors connexion" in status.sync_label.text()
    window.status.set_sync_state(SyncState.SYNCING, "42 %")
    assert status.sync_label.text() == "● Synchronisation… · 42 %"
