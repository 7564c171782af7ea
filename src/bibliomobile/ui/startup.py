"""Open the store on a background thread once the window shows (no Qt in this module).

Importing SQLAlchemy and the models costs more than starting Qt itself, so
``bibliomobile gui`` shows the main window first (nothing before it imports
SQLAlchemy), then opens the store with :class:`StoreOpening`; the window attaches
the store as soon as it is open. Starting both at once is slower: the two threads
would fight for the interpreter lock at every Qt call.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bibliomobile.store.uow import Store


class StoreOpening:
    """A store being opened (and migrated) on its own short-lived thread."""

    def __init__(self, path: Path, key: str | None = None) -> None:
        self.path = path
        self._key = key
        self.store: Store | None = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self.run, name="bibliomobile-store-open")
        self._thread.daemon = True

    @classmethod
    def start(cls, path: Path, key: str | None = None) -> StoreOpening:
        opening = cls(path, key)
        opening._thread.start()
        return opening

    def run(self) -> None:
        """Open the store on the calling thread (the thread's target)."""
        try:
            from bibliomobile.store.uow import Store

            self.store = Store.open(self.path, key=self._key)
        except BaseException as error:  # handed to the GUI, which explains it
            self.error = error
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)
