"""One writer at a time, first come first served, among the threads of this process.

Every transaction of the store begins ``IMMEDIATE`` (see :mod:`.engine`): it holds
SQLite's write lock from its first statement, so a scan that has read never fails when
it then writes. SQLite alone does not queue the waiters: a thread that waits polls
with growing sleeps, and a busy thread (the desk scanning, the sync applying pages)
that releases and takes the lock again at once can keep it from another thread for
long. So the threads of one process also take turns here, in arrival order, before
asking SQLite; other processes (a CLI command beside the GUI) still wait through
SQLite's busy timeout.

The turn is taken when a transaction begins and given back when its DB-API connection
commits, rolls back or closes (the connection class below).
"""

from __future__ import annotations

import collections
import threading
from typing import Any


class WriteTurns:
    """A fair lock: waiters are served in the order they came; re-entrant per thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: collections.deque[threading.Event] = collections.deque()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self, timeout: float) -> bool:
        """Wait for this thread's turn; False if it did not come within ``timeout`` s."""
        me = threading.get_ident()
        with self._lock:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None and not self._waiting:
                self._owner, self._depth = me, 1
                return True
            turn = threading.Event()
            self._waiting.append(turn)
        if turn.wait(timeout):
            return True  # handed over by release(): owner already set to this thread
        with self._lock:
            if turn.is_set():  # handed over just as the wait ended
                return True
            self._waiting.remove(turn)
            return False

    def release(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth > 0:
                return
            if self._waiting:
                turn = self._waiting.popleft()
                # The waiter's thread id is not known here: it claims ownership on wake.
                self._owner = _HANDED
                self._depth = 1
                turn.set()
            else:
                self._owner = None
                self._depth = 0

    def claim(self) -> None:
        """Called by a thread whose turn was handed over: it is now the owner."""
        with self._lock:
            if self._owner == _HANDED:
                self._owner = threading.get_ident()


_HANDED = -1


def connection_class(base: type[Any], turns: WriteTurns) -> type[Any]:
    """A DB-API connection class that gives the turn back when its transaction ends."""

    class TurnTakingConnection(base):  # type: ignore[misc]
        holds_turn = False

        def take_turn(self, timeout: float) -> bool:
            if not self.holds_turn:
                if not turns.acquire(timeout):
                    return False
                turns.claim()
                self.holds_turn = True
            return True

        def give_turn(self) -> None:
            if self.holds_turn:
                self.holds_turn = False
                turns.release()

        def commit(self) -> None:
            try:
                super().commit()
            finally:
                self.give_turn()

        def rollback(self) -> None:
            try:
                super().rollback()
            finally:
                self.give_turn()

        def close(self) -> None:
            try:
                super().close()
            finally:
                self.give_turn()

    return TurnTakingConnection


__all__ = ["WriteTurns", "connection_class"]
