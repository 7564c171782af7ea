"""The main window as a librarian first sees it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from bibliomobile.ui.main_window import MainWindow, opens_maximised
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


def test_a_laptop_screen_opens_the_window_maximised_a_large_one_does_not() -> None:
    assert opens_maximised(QSize(1366, 705))  # 1366×768 less a title bar and a task bar
    assert opens_maximised(QSize(1280, 680))
    assert opens_maximised(QSize(1440, 860))
    assert not opens_maximised(QSize(1920, 1040))


def test_the_window_never_opens_taller_than_the_screen(  # type: ignore[no-untyped-def]
    qtbot, store, worker, settings
) -> None:
    main = MainWindow(store, worker, settings, "fr")
    qtbot.addWidget(main)
    available = main.screen().availableGeometry()
    # built at a size the screen can hold, before it is shown
    assert main.height() <= max(available.height(), main.minimumHeight())
    main.show_on_screen()
    qtbot.waitExposed(main)
    assert main.isMaximized() == opens_maximised(available.size())
    assert main.geometry().height() <= max(available.height(), main.minimumHeight())
    assert main.status.isVisible()
