"""What the panels of the Tournées workspace share: the period shown, running tasks, layout.

The workspace runs every task (:class:`RunTask`) so that errors are shown in one place;
each panel receives it, with getters for what the other panels have selected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.store.uow import UnitOfWork

T = TypeVar("T")


class RunTask(Protocol):
    """Runs ``task(uow)`` on the database worker, then ``done(result)`` on the GUI thread.

    A task that writes is one use case, run with ``commit=True``: the worker commits once
    it returns, nothing if it raises. Errors are shown by the workspace.
    """

    def __call__(
        self,
        task: Callable[[UnitOfWork], T],
        done: Callable[[T], None],
        *,
        label: str,
        commit: bool = False,
    ) -> None: ...


def lay_out_box(box: QGroupBox, body: QWidget, buttons: Sequence[QPushButton]) -> None:
    """``body`` above a row of ``buttons``, in ``box``."""
    layout = QVBoxLayout(box)
    layout.addWidget(body, 1)
    row = QHBoxLayout()
    for button in buttons:
        # Never narrower than its (translated) text: the box gives up room elsewhere.
        button.setMinimumWidth(button.sizeHint().width())
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


class PeriodChooser(QWidget):
    """The period the calendar shows and visits are generated for: a first day, months.

    Signals:
        changed(): the first day or the number of months changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(3)
        self.months.setSuffix(self.tr(" mois"))
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.months.valueChanged.connect(lambda _v: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Du")))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("sur")))
        row.addWidget(self.months)

    def period(self) -> tuple[dt.date, dt.date]:
        """From the first day to the end of its last month (15 March, 3 months → 31 May)."""
        start = self.start.date().toPython()
        assert isinstance(start, dt.date)
        months = self.months.value()
        index = start.month - 1 + months
        year, month = start.year + index // 12, index % 12 + 1
        end = dt.date(year, month, 1) - dt.timedelta(days=1)
        return start, max(end, start)
