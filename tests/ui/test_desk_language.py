"""The desk's messages come from the services as codes: English in the English UI, French otherwise."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bibliomobile.services.bookmobile.desk_state import Tone
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.stop.workspace import StopWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.circulation import World, build_world

EXPECTED = {
    "fr": {
        "open": "Passage ouvert",
        "expired": "Carte expirée depuis le {date} : à renouveler.",
        "refused": "Prêt refusé. Carte expirée depuis le {date} : à renouveler. "
        "Pour prêter quand même, indiquez un motif.",
        "next": "Lecteur suivant : scannez une carte, ou des documents pour les retours.",
        "lent": "Prêté : Livre 40 — à rendre le",
        "returned": "Retour : Livre 40",
    },
    "en": {
        "open": "Visit open",
        "expired": "Card expired on {date}: to be renewed.",
        "refused": "Checkout refused. Card expired on {date}: to be renewed. "
        "To lend anyway, give a reason.",
        "next": "Next patron: scan a card, or items for returns.",
        "lent": "Lent: Livre 40 — due on",
        "returned": "Returned: Livre 40",
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


def _scan(page: StopWorkspace, code: str) -> None:
    QTest.keyClicks(page.scan_field, code)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


def test_desk_messages_follow_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot, language: str, store: Store, worker: DbWorker, settings: QSettings
) -> None:
    today = dt.date.today()
    world = build_world(store, today, patrons=5, items=50)
    expired_on = today - dt.timedelta(days=3)
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[3])
        assert patron is not None
        patron.card_expiry = expired_on
        uow.commit()
    text = {k: v.format(date=f"{expired_on:%d/%m/%Y}") for k, v in EXPECTED[language].items()}
    window = MainWindow(store, worker, settings, language)
    qtbot.addWidget(window)
    window.show()
    page = window.open_workspace("stop")
    assert isinstance(page, StopWorkspace)
    qtbot.waitUntil(lambda: page.visit_combo.count() == 2)
    page.visit_combo.setCurrentIndex(page.visit_combo.findData(world.visit_a_today))
    page.open_button.click()
    qtbot.waitUntil(lambda: page.queue.state.visit_id == world.visit_a_today)
    assert page.visit_label.text() == text["open"]

    _scan(page, "C0003")
    qtbot.waitUntil(lambda: "Prénom3 Nom3" in page.banner.text())
    assert page.patron.blocks_label.text() == text["expired"]
    _scan(page, World.barcode(40))
    qtbot.waitUntil(lambda: page.banner_tone == Tone.ERROR)
    assert page.banner.text() == text["refused"]

    page.override("renewed at the desk")
    qtbot.waitUntil(lambda: page.banner.text().startswith(text["lent"]))
    page.next_patron()
    qtbot.waitUntil(lambda: page.banner.text() == text["next"])
    _scan(page, World.barcode(40))
    qtbot.waitUntil(lambda: page.banner.text().startswith(text["returned"]))
    worker.wait_idle()
