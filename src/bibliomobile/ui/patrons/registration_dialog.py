"""« Nouveau lecteur » at the desk or in Lecteurs: the few fields needed to borrow, the
duplicate check before the card is made, then the new card number to write on it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.patron_cards import (
    NewPatron,
    PatronCard,
    PossibleDuplicate,
    RegistrationError,
    register_patron,
)
from bibliomobile.store.uow import UnitOfWork

from ..worker import DbWorker


class RegistrationDialog(QDialog):
    """Register a patron; at the desk, for the open visit.

    Signals:
        registered(object): the :class:`PatronCard` of the new patron.
    """

    registered = Signal(object)

    def __init__(
        self, worker: DbWorker, visit_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau lecteur"))
        self._worker = worker
        self._visit_id = visit_id
        self.card: PatronCard | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(self.tr("(non donnée)"))
        self.commune = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Année de naissance"), self.birth_year)
        form.addRow(self.tr("Commune"), self.commune)
        form.addRow(self.tr("Courriel"), self.email)
        form.addRow(self.tr("Téléphone"), self.phone)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("registrationMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.register_button = buttons.addButton(
            self.tr("Inscrire"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway_button = QPushButton(self.tr("Inscrire quand même"))
        buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.anyway_button.hide()
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.register_button.clicked.connect(lambda: self.register(allow_duplicate=False))
        self.anyway_button.clicked.connect(lambda: self.register(allow_duplicate=True))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.first_name, self.last_name, self.email):
            field.textEdited.connect(lambda _text: self.anyway_button.hide())
        self.birth_year.valueChanged.connect(lambda _value: self.anyway_button.hide())

    def data(self) -> NewPatron:
        year = self.birth_year.value()
        return NewPatron(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_year=year or None,
            commune=self.commune.text() or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
        )

    def register(self, *, allow_duplicate: bool) -> None:
        data, visit_id = self.data(), self._visit_id

        def task(uow: UnitOfWork) -> PatronCard:
            return register_patron(uow, data, allow_duplicate=allow_duplicate, visit_id=visit_id)

        self.register_button.setEnabled(False)
        self._worker.submit(
            task, on_done=self._done, on_error=self._refused, owner=self, commit=True
        )

    def _done(self, card: PatronCard) -> None:
        self.card = card
        self.message.setText(card.message)
        self.registered.emit(card)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.register_button.setEnabled(True)
        if isinstance(error, PossibleDuplicate):
            lines = "\n".join(f"• {d.describe()}" for d in error.duplicates)
            self.message.setText(
                self.tr("Ce lecteur est peut-être déjà inscrit :\n{lines}").format(lines=lines)
            )
            self.anyway_button.show()
        elif isinstance(error, RegistrationError):
            self.message.setText(str(error))
        else:
            self.message.setText(self.tr("Inscription impossible : {error}").format(error=error))
