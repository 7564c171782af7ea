"""Statistiques: one tab per activity, each with its CSV export.

Home delivery is the first tab; the bookmobile's and the drive's figures add theirs
with :meth:`StatsWorkspace.add_panel` (a widget with a ``refresh()`` method).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..home_delivery.stats import HomeDeliveryStatsPanel
from ..workspaces import WorkspaceContext


class StatsWorkspace(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsWorkspace")
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 12, 18, 12)
        title = QLabel(self.tr("Statistiques"))
        title.setObjectName("pageTitle")
        root.addWidget(title)
        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)
        self.home_delivery = HomeDeliveryStatsPanel(context)
        self.add_panel(self.home_delivery, self.tr("Portage à domicile"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def add_panel(self, panel: QWidget, title: str) -> None:
        self.tabs.addTab(panel, title)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_current()

    def _refresh_current(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()
