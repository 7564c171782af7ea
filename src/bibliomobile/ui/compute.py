"""A thread for long work that needs no database (the round solver).

The database worker runs its tasks one after the other: a minute of solving there
would hold back every scan and search of the GUI. Work that only computes on plain
data (read beforehand on the database worker, saved afterwards through it) runs here
instead, each task on its own thread, with the same callbacks as
:meth:`DbWorker.submit <bibliomobile.ui.worker.DbWorker.submit>`. A task is called as
``fn(report, cancelled)``: ``report(done, total, text)`` sends progress to the GUI
(throttled), ``cancelled()`` tells it to stop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from .worker import ProgressReport, TaskHandle, deliver_to_handle

log = logging.getLogger(__name__)

T = TypeVar("T")

#: report(done, total, text) and cancelled(), given to every task.
Report = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ComputeWorker(QObject):
    """Runs ``fn(report, cancelled)`` off the GUI thread; callbacks on the GUI thread.

    Signals:
        task_failed(str): a task without ``on_error`` failed; the text is for the user.
    """

    task_failed = Signal(str)
    _deliver = Signal(object, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = 0
        self._deliver.connect(self._on_deliver)

    def submit(
        self,
        fn: Callable[[Report, Cancelled], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[ProgressReport], None] | None = None,
        *,
        on_cancelled: Callable[[], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> TaskHandle[T]:
        """Start ``fn`` on a new thread; cancel it with the returned handle."""
        handle: TaskHandle[T] = TaskHandle(
            fn, on_done, on_error, on_progress, on_cancelled, owner, label or repr(fn)
        )
        self._pending += 1
        thread = threading.Thread(
            target=self._run, args=(handle,), name=f"compute: {handle.label}", daemon=True
        )
        thread.start()
        return handle

    def is_idle(self) -> bool:
        """True when every submitted task was delivered."""
        return self._pending == 0

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Process events until every task is delivered (tests).

        Raises:
            TimeoutError: still busy after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while self._pending:
            QCoreApplication.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError(f"compute worker still busy ({self._pending} task(s))")
            time.sleep(0.001)

    # -- the task's thread -------------------------------------------------------

    def _run(self, handle: TaskHandle[Any]) -> None:
        last_sent = 0.0

        def report(done: int, total: int = 0, text: str = "") -> None:
            nonlocal last_sent
            now = time.monotonic()
            if done < total and now - last_sent < 0.05:
                return
            last_sent = now
            self._send(handle, "progress", ProgressReport(done, total, text))

        try:
            result = handle.fn(report, lambda: handle.cancelled)
        except BaseException as error:  # delivered to the GUI, never lost in the thread
            log.exception("compute task %s failed", handle.label)
            self._send(handle, "error", error)
        else:
            self._send(handle, "done", result)

    def _send(self, handle: TaskHandle[Any], kind: str, payload: object) -> None:
        try:
            self._deliver.emit(handle, kind, payload)
        except RuntimeError:  # the window closed meanwhile
            log.debug("compute result not delivered", exc_info=True)

    # -- back on the GUI thread ----------------------------------------------------

    @Slot(object, str, object)
    def _on_deliver(self, handle: TaskHandle[Any], kind: str, payload: object) -> None:
        try:
            deliver_to_handle(handle, kind, payload, self.task_failed.emit)
        finally:
            if kind != "progress":
                self._pending -= 1
