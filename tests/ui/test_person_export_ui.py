"""The coordinator's right-of-access button: the person's data fetched from a real server,
saved where the user chose, the export audited on the server under the signed-in name."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.privacy.audit import audit_lines
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import enroll
from bibliomobile.store.uow import Store
from bibliomobile.ui.home_delivery.workspace import HomeDeliveryWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.patrons.workspace import PatronsWorkspace
from bibliomobile.ui.sync.workspace import SyncWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.home_delivery import build_home_world
from builders.sync_network import running


@pytest.fixture
def server_engine(tmp_path: Path) -> Engine:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    return engine


@pytest.mark.slow
def test_the_coordinator_saves_a_persons_data_from_the_server(
    window: MainWindow,
    worker: DbWorker,
    store: Store,
    server_engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    build_home_world(store)
    store.person.name = "Claire Coord"
    workspace = window.open_workspace("home_delivery")
    assert isinstance(workspace, HomeDeliveryWorkspace)
    worker.wait_idle()
    tab = workspace.beneficiaries
    tab.table.selectRow(0)  # BERNARD Odette
    worker.wait_idle()
    target = {"path": tmp_path / "odette.pdf"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target["path"]), ""))

    # Not enrolled: a clear message, no file.
    tab.legal.export_button.click()
    worker.wait_idle()
    assert "n'est pas inscrit auprès du serveur" in tab.error_label.text()
    assert not target["path"].exists()

    created = devices.add_device(server_engine, "bureau", "coordinator", "all")
    with running(server_engine) as server:
        enroll(store.transactions(), server.url, created.enrolment_code)
        sync.sync_once(store.transactions())  # the office's people reach the server
        tab.legal.export_button.click()
        worker.wait_idle()
        assert not tab.error_label.isVisible()
        assert "contient des données personnelles" in window.status.currentMessage()
        document = pdfium.PdfDocument(target["path"].read_bytes())
        text = " ".join(document[0].get_textpage().get_text_range().split())
        assert "Vos données à la bibliothèque — Odette Bernard" in text
        assert "Digicode" not in text  # the door code never leaves
        target["path"] = tmp_path / "odette.json"
        tab.legal.export_button.click()
        worker.wait_idle()
        assert '"first_name": "Odette"' in target["path"].read_text(encoding="utf-8")

        # The same button on the patron's card, in Lecteurs.
        patrons = window.open_workspace("patrons")
        assert isinstance(patrons, PatronsWorkspace)
        assert not patrons.export_button.isEnabled()  # nobody shown yet
        QTest.keyClicks(patrons.search_field, "bernard odette")
        qtbot.waitUntil(lambda: "Odette Bernard" in patrons.detail_panel.texts())
        target["path"] = tmp_path / "lecteur.pdf"
        patrons.export_button.click()
        qtbot.waitUntil(target["path"].exists)
        worker.wait_idle()
        assert "contient des données personnelles" in window.status.currentMessage()

        # The coordinator reads the log in Synchronisation, for this card.
        sync_page = window.open_workspace("sync")
        assert isinstance(sync_page, SyncWorkspace)
        box = sync_page.audit_box
        qtbot.waitUntil(box.isVisible, timeout=20_000)
        card = tab.current.card_barcode if tab.current else ""
        box.card_edit.setText(card)
        box.load_button.click()
        qtbot.waitUntil(lambda: box.model.rowCount() > 0, timeout=20_000)
        shown = [(r.user_name, r.device_name, r.action) for r in box.model.rows()]
        assert shown[0] == ("Claire Coord", "bureau", "données exportées")  # newest first
        assert ("Claire Coord", "bureau", "fiche consultée") in shown  # pushed at the sync
        assert shown.count(("Claire Coord", "bureau", "données exportées")) == 3
        box.card_edit.setText("X-INCONNUE")
        box.load_button.click()
        qtbot.waitUntil(lambda: "Aucun lecteur n'a la carte X-INCONNUE" in box.status.text())
        sync_page.controller.wait()
        sync_page.controller.timer.stop()
    with server_engine.connect() as conn:
        exports = [line for line in audit_lines(conn) if line.action == "exported"]
    assert [(e.user_name, e.device_name, e.detail) for e in exports] == [
        ("Claire Coord", "bureau", "droit d'accès (pdf)"),
        ("Claire Coord", "bureau", "droit d'accès (json)"),
        ("Claire Coord", "bureau", "droit d'accès (pdf)"),
    ]
