"""The "Tournées" box: the list of tours, a new or edited tour, a break for a whole tour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QListWidget, QListWidgetItem, QPushButton, QWidget

from bibliomobile.services.bookmobile import rule_changes, tours
from bibliomobile.services.bookmobile.tours import TourRow
from bibliomobile.services.bookmobile.visit_generation import GenerationReport
from bibliomobile.store.uow import UnitOfWork

from .common import PeriodChooser, RunTask, lay_out_box
from .dialogs import TourDialog
from .rule_dialog import BreakDialog


class TourPanel(QGroupBox):
    """The tours of the library; the selected one is the workspace's current tour.

    Signals:
        selected(): another tour is current (or none).
        rules_changed(GenerationReport): a break was added to every rule of the tour and
            the visits generated again.
    """

    selected = Signal()
    rules_changed = Signal(object)

    def __init__(self, run: RunTask, period: PeriodChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tournées"), parent)
        self._run = run
        self._period = period
        self._tours: list[TourRow] = []
        self.tour_list = QListWidget()
        self.tour_list.setObjectName("tourList")
        self.tour_list.currentRowChanged.connect(lambda _row: self.selected.emit())
        self.new_tour_button = QPushButton(self.tr("Nouvelle tournée…"))
        self.new_tour_button.clicked.connect(self.new_tour)
        self.edit_tour_button = QPushButton(self.tr("Modifier…"))
        self.edit_tour_button.clicked.connect(self.edit_tour)
        self.break_button = QPushButton(self.tr("Pause…"))
        self.break_button.setToolTip(
            self.tr("Une pause (été, vacances scolaires) pour tous les arrêts de la tournée")
        )
        self.break_button.clicked.connect(self.add_tour_break)
        lay_out_box(
            self,
            self.tour_list,
            [self.new_tour_button, self.edit_tour_button, self.break_button],
        )

    def current(self) -> TourRow | None:
        row = self.tour_list.currentRow()
        return self._tours[row] if 0 <= row < len(self._tours) else None

    def update_buttons(self) -> None:
        tour = self.current()
        self.edit_tour_button.setEnabled(tour is not None)
        self.break_button.setEnabled(tour is not None)

    def reload(self, select_id: str | None = None) -> None:
        """Read the tours again and select ``select_id`` (else the current one, else the first)."""
        current = self.current()
        wanted = select_id or (current.tour_id if current else None)
        self._run(tours.list_tours, lambda rows: self._show(rows, wanted), label="tours")

    def _show(self, rows: list[TourRow], wanted: str | None) -> None:
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
                self.tr("{vehicle} · %Ln arrêt(s) · prêt {days} jours", "", tour.stop_count).format(
                    vehicle=tour.vehicle or self.tr("véhicule non précisé"),
                    days=tour.loan_days,
                )
            )
            self.tour_list.addItem(item)
        self.tour_list.blockSignals(False)
        index = next((i for i, t in enumerate(rows) if t.tour_id == wanted), 0 if rows else -1)
        self.tour_list.setCurrentRow(index)
        if index == -1:
            self.selected.emit()

    def new_tour(self) -> None:
        dialog = TourDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def task(uow: UnitOfWork) -> TourRow:
            return tours.create_tour(uow, values.name, values.vehicle, values.loan_days)

        self._run(task, lambda row: self.reload(row.tour_id), label="create tour", commit=True)

    def edit_tour(self) -> None:
        tour = self.current()
        if tour is None:
            return
        dialog = TourDialog(tour, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def task(uow: UnitOfWork) -> TourRow:
            return tours.update_tour(
                uow,
                tour.tour_id,
                name=values.name,
                vehicle=values.vehicle,
                loan_days=values.loan_days,
                active=values.active,
            )

        self._run(task, lambda row: self.reload(row.tour_id), label="update tour", commit=True)

    def add_tour_break(self) -> None:
        tour = self.current()
        if tour is None:
            return
        dialog = BreakDialog(tour.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        period = dialog.period()
        start, end = self._period.period()

        def task(uow: UnitOfWork) -> GenerationReport:
            return rule_changes.add_break_and_generate(
                uow, tour.tour_id, period, start=start, end=end
            )

        self._run(task, self.rules_changed.emit, label="tour break", commit=True)
