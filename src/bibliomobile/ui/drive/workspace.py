"""Drive: the request inbox, new requests, slots, pick list, bags, labels, notifications.

The workspace holds the visit chooser and the message line; each tab is a page of its
own module. All database work goes through the worker; the widgets only hold frozen rows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bibliomobile.services.drive import requests as drive_requests

from ..workspaces import WorkspaceContext
from .bag_preparation import BagPreparationPage
from .common import DrivePage
from .inbox import InboxPage
from .labels import LabelsPage
from .new_request import NewRequestPage
from .notifications import NotificationsPage
from .stranded_bar import StrandedBar


class DriveWorkspace(QWidget):
    """Tabs: Demandes, Nouvelle demande, Préparation des sacs, Étiquettes, Notifications."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driveWorkspace")
        self._worker = context.worker
        self._shown_once = False
        self.visits: list[drive_requests.VisitChoice] = []
        self.message = QLabel()
        self.message.setObjectName("driveMessage")
        self.message.setWordWrap(True)

        root = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Drive"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addWidget(QLabel(self.tr("Passage :")))
        self.visit_box = QComboBox()
        self.visit_box.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.visit_box, 1)
        root.addLayout(top)
        # Requests left on a cancelled visit: move them or cancel them.
        self.stranded = StrandedBar(self._worker)
        self.stranded.done.connect(self._stranded_done)
        root.addWidget(self.stranded)
        # The pages read the chosen visit when they act.
        self.inbox = InboxPage(self._worker, self._chosen_visit)
        self.new_request = NewRequestPage(self._worker, self._chosen_visit)
        self.bag_preparation = BagPreparationPage(self._worker, self._chosen_visit)
        self.labels = LabelsPage(self._worker, self._chosen_visit)
        self.notifications = NotificationsPage(self._worker, self._chosen_visit)
        self.tabs = QTabWidget()
        pages: list[tuple[DrivePage, str]] = [
            (self.inbox, self.tr("Demandes")),
            (self.new_request, self.tr("Nouvelle demande")),
            (self.bag_preparation, self.tr("Préparation des sacs")),
            (self.labels, self.tr("Étiquettes")),
            (self.notifications, self.tr("Notifications")),
        ]
        for page, label in pages:
            self.tabs.addTab(page, label)
            page.message.connect(self.show_message)
            page.changed.connect(self.refresh)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.message)
        self.load_visits()

    @property
    def visit_id(self) -> str | None:
        return self._chosen_visit()

    def _chosen_visit(self) -> str | None:
        data = self.visit_box.currentData()
        return str(data) if data else None

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error else "ok")

    def _error(self, error: BaseException) -> None:
        self.show_message(str(error), error=True)

    def load_visits(self, today: dt.date | None = None) -> None:
        day = today or dt.date.today()
        self._worker.submit(
            lambda uow: drive_requests.upcoming_visits(uow, day),
            on_done=self._show_visits,
            on_error=self._error,
            owner=self,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.load_visits()  # Tours may have cancelled, moved or added visits since
        self._shown_once = True

    def _stranded_done(self, text: str, error: bool) -> None:
        self.show_message(text, error)
        self.load_visits()

    def _show_visits(self, visits: list[drive_requests.VisitChoice]) -> None:
        chosen = self.visit_id
        self.visits = visits
        self.visit_box.blockSignals(True)
        self.visit_box.clear()
        for v in visits:
            self.visit_box.addItem(v.label, v.visit_id)
        if chosen is not None and self.visit_box.findData(chosen) >= 0:
            self.visit_box.setCurrentIndex(self.visit_box.findData(chosen))
        self.visit_box.blockSignals(False)
        self.stranded.load(visits)
        self.refresh()

    def refresh(self) -> None:
        """Reload the chosen visit's requests and slots into the pages that show them."""
        visit_id = self.visit_id
        if visit_id is None:
            return
        self._worker.submit(
            lambda uow: drive_requests.visit_inbox(uow, visit_id),
            on_done=self._show_inbox,
            on_error=self._error,
            owner=self,
        )

    def _show_inbox(self, inbox: drive_requests.VisitInbox) -> None:
        requests = list(inbox.requests)
        self.inbox.show_requests(requests)
        self.new_request.show_slots(list(inbox.slots))
        self.bag_preparation.show_requests(requests)
