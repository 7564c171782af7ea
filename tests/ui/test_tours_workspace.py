"""The Tournées workspace: a coordinator cancels a visit and sees whom to notify."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox
from sqlalchemy import select

from bibliomobile.domain.enums import ScheduleKind
from bibliomobile.services.bookmobile import rule_changes, tours, visit_generation
from bibliomobile.services.bookmobile.tours import StopRow
from bibliomobile.services.circulation.open_loans import open_loans
from bibliomobile.store.models import StopVisit
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.preferences import Preferences
from bibliomobile.ui.status import StatusBar
from bibliomobile.ui.tours.dialogs import CancelVisitDialog, StopDialog, VisitDateDialog
from bibliomobile.ui.tours.rule_dialog import BreakDialog, RuleDialog
from bibliomobile.ui.tours.workspace import ToursWorkspace
from bibliomobile.ui.worker import DbWorker
from bibliomobile.ui.workspaces import WorkspaceContext
from builders.timetable import D, fortnightly, make_desk, make_village


@pytest.fixture
def page(qtbot, store: Store, worker: DbWorker, settings: QSettings) -> ToursWorkspace:  # type: ignore[no-untyped-def]
    status = StatusBar(store.device_id, store.path)
    qtbot.addWidget(status)
    context = WorkspaceContext(store, worker, status, Preferences(settings), "fr")
    workspace = ToursWorkspace(context)
    qtbot.addWidget(workspace)
    worker.wait_idle()
    return workspace


def show_period(page: ToursWorkspace, worker: DbWorker, start: dt.date, months: int) -> None:
    page.period.months.setValue(months)
    page.period.start.setDate(QDate(start.year, start.month, start.day))
    worker.wait_idle()


def select_visit(page: ToursWorkspace, day: dt.date, commune: str) -> None:
    for row, visit in enumerate(page.calendar_panel.visits.rows()):
        if visit.date == day and visit.commune == commune:
            page.calendar_panel.visit_table.selectRow(row)
            return
    raise AssertionError(f"no visit on {day} at {commune}")


def table_texts(page: ToursWorkspace, row: int) -> list[str]:
    model = page.calendar_panel.visits
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_cancelling_a_visit_from_the_calendar_lists_the_patrons_to_notify(
    qtbot,
    store: Store,
    worker: DbWorker,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    desk = make_desk(store)
    page = ToursWorkspace(
        WorkspaceContext(
            store, worker, StatusBar(store.device_id, store.path), Preferences(settings), "fr"
        )
    )
    qtbot.addWidget(page)
    worker.wait_idle()
    assert page.tour_panel.tour_list.currentItem().text() == "Tournée du Val"
    assert [s.label for s in page.stop_panel.stops.rows()] == [
        "Saint-Amant, place de l'Église",
        "Étables, salle des fêtes",
    ]
    assert (
        page.rule_panel.rule_list.item(0)
        .text()
        .startswith("toutes les 2 semaines, le mardi, 10h00–11h30")
    )
    show_period(page, worker, D(2026, 3, 1), 2)
    select_visit(page, D(2026, 3, 31), "Saint-Amant")
    assert page.calendar_panel.cancel_button.isEnabled()

    # An empty reason is refused by the form; nothing is cancelled.
    def refuse_then_fill(dialog: CancelVisitDialog) -> int:
        dialog.buttons.accepted.emit()
        assert dialog.error.isVisibleTo(dialog) and "raison" in dialog.error.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason.setText("Panne du véhicule")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(CancelVisitDialog, "exec", refuse_then_fill)
    page.calendar_panel.cancel_button.click()
    worker.wait_idle()

    rows = {r.date: r for r in page.calendar_panel.visits.rows() if r.commune == "Saint-Amant"}
    assert rows[D(2026, 3, 31)].cancelled
    row = page.calendar_panel.visits.rows().index(rows[D(2026, 3, 31)])
    assert table_texts(page, row)[3:] == ["Annulé", "Panne du véhicule"]
    names = [
        page.notify_panel.notify.index(r, 0).data()
        for r in range(page.notify_panel.notify.rowCount())
    ]
    assert names == ["Paul Durand", "Jeanne Martin"]
    assert page.notify_panel.notify.index(1, 1).data() == "2 documents à rendre le 14/04/2026"
    assert page.notify_panel.notify.index(1, 2).data() == "SMS"
    assert page.notify_panel.notify.index(1, 3).data() == "06 11 22 33 44"
    summary = page.notify_panel.notify_summary.text()
    assert "Prochain passage : 14/04/2026" in summary and "3 prêt(s) reporté(s)" in summary
    assert "2 lecteurs à prévenir" in summary
    # The desk sees the new due date, and the cancelled visit can no longer be cancelled.
    with store.unit_of_work() as uow:
        assert {loan.due_date for loan in open_loans(uow, desk.patrons[0])} == {D(2026, 4, 14)}
    assert not page.calendar_panel.cancel_button.isEnabled()

    # Re-selecting the cancelled visit later shows the same list, read from the data.
    page.notify_panel.notify.set_rows([])
    select_visit(page, D(2026, 4, 14), "Saint-Amant")
    select_visit(page, D(2026, 3, 31), "Saint-Amant")
    worker.wait_idle()
    assert page.notify_panel.notify.rowCount() == 2


def test_a_rule_entered_in_the_form_fills_the_calendar(
    page: ToursWorkspace, worker: DbWorker, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tour and a stop through the services, as another coordinator would have made them.
    with store.unit_of_work() as uow:
        tour = tours.create_tour(uow, "Tournée des Combrailles")
        tours.create_stop(uow, tour.tour_id, tours.StopData("Pionsat", "place du marché"))
        uow.commit()
    page.reload_tours()
    worker.wait_idle()
    show_period(page, worker, D(2026, 9, 1), 4)
    assert isinstance(page.stop_panel.current(), StopRow)

    seen: dict[str, str] = {}

    def fill(dialog: RuleDialog) -> int:
        dialog.kind.setCurrentIndex(2)  # nth weekday of the month
        dialog.weekday.setCurrentIndex(1)
        dialog.nth.setCurrentIndex(1)  # 2e
        dialog.valid_from.setDate(QDate(2026, 9, 1))
        dialog.open_ended.setChecked(True)
        dialog.add_break(None)
        seen["preview"] = dialog.preview.text()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(RuleDialog, "exec", fill)
    page.rule_panel.new_rule_button.click()
    worker.wait_idle()
    assert seen["preview"].startswith("le 2e mardi du mois, 10h00–11h30 ; à partir du 01/09/2026")
    assert "pause estivale du 14/07/" in seen["preview"]
    assert page.rule_panel.rule_list.count() == 1
    assert page.rule_panel.rule_list.item(0).text().startswith("le 2e mardi du mois")
    assert [v.date for v in page.calendar_panel.visits.rows()] == [
        D(2026, 9, 8),
        D(2026, 10, 13),
        D(2026, 11, 10),
        D(2026, 12, 8),
    ]
    with store.reader() as s:
        assert len(s.scalars(select(StopVisit)).all()) == 4
    assert ScheduleKind.NTH_WEEKDAY.value == "nth_weekday"


def test_timetable_pdf_and_ical_are_saved_from_the_workspace(
    qtbot,
    store: Store,
    worker: DbWorker,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    make_desk(store)
    page = ToursWorkspace(
        WorkspaceContext(
            store, worker, StatusBar(store.device_id, store.path), Preferences(settings), "fr"
        )
    )
    qtbot.addWidget(page)
    worker.wait_idle()
    show_period(page, worker, D(2026, 3, 1), 3)
    page.calendar_panel.outputs.commune_choice.setCurrentIndex(
        page.calendar_panel.outputs.commune_choice.findText("Étables")
    )
    target = {"path": tmp_path / "etables.pdf"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target["path"]), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: pytest.fail("error shown"))
    page.calendar_panel.outputs.contact_field.setText("Médiathèque de Vic – 04 73 69 00 00")
    page.calendar_panel.outputs.pdf_button.click()
    worker.wait_idle()
    assert page.calendar_panel.outputs.last_saved == tmp_path / "etables.pdf"
    pdf = pdfium.PdfDocument(target["path"].read_bytes())
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    assert "Le bibliobus à Étables" in text and "Saint-Amant" not in text
    assert "Médiathèque de Vic – 04 73 69 00 00" in text
    assert settings.value("tours/contact") == "Médiathèque de Vic – 04 73 69 00 00"
    target["path"] = tmp_path / "val.ics"
    page.calendar_panel.outputs.ical_button.click()
    worker.wait_idle()
    data = (tmp_path / "val.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    # 7 Tuesdays at Saint-Amant, 6 Thursdays at Étables (none on Ascension, 14 May).
    assert data.count(b"BEGIN:VEVENT") == len(page.calendar_panel.visits.rows()) == 13


def test_stop_form_and_visit_move_and_add_from_the_workspace(
    page: ToursWorkspace, worker: DbWorker, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.unit_of_work() as uow:
        tour = tours.create_tour(uow, "Tournée des Combrailles")
        stop = tours.create_stop(uow, tour.tour_id, tours.StopData("Pionsat", "place du marché"))
        rule = fortnightly(D(2026, 9, 1))
        rule_changes.add_rule(uow, stop.stop_id, rule)
        visit_generation.generate_visits(
            uow, tour_id=tour.tour_id, start=D(2026, 9, 1), end=D(2026, 9, 30)
        )
        uow.commit()
    page.reload_tours()
    worker.wait_idle()
    show_period(page, worker, D(2026, 9, 1), 1)

    def edit(dialog: StopDialog) -> int:
        assert dialog.commune.text() == "Pionsat"
        dialog.address.setText("Place du Marché, 63330 Pionsat")
        dialog.latitude.setValue(46.11)
        dialog.buttons.accepted.emit()  # longitude missing: refused
        assert "latitude et la longitude" in dialog.error.text()
        dialog.longitude.setValue(2.69)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(StopDialog, "exec", edit)
    page.stop_panel.edit_stop_button.click()
    worker.wait_idle()
    [row] = page.stop_panel.stops.rows()
    assert (row.address, row.latitude, row.longitude) == (
        "Place du Marché, 63330 Pionsat",
        46.11,
        2.69,
    )

    moves = iter([(D(2026, 9, 16), "14:00", "15:30"), (D(2026, 9, 26), "10:00", "12:00")])

    def set_date(dialog: VisitDateDialog) -> int:
        day, start, end = next(moves)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        dialog.start.setTime(QTime.fromString(start, "HH:mm"))
        dialog.end.setTime(QTime.fromString(end, "HH:mm"))
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(VisitDateDialog, "exec", set_date)
    select_visit(page, D(2026, 9, 15), "Pionsat")
    page.calendar_panel.move_button.click()
    worker.wait_idle()
    page.calendar_panel.add_button.click()
    worker.wait_idle()
    shown = [
        (table_texts(page, r)[0], table_texts(page, r)[1], table_texts(page, r)[4])
        for r in range(page.calendar_panel.visits.rowCount())
    ]
    assert shown == [
        ("mardi 01/09/2026", "10h00–11h30", ""),
        ("mercredi 16/09/2026", "14h00–15h30", "déplacé (au lieu du 15/09/2026)"),
        ("samedi 26/09/2026", "10h00–12h00", "passage supplémentaire"),
        ("mardi 29/09/2026", "10h00–11h30", ""),
    ]


def test_a_break_for_the_whole_tour_from_the_workspace(
    qtbot,
    store: Store,
    worker: DbWorker,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    # Future visits only: past ones are history and stay.
    today = dt.date.today()
    anchor = today + dt.timedelta(days=(1 - today.weekday()) % 7 + 7)  # a Tuesday
    make_village(store, fortnightly(anchor))
    page = ToursWorkspace(
        WorkspaceContext(
            store, worker, StatusBar(store.device_id, store.path), Preferences(settings), "fr"
        )
    )
    qtbot.addWidget(page)
    worker.wait_idle()
    show_period(page, worker, anchor, 2)
    page.calendar_panel.generate_button.click()
    worker.wait_idle()
    before = [(v.date, v.commune) for v in page.calendar_panel.visits.rows()]
    first, last = anchor + dt.timedelta(days=10), anchor + dt.timedelta(days=24)
    assert any(first <= day <= last for day, _ in before)

    def fill(dialog: BreakDialog) -> int:
        dialog.label.setCurrentText("vacances de printemps")
        dialog.start.setDate(QDate(last.year, last.month, last.day))
        dialog.end.setDate(QDate(first.year, first.month, first.day))
        dialog.buttons.accepted.emit()
        assert "finit" in dialog.error.text()  # ends before it starts: refused
        dialog.start.setDate(QDate(first.year, first.month, first.day))
        dialog.end.setDate(QDate(last.year, last.month, last.day))
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(BreakDialog, "exec", fill)
    page.tour_panel.break_button.click()
    worker.wait_idle()
    after = [(v.date, v.commune) for v in page.calendar_panel.visits.rows()]
    assert after == [(day, c) for day, c in before if not first <= day <= last]
    assert (
        page.rule_panel.rule_list.item(0)
        .text()
        .endswith(f"vacances de printemps du {first:%d/%m/%Y} au {last:%d/%m/%Y}")
    )


def test_the_workspace_speaks_english_when_chosen(  # type: ignore[no-untyped-def]
    qtbot, qapp, store: Store, worker: DbWorker, settings: QSettings
) -> None:
    make_desk(store)
    translators = install_translations(qapp, "en")
    assert translators, "bibliomobile_en.qm did not load"
    try:
        page = ToursWorkspace(
            WorkspaceContext(
                store, worker, StatusBar(store.device_id, store.path), Preferences(settings), "en"
            )
        )
        qtbot.addWidget(page)
        worker.wait_idle()
        show_period(page, worker, D(2026, 3, 1), 1)
        assert page.findChild(QLabel, "pageTitle").text() == "Bookmobile tours"
        assert page.calendar_panel.cancel_button.text() == "Cancel the visit…"
        assert page.rule_panel.rule_list.item(0).text() == (
            "every 2 weeks, on Tuesday, 10h00–11h30 ; from 03/03/2026 ; no visit on public holidays"
        )
        assert table_texts(page, 0)[0] == "Tuesday 03/03/2026"
        assert table_texts(page, 0)[3] == "Planned"
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "fr")
