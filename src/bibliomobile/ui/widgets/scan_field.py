"""A field for barcode scanners (keyboard wedge) that also takes codes typed by hand.

A scanner "types" the code very fast and ends with Enter (Return or keypad Enter).
:class:`ScanField` emits :attr:`ScanField.scanned` once per Enter with the code as
:func:`bibliomobile.domain.scan.normalize_scan` makes it (AZERTY digit row repaired,
upper-case). The field is emptied at once, so the next scan's keystrokes start
clean, and nothing here waits for the database: scans are never dropped nor
doubled, even one every 300 ms while the worker is busy.

To process scans with the database, use :class:`ScanQueue`: it takes each scan in
order, runs your handler on the database worker one scan at a time (the result of
scan *n* is known before scan *n+1* is handled, e.g. a patron card before items), and
reports how many scans are waiting::

    self.scan = ScanField(placeholder=self.tr("Scanner une carte ou un document"))
    self.queue = ScanQueue(context.worker, handle_scan, self._show_result, self._show_error)
    self.scan.scanned.connect(self.queue.push)

where ``handle_scan(uow, code)`` runs on the worker thread. A failed scan is reported
to ``on_error(code, error)`` and the queue goes on with the next one.

Never open a modal dialog in reaction to a scan: the crew keeps scanning, the next
code's keystrokes would go to the dialog and its Enter would press a button. Show
the problem next to the field (and keep the field focused) instead.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from bibliomobile.domain.scan import normalize_scan
from bibliomobile.store.uow import UnitOfWork

from ..worker import DbWorker

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanField(QLineEdit):
    """A line edit that emits ``scanned(code)`` on Enter, normalised, never twice.

    Signals:
        scanned(str): a normalised, non-empty code.
        raw_scanned(str): the text exactly as typed (for logs and error messages).
    """

    scanned = Signal(str)
    raw_scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(placeholder or self.tr("Scanner ou saisir un code-barres"))
        self.setClearButtonEnabled(True)
        self.setMinimumHeight(36)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)
        # No completion, no undo history mixing two scans.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.count = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            event.accept()
            self._take()
            return
        super().keyPressEvent(event)

    def _take(self) -> None:
        raw = self.text()
        # Clear before emitting: a slot that opens a dialog must not see this text again.
        self.clear()
        code = normalize_scan(raw)
        if not code:
            return
        self.count += 1
        self.raw_scanned.emit(raw)
        self.scanned.emit(code)


class ScanQueue(QObject):
    """Scans handled in order, one at a time, on the database worker.

    Signals:
        pending_changed(int): scans received and not yet handled (0 when caught up).
    """

    pending_changed = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        handler: Callable[[UnitOfWork, str], Any],
        on_result: Callable[[str, Any], None],
        on_error: Callable[[str, BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._handler = handler
        self._on_result = on_result
        self._on_error = on_error
        self._waiting: collections.deque[str] = collections.deque()
        self._running: str | None = None

    @property
    def pending(self) -> int:
        return len(self._waiting) + (1 if self._running is not None else 0)

    @Slot(str)
    def push(self, code: str) -> None:
        """Add a scan; it is handled after every scan pushed before it."""
        self._waiting.append(code)
        self.pending_changed.emit(self.pending)
        self._next()

    def _next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        code = self._waiting.popleft()
        self._running = code
        handler = self._handler

        def task(uow: UnitOfWork) -> Any:
            return handler(uow, code)

        self._worker.submit(
            task,
            on_done=lambda result: self._finish(code, result, None),
            on_error=lambda error: self._finish(code, None, error),
            owner=self,
            label=f"scan {code}",
        )

    def _finish(self, code: str, result: Any, error: BaseException | None) -> None:
        self._running = None
        try:
            if error is not None:
                self._on_error(code, error)
            else:
                self._on_result(code, result)
        finally:
            self.pending_changed.emit(self.pending)
            self._next()
