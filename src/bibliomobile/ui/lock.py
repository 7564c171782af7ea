"""Who uses the laptop: the lock screen, the idle lock, and the screens each role sees.

When people with a PIN are defined on the laptop (``bibliomobile users add``), the app
opens locked; a person picks their name and types their PIN. After some idle minutes
(a preference), and at once when the laptop goes to sleep (lid closed) or its session
is locked (``sleep_watch.py``), it locks again. What
the navigation offers follows the person's role and ``domain/access.py``; the name of
the person signed in is recorded on each change they make.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.access import rights
from bibliomobile.services.users import ROLE_LABELS, UserError, UserRow, has_users, sign_in, users
from bibliomobile.store.uow import Store

from .preferences import LOCK_MINUTES, Preferences
from .sleep_watch import SleepWatch
from .worker import DbWorker

log = logging.getLogger(__name__)

#: The entities a workspace changes: a role sees it when it may change one of them.
#: Workspaces absent from this map only read, or only concern the laptop: all see them.
#: (A volunteer lends and takes back too, but at the door: not at a stop's desk.)
WORKSPACE_ENTITIES: dict[str, tuple[str, ...]] = {
    "stop": ("stop_visits",),
    "drive": ("requests",),
    "home_delivery": ("deliveries", "beneficiaries"),
    "tours": ("tours", "stops", "schedule_rules"),
    "patrons": ("patrons",),
    "stats": ("libraries",),  # the network's figures: coordinators
}

#: Failed PINs in a row before the lock screen waits.
MAX_ATTEMPTS = 5
WAIT_SECONDS = 30

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def workspace_visible(role: str, key: str) -> bool:
    """Whether a person in ``role`` is offered workspace ``key``."""
    entities = WORKSPACE_ENTITIES.get(key)
    if entities is None:
        return True
    for entity in entities:
        allowed = rights(role, entity)
        if allowed.create or allowed.update or allowed.delete:
            return True
    return False


class LockDialog(QDialog):
    """Pick your name, type your PIN. It cannot be dismissed, only unlocked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Bibliomobile est verrouillé"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Qui êtes-vous ? Tapez votre code PIN pour continuer."))
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.person = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("Personne"), self.person)
        form.addRow(self.tr("Code PIN"), self.pin)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.unlock_button = QPushButton(self.tr("Déverrouiller"))
        self.unlock_button.setDefault(True)
        layout.addWidget(self.unlock_button)
        self.pin.returnPressed.connect(self.unlock_button.click)

    def set_people(self, rows: list[UserRow], last: str | None) -> None:
        self.person.clear()
        for row in rows:
            if row.active:
                label = f"{row.name} ({ROLE_LABELS.get(row.role, row.role)})"
                self.person.addItem(label, row.user_id)
        index = self.person.findData(last) if last else -1
        self.person.setCurrentIndex(max(index, 0))

    def reject(self) -> None:  # Esc does not unlock
        self.pin.clear()


class LockGuard(QObject):
    """Locks the window at start and when idle; unlocks by PIN; applies the role."""

    def __init__(
        self,
        window: QWidget,
        navigation: QListWidget,
        content: QWidget,
        store: Store,
        worker: DbWorker,
        preferences: Preferences,
        workspace_keys: Callable[[], list[str]],
        bus: QDBusConnection | None = None,
    ) -> None:
        """``bus``: where logind's sleep and lock signals come from (the system bus)."""
        super().__init__(window)
        self._window = window
        self._navigation = navigation
        self._content = content
        self._store = store
        self._worker = worker
        self._preferences = preferences
        self._keys = workspace_keys
        self.enabled = False
        self.locked = False
        self.user: UserRow | None = None
        self._failures = 0
        self.last_activity = time.time()
        self.dialog = LockDialog(window)
        self.dialog.unlock_button.clicked.connect(self.try_unlock)
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)
        self._timer.timeout.connect(self.check_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.sleep_watch = self.listen(bus)
        worker.submit(has_users, on_done=self._start, owner=self)

    def _start(self, needed: bool) -> None:
        self.enabled = needed
        if needed:
            self._timer.start()
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.locked:
            self.last_activity = time.time()
        return False

    def check_idle(self, now: float | None = None) -> None:
        """Lock when idle long enough; wall-clock time, so a laptop that slept counts."""
        minutes = self._preferences.get(LOCK_MINUTES)
        if not self.enabled or self.locked or minutes <= 0:
            return
        if (now if now is not None else time.time()) - self.last_activity >= minutes * 60:
            self.lock()

    def listen(self, bus: QDBusConnection | None) -> SleepWatch:
        """Lock at once when ``bus`` (the system bus: None) says the laptop sleeps."""
        watch = SleepWatch(bus, self)
        watch.going_away.connect(self.lock_now)
        return watch

    def lock_now(self, why: str = "") -> None:
        """Lock at once (the laptop goes to sleep, its session is locked), when people
        with a PIN are defined and it is not locked already."""
        if self.enabled and not self.locked:
            log.info("locked: %s", why or "asked")
            self.lock()

    def lock(self) -> None:
        """Hide everything and ask who is there."""
        self.locked = True
        self._store.person.name = None
        self._content.setVisible(False)
        self._navigation.setVisible(False)
        self.dialog.pin.clear()
        self.dialog.message.clear()
        last = self.user.user_id if self.user else None
        self._worker.submit(users, on_done=lambda rows: self.dialog.set_people(rows, last))
        self.dialog.open()
        self.dialog.pin.setFocus()

    def try_unlock(self) -> None:
        user_id = self.dialog.person.currentData()
        pin = self.dialog.pin.text()
        if not user_id or not self.dialog.unlock_button.isEnabled():
            return
        self._worker.submit(
            lambda uow: sign_in(uow, str(user_id), pin),
            on_done=self._unlocked,
            on_error=self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self.dialog.pin.clear()
        self._failures += 1
        text = str(error) if isinstance(error, UserError) else self.tr("Code PIN incorrect.")
        if self._failures >= MAX_ATTEMPTS:
            self._failures = 0
            self.dialog.unlock_button.setEnabled(False)
            text = self.tr("Trop d'essais : patientez {s} secondes.").format(s=WAIT_SECONDS)
            QTimer.singleShot(
                WAIT_SECONDS * 1000, lambda: self.dialog.unlock_button.setEnabled(True)
            )
        self.dialog.message.setText(text)

    def _unlocked(self, user: UserRow) -> None:
        self.user = user
        self._failures = 0
        self._store.person.name = user.name
        self.locked = False
        self.last_activity = time.time()
        self.dialog.accept()
        self.apply_role(user.role)
        self._content.setVisible(True)
        self._navigation.setVisible(True)

    def apply_role(self, role: str) -> None:
        """Offer only the workspaces this role may work in."""
        keys = self._keys()
        for row, key in enumerate(keys):
            self._navigation.setRowHidden(row, not workspace_visible(role, key))
        current = self._navigation.currentRow()
        if current < 0 or self._navigation.isRowHidden(current):
            for row in range(len(keys)):
                if not self._navigation.isRowHidden(row):
                    self._navigation.setCurrentRow(row)
                    break
