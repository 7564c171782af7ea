"""The right-hand column of the desk: visitor counters, undo, drive pickups, journal,
end-of-visit summary. Its strings stay in the desk's translation context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .feedback import make_journal


def desk_button(text: str, slot: Callable[[], None]) -> QPushButton:
    """A button that never takes the focus from the scan field."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class SideColumn(QWidget):
    """Counters (``counter(key, step)`` gives each button's action), undo, pickups,
    journal and summary."""

    def __init__(
        self,
        counter: Callable[[str, int], Callable[[], None]],
        undo: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        counters = QGroupBox(QCoreApplication.translate("StopWorkspace", "Visiteurs du passage"))
        grid = QGridLayout(counters)
        self.counter_labels: dict[str, QLabel] = {}
        entries = (
            ("adults", QCoreApplication.translate("StopWorkspace", "Adultes"), "F6"),
            ("children", QCoreApplication.translate("StopWorkspace", "Enfants"), "F7"),
            (
                "new_registrations",
                QCoreApplication.translate("StopWorkspace", "Inscriptions"),
                "F8",
            ),
        )
        for row, (key, text, key_name) in enumerate(entries):
            grid.addWidget(QLabel(text), row, 0)
            value = QLabel("0")
            value.setStyleSheet("font-size: 18px; font-weight: 600;")
            self.counter_labels[key] = value
            grid.addWidget(value, row, 1)
            grid.addWidget(desk_button(f"+1 ({key_name})", counter(key, 1)), row, 2)
            grid.addWidget(desk_button("−1", counter(key, -1)), row, 3)
        column.addWidget(counters)
        self.undo_button = desk_button(
            QCoreApplication.translate("StopWorkspace", "Annuler la dernière action (Ctrl+Z)"), undo
        )
        column.addWidget(self.undo_button)
        # Drive bags expected at this visit, by slot (scan a bag's QR to hand it over).
        column.addWidget(
            QLabel(QCoreApplication.translate("StopWorkspace", "Retraits drive attendus"))
        )
        self.pickups = QListWidget()
        self.pickups.setObjectName("drivePickups")
        self.pickups.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pickups.setMaximumHeight(140)
        column.addWidget(self.pickups)
        column.addWidget(QLabel(QCoreApplication.translate("StopWorkspace", "Journal du passage")))
        self.journal = make_journal()
        column.addWidget(self.journal, 1)
        self.summary = QLabel()
        self.summary.setObjectName("visitSummary")
        self.summary.setWordWrap(True)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.hide()
        column.addWidget(self.summary)
