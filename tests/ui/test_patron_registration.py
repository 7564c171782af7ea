"""Lecteurs: register a new patron and renew a card (no longer read-only)."""

from __future__ import annotations

import datetime as dt

import pytest

from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.patrons.workspace import PatronsWorkspace


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_a_new_patron_from_lecteurs_then_a_renewal(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    page = window.open_workspace("patrons")
    assert isinstance(page, PatronsWorkspace)
    assert not page.renew_button.isEnabled()
    dialog = page.register_patron()
    dialog.first_name.setText("Lucie")
    dialog.last_name.setText("Vernet")
    dialog.email.setText("lucie@")
    dialog.register_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Adresse électronique invalide : lucie@.")
    dialog.email.setText("lucie@example.fr")
    dialog.register_button.click()
    qtbot.waitUntil(lambda: "Lucie Vernet" in page.detail_panel.texts())
    assert dialog.card is not None
    with store.reader() as s:
        patron = s.get(Patron, dialog.card.patron_id)
        assert patron is not None and patron.email == "lucie@example.fr"
        assert patron.card_expiry == dt.date.today().replace(year=dt.date.today().year + 1)
    page.renew_button.click()
    later = dt.date.today().replace(year=dt.date.today().year + 2)
    qtbot.waitUntil(lambda: later.strftime("%d/%m/%Y") in " ".join(page.detail_panel.texts()))
