"""Planning: who is due, the rounds computed in the background, reordered by hand, bags.

Planning takes three steps: the problem is read on the database worker, solved in a
child process watched by a compute thread (progress bar, cancel button), and the plan
saved through the database worker. Scans and searches are never held back by the
solver. The rounds are reordered and locked in the middle pane
(:mod:`.round_pane`), the chosen visit's bag is filled in the right one
(:mod:`.bag_pane`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
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
from bibliomobile.services.home_delivery.rounds import rounds_between
from bibliomobile.services.home_delivery.routing.process import solve_in_process
from bibliomobile.store.uow import UnitOfWork

from ..compute import Cancelled, ComputeWorker, Report
from ..i18n import QT_TRANSLATE_NOOP
from ..preferences import SERVICE_MINUTES, SOLVER_SECONDS, SPEED_KMH
from ..tables import Column, RowTableModel, french_date
from ..worker import ProgressReport, TaskHandle
from ..workspaces import WorkspaceContext
from .bag_pane import BagPane
from .beneficiaries import FREQUENCY_TEXT, tr
from .common import Page, date_edit, row_table, to_date
from .round_pane import RoundPane

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
        self.plan_task: TaskHandle[Any] | None = None  # the step under way
        self.solver = ComputeWorker(self)
        root = QVBoxLayout(self)

        controls = QHBoxLayout()
        monday = next_monday(dt.date.today())
        self.period_start = date_edit(monday)
        self.period_end = date_edit(monday + dt.timedelta(days=4))
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5, 90)
        self.speed.setSuffix(" km/h")
        self.speed.setValue(context.preferences.get(SPEED_KMH))
        self.service = QSpinBox()
        self.service.setRange(5, 90)
        self.service.setSuffix(" min")
        self.service.setValue(context.preferences.get(SERVICE_MINUTES))
        self.budget = QSpinBox()
        self.budget.setRange(1, 60)
        self.budget.setSuffix(" s")
        self.budget.setValue(context.preferences.get(SOLVER_SECONDS))
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

        # Middle: the rounds, reorderable; right: the bag of the selected visit.
        self.round_pane = RoundPane(self, self.settings)
        splitter.addWidget(self.round_pane)
        self.bag_pane = BagPane(self, self.round_pane)
        splitter.addWidget(self.bag_pane)
        splitter.setSizes([420, 360, 320])

    # -- period ---------------------------------------------------------------

    def settings(self) -> PlanningSettings:
        preferences = self.context.preferences
        preferences.set(SPEED_KMH, float(self.speed.value()))
        preferences.set(SERVICE_MINUTES, int(self.service.value()))
        preferences.set(SOLVER_SECONDS, int(self.budget.value()))
        return PlanningSettings(
            speed_kmh=self.speed.value(),
            service_minutes=self.service.value(),
            time_budget_s=float(self.budget.value()),
        )

    def refresh(self) -> None:
        start, end = to_date(self.period_start), to_date(self.period_end)
        self.run(lambda uow: due_visits(uow, start, end), self._show_due)
        self.run(lambda uow: rounds_between(uow, start, end), self.round_pane.show_rounds)

    def _show_due(self, due: list[DueVisit]) -> None:
        self.due_model.set_rows(due)
        self.due_title.setText(
            self.tr("%Ln visite(s) due(s) sur la période, pas encore planifiée(s)", "", len(due))
            if due
            else self.tr("Aucune visite due sur la période : rien à planifier.")
        )

    # -- the solver ------------------------------------------------------------

    def start_planning(self) -> None:
        """Read the problem (database worker), solve it (compute thread), save the plan."""
        start, end = to_date(self.period_start), to_date(self.period_end)
        settings = self.settings()
        self.plan_button.setEnabled(False)
        # An order changed now would be overwritten by the plan.
        self.round_pane.stops.setEnabled(False)
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
        self.round_pane.stops.setEnabled(True)
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
