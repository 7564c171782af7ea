"""Réglages: enrol this device with the library's server (address + one-time code)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from bibliomobile.services.sync.device import Enrollment

from ..workspaces import WorkspaceContext
from .controller import controller_for


class EnrolmentBox(QGroupBox):
    """Server address and enrolment code; shows where the device stands."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Serveur de la médiathèque"))
        self.setObjectName("serverSettings")
        self.controller = controller_for(context.store, context.status)
        form = QFormLayout(self)
        self.state_label = QLabel(self.tr("Lecture de l'état…"))
        self.state_label.setObjectName("enrolmentState")
        self.state_label.setWordWrap(True)
        form.addRow(self.state_label)
        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("serverUrl")
        self.server_edit.setPlaceholderText("https://sync.mediatheque.fr")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("enrolmentCode")
        self.code_edit.setPlaceholderText("ABCD-EFGH-JKMN")
        form.addRow(self.tr("Adresse du serveur"), self.server_edit)
        form.addRow(self.tr("Code d'inscription"), self.code_edit)
        self.enrol_button = QPushButton(self.tr("Inscrire cet appareil"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self._enrol)
        form.addRow(self.enrol_button)
        self.controller.changed.connect(self._show_state)
        self.controller.enrolled.connect(self._on_enrolled)
        self.controller.enrol_failed.connect(self._on_failed)
        if self.controller.state is not None:
            self._show_state()
        self.controller.refresh()

    @Slot()
    def _show_state(self) -> None:
        state = self.controller.state
        if state is None:
            return
        if state.revoked:
            self.state_label.setText(
                self.tr(
                    "Cet appareil a été révoqué : il ne se synchronise plus. Voir Synchronisation."
                )
            )
        elif state.enrolled:
            self.state_label.setText(
                self.tr("Inscrit sur {server} sous le nom « {name} » ({scope}).").format(
                    server=state.server_url, name=state.device_name, scope=state.scope
                )
            )
            if not self.server_edit.text():
                self.server_edit.setText(state.server_url or "")
        else:
            self.state_label.setText(
                self.tr(
                    "Cet appareil n'est inscrit auprès d'aucun serveur : il fonctionne hors "
                    "connexion. Saisissez l'adresse du serveur et le code donné par le coordinateur."
                )
            )

    def _enrol(self) -> None:
        server, code = self.server_edit.text().strip(), self.code_edit.text().strip()
        if not server or not code:
            self.state_label.setText(self.tr("L'adresse du serveur et le code sont nécessaires."))
            return
        self.enrol_button.setEnabled(False)
        self.state_label.setText(self.tr("Inscription en cours…"))
        self.controller.enroll(server, code)

    @Slot(object)
    def _on_enrolled(self, done: Enrollment) -> None:
        self.enrol_button.setEnabled(True)
        self.code_edit.clear()
        self.state_label.setText(
            self.tr("Inscrit sous le nom « {name} » ({scope}) : première synchronisation…").format(
                name=done.device_name, scope=done.scope
            )
        )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.enrol_button.setEnabled(True)
        self.state_label.setText(message)
