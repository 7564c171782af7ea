"""Tournées: tours, their stops and schedule rules, the calendar of visits and its exceptions.

Left to right: the tours; the stops of the selected tour (edit form); the schedule rules
of the selected stop (edit form with French labels). Below: the calendar of the tour over
a period, generated from the rules, where a coordinator cancels (with a reason), moves or
adds a visit; after a cancellation the patrons to notify are listed. Buttons save the
public timetable PDF and the iCalendar file. All database work runs on the worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.bookmobile import ical, timetable_pdf, tours, visit_changes
from bibliomobile.services.bookmobile.tours import RuleRow, StopRow, TourRow, VisitRow
from bibliomobile.services.bookmobile.visit_changes import PatronToNotify, VisitChange
from bibliomobile.store.uow import UnitOfWork

from ..channels import channel_label
from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel, french_date
from ..workspaces import WorkspaceContext
from . import rule_text
from .dialogs import (
    BreakDialog,
    CancelVisitDialog,
    RuleDialog,
    StopDialog,
    TourDialog,
    VisitDateDialog,
)

T = TypeVar("T")

#: QSettings key of the library's contact line printed at the foot of timetables.
CONTACT_SETTING = "tours/contact"

STOP_COLUMNS: tuple[Column[StopRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), lambda s: s.commune, width=150),
    Column(QT_TRANSLATE_NOOP("Columns", "Lieu"), lambda s: s.place, width=170),
    Column(QT_TRANSLATE_NOOP("Columns", "Adresse"), lambda s: s.address or ""),
)

VISIT_COLUMNS: tuple[Column[VisitRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda v: f"{rule_text.weekday_name(v.date.weekday())} {french_date(v.date)}",
        width=150,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Horaires"),
        lambda v: f"{rule_text.time_text(v.start_time)}–{rule_text.time_text(v.end_time)}",
        width=110,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Arrêt"), lambda v: v.stop_label, width=230),
    Column(QT_TRANSLATE_NOOP("Columns", "État"), rule_text.visit_state, width=90),
    Column(QT_TRANSLATE_NOOP("Columns", "Remarque"), rule_text.visit_remark),
)

NOTIFY_COLUMNS: tuple[Column[PatronToNotify], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Lecteur"), lambda p: p.name, width=130),
    Column(QT_TRANSLATE_NOOP("Columns", "Ce qui change"), lambda p: p.what_changed, width=250),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Prévenir par"), lambda p: channel_label(p.channel), width=105
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda p: p.contact),
)


class _VisitModel(RowTableModel[VisitRow]):
    """Cancelled visits in red, exceptions in amber: visible at a glance."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            visit = self.row_at(index.row())
            if visit.cancelled:
                return QColor("#b00020")
            if visit.exception or visit.moved_from:
                return QColor("#8a5a00")
        return super().data(index, role)


