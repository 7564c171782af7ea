"""Drive › Nouvelle demande: a patron, a slot, how the request came, titles or a surprise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.services.patrons import search_patrons
from bibliomobile.services.titles import CopyRow, TitleRow, search_titles, title_copies
from bibliomobile.store.uow import UnitOfWork

from ..labels import label as value_label
from ..tables import french_date
from ..widgets.search_page import DEBOUNCE_MS
from ..worker import DbWorker
from .common import DrivePage
from .request_basket import RequestBasket

# Titles listed while typing in the request form.
TITLES_SHOWN = 30

#: How a pickup request reached the library; labels translated at display time.
CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("DriveWorkspace", "Téléphone")),
    ("email", QT_TRANSLATE_NOOP("DriveWorkspace", "E-mail")),
    ("portal", QT_TRANSLATE_NOOP("DriveWorkspace", "Portail")),
    ("at_stop", QT_TRANSLATE_NOOP("DriveWorkspace", "À l'arrêt")),
)


class NewRequestPage(DrivePage):
    """The request form; the slots are those of the visit chosen in the workspace."""

    def __init__(
        self,
        worker: DbWorker,
        visit_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, visit_id, parent)
        form = QFormLayout(self)
        self.patron_query = QLineEdit()
        self.patron_query.setPlaceholderText(self.tr("Nom, carte, commune…"))
        self.patron_query.returnPressed.connect(self.find_patrons)
        self.patron_list = QListWidget()
        self.patron_list.setMaximumHeight(110)
        self.patron_list.setMinimumHeight(80)  # three people at least, even at 1280×680
        form.addRow(self.tr("Lecteur"), self.patron_query)
        form.addRow("", self.patron_list)
        self.slot_box = QComboBox()
        form.addRow(self.tr("Créneau"), self.slot_box)
        self.channel_box = QComboBox()
        for key, label in CHANNELS:
            self.channel_box.addItem(QCoreApplication.translate("DriveWorkspace", str(label)), key)
        form.addRow(self.tr("Reçue par"), self.channel_box)
        self.surprise = QCheckBox(self.tr("Sélection surprise (d'après les goûts)"))
        form.addRow("", self.surprise)
        self.free_text = QLineEdit()
        self.free_text.setPlaceholderText(self.tr("ex. « polars, pas d'horreur, gros caractères »"))
        form.addRow(self.tr("Goûts / remarque"), self.free_text)
        self.catalogue_query = QLineEdit()
        self.catalogue_query.setPlaceholderText(self.tr("Titre, auteur… puis Entrée"))
        self.catalogue_query.returnPressed.connect(self.find_items)
        # Titles are listed as the title is typed (a request taken by phone).
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(DEBOUNCE_MS)
        self._typing.timeout.connect(self._typed)
        self.catalogue_query.textChanged.connect(self._typing.start)
        self.catalogue_list = QListWidget()
        self.catalogue_list.itemChanged.connect(self._ticked)
        form.addRow(self.tr("Titres"), self.catalogue_query)
        form.addRow("", self.catalogue_list)
        self.basket = RequestBasket()
        self.basket.changed.connect(self._sync_ticks)
        self.basket.copy_wanted.connect(self.pick_copy)
        form.addRow(self.tr("Titres choisis"), self.basket)
        save = QPushButton(self.tr("Enregistrer la demande"))
        save.clicked.connect(self.save_request)
        form.addRow("", save)

    def show_slots(self, slots: list[drive_slots.SlotRow]) -> None:
        self.slot_box.clear()
        for s in slots:
            self.slot_box.addItem(s.label, s.slot_id)

    def find_patrons(self) -> None:
        query = self.patron_query.text()
        self.run(lambda uow: search_patrons(uow, query, limit=30), self._show_patrons)

    def _show_patrons(self, rows: list[Any]) -> None:
        self.patron_list.clear()
        for p in rows:
            item = QListWidgetItem(f"{p.last_name} {p.first_name} — {p.card_barcode} — {p.commune}")
            item.setData(Qt.ItemDataRole.UserRole, p.patron_id)
            self.patron_list.addItem(item)
        if rows:
            self.patron_list.setCurrentRow(0)

    def _typed(self) -> None:
        if self.window().isVisible():  # not once the window is closed (worker stopped)
            self.find_items()

    def find_items(self) -> None:
        """List the titles matching the query, one line each (the copy is chosen when
        the bag is prepared)."""
        self._typing.stop()
        query = self.catalogue_query.text()
        self.run(lambda uow: search_titles(uow, query, TITLES_SHOWN), self._show_items)

    def copies_text(self, row: TitleRow) -> str:
        """Where the copies of a title are, in a few words."""
        parts = []
        if row.available:
            parts.append(self.tr("disponible : {n}").format(n=row.available))
        if row.on_loan:
            lent = self.tr("en prêt : {n}").format(n=row.on_loan)
            if row.next_due:
                lent += " " + self.tr("(retour le {date})").format(date=french_date(row.next_due))
            parts.append(lent)
        if row.in_bags:
            parts.append(self.tr("dans un sac : {n}").format(n=row.in_bags))
        return ", ".join(parts)

    def _show_items(self, rows: list[TitleRow]) -> None:
        self.catalogue_list.clear()
        for row in rows:
            authors = f" — {row.authors}" if row.authors else ""
            item = QListWidgetItem(f"{row.title}{authors} ({self.copies_text(row)})")
            item.setData(Qt.ItemDataRole.UserRole, row.record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.catalogue_list.addItem(item)
        self._sync_ticks()

    def _ticked(self, item: QListWidgetItem) -> None:
        """A title ticked goes into the basket; unticked, it leaves it."""
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.basket.add(record_id, item.text())
        else:
            self.basket.remove(record_id)

    def _sync_ticks(self) -> None:
        """The search results show ticked the titles already in the basket."""
        self.catalogue_list.blockSignals(True)
        try:
            for i in range(self.catalogue_list.count()):
                item = self.catalogue_list.item(i)
                chosen = self.basket.contains(str(item.data(Qt.ItemDataRole.UserRole)))
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        finally:
            self.catalogue_list.blockSignals(False)

    def pick_copy(self, record_id: str) -> None:
        """Staff want one copy of this title: list its copies to choose from."""
        self.run(
            lambda uow: title_copies(uow, record_id),
            lambda rows: self.offer_copies(record_id, rows),
        )

    def copy_choices(self, rows: list[CopyRow]) -> list[str]:
        """What the choice lists: any copy first, then each copy with where it is."""
        return [self.tr("N'importe lequel (choisi à la préparation du sac)")] + [
            f"{row.barcode} — {value_label(row.location)}"
            + (f" — {row.call_number}" if row.call_number else "")
            for row in rows
        ]

    def offer_copies(self, record_id: str, rows: list[CopyRow]) -> None:
        choices = self.copy_choices(rows)
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Exemplaire"), self.tr("Exemplaire demandé :"), choices, 0, False
        )
        if ok:
            self.apply_copy_choice(record_id, rows, choices.index(chosen))

    def apply_copy_choice(self, record_id: str, rows: list[CopyRow], index: int) -> None:
        """Index 0: any copy; otherwise the copy listed at that place."""
        if index <= 0:
            self.basket.choose_copy(record_id, None)
        else:
            row = rows[index - 1]
            self.basket.choose_copy(record_id, row.item_id, row.barcode)

    def save_request(self) -> None:
        patron = self.patron_list.currentItem()
        visit_id, slot_id = self.visit_id, self.slot_box.currentData()
        if patron is None or visit_id is None or slot_id is None:
            self.show_message(
                self.tr("Choisissez un lecteur, un passage et un créneau."), error=True
            )
            return
        patron_id = str(patron.data(Qt.ItemDataRole.UserRole))
        records = self.basket.record_ids()
        copies = self.basket.copies()
        kind = "surprise" if self.surprise.isChecked() else "titles"
        channel = str(self.channel_box.currentData())
        text = self.free_text.text()

        def task(uow: UnitOfWork) -> drive_requests.RequestRow:
            return drive_requests.create_request(
                uow, patron_id=patron_id, visit_id=visit_id, slot_id=str(slot_id), channel=channel,
                kind=kind, record_ids=records, free_text=text, taken_by=None,
                copies=copies,
            )  # fmt: skip

        def done(row: drive_requests.RequestRow) -> None:
            self.show_message(
                self.tr("Demande enregistrée pour {name}.").format(name=row.patron_name)
            )
            self.free_text.clear()
            self.catalogue_list.clear()
            self.basket.clear()
            self.changed.emit()

        self.run(task, done, commit=True)
