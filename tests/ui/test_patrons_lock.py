"""Lecteurs on a laptop not synced for a month: nobody is listed or found, and the page
says why; once the laptop has synced, the patrons come back."""

from __future__ import annotations

import datetime as dt

from bibliomobile.services.sync.common import LAST_SYNC, TOKEN, write_setting
from bibliomobile.store.uow import Store
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.patrons.workspace import PatronsWorkspace
from builders.circulation import build_world


def _synced(store: Store, days_ago: int) -> None:
    when = dt.datetime.now().astimezone() - dt.timedelta(days=days_ago)
    with store.unit_of_work() as uow:
        write_setting(uow, TOKEN, "a-token")
        write_setting(uow, LAST_SYNC, when.isoformat(timespec="seconds"))
        uow.commit()


def test_lecteurs_shows_nobody_until_the_laptop_syncs(  # type: ignore[no-untyped-def]
    qtbot, store: Store, make_window
) -> None:
    build_world(store, dt.date.today())
    _synced(store, days_ago=31)
    window: MainWindow = make_window()
    page = window.open_workspace("patrons")
    assert isinstance(page, PatronsWorkspace)
    qtbot.waitUntil(lambda: page.lock_banner.isVisible())
    assert "Synchronisez" in page.lock_banner.text()
    assert page.browse_model.rowCount() == 0
    page.search("Nom0")
    qtbot.waitUntil(lambda: page.count_label.text() == "0 résultat")
    assert any("verrouillées" in text for text in page.detail_panel.texts())

    _synced(store, days_ago=0)
    page.search("Nom0")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert not page.lock_banner.isVisible()
    qtbot.waitUntil(lambda: "Prénom0 Nom0" in page.detail_panel.texts())
