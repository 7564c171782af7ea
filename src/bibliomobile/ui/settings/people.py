"""Réglages: the people of this laptop (name, role, PIN) and the kept passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from bibliomobile.services.users import ROLE_LABELS, UserError, UserRow, add_user, users
from bibliomobile.store.passphrase import forget_passphrase, saved_passphrase
from bibliomobile.store.uow import UnitOfWork

from ..workspaces import WorkspaceContext


class PeopleBox(QGroupBox):
    """Who may open the app on this laptop, each with a PIN and a role.

    Only a coordinator signed in adds people (anyone adds the first, who must be a
    coordinator, so that nobody is locked out of these settings).
    """

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personnes de cet ordinateur"), parent)
        self._context = context
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Avec des personnes définies, l'appli s'ouvre verrouillée et se verrouille "
                "après quelques minutes sans activité ; chacun la déverrouille avec son code "
                "PIN et ne voit que ce que son rôle permet."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        form.addRow(self.people)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Rôle"), self.role)
        form.addRow(self.tr("Code PIN (4 à 8 chiffres)"), self.pin)
        self.add_button = QPushButton(self.tr("Ajouter cette personne"))
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self.forget_button = QPushButton(
            self.tr("Ordinateur partagé : ne plus garder la phrase de passe")
        )
        self.forget_button.clicked.connect(self.forget)
        form.addRow("", self.forget_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.rows: list[UserRow] = []
        self.refresh()

    def refresh(self) -> None:
        self._context.worker.submit(users, on_done=self._show, owner=self)
        path = self._context.db_path
        self.forget_button.setEnabled(bool(path and saved_passphrase(path)))

    def _show(self, rows: list[UserRow]) -> None:
        self.rows = rows
        self.people.clear()
        for row in rows:
            if row.active:
                self.people.addItem(f"{row.name} — {ROLE_LABELS.get(row.role, row.role)}")
        if not any(row.active for row in rows):
            self.people.addItem(self.tr("Personne : l'appli s'ouvre sans code PIN."))

    def add(self) -> None:
        name, role, pin = self.name.text(), str(self.role.currentData()), self.pin.text()
        first = not any(row.active for row in self.rows)
        if first and role != "coordinator":
            self.message.setText(
                self.tr("La première personne est un coordinateur (elle gère les autres).")
            )
            return
        signed_in = self._context.store.person.name
        if not first and not any(
            row.name == signed_in and row.role == "coordinator" for row in self.rows
        ):
            self.message.setText(self.tr("Seul un coordinateur ajoute des personnes."))
            return

        def task(uow: UnitOfWork) -> str:
            return add_user(uow, name, role, pin)

        def failed(error: BaseException) -> None:
            self.message.setText(str(error) if isinstance(error, UserError) else repr(error))

        def done(_id: str) -> None:
            self.name.clear()
            self.pin.clear()
            self.message.setText(
                self.tr("Ajouté·e. Le verrouillage s'applique au prochain démarrage.")
            )
            self.refresh()

        self.pin.clear()
        self._context.worker.submit(task, on_done=done, on_error=failed, owner=self, commit=True)

    def forget(self) -> None:
        path = self._context.db_path
        if path is not None:
            forget_passphrase(path)
        self.message.setText(self.tr("La phrase de passe sera demandée à chaque démarrage."))
        self.refresh()
