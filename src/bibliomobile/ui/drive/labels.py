"""Drive › Étiquettes: the QR labels of the visit's bags, saved to a file or printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bibliomobile.services.drive import bag_labels
from bibliomobile.services.labels.layout import Page
from bibliomobile.services.labels.templates import FORMATS, TEMPLATES

from ..worker import DbWorker
from .common import DrivePage
from .printing import paint_pages


class LabelsPage(DrivePage):
    """Format, first free label of a used sheet, fabric bags; save or print."""

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, visit_id, parent)
        form = QFormLayout(self)
        self.label_format = QComboBox()
        for key in FORMATS:
            self.label_format.addItem(
                str(TEMPLATES[key].description)
                if key in TEMPLATES
                else self.tr("ZPL (imprimante Zebra)"),
                key,
            )
        form.addRow(self.tr("Format"), self.label_format)
        self.label_start = QSpinBox()
        self.label_start.setRange(1, 65)
        form.addRow(self.tr("Première étiquette libre"), self.label_start)
        self.fabric = QCheckBox(self.tr("Sacs en tissu (QR plus robuste)"))
        form.addRow("", self.fabric)
        save = QPushButton(self.tr("Enregistrer…"))
        save.clicked.connect(self.save_labels)
        printer = QPushButton(self.tr("Imprimer…"))
        printer.clicked.connect(self.print_labels)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(printer)
        form.addRow("", buttons)

    def save_labels(self) -> None:
        fmt = str(self.label_format.currentData())
        suffix = "zpl" if fmt == "zpl" else "pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Étiquettes"), f"etiquettes.{suffix}")
        if path:
            self.write_labels(Path(path))

    def write_labels(self, path: Path) -> None:
        visit_id = self.visit_id
        fmt = str(self.label_format.currentData())
        start, level = self.label_start.value(), "H" if self.fabric.isChecked() else "Q"
        self.run(
            lambda uow: bag_labels.write_visit_labels(
                uow, visit_id or "", fmt, path, start=start, level=level
            ),
            lambda n: self.show_message(
                self.tr("%Ln étiquette(s) écrites dans {p}.", "", n).format(p=path)
            ),
        )

    def print_labels(self) -> None:
        visit_id = self.visit_id
        fmt = str(self.label_format.currentData())
        if fmt == "zpl":
            self.show_message(
                self.tr("Le ZPL s'envoie à l'imprimante Zebra : utilisez « Enregistrer »."),
                error=True,
            )
            return
        start, level = self.label_start.value(), "H" if self.fabric.isChecked() else "Q"

        def done(pages: list[Page]) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec():
                paint_pages(pages, printer)

        self.run(
            lambda uow: bag_labels.visit_label_pages(
                uow, visit_id or "", fmt, start=start, level=level
            ),
            done,
        )
