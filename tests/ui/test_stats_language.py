"""The Statistiques workspace and its exports in the language of the UI: titles, column
headers, row labels and definitions come from the statistics services (built in French)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bibliomobile.services.stats.exports import report_csv
from bibliomobile.services.stats.report_pdf import report_pdf
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.stats.workspace import StatsWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.drive import DAY, build

EXPECTED = {
    "fr": {
        "headers": ["Arrêt", "Passages prévus", "Passages effectués", "Passages annulés"],
        "first": "Par arrêt",
        "total": "Total",
        "drive": ["Demandes reçues", "dont demandes annulées"],
        "csv": ["Éléments du coût par prêt", "Kilomètres parcourus;non renseigné"],
        "title": "rapport d'activité 2026",
        "pdf": "Rapport d'activité 2026",
    },
    "en": {
        "headers": ["Stop", "Planned visits", "Visits made", "Cancelled visits"],
        "first": "Per stop",
        "total": "Total",
        "drive": ["Requests received", "of which cancelled requests"],
        "csv": ["Cost-per-loan inputs", "Kilometres driven;not recorded"],
        "title": "activity report 2026",
        "pdf": "Activity report 2026",
    },
}
FRENCH_ONLY = ("Passages prévus", "Par arrêt", "Demandes reçues", "Portage par mois", "Enquête")


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    gc.collect()
    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)
    install_translations(qapp, "fr")


def test_statistics_follow_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot, language: str, store: Store, worker: DbWorker, make_window
) -> None:
    expected = EXPECTED[language]
    build(store)
    window: MainWindow = make_window(language)
    page = window.open_workspace("stats")
    assert isinstance(page, StatsWorkspace)
    page.year.setValue(DAY.year)
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    worker.wait_idle()

    bookmobile = page.activity_tabs["bookmobile"]
    page.tabs.setCurrentIndex(0)
    bookmobile.chooser.setCurrentIndex(0)
    assert bookmobile.chooser.currentText() == expected["first"]
    model = bookmobile.table.model()
    headers = [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal)).split())
        for c in range(model.columnCount())
    ]
    assert headers[:4] == expected["headers"]
    drive = page.activity_tabs["drive"]
    labels = [
        str(drive.table.model().index(row, 0).data())
        for chosen in range(drive.chooser.count())
        if drive.chooser.setCurrentIndex(chosen) is None
        for row in range(drive.table.model().rowCount())
    ]
    for label in expected["drive"]:
        assert label in labels

    # the exports made from the screen speak the same language
    report = page.report
    assert report is not None and expected["title"] in report.title
    csv_text = report_csv(report).decode("utf-8-sig")
    for text in expected["csv"]:
        assert text in csv_text
    pdf = pypdfium2.PdfDocument(report_pdf(report))
    pdf_text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert expected["pdf"] in pdf_text
    assert expected["first"] in pdf_text
    if language == "en":
        for french in FRENCH_ONLY:
            assert french not in csv_text
            assert french not in pdf_text