def _table(model: RowTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    for column, spec in enumerate(model.columns):
        if spec.width:
            view.setColumnWidth(column, spec.width)
    return view


class ToursWorkspace(QWidget):
    """The coordinators' page for bookmobile tours and timetables."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toursWorkspace")
        self._context = context
        self._worker = context.worker
        self._tours: list[TourRow] = []
        self._rules: list[RuleRow] = []
        self.last_change: VisitChange | None = None
        self.last_saved: Path | None = None

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 16)
        page.setSpacing(10)
        heading = QLabel(self.tr("Tournées du bibliobus"))
        heading.setObjectName("pageTitle")
        page.addWidget(heading)
        sub = QLabel(self.tr("Arrêts, règles de passage, calendrier et horaires publics."))
        sub.setObjectName("pageSubtitle")
        page.addWidget(sub)

        # -- top: tours | stops | rules
        self.tour_list = QListWidget()
        self.tour_list.setObjectName("tourList")
        self.tour_list.currentRowChanged.connect(self._on_tour_selected)
        self.new_tour_button = QPushButton(self.tr("Nouvelle tournée…"))
        self.new_tour_button.clicked.connect(self.new_tour)
        self.edit_tour_button = QPushButton(self.tr("Modifier…"))
        self.edit_tour_button.clicked.connect(self.edit_tour)
        self.break_button = QPushButton(self.tr("Pause…"))
        self.break_button.setToolTip(
            self.tr("Une pause (été, vacances scolaires) pour tous les arrêts de la tournée")
        )
        self.break_button.clicked.connect(self.add_tour_break)
        tours_box = self._box(
            self.tr("Tournées"),
            self.tour_list,
            [self.new_tour_button, self.edit_tour_button, self.break_button],
        )

        self.stops = RowTableModel(STOP_COLUMNS, self)
        self.stop_table = _table(self.stops, "stopTable")
        self.stop_table.selectionModel().currentRowChanged.connect(self._on_stop_selected)
        self.stop_table.doubleClicked.connect(lambda _index: self.edit_stop())
        self.new_stop_button = QPushButton(self.tr("Ajouter un arrêt…"))
        self.new_stop_button.clicked.connect(self.new_stop)
        self.edit_stop_button = QPushButton(self.tr("Modifier l'arrêt…"))
        self.edit_stop_button.clicked.connect(self.edit_stop)
        stops_box = self._box(
            self.tr("Arrêts"), self.stop_table, [self.new_stop_button, self.edit_stop_button]
        )

        self.rule_list = QListWidget()
        self.rule_list.setObjectName("ruleList")
        self.rule_list.setWordWrap(True)
        self.rule_list.itemDoubleClicked.connect(lambda _item: self.edit_rule())
        self.new_rule_button = QPushButton(self.tr("Ajouter une règle…"))
        self.new_rule_button.clicked.connect(self.new_rule)
        self.edit_rule_button = QPushButton(self.tr("Modifier…"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.delete_rule_button = QPushButton(self.tr("Supprimer"))
        self.delete_rule_button.clicked.connect(self.delete_rule)
        rules_box = self._box(
            self.tr("Règles de passage de l'arrêt"),
            self.rule_list,
            [self.new_rule_button, self.edit_rule_button, self.delete_rule_button],
        )

        top = QSplitter(Qt.Orientation.Horizontal)
        for box in (tours_box, stops_box, rules_box):
            top.addWidget(box)
        top.setSizes([220, 520, 420])
        top.setChildrenCollapsible(False)

        # -- bottom: calendar | to notify
        self.period_start = QDateEdit(QDate.currentDate())
        self.period_start.setCalendarPopup(True)
        self.period_start.setDisplayFormat("dd/MM/yyyy")
        self.period_months = QSpinBox()
        self.period_months.setRange(1, 24)
        self.period_months.setValue(3)
        self.period_months.setSuffix(self.tr(" mois"))
        self.period_start.dateChanged.connect(lambda _d: self.reload_calendar())
        self.period_months.valueChanged.connect(lambda _v: self.reload_calendar())
        self.generate_button = QPushButton(self.tr("Générer les passages"))
        self.generate_button.setToolTip(
            self.tr("Crée les passages que donnent les règles sur la période (sans doublon).")
        )
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Annuler le passage…"))
        self.cancel_button.clicked.connect(self.cancel_selected_visit)
        self.move_button = QPushButton(self.tr("Déplacer…"))
        self.move_button.clicked.connect(self.move_selected_visit)
        self.add_button = QPushButton(self.tr("Ajouter un passage…"))
        self.add_button.clicked.connect(self.add_visit)
        self.commune_choice = QComboBox()
        self.commune_choice.setObjectName("communeChoice")
        self.commune_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.commune_choice.setMinimumContentsLength(18)
        self.contact_field = QLineEdit(str(context.settings.value(CONTACT_SETTING, "") or ""))
        self.contact_field.setObjectName("contactField")
        self.contact_field.setPlaceholderText(
            self.tr("Contact en pied d'affiche (téléphone, courriel)")
        )
        self.contact_field.setMinimumWidth(220)
        self.contact_field.editingFinished.connect(
            lambda: context.settings.setValue(CONTACT_SETTING, self.contact_field.text().strip())
        )
        self.pdf_button = QPushButton(self.tr("Horaires PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ical_button = QPushButton(self.tr("iCalendar…"))
        self.ical_button.clicked.connect(self.save_ical)

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Du")))
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("sur")))
        period.addWidget(self.period_months)
        period.addWidget(self.generate_button)
        period.addStretch(1)
        outputs = QHBoxLayout()
        outputs.addWidget(QLabel(self.tr("Horaires publics :")))
        outputs.addWidget(self.commune_choice)
        outputs.addWidget(self.contact_field, 1)
        outputs.addWidget(self.pdf_button)
        outputs.addWidget(self.ical_button)

        self.visits = _VisitModel(VISIT_COLUMNS, self)
        self.visit_table = _table(self.visits, "visitTable")
        self.visit_table.selectionModel().currentRowChanged.connect(self._on_visit_selected)
        actions = QHBoxLayout()
        for button in (self.cancel_button, self.move_button, self.add_button):
            actions.addWidget(button)
        actions.addStretch(1)
        calendar_box = QGroupBox(self.tr("Calendrier des passages"))
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.addLayout(period)
        calendar_layout.addWidget(self.visit_table, 1)
        calendar_layout.addLayout(actions)
        calendar_layout.addLayout(outputs)

        self.notify = RowTableModel(NOTIFY_COLUMNS, self)
        self.notify_table = _table(self.notify, "notifyTable")
        self.notify_table.setWordWrap(True)  # "what changes" is the point: show it whole
        self.notify.modelReset.connect(self.notify_table.resizeRowsToContents)
        self.notify_title = QLabel(self.tr("Lecteurs à prévenir"))
        self.notify_title.setObjectName("detailSection")
        self.notify_summary = QLabel(
            self.tr("Choisissez un passage annulé ou déplacé pour voir qui prévenir.")
        )
        self.notify_summary.setObjectName("notifySummary")
        self.notify_summary.setWordWrap(True)
        notify_box = QGroupBox(self.tr("À prévenir"))
        notify_layout = QVBoxLayout(notify_box)
        notify_layout.addWidget(self.notify_summary)
        notify_layout.addWidget(self.notify_table, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(calendar_box)
        bottom.addWidget(notify_box)
        bottom.setSizes([820, 520])
        bottom.setChildrenCollapsible(False)

        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(top)
        whole.addWidget(bottom)
        whole.setSizes([260, 460])
        whole.setChildrenCollapsible(False)
        page.addWidget(whole, 1)

        self._update_buttons()
        self.reload_tours()

    # -- plumbing ----------------------------------------------------------------------

    def _box(self, title: str, body: QWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(body, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _run(
        self,
        task: Callable[[UnitOfWork], T],
        done: Callable[[T], None],
        *,
        label: str,
    ) -> None:
        self._worker.submit(task, on_done=done, on_error=self._show_error, owner=self, label=label)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, (tours.TimetableError, ValueError)):
            text = str(error)
        else:
            text = self.tr("L'opération a échoué : {error}").format(error=error)
        self._context.status.show_message(text)
        QMessageBox.warning(self, self.tr("Tournées"), text)

    def _period(self) -> tuple[dt.date, dt.date]:
        start = self.period_start.date().toPython()
        assert isinstance(start, dt.date)
        months = self.period_months.value()
        index = start.month - 1 + months
        year, month = start.year + index // 12, index % 12 + 1
        end = dt.date(year, month, 1) - dt.timedelta(days=1)
        return start, max(end, start)

    def current_tour(self) -> TourRow | None:
        row = self.tour_list.currentRow()
        return self._tours[row] if 0 <= row < len(self._tours) else None

    def current_stop(self) -> StopRow | None:
        index = self.stop_table.currentIndex()
        return self.stops.row_at(index.row()) if index.isValid() else None

    def current_rule(self) -> RuleRow | None:
        row = self.rule_list.currentRow()
        return self._rules[row] if 0 <= row < len(self._rules) else None

    def current_visit(self) -> VisitRow | None:
        index = self.visit_table.currentIndex()
        return self.visits.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        tour, stop, visit = self.current_tour(), self.current_stop(), self.current_visit()
        self.edit_tour_button.setEnabled(tour is not None)
        self.break_button.setEnabled(tour is not None)
        for button in (
            self.new_stop_button,
            self.generate_button,
            self.pdf_button,
            self.ical_button,
        ):
            button.setEnabled(tour is not None)
        self.edit_stop_button.setEnabled(stop is not None)
        self.new_rule_button.setEnabled(stop is not None)
        self.add_button.setEnabled(stop is not None)
        has_rule = self.current_rule() is not None
        self.edit_rule_button.setEnabled(has_rule)
        self.delete_rule_button.setEnabled(has_rule)
        planned = visit is not None and visit.status == "planned"
        self.cancel_button.setEnabled(planned)
        self.move_button.setEnabled(planned)

    # -- tours -------------------------------------------------------------------------

    def reload_tours(self, select_id: str | None = None) -> None:
        current = self.current_tour()
        wanted = select_id or (current.tour_id if current else None)
        self._run(tours.list_tours, lambda rows: self._show_tours(rows, wanted), label="tours")

    def _show_tours(self, rows: list[TourRow], wanted: str | None) -> None:
        self._tours = rows
        self.tour_list.blockSignals(True)
        self.tour_list.clear()
        for tour in rows:
            text = (
                tour.name
                if tour.active
                else self.tr("{name} (hors service)").format(name=tour.name)
            )
            item = QListWidgetItem(text)
            item.setToolTip(
                self.tr("{vehicle} · {count} arrêt(s) · prêt {days} jours").format(
                    vehicle=tour.vehicle or self.tr("véhicule non précisé"),
                    count=tour.stop_count,
                    days=tour.loan_days,
                )
            )
            self.tour_list.addItem(item)
        self.tour_list.blockSignals(False)
        index = next((i for i, t in enumerate(rows) if t.tour_id == wanted), 0 if rows else -1)
        self.tour_list.setCurrentRow(index)
        if index == -1:
            self._on_tour_selected(-1)

    def _on_tour_selected(self, _row: int) -> None:
        self.reload_stops()
        self.reload_calendar()
        self._update_buttons()

    def new_tour(self) -> None:
        dialog = TourDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def task(uow: UnitOfWork) -> TourRow:
            row = tours.create_tour(uow, values.name, values.vehicle, values.loan_days)
            uow.commit()
            return row

        self._run(task, lambda row: self.reload_tours(row.tour_id), label="create tour")

    def edit_tour(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        dialog = TourDialog(tour, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def task(uow: UnitOfWork) -> TourRow:
            row = tours.update_tour(
                uow,
                tour.tour_id,
                name=values.name,
                vehicle=values.vehicle,
                loan_days=values.loan_days,
                active=values.active,
            )
            uow.commit()
            return row

        self._run(task, lambda row: self.reload_tours(row.tour_id), label="update tour")

    def add_tour_break(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        dialog = BreakDialog(tour.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        period = dialog.period()
        start, end = self._period()

        def task(uow: UnitOfWork) -> tours.GenerationReport:
            tours.add_break_to_tour(uow, tour.tour_id, period)
            report = tours.generate_visits(uow, tour_id=tour.tour_id, start=start, end=end)
            uow.commit()
            return report

        self._run(task, self._after_rule_change, label="tour break")

    # -- stops -------------------------------------------------------------------------

    def reload_stops(self, select_id: str | None = None) -> None:
        tour = self.current_tour()
        if tour is None:
            self.stops.set_rows([])
            self._show_rules([])
            self.commune_choice.clear()
            return
        current = self.current_stop()
        wanted = select_id or (current.stop_id if current else None)
        self._run(
            lambda uow: tours.list_stops(uow, tour.tour_id),
            lambda rows: self._show_stops(rows, wanted),
            label="stops",
        )

    def _show_stops(self, rows: list[StopRow], wanted: str | None) -> None:
        self.stops.set_rows(rows)
        self.commune_choice.clear()
        self.commune_choice.addItem(self.tr("Toute la tournée"), None)
        for commune in dict.fromkeys(s.commune for s in rows):
            self.commune_choice.addItem(commune, commune)
        index = next((i for i, s in enumerate(rows) if s.stop_id == wanted), 0 if rows else -1)
        if index >= 0:
            self.stop_table.selectRow(index)
        else:
            self._show_rules([])
        self._update_buttons()

    def _on_stop_selected(self, *_args: object) -> None:
        self.reload_rules()
        self._update_buttons()

    def new_stop(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        dialog = StopDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()

        def task(uow: UnitOfWork) -> StopRow:
            row = tours.create_stop(uow, tour.tour_id, data)
            uow.commit()
            return row

        self._run(task, lambda row: self.reload_stops(row.stop_id), label="create stop")

    def edit_stop(self) -> None:
        stop = self.current_stop()
        if stop is None:
            return
        dialog = StopDialog(stop, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()

        def task(uow: UnitOfWork) -> StopRow:
            row = tours.update_stop(uow, stop.stop_id, data)
            uow.commit()
            return row

        self._run(task, lambda row: self._after_stop_edit(row), label="update stop")

    def _after_stop_edit(self, row: StopRow) -> None:
        self.reload_stops(row.stop_id)
        self.reload_calendar()

    # -- rules -------------------------------------------------------------------------

    def reload_rules(self) -> None:
        stop = self.current_stop()
        if stop is None:
            self._show_rules([])
            return
        self._run(lambda uow: tours.list_rules(uow, stop.stop_id), self._show_rules, label="rules")

    def _show_rules(self, rows: list[RuleRow]) -> None:
        self._rules = rows
        self.rule_list.clear()
        for rule in rows:
            self.rule_list.addItem(rule_text.rule_text(rule.rule))
        if rows:
            self.rule_list.setCurrentRow(0)
        self._update_buttons()

    def new_rule(self) -> None:
        stop = self.current_stop()
        if stop is None:
            return
        dialog = RuleDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule = dialog.rule()
        start, end = self._period()

        def task(uow: UnitOfWork) -> tours.GenerationReport:
            tours.add_rule(uow, stop.stop_id, rule)
            report = tours.generate_visits(uow, stop_id=stop.stop_id, start=start, end=end)
            uow.commit()
            return report

        self._run(task, self._after_rule_change, label="add rule")

    def edit_rule(self) -> None:
        current = self.current_rule()
        stop = self.current_stop()
        if current is None or stop is None:
            return
        dialog = RuleDialog(current.rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule = dialog.rule()
        start, end = self._period()

        def task(uow: UnitOfWork) -> tours.GenerationReport:
            tours.update_rule(uow, current.rule_id, rule)
            report = tours.generate_visits(uow, stop_id=stop.stop_id, start=start, end=end)
            uow.commit()
            return report

        self._run(task, self._after_rule_change, label="update rule")

    def delete_rule(self) -> None:
        current = self.current_rule()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer la règle"),
            self.tr(
                "Supprimer « {rule} » ? Les passages à venir sans prêt ni demande seront retirés."
            ).format(rule=rule_text.rule_text(current.rule)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def task(uow: UnitOfWork) -> int:
            removed = tours.delete_rule(uow, current.rule_id)
            uow.commit()
            return removed

        self._run(task, lambda _n: self._after_rule_change(None), label="delete rule")

    def _after_rule_change(self, report: tours.GenerationReport | None) -> None:
        self.reload_rules()
        self.reload_stops()
        self.reload_calendar()
        if report is not None:
            self._report_generation(report)

    # -- calendar ----------------------------------------------------------------------

    def reload_calendar(self) -> None:
        tour = self.current_tour()
        if tour is None:
            self.visits.set_rows([])
            self._update_buttons()
            return
        start, end = self._period()
        current = self.current_visit()
        wanted = current.visit_id if current else None
        self._run(
            lambda uow: tours.calendar(uow, tour_id=tour.tour_id, start=start, end=end),
            lambda rows: self._show_visits(rows, wanted),
            label="calendar",
        )

    def _show_visits(self, rows: list[VisitRow], wanted: str | None) -> None:
        self.visits.set_rows(rows)
        index = next((i for i, v in enumerate(rows) if v.visit_id == wanted), -1)
        if index >= 0:
            self.visit_table.selectRow(index)
        self._update_buttons()

    def _on_visit_selected(self, *_args: object) -> None:
        self._update_buttons()
        visit = self.current_visit()
        if visit is None or not (visit.cancelled or visit.exception == "moved"):
            return
        self._run(
            lambda uow: visit_changes.patrons_to_notify(uow, visit.visit_id),
            lambda rows: self._show_notify(visit, rows, self._change_of(visit)),
            label="to notify",
        )

    def _change_of(self, visit: VisitRow) -> VisitChange | None:
        """The change just made to this visit in this session, for its summary line."""
        change = self.last_change
        return change if change is not None and change.visit.visit_id == visit.visit_id else None

    def generate(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        start, end = self._period()

        def task(uow: UnitOfWork) -> tours.GenerationReport:
            report = tours.generate_visits(uow, tour_id=tour.tour_id, start=start, end=end)
            uow.commit()
            return report

        self._run(task, self._after_generation, label="generate visits")

    def _after_generation(self, report: tours.GenerationReport) -> None:
        self.reload_calendar()
        self._report_generation(report)

    def _report_generation(self, report: tours.GenerationReport) -> None:
        text = self.tr(
            "{created} passage(s) créé(s), {removed} retiré(s), {updated} mis à jour."
        ).format(created=report.created, removed=report.removed, updated=report.updated)
        self._context.status.show_message(text)
        if report.stale:
            dates = ", ".join(f"{french_date(v.date)} ({v.commune})" for v in report.stale)
            QMessageBox.information(
                self,
                self.tr("Passages à annuler"),
                self.tr(
                    "Ces passages ne suivent plus les règles mais ont des prêts ou des demandes : "
                    "annulez-les pour reporter prêts et demandes : {dates}"
                ).format(dates=dates),
            )

    def cancel_selected_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        dialog = CancelVisitDialog(self._visit_label(visit), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason.text()

        def task(uow: UnitOfWork) -> VisitChange:
            change = visit_changes.cancel_visit(uow, visit.visit_id, reason)
            uow.commit()
            return change

        self._run(task, self._after_change, label="cancel visit")

    def move_selected_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        dialog = VisitDateDialog(
            self.tr("Déplacer le passage"), visit.date, visit.start_time, visit.end_time, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, start, end = dialog.values()

        def task(uow: UnitOfWork) -> VisitChange:
            change = visit_changes.move_visit(uow, visit.visit_id, day, start, end)
            uow.commit()
            return change

        self._run(task, self._after_change, label="move visit")

    def add_visit(self) -> None:
        stop = self.current_stop()
        if stop is None:
            return
        dialog = VisitDateDialog(
            self.tr("Passage supplémentaire à {stop}").format(stop=stop.label),
            dt.date.today(),
            dt.time(10, 0),
            dt.time(11, 30),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, start, end = dialog.values()

        def task(uow: UnitOfWork) -> VisitRow:
            row = visit_changes.add_visit(uow, stop.stop_id, day, start, end)
            uow.commit()
            return row

        self._run(task, lambda row: self._after_add(row), label="add visit")

    def _after_add(self, row: VisitRow) -> None:
        self._context.status.show_message(
            self.tr("Passage ajouté le {date}.").format(date=french_date(row.date))
        )
        self.reload_calendar()

    def _after_change(self, change: VisitChange) -> None:
        self.last_change = change
        self._show_notify(change.visit, list(change.to_notify), change)
        self.reload_calendar()

    def _visit_label(self, visit: VisitRow) -> str:
        return self.tr("{stop}, {day} {date} {start}–{end}").format(
            stop=visit.stop_label,
            day=rule_text.weekday_name(visit.date.weekday()),
            date=french_date(visit.date),
            start=rule_text.time_text(visit.start_time),
            end=rule_text.time_text(visit.end_time),
        )

    def _show_notify(
        self, visit: VisitRow, rows: list[PatronToNotify], change: VisitChange | None = None
    ) -> None:
        self.notify.set_rows(rows)
        lines = [self._visit_label(visit)]
        if change is not None:
            if change.next_visit is not None:
                lines.append(
                    self.tr("Prochain passage : {date}.").format(
                        date=french_date(change.next_visit.date)
                    )
                )
            else:
                lines.append(self.tr("Aucun prochain passage prévu à cet arrêt."))
            lines.append(
                self.tr(
                    "{loans} prêt(s) reporté(s), {moved} demande(s) drive reportée(s), "
                    "{flagged} à replanifier."
                ).format(
                    loans=change.loans_rescheduled,
                    moved=change.requests_moved,
                    flagged=change.requests_flagged,
                )
            )
        lines.append(
            self.tr("{count} lecteur(s) à prévenir.").format(count=len(rows))
            if rows
            else self.tr("Personne à prévenir.")
        )
        self.notify_summary.setText("\n".join(lines))

    # -- outputs -----------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        folder = Path(str(self._context.settings.value("tours/output_folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / suggested), filter_)
        if not chosen:
            return None
        path = Path(chosen)
        self._context.settings.setValue("tours/output_folder", str(path.parent))
        return path

    def save_pdf(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        commune = self.commune_choice.currentData()
        suggested = f"horaires-{(commune or tour.name)}.pdf".replace(" ", "-").lower()
        path = self._ask_path(self.tr("Horaires PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        start, end = self._period()
        contact = self.contact_field.text().strip() or None
        self._context.settings.setValue(CONTACT_SETTING, contact or "")

        def task(uow: UnitOfWork) -> Path:
            data = timetable_pdf.timetable_pdf(
                uow,
                timetable_pdf.TimetableRequest(
                    tour.tour_id, start, end, commune=commune, contact=contact
                ),
            )
            path.write_bytes(data)
            uow.commit()
            return path

        self._run(task, self._after_save, label="timetable pdf")

    def save_ical(self) -> None:
        tour = self.current_tour()
        if tour is None:
            return
        suggested = f"{tour.name}.ics".replace(" ", "-").lower()
        path = self._ask_path(self.tr("iCalendar"), suggested, self.tr("iCalendar (*.ics)"))
        if path is None:
            return
        start, end = self._period()

        def task(uow: UnitOfWork) -> Path:
            path.write_bytes(ical.tour_ical(uow, tour.tour_id, start, end))
            uow.commit()
            return path

        self._run(task, self._after_save, label="ical")

    def _after_save(self, path: Path) -> None:
        self.last_saved = path
        self._context.status.show_message(self.tr("Enregistré : {path}").format(path=path))
        self.reload_calendar()
