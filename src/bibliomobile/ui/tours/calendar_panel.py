"""The "Calendrier des passages" box: the visits of the current tour over the period.

A coordinator generates the visits the rules give, cancels one (with a reason), moves
one or adds one; each is one use case run with a commit. Below the calendar, the
public timetable files (:mod:`.timetable_outputs`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from bibliomobile.services.bookmobile import (
    visit_calendar,
    visit_changes,
    visit_generation,
    visit_notices,
)
from bibliomobile.services.bookmobile.tours import StopRow, TourRow
from bibliomobile.services.bookmobile.visit_calendar import EXCEPTION_MOVED, VisitRow
from bibliomobile.services.bookmobile.visit_changes import VisitChange
from bibliomobile.services.bookmobile.visit_generation import GenerationReport
from bibliomobile.store.uow import UnitOfWork

from ..tables import french_date
from ..workspaces import WorkspaceContext
from . import rule_text
from .common import PeriodChooser, RunTask
from .dialogs import CancelVisitDialog, VisitDateDialog
from .tables import VISIT_COLUMNS, VisitModel, table_view
from .timetable_outputs import TimetableOutputs


class CalendarPanel(QGroupBox):
    """The visits of the current tour, cancelled ones in red, changed ones in amber.

    Signals:
        generated(GenerationReport): the visits of the period were generated.
        patrons_to_notify(VisitRow, list[PatronToNotify], VisitChange | None): who to tell
            about a cancelled or moved visit (with the change, when it was just made).
    """

    generated = Signal(object)
    patrons_to_notify = Signal(object, object, object)

    def __init__(
        self,
        context: WorkspaceContext,
        run: RunTask,
        period: PeriodChooser,
        current_tour: Callable[[], TourRow | None],
        current_stop: Callable[[], StopRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Calendrier des passages"), parent)
        self._context = context
        self._run = run
        self._period = period
        self._current_tour = current_tour
        self._current_stop = current_stop
        self.last_change: VisitChange | None = None
        self.visits = VisitModel(VISIT_COLUMNS, self)
        self.visit_table = table_view(self.visits, "visitTable")
        self.visit_table.selectionModel().currentRowChanged.connect(self._on_visit_selected)
        self.outputs = TimetableOutputs(context, run, period, current_tour)
        self.outputs.saved.connect(lambda _path: self.reload())
        period.changed.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_row())
        layout.addWidget(self.visit_table, 1)
        layout.addLayout(self._actions_row())
        layout.addWidget(self.outputs)

    def _period_row(self) -> QHBoxLayout:
        self.generate_button = QPushButton(self.tr("Générer les passages"))
        self.generate_button.setToolTip(
            self.tr("Crée les passages que donnent les règles sur la période (sans doublon).")
        )
        self.generate_button.clicked.connect(self.generate)
        row = QHBoxLayout()
        row.addWidget(self._period)
        row.addWidget(self.generate_button)
        row.addStretch(1)
        return row

    def _actions_row(self) -> QHBoxLayout:
        self.cancel_button = QPushButton(self.tr("Annuler le passage…"))
        self.cancel_button.clicked.connect(self.cancel_selected_visit)
        self.move_button = QPushButton(self.tr("Déplacer…"))
        self.move_button.clicked.connect(self.move_selected_visit)
        self.add_button = QPushButton(self.tr("Ajouter un passage…"))
        self.add_button.clicked.connect(self.add_visit)
        row = QHBoxLayout()
        for button in (self.cancel_button, self.move_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def current_visit(self) -> VisitRow | None:
        index = self.visit_table.currentIndex()
        return self.visits.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        self.generate_button.setEnabled(self._current_tour() is not None)
        self.add_button.setEnabled(self._current_stop() is not None)
        visit = self.current_visit()
        planned = visit is not None and visit.status == "planned"
        self.cancel_button.setEnabled(planned)
        self.move_button.setEnabled(planned)
        self.outputs.update_buttons()

    def reload(self) -> None:
        """Read the visits of the current tour over the period, keeping the selected one."""
        tour = self._current_tour()
        if tour is None:
            self.visits.set_rows([])
            self.update_buttons()
            return
        start, end = self._period.period()
        current = self.current_visit()
        wanted = current.visit_id if current else None
        self._run(
            lambda uow: visit_calendar.calendar(uow, tour_id=tour.tour_id, start=start, end=end),
            lambda rows: self._show_visits(rows, wanted),
            label="calendar",
        )

    def _show_visits(self, rows: list[VisitRow], wanted: str | None) -> None:
        self.visits.set_rows(rows)
        index = next((i for i, v in enumerate(rows) if v.visit_id == wanted), -1)
        if index >= 0:
            self.visit_table.selectRow(index)
        self.update_buttons()

    def _on_visit_selected(self, *_args: object) -> None:
        self.update_buttons()
        visit = self.current_visit()
        if visit is None or not (visit.cancelled or visit.exception == EXCEPTION_MOVED):
            return
        self._run(
            lambda uow: visit_notices.patrons_to_notify(uow, visit.visit_id),
            lambda rows: self.patrons_to_notify.emit(visit, rows, self._change_of(visit)),
            label="to notify",
        )

    def _change_of(self, visit: VisitRow) -> VisitChange | None:
        """The change just made to this visit in this session, for its summary line."""
        change = self.last_change
        return change if change is not None and change.visit.visit_id == visit.visit_id else None

    def generate(self) -> None:
        tour = self._current_tour()
        if tour is None:
            return
        start, end = self._period.period()

        def task(uow: UnitOfWork) -> GenerationReport:
            return visit_generation.generate_visits(uow, tour_id=tour.tour_id, start=start, end=end)

        self._run(task, self._after_generation, label="generate visits", commit=True)

    def _after_generation(self, report: GenerationReport) -> None:
        self.reload()
        self.generated.emit(report)

    def cancel_selected_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        dialog = CancelVisitDialog(rule_text.visit_label(visit), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason.text()

        def task(uow: UnitOfWork) -> VisitChange:
            return visit_changes.cancel_visit(uow, visit.visit_id, reason)

        self._run(task, self._after_change, label="cancel visit", commit=True)

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
            return visit_changes.move_visit(uow, visit.visit_id, day, start, end)

        self._run(task, self._after_change, label="move visit", commit=True)

    def add_visit(self) -> None:
        stop = self._current_stop()
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
            return visit_changes.add_visit(uow, stop.stop_id, day, start, end)

        self._run(task, self._after_add, label="add visit", commit=True)

    def _after_add(self, row: VisitRow) -> None:
        self._context.status.show_message(
            self.tr("Passage ajouté le {date}.").format(date=french_date(row.date))
        )
        self.reload()

    def _after_change(self, change: VisitChange) -> None:
        self.last_change = change
        self.patrons_to_notify.emit(change.visit, list(change.to_notify), change)
        self.reload()
