"""The planning page's right pane: the bag of the visit chosen in the round.

Documents are suggested from the beneficiary's profile; the ticked ones go into the
visit's bag (the drive's bags: same codes, same labels), whose label is exported here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.selection import (
    PreparedBag,
    SuggestedItem,
    prepare_bag,
    suggest_items,
)
from bibliomobile.services.labels import labels_for_bags, write_labels
from bibliomobile.store.uow import UnitOfWork

from .common import Page
from .round_pane import RoundPane

ITEM_ROLE = Qt.ItemDataRole.UserRole + 11


class BagPane(QGroupBox):
    """Suggestions and the bag of the visit chosen in ``rounds``.

    Args:
        page: the planning page, which runs the database work and shows errors.
        rounds: the pane whose chosen visit this bag is for.
    """

    def __init__(self, page: Page, rounds: RoundPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sac de la visite choisie"))
        self.page = page
        self.rounds = rounds
        layout = QVBoxLayout(self)
        count_row = QHBoxLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(5)
        suggest = QPushButton(self.tr("Proposer des documents"))
        suggest.clicked.connect(self.suggest)
        count_row.addWidget(self.count)
        count_row.addWidget(suggest, 1)
        layout.addLayout(count_row)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        layout.addWidget(self.suggestions, 1)
        self.confirm_button = QPushButton(self.tr("Mettre les documents cochés dans le sac"))
        self.confirm_button.clicked.connect(self.confirm_bag)
        layout.addWidget(self.confirm_button)
        self.bag_label = QLabel()
        layout.addWidget(self.bag_label)
        self.label_button = QPushButton(self.tr("Étiquette du sac (PDF)…"))
        self.label_button.clicked.connect(self._ask_label_path)
        layout.addWidget(self.label_button)
        rounds.stops.currentRowChanged.connect(self._stop_chosen)

    def _stop_chosen(self, _row: int) -> None:
        self.suggestions.clear()
        stop = self.rounds.current_stop()
        if stop is None:
            self.bag_label.clear()
            return
        if stop.bag_code:
            self.bag_label.setText(
                self.tr("Sac {code} : {titles}").format(
                    code=stop.bag_code,
                    titles=", ".join(
                        i.title + (self.tr(" (déjà lu)") if i.already_read else "")
                        for i in stop.items
                    ),
                )
            )
        else:
            self.bag_label.setText(self.tr("Pas encore de sac."))

    def suggest(self) -> None:
        stop = self.rounds.current_stop()
        if stop is None:
            self.page.info(self.tr("Choisissez d'abord une visite dans la tournée."))
            return
        beneficiary_id, count = stop.beneficiary_id, self.count.value()
        self.page.run(lambda uow: suggest_items(uow, beneficiary_id, count), self._show_suggestions)

    def _show_suggestions(self, items: list[SuggestedItem]) -> None:
        self.suggestions.clear()
        for s in items:
            text = f"{s.title} — {s.authors}" if s.authors else s.title
            if s.reason:
                text += f"  ({s.reason})"
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, s.item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.suggestions.addItem(item)
        if not items:
            self.page.info(self.tr("Aucun document disponible ne correspond à ce profil."))

    def confirm_bag(self) -> None:
        delivery_id = self.rounds.selected_delivery()
        if delivery_id is None:
            self.page.info(self.tr("Choisissez d'abord une visite dans la tournée."))
            return
        chosen = [
            str(self.suggestions.item(i).data(ITEM_ROLE))
            for i in range(self.suggestions.count())
            if self.suggestions.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.page.run(
            lambda uow: prepare_bag(uow, delivery_id, chosen), self._bag_ready, commit=True
        )

    def _bag_ready(self, bag: PreparedBag) -> None:
        self.page.info(
            self.tr("Sac {code} prêt : %Ln document(s).", "", bag.item_count).format(code=bag.code)
        )
        self.suggestions.clear()
        self.page.changed.emit()
        self.rounds.reload()

    def _ask_label_path(self) -> None:
        stop = self.rounds.current_stop()
        if stop is None or not stop.bag_code:
            self.page.info(self.tr("Cette visite n'a pas encore de sac."))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Étiquette du sac"), f"sac-{stop.bag_code}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_label(stop.bag_code, Path(path))

    def export_label(self, code: str, path: Path) -> None:
        def task(uow: UnitOfWork) -> Path:
            write_labels(labels_for_bags(uow, [code]), "L7163", path)
            return path

        self.page.run(
            task, lambda p: self.page.info(self.tr("Étiquette enregistrée : {p}").format(p=p))
        )
