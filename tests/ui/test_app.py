"""Starting the application: clear French messages instead of tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bibliomobile.resources import RESOURCES_ENV, resource_path, resources_dir
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import open_store_or_explain


def _read_and_close_message_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.close()
    else:
        QTimer.singleShot(20, lambda: _read_and_close_message_box(seen))


# The offscreen platform cannot resize a message box to its hint; harmless.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_database_from_a_newer_version_is_explained_and_left_untouched(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    before = path.read_bytes()
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _read_and_close_message_box(seen))
    assert open_store_or_explain(path) is None
    assert len(seen) == 1
    assert "version plus récente de Bibliomobile" in seen[0]
    assert "n'a pas été modifiée" in seen[0]
    assert path.read_bytes() == before


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_file_that_is_not_a_database_is_explained(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.sqlite3"
    path.write_text("liste de courses\n" * 200)
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _read_and_close_message_box(seen))
    assert open_store_or_explain(path) is None
    assert seen and seen[0].startswith(f"Impossible d'ouvrir la base de données {path}.")
    assert "ce fichier n'est pas une base Bibliomobile" in seen[0]


def test_resources_are_found_from_the_source_tree_and_can_be_overridden(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert (resources_dir() / "icons" / "app" / "bibliomobile.svg").is_file()
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))
    assert resource_path("translations") == tmp_path / "translations"


@pytest.mark.slow
def test_bibliomobile_gui_starts_paints_and_quits(tmp_path: Path) -> None:
    """The real command in a subprocess, as the startup benchmark runs it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BIBLIOMOBILE_EXIT_AFTER_PAINT="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # never the user's own settings
    done = subprocess.run(
        [sys.executable, "-m", "bibliomobile", "gui", "--db", str(tmp_path / "new.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[0] == "first-paint" and lines[2] == "ready"
    assert float(lines[1]) <= float(lines[3])
    assert (tmp_path / "new.sqlite3").exists()


def test_the_window_shows_before_the_store_is_open_then_attaches_it(  # type: ignore[no-untyped-def]
    qtbot, store: Store, settings
) -> None:
    from bibliomobile.ui.main_window import MainWindow
    from bibliomobile.ui.worker import DbWorker

    window = MainWindow(None, None, settings, "fr", db_path=store.path)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget().objectName() == "loadingPage"
    assert "test.sqlite3" in window.status.database_label.text()
    worker = DbWorker(store)
    try:
        window.attach(store, worker)
        assert window.current_workspace() == "catalogue"
        assert window.pages.currentWidget().objectName() == "workspace-catalogue"
        assert store.device_id in window.status.device_label.text()
        worker.wait_idle()
    finally:
        worker.stop()


def test_qt_starts_without_waiting_for_the_database_layer() -> None:
    """What `bibliomobile gui` imports before its window shows holds no SQLAlchemy."""
    script = (
        "import sys; from bibliomobile.cli import build_parser; build_parser(('gui',)); "
        "import bibliomobile.ui.app, bibliomobile.ui.main_window; "
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
