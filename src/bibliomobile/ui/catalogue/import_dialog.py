"""« Importer une notice MARC… »: choose a file, import it on the database worker with a
progress bar and a cancel button, then show the report (rejected records included)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.interop.marc_import import DEFAULT_BATCH, import_marc
from bibliomobile.services.interop.marc_mapping import MappingError, MarcMapping, load_mapping
from bibliomobile.services.interop.marc_report import ImportReport
from bibliomobile.store.uow import UnitOfWork

from ..widgets.search_page import SearchPage
from ..worker import DbWorker, ProgressReport, TaskHandle, TaskProgress

MARC_FILTER = "*.mrc *.iso *.marc *.pan *.dat *.xml *.marcxml"


def report_text(report: ImportReport) -> str:
    """The report as shown in the dialog: summary, rejects, warnings."""
    lines = [report.summary()]
    if report.rejected:
        lines += ["", f"Notices rejetées ({len(report.rejected)}), rien n'en a été enregistré :"]
        lines += [f"• {r.describe()}" for r in report.rejected]
    if report.warnings:
        lines += ["", f"Avertissements ({len(report.warnings)}) :"]
        lines += [f"• notice n° {w.position} : {w.message}" for w in report.warnings]
    return "\n".join(lines)


class MarcImportDialog(QDialog):
    """Import of one MARC file, run on the database worker.

    Signals:
        finished_import(object): the :class:`ImportReport`, once the import ended
            (cancelled imports too: their committed records stay).
    """

    finished_import = Signal(object)

    def __init__(self, worker: DbWorker, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des notices MARC"))
        self.setMinimumWidth(560)
        self._worker = worker
        self._path = path
        self._cancel = threading.Event()
        self._task: TaskHandle[ImportReport] | None = None
        self.report: ImportReport | None = None
        self.batch_size = DEFAULT_BATCH

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Fichier :"), QLabel(str(path)))
        self.flavour = QComboBox()
        self.flavour.addItem(self.tr("Reconnu automatiquement"), "auto")
        self.flavour.addItem("UNIMARC", "unimarc")
        self.flavour.addItem("MARC21", "marc21")
        form.addRow(self.tr("Format :"), self.flavour)
        mapping_row = QHBoxLayout()
        self.mapping_path = QLineEdit()
        self.mapping_path.setPlaceholderText(self.tr("correspondance par défaut"))
        choose = QPushButton(self.tr("Choisir…"))
        choose.clicked.connect(self._choose_mapping)
        mapping_row.addWidget(self.mapping_path, 1)
        mapping_row.addWidget(choose)
        form.addRow(self.tr("Correspondance :"), mapping_row)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.hide()
        layout.addWidget(self.report_view, 1)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel)
        layout.addWidget(self.buttons)

    # -- actions ---------------------------------------------------------------------

    def _choose_mapping(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Fichier de correspondance"), "", self.tr("Correspondance (*.toml)")
        )
        if chosen:
            self.mapping_path.setText(chosen)

    def _mapping(self) -> MarcMapping | None:
        text = self.mapping_path.text().strip()
        return load_mapping(text) if text else None

    def start(self) -> None:
        """Start the import on the database worker."""
        try:
            mapping = self._mapping()
        except MappingError as error:
            self.status.setText(str(error))
            return
        path = self._path
        flavour = str(self.flavour.currentData())
        cancel = self._cancel
        batch_size = self.batch_size
        store = self._worker.store

        def task(uow: UnitOfWork, progress: TaskProgress) -> ImportReport:
            # Each batch is a transaction of its own, committed on this worker thread.
            return import_marc(
                store.transactions(),
                path,
                flavour=flavour,
                mapping=mapping,
                progress=lambda done, total: progress.report(done, total),
                should_cancel=cancel.is_set,
                batch_size=batch_size,
            )

        self.start_button.setEnabled(False)
        self.flavour.setEnabled(False)
        self.mapping_path.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Import en cours…"))
        # Cancelling goes through our own flag, not the task handle: the task then
        # stops after its current batch and still returns its report.
        self._task = self._worker.submit(
            task,
            on_done=self._on_done,
            on_error=self._on_error,
            on_progress=self._on_progress,
            owner=self,
            label="import MARC",
        )

    def _on_cancel(self) -> None:
        if self._task is None or self._task.finished:
            self.reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Arrêt après le lot en cours…"))

    def _on_progress(self, report: ProgressReport) -> None:
        if report.total:
            self.progress.setRange(0, report.total)
            self.progress.setValue(report.done)
        self.status.setText(
            self.tr("{done} notices lues sur {total}").format(done=report.done, total=report.total)
        )

    def _finish(self) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Fermer"))

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        self._finish()
        self.status.setText(
            self.tr("Import interrompu.") if report.cancelled else self.tr("Import terminé.")
        )
        self.report_view.setPlainText(report_text(report))
        self.report_view.show()
        self.finished_import.emit(report)

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("Import impossible : {error}").format(error=error))


def open_marc_import(worker: DbWorker, parent: QWidget) -> MarcImportDialog | None:
    """Ask for a file, then open the import dialog on it (None if no file chosen)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MarcImportDialog", "Importer des notices MARC"),
        "",
        f"Notices MARC ({MARC_FILTER});;Tous les fichiers (*)",
    )
    if not chosen:
        return None
    dialog = MarcImportDialog(worker, Path(chosen), parent)
    dialog.show()
    return dialog


def install_marc_import(page: SearchPage, worker: DbWorker) -> QPushButton:
    """Add « Importer une notice MARC… » to the catalogue page; reload it afterwards."""
    button = QPushButton(
        QCoreApplication.translate("MarcImportDialog", "Importer une notice MARC…")
    )
    button.setObjectName("marcImportButton")

    def start() -> None:
        dialog = open_marc_import(worker, page)
        if dialog is not None:
            dialog.finished_import.connect(lambda _report: page.browse_model.reload())

    button.clicked.connect(start)
    page.action_bar.addWidget(button)
    return button
