"""The one database worker thread of the GUI.

Every piece of database work of the GUI runs here, never on the GUI thread, so the
window never freezes (search, sync, import, labels, routing). There is exactly one
worker thread, like Anki's ``taskman``: tasks run one after the other in the order
they were submitted, so two tasks never write at the same time and a scan submitted
before another is processed before it.

Usage from a widget (the callbacks run on the GUI thread)::

    def load(uow: UnitOfWork) -> list[ItemRow]:          # runs on the worker thread
        return search_items(uow, query)

    self._task = worker.submit(load, on_done=self._show_rows, on_error=self._show_error)

A task receives an open :class:`~bibliomobile.store.uow.UnitOfWork`. Services never
commit: a task that writes is one use case, submitted with ``commit=True`` so that the
worker commits once after it returns; an exception rolls everything back
and goes to ``on_error`` (or, without one, to :attr:`DbWorker.task_failed`, which
the main window shows as a French message). Return frozen dataclasses, never ORM
rows: the session is closed once the task returns.

Long work (sync, import, label sheets) passes ``on_progress``; the task then
receives a second argument, a :class:`TaskProgress`, to report and to check for
cancellation::

    def import_file(uow: UnitOfWork, progress: TaskProgress) -> int:
        for done, record in enumerate(records):
            progress.check()                 # raises TaskCancelled if cancelled
            ...
            progress.report(done + 1, len(records), "Import des notices")
        uow.commit()
        return len(records)

    handle = worker.submit(import_file, on_done=..., on_error=..., on_progress=bar.update)
    cancel_button.clicked.connect(handle.cancel)

A cancelled task calls neither ``on_done`` nor ``on_error`` (only ``on_cancelled``
if given): a task cancelled before it started never runs; one that is running stops
at its next ``progress.check()`` and its transaction is rolled back (what it had
already committed stays committed). To show progress in the status bar, pass
``on_progress=lambda r: context.status.show_progress(r, cancel=handle.cancel)`` and
call ``context.status.clear_progress()`` when it is over.

Results arriving for a widget that was deleted meanwhile are dropped safely: pass
``owner=self`` to tie the callbacks to a QObject's lifetime.

Tests call :meth:`DbWorker.wait_idle` (or use ``qtbot.waitUntil(worker.is_idle)``),
and :func:`run_now` runs the same task function synchronously, without a thread.
"""

from __future__ import annotations

import inspect
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from shiboken6 import Shiboken

if TYPE_CHECKING:  # the store loads in the background while the window starts
    from bibliomobile.store.uow import Store, UnitOfWork

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskCancelled(Exception):
    """Raised inside a task by :meth:`TaskProgress.check` once the task is cancelled."""


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """What a long task reported last: ``done`` of ``total`` (0 = unknown) and a text."""

    done: int
    total: int
    text: str


class TaskProgress:
    """Given to long tasks: report progress, check for cancellation (thread-safe)."""

    def __init__(self, handle: TaskHandle[Any], worker: DbWorker) -> None:
        self._handle = handle
        self._worker = worker
        self._last_sent = 0.0

    @property
    def cancelled(self) -> bool:
        return self._handle.cancelled

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the task was cancelled."""
        if self._handle.cancelled:
            raise TaskCancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Send progress to the GUI (throttled to about 20 updates a second)."""
        now = time.monotonic()
        if done < total and now - self._last_sent < 0.05:
            return
        self._last_sent = now
        self._worker._deliver(self._handle, "progress", ProgressReport(done, total, text))


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """What :meth:`DbWorker.submit` returns: lets the caller cancel the task."""

    fn: Callable[..., T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[ProgressReport], None] | None
    on_cancelled: Callable[[], None] | None
    owner: QObject | None
    label: str
    commit: bool = False
    _cancel: threading.Event = field(default_factory=threading.Event)
    _finished: bool = False

    def cancel(self) -> None:
        """Ask the task to stop; it no longer reports anything to its callbacks."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def finished(self) -> bool:
        """True once the task's outcome was delivered on the GUI thread."""
        return self._finished


_STOP = object()


class _Relay(QObject):
    """Lives on the GUI thread; the worker thread emits, Qt queues the call across."""

    deliver = Signal(object, str, object)


class _Thread(QThread):
    def __init__(self, worker: DbWorker) -> None:
        super().__init__()
        self._worker = worker
        self.setObjectName("bibliomobile-db-worker")

    def run(self) -> None:
        self._worker._loop()


