"""The editor of the patron message templates (bag ready, day-before reminder).

The texts are loaded and saved on the database worker; the preview is filled on the
GUI thread from sample values (a pure function, no database).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.notifications.channels import CHANNELS
from bibliomobile.services.notifications.templates import (
    PLACEHOLDERS,
    TemplateRow,
    list_templates,
    preview,
    reset_template,
    save_template,
)
from bibliomobile.store.uow import UnitOfWork

from ..channels import channel_label
from ..worker import DbWorker


class TemplateEditor(QDialog):
    """List of templates; subject and body editors; clickable placeholders; live preview."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Modèles de messages aux lecteurs"))
        self.resize(900, 560)
        self._worker = worker
        self.rows: list[TemplateRow] = []
        self._current: tuple[str, str] | None = None
        #: Unsaved texts of the templates left while editing, by (kind, channel).
        self._drafts: dict[tuple[str, str], tuple[str, str]] = {}
        self._filling = False
        self._reloading = False

        root = QHBoxLayout(self)
        self.template_list = QListWidget()
        self.template_list.setMaximumWidth(260)
        self.template_list.currentRowChanged.connect(self._select)
        root.addWidget(self.template_list)

        right = QVBoxLayout()
        root.addLayout(right, 1)
        form = QFormLayout()
        self.subject = QLineEdit()
        self.subject.textChanged.connect(self._update_preview)
        self.subject_label = QLabel(self.tr("Objet"))
        form.addRow(self.subject_label, self.subject)
        self.body = QPlainTextEdit()
        self.body.textChanged.connect(self._update_preview)
        form.addRow(self.tr("Texte"), self.body)
        right.addLayout(form, 1)
        self._last_editor: QLineEdit | QPlainTextEdit = self.body

        fields = QGroupBox(self.tr("Champs (cliquez pour insérer)"))
        grid = QGridLayout(fields)
        descriptions = {
            "prenom": self.tr("prénom du lecteur"),
            "nom": self.tr("nom du lecteur"),
            "arret": self.tr("arrêt du bibliobus"),
            "date": self.tr("date du passage"),
            "creneau": self.tr("créneau de retrait"),
            "nb_documents": self.tr("nombre de documents"),
            "code_sac": self.tr("code du sac"),
        }
        self.placeholder_buttons: dict[str, QPushButton] = {}
        for n, name in enumerate(PLACEHOLDERS):
            button = QPushButton(f"${name}")
            button.setToolTip(descriptions.get(name, name))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the caret in the editor
            button.clicked.connect(lambda _c=False, p=name: self.insert_placeholder(p))
            grid.addWidget(button, n // 4, n % 4)
            self.placeholder_buttons[name] = button
        right.addWidget(fields)

        preview_box = QGroupBox(self.tr("Aperçu (lecteur et passage d'exemple)"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setObjectName("previewBody")
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_body, 1)
        right.addWidget(preview_box, 1)

        self.message = QLabel()
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Rétablir le texte d'origine"))
        self.reset_button.clicked.connect(self.reset)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)

        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.load()

    # -- loading ----------------------------------------------------------------------------

    def load(self, keep: tuple[str, str] | None = None) -> None:
        self._worker.submit(
            list_templates,
            on_done=lambda rows: self._show(rows, keep),
            on_error=self._error,
            owner=self,
        )

    def _label(self, row: TemplateRow) -> str:
        kinds = {"bag_ready": self.tr("Sac prêt"), "reminder": self.tr("Veille du passage")}
        channel = channel_label(row.channel, messages=True)
        text = f"{kinds.get(row.kind, row.kind)} — {channel}"
        return text + (self.tr(" (modifié)") if row.edited else "")

    def _show(self, rows: list[TemplateRow], keep: tuple[str, str] | None) -> None:
        self.rows = rows
        wanted = keep or self._current
        self._current = None
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for row in rows:
            item = QListWidgetItem(self._label(row))
            item.setData(Qt.ItemDataRole.UserRole, (row.kind, row.channel))
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        keys = [(r.kind, r.channel) for r in rows]
        index = keys.index(wanted) if wanted in keys else 0
        self._reloading = True  # keep the message of the save or reset that reloaded
        self.template_list.setCurrentRow(index)
        self._select(index)
        self._reloading = False

    def select(self, kind: str, channel: str) -> None:
        """Show the template of ``kind`` and ``channel`` (as a click in the list does)."""
        keys: list[tuple[str, str]] = [(r.kind, r.channel) for r in self.rows]
        self.template_list.setCurrentRow(keys.index((kind, channel)))

    def _select(self, index: int) -> None:
        if index < 0 or index >= len(self.rows):
            return
        if self._current is not None:
            self._keep_draft()
        row = self.rows[index]
        key = (row.kind, row.channel)
        if self._current == key:
            return
        self._current = key
        subject, body = self._drafts.get(key, (row.subject, row.body))
        has_subject = CHANNELS[row.channel].has_subject
        self._filling = True
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._filling = False
        self.subject.setEnabled(has_subject)
        self.subject_label.setEnabled(has_subject)
        self.subject.setToolTip("" if has_subject else self.tr("Seuls les e-mails ont un objet."))
        if not self._reloading:
            self.message.clear()
        self._update_preview()

    def _keep_draft(self) -> None:
        row = self._row()
        if row is None:
            return
        texts = (self.subject.text(), self.body.toPlainText())
        if texts != (row.subject, row.body):
            self._drafts[(row.kind, row.channel)] = texts
        else:
            self._drafts.pop((row.kind, row.channel), None)

    def _row(self) -> TemplateRow | None:
        for row in self.rows:
            if (row.kind, row.channel) == self._current:
                return row
        return None

    # -- editing ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember which field the placeholder buttons insert into.
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.subject:
                self._last_editor = self.subject
            elif watched is self.body:
                self._last_editor = self.body
        return super().eventFilter(watched, event)

    def insert_placeholder(self, name: str) -> None:
        """Insert ``$name`` at the caret of the field edited last (the text by default)."""
        editor = self._last_editor
        if editor is self.subject and not self.subject.isEnabled():
            editor = self.body
        if isinstance(editor, QLineEdit):
            editor.insert(f"${name}")
        else:
            editor.insertPlainText(f"${name}")
        editor.setFocus()

    def _update_preview(self) -> None:
        if self._filling:
            return
        subject, body = preview(self.subject.text(), self.body.toPlainText())
        self.preview_subject.setText(
            self.tr("Objet : {subject}").format(subject=subject) if self.subject.isEnabled() else ""
        )
        self.preview_body.setPlainText(body)

    # -- saving ------------------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error else "ok")

    def _error(self, error: BaseException) -> None:
        self.show_message(str(error), error=True)

    def save(self) -> None:
        row = self._row()
        if row is None:
            return
        kind, channel = row.kind, row.channel
        subject = self.subject.text() if CHANNELS[channel].has_subject else row.subject
        body = self.body.toPlainText()

        def task(uow: UnitOfWork) -> None:
            save_template(uow, kind, channel, subject, body)

        def done(_result: None) -> None:
            self._drafts.pop((kind, channel), None)
            self.show_message(self.tr("Modèle enregistré : les prochains messages l'utiliseront."))
            self.load(keep=(kind, channel))

        self._worker.submit(task, on_done=done, on_error=self._error, owner=self, commit=True)

    def reset(self) -> None:
        row = self._row()
        if row is None:
            return
        kind, channel = row.kind, row.channel

        def task(uow: UnitOfWork) -> None:
            reset_template(uow, kind, channel)

        def done(_result: None) -> None:
            self._drafts.pop((kind, channel), None)
            self._current = None  # show the original text even if the same row stays selected
            self.show_message(self.tr("Texte d'origine rétabli."))
            self.load(keep=(kind, channel))

        self._worker.submit(task, on_done=done, on_error=self._error, owner=self, commit=True)
