"""The "Aujourd'hui" page shows the day and follows the sync indicator."""

from __future__ import annotations

import datetime as dt

from bibliomobile.store.uow import Store
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.status import SyncState
from bibliomobile.ui.today.workspace import TodayWorkspace, long_date
from builders.circulation import build_world


def test_today_lists_the_visits_and_the_sync_state(qtbot, store: Store, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    build_world(store, dt.date.today())
    page = window.open_workspace("today")
    assert isinstance(page, TodayWorkspace)
    page.refresh()
    qtbot.waitUntil(
        lambda: page.visits.count() == 2 and "Saint-Amant" in page.visits.item(0).text()
    )
    assert long_date(dt.date.today()) in page.heading.text()
    assert "Aucune tournée de portage" in page.rounds.item(0).text()
    assert page.bags_label.text() == "Sacs drive à remettre aujourd'hui : 0"
    assert "Hors connexion" in page.sync_label.text()
    window.status.set_sync_state(SyncState.SYNCING)
    assert page.sync_label.text() == "Synchronisation en cours…"
    assert "Changements à envoyer" in page.pending_label.text()


def test_long_date() -> None:
    assert long_date(dt.date(2026, 11, 22)) == "dimanche 22 novembre 2026"


def test_the_date_follows_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    day = dt.date(2026, 11, 22)
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French))
        assert long_date(day) == "dimanche 22 novembre 2026"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert long_date(day) == "Sunday 22 November 2026"
    finally:
        QLocale.setDefault(saved)
