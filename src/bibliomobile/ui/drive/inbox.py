"""Drive › Demandes: the visit's request inbox, status buttons, pick list and slots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.drive import picklist as drive_picklist
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots

from ..labels import label as value_label
from ..worker import DbWorker
from .common import DrivePage, fill_table, make_table


class InboxPage(DrivePage):
    """The requests of the chosen visit; move one along its statuses, cut the slots."""

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, visit_id, parent)
        self.requests: list[drive_requests.RequestRow] = []
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("Créneau"), self.tr("Lecteur"), self.tr("Type"),
                                 self.tr("Statut"), self.tr("Sac"), self.tr("Canal"),
                                 self.tr("Texte")])  # fmt: skip
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for status, label in (("preparing", self.tr("En préparation")), ("ready", self.tr("Prête")),
                              ("cancelled", self.tr("Annuler"))):  # fmt: skip
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            buttons.addWidget(button)
        pick = QPushButton(self.tr("Liste de prélèvement (PDF)…"))
        pick.clicked.connect(self.save_pick_list)
        buttons.addWidget(pick)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Créneaux de")))
        self.interval = QSpinBox()
        self.interval.setRange(5, 240)
        self.interval.setValue(15)
        self.interval.setSuffix(" min")
        buttons.addWidget(self.interval)
        buttons.addWidget(QLabel(self.tr("pour")))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100)
        self.capacity.setValue(4)
        buttons.addWidget(self.capacity)
        make = QPushButton(self.tr("Créer les créneaux"))
        make.clicked.connect(self.generate_slots)
        buttons.addWidget(make)
        layout.addLayout(buttons)

    def show_requests(self, requests: list[drive_requests.RequestRow]) -> None:
        self.requests = requests
        rows = [
            [f"{r.slot_start:%H:%M}" if r.slot_start else "", r.patron_name,
             self.tr("Surprise") if r.kind == "surprise" else self.tr("%Ln titre(s)", "", r.lines),
             r.status_label, r.bag_code or "", value_label(r.channel), r.free_text]
            for r in self.requests
        ]  # fmt: skip
        fill_table(self.table, rows, [r.request_id for r in self.requests])

    def selected_request(self) -> str | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        cell = self.table.item(row, 0)
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    def set_status(self, status: str) -> None:
        request_id = self.selected_request()
        if request_id is None:
            self.show_message(self.tr("Choisissez d'abord une demande."), error=True)
            return
        self.run(
            lambda uow: drive_requests.set_status(uow, request_id, status),
            lambda _r: self.changed.emit(),
            commit=True,
        )

    def generate_slots(self) -> None:
        visit_id, interval, capacity = self.visit_id, self.interval.value(), self.capacity.value()
        if visit_id is None:
            return

        def done(rows: list[drive_slots.SlotRow]) -> None:
            self.show_message(self.tr("{n} créneau(x).").format(n=len(rows)))
            self.changed.emit()

        self.run(
            lambda uow: drive_slots.generate_slots(uow, visit_id, interval_minutes=interval,
                                                   capacity=capacity),
            done,
            commit=True,
        )  # fmt: skip

    def save_pick_list(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Liste de prélèvement"), "prelevement.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_pick_list(Path(path))

    def write_pick_list(self, path: Path) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        self.run(
            lambda uow: drive_picklist.write_pick_list(uow, visit_id, path),
            lambda n: self.show_message(self.tr("Liste de prélèvement : %Ln document(s).", "", n)),
        )
