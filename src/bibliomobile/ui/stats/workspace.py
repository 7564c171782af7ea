"""Statistiques: a period and a scope, then a tab per activity (bibliobus, drive,
home delivery) and the annual survey's figures; exports as CSV, XLSX and PDF.

The figures are computed on the database worker in two steps: the bookmobile's visit
tables first (per stop, tour, month; its tab shows them as soon as they are ready),
then the rest of the bookmobile's tables, the other activities and the survey.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.stats.common import (
    Period,
    Scope,
    ScopeChoice,
    Section,
    StatsError,
    parse_period,
    resolve_scope,
    scope_choices,
    stats_text,
)
from bibliomobile.services.stats.exports import report_csv, report_xlsx
from bibliomobile.services.stats.report import ACTIVITIES, Report, first_section, report_after
from bibliomobile.services.stats.report_pdf import report_pdf
from bibliomobile.store.uow import UnitOfWork

from ..home_delivery.common import Page, date_edit, to_date
from ..workspaces import WorkspaceContext
from .activity import ActivityTab

EXPORTS = {"csv": report_csv, "xlsx": report_xlsx, "pdf": report_pdf}


class StatsWorkspace(Page):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("statsWorkspace")
        self.report: Report | None = None
        self.first_shown: Section | None = None  # the first step's tables, once shown
        self._choices_loaded = False
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 12)
        title = QLabel(self.tr("Statistiques"))
        title.setObjectName("pageTitle")
        root.addWidget(title)
        root.addLayout(self._pickers())
        root.addWidget(self.error_label)
        self.tabs = QTabWidget()
        self.activity_tabs: dict[str, ActivityTab] = {}
        titles = {
            "bookmobile": self.tr("Bibliobus"),
            "drive": self.tr("Drive"),
            "home_delivery": self.tr("Portage à domicile"),
            "survey": self.tr("Enquête annuelle"),
        }
        for key in (*ACTIVITIES, "survey"):
            tab = ActivityTab(key)
            self.activity_tabs[key] = tab
            self.tabs.addTab(tab, titles[key])
        root.addWidget(self.tabs, 1)
        self.summary = QLabel()
        self.summary.setObjectName("statsSummary")
        root.addWidget(self.summary)

    def _pickers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        today = dt.date.today()
        row.addWidget(QLabel(self.tr("Période :")))
        self.period_kind = QComboBox()
        self.period_kind.addItem(self.tr("Année"), "year")
        self.period_kind.addItem(self.tr("Mois"), "month")
        self.period_kind.addItem(self.tr("Dates"), "range")
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        row.addWidget(self.period_kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        row.addWidget(self.year)
        self.month = QComboBox()
        for number, name in enumerate(
            (
                self.tr("janvier"), self.tr("février"), self.tr("mars"), self.tr("avril"),
                self.tr("mai"), self.tr("juin"), self.tr("juillet"), self.tr("août"),
                self.tr("septembre"), self.tr("octobre"), self.tr("novembre"), self.tr("décembre"),
            ),
            start=1,
        ):  # fmt: skip
            self.month.addItem(name, number)
        self.month.setCurrentIndex(today.month - 1)
        row.addWidget(self.month)
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.end = date_edit(today)
        self.to_label = QLabel(self.tr("au"))
        row.addWidget(self.start)
        row.addWidget(self.to_label)
        row.addWidget(self.end)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Périmètre :")))
        self.scope = QComboBox()
        self.scope.setMinimumWidth(260)
        self.scope.addItem(self.tr("Tout le réseau"), "network")
        row.addWidget(self.scope)
        self.show_button = QPushButton(self.tr("Afficher"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Exporter :")))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in (("csv", "CSV…"), ("xlsx", "XLSX…"), ("pdf", self.tr("Rapport PDF…"))):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, f=fmt: self._ask_path(f))
            self.export_buttons[fmt] = button
            row.addWidget(button)
        self._period_kind_changed()
        return row

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        self.year.setVisible(kind in ("year", "month"))
        self.month.setVisible(kind == "month")
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(kind == "range")

    def period(self) -> Period:
        """The period picked (raises StatsError for dates in the wrong order)."""
        kind = self.period_kind.currentData()
        if kind == "year":
            return parse_period(f"{self.year.value():04d}")
        if kind == "month":
            return parse_period(f"{self.year.value():04d}-{int(self.month.currentData()):02d}")
        return parse_period(f"{to_date(self.start).isoformat()}:{to_date(self.end).isoformat()}")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._choices_loaded = True
            self.run(scope_choices, self._set_choices)
            self.refresh()

    def _set_choices(self, choices: list[ScopeChoice]) -> None:
        kinds = {
            "library": self.tr("Bibliothèque"),
            "tour": self.tr("Tournée"),
            "stop": self.tr("Arrêt"),
        }
        current = self.scope.currentData()
        self.scope.clear()
        for choice in choices:
            label = (
                choice.label
                if choice.kind == "network"
                else f"{kinds[choice.kind]} : {choice.label}"
            )
            self.scope.addItem(label, choice.text)
        index = self.scope.findData(current)
        self.scope.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        """Compute the figures of the period and scope picked, the bibliobus's first."""
        try:
            period = self.period()
        except StatsError as error:
            self.show_error(error)
            return
        scope_text = str(self.scope.currentData() or "network")
        self.show_button.setEnabled(False)
        self.summary.setText(self.tr("Calcul des statistiques…"))

        def first(uow: UnitOfWork) -> tuple[Scope, Section]:
            scope = resolve_scope(uow, scope_text)
            return scope, first_section(uow, period, scope)

        def shown(result: tuple[Scope, Section]) -> None:
            scope, section = result
            self.first_shown = section
            self.activity_tabs[section.key].set_section(section)
            self.run(
                lambda uow: report_after(uow, period, scope, section),
                self.set_report,
                on_error=self._failed,
            )

        self.run(first, shown, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.summary.setText("")
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        if not isinstance(error, StatsError):
            super().show_error(error)
            return
        self.error_label.setText(str(error))  # already a sentence for the user
        self.error_label.show()
        self.context.status.show_message(str(error))

    def set_report(self, report: Report) -> None:
        self.report = report
        for section in report.sections:
            self.activity_tabs[section.key].set_section(section)
        self.show_button.setEnabled(True)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.summary.setText(
            self.tr("{title} — périmètre : {scope}").format(
                title=report.title, scope=stats_text(report.scope.label)
            )
        )

    def _ask_path(self, fmt: str) -> None:
        if self.report is None:
            return
        suggested = (
            f"statistiques-{self.report.period.label.replace('/', '-').replace(' ', '-')}.{fmt}"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les statistiques"), suggested, f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> None:
        """Write the report shown as ``fmt`` at ``path`` (on the worker)."""
        report = self.report
        if report is None:
            return

        def task(_uow: UnitOfWork) -> Path:
            path.write_bytes(EXPORTS[fmt](report))
            return path

        self.run(task, lambda p: self.info(self.tr("Statistiques enregistrées : {p}").format(p=p)))
