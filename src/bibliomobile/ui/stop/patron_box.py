"""The patron at the desk: name, blocks, loans (to pick for a renewal) and their buttons.

Its texts are translated in the ``StopWorkspace`` context, where they were written
first (the .ts files keep them there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.loans import BlockKind
from bibliomobile.services.circulation.results import PatronPanel

from ..tables import french_date

OVERDUE_COLOUR = QColor("#b3261e")


class PatronBox(QGroupBox):
    """Shows a :class:`PatronPanel` (or that nobody is at the desk).

    The buttons call the slots given; they never take the focus from the scan field.
    """

    def __init__(
        self,
        *,
        renew_selected: Callable[[], None],
        renew_all: Callable[[], None],
        override: Callable[[], None],
        next_patron: Callable[[], None],
        renew_card: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("StopWorkspace", "Lecteur"), parent)
        layout = QVBoxLayout(self)
        self.patron_name = QLabel(
            QCoreApplication.translate(
                "StopWorkspace", "Aucun lecteur : les documents scannés sont des retours."
            )
        )
        font = self.patron_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.patron_name.setFont(font)
        self.patron_name.setWordWrap(True)
        layout.addWidget(self.patron_name)
        self.blocks_label = QLabel()
        self.blocks_label.setWordWrap(True)
        self.blocks_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        layout.addWidget(self.blocks_label)
        self.loans_title = QLabel()
        layout.addWidget(self.loans_title)
        self.loans = QListWidget()
        loans_font = self.loans.font()
        loans_font.setPointSizeF(loans_font.pointSizeF() * 1.2)
        self.loans.setFont(loans_font)
        self.loans.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.loans.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.loans, 1)
        buttons = QGridLayout()
        self.renew_button = self._button(
            QCoreApplication.translate("StopWorkspace", "Prolonger la sélection (F2)"),
            renew_selected,
        )
        self.renew_all_button = self._button(
            QCoreApplication.translate("StopWorkspace", "Prolonger tout (F3)"), renew_all
        )
        self.override_button = self._button(
            QCoreApplication.translate("StopWorkspace", "Prêter quand même… (F4)"), override
        )
        self.next_button = self._button(
            QCoreApplication.translate("StopWorkspace", "Lecteur suivant (Échap)"), next_patron
        )
        self.renew_card_button = self._button(
            QCoreApplication.translate("StopWorkspace", "Renouveler la carte"), renew_card
        )
        buttons.addWidget(self.renew_card_button, 2, 0)
        buttons.addWidget(self.renew_button, 0, 0)
        buttons.addWidget(self.renew_all_button, 0, 1)
        buttons.addWidget(self.override_button, 1, 0)
        buttons.addWidget(self.next_button, 1, 1)
        layout.addLayout(buttons)
        self.update_buttons(None)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.clicked.connect(slot)
        return button

    def selected_barcodes(self) -> tuple[str, ...]:
        """The barcodes of the loans selected in the list."""
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in self.loans.selectedItems()
        )

    def show_panel(self, panel: PatronPanel | None) -> None:
        """Show this patron (None: nobody at the desk, scanned items are returns)."""
        self.loans.clear()
        if panel is None:
            self.patron_name.setText(
                QCoreApplication.translate(
                    "StopWorkspace", "Aucun lecteur : les documents scannés sont des retours."
                )
            )
            self.blocks_label.setText("")
            self.loans_title.setText("")
            self.update_buttons(None)
            return
        self.patron_name.setText(
            QCoreApplication.translate("StopWorkspace", "{name} — carte {card}").format(
                name=panel.name, card=panel.card_barcode
            )
        )
        self.blocks_label.setText("\n".join(str(b.message) for b in panel.blocks))
        self.loans_title.setText(
            QCoreApplication.translate("StopWorkspace", "Prêts en cours : {n} sur {max}").format(
                n=len(panel.loans), max=panel.max_loans
            )
        )
        for loan in panel.loans:
            due = QCoreApplication.translate("StopWorkspace", "à rendre le {date}").format(
                date=french_date(loan.due_date)
            )
            text = f"{loan.title} · {loan.barcode} · {due}"
            if loan.overdue:
                text += " · " + QCoreApplication.translate("StopWorkspace", "EN RETARD")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, loan.barcode)
            if loan.overdue:
                item.setForeground(OVERDUE_COLOUR)
            self.loans.addItem(item)
        self.update_buttons(panel)

    def update_buttons(self, panel: PatronPanel | None) -> None:
        """Renewals and "next patron" need a patron; an override needs a blocked one."""
        has_patron = panel is not None
        self.renew_button.setEnabled(has_patron)
        self.renew_all_button.setEnabled(has_patron)
        self.next_button.setEnabled(has_patron)
        self.override_button.setEnabled(bool(panel and panel.blocked))
        expired = panel is not None and any(b.kind == BlockKind.EXPIRED_CARD for b in panel.blocks)
        self.renew_card_button.setEnabled(expired)
