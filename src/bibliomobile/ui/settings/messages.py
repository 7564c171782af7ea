"""Réglages › Messages aux lecteurs: the SMTP server and the SMS gateway of this device.

Loading, saving and the test e-mail run on the database worker (the test may wait
for a slow server: the window stays responsive).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bibliomobile.services.notifications.common import NotificationError
from bibliomobile.services.notifications.mail import (
    TLS_NONE,
    TLS_SSL,
    TLS_STARTTLS,
    send_test_email,
)
from bibliomobile.services.notifications.settings import (
    MessagingSettings,
    messaging_settings,
    save_messaging_settings,
)
from bibliomobile.store.uow import UnitOfWork

from ..worker import DbWorker

#: Usual port of each encryption mode, proposed when the mode changes.
USUAL_PORTS = {TLS_NONE: 25, TLS_STARTTLS: 587, TLS_SSL: 465}


class MessagesBox(QGroupBox):
    """SMTP host, port, encryption, user, password, sender; SMS gateway; test e-mail."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Messages aux lecteurs"))
        self.setObjectName("messagesSettings")
        self._worker = worker
        form = QFormLayout(self)

        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("ex. smtp.mairie-exemple.fr"))
        form.addRow(self.tr("Serveur SMTP"), self.smtp_host)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(587)
        form.addRow(self.tr("Port"), self.smtp_port)
        self.smtp_tls = QComboBox()
        for mode, label in (
            (TLS_NONE, self.tr("aucun")),
            (TLS_STARTTLS, self.tr("STARTTLS")),
            (TLS_SSL, self.tr("SSL")),
        ):
            self.smtp_tls.addItem(label, mode)
        self.smtp_tls.setCurrentIndex(self.smtp_tls.findData(TLS_STARTTLS))
        self.smtp_tls.activated.connect(self._propose_port)
        form.addRow(self.tr("Chiffrement"), self.smtp_tls)
        self.smtp_username = QLineEdit()
        form.addRow(self.tr("Identifiant"), self.smtp_username)
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Mot de passe"), self.smtp_password)
        where = QLabel(
            self.tr(
                "Le mot de passe est enregistré dans la base de données de cet appareil "
                "(chiffrée si le chiffrement de la base est activé) ; il n'est jamais "
                "synchronisé avec le serveur."
            )
        )
        where.setObjectName("pageSubtitle")
        where.setWordWrap(True)
        form.addRow("", where)
        self.smtp_sender = QLineEdit()
        self.smtp_sender.setPlaceholderText(self.tr("ex. mediatheque@mairie-exemple.fr"))
        form.addRow(self.tr("Adresse d'expéditeur"), self.smtp_sender)

        self.sms_url = QLineEdit()
        self.sms_url.setPlaceholderText("https://…")
        form.addRow(self.tr("Passerelle SMS (adresse)"), self.sms_url)
        self.sms_token = QLineEdit()
        self.sms_token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Jeton de la passerelle"), self.sms_token)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow("", buttons)

        test = QHBoxLayout()
        self.test_address = QLineEdit()
        self.test_address.setPlaceholderText(self.tr("votre adresse e-mail"))
        test.addWidget(self.test_address, 1)
        self.test_button = QPushButton(self.tr("Tester l'envoi"))
        self.test_button.clicked.connect(self.send_test)
        test.addWidget(self.test_button)
        form.addRow(self.tr("Message d'essai à"), test)

        self.message = QLabel()
        self.message.setObjectName("messagesSettingsMessage")
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        self.load()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error else "ok")

    def _error(self, error: BaseException) -> None:
        self.show_message(str(error), error=True)

    def _propose_port(self) -> None:
        if self.smtp_port.value() in USUAL_PORTS.values():
            self.smtp_port.setValue(USUAL_PORTS[str(self.smtp_tls.currentData())])

    # -- the form ---------------------------------------------------------------------------

    def load(self) -> None:
        self._worker.submit(
            messaging_settings, on_done=self._fill, on_error=self._error, owner=self
        )

    def _fill(self, values: MessagingSettings) -> None:
        self.smtp_host.setText(values.smtp_host)
        self.smtp_port.setValue(values.smtp_port)
        self.smtp_tls.setCurrentIndex(max(0, self.smtp_tls.findData(values.smtp_tls)))
        self.smtp_username.setText(values.smtp_username)
        self.smtp_password.setText(values.smtp_password)
        self.smtp_sender.setText(values.smtp_sender)
        self.sms_url.setText(values.sms_url)
        self.sms_token.setText(values.sms_token)

    def values(self) -> MessagingSettings:
        """What the form says now (saved or not)."""
        return MessagingSettings(
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            smtp_tls=str(self.smtp_tls.currentData()),
            smtp_username=self.smtp_username.text(),
            smtp_password=self.smtp_password.text(),
            smtp_sender=self.smtp_sender.text(),
            sms_url=self.sms_url.text(),
            sms_token=self.sms_token.text(),
        )

    def save(self) -> None:
        values = self.values()
        if values.needs_plain_consent():
            answer = QMessageBox.question(
                self,
                self.tr("Envoi sans chiffrement"),
                self.tr(
                    "Sans chiffrement, le mot de passe et les messages aux lecteurs passent "
                    "en clair sur le réseau. Envoyer quand même sans chiffrement ?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            values = dataclasses.replace(values, plain_smtp_accepted=True)

        def task(uow: UnitOfWork) -> None:
            save_messaging_settings(uow, values)

        self._worker.submit(
            task,
            on_done=lambda _r: self.show_message(self.tr("Réglages des messages enregistrés.")),
            on_error=self._error,
            owner=self,
            commit=True,
        )

    def send_test(self) -> None:
        """Send a test e-mail with the settings as typed (before saving them)."""
        values, to = self.values(), self.test_address.text()

        def task(_uow: UnitOfWork) -> None:
            send_test_email(values.email(), to)

        def done(_result: None) -> None:
            self.test_button.setEnabled(True)
            self.show_message(
                self.tr("Message d'essai envoyé à {to} : vérifiez sa réception.").format(
                    to=to.strip()
                )
            )

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(error, NotificationError):
                self._error(error)
            else:  # never a traceback: the details go to the worker's log
                self.show_message(
                    self.tr("L'envoi du message d'essai a échoué : {error}").format(error=error),
                    error=True,
                )

        self.test_button.setEnabled(False)
        self.show_message(self.tr("Envoi du message d'essai…"))
        self._worker.submit(task, on_done=done, on_error=failed, owner=self)
