"""Background sync of the GUI: every few minutes and on "Synchroniser maintenant".

Sync talks to the network for seconds or minutes, so it runs on its own thread, not
on the database worker (scans at a stop never wait behind a download) and never on
the GUI thread. Results come back by signal; the status bar shows the state.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from bibliomobile.services.sync.client import SyncReport, sync_once
from bibliomobile.services.sync.common import DeviceRevoked, NotEnrolled, SyncError
from bibliomobile.services.sync.device import Enrollment, enroll, sync_state
from bibliomobile.services.sync.device import SyncState as DeviceSyncState
from bibliomobile.store.uow import Store, Transactions

from ..status import StatusBar, SyncState
from ..worker import ProgressReport

log = logging.getLogger(__name__)

#: Minutes between two background syncs.
INTERVAL_MINUTES = 5

_STAGES = {
    "push": "Envoi des modifications…",
    "catalogue": "Téléchargement du catalogue…",
    "snapshot": "Réception des données initiales…",
    "pull": "Réception des modifications…",
    "done": "Vérification du périmètre…",
}


class BackgroundJobs:
    """One long-lived thread for the sync side's background work, run in order.

    One thread, hence one database connection of the store's per-thread pool, however
    many syncs, state reads and exports run over a day.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="bibliomobile-sync", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None]) -> None:
        if not self._thread.is_alive():
            return  # stopped: the window is closing
        self._queue.put(job)

    def stop(self, timeout: float) -> None:
        """Finish the job under way (a sync may be mid-transfer), then end the thread."""
        self._queue.put(None)
        self._thread.join(timeout)

    def idle(self) -> bool:
        return self._queue.unfinished_tasks == 0

    def join(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self.idle() and time.monotonic() < deadline:
            time.sleep(0.01)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                self._queue.task_done()
                return
            try:
                job()
            except Exception:  # a job reports its own errors; never kill the thread
                log.exception("background sync job failed")
            finally:
                self._queue.task_done()


class SyncController(QObject):
    """Runs :func:`bibliomobile.services.sync.client.sync_once` off the GUI thread.

    The sync's database steps go through :attr:`transactions` (by default run and
    committed on the sync thread, as the CLI does; the database worker can take them).

    Signals (GUI thread):
        changed(): the sync state may have changed (refresh what you show).
        synced(object): a :class:`~bibliomobile.services.sync.client.SyncReport`.
        failed(str): a French message; the work stays in the outbox.
        enrolled(object): a :class:`~bibliomobile.services.sync.device.Enrollment`.
        enrol_failed(str): a French message.
    """

    changed = Signal()
    synced = Signal(object)
    failed = Signal(str)
    enrolled = Signal(object)
    enrol_failed = Signal(str)
    _progress = Signal(str, int)
    _finished = Signal(object, object)
    _enrol_finished = Signal(object, object)
    _state_read = Signal(object)

    def __init__(
        self,
        store: Store,
        status: StatusBar,
        *,
        interval_minutes: float = INTERVAL_MINUTES,
        transport: Any = None,
        transactions: Transactions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or status)
        self.store = store
        self.transactions = transactions or store.transactions()
        self.status = status
        self.transport = transport
        self.state: DeviceSyncState | None = None
        self.jobs = BackgroundJobs()
        self._syncing = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_minutes * 60_000))
        self.timer.timeout.connect(self.sync_now)
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self._enrol_finished.connect(self._on_enrol_finished)
        self._state_read.connect(self._on_state)

    # -- API (GUI thread) ----------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._syncing

    def start(self) -> None:
        """Read the state (off the GUI thread), then sync now and every few minutes."""
        self.refresh(then_sync=True)

    def refresh(self, then_sync: bool = False) -> None:
        """Re-read the sync state in the background; ``changed`` follows."""

        def read() -> None:
            try:
                state = self.transactions(sync_state)
                self._state_read.emit((state, then_sync))
            except Exception:  # the window (or its store) closed meanwhile
                log.debug("sync state not read", exc_info=True)

        self.jobs.submit(read)

    def sync_now(self) -> bool:
        """Start a sync unless one is running, the device is not enrolled or was revoked."""
        if self.running:
            return False
        if self.state is not None and (not self.state.enrolled or self.state.revoked):
            if not self.state.enrolled:
                self.status.set_sync_state(SyncState.NOT_ENROLLED)
            self._show_state(self.state)
            return False
        self._syncing = True
        self.status.set_sync_state(SyncState.SYNCING)
        self.status.show_progress(ProgressReport(0, 0, self.tr("Synchronisation…")))
        self._run(self._sync_task, self._finished)
        return True

    def enroll(self, server_url: str, code: str) -> None:
        """Enrol this device (in the background); ``enrolled`` or ``enrol_failed`` follows."""

        def task() -> Enrollment:
            return enroll(self.transactions, server_url, code, transport=self.transport)

        self._run(task, self._enrol_finished)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop syncing before the window (and its store) goes away.

        Waits for a job under way, so no thread is left reading a closed store or
        signalling a deleted object; a transfer cut short is simply resumed at the next
        start (nothing leaves the outbox before its ack).
        """
        self.timer.stop()
        self.jobs.stop(timeout)

    def wait(self, timeout: float = 60.0) -> None:
        """Wait for the running sync and deliver its result (tests, closing the window)."""
        self.jobs.join(timeout)
        QCoreApplication.processEvents()

    # -- worker threads ------------------------------------------------------------

    def _sync_task(self) -> SyncReport:
        def progress(stage: str, done: int, _total: int | None) -> None:
            self._progress.emit(stage, done)

        return sync_once(self.transactions, transport=self.transport, progress=progress)

    def _run(self, task: Callable[[], Any], done: Any) -> None:
        def body() -> None:
            try:
                result, error = task(), None
            except SyncError as failure:
                result, error = None, failure
            except Exception as failure:  # never lost in the thread: shown to the user
                log.exception("sync failed")
                result, error = None, SyncError(f"Erreur inattendue : {failure}")
            try:
                done.emit(result, error)
            except RuntimeError:  # the window closed meanwhile; the work is in the store
                log.debug("sync result not delivered", exc_info=True)

        self.jobs.submit(body)

    # -- back on the GUI thread ------------------------------------------------------

    @Slot(object)
    def _on_state(self, payload: tuple[DeviceSyncState, bool]) -> None:
        state, then_sync = payload
        self.state = state
        self._show_state(state)
        self.changed.emit()
        if then_sync and state.enrolled and not state.revoked:
            self.timer.start()
            self.sync_now()

    @Slot(str, int)
    def _on_progress(self, stage: str, done: int) -> None:
        text = QCoreApplication.translate("SyncController", _STAGES.get(stage, stage))
        if done and stage in ("snapshot", "pull"):
            text = f"{text} {done:,}".replace(",", "\u202f")
        elif done and stage == "catalogue":
            text = f"{text} {done / 2**20:.0f}\u202fMo"
        self.status.show_progress(ProgressReport(0, 0, text))

    @Slot(object, object)
    def _on_finished(self, report: SyncReport | None, error: SyncError | None) -> None:
        self._syncing = False
        self.status.clear_progress()
        if error is not None:
            if isinstance(error, DeviceRevoked):
                self.timer.stop()
                self.status.set_sync_state(SyncState.ERROR, self.tr("appareil révoqué"))
            elif isinstance(error, NotEnrolled):
                self.status.set_sync_state(SyncState.NOT_ENROLLED)
            else:
                self.status.set_sync_state(SyncState.OFFLINE, self.tr("travail conservé"))
            self.failed.emit(str(error))
        else:
            assert report is not None
            self.status.set_sync_state(SyncState.ONLINE, _now_text())
            if report.pending:
                self.status.show_message(
                    self.tr("%Ln modification(s) encore en attente.", "", report.pending)
                )
            self.synced.emit(report)
        self.refresh()

    @Slot(object, object)
    def _on_enrol_finished(self, result: Enrollment | None, error: SyncError | None) -> None:
        if error is not None:
            self.enrol_failed.emit(str(error))
            return
        self.enrolled.emit(result)
        self.start()

    def _show_state(self, state: DeviceSyncState) -> None:
        # A device never enrolled simply works offline: the bar keeps "Hors connexion"
        # (the Synchronisation workspace and Réglages say how to enrol).
        if state.revoked:
            self.status.set_sync_state(SyncState.ERROR, self.tr("appareil révoqué"))
        elif state.enrolled and self.status.sync_state is SyncState.NOT_ENROLLED:
            self.status.set_sync_state(SyncState.OFFLINE)


def _now_text() -> str:
    return dt.datetime.now().strftime("%H:%M")


_controllers: weakref.WeakKeyDictionary[StatusBar, SyncController] = weakref.WeakKeyDictionary()


def controller_for(store: Store, status: StatusBar) -> SyncController:
    """The one sync controller of a window (its status bar), created on first use."""
    found = _controllers.get(status)
    if found is None or found.store is not store:
        found = SyncController(store, status)
        _controllers[status] = found
    return found
