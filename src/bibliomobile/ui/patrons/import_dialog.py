"""« Importer des lecteurs (CSV)… »: the preview (encoding, separator, detected columns,
first rows) before anything is written, then the import on the database worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.interop.marc_mapping import MappingError
from bibliomobile.services.interop.patron_import import (
    PatronFileError,
    PatronImportReport,
    Preview,
    import_patrons,
    preview,
)
from bibliomobile.store.uow import UnitOfWork

from ..widgets.search_page import SearchPage
from ..worker import DbWorker, TaskHandle

#: How the preview names the patron columns (French source, translated by _column_label).
COLUMN_LABELS = {
    "card_barcode": QT_TRANSLATE_NOOP("PatronImportDialog", "N° de carte"),
    "last_name": QT_TRANSLATE_NOOP("PatronImportDialog", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("PatronImportDialog", "Prénom"),
    "birth_year": QT_TRANSLATE_NOOP("PatronImportDialog", "Année de naissance"),
    "address": QT_TRANSLATE_NOOP("PatronImportDialog", "Adresse"),
    "postcode": QT_TRANSLATE_NOOP("PatronImportDialog", "Code postal"),
    "commune": QT_TRANSLATE_NOOP("PatronImportDialog", "Commune"),
    "phone": QT_TRANSLATE_NOOP("PatronImportDialog", "Téléphone"),
    "email": QT_TRANSLATE_NOOP("PatronImportDialog", "Courriel"),
    "preferred_channel": QT_TRANSLATE_NOOP("PatronImportDialog", "Contact préféré"),
    "card_expiry": QT_TRANSLATE_NOOP("PatronImportDialog", "Fin d'abonnement"),
}


def _column_label(target: str) -> str:
    """The user-facing, translated name of a patron column (the key itself if unknown)."""
    label = COLUMN_LABELS.get(target)
    return QCoreApplication.translate("PatronImportDialog", str(label)) if label else target


class PatronImportDialog(QDialog):
    """Preview of a patron CSV, then its import.

    Signals:
        finished_import(object): the :class:`PatronImportReport` once written.
    """

    finished_import = Signal(object)

    def __init__(self, worker: DbWorker, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des lecteurs"))
        self.resize(760, 520)
        self._worker = worker
        self._path = path
        self._task: TaskHandle[PatronImportReport] | None = None
        self.report: PatronImportReport | None = None
        self.preview: Preview | None = None
        self.planned: PatronImportReport | None = None

        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Enregistrée comme")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.mapping_table)
        layout.addWidget(QLabel(self.tr("Premières lignes :")))
        self.rows_table = QTableWidget(0, 0)
        layout.addWidget(self.rows_table, 1)
        # What each row would change, read from the store before anything is written.
        layout.addWidget(QLabel(self.tr("Ce que l'import changera :")))
        self.changes_view = QPlainTextEdit()
        self.changes_view.setObjectName("patronImportChanges")
        self.changes_view.setReadOnly(True)
        layout.addWidget(self.changes_view, 1)
        self.confirm_identity = QCheckBox()
        self.confirm_identity.setObjectName("confirmIdentity")
        self.confirm_identity.hide()
        layout.addWidget(self.confirm_identity)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.hide()
        layout.addWidget(self.report_view, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load_preview()

    def _load_preview(self) -> None:
        try:
            shown = preview(self._path, rows=8)
        except (PatronFileError, MappingError) as error:
            self.summary.setText(self.tr("Fichier illisible : {error}").format(error=error))
            self.import_button.setEnabled(False)
            return
        self.preview = shown
        text = self.tr("{rows} lignes · codage {encoding} · séparateur « {delimiter} »").format(
            rows=shown.row_count, encoding=shown.encoding, delimiter=shown.delimiter
        )
        if shown.ignored:
            text += "\n" + self.tr("Colonnes ignorées (jamais enregistrées) : {names}").format(
                names=", ".join(shown.ignored)
            )
        if shown.missing:
            names = ", ".join(_column_label(m) for m in shown.missing)
            text += "\n" + self.tr(
                "Colonne obligatoire introuvable : {names}. Utilisez un fichier de "
                "correspondance (bibliomobile import patrons --mapping)."
            ).format(names=names)
            self.import_button.setEnabled(False)
        self.summary.setText(text)
        self.mapping_table.setRowCount(len(shown.mapping))
        for row, (target, header) in enumerate(shown.mapping.items()):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(_column_label(target)))
        self.rows_table.setColumnCount(len(shown.headers))
        self.rows_table.setHorizontalHeaderLabels(list(shown.headers))
        self.rows_table.setRowCount(len(shown.rows))
        for row, values in enumerate(shown.rows):
            for column, value in enumerate(values[: len(shown.headers)]):
                self.rows_table.setItem(row, column, QTableWidgetItem(value))
        if not shown.missing:
            self._load_changes()

    def _load_changes(self) -> None:
        path = self._path
        store = self._worker.store
        self.changes_view.setPlainText(self.tr("Comparaison avec les lecteurs connus…"))

        def task(uow: UnitOfWork) -> PatronImportReport:
            return import_patrons(store.transactions(), path, dry_run=True)

        self._worker.submit(task, on_done=self._show_changes, owner=self, label="import preview")

    def _show_changes(self, planned: PatronImportReport) -> None:
        self.planned = planned
        lines = [change.describe() for change in planned.changes]
        lines += [bad.describe() for bad in planned.bad_rows]
        self.changes_view.setPlainText(
            "\n".join(lines) if lines else self.tr("Rien à changer : les lecteurs sont à jour.")
        )
        identity = len(planned.identity_changes)
        self.confirm_identity.setVisible(identity > 0)
        self.confirm_identity.setText(
            self.tr(
                "Appliquer aussi les {n} changement(s) d'identité (nom, prénom, année de "
                "naissance) : même carte, autre personne ?"
            ).format(n=identity)
        )

    def start(self) -> None:
        path = self._path
        store = self._worker.store
        confirm = self.confirm_identity.isChecked()

        def task(uow: UnitOfWork) -> PatronImportReport:
            # One transaction of its own, committed on this worker thread.
            return import_patrons(store.transactions(), path, confirm_identity=confirm)

        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Import en cours…"))
        self._task = self._worker.submit(
            task,
            on_done=self._on_done,
            on_error=self._on_error,
            owner=self,
            label="import lecteurs",
        )

    def _on_done(self, report: PatronImportReport) -> None:
        self.report = report
        self.close_button.setText(self.tr("Fermer"))
        self.summary.setText(report.summary())
        lines = [c.describe() for c in report.changes if not c.created]
        lines += [b.describe() for b in report.bad_rows]
        self.report_view.setPlainText(
            "\n".join(lines) if lines else self.tr("Aucune ligne rejetée.")
        )
        self.report_view.show()
        self.finished_import.emit(report)

    def _on_error(self, error: BaseException) -> None:
        self.close_button.setText(self.tr("Fermer"))
        self.summary.setText(self.tr("Import impossible : {error}").format(error=error))


def open_patron_import(worker: DbWorker, parent: QWidget) -> PatronImportDialog | None:
    """Ask for a CSV file, then show its preview (None if no file chosen)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PatronImportDialog", "Importer des lecteurs"),
        "",
        "CSV (*.csv *.txt);;Tous les fichiers (*)",
    )
    if not chosen:
        return None
    dialog = PatronImportDialog(worker, Path(chosen), parent)
    dialog.show()
    return dialog


def install_patron_import(page: SearchPage, worker: DbWorker) -> QPushButton:
    """Add « Importer des lecteurs (CSV)… » to the patrons page; reload it afterwards."""
    button = QPushButton(
        QCoreApplication.translate("PatronImportDialog", "Importer des lecteurs (CSV)…")
    )
    button.setObjectName("patronImportButton")

    def start() -> None:
        dialog = open_patron_import(worker, page)
        if dialog is not None:
            dialog.finished_import.connect(lambda _report: page.browse_model.reload())

    button.clicked.connect(start)
    page.action_bar.addWidget(button)
    return button
