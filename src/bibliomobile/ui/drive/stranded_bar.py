"""The bar over the Drive tabs when a cancelled visit still has requests: move them to
another visit, or cancel them (the patrons are then told by the usual messages)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bibliomobile.services.drive.requests import VisitChoice
from bibliomobile.services.drive.stranded import (
    StrandedVisit,
    cancel_stranded,
    move_stranded,
    stranded_visits,
)
from bibliomobile.store.uow import UnitOfWork

from ..worker import DbWorker


class StrandedBar(QFrame):
    """Signals:
    done(str, bool): a sentence for the message line (True: an error); requests changed.
    """

    done = Signal(str, bool)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strandedBar")
        self.setStyleSheet("QFrame#strandedBar { background: #fff4e5; border-radius: 6px; }")
        self._worker = worker
        self.stranded: list[StrandedVisit] = []
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.target = QComboBox()
        row.addWidget(self.target)
        self.move_button = QPushButton(self.tr("Déplacer"))
        self.move_button.clicked.connect(self.move_requests)
        row.addWidget(self.move_button)
        self.cancel_button = QPushButton(self.tr("Annuler ces demandes"))
        self.cancel_button.clicked.connect(self.cancel_requests)
        row.addWidget(self.cancel_button)
        self.hide()

    def load(self, visits: list[VisitChoice]) -> None:
        """Look for cancelled visits with requests; ``visits`` are the possible targets."""
        day = dt.date.today()
        self._targets = visits
        self._worker.submit(lambda uow: stranded_visits(uow, day), on_done=self._show, owner=self)

    def _show(self, rows: list[StrandedVisit]) -> None:
        self.stranded = rows
        if not rows:
            self.hide()
            return
        first = rows[0]
        self.text.setText(
            self.tr(
                "Passage annulé du {visit} : {n} demande(s) en attente, à déplacer vers :"
            ).format(visit=first.label, n=first.requests)
        )
        self.target.clear()
        for visit in self._targets:
            self.target.addItem(visit.label, visit.visit_id)
        self.move_button.setEnabled(self.target.count() > 0)
        self.show()

    def move_requests(self) -> None:
        target = self.target.currentData()
        if not self.stranded or not target:
            return
        cancelled = self.stranded[0].visit_id

        def task(uow: UnitOfWork) -> tuple[int, int]:
            return move_stranded(uow, cancelled, str(target))

        def moved(counts: tuple[int, int]) -> None:
            text = self.tr("%Ln demande(s) déplacée(s).", "", counts[0])
            if counts[1]:
                text += " " + self.tr("{n} sans place dans un créneau : restées.").format(
                    n=counts[1]
                )
            self.done.emit(text, bool(counts[1]))

        self._worker.submit(task, on_done=moved, on_error=self._error, owner=self, commit=True)

    def cancel_requests(self) -> None:
        if not self.stranded:
            return
        cancelled = self.stranded[0].visit_id
        self._worker.submit(
            lambda uow: cancel_stranded(uow, cancelled),
            on_done=lambda n: self.done.emit(self.tr("%Ln demande(s) annulée(s).", "", n), False),
            on_error=self._error,
            owner=self,
            commit=True,
        )

    def _error(self, error: BaseException) -> None:
        self.done.emit(str(error), True)
