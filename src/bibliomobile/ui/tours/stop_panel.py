"""The "Arrêts" box: the stops of the current tour, a new or edited stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QPushButton, QWidget

from bibliomobile.services.bookmobile import tours
from bibliomobile.services.bookmobile.tours import StopRow, TourRow
from bibliomobile.store.uow import UnitOfWork

from ..tables import RowTableModel
from .common import RunTask, lay_out_box
from .dialogs import StopDialog
from .tables import STOP_COLUMNS, table_view


class StopPanel(QGroupBox):
    """The stops of the current tour in route order; the selected one is the current stop.

    Signals:
        selected(): another stop is current (or none).
        loaded(list[StopRow] | None): the stops of the current tour were read (None: no
            tour).
        edited(): a stop changed (its place, or whether it is served).
    """

    selected = Signal()
    loaded = Signal(object)
    edited = Signal()

    def __init__(
        self,
        run: RunTask,
        current_tour: Callable[[], TourRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Arrêts"), parent)
        self._run = run
        self._current_tour = current_tour
        self.stops = RowTableModel(STOP_COLUMNS, self)
        self.stop_table = table_view(self.stops, "stopTable")
        self.stop_table.selectionModel().currentRowChanged.connect(
            lambda *_args: self.selected.emit()
        )
        self.stop_table.doubleClicked.connect(lambda _index: self.edit_stop())
        self.new_stop_button = QPushButton(self.tr("Ajouter un arrêt…"))
        self.new_stop_button.clicked.connect(self.new_stop)
        self.edit_stop_button = QPushButton(self.tr("Modifier l'arrêt…"))
        self.edit_stop_button.clicked.connect(self.edit_stop)
        lay_out_box(self, self.stop_table, [self.new_stop_button, self.edit_stop_button])

    def current(self) -> StopRow | None:
        index = self.stop_table.currentIndex()
        return self.stops.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        self.new_stop_button.setEnabled(self._current_tour() is not None)
        self.edit_stop_button.setEnabled(self.current() is not None)

    def reload(self, select_id: str | None = None) -> None:
        """Read the stops of the current tour; select ``select_id``, else the current one."""
        tour = self._current_tour()
        if tour is None:
            self.stops.set_rows([])
            self.selected.emit()
            self.loaded.emit(None)
            return
        current = self.current()
        wanted = select_id or (current.stop_id if current else None)
        self._run(
            lambda uow: tours.list_stops(uow, tour.tour_id),
            lambda rows: self._show(rows, wanted),
            label="stops",
        )

    def _show(self, rows: list[StopRow], wanted: str | None) -> None:
        self.stops.set_rows(rows)
        self.loaded.emit(rows)
        index = next((i for i, s in enumerate(rows) if s.stop_id == wanted), 0 if rows else -1)
        if index >= 0:
            self.stop_table.selectRow(index)
        else:
            self.selected.emit()

    def new_stop(self) -> None:
        tour = self._current_tour()
        if tour is None:
            return
        dialog = StopDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()

        def task(uow: UnitOfWork) -> StopRow:
            return tours.create_stop(uow, tour.tour_id, data)

        self._run(task, lambda row: self.reload(row.stop_id), label="create stop", commit=True)

    def edit_stop(self) -> None:
        stop = self.current()
        if stop is None:
            return
        dialog = StopDialog(stop, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.values()

        def task(uow: UnitOfWork) -> StopRow:
            return tours.update_stop(uow, stop.stop_id, data)

        self._run(task, self._after_edit, label="update stop", commit=True)

    def _after_edit(self, row: StopRow) -> None:
        self.reload(row.stop_id)
        self.edited.emit()
