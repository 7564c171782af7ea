"""GUI fixtures: the real store, the real worker thread, the real main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bibliomobile.store.uow import Store
from bibliomobile.ui.app import create_application
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """The application as ``bibliomobile gui`` creates it (names, style, icon)."""
    return create_application(qapp_args)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """User settings in a temporary file, never the real user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def worker(qapp: QApplication, store: Store) -> Iterator[DbWorker]:
    running = DbWorker(store)
    yield running
    running.wait_idle()
    running.stop()


@pytest.fixture
def window(qtbot, store: Store, worker: DbWorker, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(store, worker, settings, "fr")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
