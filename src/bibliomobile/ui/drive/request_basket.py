"""The titles chosen for a drive request, kept across searches until it is saved.

A patron asks for "L'Étranger" and "La Peste": the preparer searches one, ticks it,
searches the other, ticks it; both stay in the basket (shown, each removable) and are
saved together. The copy of each title is chosen when the bag is prepared, unless staff
choose one here ("Choisir l'exemplaire…").
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
        copy_wanted(str): staff want to choose the copy of this record.
    """

    changed = Signal()
    copy_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("basketSummary")
        self.titles = QListWidget()
        self.titles.setObjectName("requestBasket")
        self.titles.setMaximumHeight(110)
        self.titles.setMinimumHeight(80)  # three titles at least, even at 1280×680
        self.remove_button = QPushButton(self.tr("Retirer le titre"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button = QPushButton(self.tr("Choisir l'exemplaire…"))
        self.copy_button.setToolTip(
            self.tr("Par défaut, l'exemplaire est choisi à la préparation du sac.")
        )
        self.copy_button.clicked.connect(self._want_copy)
        self._copies: dict[str, str] = {}
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.copy_button)
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

    def copies(self) -> dict[str, str]:
        """The copies staff chose (record id → item id); the others are chosen later."""
        return {r: i for r, i in self._copies.items() if self.contains(r)}

    def choose_copy(self, record_id: str, item_id: str | None, barcode: str = "") -> None:
        """Keep this copy for the title (None: any copy, chosen at the bag)."""
        for i in range(self.titles.count()):
            item = self.titles.item(i)
            if item.data(Qt.ItemDataRole.UserRole) != record_id:
                continue
            base = str(item.data(Qt.ItemDataRole.UserRole + 1))
            if item_id is None:
                self._copies.pop(record_id, None)
                item.setText(base)
            else:
                self._copies[record_id] = item_id
                item.setText(self.tr("{title} — exemplaire {barcode}").format(
                    title=base, barcode=barcode))  # fmt: skip
            return

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
        item.setData(Qt.ItemDataRole.UserRole + 1, label)
        self.titles.addItem(item)
        self._show_count()
        self.changed.emit()

    def remove(self, record_id: str) -> None:
        for i in range(self.titles.count()):
            if self.titles.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self._copies.pop(record_id, None)
                self.titles.takeItem(i)
                self._show_count()
                self.changed.emit()
                return

    def remove_selected(self) -> None:
        item = self.titles.currentItem()
        if item is not None:
            self.remove(str(item.data(Qt.ItemDataRole.UserRole)))

    def clear(self) -> None:
        self._copies.clear()
        self.titles.clear()
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        count = self.titles.count()
        self.summary.setText(
            self.tr("Aucun titre choisi")
            if count == 0
            else self.tr("%Ln titre(s) choisi(s)", "", count)
        )
        self.remove_button.setEnabled(count > 0)
        self.copy_button.setEnabled(count > 0)

    def _want_copy(self) -> None:
        item = self.titles.currentItem() or (self.titles.item(0) if self.titles.count() else None)
        if item is not None:
            self.copy_wanted.emit(str(item.data(Qt.ItemDataRole.UserRole)))
