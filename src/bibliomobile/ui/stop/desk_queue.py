"""Desk commands (scans, renewals, undo, override) run one at a time, in order.

Every command goes through this one queue, scans and buttons alike, so "undo" undoes
the action the crew just saw and a card scanned before an item is always known when
the item is handled. A command runs on the database worker with the
:class:`~bibliomobile.services.bookmobile.desk_state.DeskState` left by the previous
command, and is committed there once it returns (one command, one transaction); its
outcome (and new state) comes back on the GUI thread before the next one starts.
Nothing is dropped: a failed command is reported and the queue goes on.

A card this van does not hold, scanned while the laptop is online, is asked of the
server on a thread of its own (a short timeout: the crew is waiting) while the queue
waits; the server's answer, or its silence, then goes to the desk, which falls back on
the van's offline card index. No database transaction stays open during the request.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState, OutcomeKind
from bibliomobile.services.circulation.cards import FoundCard
from bibliomobile.services.sync.cards import lookup_card_online
from bibliomobile.services.sync.common import SyncError
from bibliomobile.store.uow import UnitOfWork

from ..status import SyncState
from ..sync.controller import controller_for
from ..worker import DbWorker, describe_error
from ..workspaces import WorkspaceContext

log = logging.getLogger(__name__)

Command = Callable[[UnitOfWork, DeskState], DeskOutcome]
#: Who holds a card, according to the server (None: nobody); SyncError when it cannot say.
CardLookup = Callable[[str], FoundCard | None]


class DeskQueue(QObject):
    """Signals:
    outcome(object): a :class:`DeskOutcome`, in the order commands were pushed.
    failed(str, str): the label of a command that raised, and a French message.
    pending_changed(int): commands received and not finished yet.
    """

    outcome = Signal(object)
    failed = Signal(str, str)
    pending_changed = Signal(int)
    _answered = Signal(str, object, bool)

    def __init__(
        self,
        worker: DbWorker,
        desk: Desk,
        state: DeskState,
        parent: QObject | None = None,
        *,
        card_lookup: CardLookup | None = None,
        online: Callable[[], bool] = lambda: False,
    ) -> None:
        """``card_lookup`` asks the server about a card (run off the GUI thread), when
        ``online`` says the laptop reaches the server."""
        super().__init__(parent)
        self._worker = worker
        self._desk = desk
        self._state = state
        self._card_lookup = card_lookup
        self._online = online
        self._answered.connect(self._card_answered)
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
        ask = self._card_lookup is not None and self._online()
        self.push(
            code, lambda uow, state: self._desk.scan(uow, state, code, now=at, ask_server=ask)
        )

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
        if result.kind == OutcomeKind.ASK_SERVER and self._card_lookup is not None:
            self._ask_server(result.code, self._card_lookup)  # the queue waits for it
            return
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

    def _ask_server(self, code: str, lookup: CardLookup) -> None:
        answered = self._answered

        def ask() -> None:
            try:
                found = lookup(code)
            except SyncError as error:  # offline after all, too slow, or refused
                log.info("card lookup online failed: %s", error)
                answered.emit(code, None, False)
                return
            except Exception:  # never leave the desk waiting
                log.exception("card lookup online failed")
                answered.emit(code, None, False)
                return
            answered.emit(code, found, True)

        threading.Thread(target=ask, name="bibliomobile-card-lookup", daemon=True).start()

    def _card_answered(self, code: str, found: FoundCard | None, server_answered: bool) -> None:
        """Back on the GUI thread: the desk takes the answer, before any later scan."""
        label = self._running or code
        self._running = None
        self._waiting.appendleft(
            (
                label,
                lambda uow, state: self._desk.card_answer(
                    uow, state, code, found, server_answered=server_answered
                ),
            )
        )
        self._next()


def desk_queue_for(context: WorkspaceContext, desk: Desk, parent: QObject) -> DeskQueue:
    """The desk's queue, asking the server about unknown cards while the status bar says
    the laptop reaches it (the sync's own credentials and transport)."""
    sync = controller_for(context.store, context.status)
    transactions, transport = sync.transactions, sync.transport
    return DeskQueue(
        context.worker,
        desk,
        DeskState(),
        parent,
        card_lookup=lambda code: lookup_card_online(transactions, code, transport=transport),
        online=lambda: context.status.sync_state in (SyncState.ONLINE, SyncState.SYNCING),
    )
