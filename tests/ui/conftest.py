"""GUI fixtures: the real store, the real worker thread, the real main window."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bibliomobile.resources import resource_path
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import create_application, install_translations
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


def _build_translations() -> None:
    """Compile the .ts files as ``make translations`` does, when a .qm is missing or old."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for source in resource_path("translations").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            # Build aside then rename: another test run may be reading the old file.
            partial = target.with_suffix(f".{os.getpid()}.qm")
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(partial)], check=True)
            os.replace(partial, target)


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """The application as ``bibliomobile gui`` creates it (names, style, icon, French)."""
    _build_translations()
    app = create_application(qapp_args)
    install_translations(app, "fr")
    return app


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


@pytest.fixture(autouse=True)
def collect_widgets_in_the_gui_thread() -> Iterator[None]:
    """Windows left to Python's cyclic garbage collector are collected here, in the GUI
    thread, before and after each test: collected later in a database worker's thread,
    Qt aborts ("Timers cannot be stopped from another thread")."""
    gc.collect()
    yield
    gc.collect()


@pytest.fixture
def make_window(qtbot, store: Store, worker: DbWorker, settings: QSettings):  # type: ignore[no-untyped-def]
    """Build and show the main window (call it after seeding the store)."""

    def make(language: str = "fr") -> MainWindow:
        main = MainWindow(store, worker, settings, language)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        return main

    return make


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()
