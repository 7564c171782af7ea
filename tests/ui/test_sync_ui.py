"""The GUI side of sync: enrolment in Réglages, background sync, revoked device, reviews."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, insert, select

from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import conflicts, entity_tables
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import enroll
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.settings.workspace import SettingsWorkspace
from bibliomobile.ui.status import SyncState
from bibliomobile.ui.sync.workspace import SyncWorkspace
from builders.sync_network import pending, running, seed_network


@pytest.fixture
def server_engine(tmp_path: Path) -> Engine:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    return engine


def _enrol_from_settings(qtbot, window: MainWindow, url: str, code: str) -> None:  # type: ignore[no-untyped-def]
    settings = window.open_workspace("settings")
    assert isinstance(settings, SettingsWorkspace)
    url_edit = settings.findChild(object, "serverUrl")
    code_edit = settings.findChild(object, "enrolmentCode")
    button = settings.findChild(object, "enrolButton")
    url_edit.setText(url)
    code_edit.setText(code)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_enrol_in_settings_then_sync_in_the_background(
    qtbot,
    window: MainWindow,
    store: Store,
    server_engine: Engine,  # type: ignore[no-untyped-def]
) -> None:
    ids = seed_network(server_engine)
    created = devices.add_device(server_engine, "van", "crew", f"tour:{ids['nord']['tour']}")
    with running(server_engine) as server:
        assert "Hors connexion" in window.status.sync_label.text()
        _enrol_from_settings(qtbot, window, server.url, created.enrolment_code)
        state = window.findChild(object, "enrolmentState")
        qtbot.waitUntil(lambda: "Inscrit" in state.text(), timeout=20_000)
        # The first sync starts by itself, off the GUI thread, and ends "Synchronisé".
        qtbot.waitUntil(lambda: "Synchronisé" in window.status.sync_label.text(), timeout=30_000)
        with store.reader() as session:
            assert set(session.scalars(select(Patron.id))) == set(ids["nord"]["patrons"])

        page = window.open_workspace("sync")
        assert isinstance(page, SyncWorkspace)
        qtbot.waitUntil(lambda: "van" in page.device_label.text(), timeout=10_000)
        assert not page.review_box.isVisible()  # a van is not a coordinator
        assert not page.audit_box.isVisible()
        with store.unit_of_work() as uow:
            uow.session.get(Patron, ids["nord"]["patrons"][0]).phone = "0611"  # type: ignore[union-attr]
            uow.commit()
        page.controller.refresh()
        qtbot.waitUntil(lambda: page.pending_label.text().startswith("1 "), timeout=10_000)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        # The window stays responsive: the sync runs on its own thread.
        assert window.status.sync_state is SyncState.SYNCING or not page.controller.running
        qtbot.waitUntil(lambda: "Envoyé : 1" in page.message_label.text(), timeout=30_000)
        qtbot.waitUntil(lambda: page.pending_label.text().startswith("0 "), timeout=10_000)
        patrons = entity_tables()["patrons"]
        with server_engine.connect() as conn:
            phone = conn.scalar(
                select(patrons.c.phone).where(patrons.c.id == ids["nord"]["patrons"][0])
            )
        assert phone == "0611"
        page.controller.timer.stop()


def test_a_revoked_device_says_so_and_exports_its_unsent_work(
    qtbot,
    window: MainWindow,
    store: Store,
    server_engine: Engine,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    ids = seed_network(server_engine)
    created = devices.add_device(server_engine, "van", "crew", f"tour:{ids['nord']['tour']}")
    with running(server_engine) as server:
        enroll(store.transactions(), server.url, created.enrolment_code)
        sync.sync_once(store.transactions())
        devices.revoke_device(server_engine, "van")
        with store.unit_of_work() as uow:
            uow.session.get(Patron, ids["nord"]["patrons"][1]).email = "x@example.org"  # type: ignore[union-attr]
            uow.commit()
        page = window.open_workspace("sync")
        assert isinstance(page, SyncWorkspace)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.revoked_banner.isVisible(), timeout=30_000)
        assert "révoqué" in window.status.sync_label.text()
        assert not page.sync_button.isEnabled()
        out = tmp_path / "pending.json"
        page.export_to(out)
        qtbot.waitUntil(lambda: "exportée" in page.message_label.text(), timeout=10_000)
        assert "x@example.org" in out.read_text()
        assert pending(store) == 1


def test_a_coordinator_records_the_resolution_of_a_conflict(
    qtbot,
    window: MainWindow,
    store: Store,
    server_engine: Engine,  # type: ignore[no-untyped-def]
) -> None:
    import datetime as dt

    seed_network(server_engine)
    with server_engine.begin() as conn:
        conn.execute(
            insert(conflicts).values(
                kind="double_checkout",
                entity="circulation_events",
                entity_id="e1",
                detail="Exemplaire 3X41 prêté deux fois hors connexion",
                needs_review=True,
                created_at=dt.datetime(2026, 11, 20, 10, 0),
            )
        )
    created = devices.add_device(server_engine, "bureau", "coordinator", "all")
    with running(server_engine) as server:
        enroll(store.transactions(), server.url, created.enrolment_code)
        page = window.open_workspace("sync")
        assert isinstance(page, SyncWorkspace)
        qtbot.waitUntil(lambda: page.review_model.rowCount() == 1, timeout=20_000)
        assert page.review_box.isVisible()
        assert "prêté deux fois" in page.review_model.row_at(0).detail
        page.review_view.selectRow(0)
        page.resolution_edit.setText("Exemplaire rendu par le second lecteur")
        qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.review_model.rowCount() == 0, timeout=20_000)
        with server_engine.connect() as conn:
            row = conn.execute(select(conflicts)).one()
        assert (row.resolution, row.resolved_by) == (
            "Exemplaire rendu par le second lecteur",
            "bureau",
        )
        page.controller.wait()
        page.controller.timer.stop()


def test_sync_now_on_a_laptop_not_enrolled_says_why_nothing_happens(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    page = window.open_workspace("sync")
    assert isinstance(page, SyncWorkspace)
    qtbot.waitUntil(lambda: page.controller.state is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.sync_button.isEnabled())
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inscrit auprès d'aucun serveur" in page.message_label.text())
    assert "Réglages" in page.message_label.text()


def test_an_op_the_server_refuses_is_listed_with_its_reason_and_exported(
    qtbot,
    window: MainWindow,
    store: Store,
    server_engine: Engine,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    ids = seed_network(server_engine)
    created = devices.add_device(server_engine, "van", "crew", f"tour:{ids['nord']['tour']}")
    with running(server_engine) as server:
        enroll(store.transactions(), server.url, created.enrolment_code)
        sync.sync_once(store.transactions())
        with store.unit_of_work() as uow:
            uow.session.get(Patron, ids["nord"]["patrons"][0]).max_loans = 2**40  # type: ignore[union-attr]
            uow.commit()
        page = window.open_workspace("sync")
        assert isinstance(page, SyncWorkspace)
        qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=10_000)
        assert not page.refused_box.isVisible()
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.refused_box.isVisible(), timeout=30_000)
        assert "1 refusée par le serveur" in page.pending_label.text()
        reason = page.refused_model.index(0, 3).data()
        assert "hors des limites" in reason
        out = tmp_path / "pending.json"
        page.export_to(out)
        qtbot.waitUntil(lambda: "exportée" in page.message_label.text(), timeout=10_000)
        assert "hors des limites" in out.read_text()
        assert pending(store) == 1
        page.controller.timer.stop()
