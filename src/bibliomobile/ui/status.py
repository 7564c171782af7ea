"""The status bar: device, database, sync state, messages and progress.

Workspaces reach it through ``context.status``; the sync engineer drives
:meth:`StatusBar.set_sync_state`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from .i18n import QT_TRANSLATE_NOOP
from .worker import ProgressReport


class SyncState(enum.Enum):
    """What the sync indicator shows."""

    OFFLINE = "offline"
    ONLINE = "online"
    SYNCING = "syncing"
    ERROR = "error"
    NOT_ENROLLED = "not_enrolled"


_SYNC_TEXT = {
    SyncState.OFFLINE: QT_TRANSLATE_NOOP("StatusBar", "Hors connexion"),
    SyncState.ONLINE: QT_TRANSLATE_NOOP("StatusBar", "Synchronisé"),
    SyncState.SYNCING: QT_TRANSLATE_NOOP("StatusBar", "Synchronisation…"),
    SyncState.ERROR: QT_TRANSLATE_NOOP("StatusBar", "Échec de synchronisation"),
    SyncState.NOT_ENROLLED: QT_TRANSLATE_NOOP("StatusBar", "Appareil non inscrit"),
}
_SYNC_COLOUR = {
    SyncState.OFFLINE: "#8a6d1d",
    SyncState.ONLINE: "#2f6b3a",
    SyncState.SYNCING: "#2b5d8a",
    SyncState.ERROR: "#9b2c2c",
    SyncState.NOT_ENROLLED: "#5b6573",
}

#: Only show the "working" indicator when the worker is busy longer than this.
BUSY_DELAY_MS = 400


class StatusBar(QStatusBar):
    """Permanent fields (device, database, sync) plus messages and a progress bar.

    Signals:
        sync_state_changed(str): the new :class:`SyncState` value.
    """

    sync_state_changed = Signal(str)

    def __init__(self, device_id: str, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._progress = QProgressBar(self)
        self._progress.setMaximumWidth(180)
        self._progress.setTextVisible(False)
        self._progress.hide()
        self._progress_text = QLabel(self)
        self._progress_text.hide()
        self._cancel = QToolButton(self)
        self._cancel.setText(self.tr("Annuler"))
        self._cancel.hide()
        self._cancel_fn: Callable[[], None] | None = None
        self._cancel.clicked.connect(self._on_cancel)
        self.addWidget(self._progress_text)
        self.addWidget(self._progress)
        self.addWidget(self._cancel)

        self.device_label = QLabel()
        self.database_label = QLabel()
        self.set_store(device_id, db_path)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        for label in (self.device_label, self.database_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._sync_state = SyncState.OFFLINE
        self.set_sync_state(SyncState.OFFLINE)

        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._explicit_progress = False

    def set_store(self, device_id: str, db_path: Path | None) -> None:
        """Show which device this is and which database file is open."""
        self.device_label.setText(self.tr("Appareil : {device}").format(device=device_id))
        name = db_path.name if db_path else self.tr("(en mémoire)")
        self.database_label.setText(self.tr("Base : {name}").format(name=name))
        self.database_label.setToolTip(str(db_path) if db_path else "")

    # -- sync ---------------------------------------------------------------

    @property
    def sync_state(self) -> SyncState:
        return self._sync_state

    def set_sync_state(self, state: SyncState, detail: str = "") -> None:
        """Show the sync state; ``detail`` (e.g. "il y a 5 min") goes after it."""
        self._sync_state = state
        text = QCoreApplication.translate("StatusBar", _SYNC_TEXT[state])
        if detail:
            text = f"{text} · {detail}"
        self.sync_label.setText("● " + text)
        self.sync_label.setStyleSheet(f"color: {_SYNC_COLOUR[state]}; font-weight: 600;")
        self.sync_state_changed.emit(state.value)

    # -- messages and progress -----------------------------------------------

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        """A transient message on the left of the bar."""
        self.showMessage(text, timeout_ms)

    def show_progress(
        self, report: ProgressReport, cancel: Callable[[], None] | None = None
    ) -> None:
        """Show a long task's progress (``total`` 0 = unknown), with a cancel button."""
        self._explicit_progress = True
        self._busy_timer.stop()
        self._progress.setRange(0, max(report.total, 0))
        if report.total:
            self._progress.setValue(min(report.done, report.total))
        self._progress_text.setText(report.text)
        self._progress_text.setVisible(bool(report.text))
        self._progress.show()
        self._cancel_fn = cancel
        self._cancel.setVisible(cancel is not None)

    def clear_progress(self) -> None:
        """Hide the progress bar (call it when the long task is over)."""
        self._explicit_progress = False
        self._cancel_fn = None
        for widget in (self._progress, self._progress_text, self._cancel):
            widget.hide()

    def set_worker_busy(self, busy: bool) -> None:
        """Connected to ``DbWorker.busy_changed``: a small indeterminate bar if it lasts."""
        if busy:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        if not self._explicit_progress:
            self._progress.hide()

    def _show_busy(self) -> None:
        if not self._explicit_progress:
            self._progress.setRange(0, 0)
            self._progress.show()

    def _on_cancel(self) -> None:
        if self._cancel_fn is not None:
            self._cancel_fn()
        self.clear_progress()

    def progress_visible(self) -> bool:
        return not self._progress.isHidden()
