"""Desk commands (scans, renewals, undo, override) run one at a time, in order.

Every command goes through this one queue, scans and buttons alike, so "undo" undoes
the action the crew just saw and a card scanned before an item is always known when
the item is handled. A command runs on the database worker with the
:class:`~bibliomobile.services.bookmobile.desk_state.DeskState` left by the previous
command, and is committed there once it returns (one command, one transaction); its
outcome (and new state) comes back on the GUI thread before the next one starts.
Nothing is dropped: a failed command is reported and the queue goes on.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState
from bibliomobile.store.uow import UnitOfWork

from ..worker import DbWorker, describe_error

Command = Callable[[UnitOfWork, DeskState], DeskOutcome]


class DeskQueue(QObject):
    """Signals:
    outcome(object): a :class:`DeskOutcome`, in the order commands were pushed.
    failed(str, str): the label of a command that raised, and a French message.
    pending_changed(int): commands received and not finished yet.
    """

    outcome = Signal(object)
    failed = Signal(str, str)
    pending_changed = Signal(int)

    def __init__(
        self, worker: DbWorker, desk: Desk, state: DeskState, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._desk = desk
        self._state = state
        self._waiting: collections.deque[tuple[str, Command]] = collections.deque()
        self._running: str | None = None
        self.handled = 0

    @property
    def state(self) -> DeskState:
        return self._state

    @property
    def pending(self) -> int:
        return len(self._waiting) + (1 if self._running is not None else 0)

    def push(self, label: str, command: Command) -> None:
        """Queue a command after every command pushed before it."""
        self._waiting.append((label, command))
        self.pending_changed.emit(self.pending)
        self._next()

    def scan(self, code: str) -> None:
        """Queue a scanned code, stamped when it was scanned (a double read is told by
        the time between two reads, not by when the worker gets to them)."""
        at = dt.datetime.now()
        self.push(code, lambda uow, state: self._desk.scan(uow, state, code, now=at))

    def _next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        label, command = self._waiting.popleft()
        self._running = label

        def task(uow: UnitOfWork) -> DeskOutcome:
            # Read when the task runs: the previous command's state is already in place.
            return command(uow, self._state)

        self._worker.submit(
            task,
            on_done=self._done,
            on_error=self._error,
            owner=self,
            label=f"desk {label}",
            commit=True,
        )

    def _done(self, result: DeskOutcome) -> None:
        self._state = result.state
        self._running = None
        self.handled += 1
        try:
            self.outcome.emit(result)
        finally:
            self.pending_changed.emit(self.pending)
            self._next()

    def _error(self, error: BaseException) -> None:
        label = self._running or ""
        self._running = None
        self.handled += 1
        try:
            self.failed.emit(label, describe_error(error))
        finally:
            self.pending_changed.emit(self.pending)
            self._next()