class DbWorker(QObject):
    """One thread that runs database tasks in order; results come back by signal.

    Signals (all on the GUI thread):
        busy_changed(bool): True when work is waiting or running, False when idle.
        task_failed(str): a task without ``on_error`` failed; the text is for the user.
        idle(): every submitted task has been delivered.
    """

    busy_changed = Signal(bool)
    task_failed = Signal(str)
    idle = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._queue: queue.Queue[Any] = queue.Queue()
        self._pending = 0  # submitted but not yet delivered (GUI thread only)
        self._relay = _Relay()
        self._relay.deliver.connect(self._on_deliver)
        self._thread = _Thread(self)
        self._thread.start()
        self._stopped = False

    # -- GUI thread API -------------------------------------------------------

    def submit(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[ProgressReport], None] | None = None,
        *,
        on_cancelled: Callable[[], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
        commit: bool = False,
    ) -> TaskHandle[T]:
        """Queue ``fn(uow)`` (or ``fn(uow, progress)`` when ``on_progress`` is given).

        Args:
            fn: the task, run on the worker thread with an open UnitOfWork.
            on_done: called on the GUI thread with the task's return value.
            on_error: called on the GUI thread with the exception the task raised.
            on_progress: called on the GUI thread with each :class:`ProgressReport`.
            on_cancelled: called on the GUI thread if the task was cancelled.
            owner: a QObject; once it is deleted, no callback is called any more.
            label: a short description for logs.
            commit: commit the task's unit of work once ``fn`` has returned (a task
                that writes); an exception or a cancellation commits nothing.
        """
        if self._stopped:
            raise RuntimeError("The database worker is stopped.")
        handle: TaskHandle[T] = TaskHandle(
            fn, on_done, on_error, on_progress, on_cancelled, owner, label or _name(fn), commit
        )
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(handle)
        return handle

    def is_idle(self) -> bool:
        """True when no task is waiting, running or waiting for its result delivery."""
        return self._pending == 0

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Process events until every submitted task is delivered (for tests and shutdown).

        Raises:
            TimeoutError: if the worker is still busy after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while self._pending:
            QCoreApplication.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError(f"database worker still busy ({self._pending} task(s))")
            time.sleep(0.001)

    @property
    def stopped(self) -> bool:
        """True once the window has closed: no task is taken any more."""
        return self._stopped

    def stop(self, timeout: float = 30.0) -> None:
        """Finish queued tasks, then end the thread (called when the window closes)."""
        if self._stopped:
            return
        self._stopped = True
        self._queue.put(_STOP)
        self._thread.wait(int(timeout * 1000))

    # -- worker thread ---------------------------------------------------------

    def _loop(self) -> None:
        while True:
            handle = self._queue.get()
            if handle is _STOP:
                return
            self._run(handle)

    def _run(self, handle: TaskHandle[Any]) -> None:
        if handle.cancelled:
            self._deliver(handle, "cancelled", None)
            return
        started = time.perf_counter()
        try:
            with self.store.unit_of_work() as uow:
                if handle.on_progress is not None:
                    result = handle.fn(uow, TaskProgress(handle, self))
                else:
                    result = handle.fn(uow)
                if handle.commit:
                    uow.commit()
        except TaskCancelled:
            self._deliver(handle, "cancelled", None)
        except BaseException as error:  # delivered to the GUI, never lost in the thread
            log.exception("database task %s failed", handle.label)
            self._deliver(handle, "error", error)
        else:
            log.debug("task %s: %.1f ms", handle.label, (time.perf_counter() - started) * 1000)
            self._deliver(handle, "done", result)

    def _deliver(self, handle: TaskHandle[Any], kind: str, payload: object) -> None:
        self._relay.deliver.emit(handle, kind, payload)

    # -- back on the GUI thread -------------------------------------------------

    @Slot(object, str, object)
    def _on_deliver(self, handle: TaskHandle[Any], kind: str, payload: object) -> None:
        try:
            deliver_to_handle(handle, kind, payload, self.task_failed.emit)
        finally:
            if kind != "progress":
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                    self.idle.emit()


def deliver_to_handle(
    handle: TaskHandle[Any],
    kind: str,
    payload: object,
    report_failure: Callable[[str], None],
) -> None:
    """Hand a worker's message to the task's callbacks, on the GUI thread.

    ``kind`` is progress, done, error or cancelled. Nothing is called for a task
    whose owner widget is gone; an error nobody handles goes to ``report_failure``.
    Any kind but progress marks the task finished.
    """
    alive = handle.owner is None or Shiboken.isValid(handle.owner)
    if kind == "progress":
        if alive and not handle.cancelled and handle.on_progress is not None:
            assert isinstance(payload, ProgressReport)
            handle.on_progress(payload)
        return
    try:
        if not alive:
            pass
        elif kind == "cancelled" or handle.cancelled:
            if handle.on_cancelled is not None:
                handle.on_cancelled()
        elif kind == "error":
            assert isinstance(payload, BaseException)
            if handle.on_error is not None:
                handle.on_error(payload)
            else:
                report_failure(describe_error(payload))
        elif handle.on_done is not None:
            handle.on_done(payload)
    finally:
        handle._finished = True


def describe_error(error: BaseException) -> str:
    """A French sentence for a failed task (details go to the log)."""
    return QCoreApplication.translate(
        "DbWorker", "L'opération a échoué : {error}. Les détails sont dans le journal."
    ).format(error=str(error) or type(error).__name__)


def run_now(store: Store, fn: Callable[[UnitOfWork], T], *, commit: bool = False) -> T:
    """Run a task function synchronously on the calling thread (tests, CLI parity)."""
    with store.unit_of_work() as uow:
        result = fn(uow)
        if commit:
            uow.commit()
        return result


def _name(fn: Callable[..., Any]) -> str:
    name = getattr(fn, "__qualname__", None) or repr(fn)
    module = inspect.getmodule(fn)
    return f"{module.__name__}.{name}" if module else str(name)
