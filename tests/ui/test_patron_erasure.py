"""Lecteurs → Effacer la personne… (coordination laptops only): a reason, a second
confirmation, the server erases; offline, the dialog says so and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import insert, select

from bibliomobile.domain.ids import new_id
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import entity_tables, erasure_records
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import ROLE, SERVER_URL, TOKEN, write_setting
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from bibliomobile.ui.patrons.erasure_dialog import ErasureDialog
from bibliomobile.ui.patrons.workspace import PatronsWorkspace
from builders.sync_network import enrolled, free_port, running

CARD = "EFF-0042"


def _answer_next(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(answer).click()
        else:
            QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)


def _show(qtbot, page: PatronsWorkspace) -> ErasureDialog:  # type: ignore[no-untyped-def]
    page.search(CARD)
    qtbot.waitUntil(lambda: page.current is not None and page.erase_button.isEnabled())
    dialog = page.erase_person()
    assert dialog is not None
    return dialog


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_only_a_coordination_laptop_shows_the_button(qtbot, store: Store, worker, window) -> None:  # type: ignore[no-untyped-def]
    page = window.open_workspace("patrons")
    assert isinstance(page, PatronsWorkspace)
    worker.wait_idle()
    qtbot.wait(50)
    assert page.renew_button.isVisible() and not page.erase_button.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_offline_the_dialog_says_so_and_nothing_is_erased(qtbot, store: Store, make_window) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        uow.session.add(Patron(card_barcode=CARD, first_name="Ada", last_name="Hors-Ligne"))
        write_setting(uow, ROLE, "coordinator")
        write_setting(uow, SERVER_URL, f"http://127.0.0.1:{free_port()}")
        write_setting(uow, TOKEN, "jeton")
        uow.commit()
    page = make_window().open_workspace("patrons")
    qtbot.waitUntil(page.erase_button.isVisible)
    dialog = _show(qtbot, page)
    seen: list[str] = []
    _answer_next(QMessageBox.StandardButton.No, seen)
    dialog.erase_button.click()
    assert seen and "Ada Hors-Ligne" in seen[0]
    assert dialog.message.text() == ""  # "No": nothing asked of anyone
    _answer_next(QMessageBox.StandardButton.Yes, seen)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: "Hors connexion" in dialog.message.text(), timeout=20000)
    assert "rien n'a été effacé" in dialog.message.text()
    with store.reader() as session:
        assert session.scalars(select(Patron.card_barcode)).all() == [CARD]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_online_the_person_is_erased_on_the_server_then_here(  # type: ignore[no-untyped-def]
    qtbot, store: Store, make_window, tmp_path: Path
) -> None:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(entity_tables()["patrons"]).values(
                id=new_id(), card_barcode=CARD, first_name="Ada", last_name="Effacée"
            )
        )
    with running(engine) as server:
        enrolled(store, engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(store.transactions())
        page = make_window().open_workspace("patrons")
        qtbot.waitUntil(page.erase_button.isVisible)
        dialog = _show(qtbot, page)
        dialog.reason.setCurrentIndex(dialog.reason.findData("duplicate"))
        _answer_next(QMessageBox.StandardButton.Yes, [])
        dialog.erase_button.click()
        qtbot.waitUntil(lambda: "relevé n°" in dialog.message.text(), timeout=20000)
        sync.sync_once(store.transactions())
    with engine.connect() as conn:
        assert conn.execute(select(erasure_records.c.reason)).scalars().all() == ["duplicate"]
        assert conn.execute(select(entity_tables()["patrons"].c.id)).all() == []
    with store.reader() as session:
        assert session.scalars(select(Patron.card_barcode)).all() == []
    engine.dispose()
