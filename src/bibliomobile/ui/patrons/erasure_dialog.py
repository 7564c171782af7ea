"""Effacer une personne (coordination only): a reason, then a second confirmation; the
server erases the person everywhere, this laptop follows at its next sync."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.sync.common import NotEnrolled, SyncError
from bibliomobile.services.sync.erasure import ERASURE_REASONS, Erased, erase_person_online
from bibliomobile.store.uow import UnitOfWork

from ..i18n import QT_TRANSLATE_NOOP
from ..worker import DbWorker

#: The reasons, in the order the list shows them (source strings for translation).
REASON_LABELS: dict[str, str] = {
    "request": QT_TRANSLATE_NOOP("ErasureDialog", "Demande de la personne"),
    "deceased": QT_TRANSLATE_NOOP("ErasureDialog", "Décès"),
    "duplicate": QT_TRANSLATE_NOOP("ErasureDialog", "Doublon de carte"),
    "other": QT_TRANSLATE_NOOP("ErasureDialog", "Autre motif"),
}
assert set(REASON_LABELS) == set(ERASURE_REASONS)


class ErasureDialog(QDialog):
    """Choose the reason; "Effacer…" asks once more, then asks the server."""

    erased = Signal(object)  # Erased

    def __init__(
        self, worker: DbWorker, card: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.card = card
        self.person = name
        self.setWindowTitle(self.tr("Effacer une personne"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "{name} (carte {card}) sera effacé(e) partout : sur le serveur, dans son "
                "historique, puis sur chaque poste à sa prochaine synchronisation. Les "
                "statistiques restent, anonymes. C'est irréversible."
            ).format(name=name, card=card)
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.reason = QComboBox()
        for key, label in REASON_LABELS.items():
            self.reason.addItem(self.tr(label), key)
        form.addRow(self.tr("Motif"), self.reason)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("erasureMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("Effacer…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        """The second confirmation (No by default), then the request to the server."""
        answer = QMessageBox.warning(
            self,
            self.tr("Confirmer l'effacement"),
            self.tr(
                "Effacer définitivement {name} ? Cette action ne peut pas être annulée."
            ).format(name=self.person),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.erase_now(str(self.reason.currentData()))

    def erase_now(self, reason: str) -> None:
        card = self.card
        self.erase_button.setEnabled(False)
        self.message.setText(self.tr("Effacement en cours…"))

        def task(uow: UnitOfWork) -> Erased:
            return erase_person_online(uow, card, reason)

        self._worker.submit(
            task, on_done=self._done, on_error=self._refused, owner=self, label="erase person"
        )

    def _done(self, erased: Erased) -> None:
        self.message.setText(
            self.tr(
                "Effacé(e) sur le serveur (relevé n° {number}). Ce poste l'effacera à sa "
                "prochaine synchronisation."
            ).format(number=erased.record_id)
        )
        self.erased.emit(erased)

    def _refused(self, error: BaseException) -> None:
        self.erase_button.setEnabled(True)
        if isinstance(error, NotEnrolled):
            text = self.tr("Ce poste n'est pas inscrit auprès d'un serveur : rien n'a été effacé.")
        elif isinstance(error, SyncError) and "injoignable" in str(error):
            text = self.tr(
                "Hors connexion : l'effacement se fait sur le serveur. Réessayez une fois "
                "connecté ; rien n'a été effacé."
            )
        elif isinstance(error, SyncError):
            text = str(error)  # the server's reason, in French
        else:
            raise error
        self.message.setText(text)
