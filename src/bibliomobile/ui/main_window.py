"""The main window: left navigation of workspaces, the page, the status bar."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .icons import app_icon, icon
from .preferences import LAST_WORKSPACE, Preferences
from .status import StatusBar
from .worker import DbWorker
from .workspaces import WORKSPACES, WorkspaceContext, WorkspaceSpec

if TYPE_CHECKING:
    from bibliomobile.store.uow import Store

log = logging.getLogger(__name__)

#: When set to 1, print "first-paint <epoch seconds>" after the first paint and quit.
EXIT_AFTER_PAINT_ENV = "BIBLIOMOBILE_EXIT_AFTER_PAINT"

# The window every workspace is designed for: a 1366×768 laptop, less a title bar and a
# task bar. Every workspace stays usable down to 1280×680.
DESIGN_SIZE = QSize(1366, 705)
# The size the window opens at on a screen with room to spare.
ROOMY_SIZE = QSize(1440, 900)


def opens_maximised(available: QSize) -> bool:
    """Whether the window opens maximised on a screen with this much available room:
    yes when the roomy size does not fit with a margin around it (laptops, small screens)."""
    return available.width() < ROOMY_SIZE.width() + 80 or (
        available.height() < ROOMY_SIZE.height() + 60
    )


class PlaceholderPage(QWidget):
    """What a workspace shows until an engineer fills it."""

    def __init__(self, spec: WorkspaceSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder-{spec.key}")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(spec.icon, colour="#9aa5b1", size=64).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(QCoreApplication.translate("Workspaces", spec.title))
        title.setObjectName("placeholderTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        soon = QLabel(self.tr("Cet espace arrive bientôt"))
        soon.setObjectName("placeholderSoon")
        soon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        what = QLabel(QCoreApplication.translate("Workspaces", spec.description))
        what.setObjectName("placeholderText")
        what.setWordWrap(True)
        what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (picture, title, soon, what):
            layout.addWidget(widget)
        layout.addStretch(3)


class LoadingPage(QWidget):
    """Shown while the database opens in the background (the first second of a start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Ouverture de la base de données…"))
        text.setObjectName("placeholderText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)


class MainWindow(QMainWindow):
    """Navigation on the left, one page per workspace (built on first visit).

    Built with a store and its worker, or with ``store=None`` at start-up while the
    database opens in the background: then the window shows a loading page until
    :meth:`attach` gives it the store.

    Signals:
        first_painted(): the window was painted for the first time.
    """

    first_painted = Signal()

    def __init__(
        self,
        store: Store | None,
        worker: DbWorker | None,
        settings: QSettings,
        language: str,
        workspaces: tuple[WorkspaceSpec, ...] = WORKSPACES,
        *,
        db_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Bibliomobile"))
        self.setMinimumSize(QSize(900, 560))
        self.resize(self._opening_size())
        self._store: Store | None = None
        self._worker: DbWorker | None = None
        self._preferences = Preferences(settings)
        self._language = language
        self._specs = workspaces
        self._pages: dict[str, QWidget] = {}
        self.context: WorkspaceContext | None = None

        self.status = StatusBar("…", store.path if store else db_path, self)
        self.setStatusBar(self.status)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(214)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index, spec in enumerate(workspaces):
            entry = QListWidgetItem(
                icon(spec.icon), QCoreApplication.translate("Workspaces", spec.title)
            )
            entry.setData(Qt.ItemDataRole.UserRole, spec.key)
            entry.setSizeHint(QSize(0, 38))
            if index < 10:
                entry.setToolTip(f"Ctrl+{(index + 1) % 10}")
            self.navigation.addItem(entry)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._loading = LoadingPage()
        self.pages.addWidget(self._loading)
        row.addWidget(self._sidebar())
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._open_row)

        for index in range(min(10, len(workspaces))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"), self)
            shortcut.activated.connect(lambda row=index: self.navigation.setCurrentRow(row))

        start = self._preferences.get(LAST_WORKSPACE)
        keys = [spec.key for spec in workspaces]
        self.navigation.setCurrentRow(keys.index(start) if start in keys else 0)

        self._painted = False
        self.installEventFilter(self)  # removed after the first paint
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            self.first_painted.connect(self._report_first_paint)
        if store is not None and worker is not None:
            self.attach(store, worker)

    def attach(self, store: Store, worker: DbWorker) -> None:
        """Give the window its open store and worker; the current workspace opens."""
        self._store = store
        self._worker = worker
        self.status.set_store(store.device_id, store.path)
        worker.busy_changed.connect(self.status.set_worker_busy)
        worker.task_failed.connect(self._show_task_error)
        self.context = WorkspaceContext(
            store=store,
            worker=worker,
            status=self.status,
            preferences=self._preferences,
            language=self._language,
        )
        self._open_row(self.navigation.currentRow())
        # Locked at start and when idle when people with a PIN are defined on the laptop.
        from .lock import LockGuard

        self.lock = LockGuard(
            self, self.navigation, self.pages, store, worker, self._preferences, self.workspace_keys
        )
        # Background sync: every few minutes and at start, on its own thread.
        from .sync.controller import controller_for

        self.sync = controller_for(store, self.status)
        self.sync.start()

    def _available(self) -> QRect | None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def _opening_size(self) -> QSize:
        """The roomy size, never wider or taller than the screen's available area."""
        available = self._available()
        if available is None:
            return DESIGN_SIZE
        return ROOMY_SIZE.boundedTo(available.size()).expandedTo(self.minimumSize())

    def show_on_screen(self) -> None:
        """Show the window as a person first sees it: maximised on a laptop or a small
        screen, otherwise at the roomy size in the middle of the screen."""
        available = self._available()
        if available is None or opens_maximised(available.size()):
            self.showMaximized()
            return
        self.resize(self._opening_size())
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())
        self.show()

    @property
    def attached(self) -> bool:
        return self.context is not None

    def _sidebar(self) -> QFrame:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        brand = QHBoxLayout()
        brand.setContentsMargins(18, 18, 12, 6)
        brand.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(32, 32)))
        name = QLabel("Bibliomobile")
        name.setObjectName("brandName")
        brand.addWidget(logo)
        brand.addWidget(name, 1)
        column.addLayout(brand)
        column.addWidget(self.navigation, 1)
        return sidebar

    # -- workspaces ---------------------------------------------------------------

    def workspace_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def open_workspace(self, key: str) -> QWidget:
        """Show a workspace (building it if needed) and return its page."""
        self.navigation.setCurrentRow(self.workspace_keys().index(key))
        return self._pages.get(key, self._loading)

    def current_workspace(self) -> str:
        return self._specs[self.navigation.currentRow()].key

    def page(self, key: str) -> QWidget | None:
        """The page of a workspace if it was built already."""
        return self._pages.get(key)

    @Slot(int)
    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        if self.context is None:
            self.pages.setCurrentWidget(self._loading)
            return
        page = self._pages.get(spec.key)
        if page is None:
            page = self._build(spec, self.context)
            self._pages[spec.key] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._preferences.set(LAST_WORKSPACE, spec.key)
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def _build(self, spec: WorkspaceSpec, context: WorkspaceContext) -> QWidget:
        if spec.factory is None:
            return PlaceholderPage(spec)
        try:
            page = spec.factory(context)
        except Exception:
            log.exception("workspace %s could not be built", spec.key)
            page = QLabel(
                self.tr("Cet espace n'a pas pu s'ouvrir. Les détails sont dans le journal.")
            )
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName(f"workspace-{spec.key}")
        opener = getattr(page, "open_requested", None)
        if opener is not None:  # e.g. Aujourd'hui: a double-click opens a visit or a round
            opener.connect(self.open_target)
        return page

    def open_target(self, key: str, target: object) -> None:
        """Open workspace ``key`` on ``target`` (its ``show_target`` says what it takes)."""
        page = self.open_workspace(key)
        show = getattr(page, "show_target", None)
        if callable(show):
            show(target)

    # -- errors, paint, close ------------------------------------------------------

    @Slot(str)
    def _show_task_error(self, message: str) -> None:
        self.status.show_message(message, 10000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            # Once this paint event has been handled.
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def _report_first_paint(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        self._report_ready_when_idle()

    def _report_ready_when_idle(self) -> None:
        # "Ready": the store is attached and the first workspace has its data.
        if self._worker is None or not self._worker.is_idle():
            QTimer.singleShot(5, self._report_ready_when_idle)
            return
        print(f"ready {time.time():.6f}", flush=True)
        sys.stdout.flush()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None and not self._worker.is_idle():
            try:
                self._worker.wait_idle(timeout=15)
            except TimeoutError:
                answer = QMessageBox.question(
                    self,
                    self.tr("Travail en cours"),
                    self.tr("Une opération est encore en cours. Quitter quand même ?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
        sync = getattr(self, "sync", None)
        if sync is not None:
            sync.shutdown()
        super().closeEvent(event)
