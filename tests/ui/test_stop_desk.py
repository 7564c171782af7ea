"""The "Arrêt" desk: a whole visit scanned at scanner speed, nothing lost, nothing doubled."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from bibliomobile.services.bookmobile.desk_state import Tone
from bibliomobile.store.models import CirculationEvent, Item, LoanState, Patron, StopVisit
from bibliomobile.store.uow import Store, UnitOfWork
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.stop.workspace import StopWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.circulation import World, build_world


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store, dt.date.today(), patrons=10, items=110)


@pytest.fixture
def desk_page(qtbot, world: World, window: MainWindow) -> StopWorkspace:  # type: ignore[no-untyped-def]
    page = window.open_workspace("stop")
    assert isinstance(page, StopWorkspace)
    qtbot.waitUntil(lambda: page.visit_combo.count() == 2)  # stop A and stop B today
    index = page.visit_combo.findData(world.visit_a_today)
    page.visit_combo.setCurrentIndex(index)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.queue.state.visit_id == world.visit_a_today)
    assert page.visit_label.text() == "Passage ouvert"
    assert "Saint-Amant" in page.visit_label.toolTip()
    return page


def _scan(field: QWidget, code: str) -> None:
    QTest.keyClicks(field, code)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _busy_task(seconds: float):  # type: ignore[no-untyped-def]
    def task(uow: UnitOfWork) -> int:
        deadline = time.monotonic() + seconds
        reads = 0
        while time.monotonic() < deadline:  # a long read, like a big search or a sync
            uow.session.execute(select(Item.barcode).limit(50)).all()
            reads += 1
        return reads

    return task


def _events(store: Store) -> list[tuple[str, str, str | None]]:
    with store.reader() as s:
        return [
            (kind, barcode, card)
            for kind, barcode, card in s.execute(
                select(CirculationEvent.kind, Item.barcode, Patron.card_barcode)
                .join(Item, Item.id == CirculationEvent.item_id)
                .outerjoin(Patron, Patron.id == CirculationEvent.patron_id)
                .order_by(CirculationEvent.hlc)
            )
        ]


@pytest.mark.slow
def test_a_scripted_visit_of_200_scans_gives_exactly_200_events(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, desk_page: StopWorkspace
) -> None:
    field = desk_page.scan_field
    field.setFocus()
    expected: list[tuple[str, str, str | None]] = []
    script: list[str] = []
    for p in range(10):  # ten patrons borrow ten items each
        script.append(World.card(p))
        for n in range(10):
            script.append(World.barcode(p * 10 + n))
            expected.append(("checkout", World.barcode(p * 10 + n), World.card(p)))
    script.append("<next>")
    for n in reversed(range(100)):  # then everything comes back, no patron at the desk
        script.append(World.barcode(n))
        expected.append(("checkin", World.barcode(n), World.card(n // 10)))
    background = None
    for index, code in enumerate(script):
        if code == "<next>":
            QTest.keyClick(field, Qt.Key.Key_Escape)
        else:
            _scan(field, code)
        if index == 30:
            # A long background task takes the worker while the crew keeps scanning.
            background = worker.submit(_busy_task(1.5), label="background")
        # Real scanner pace (300 ms) for the first scans, then faster to keep the test short.
        QTest.qWait(300 if index < 8 else 15)
    assert field.count == 210  # every Enter reached the field once
    qtbot.waitUntil(lambda: desk_page.queue.pending == 0 and worker.is_idle(), timeout=60000)
    assert background is not None and background.finished
    assert desk_page.queue.handled == 212  # 210 scans, "next patron", the visit
    assert _events(store) == expected
    with store.reader() as s:
        assert s.scalars(select(LoanState)).all() == []
        assert {i.location for i in s.scalars(select(Item).limit(100))} == {"van"}
    assert desk_page.banner_tone == Tone.OK
    assert desk_page.banner.text() == "Retour : Livre 0"
    assert desk_page.journal.count() >= 210


def test_blocks_override_renew_undo_counters_and_summary(  # type: ignore[no-untyped-def]
    qtbot, store: Store, world: World, desk_page: StopWorkspace
) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[3])
        assert patron is not None
        patron.card_expiry = dt.date.today() - dt.timedelta(days=3)
        uow.commit()
    field = desk_page.scan_field

    def shown(text: str) -> bool:
        return text in desk_page.banner.text()

    _scan(field, "c0003")  # scanners may send lower case
    qtbot.waitUntil(lambda: shown("Prénom3 Nom3"))
    assert "Carte expirée" in desk_page.patron.blocks_label.text()
    assert desk_page.patron.override_button.isEnabled()
    _scan(field, World.barcode(40))
    qtbot.waitUntil(lambda: shown("Prêt refusé"))
    assert desk_page.banner_tone == Tone.ERROR
    assert _events(store) == []

    desk_page.override("carte renouvelée au passage")
    qtbot.waitUntil(lambda: shown("Prêté : Livre 40"))
    assert desk_page.patron.loans.count() == 1

    desk_page.patron.loans.item(0).setSelected(True)
    QTest.keyClick(field, Qt.Key.Key_F2)  # renew: due date already at the right visit
    qtbot.waitUntil(lambda: shown("rien à prolonger"))

    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown("Annulé : prêt de Livre 40"))
    assert desk_page.patron.loans.count() == 0

    _scan(field, "NOPE-42")
    qtbot.waitUntil(lambda: shown("ni un exemplaire ni une carte connus : NOPE-42"))

    for key in (Qt.Key.Key_F6, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8):
        QTest.keyClick(field, key)
    qtbot.waitUntil(lambda: desk_page.counter_labels["adults"].text() == "2")
    qtbot.waitUntil(lambda: desk_page.counter_labels["new_registrations"].text() == "1")
    assert desk_page.counter_labels["children"].text() == "1"

    desk_page.close_button.click()
    qtbot.waitUntil(desk_page.summary.isVisible)
    text = desk_page.summary.text()
    assert "Prêts : 0" in text and "Actions annulées : 1" in text
    assert "Visiteurs : 2 adultes, 1 enfants" in text
    with store.reader() as s:
        visit = s.get(StopVisit, world.visit_a_today)
        assert visit is not None and visit.status == "closed"
    [(kind, _, _), (undo, _, _)] = _events(store)
    assert (kind, undo) == ("checkout", "undo")


def test_the_desk_speaks_english_when_chosen(  # type: ignore[no-untyped-def]
    qtbot, qapp, store: Store, worker: DbWorker, settings
) -> None:
    from bibliomobile.ui.app import install_translations, remove_translations

    translators = install_translations(qapp, "en")
    try:
        window = MainWindow(store, worker, settings, "en")
        qtbot.addWidget(window)
        page = window.open_workspace("stop")
        assert isinstance(page, StopWorkspace)
        assert page.scan_field.placeholderText() == "Scan a patron card or a document"
        assert page.undo_button.text() == "Undo the last action (Ctrl+Z)"
        worker.wait_idle()
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "fr")


def _answer_next_question(qtbot, button: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    """Click ``button`` in the next question box the desk asks; returns its text."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        clicked = box.button(button)
        assert clicked is not None
        clicked.click()

    QTimer.singleShot(0, answer)
    return asked


