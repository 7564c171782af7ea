"""Drive statuses, plurals, channels, bag messages and label formats in the language of the UI."""

from __future__ import annotations

import datetime as dt
import gc
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.store.models import StopVisit
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.drive.workspace import DriveWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker
from builders.drive import build

EXPECTED = {
    "fr": {
        "two": ["2 titres", "nouvelle", "Portail"],
        "one": ["1 titre", "nouvelle", "À l'arrêt"],
        "added": "Ajouté : Le Chien jaune",
        "ready": "Sac {code} prêt (1 document).",
        "format": "Avery L7160 — A4, 3 × 7 étiquettes de 63,5 × 38,1 mm",
    },
    "en": {
        "two": ["2 titles", "new", "Portal"],
        "one": ["1 title", "new", "At the stop"],
        "added": "Added: Le Chien jaune",
        "ready": "Bag {code} ready (1 item).",
        "format": "Avery L7160 — A4, 3 × 7 labels of 63.5 × 38.1 mm",
    },
}


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    # Windows of earlier tests are collected here, in the GUI thread: collected by chance
    # in the database worker's thread, their timers would be stopped from the wrong thread.
    gc.collect()
    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)
    install_translations(qapp, "fr")


def test_drive_inbox_and_bags_follow_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot, language: str, store: Store, worker: DbWorker, settings: QSettings
) -> None:
    expected = EXPECTED[language]
    world = build(store)
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.commit()
    window = MainWindow(store, worker, settings, language)
    qtbot.addWidget(window)
    window.show()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() >= 1)
    page.inbox.generate_slots()
    qtbot.waitUntil(lambda: page.new_request.slot_box.count() == 6)
    slot, visit_id = page.new_request.slot_box.currentData(), page.visit_id
    assert visit_id is not None
    with store.unit_of_work() as uow:
        first, second = world.patrons[0], world.patrons[1]
        for patron, channel, titles in (
            (first, "portal", ["Le Chien jaune", "La Nuit des temps"]),
            (second, "at_stop", ["Le Chien jaune"]),
        ):
            drive_requests.create_request(
                uow,
                patron_id=patron,
                visit_id=visit_id,
                slot_id=str(slot),
                channel=channel,
                kind="titles",
                record_ids=[world.records[t] for t in titles],
            )
        uow.commit()
    page.refresh()
    table = page.inbox.table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    rows = sorted([table.item(row, column).text() for column in (2, 3, 5)] for row in range(2))
    assert rows == sorted([expected["one"], expected["two"]])

    prep = page.bag_preparation
    qtbot.waitUntil(lambda: prep.bag_request.count() == 2)
    jeanne = next(i for i in range(2) if prep.bag_request.itemText(i).startswith("Jeanne"))
    assert prep.bag_request.itemText(jeanne).endswith(f" — {expected['two'][1]}")
    prep.bag_request.setCurrentIndex(jeanne)
    code = new_bag_code(random.Random(4))
    for scan in (code, "30000000"):
        prep.bag_scan.setText(scan)
        qtbot.keyClick(prep.bag_scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text().startswith(expected["added"]))
    prep.bag_ready()
    qtbot.waitUntil(lambda: page.message.text() == expected["ready"].format(code=code))
    assert page.labels.label_format.itemText(0) == expected["format"]
    worker.wait_idle()
