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


def test_a_double_click_opens_the_visit_at_the_desk_and_the_round_in_volunteer_mode(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    from bibliomobile.store.models import Beneficiary, Delivery, Round, Volunteer
    from bibliomobile.ui.home_delivery.workspace import HomeDeliveryWorkspace
    from bibliomobile.ui.stop.workspace import StopWorkspace

    world = build_world(store, dt.date.today())
    with store.unit_of_work() as uow:
        volunteer = Volunteer(first_name="Josette", last_name="Martin")
        beneficiary = Beneficiary(patron_id=world.patrons[3])
        uow.session.add_all([volunteer, beneficiary])
        uow.session.flush()
        round_ = Round(date=dt.date.today(), volunteer_id=volunteer.id)
        uow.session.add(round_)
        uow.session.flush()
        uow.session.add(Delivery(round_id=round_.id, beneficiary_id=beneficiary.id))
        uow.commit()
    page = window.open_workspace("today")
    assert isinstance(page, TodayWorkspace)
    page.refresh()
    qtbot.waitUntil(lambda: page.visits.count() == 2 and page.rounds.count() == 1)
    vic = next(i for i in range(2) if "Vic-le-Comte" in page.visits.item(i).text())
    page.visits.itemDoubleClicked.emit(page.visits.item(vic))
    assert window.current_workspace() == "stop"
    desk = window.page("stop")
    assert isinstance(desk, StopWorkspace)
    qtbot.waitUntil(lambda: desk.queue.state.visit_id == world.visit_b_today)
    assert desk.visit_label.text() == "Passage ouvert"
    assert "Vic-le-Comte" in desk.visit_label.toolTip()

    window.open_workspace("today")
    page.rounds.itemDoubleClicked.emit(page.rounds.item(0))
    assert window.current_workspace() == "home_delivery"
    portage = window.page("home_delivery")
    assert isinstance(portage, HomeDeliveryWorkspace)
    mode = portage.volunteer_mode
    assert portage.tabs.currentWidget() is mode
    qtbot.waitUntil(lambda: mode.stops.count() == 1)
    assert "Josette" in mode.volunteer.currentText(), mode.volunteer.currentText()
    qtbot.waitUntil(lambda: mode.stops.count() == 1)
