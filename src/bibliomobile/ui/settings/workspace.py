"""Réglages: interface language, where the database is, this device.

The sync engineer adds the server enrolment in :meth:`SettingsWorkspace._build_server`.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..preferences import LANGUAGE, SOUNDS
from ..workspaces import WorkspaceContext

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))


class SettingsWorkspace(QWidget):
    """Language (applied at the next start), database file and device identity."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # The boxes are taller than a small laptop screen: the page scrolls.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        page = QVBoxLayout(content)
        page.setContentsMargins(24, 20, 24, 16)
        page.setSpacing(12)
        heading = QLabel(self.tr("Réglages"))
        heading.setObjectName("pageTitle")
        page.addWidget(heading)
        page.addWidget(self._build_language())
        page.addWidget(self._build_sounds())
        page.addWidget(self._build_device())
        page.addWidget(self._build_server())
        page.addWidget(self._build_messages())
        page.addStretch(1)

    def _build_language(self) -> QGroupBox:
        box = QGroupBox(self.tr("Langue de l'interface"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        saved = self._context.preferences.get(LANGUAGE) or self._context.language
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(self._save_language)
        form.addRow(self.tr("Langue"), self.language)
        self.language_note = QLabel()
        self.language_note.setObjectName("pageSubtitle")
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self._update_language_note()
        return box

    def _build_sounds(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arrêt"))
        form = QFormLayout(box)
        self.sounds = QCheckBox(self.tr("Un son à chaque scan (fait, à regarder, refusé)"))
        self.sounds.setObjectName("soundsChoice")
        self.sounds.setChecked(self._context.preferences.get(SOUNDS))
        self.sounds.toggled.connect(self._save_sounds)
        form.addRow(self.sounds)
        return box

    def _save_sounds(self, on: bool) -> None:
        self._context.preferences.set(SOUNDS, on)
        self._context.preferences.settings.sync()

    def _build_device(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cet appareil"))
        form = QFormLayout(box)
        device = QLabel(self._context.device_id)
        device.setObjectName("deviceId")
        form.addRow(self.tr("Identifiant de l'appareil"), device)
        path = self._context.db_path
        row = QHBoxLayout()
        self.database_path = QLabel(str(path) if path else self.tr("(en mémoire)"))
        self.database_path.setObjectName("databasePath")
        self.database_path.setWordWrap(True)
        row.addWidget(self.database_path, 1)
        if path is not None:
            open_folder = QPushButton(self.tr("Ouvrir le dossier"))
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            )
            row.addWidget(open_folder)
        form.addRow(self.tr("Base de données"), row)
        return box

    def _build_server(self) -> QGroupBox:
        from ..sync.enrolment import EnrolmentBox

        box = EnrolmentBox(self._context)
        self.server_layout = box.layout()
        return box

    def _build_messages(self) -> QGroupBox:
        from .messages import MessagesBox

        self.messages = MessagesBox(self._context.worker)
        return self.messages

    def _save_language(self) -> None:
        self._context.preferences.set(LANGUAGE, str(self.language.currentData()))
        self._context.preferences.settings.sync()
        self._update_language_note()

    def _update_language_note(self) -> None:
        chosen = self.language.currentData()
        if chosen == self._context.language:
            self.language_note.setText(self.tr("Langue utilisée en ce moment."))
        else:
            self.language_note.setText(
                self.tr("La nouvelle langue s'appliquera au prochain démarrage de Bibliomobile.")
            )
