"""The planning page's middle pane: the rounds of the period and one round's visits.

A round's visits are a list the coordinator reorders by drag and drop (the planned
times are recomputed); the check box of a visit locks it (the next planning leaves it
in place). The round sheet, as a PDF, is exported from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.round_order import reorder_round, set_locked
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.home_delivery.rounds import (
    RoundStop,
    RoundSummary,
    RoundView,
    round_view,
)
from bibliomobile.store.uow import UnitOfWork

from ..tables import french_date
from .common import Page

DELIVERY_ROLE = Qt.ItemDataRole.UserRole + 10


class RoundPane(QWidget):
    """The rounds of the period, one of them shown as a reorderable list of visits.

    Args:
        page: the planning page, which runs the database work and shows errors.
        settings: the planner's settings, to recompute the times of a reordered round.
    """

    def __init__(
        self, page: Page, settings: Callable[[], PlanningSettings], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.settings = settings
        self.round: RoundView | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.rounds = QComboBox()
        self.rounds.setPlaceholderText(self.tr("Aucune tournée planifiée sur la période"))
        self.rounds.currentIndexChanged.connect(self._round_chosen)
        layout.addWidget(self.rounds)
        hint = QLabel(
            self.tr("Glisser-déposer pour changer l'ordre ; cocher pour verrouiller une visite.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6573;")
        layout.addWidget(hint)
        self.stops = QListWidget()
        self.stops.setObjectName("roundStops")
        self.stops.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stops.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stops.model().rowsMoved.connect(self._stops_moved)
        self.stops.itemChanged.connect(self._lock_changed)
        layout.addWidget(self.stops, 1)
        self.sheet_button = QPushButton(self.tr("Feuille de route (PDF)…"))
        self.sheet_button.clicked.connect(self._ask_sheet_path)
        layout.addWidget(self.sheet_button)

    def show_rounds(self, rounds: list[RoundSummary]) -> None:
        current = self.round.round_id if self.round else None
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            self.rounds.addItem(
                self.tr("{date} — {name} — {done}/%Ln visite(s)", "", r.visits).format(
                    date=french_date(r.date), name=r.volunteer_name, done=r.done
                ),
                r.round_id,
            )
        self.rounds.blockSignals(False)
        index = self.rounds.findData(current) if current else -1
        self.rounds.setCurrentIndex(index if index >= 0 else (0 if rounds else -1))
        self._round_chosen(self.rounds.currentIndex())

    def reload(self) -> None:
        """Read the chosen round again (after its bag changed)."""
        self._round_chosen(self.rounds.currentIndex())

    # -- one round -------------------------------------------------------------

    def _round_chosen(self, index: int) -> None:
        round_id = self.rounds.itemData(index) if index >= 0 else None
        if not round_id:
            self.round = None
            self.stops.clear()
            return
        self.page.run(lambda uow: round_view(uow, round_id), self._show_round)

    def _show_round(self, view: RoundView) -> None:
        self.round = view
        self._filling = True
        self.stops.clear()
        for stop in view.stops:
            item = QListWidgetItem(self._stop_text(stop))
            item.setData(DELIVERY_ROLE, stop.delivery_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if stop.locked else Qt.CheckState.Unchecked)
            if stop.late:
                item.setForeground(QColor("#9b2c2c"))
            self.stops.addItem(item)
        self._filling = False

    def _stop_text(self, stop: RoundStop) -> str:
        when = stop.planned_time.strftime("%H:%M") if stop.planned_time else "--:--"
        text = f"{when}  {stop.name} — {stop.commune}"
        if stop.bag_code:
            text += f"  [{stop.bag_code}]"
        if stop.late:
            text += "  " + self.tr("(hors disponibilités)")
        return text

    def stop_order(self) -> list[str]:
        return [str(self.stops.item(i).data(DELIVERY_ROLE)) for i in range(self.stops.count())]

    def move_stop(self, source: int, destination: int) -> None:
        """Move a visit as a drag and drop does (``destination`` before the move)."""
        self.stops.model().moveRow(QModelIndex(), source, QModelIndex(), destination)

    def _stops_moved(self, *_args: object) -> None:
        if self.round is None or self._filling:
            return
        round_id, order, settings = self.round.round_id, self.stop_order(), self.settings()
        self.page.run(
            lambda uow: reorder_round(uow, round_id, order, settings), self._reordered, commit=True
        )

    def _reordered(self, view: RoundView) -> None:
        self._show_round(view)
        late = sum(1 for s in view.stops if s.late)
        if late:
            self.page.info(
                self.tr("%Ln visite(s) hors des disponibilités dans cet ordre.", "", late)
            )
        self.page.changed.emit()

    def _lock_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        delivery_id = str(item.data(DELIVERY_ROLE))
        locked = item.checkState() == Qt.CheckState.Checked
        self.page.run(lambda uow: set_locked(uow, delivery_id, locked), commit=True)

    # -- the round sheet and the chosen visit ------------------------------------------

    def _ask_sheet_path(self) -> None:
        if self.round is None:
            self.page.info(self.tr("Choisissez d'abord une tournée."))
            return
        name = f"tournee-{self.round.date.isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Feuille de route"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_sheet(Path(path))

    def export_sheet(self, path: Path) -> None:
        if self.round is None:
            return
        round_id = self.round.round_id

        def task(uow: UnitOfWork) -> Path:
            path.write_bytes(round_sheet_pdf(uow, round_id))
            return path

        self.page.run(
            task,
            lambda p: self.page.info(self.tr("Feuille de route enregistrée : {p}").format(p=p)),
            commit=True,  # the print is audited
        )

    def selected_delivery(self) -> str | None:
        item = self.stops.currentItem()
        return str(item.data(DELIVERY_ROLE)) if item is not None else None

    def current_stop(self) -> RoundStop | None:
        delivery_id = self.selected_delivery()
        if self.round is None or delivery_id is None:
            return None
        return next((s for s in self.round.stops if s.delivery_id == delivery_id), None)
