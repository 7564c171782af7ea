"""The audit log for coordinators: who viewed, printed, exported or changed personal
data, read from the server (12 months kept), for everyone or one card."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.sync.audit import AuditLine, fetch_audit
from bibliomobile.services.sync.common import SyncError

from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel
from .controller import SyncController

AUDIT_COLUMNS: tuple[Column[AuditLine], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Quand"), lambda r: r.occurred_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Qui"), lambda r: r.user_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Appareil"), lambda r: r.device_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Quoi"), lambda r: r.action),
    Column(QT_TRANSLATE_NOOP("Columns", "Précision"), lambda r: r.detail or ""),
)


class _Relay(QObject):
    lines = Signal(object, object)


class AuditBox(QGroupBox):
    """The server's audit log, loaded on demand (a coordination device only)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Journal des accès aux données personnelles (12 mois)"))
        self.setObjectName("auditBox")
        self._controller = controller
        self._relay = _Relay(self)
        self._relay.lines.connect(self._show)
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.card_edit = QLineEdit()
        self.card_edit.setPlaceholderText(self.tr("Carte d'un lecteur (vide : tout le journal)"))
        self.card_edit.returnPressed.connect(self.load)
        self.load_button = QPushButton(self.tr("Afficher"))
        self.load_button.setObjectName("loadAudit")
        self.load_button.clicked.connect(self.load)
        row.addWidget(self.card_edit, 1)
        row.addWidget(self.load_button)
        column.addLayout(row)
        self.model: RowTableModel[AuditLine] = RowTableModel(AUDIT_COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.view)
        self.status = QLabel()
        self.status.setWordWrap(True)
        column.addWidget(self.status)

    def load(self) -> None:
        transactions, relay = self._controller.transactions, self._relay
        transport, card = self._controller.transport, self.card_edit.text()
        self.status.setText(self.tr("Chargement…"))

        def task() -> None:
            try:
                relay.lines.emit(fetch_audit(transactions, card=card, transport=transport), None)
            except SyncError as error:
                relay.lines.emit(None, error)

        self._controller.jobs.submit(task)

    @Slot(object, object)
    def _show(self, lines: list[AuditLine] | None, error: SyncError | None) -> None:
        if error is not None:
            self.status.setText(str(error))
            return
        assert lines is not None
        self.model.set_rows(lines)
        self.view.resizeColumnsToContents()
        self.status.setText(
            self.tr("{count} entrée(s), les plus récentes d'abord.").format(count=len(lines))
            if lines
            else self.tr("Aucune entrée.")
        )