def test_a_double_read_keeps_the_loan_and_returns_need_the_return_mode(  # type: ignore[no-untyped-def]
    qtbot, store: Store, world: World, desk_page: StopWorkspace
) -> None:
    field = desk_page.scan_field

    def shown(text: str) -> bool:
        return text in desk_page.banner.text()

    _scan(field, World.card(1))
    qtbot.waitUntil(lambda: shown("Prénom1 Nom1"))
    _scan(field, World.barcode(7))
    _scan(field, World.barcode(7))  # the scanner reads the barcode twice
    qtbot.waitUntil(lambda: shown("Double lecture ignorée"))
    assert desk_page.banner_tone == Tone.WARNING
    assert desk_page.patron.loans.count() == 1
    assert _events(store) == [("checkout", World.barcode(7), World.card(1))]
    assert list(desk_page.sounds.played)[-2:] == [Tone.OK, Tone.WARNING]
    # A deliberate return with the patron still at the desk: the "Retour" mode (F5).
    QTest.keyClick(field, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: shown("Mode Retour"))
    assert desk_page.return_button.isChecked()
    QTest.qWait(50)
    desk_page.queue.push(
        "later",
        lambda uow, state: desk_page.desk.scan(
            uow, state, World.barcode(7), now=dt.datetime.now() + dt.timedelta(seconds=10)
        ),
    )
    qtbot.waitUntil(lambda: shown("Retour : Livre 7"))
    assert [kind for kind, _, _ in _events(store)] == ["checkout", "checkin"]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_a_closed_visit_refuses_loans_and_reopening_asks(  # type: ignore[no-untyped-def]
    qtbot, store: Store, world: World, desk_page: StopWorkspace
) -> None:
    field = desk_page.scan_field

    def shown(text: str) -> bool:
        return text in desk_page.banner.text()

    desk_page.close_button.click()
    qtbot.waitUntil(desk_page.summary.isVisible)
    qtbot.waitUntil(lambda: desk_page.open_button.text() == "Rouvrir le passage")
    _scan(field, World.card(2))
    qtbot.waitUntil(lambda: shown("Prénom2 Nom2"))
    _scan(field, World.barcode(9))
    qtbot.waitUntil(lambda: shown("Passage clôturé : prêt refusé"))
    assert desk_page.banner_tone == Tone.ERROR
    assert desk_page.sounds.played[-1] == Tone.ERROR
    assert _events(store) == []
    # "Rouvrir" asks first: No leaves the visit closed.
    asked = _answer_next_question(qtbot, QMessageBox.StandardButton.No)
    desk_page.open_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert "clôturé" in asked[0]
    QTest.qWait(200)
    with store.reader() as s:
        visit = s.get(StopVisit, world.visit_a_today)
        assert visit is not None and visit.status == "closed"
    asked = _answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    desk_page.open_button.click()
    qtbot.waitUntil(lambda: desk_page.visit_label.text() == "Passage ouvert")
    _scan(field, World.barcode(9))
    qtbot.waitUntil(lambda: shown("Prêté : Livre 9"))


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_registration_and_renewal_at_the_desk(  # type: ignore[no-untyped-def]
    qtbot, store: Store, world: World, desk_page: StopWorkspace
) -> None:
    field = desk_page.scan_field

    def shown(text: str) -> bool:
        return text in desk_page.banner.text()

    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[4])
        assert patron is not None
        patron.card_expiry = dt.date.today() - dt.timedelta(days=10)
        patron.birth_year = 1950
        uow.commit()
    _scan(field, World.card(4))
    qtbot.waitUntil(lambda: shown("Carte expirée"))
    assert desk_page.patron.renew_card_button.isEnabled()
    desk_page.patron.renew_card_button.click()
    qtbot.waitUntil(lambda: shown("Carte de Prénom4 Nom4 renouvelée jusqu'au"))
    assert not desk_page.patron.renew_card_button.isEnabled()
    _scan(field, World.barcode(20))
    qtbot.waitUntil(lambda: shown("Prêté : Livre 20"))

    # The same person again as a new patron: the desk says who is already registered.
    dialog = desk_page.register_patron()
    dialog.first_name.setText("Prénom4")
    dialog.last_name.setText("Nom4")
    dialog.birth_year.setValue(1950)
    dialog.register_button.click()
    qtbot.waitUntil(lambda: "peut-être déjà inscrit" in dialog.message.text())
    assert "Prénom4 Nom4 (carte C0004, né(e) en 1950" in dialog.message.text()
    assert dialog.anyway_button.isVisibleTo(dialog)
    dialog.first_name.setText("Lucie")
    dialog.last_name.setText("Vernet")
    dialog.register_button.click()
    qtbot.waitUntil(lambda: shown("Lucie Vernet"))  # the new patron is at the desk
    assert dialog.card is not None and dialog.card.card_barcode.startswith("L")
    qtbot.waitUntil(lambda: desk_page.counter_labels["new_registrations"].text() == "1")
