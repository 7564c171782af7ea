"""The titles chosen for a drive request, kept across searches until it is saved.

A patron asks for "L'Étranger" and "La Peste": the preparer searches one, ticks it,
searches the other, ticks it; both stay in the basket (shown, each removable) and are
saved together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RequestBasket(QWidget):
    """The chosen titles, in the order they were chosen.

    Signals:
        changed(): a title was added or taken out.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("basketSummary")
        self.titles = QListWidget()
        self.titles.setObjectName("requestBasket")
        self.titles.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("Retirer le titre"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.titles)
        self._show_count()

    def record_ids(self) -> list[str]:
        """The chosen records, in the order chosen."""
        return [
            str(self.titles.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.titles.count())
        ]

    def labels(self) -> list[str]:
        return [self.titles.item(i).text() for i in range(self.titles.count())]

    def contains(self, record_id: str) -> bool:
        return record_id in self.record_ids()

    def add(self, record_id: str, label: str) -> None:
        """Keep this title (once)."""
        if self.contains(record_id):
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.titles.addItem(item)
        self._show_count()
        self.changed.emit()

    def remove(self, record_id: str) -> None:
        for i in range(self.titles.count()):
            if self.titles.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self.titles.takeItem(i)
                self._show_count()
                self.changed.emit()
                return

    def remove_selected(self) -> None:
        item = self.titles.currentItem()
        if item is not None:
            self.remove(str(item.data(Qt.ItemDataRole.UserRole)))

    def clear(self) -> None:
        self.titles.clear()
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        count = self.titles.count()
        self.summary.setText(
            self.tr("Aucun titre choisi")
            if count == 0
            else self.tr("{n} titre(s) choisi(s)").format(n=count)
        )
        self.remove_button.setEnabled(count > 0)
