"""The laptop going away: lid closed (sleep), session locked, application suspended.

A laptop closed in a van or a car must not open again on someone's data: when the
system is about to sleep (logind's ``PrepareForSleep(true)`` on the system bus), when
the desktop session is locked (logind's ``Session.Lock``) or when Qt reports the
application suspended or hidden, :class:`SleepWatch` emits ``going_away`` and the lock
guard locks at once, without waiting for the idle minutes. Where there is no system
bus (Windows, macOS, a container) the D-Bus part is simply absent; the idle lock still
counts wall-clock time, so a laptop that slept long enough is locked when it wakes.
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"

#: The application states in which nobody is looking at the window any more.
AWAY_STATES = frozenset(
    {Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden}
)


def _slot(signature: str) -> bytes:
    # PySide takes the text SLOT() makes; its type stubs say bytes.
    return cast(bytes, SLOT(signature))


class SleepWatch(QObject):
    """Tells when the laptop goes to sleep or its session is locked.

    Args:
        bus: the D-Bus connection to listen on (the system bus by default; tests give a
            private one).
    """

    #: Why: "sleep", "session-lock" or "suspended".
    going_away = Signal(str)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        self.listening = False
        if bus.isConnected():
            sleep = bus.connect(
                LOGIND,
                LOGIND_PATH,
                LOGIND_MANAGER,
                "PrepareForSleep",
                self,
                _slot("prepare_for_sleep(bool)"),
            )
            # Any session's path: the desktop's "lock screen" goes through logind.
            locked = bus.connect(
                LOGIND, "", LOGIND_SESSION, "Lock", self, _slot("session_locked()")
            )
            self.listening = bool(sleep and locked)
        if not self.listening:
            log.info("no logind on the system bus: the app locks on idle time only")
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state)

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:  # False: waking up, the lock is already there
            self.going_away.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.going_away.emit("session-lock")

    @Slot(Qt.ApplicationState)
    def application_state(self, state: Qt.ApplicationState) -> None:
        if state in AWAY_STATES:
            self.going_away.emit("suspended")
