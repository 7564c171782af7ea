"""The coordinator's right-of-access button: a person's data fetched from the server
(PDF for them, JSON for the DPO) and saved where the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from bibliomobile.services.sync.person_export import fetch_person_export, server_access
from bibliomobile.store.uow import UnitOfWork

# run(task, on_done): how the page runs a database task (and shows its errors).
Run = Callable[[Callable[[UnitOfWork], Path], Callable[[Path], None]], Any]


class PersonExportButton(QPushButton):
    """« Exporter ses données (droit d'accès)… » for the person shown (``card``)."""

    def __init__(self, run: Run, say: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("Exporter ses données (droit d'accès)…"))
        self.setObjectName("exportPersonData")
        self.setToolTip(
            self.tr(
                "Tout ce que le serveur détient sur cette personne, en PDF pour elle ou en "
                "JSON pour le délégué à la protection des données (poste de coordination "
                "connecté)."
            )
        )
        self._run, self._say = run, say
        self.card: str | None = None
        self.clicked.connect(self._ask_path)

    def _ask_path(self) -> None:
        if self.card is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Données de la personne"),
            f"donnees-{self.card}.pdf",
            self.tr("PDF pour la personne (*.pdf);;JSON pour le DPO (*.json)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Fetch the person's data from the server and save it at ``path`` (.pdf or .json)."""
        if self.card is None:
            return
        card = self.card
        fmt = "json" if path.suffix.lower() == ".json" else "pdf"
        if path.suffix.lower() not in (".pdf", ".json"):
            path = path.with_suffix(".pdf")

        def task(uow: UnitOfWork) -> Path:
            # A short request on the database worker: the GUI stays free meanwhile.
            path.write_bytes(fetch_person_export(server_access(uow), card, fmt))
            return path

        def done(saved: Path) -> None:
            self._say(
                self.tr(
                    "Données enregistrées : {path}. Ce fichier contient des données "
                    "personnelles : remettez-le à la personne, puis supprimez-le."
                ).format(path=saved)
            )

        self._run(task, done)
