"""Drive › Notifications: the messages queued for patrons, sending, reminders, calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from bibliomobile.services.notifications.channels import CALL_LIST
from bibliomobile.services.notifications.phone_calls import mark_called, save_phone_list
from bibliomobile.services.notifications.queue import NotificationRow, list_queue, queue_reminders
from bibliomobile.services.notifications.sending import SendReport, send_pending
from bibliomobile.store.uow import UnitOfWork

from ..channels import channel_label
from ..worker import DbWorker
from .common import DrivePage, fill_table, make_table
from .templates import TemplateEditor


class NotificationsPage(DrivePage):
    """The notification queue ("bag ready", reminders) and what to do with it."""

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, visit_id, parent)
        self._rows: list[NotificationRow] = []
        layout = QVBoxLayout(self)
        self.queue_table = make_table([self.tr("Date"), self.tr("Lecteur"), self.tr("Message"),
                                       self.tr("Canal"), self.tr("État"), self.tr("Erreur")])  # fmt: skip
        layout.addWidget(self.queue_table, 1)
        row = QHBoxLayout()
        reload_ = QPushButton(self.tr("Actualiser"))
        reload_.clicked.connect(self.load_queue)
        send = QPushButton(self.tr("Envoyer maintenant"))
        send.clicked.connect(self.send_now)
        reminders = QPushButton(self.tr("Rappels de la veille"))
        reminders.clicked.connect(self.queue_reminders)
        calls = QPushButton(self.tr("Liste d'appels (PDF)…"))
        calls.clicked.connect(self.save_calls)
        templates = QPushButton(self.tr("Modèles de messages…"))
        templates.setObjectName("editTemplates")
        templates.clicked.connect(self.edit_templates)
        self.called_button = QPushButton(self.tr("Appel passé"))
        self.called_button.setObjectName("callDone")
        self.called_button.setToolTip(self.tr("Le lecteur choisi a été prévenu par téléphone."))
        self.called_button.clicked.connect(self.call_done)
        for b in (reload_, send, reminders, calls, self.called_button, templates):
            row.addWidget(b)
        layout.addLayout(row)

    def edit_templates(self) -> QDialog:
        """Open the message template editor (non-modal; returned for tests)."""
        editor = TemplateEditor(self._worker, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def load_queue(self) -> None:
        self.run(list_queue, self._show_queue)

    def _show_queue(self, rows: list[NotificationRow]) -> None:
        self._rows = rows
        kinds = {"bag_ready": self.tr("Sac prêt"), "reminder": self.tr("Rappel")}
        fill_table(self.queue_table, [
            [f"{r.created_at:%d/%m %H:%M}", r.patron_name, kinds.get(r.kind, r.kind),
             channel_label(r.channel), r.status, r.last_error] for r in rows
        ], [r.notification_id for r in rows])  # fmt: skip

    def send_now(self) -> None:
        def task(_uow: UnitOfWork) -> SendReport:
            return send_pending(self._worker.store.transactions())

        def done(report: SendReport) -> None:
            text = self.tr("{s} envoyé(s), {f} en échec, {c} appel(s) à passer.").format(
                s=report.sent, f=report.failed, c=report.to_call)  # fmt: skip
            if report.not_sent:
                text += " " + report.reasons() + "."
            self.show_message(text, error=bool(report.not_sent))
            self.load_queue()

        self.run(task, done)

    def call_done(self) -> None:
        """Tick the selected call done: it leaves the list (and the printed sheet)."""
        row = self.queue_table.currentRow()
        cell = self.queue_table.item(row, 0) if row >= 0 else None
        shown = next((r for r in self._rows if cell and r.notification_id == cell.data(
            Qt.ItemDataRole.UserRole)), None)  # fmt: skip
        if shown is None or shown.channel != CALL_LIST or shown.status != "queued":
            self.show_message(self.tr("Choisissez un appel à passer dans la liste."), error=True)
            return
        notification_id, name = shown.notification_id, shown.patron_name

        def done(_result: None) -> None:
            self.show_message(self.tr("Appel à {name} noté comme passé.").format(name=name))
            self.load_queue()

        self.run(lambda uow: mark_called(uow, notification_id), done, commit=True)

    def queue_reminders(self) -> None:
        day = dt.date.today()
        self.run(lambda uow: queue_reminders(uow, day), lambda _r: self.load_queue(), commit=True)

    def save_calls(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Appels à passer"), "appels.pdf", "PDF (*.pdf)"
        )
        if not path:
            return

        def task(uow: UnitOfWork) -> int:
            return save_phone_list(uow, Path(path))

        self.run(task, lambda n: self.show_message(self.tr("%Ln appel(s) à passer.", "", n)))
