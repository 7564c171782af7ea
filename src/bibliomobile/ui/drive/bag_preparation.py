"""Drive › Préparation des sacs: scan the bag, then its documents; the bag is ready."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.bagcode import looks_like_bag_code
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import selection as drive_selection
from bibliomobile.services.drive.common import DriveError
from bibliomobile.store.uow import UnitOfWork

from ..widgets.scan_field import ScanField, ScanQueue
from ..worker import DbWorker
from .common import DrivePage


class BagPreparationPage(DrivePage):
    """A bag for one of the visit's requests still to prepare (new or in preparation)."""

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, visit_id, parent)
        self.current_bag: str | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Demande :")))
        self.bag_request = QComboBox()
        row.addWidget(self.bag_request, 1)
        propose = QPushButton(self.tr("Proposer une sélection surprise"))
        propose.clicked.connect(self.propose)
        row.addWidget(propose)
        layout.addLayout(row)
        self.bag_scan = ScanField(placeholder=self.tr("Scanner le sac, puis les documents"))
        layout.addWidget(self.bag_scan)
        self.bag_queue = ScanQueue(worker, self._handle_bag_scan, self._bag_scanned,
                                   lambda _code, error: self.show_error(error), self)  # fmt: skip
        self.bag_scan.scanned.connect(self.bag_queue.push)
        self.bag_items = QListWidget()
        layout.addWidget(self.bag_items, 1)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Retirer du sac"))
        self.remove_button.setObjectName("removeFromBag")
        self.remove_button.setToolTip(self.tr("Le document choisi retourne en rayon."))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        ready = QPushButton(self.tr("Sac prêt (prévenir le lecteur)"))
        ready.clicked.connect(self.bag_ready)
        buttons.addWidget(ready, 1)
        layout.addLayout(buttons)

    def show_requests(self, requests: list[drive_requests.RequestRow]) -> None:
        self.bag_request.clear()
        for r in requests:
            if r.status in ("new", "preparing"):
                self.bag_request.addItem(f"{r.patron_name} — {r.status_label}", r.request_id)

    def _handle_bag_scan(self, uow: UnitOfWork, code: str) -> drive_bags.BagContent:
        # Each scan is one use case. The scan queue submits without ``commit=True``,
        # so this task commits once the service has returned (an error commits nothing).
        if looks_like_bag_code(code):
            request_id = self._bag_request_id
            if request_id is None:
                raise DriveError("Choisissez d'abord la demande dont vous préparez le sac.")
            content = drive_bags.create_bag(uow, code, request_id=request_id)
        else:
            if self.current_bag is None:
                raise DriveError("Scannez d'abord l'étiquette du sac.")
            content = drive_bags.add_to_bag(uow, self.current_bag, code)
        uow.commit()
        return content

    def _bag_scanned(self, _code: str, content: drive_bags.BagContent) -> None:
        self.current_bag = content.code
        self.bag_items.clear()
        for item in content.items:
            line = QListWidgetItem(f"{item.call_number}  {item.barcode}  {item.title}")
            line.setData(Qt.ItemDataRole.UserRole, item.barcode)
            self.bag_items.addItem(line)
        self.show_message(content.message)

    def remove_selected(self) -> None:
        """Take the chosen document out of the bag (a wrong scan): back to the shelves."""
        code, line = self.current_bag, self.bag_items.currentItem()
        barcode = line.data(Qt.ItemDataRole.UserRole) if line is not None else None
        if code is None or not barcode:
            self.show_message(self.tr("Choisissez d'abord un document du sac."), error=True)
            return
        self.run(
            lambda uow: drive_bags.remove_from_bag(uow, code, str(barcode)),
            lambda content: self._bag_scanned(str(barcode), content),
            commit=True,
        )

    @property
    def _bag_request_id(self) -> str | None:
        data = self.bag_request.currentData()
        return str(data) if data else None

    def propose(self) -> None:
        request_id = self._bag_request_id
        if request_id is None:
            return
        self.run(lambda uow: drive_selection.propose_surprise(uow, request_id), self._show_proposal)

    def _show_proposal(self, rows: list[drive_selection.AvailableItem]) -> None:
        self.bag_items.clear()
        for hit in rows:
            self.bag_items.addItem(
                f"{self.tr('À prendre')} : {hit.call_number}  {hit.barcode}  {hit.title} ({hit.location})"
            )
        self.show_message(
            self.tr("%Ln proposition(s) : scannez celles que vous retenez.", "", len(rows))
        )

    def bag_ready(self) -> None:
        code = self.current_bag
        if code is None:
            return
        self.run(lambda uow: drive_bags.mark_bag_ready(uow, code), self._bag_done, commit=True)

    def _bag_done(self, content: drive_bags.BagContent) -> None:
        self.show_message(content.message)
        self.current_bag = None
        self.bag_items.clear()
        self.changed.emit()
