"""Aujourd'hui: today's visits and rounds, what is waiting, and the sync state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.today import TodayOverview, today_overview
from bibliomobile.store.uow import UnitOfWork

from ..status import SyncState
from ..workspaces import WorkspaceContext


def long_date(day: dt.date) -> str:
    """« dimanche 22 novembre 2026 », in the interface's language (QLocale default)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class TodayWorkspace(QWidget):
    """Three simple blocks: the van, home delivery, what is waiting (and sync).

    Signals:
        open_requested(str, object): open a workspace ("stop", "home_delivery") on a
            target (a visit id; a :class:`RoundRow`) — a double-click on a line.
    """

    open_requested = Signal(str, object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayWorkspace")
        self._worker = context.worker
        self._status = context.status
        self.overview: TodayOverview | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 18, 24, 18)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Aujourd'hui"))
        self.heading.setObjectName("pageTitle")
        top.addWidget(self.heading, 1)
        refresh = QPushButton(self.tr("Actualiser (F5)"))
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        root.addLayout(top)

        grid = QGridLayout()
        self.visits = QListWidget()
        self.rounds = QListWidget()
        self.visits.itemDoubleClicked.connect(self._open_visit)
        self.rounds.itemDoubleClicked.connect(self._open_round)
        for listing in (self.visits, self.rounds):
            listing.setToolTip(self.tr("Double-clic pour l'ouvrir"))
            font = listing.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            listing.setFont(font)
        grid.addWidget(self._box(self.tr("Passages du bibliobus"), self.visits), 0, 0)
        grid.addWidget(self._box(self.tr("Tournées de portage"), self.rounds), 0, 1)
        waiting = QGroupBox(self.tr("En attente"))
        waiting_layout = QVBoxLayout(waiting)
        self.bags_label = QLabel()
        self.requests_label = QLabel()
        for label in (self.bags_label, self.requests_label):
            label.setStyleSheet("font-size: 16px;")
            waiting_layout.addWidget(label)
        waiting_layout.addStretch(1)
        grid.addWidget(waiting, 1, 0)
        sync = QGroupBox(self.tr("Synchronisation"))
        sync_layout = QVBoxLayout(sync)
        self.sync_label = QLabel()
        self.sync_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.pending_label = QLabel()
        sync_layout.addWidget(self.sync_label)
        sync_layout.addWidget(self.pending_label)
        sync_layout.addStretch(1)
        grid.addWidget(sync, 1, 1)
        root.addLayout(grid, 1)

        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)
        self._status.sync_state_changed.connect(self._show_sync_state)
        self._show_sync_state(self._status.sync_state.value)
        self.refresh()

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(content)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.overview is not None:  # coming back to the page: the day has moved on
            self.refresh()

    def refresh(self, day: dt.date | None = None) -> None:
        """Reload the overview of ``day`` (today by default) on the worker."""
        when = day or dt.date.today()

        def task(uow: UnitOfWork) -> TodayOverview:
            return today_overview(uow, when)

        self._worker.submit(task, on_done=self._show, owner=self, label="today overview")

    def _show(self, overview: TodayOverview) -> None:
        self.overview = overview
        self.heading.setText(self.tr("Aujourd'hui — {date}").format(date=long_date(overview.day)))
        statuses = {
            "planned": self.tr("prévu"),
            "open": self.tr("ouvert"),
            "closed": self.tr("clôturé"),
            "cancelled": self.tr("annulé"),
        }
        self.visits.clear()
        for visit in overview.visits:
            line = QListWidgetItem(
                f"{visit.start_time:%H:%M}–{visit.end_time:%H:%M}  {visit.commune} – "
                f"{visit.place}  ({statuses.get(visit.status, visit.status)})"
            )
            line.setData(Qt.ItemDataRole.UserRole, visit.visit_id)
            self.visits.addItem(line)
        if not overview.visits:
            self.visits.addItem(self.tr("Aucun passage aujourd'hui."))
        self.rounds.clear()
        for row in overview.rounds:
            start = f"{row.start_time:%H:%M}  " if row.start_time else ""
            line = QListWidgetItem(
                start
                + self.tr("{volunteer} : %Ln visite(s)", "", row.deliveries).format(
                    volunteer=row.volunteer
                )
            )
            line.setData(Qt.ItemDataRole.UserRole, row.round_id)
            self.rounds.addItem(line)
        if not overview.rounds:
            self.rounds.addItem(self.tr("Aucune tournée de portage aujourd'hui."))
        self.bags_label.setText(
            self.tr("Sacs drive à remettre aujourd'hui : {n}").format(n=overview.bags_to_hand_over)
        )
        self.requests_label.setText(
            self.tr("Demandes à préparer (7 prochains jours) : {n}").format(
                n=overview.requests_to_prepare
            )
        )
        self.pending_label.setText(
            self.tr("Changements à envoyer au serveur : {n}").format(n=overview.changes_to_sync)
            if overview.changes_to_sync
            else self.tr("Tout est envoyé.")
        )

    def _open_visit(self, item: QListWidgetItem) -> None:
        visit_id = item.data(Qt.ItemDataRole.UserRole)
        if visit_id:
            self.open_requested.emit("stop", str(visit_id))

    def _open_round(self, item: QListWidgetItem) -> None:
        round_id = item.data(Qt.ItemDataRole.UserRole)
        rounds = self.overview.rounds if self.overview else ()
        row = next((r for r in rounds if r.round_id == round_id), None)
        if row is not None and self.overview is not None:
            self.open_requested.emit("home_delivery", (row.volunteer_id, self.overview.day))

    def _show_sync_state(self, value: str) -> None:
        texts = {
            SyncState.OFFLINE.value: self.tr("Hors connexion : tout est gardé sur cet appareil."),
            SyncState.ONLINE.value: self.tr("Synchronisé."),
            SyncState.SYNCING.value: self.tr("Synchronisation en cours…"),
            SyncState.ERROR.value: self.tr("Échec de la dernière synchronisation."),
            SyncState.NOT_ENROLLED.value: self.tr("Appareil pas encore inscrit auprès du serveur."),
        }
        self.sync_label.setText(texts.get(value, value))
