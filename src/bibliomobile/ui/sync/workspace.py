"""Synchronisation workspace: state, unsent work, revoked device, conflicts to review."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.sync.client import SyncReport
from bibliomobile.services.sync.common import SyncError
from bibliomobile.services.sync.device import RefusedOp, export_pending, refused_list
from bibliomobile.services.sync.reviews import Review, fetch_reviews, resolve_review

from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel
from ..workspaces import WorkspaceContext
from .audit_box import AuditBox
from .controller import SyncController, controller_for

REVIEW_COLUMNS: tuple[Column[Review], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Reçu le"), lambda r: r.created_at[:16].replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("Columns", "Conflit"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Par"), lambda r: r.author or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Détail"), lambda r: r.detail),
    Column(QT_TRANSLATE_NOOP("Columns", "Résolution"), lambda r: r.resolution or ""),
)

#: Ops the server refused, kept in the outbox: when, what, and the server's reason.
REFUSED_COLUMNS: tuple[Column[RefusedOp], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Saisi le"), lambda r: r.created_at[:16].replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("Columns", "Donnée"), lambda r: r.entity),
    Column(QT_TRANSLATE_NOOP("Columns", "Opération"), lambda r: r.op),
    Column(QT_TRANSLATE_NOOP("Columns", "Motif du refus"), lambda r: r.reason),
)


class _Relay(QObject):
    """Carries results of background calls back to the GUI thread."""

    reviews = Signal(object, object)
    resolved = Signal(object)
    exported = Signal(object, object)
    refused = Signal(object)


class SyncWorkspace(QWidget):
    """What a crew member or coordinator needs to know about sync, and what to do."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.controller: SyncController = controller_for(context.store, context.status)
        self._relay = _Relay(self)
        self._relay.reviews.connect(self._show_reviews)
        self._relay.resolved.connect(self._on_resolved)
        self._relay.exported.connect(self._on_exported)
        self._relay.refused.connect(self._show_refused)

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 16)
        page.setSpacing(12)
        heading = QLabel(self.tr("Synchronisation"))
        heading.setObjectName("pageTitle")
        page.addWidget(heading)

        self.revoked_banner = QLabel(
            self.tr(
                "Cet appareil a été révoqué par la médiathèque : il ne se synchronise plus. "
                "Le travail non envoyé est conservé sur cet appareil ; exportez-le et remettez "
                "le fichier à un coordinateur, puis effacez les données locales."
            )
        )
        self.revoked_banner.setObjectName("revokedBanner")
        self.revoked_banner.setWordWrap(True)
        self.revoked_banner.setStyleSheet(
            "background: #fdecea; color: #7a1f1f; padding: 10px; border-radius: 4px;"
        )
        self.revoked_banner.hide()
        page.addWidget(self.revoked_banner)

        box = QGroupBox(self.tr("État"))
        form = QFormLayout(box)
        self.server_label = QLabel()
        self.device_label = QLabel()
        self.last_sync_label = QLabel()
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCount")
        self.message_label = QLabel()
        self.message_label.setObjectName("syncMessage")
        self.message_label.setWordWrap(True)
        form.addRow(self.tr("Serveur"), self.server_label)
        form.addRow(self.tr("Cet appareil"), self.device_label)
        form.addRow(self.tr("Dernière synchronisation"), self.last_sync_label)
        form.addRow(self.tr("En attente d'envoi"), self.pending_label)
        form.addRow("", self.message_label)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Synchroniser maintenant"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setEnabled(False)  # until the state is read
        self._explain_not_enrolled = False
        self.sync_button.clicked.connect(self._sync_now)
        self.export_button = QPushButton(self.tr("Exporter le travail non envoyé…"))
        self.export_button.setObjectName("exportPending")
        self.export_button.clicked.connect(self._export)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        page.addWidget(box)

        self.refused_box = QGroupBox(self.tr("Refusé par le serveur (conservé, exportable)"))
        self.refused_box.setObjectName("refusedBox")
        refused_column = QVBoxLayout(self.refused_box)
        self.refused_model: RowTableModel[RefusedOp] = RowTableModel(REFUSED_COLUMNS, self)
        self.refused_view = QTableView()
        self.refused_view.setObjectName("refusedTable")
        self.refused_view.setModel(self.refused_model)
        self.refused_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        refused_column.addWidget(self.refused_view)
        self.refused_box.hide()
        page.addWidget(self.refused_box)
        self._refused_shown = 0

        self.review_box = QGroupBox(self.tr("À revoir (coordination)"))
        self.review_box.setObjectName("reviewBox")
        column = QVBoxLayout(self.review_box)
        self.review_model: RowTableModel[Review] = RowTableModel(REVIEW_COLUMNS, self)
        self.review_view = QTableView()
        self.review_view.setObjectName("reviewTable")
        self.review_view.setModel(self.review_model)
        self.review_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.review_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.review_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.review_view, 1)
        row = QHBoxLayout()
        self.resolution_edit = QLineEdit()
        self.resolution_edit.setObjectName("resolutionEdit")
        self.resolution_edit.setPlaceholderText(
            self.tr("Résolution (ex. : exemplaire retrouvé chez le second lecteur)")
        )
        self.resolve_button = QPushButton(self.tr("Enregistrer la résolution"))
        self.resolve_button.setObjectName("resolveReview")
        self.resolve_button.clicked.connect(self._resolve)
        self.reload_button = QPushButton(self.tr("Actualiser"))
        self.reload_button.clicked.connect(self.load_reviews)
        row.addWidget(self.resolution_edit, 1)
        row.addWidget(self.resolve_button)
        row.addWidget(self.reload_button)
        column.addLayout(row)
        self.review_status = QLabel()
        column.addWidget(self.review_status)
        self.review_box.hide()
        page.addWidget(self.review_box, 1)
        self.audit_box = AuditBox(self.controller)
        self.audit_box.hide()
        page.addWidget(self.audit_box, 1)
        page.addStretch(0)

        self.controller.changed.connect(self._show_state)
        self.controller.synced.connect(self._on_synced)
        self.controller.failed.connect(self._on_failed)
        self._reviews_loaded = False
        if self.controller.state is not None:
            self._show_state()
        self.controller.refresh()

    # -- state ---------------------------------------------------------------------

    @Slot()
    def _show_state(self) -> None:
        state = self.controller.state
        if state is None:
            return
        self.revoked_banner.setVisible(state.revoked)
        self._explain(state.enrolled)
        # Not enrolled: the button stays, and a click says what to do (never silent).
        self.sync_button.setEnabled(not state.revoked)
        if state.enrolled:
            self.server_label.setText(state.server_url or "")
            self.device_label.setText(
                self.tr("« {name} » ({role}, périmètre {scope})").format(
                    name=state.device_name, role=state.role, scope=state.scope
                )
            )
        else:
            self.server_label.setText(self.tr("aucun : inscrivez l'appareil dans Réglages"))
            self.device_label.setText(self._context.device_id)
        self.last_sync_label.setText(_when(state.last_sync) or self.tr("jamais"))
        pending = self.tr("%Ln modification(s)", "", state.pending)
        if state.refused:
            pending += " " + self.tr("dont %Ln refusée(s) par le serveur", "", state.refused)
        self.pending_label.setText(pending)
        if state.refused != self._refused_shown:
            self.load_refused()
        if state.last_error and not self.message_label.text():
            self.message_label.setText(state.last_error)
        is_coordinator = state.role == "coordinator" and state.enrolled and not state.revoked
        self.review_box.setVisible(is_coordinator)
        self.audit_box.setVisible(is_coordinator)
        if is_coordinator and not self._reviews_loaded:
            self._reviews_loaded = True
            self.load_reviews()

    def _sync_now(self) -> None:
        busy = self.controller.running
        if self.controller.sync_now():
            self.message_label.setText(self.tr("Synchronisation en cours…"))
            return
        state = self.controller.state
        if busy:
            self.message_label.setText(self.tr("Une synchronisation est déjà en cours."))
        elif state is not None and state.revoked:
            self.message_label.setText(
                self.tr("Cet appareil a été révoqué par le serveur : il ne synchronise plus.")
            )
        else:
            # Enrolled meanwhile (Réglages, a command)? Read again: it syncs if so,
            # and says why not otherwise.
            self._explain_not_enrolled = True
            self.controller.refresh(then_sync=True)

    def _explain(self, enrolled: bool) -> None:
        if self._explain_not_enrolled and not enrolled:
            self.message_label.setText(
                self.tr(
                    "Rien n'est synchronisé : cet appareil n'est inscrit auprès d'aucun "
                    "serveur. Inscrivez-le dans Réglages › Serveur avec le code donné par un "
                    "coordinateur ; en attendant, tout est gardé sur ce portable."
                )
            )
        self._explain_not_enrolled = False

    @Slot(object)
    def _on_synced(self, report: SyncReport) -> None:
        self.message_label.setText(
            self.tr(
                "Envoyé : {pushed} ; reçu : {pulled} ; conflits : {conflicts} ; "
                "retirés du périmètre : {evicted}."
            ).format(
                pushed=report.pushed,
                pulled=report.pulled + report.snapshot_rows + report.fetched,
                conflicts=report.conflicts,
                evicted=report.evicted,
            )
        )
        if self.review_box.isVisible():
            self.load_reviews()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.message_label.setText(message)

    # -- ops the server refused -----------------------------------------------------

    def load_refused(self) -> None:
        """List the ops set aside as refused by the server, with its reasons."""
        transactions, relay = self.controller.transactions, self._relay
        self.controller.jobs.submit(lambda: relay.refused.emit(transactions(refused_list)))

    @Slot(object)
    def _show_refused(self, rows: list[RefusedOp]) -> None:
        self._refused_shown = len(rows)
        self.refused_model.set_rows(rows)
        self.refused_view.resizeColumnsToContents()
        self.refused_box.setVisible(bool(rows))

    # -- export of unsent work ------------------------------------------------------

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le travail non envoyé (données personnelles en clair)"),
            str(Path.home() / "bibliomobile-non-envoye.json"),
            self.tr("JSON (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        transactions, relay = self.controller.transactions, self._relay

        def task() -> None:
            try:
                relay.exported.emit(transactions(partial(export_pending, path=path)), None)
            except OSError as error:
                relay.exported.emit(None, error)

        self.controller.jobs.submit(task)

    @Slot(object, object)
    def _on_exported(self, count: int | None, error: OSError | None) -> None:
        if error is not None:
            QMessageBox.warning(
                self,
                self.tr("Export impossible"),
                self.tr("Le fichier n'a pas pu être écrit : {e}").format(e=error),
            )
            return
        self.message_label.setText(
            self.tr(
                "{count} modification(s) exportée(s) ; rien n'a été effacé. Ce fichier "
                "contient des données personnelles en clair : gardez-le en lieu sûr et "
                "supprimez-le une fois remis."
            ).format(count=count)
        )

    # -- conflicts to review ----------------------------------------------------------

    def load_reviews(self) -> None:
        transactions, relay = self.controller.transactions, self._relay
        transport = self.controller.transport
        self.review_status.setText(self.tr("Chargement…"))

        def task() -> None:
            try:
                relay.reviews.emit(fetch_reviews(transactions, transport=transport), None)
            except SyncError as error:
                relay.reviews.emit(None, error)

        self.controller.jobs.submit(task)

    @Slot(object, object)
    def _show_reviews(self, rows: list[Review] | None, error: SyncError | None) -> None:
        if error is not None:
            self.review_status.setText(str(error))
            return
        assert rows is not None
        self.review_model.set_rows(rows)
        self.review_view.resizeColumnsToContents()
        self.review_status.setText(
            self.tr("%Ln point(s) à revoir.", "", len(rows)) if rows else self.tr("Rien à revoir.")
        )

    def _resolve(self) -> None:
        selected = self.review_view.selectionModel().selectedRows()
        if not selected:
            self.review_status.setText(self.tr("Choisissez d'abord un point à revoir."))
            return
        review = self.review_model.row_at(selected[0].row())
        text = self.resolution_edit.text().strip()
        if not text:
            self.review_status.setText(self.tr("Décrivez la résolution avant de l'enregistrer."))
            return
        transactions, relay = self.controller.transactions, self._relay
        transport = self.controller.transport

        def task() -> None:
            try:
                resolve_review(transactions, review.id, text, transport=transport)
                relay.resolved.emit(None)
            except SyncError as error:
                relay.resolved.emit(error)

        self.controller.jobs.submit(task)

    @Slot(object)
    def _on_resolved(self, error: SyncError | None) -> None:
        if error is not None:
            self.review_status.setText(str(error))
            return
        self.resolution_edit.clear()
        self.load_reviews()


def _when(value: str | None) -> str:
    if not value:
        return ""
    return value[:16].replace("T", " ")
