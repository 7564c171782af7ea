"""Tournées: tours, their stops and schedule rules, the calendar of visits and its exceptions.

Left to right: the tours (:mod:`.tour_panel`); the stops of the selected tour
(:mod:`.stop_panel`); the schedule rules of the selected stop (:mod:`.rule_panel`).
Below: the calendar of the tour over a period, generated from the rules, where a
coordinator cancels (with a reason), moves or adds a visit (:mod:`.calendar_panel`);
after a cancellation the patrons to notify are listed (:mod:`.notify_panel`). Buttons
save the public timetable PDF and the iCalendar file (:mod:`.timetable_outputs`).

All database work runs on the worker, through :meth:`ToursWorkspace.run`; each user
action is one service use case, committed by the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from bibliomobile.services.bookmobile.tours import TimetableError
from bibliomobile.services.bookmobile.visit_generation import GenerationReport
from bibliomobile.store.uow import UnitOfWork

from ..tables import french_date
from ..workspaces import WorkspaceContext
from .calendar_panel import CalendarPanel
from .common import PeriodChooser
from .notify_panel import NotifyPanel
from .rule_panel import RulePanel
from .stop_panel import StopPanel
from .tour_panel import TourPanel

T = TypeVar("T")


class ToursWorkspace(QWidget):
    """The coordinators' page for bookmobile tours and timetables."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toursWorkspace")
        self._context = context
        self.period = PeriodChooser()
        self.tour_panel = TourPanel(self.run, self.period)
        self.stop_panel = StopPanel(self.run, self.tour_panel.current)
        self.rule_panel = RulePanel(self.run, self.stop_panel.current, self.period)
        self.calendar_panel = CalendarPanel(
            context, self.run, self.period, self.tour_panel.current, self.stop_panel.current
        )
        self.notify_panel = NotifyPanel()
        self._connect_panels()

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 16)
        page.setSpacing(10)
        heading = QLabel(self.tr("Tournées du bibliobus"))
        heading.setObjectName("pageTitle")
        page.addWidget(heading)
        sub = QLabel(self.tr("Arrêts, règles de passage, calendrier et horaires publics."))
        sub.setObjectName("pageSubtitle")
        page.addWidget(sub)
        page.addWidget(self._panels(), 1)

        self._update_buttons()
        self.reload_tours()

    def _panels(self) -> QSplitter:
        """Tours | stops | rules above, calendar | patrons to notify below."""
        top = QSplitter(Qt.Orientation.Horizontal)
        for box in (self.tour_panel, self.stop_panel, self.rule_panel):
            top.addWidget(box)
        top.setSizes([220, 520, 420])
        # On a smaller screen the stops' table (it scrolls) gives up room, not the buttons.
        for index, stretch in enumerate((0, 1, 0)):
            top.setStretchFactor(index, stretch)
        top.setChildrenCollapsible(False)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.calendar_panel)
        bottom.addWidget(self.notify_panel)
        bottom.setSizes([700, 420])
        bottom.setChildrenCollapsible(False)
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(top)
        whole.addWidget(bottom)
        # Room for three stops above; the calendar takes the rest.
        whole.setSizes([300, 420])
        whole.setChildrenCollapsible(False)
        return whole

    def _connect_panels(self) -> None:
        self.tour_panel.selected.connect(self._on_tour_selected)
        self.tour_panel.rules_changed.connect(self._after_rule_change)
        self.stop_panel.selected.connect(self._on_stop_selected)
        self.stop_panel.loaded.connect(self._on_stops_loaded)
        self.stop_panel.edited.connect(self.calendar_panel.reload)
        self.rule_panel.shown.connect(self._update_buttons)
        self.rule_panel.changed.connect(self._after_rule_change)
        self.calendar_panel.generated.connect(self._report_generation)
        self.calendar_panel.patrons_to_notify.connect(self.notify_panel.show_patrons)

    # -- plumbing ----------------------------------------------------------------------

    def run(
        self,
        task: Callable[[UnitOfWork], T],
        done: Callable[[T], None],
        *,
        label: str,
        commit: bool = False,
    ) -> None:
        """Run ``task`` on the database worker (committed if ``commit``), errors shown."""
        self._context.worker.submit(
            task, on_done=done, on_error=self._show_error, owner=self, label=label, commit=commit
        )

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, (TimetableError, ValueError)):
            text = str(error)
        else:
            text = self.tr("L'opération a échoué : {error}").format(error=error)
        self._context.status.show_message(text)
        QMessageBox.warning(self, self.tr("Tournées"), text)

    def _update_buttons(self) -> None:
        # Each panel's buttons depend on what the others have selected.
        self.tour_panel.update_buttons()
        self.stop_panel.update_buttons()
        self.rule_panel.update_buttons()
        self.calendar_panel.update_buttons()

    # -- one panel's change, the others follow -----------------------------------------

    def reload_tours(self, select_id: str | None = None) -> None:
        """Read everything again, from the list of tours down."""
        self.tour_panel.reload(select_id)

    def _on_tour_selected(self) -> None:
        self.stop_panel.reload()
        self.calendar_panel.reload()
        self._update_buttons()

    def _on_stop_selected(self) -> None:
        self.rule_panel.reload()
        self._update_buttons()

    def _on_stops_loaded(self, stops: object) -> None:
        self.calendar_panel.outputs.set_stops(stops if isinstance(stops, list) else None)
        self._update_buttons()

    def _after_rule_change(self, report: GenerationReport | None) -> None:
        self.rule_panel.reload()
        self.stop_panel.reload()
        self.calendar_panel.reload()
        if report is not None:
            self._report_generation(report)

    def _report_generation(self, report: GenerationReport) -> None:
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
