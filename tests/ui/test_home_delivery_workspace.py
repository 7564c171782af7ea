"""The Portage workspace: profile, planning in the background, reorder and lock, the sheet,
the volunteer's day with a welfare concern that turns the banner red, statistics CSV."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bibliomobile.services.home_delivery.access_notes import note_for_editing
from bibliomobile.store.models import AuditEntry, Beneficiary, Delivery, Round
from bibliomobile.store.uow import Store
from bibliomobile.ui.home_delivery.workspace import HomeDeliveryWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker
from builders.home_delivery import HomeWorld, build_home_world


@pytest.fixture
def world(store: Store) -> HomeWorld:
    return build_home_world(store)


@pytest.fixture
def page(window: MainWindow, worker: DbWorker, world: HomeWorld) -> HomeDeliveryWorkspace:
    """The workspace as a coordinator opens it in the real main window."""
    workspace = window.open_workspace("home_delivery")
    assert isinstance(workspace, HomeDeliveryWorkspace)
    worker.wait_idle()
    return workspace


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_profile_edit_and_a_clear_error(
    page: HomeDeliveryWorkspace, worker: DbWorker, store: Store, world: HomeWorld
) -> None:
    tab = page.beneficiaries
    assert tab.model.rowCount() == 4
    tab.table.selectRow(0)  # BERNARD Odette, alphabetical
    worker.wait_idle()
    assert tab.current is not None and tab.current.last_name == "Bernard"
    assert tab.access_notes.text() == "Digicode 1234B, sonner deux fois"
    tab.availability.setText("lundi matin")
    tab.save_button.click()
    worker.wait_idle()
    assert tab.error_label.isVisible()
    assert "Disponibilité non comprise" in tab.error_label.text()
    tab.availability.setText("mar 10:00-11:30; ven 14h-16h")
    tab.access_notes.setText("Clé chez la voisine du 2e")
    tab.save_button.click()
    worker.wait_idle()
    assert not tab.error_label.isVisible()
    with store.unit_of_work() as uow:
        saved = uow.session.scalar(
            select(Beneficiary).where(Beneficiary.id == tab.current.beneficiary_id)
        )
        assert saved is not None
        # Stored sealed; the form opens it again.
        assert saved.access_notes is not None and saved.access_notes.startswith("an1:")
        assert note_for_editing(uow, saved) == "Clé chez la voisine du 2e"
        assert saved.availability == [
            {"weekday": 1, "start": "10:00", "end": "11:30"},
            {"weekday": 4, "start": "14:00", "end": "16:00"},
        ]
    # Home delivery stops for good: out of the list, the history stays.
    tab.end_button.click()
    worker.wait_idle()
    assert tab.model.rowCount() == 3
    assert not tab.save_button.isEnabled()


def test_the_legal_record_is_shown_and_edited_and_each_opening_is_audited(
    page: HomeDeliveryWorkspace, worker: DbWorker, store: Store, world: HomeWorld
) -> None:
    store.person.name = "Claire Coord"
    tab = page.beneficiaries
    tab.table.selectRow(0)
    worker.wait_idle()
    assert tab.current is not None
    assert tab.legal.legal_basis.currentText() == "Mission d'intérêt public"
    assert tab.legal.informed.isChecked()
    assert tab.legal.informed_on.date() == _qdate(world.monday - dt.timedelta(days=60))
    assert tab.legal.informed_how.currentText() == "Courrier"
    tab.legal.legal_basis.setCurrentIndex(tab.legal.legal_basis.findData("consent"))
    tab.legal.informed_how.setCurrentIndex(tab.legal.informed_how.findData("in_person"))
    tab.save_button.click()
    worker.wait_idle()
    tab.table.selectRow(1)
    worker.wait_idle()
    tab.table.selectRow(0)
    worker.wait_idle()
    assert tab.legal.legal_basis.currentText() == "Consentement"
    with store.unit_of_work() as uow:
        saved = uow.session.get(Beneficiary, tab.current.beneficiary_id)
        assert saved is not None
        assert (saved.legal_basis, saved.informed_how) == ("consent", "in_person")
        log = [
            (e.user_name, e.action, e.beneficiary_id)
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.user_name.is_not(None))  # not the builder's
                .order_by(AuditEntry.occurred_at)
            )
        ]
    first, second = tab.current.beneficiary_id, log[3][2]
    assert second != first
    assert log == [
        ("Claire Coord", "viewed", first),
        ("Claire Coord", "changed", first),
        ("Claire Coord", "viewed", first),  # the form shows the saved profile again
        ("Claire Coord", "viewed", second),
        ("Claire Coord", "viewed", first),
    ]


def test_a_new_beneficiary_from_a_card_and_a_wrong_card_kept_to_correct(
    page: HomeDeliveryWorkspace, worker: DbWorker
) -> None:
    tab = page.beneficiaries
    tab.card_field.setText("H999")
    tab.card_field.returnPressed.emit()
    worker.wait_idle()
    assert "Aucun lecteur avec la carte « H999 »" in tab.error_label.text()
    assert tab.card_field.text() == "H999"  # the scan is not lost
    tab.card_field.setText("h004")  # Lucienne Robert, scanned lower case
    tab.card_field.returnPressed.emit()
    worker.wait_idle()
    assert tab.card_field.text() == ""
    assert tab.model.rowCount() == 5
    assert tab.current is not None and tab.current.last_name == "Robert"


@pytest.mark.slow
def test_plan_reorder_lock_sheet_bag_then_the_volunteers_day(
    qtbot,
    page: HomeDeliveryWorkspace,
    worker: DbWorker,
    store: Store,
    world: HomeWorld,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    planning = page.planning
    rounds, bag = planning.round_pane, planning.bag_pane
    page.tabs.setCurrentWidget(planning)
    planning.period_start.setDate(_qdate(world.monday))
    planning.period_end.setDate(_qdate(world.monday))
    planning.budget.setValue(1)
    planning.refresh()
    worker.wait_idle()
    assert planning.due_model.rowCount() == 4

    planning.plan_button.click()
    assert not planning.plan_button.isEnabled()  # the GUI is free while the solver works
    qtbot.waitUntil(lambda: planning.plan_button.isEnabled(), timeout=15000)
    worker.wait_idle()
    assert "3 visite(s) en 1 tournée(s)" in planning.summary.text()
    assert planning.dropped.count() == 1  # capacity 3: one visit reported, not lost
    assert "ne tient dans aucune tournée" in planning.dropped.item(0).text()
    assert planning.progress.value() == 100
    assert rounds.stops.count() == 3

    # Drag and drop: the first visit goes last; times are recomputed.
    before = rounds.stop_order()
    rounds.move_stop(0, 3)
    worker.wait_idle()
    after = rounds.stop_order()
    assert after == [*before[1:], before[0]]
    with store.unit_of_work() as uow:
        positions = {d.id: d.position for d in uow.session.scalars(select(Delivery))}
    assert [positions[i] for i in after] == [0, 1, 2]

    # Lock the (new) first visit.
    rounds.stops.item(0).setCheckState(Qt.CheckState.Checked)
    worker.wait_idle()
    with store.unit_of_work() as uow:
        locked = uow.session.get(Delivery, after[0])
        assert locked is not None and locked.locked

    # Prepare the bag of the first visit from the suggestions.
    rounds.stops.setCurrentRow(0)
    bag.count.setValue(2)
    bag.suggest()
    worker.wait_idle()
    assert bag.suggestions.count() == 2
    bag.confirm_bag()
    worker.wait_idle()
    assert rounds.stops.item(0).text().count("[B") == 1

    sheet = tmp_path / "tournee.pdf"
    rounds.export_sheet(sheet)
    worker.wait_idle()
    assert sheet.read_bytes().startswith(b"%PDF")

    # The volunteer's day.
    mode = page.volunteer_mode
    page.tabs.setCurrentWidget(mode)
    worker.wait_idle()
    mode.day.setDate(_qdate(world.monday))
    worker.wait_idle()
    assert mode.stops.count() == 3
    # Access notes (door codes) stay hidden, and cannot be shown but on the visit's day.
    for row in range(3):
        mode.stops.setCurrentRow(row)
        assert "Digicode" not in mode.access.text()
        assert not mode.show_access.isEnabled()
    # At the door, scanning the bag's QR opens its visit (scanners may send lower case).
    assert rounds.round is not None
    bag_code = rounds.round.stops[0].bag_code
    assert bag_code is not None
    mode.stops.setCurrentRow(2)
    qtbot.keyClicks(mode.return_scan, bag_code.lower())
    qtbot.keyClick(mode.return_scan, Qt.Key.Key_Return)
    assert mode.stops.currentRow() == 0
    assert mode.items.count() == 2
    mode.outcome_buttons["delivered"].click()
    worker.wait_idle()
    assert "livré" in mode.stops.item(0).text()
    assert not mode.outcome_buttons["delivered"].isEnabled()
    mode.items.setCurrentRow(0)
    mode.feedback(False)
    worker.wait_idle()
    assert "👎" in mode.items.item(0).text()
    # The person gives back one of the documents: scanned, it is returned.
    returned = mode.rounds[0].stops[0].items[1]
    qtbot.keyClicks(mode.return_scan, returned.barcode)
    qtbot.keyClick(mode.return_scan, Qt.Key.Key_Return)
    worker.wait_idle()
    assert mode.returned.item(0).text().startswith(f"Retour : {returned.title}")

    assert page.banner.isHidden()
    mode.stops.setCurrentRow(1)
    mode.outcome_buttons["absent"].click()
    worker.wait_idle()
    mode.welfare_text.setText("N'a pas répondu trois fois, volets fermés")
    mode.welfare_button.click()
    worker.wait_idle()
    assert page.banner.isVisible()
    assert "1 inquiétude(s)" in page.banner_text.text()
    assert "volets fermés" in page.banner_text.text()
    assert page.tabs.tabText(page.tabs.indexOf(page.alerts_page)) == "Alertes (1)"
    # The next day has no round: nothing of this visit stays on screen to be recorded.
    mode.day.setDate(_qdate(world.monday + dt.timedelta(days=1)))
    worker.wait_idle()
    assert mode.stop_title.text() == "Pas de tournée ce jour-là."
    assert mode.address.text() == "" and mode.items.count() == 0
    assert not any(b.isEnabled() for b in mode.outcome_buttons.values())

    # Statistics and their CSV.
    page.stats.start.setDate(_qdate(dt.date(2026, 1, 1)))
    csv_path = tmp_path / "portage.csv"
    page.stats.export_csv(csv_path)
    worker.wait_idle()
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfMois;")
    assert b"2026-03;2;1;1;2;" in data

    # A coordinator takes the alert in hand: the banner goes.
    page.tabs.setCurrentWidget(page.alerts_page)
    page.alerts_page.list.setCurrentRow(0)
    page.alerts_page.handle_selected()
    worker.wait_idle()
    assert page.banner.isHidden()
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Round.status)) == "in_progress"


def test_planning_can_be_stopped_and_saves_nothing(
    qtbot,
    page: HomeDeliveryWorkspace,
    worker: DbWorker,
    store: Store,
    world: HomeWorld,  # type: ignore[no-untyped-def]
) -> None:
    planning = page.planning
    planning.period_start.setDate(_qdate(world.monday))
    planning.period_end.setDate(_qdate(world.monday + dt.timedelta(days=4)))
    planning.budget.setValue(60)
    planning.plan_button.click()
    qtbot.waitUntil(lambda: planning.progress.value() > 0, timeout=10000)
    planning.cancel_button.click()
    qtbot.waitUntil(lambda: planning.plan_button.isEnabled(), timeout=10000)
    worker.wait_idle()
    assert "rien n'a été enregistré" in planning.summary.text()
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Round.id)) is None


@pytest.mark.slow
def test_the_desk_is_not_held_back_while_the_rounds_are_solved(
    qtbot: QtBot, page: HomeDeliveryWorkspace, worker: DbWorker, store: Store, world: HomeWorld
) -> None:
    planning = page.planning
    planning.period_start.setDate(_qdate(world.monday))
    planning.period_end.setDate(_qdate(world.monday + dt.timedelta(days=4)))
    planning.budget.setValue(3)
    planning.plan_button.click()
    qtbot.waitUntil(lambda: not planning.solver.is_idle(), timeout=5000)  # solving now
    solving_since = time.monotonic()
    answers: list[int] = []
    worker.submit(lambda uow: answers.append(len(uow.session.scalars(select(Round.id)).all())))
    qtbot.waitUntil(lambda: bool(answers), timeout=1000)  # a scan or search would wait so long
    assert time.monotonic() - solving_since < 1.0
    assert not planning.plan_button.isEnabled()  # the solver is still at work
    qtbot.waitUntil(lambda: planning.plan_button.isEnabled(), timeout=15000)
    worker.wait_idle()
    assert time.monotonic() - solving_since > 2  # it did use its budget
    assert "tournée(s)" in planning.summary.text()
    with store.unit_of_work() as uow:  # the plan was saved through the database worker
        assert uow.session.scalar(select(Round.id)) is not None


@pytest.mark.parametrize("how", ["enrolment scope", "user setting"])
def test_volunteer_device_shows_only_its_volunteer(
    qtbot, how: str, store: Store, worker: DbWorker, settings: QSettings, world: HomeWorld
) -> None:  # type: ignore[no-untyped-def]
    from bibliomobile.services.home_delivery.volunteers import VolunteerData, save_volunteer

    with store.unit_of_work() as uow:
        save_volunteer(uow, VolunteerData("Yves", "Morel"))
        uow.commit()
    if how == "enrolment scope":
        store.set_setting("sync_scope", f"volunteer:{world.volunteers[0]}")
    else:
        settings.setValue("home_delivery/volunteer_id", world.volunteers[0])
    main = MainWindow(store, worker, settings, "fr")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    workspace = main.open_workspace("home_delivery")
    assert isinstance(workspace, HomeDeliveryWorkspace)
    worker.wait_idle()
    assert workspace.tabs.currentWidget() is workspace.volunteer_mode
    choice = workspace.volunteer_mode.volunteer
    assert [choice.itemText(i) for i in range(choice.count())] == ["FONTAINE Claire"]
    assert not choice.isEnabled()


def test_portage_speaks_english_too(  # type: ignore[no-untyped-def]
    qtbot, qapp, store: Store, worker: DbWorker, settings: QSettings, world: HomeWorld
) -> None:
    from bibliomobile.ui.app import install_translations, remove_translations

    translators = install_translations(qapp, "en")
    assert translators
    try:
        main = MainWindow(store, worker, settings, "en")
        qtbot.addWidget(main)
        main.show()
        workspace = main.open_workspace("home_delivery")
        assert isinstance(workspace, HomeDeliveryWorkspace)
        worker.wait_idle()
        tabs = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
        assert tabs == [
            "Beneficiaries",
            "Volunteers",
            "Planning",
            "Volunteer mode",
            "Alerts",
            "Statistics",
        ]
        assert workspace.planning.plan_button.text() == "Plan the rounds"
        assert workspace.beneficiaries.model.headerData(2, Qt.Orientation.Horizontal) == "Frequency"
        assert (
            workspace.planning.round_pane.rounds.placeholderText()
            == "No round planned in this period"
        )
        assert workspace.volunteer_mode.outcome_buttons["delivered"].text() == "Delivered"
        volunteers = workspace.volunteers
        workspace.tabs.setCurrentWidget(volunteers)
        worker.wait_idle()
        assert volunteers.model.index(0, 4).data() == "yes"  # Claire Fontaine is active
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "fr")


def test_a_concern_arriving_by_sync_turns_the_banner_red(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    page: HomeDeliveryWorkspace,
    worker: DbWorker,
    store: Store,
    world: HomeWorld,
) -> None:
    from bibliomobile.services.home_delivery.welfare import flag_welfare_concern
    from bibliomobile.ui.status import SyncState

    assert page.banner.isHidden()
    with store.unit_of_work() as uow:  # as the sync applies a volunteer laptop's change
        round_ = Round(date=world.monday, volunteer_id=world.volunteers[0])
        uow.session.add(round_)
        uow.session.flush()
        delivery = Delivery(round_id=round_.id, beneficiary_id=world.beneficiaries[3])
        uow.session.add(delivery)
        uow.commit()
        delivery_id = delivery.id
    with store.unit_of_work() as uow:
        flag_welfare_concern(uow, delivery_id, "Semblait très fatigué")
        uow.commit()
    window.status.set_sync_state(SyncState.ONLINE)
    worker.wait_idle()
    assert page.banner.isVisible()
    assert "Petit" in page.banner_text.text() and "Semblait très fatigué" in page.banner_text.text()


def _answer_next_warning(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Read the next message box that opens, then answer it."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(answer).click()
        else:
            QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_health_words_are_warned_about_before_saving(
    page: HomeDeliveryWorkspace, worker: DbWorker, store: Store, world: HomeWorld
) -> None:
    tab = page.beneficiaries
    tab.table.selectRow(0)
    worker.wait_idle()
    assert "santé" in tab.taste_notes.placeholderText()
    assert tab.current is not None
    beneficiary_id = tab.current.beneficiary_id
    tab.taste_notes.setPlainText("diabétique, insuline au frigo ; aime Simenon")
    seen: list[str] = []
    _answer_next_warning(QMessageBox.StandardButton.No, seen)
    tab.save_button.click()
    worker.wait_idle()
    assert seen and "« diabétique », « insuline »" in seen[0]
    with store.unit_of_work() as uow:
        saved = uow.session.get(Beneficiary, beneficiary_id)
        assert saved is not None and "diabétique" not in (saved.taste_notes or "")
    # The pause gives a reason from a list that names no illness.
    reasons = [tab.pause_reason.itemText(i) for i in range(tab.pause_reason.count())]
    assert "Indisponible" in reasons
    assert not any("hospital" in reason.lower() for reason in reasons)


def _round_of_one(store: Store, world: HomeWorld, day: dt.date, bag: bool) -> None:
    from bibliomobile.store.models import Bag, BagItem

    with store.unit_of_work() as uow:
        round_ = Round(date=day, volunteer_id=world.volunteers[0], status="planned")
        uow.session.add(round_)
        uow.session.flush()
        delivery = Delivery(round_id=round_.id, beneficiary_id=world.beneficiaries[0],
                            planned_time=dt.time(10, 0))  # fmt: skip
        uow.session.add(delivery)
        uow.session.flush()
        if bag:
            made = Bag(code=f"B000{day.day:02d}TEST", delivery_id=delivery.id)
            uow.session.add(made)
            uow.session.flush()
            uow.session.add(BagItem(bag_id=made.id, item_id=world.items["Le Horla"]))
        uow.commit()


def test_volunteer_outcomes_wait_for_the_day_and_delivered_needs_a_bag(
    store: Store, world: HomeWorld, page: HomeDeliveryWorkspace, worker: DbWorker
) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    _round_of_one(store, world, tomorrow, bag=True)
    _round_of_one(store, world, yesterday, bag=False)
    mode = page.volunteer_mode
    page.tabs.setCurrentWidget(mode)
    mode.day.setDate(_qdate(tomorrow))
    worker.wait_idle()
    assert mode.stops.count() == 1
    assert not any(b.isEnabled() for b in mode.outcome_buttons.values())
    assert "jour même" in mode.outcome_buttons["delivered"].toolTip()
    mode.day.setDate(_qdate(yesterday))
    worker.wait_idle()
    assert mode.stops.count() == 1
    assert not mode.outcome_buttons["delivered"].isEnabled()
    assert mode.outcome_buttons["absent"].isEnabled()
    assert mode.outcome_buttons["delivered"].toolTip() == "Pas de sac préparé pour cette visite."
