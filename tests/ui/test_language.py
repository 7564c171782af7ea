"""French by default, English when chosen (after a restart, as the Réglages page says)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from bibliomobile.store.uow import Store
from bibliomobile.ui.app import (
    chosen_language,
    install_translations,
    remove_translations,
)
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.preferences import LANGUAGE
from bibliomobile.ui.worker import DbWorker


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "en")
    assert translators, "bibliomobile_en.qm did not load"
    yield
    remove_translations(qapp, translators)
    install_translations(qapp, "fr")


def test_english_shows_english_labels(  # type: ignore[no-untyped-def]
    qtbot, english: None, store: Store, worker: DbWorker, settings: QSettings
) -> None:
    window = MainWindow(store, worker, settings, "en")
    qtbot.addWidget(window)
    window.show()
    nav = window.navigation
    titles = [nav.item(row).text() for row in range(nav.count())]
    assert titles[:7] == [
        "Today",
        "Stop",
        "Drive",
        "Home delivery",
        "Tours",
        "Catalogue",
        "Patrons",
    ]
    assert titles[-3:] == ["Sync", "Statistics", "Settings"]
    assert "Offline" in window.status.sync_label.text()
    page = window.open_workspace("catalogue")
    assert page.findChild(QLabel, "pageTitle").text() == "Catalogue"
    assert page.search_field.placeholderText().startswith("Search for a document")
    worker.wait_idle()
    assert page.count_label.text() == "0 records in all"


def test_the_language_choice_is_saved_and_applies_at_next_start(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, settings: QSettings
) -> None:
    assert chosen_language(settings, None) == "fr"
    page = window.open_workspace("settings")
    choice = page.findChild(QComboBox, "languageChoice")
    choice.setCurrentIndex(choice.findData("en"))
    assert settings.value(LANGUAGE.key) == "en"
    assert chosen_language(settings, None) == "en"
    assert chosen_language(settings, "fr") == "fr"  # --lang wins
    note = page.language_note.text()
    assert note == "La nouvelle langue s'appliquera au prochain démarrage de Bibliomobile."
    # The window itself stays in French until the restart.
    assert window.navigation.item(0).text() == "Aujourd'hui"


def test_settings_page_shows_database_and_device(window: MainWindow, store: Store) -> None:
    page = window.open_workspace("settings")
    assert page.findChild(QLabel, "databasePath").text() == str(store.path)
    assert page.findChild(QLabel, "deviceId").text() == store.device_id


def test_qt_s_own_buttons_are_in_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert box.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == "Oui"
