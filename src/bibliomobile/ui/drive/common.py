"""What the tabs of the Drive workspace share: running tasks, the message line, tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ..worker import DbWorker


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only table chosen by whole rows, one at a time."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list[str]) -> None:
    """Show ``rows``; each cell keeps its row's key (``Qt.UserRole``)."""
    table.setRowCount(len(rows))
    for r, (values, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


class DrivePage(QWidget):
    """A tab of the Drive workspace: runs its database work on the worker.

    Signals:
        message(str, bool): a sentence for the workspace's message line (True: an error).
        changed(): requests or slots were written; the workspace reloads the visit.
    """

    message = Signal(str, bool)
    changed = Signal()

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._visit_id = visit_id

    @property
    def visit_id(self) -> str | None:
        """The visit chosen at the top of the workspace."""
        return self._visit_id()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.emit(text, error)

    def show_error(self, error: BaseException) -> None:
        self.show_message(str(error), error=True)

    def run(self, fn: Any, on_done: Any, *, commit: bool = False) -> None:
        """Run ``fn(uow)`` on the worker; a task that writes passes ``commit=True``.

        Nothing happens once the window has closed (a search typed just before, say).
        """
        if self._worker.stopped:
            return
        self._worker.submit(
            fn, on_done=on_done, on_error=self.show_error, owner=self, commit=commit
        )
