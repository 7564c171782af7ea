"""What every page of the Portage workspace shares: running tasks, showing errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QTableView,
    QWidget,
)

from bibliomobile.services.circulation.errors import CirculationError
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.sync.common import SyncError

from ..tables import size_columns
from ..worker import ProgressReport, TaskHandle, describe_error
from ..workspaces import WorkspaceContext

T = TypeVar("T")

#: Errors whose message is already a French sentence for the user.
USER_ERRORS: tuple[type[BaseException], ...] = (HomeDeliveryError, CirculationError, SyncError)


def to_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def row_table(model: QAbstractTableModel, *, selectable: bool = True) -> QTableView:
    """A table over ``model``: whole rows, one at a time, last column stretched."""
    table = QTableView()
    table.setModel(model)
    if selectable:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    columns = getattr(model, "columns", None)
    if columns is not None:
        size_columns(table, columns)
    return table


def split_list(text: str, separator: str = ",") -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(separator) if p.strip())


def parse_float(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise HomeDeliveryError(f"Nombre non compris : « {text} ».") from None


class Page(QWidget):
    """A page that runs its database work on the worker and shows errors inline.

    Signals:
        changed(): something was written (other pages refresh, the banner too).
    """

    changed = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c; font-weight: 600;")
        self.error_label.hide()

    def run(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None] | None = None,
        on_progress: Callable[[ProgressReport], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> TaskHandle[T]:
        self.error_label.hide()
        return self.context.worker.submit(
            fn, on_done, on_error or self.show_error, on_progress, owner=self, **kwargs
        )

    def show_error(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, USER_ERRORS) else describe_error(error)
        self.error_label.setText(text)
        self.error_label.show()
        self.context.status.show_message(text)

    def info(self, text: str) -> None:
        self.context.status.show_message(text)
