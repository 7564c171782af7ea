"""The import actions of Catalogue and Lecteurs: file, progress, cancel, report, preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bibliomobile.store.uow import Store
from bibliomobile.ui.catalogue.import_dialog import MarcImportDialog
from bibliomobile.ui.catalogue.workspace import CatalogueWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.patrons.import_dialog import PatronImportDialog
from bibliomobile.ui.patrons.workspace import PatronsWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.marc_files import marc_data

DATA = marc_data()
KOHA_MARC21 = DATA / "koha-marc21" / "exported_records"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_the_catalogue_action_imports_a_file_and_shows_the_rejects(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    page = window.open_workspace("catalogue")
    assert isinstance(page, CatalogueWorkspace)
    assert page.import_button.text() == "Importer une notice MARC…"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(KOHA_MARC21), ""))
    )

    page.import_button.click()
    dialog = page.findChild(MarcImportDialog)
    assert dialog is not None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)

    assert dialog.report is not None and dialog.report.records_created == 177
    text = dialog.report_view.toPlainText()
    assert "notice n° 179" in text and "« 50% »" in text and "sans titre" in text
    assert dialog.cancel_button.text() == "Fermer"
    # The page shows the new catalogue, and search finds the imported titles.
    page.search("future ideas")
    qtbot.waitUntil(lambda: page.table.model().rowCount() >= 1, timeout=10000)


def test_cancel_stops_after_the_current_batch_and_keeps_whole_records(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    dialog = MarcImportDialog(worker, KOHA_MARC21, window)
    qtbot.addWidget(dialog)
    dialog.batch_size = 50
    dialog.start()
    dialog.cancel_button.click()  # « Annuler » while the first batch is being written
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)

    report = dialog.report
    assert report is not None and report.cancelled
    assert report.records_read == 50  # the batch under way was finished, then it stopped
    with store.reader() as session:
        from sqlalchemy import func, select

        from bibliomobile.store.models import Record

        assert session.scalar(select(func.count()).select_from(Record)) == report.records_created
    assert dialog.status.text() == "Import interrompu."


def test_patron_import_shows_the_preview_before_writing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    csv = tmp_path / "lecteurs.csv"
    csv.write_bytes(
        "N° de carte;Nom;Prénom;Commune;Santé\r\nC1;Fabre;Léa;Aydat;x\r\nC2;Roux;Jean;Olloix;\r\n".encode(
            "cp1252"
        )
    )
    page = window.open_workspace("patrons")
    assert isinstance(page, PatronsWorkspace)
    assert page.import_button.text() == "Importer des lecteurs (CSV)…"

    dialog = PatronImportDialog(worker, csv, page)
    qtbot.addWidget(dialog)

    assert "Windows-1252" in dialog.summary.text() and "« ; »" in dialog.summary.text()
    assert "Santé" in dialog.summary.text()  # ignored, never stored
    assert dialog.mapping_table.item(0, 0).text() == "N° de carte"
    assert dialog.rows_table.item(0, 1).text() == "Fabre"
    worker.wait_idle()
    with store.reader() as session:
        from sqlalchemy import func, select

        from bibliomobile.store.models import Patron

        assert session.scalar(select(func.count()).select_from(Patron)) == 0  # nothing yet

    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report is not None and dialog.report.created == 2
    page.search("fabre")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1, timeout=10000)


def test_patron_import_lists_each_change_and_asks_before_changing_an_identity(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    from sqlalchemy import select

    from bibliomobile.store.models import Patron

    with store.unit_of_work() as uow:
        uow.session.add(
            Patron(card_barcode="P63000033", first_name="Marcelle", last_name="Marie",
                   address="4 place du Foirail", commune="Arlanc", phone="04 73 95 00 00",
                   email="marcelle.marie@example.fr")
        )  # fmt: skip
        uow.commit()
    csv = tmp_path / "lecteurs.csv"
    csv.write_text(
        "N° de carte;Nom;Prénom;Adresse;Code postal;Commune;Téléphone;Courriel;Fin d'abonnement\n"
        "P63000033;Doublon;Existant;;;;;;\nP1;Roux;Jean;;;Olloix;;;31/12/2027\n",
        encoding="utf-8",
    )
    page = window.open_workspace("patrons")
    dialog = PatronImportDialog(worker, csv, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.planned is not None)
    text = dialog.changes_view.toPlainText()
    assert "ligne 2 (carte P63000033) : nom : Marie → Doublon" in text
    assert "non appliqué sans confirmation" in text
    assert "ligne 3 (carte P1) : nouveau lecteur" in text
    assert dialog.confirm_identity.isVisibleTo(dialog)
    assert not dialog.confirm_identity.isChecked()
    dialog.start()  # without the confirmation
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    with store.reader() as session:
        marcelle = session.scalar(select(Patron).where(Patron.card_barcode == "P63000033"))
        assert marcelle is not None
        assert (marcelle.last_name, marcelle.address) == ("Marie", "4 place du Foirail")
        roux = session.scalar(select(Patron).where(Patron.card_barcode == "P1"))
        assert roux is not None and str(roux.card_expiry) == "2027-12-31"
