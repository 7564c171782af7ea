"""The database passphrase: chosen at first start (strength shown), or typed at start.

On a personal laptop the passphrase is kept in the system keyring and this dialog is
seen once; on a shared laptop (keyring box unticked) it is asked at every start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.passphrase import passphrase_strength
from bibliomobile.store.passphrase import keyring_available, save_passphrase


class PassphraseDialog(QDialog):
    """Ask for the passphrase of ``db_path``; with ``create``, have it chosen."""

    def __init__(
        self, db_path: Path, *, create: bool, error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.creating = create
        self.setWindowTitle(
            self.tr("Protéger les données de cet ordinateur")
            if create
            else self.tr("Ouvrir Bibliomobile")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les données des lecteurs sont chiffrées sur cet ordinateur. Choisissez une "
                "phrase de passe : sans elle, un ordinateur perdu ou volé ne montre rien. "
                "Quatre mots au hasard font une bonne phrase de passe."
            )
            if create
            else self.tr("Tapez la phrase de passe des données de cet ordinateur.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error = QLabel(error)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Phrase de passe"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.remember = QCheckBox(
            self.tr("La garder dans le trousseau de cet ordinateur (ordinateur personnel)")
        )
        if create:
            form.addRow(self.tr("Encore une fois"), self.again)
            form.addRow(self.tr("Solidité"), self.strength)
            form.addRow("", self.advice)
            available = keyring_available()
            self.remember.setChecked(available)
            self.remember.setEnabled(available)
            if not available:
                self.remember.setToolTip(
                    self.tr(
                        "Pas de trousseau sur cet ordinateur : elle sera demandée à chaque démarrage."
                    )
                )
            form.addRow("", self.remember)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        ok = bool(text)
        if self.creating:
            strength = passphrase_strength(text)
            self.strength.setValue(strength.score if text else 0)
            mismatch = bool(self.again.text()) and self.again.text() != text
            self.advice.setText(
                self.tr("Solidité : {label}. {advice}").format(
                    label=strength.label, advice=strength.advice
                )
                + ("\n" + self.tr("Les deux saisies diffèrent.") if mismatch else "")
            )
            ok = strength.acceptable and self.again.text() == text
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def value(self) -> str:
        return self.passphrase.text()

    def keep_if_asked(self) -> bool:
        """Keep a newly chosen passphrase in the keyring when the box is ticked."""
        if self.creating and self.remember.isChecked():
            return save_passphrase(self.db_path, self.value())
        return False


def ask_passphrase(
    db_path: Path, *, create: bool, error: str = "", parent: QWidget | None = None
) -> str | None:
    """The passphrase typed (and, when chosen now, kept if asked); None when cancelled."""
    dialog = PassphraseDialog(db_path, create=create, error=error, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.keep_if_asked()
    return dialog.value()
