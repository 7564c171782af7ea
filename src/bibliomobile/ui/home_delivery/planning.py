"""Planning: who is due, the rounds computed in the background, reordered by hand, bags.

Planning takes three steps: the problem is read on the database worker, solved in a
child process watched by a compute thread (progress bar, cancel button), and the plan
saved through the database worker. Scans and searches are never held back by the
solver. A round's visits are a list the coordinator reorders by drag
and drop; the check box of a visit locks it (the next planning leaves it in place).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.due_visits import DueVisit, due_visits
from bibliomobile.services.home_delivery.planning import save_plan, solve_planning
from bibliomobile.services.home_delivery.planning_problem import PlanningInput, read_planning
from bibliomobile.services.home_delivery.plans import PlanningSettings, PlanResult, plan_summary
from bibliomobile.services.home_delivery.round_order import reorder_round, set_locked
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.home_delivery.rounds import (
    RoundStop,
    RoundSummary,
    RoundView,
    round_view,
    rounds_between,
)
from bibliomobile.services.home_delivery.routing.process import solve_in_process
from bibliomobile.services.home_delivery.selection import (
    PreparedBag,
    SuggestedItem,
    prepare_bag,
    suggest_items,
)
from bibliomobile.services.labels import labels_for_bags, write_labels
from bibliomobile.store.uow import UnitOfWork

from ..compute import Cancelled, ComputeWorker, Report
from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel, french_date
from ..worker import ProgressReport, TaskHandle
from ..workspaces import WorkspaceContext
from .beneficiaries import FREQUENCY_TEXT, tr
from .common import Page, date_edit, row_table, to_date

DELIVERY_ROLE = Qt.ItemDataRole.UserRole + 10
ITEM_ROLE = Qt.ItemDataRole.UserRole + 11

DUE_COLUMNS: tuple[Column[DueVisit], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda d: d.name, width=170),
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), lambda d: d.commune, width=140),
    Column(QT_TRANSLATE_NOOP("Columns", "Fréquence"), lambda d: tr(FREQUENCY_TEXT[d.frequency])),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Dernière visite"),
        lambda d: french_date(d.last_delivered),
        sort_key=lambda d: d.last_delivered or dt.date.min,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Visite due le"),
        lambda d: french_date(d.next_due) + (" ⚠" if d.overdue else ""),
        sort_key=lambda d: d.next_due,
    ),
)


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


class PlanningPage(Page):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.plan: PlanResult | None = None
        self.round: RoundView | None = None
        self.plan_task: TaskHandle[Any] | None = None  # the step under way
        self.solver = ComputeWorker(self)
        self._filling = False
        root = QVBoxLayout(self)

        controls = QHBoxLayout()
        monday = next_monday(dt.date.today())
        self.period_start = date_edit(monday)
        self.period_end = date_edit(monday + dt.timedelta(days=4))
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5, 90)
        self.speed.setSuffix(" km/h")
        self.speed.setValue(float(str(context.settings.value("home_delivery/speed_kmh", 25.0))))
        self.service = QSpinBox()
        self.service.setRange(5, 90)
        self.service.setSuffix(" min")
        self.service.setValue(int(str(context.settings.value("home_delivery/service_min", 20))))
        self.budget = QSpinBox()
        self.budget.setRange(1, 60)
        self.budget.setSuffix(" s")
        self.budget.setValue(int(str(context.settings.value("home_delivery/budget_s", 5))))
        for text, widget in (
            (self.tr("Du"), self.period_start),
            (self.tr("au"), self.period_end),
            (self.tr("Vitesse"), self.speed),
            (self.tr("Durée d'une visite"), self.service),
            (self.tr("Temps de calcul"), self.budget),
        ):
            controls.addWidget(QLabel(text))
            controls.addWidget(widget)
        refresh = QPushButton(self.tr("Actualiser"))
        refresh.clicked.connect(self.refresh)
        controls.addWidget(refresh)
        controls.addStretch(1)
        root.addLayout(controls)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        root.addWidget(splitter, 1)
        root.addWidget(self.error_label)

        # Left: who is due, and the planning run.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.due_title = QLabel(self.tr("Visites dues sur la période (non encore planifiées)"))
        self.due_title.setWordWrap(True)
        left_layout.addWidget(self.due_title)
        self.due_model = RowTableModel(DUE_COLUMNS, self)
        left_layout.addWidget(row_table(self.due_model, selectable=False), 2)
        run_row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Calculer les tournées"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self.start_planning)
        self.cancel_button = QPushButton(self.tr("Arrêter"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_planning)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        run_row.addWidget(self.plan_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        left_layout.addLayout(run_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        left_layout.addWidget(self.summary)
        self.dropped = QListWidget()
        self.dropped.setObjectName("droppedVisits")
        self.dropped.setMaximumHeight(140)
        self.dropped.setWordWrap(True)
        left_layout.addWidget(QLabel(self.tr("Visites impossibles à placer (à revoir)")))
        left_layout.addWidget(self.dropped, 1)
        splitter.addWidget(left)

        # Middle: the rounds, reorderable.
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        self.rounds = QComboBox()
        self.rounds.setPlaceholderText(self.tr("Aucune tournée planifiée sur la période"))
        self.rounds.currentIndexChanged.connect(self._round_chosen)
        middle_layout.addWidget(self.rounds)
        hint = QLabel(
            self.tr("Glisser-déposer pour changer l'ordre ; cocher pour verrouiller une visite.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6573;")
        middle_layout.addWidget(hint)
        self.stops = QListWidget()
        self.stops.setObjectName("roundStops")
        self.stops.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stops.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stops.model().rowsMoved.connect(self._stops_moved)
        self.stops.itemChanged.connect(self._lock_changed)
        self.stops.currentRowChanged.connect(self._stop_chosen)
        middle_layout.addWidget(self.stops, 1)
        self.sheet_button = QPushButton(self.tr("Feuille de route (PDF)…"))
        self.sheet_button.clicked.connect(self._ask_sheet_path)
        middle_layout.addWidget(self.sheet_button)
        splitter.addWidget(middle)

        # Right: the bag of the selected visit.
        right = QGroupBox(self.tr("Sac de la visite choisie"))
        right_layout = QVBoxLayout(right)
        count_row = QHBoxLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(5)
        suggest = QPushButton(self.tr("Proposer des documents"))
        suggest.clicked.connect(self.suggest)
        count_row.addWidget(self.count)
        count_row.addWidget(suggest, 1)
        right_layout.addLayout(count_row)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        right_layout.addWidget(self.suggestions, 1)
        self.confirm_button = QPushButton(self.tr("Mettre les documents cochés dans le sac"))
        self.confirm_button.clicked.connect(self.confirm_bag)
        right_layout.addWidget(self.confirm_button)
        self.bag_label = QLabel()
        right_layout.addWidget(self.bag_label)
        self.label_button = QPushButton(self.tr("Étiquette du sac (PDF)…"))
        self.label_button.clicked.connect(self._ask_label_path)
        right_layout.addWidget(self.label_button)
        splitter.addWidget(right)
        splitter.setSizes([420, 360, 320])

    # -- period ---------------------------------------------------------------

    def settings(self) -> PlanningSettings:
        for key, value in (
            ("speed_kmh", self.speed.value()),
            ("service_min", self.service.value()),
            ("budget_s", self.budget.value()),
        ):
            self.context.settings.setValue(f"home_delivery/{key}", value)
        return PlanningSettings(
            speed_kmh=self.speed.value(),
            service_minutes=self.service.value(),
            time_budget_s=float(self.budget.value()),
        )

    def refresh(self) -> None:
        start, end = to_date(self.period_start), to_date(self.period_end)
        self.run(lambda uow: due_visits(uow, start, end), self._show_due)
        self.run(lambda uow: rounds_between(uow, start, end), self._show_rounds)

    def _show_due(self, due: list[DueVisit]) -> None:
        self.due_model.set_rows(due)
        self.due_title.setText(
            self.tr("{n} visite(s) due(s) sur la période, pas encore planifiée(s)").format(
                n=len(due)
            )
            if due
            else self.tr("Aucune visite due sur la période : rien à planifier.")
        )

    def _show_rounds(self, rounds: list[RoundSummary]) -> None:
        current = self.round.round_id if self.round else None
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            self.rounds.addItem(
                self.tr("{date} — {name} — {done}/{visits} visite(s)").format(
                    date=french_date(r.date), name=r.volunteer_name, done=r.done, visits=r.visits
                ),
                r.round_id,
            )
        self.rounds.blockSignals(False)
        index = self.rounds.findData(current) if current else -1
        self.rounds.setCurrentIndex(index if index >= 0 else (0 if rounds else -1))
        self._round_chosen(self.rounds.currentIndex())

    # -- the solver ------------------------------------------------------------

    def start_planning(self) -> None:
        """Read the problem (database worker), solve it (compute thread), save the plan."""
        start, end = to_date(self.period_start), to_date(self.period_end)
        settings = self.settings()
        self.plan_button.setEnabled(False)
        self.stops.setEnabled(False)  # an order changed now would be overwritten by the plan
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.summary.setText(self.tr("Calcul des tournées en cours…"))
        self.plan_task = self.run(
            lambda uow: read_planning(uow, start, end, settings),
            self._solve,
            on_error=self._planning_failed,
            on_cancelled=self._planning_cancelled,
            label="read_planning",
        )

    def _solve(self, planning: PlanningInput) -> None:
        def task(report: Report, cancelled: Cancelled) -> PlanResult:
            return solve_planning(
                planning, progress=report, cancelled=cancelled, solver=solve_in_process
            )

        self.plan_task = self.solver.submit(
            task,
            self._save,
            self._planning_failed,
            self._progressed,
            on_cancelled=self._planning_cancelled,
            owner=self,
            label="solve_planning",
        )

    def _save(self, plan: PlanResult) -> None:
        self.cancel_button.setEnabled(False)  # too late: the plan is being written
        self.plan_task = None

        def task(uow: UnitOfWork) -> PlanResult:
            save_plan(uow, plan)
            return plan

        self.run(
            task, self._planned, on_error=self._planning_failed, label="save_plan", commit=True
        )

    def _planning_failed(self, error: BaseException) -> None:
        self._planning_over()
        self.progress.setValue(0)
        self.summary.clear()
        self.show_error(error)

    def _progressed(self, report: ProgressReport) -> None:
        if report.total:
            self.progress.setValue(round(100 * report.done / report.total))

    def cancel_planning(self) -> None:
        if self.plan_task is not None:
            self.plan_task.cancel()

    def _planning_over(self) -> None:
        self.plan_button.setEnabled(True)
        self.stops.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.plan_task = None

    def _planning_cancelled(self) -> None:
        self._planning_over()
        self.progress.setValue(0)
        self.summary.setText(self.tr("Calcul arrêté : rien n'a été enregistré."))

    def _planned(self, plan: PlanResult) -> None:
        self._planning_over()
        self.plan = plan
        self.progress.setValue(100)
        self.summary.setText(plan_summary(plan))
        self.dropped.clear()
        for warning in plan.warnings:
            item = QListWidgetItem(warning)
            item.setForeground(QColor("#8a6d1d"))
            self.dropped.addItem(item)
        for d in plan.dropped:
            item = QListWidgetItem(f"{d.name} ({d.commune}) — {d.reason}")
            item.setForeground(QColor("#9b2c2c"))
            self.dropped.addItem(item)
        self.info(plan_summary(plan))
        self.changed.emit()
        self.refresh()

    # -- one round -------------------------------------------------------------

    def _round_chosen(self, index: int) -> None:
        round_id = self.rounds.itemData(index) if index >= 0 else None
        if not round_id:
            self.round = None
            self.stops.clear()
            return
        self.run(lambda uow: round_view(uow, round_id), self._show_round)

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
        self.run(
            lambda uow: reorder_round(uow, round_id, order, settings), self._reordered, commit=True
        )

    def _reordered(self, view: RoundView) -> None:
        self._show_round(view)
        late = sum(1 for s in view.stops if s.late)
        if late:
            self.info(
                self.tr("{n} visite(s) hors des disponibilités dans cet ordre.").format(n=late)
            )
        self.changed.emit()

    def _lock_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        delivery_id = str(item.data(DELIVERY_ROLE))
        locked = item.checkState() == Qt.CheckState.Checked
        self.run(lambda uow: set_locked(uow, delivery_id, locked), commit=True)

    # -- the round sheet and the bag -----------------------------------------------

    def _ask_sheet_path(self) -> None:
        if self.round is None:
            self.info(self.tr("Choisissez d'abord une tournée."))
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

        self.run(
            task, lambda p: self.info(self.tr("Feuille de route enregistrée : {p}").format(p=p))
        )

    def selected_delivery(self) -> str | None:
        item = self.stops.currentItem()
        return str(item.data(DELIVERY_ROLE)) if item is not None else None

    def _stop_chosen(self, _row: int) -> None:
        self.suggestions.clear()
        stop = self._current_stop()
        if stop is None:
            self.bag_label.clear()
            return
        if stop.bag_code:
            self.bag_label.setText(
                self.tr("Sac {code} : {titles}").format(
                    code=stop.bag_code, titles=", ".join(i.title for i in stop.items)
                )
            )
        else:
            self.bag_label.setText(self.tr("Pas encore de sac."))

    def _current_stop(self) -> RoundStop | None:
        delivery_id = self.selected_delivery()
        if self.round is None or delivery_id is None:
            return None
        return next((s for s in self.round.stops if s.delivery_id == delivery_id), None)

    def suggest(self) -> None:
        stop = self._current_stop()
        if stop is None:
            self.info(self.tr("Choisissez d'abord une visite dans la tournée."))
            return
        beneficiary_id, count = stop.beneficiary_id, self.count.value()
        self.run(lambda uow: suggest_items(uow, beneficiary_id, count), self._show_suggestions)

    def _show_suggestions(self, items: list[SuggestedItem]) -> None:
        self.suggestions.clear()
        for s in items:
            text = f"{s.title} — {s.authors}" if s.authors else s.title
            if s.reason:
                text += f"  ({s.reason})"
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, s.item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.suggestions.addItem(item)
        if not items:
            self.info(self.tr("Aucun document disponible ne correspond à ce profil."))

    def confirm_bag(self) -> None:
        delivery_id = self.selected_delivery()
        if delivery_id is None:
            self.info(self.tr("Choisissez d'abord une visite dans la tournée."))
            return
        chosen = [
            str(self.suggestions.item(i).data(ITEM_ROLE))
            for i in range(self.suggestions.count())
            if self.suggestions.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.run(lambda uow: prepare_bag(uow, delivery_id, chosen), self._bag_ready, commit=True)

    def _bag_ready(self, bag: PreparedBag) -> None:
        self.info(
            self.tr("Sac {code} prêt : {n} document(s).").format(code=bag.code, n=bag.item_count)
        )
        self.suggestions.clear()
        self.changed.emit()
        self._round_chosen(self.rounds.currentIndex())

    def _ask_label_path(self) -> None:
        stop = self._current_stop()
        if stop is None or not stop.bag_code:
            self.info(self.tr("Cette visite n'a pas encore de sac."))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Étiquette du sac"), f"sac-{stop.bag_code}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_label(stop.bag_code, Path(path))

    def export_label(self, code: str, path: Path) -> None:
        def task(uow: UnitOfWork) -> Path:
            write_labels(labels_for_bags(uow, [code]), "L7163", path)
            return path

        self.run(task, lambda p: self.info(self.tr("Étiquette enregistrée : {p}").format(p=p)))
