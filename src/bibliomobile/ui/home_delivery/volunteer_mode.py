"""The volunteer's day, offline: only their round, in order, and what happened at each door.

On a volunteer's laptop (enrolled with the scope ``volunteer:<id>``, or with the
user setting ``home_delivery/volunteer_id``) the volunteer is fixed: the page shows
only their rounds and the choice of volunteer is locked. Sync brings nobody else's
data to such a laptop anyway.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.bagcode import InvalidBagCode, looks_like_bag_code, validate_bag_code
from bibliomobile.domain.enums import DeliveryOutcome
from bibliomobile.services.home_delivery.access_notes import reveal_for_visit
from bibliomobile.services.home_delivery.rounds import RoundStop, RoundView, volunteer_rounds
from bibliomobile.services.home_delivery.visit_outcomes import (
    record_feedback,
    record_outcome,
    return_item,
    set_note,
)
from bibliomobile.services.home_delivery.volunteers import VolunteerRow, list_volunteers
from bibliomobile.services.home_delivery.welfare import flag_welfare_concern
from bibliomobile.ui.health_guard import add_notice, confirm_no_health_data

from ..i18n import QT_TRANSLATE_NOOP
from ..preferences import VOLUNTEER
from ..widgets.scan_field import ScanField
from ..workspaces import WorkspaceContext
from .beneficiaries import tr
from .common import Page, date_edit, to_date

DELIVERY_ROLE = Qt.ItemDataRole.UserRole + 20
ITEM_ROLE = Qt.ItemDataRole.UserRole + 21
OUTCOME_TEXT = {
    DeliveryOutcome.DELIVERED.value: QT_TRANSLATE_NOOP("HomeDelivery", "livré"),
    DeliveryOutcome.ABSENT.value: QT_TRANSLATE_NOOP("HomeDelivery", "absent"),
    DeliveryOutcome.REFUSED.value: QT_TRANSLATE_NOOP("HomeDelivery", "refusé"),
    DeliveryOutcome.POSTPONED.value: QT_TRANSLATE_NOOP("HomeDelivery", "reporté"),
}


class VolunteerModePage(Page):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rounds: list[RoundView] = []
        self.fixed_volunteer = context.preferences.get(VOLUNTEER) or None
        self._wanted_volunteer: str | None = None
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.volunteer = QComboBox()
        self.volunteer.setObjectName("volunteerChoice")
        self.volunteer.currentIndexChanged.connect(lambda _i: self.load_round())
        self.day = date_edit(dt.date.today())
        self.day.dateChanged.connect(lambda _d: self.load_round())
        top.addWidget(QLabel(self.tr("Bénévole")))
        top.addWidget(self.volunteer, 1)
        top.addWidget(QLabel(self.tr("Jour")))
        top.addWidget(self.day)
        root.addLayout(top)
        splitter = QSplitter()
        root.addWidget(splitter, 1)
        root.addWidget(self.error_label)

        self.stops = QListWidget()
        self.stops.setObjectName("volunteerStops")
        self.stops.currentRowChanged.connect(lambda _r: self._show_stop())
        splitter.addWidget(self.stops)

        # The visit's page scrolls when the screen is short (a laptop, a warning shown)
        # rather than crush the bag's documents, the buttons or the returns scan.
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_scroll = QScrollArea()
        detail_scroll.setObjectName("visitDetail")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        self.stop_title = QLabel()
        self.stop_title.setObjectName("pageTitle")
        self.stop_title.setWordWrap(True)
        detail_layout.addWidget(self.stop_title)
        facts = QFormLayout()
        self.address = QLabel()
        self.phone = QLabel()
        self.access = QLabel()
        self.show_access = QPushButton(self.tr("Afficher"))
        self.show_access.setToolTip(
            self.tr("Le code d'accès ne s'affiche que sur demande, le jour de la visite.")
        )
        self.show_access.clicked.connect(self.reveal_access)
        access_row = QHBoxLayout()
        access_row.addWidget(self.access, 1)
        access_row.addWidget(self.show_access)
        self.bag = QLabel()
        for text, widget in (
            (self.tr("Adresse"), self.address),
            (self.tr("Téléphone"), self.phone),
            (self.tr("Sac"), self.bag),
        ):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(text, widget)
        self.access.setWordWrap(True)
        facts.insertRow(2, self.tr("Accès"), access_row)
        detail_layout.addLayout(facts)

        outcome_box = QGroupBox(self.tr("Issue de la visite"))
        outcome_row = QHBoxLayout(outcome_box)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for value in (
            DeliveryOutcome.DELIVERED,
            DeliveryOutcome.ABSENT,
            DeliveryOutcome.REFUSED,
            DeliveryOutcome.POSTPONED,
        ):
            button = QPushButton(tr(OUTCOME_TEXT[value.value]).capitalize())
            button.setObjectName(f"outcome_{value.value}")
            button.clicked.connect(lambda _c=False, v=value.value: self.record(v))
            self.outcome_buttons[value.value] = button
            outcome_row.addWidget(button)
        detail_layout.addWidget(outcome_box)

        items_box = QGroupBox(self.tr("Documents du sac : qu'en a pensé la personne ?"))
        items_layout = QVBoxLayout(items_box)
        self.items = QListWidget()
        self.items.setObjectName("bagItems")
        self.items.setMinimumHeight(4 * self.items.fontMetrics().height() + 16)
        items_layout.addWidget(self.items)
        feedback_row = QHBoxLayout()
        liked = QPushButton(self.tr("A aimé"))
        liked.clicked.connect(lambda: self.feedback(True))
        disliked = QPushButton(self.tr("N'a pas aimé"))
        disliked.clicked.connect(lambda: self.feedback(False))
        feedback_row.addWidget(liked)
        feedback_row.addWidget(disliked)
        items_layout.addLayout(feedback_row)
        detail_layout.addWidget(items_box)

        returns_box = QGroupBox(self.tr("Documents rendus"))
        returns_layout = QVBoxLayout(returns_box)
        self.return_scan = ScanField(
            placeholder=self.tr("Scanner le QR du sac ou un document rendu")
        )
        self.return_scan.scanned.connect(self.return_scanned)
        self.returned = QListWidget()
        self.returned.setMaximumHeight(80)
        self.returned.setMinimumHeight(3 * self.returned.fontMetrics().height() + 12)
        returns_layout.addWidget(self.return_scan)
        returns_layout.addWidget(self.returned)
        detail_layout.addWidget(returns_box)

        note_row = QHBoxLayout()
        self.note = QLineEdit()
        add_notice(self.note, self.tr("Note libre sur la visite"))
        save_note = QPushButton(self.tr("Enregistrer la note"))
        save_note.clicked.connect(self.save_note)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(save_note)
        detail_layout.addLayout(note_row)

        welfare_box = QGroupBox(self.tr("Inquiétude pour la personne"))
        welfare_box.setStyleSheet("QGroupBox { color: #9b2c2c; font-weight: 600; }")
        welfare_row = QHBoxLayout(welfare_box)
        self.welfare_text = QLineEdit()
        add_notice(self.welfare_text, self.tr("N'a pas répondu trois fois, volets fermés…"))
        self.welfare_button = QPushButton(self.tr("Signaler aux coordinateurs"))
        self.welfare_button.setObjectName("welfareButton")
        self.welfare_button.clicked.connect(self.raise_concern)
        welfare_row.addWidget(self.welfare_text, 1)
        welfare_row.addWidget(self.welfare_button)
        detail_layout.addWidget(welfare_box)
        detail_layout.addStretch(1)
        splitter.addWidget(detail_scroll)
        splitter.setSizes([320, 620])

    # -- loading --------------------------------------------------------------

    def set_fixed_volunteer(self, volunteer_id: str | None) -> None:
        """This device belongs to ``volunteer_id``: show nobody else."""
        self.fixed_volunteer = volunteer_id
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda uow: list_volunteers(uow, include_inactive=False), self._show_volunteers)

    def show_round(self, volunteer_id: str, day: dt.date) -> None:
        """Show this volunteer's round of ``day`` (a double-click in Aujourd'hui)."""
        self._wanted_volunteer = volunteer_id
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.refresh()

    def _show_volunteers(self, rows: list[VolunteerRow]) -> None:
        current = self.fixed_volunteer or self._wanted_volunteer or self.volunteer.currentData()
        self._wanted_volunteer = None
        self.volunteer.blockSignals(True)
        self.volunteer.clear()
        for row in rows:
            if self.fixed_volunteer and row.volunteer_id != self.fixed_volunteer:
                continue
            self.volunteer.addItem(row.name, row.volunteer_id)
        self.volunteer.blockSignals(False)
        index = self.volunteer.findData(current) if current else -1
        self.volunteer.setCurrentIndex(max(index, 0) if self.volunteer.count() else -1)
        self.volunteer.setEnabled(self.fixed_volunteer is None)
        self.load_round()

    def load_round(self) -> None:
        volunteer_id = self.volunteer.currentData()
        if not volunteer_id:
            self.rounds = []
            self.stops.clear()
            self._clear_stop(self.tr("Aucun bénévole actif : ajoutez-en dans l'onglet Bénévoles."))
            return
        day = to_date(self.day)
        self.run(lambda uow: volunteer_rounds(uow, str(volunteer_id), day), self._show_rounds)

    def _show_rounds(self, rounds: list[RoundView]) -> None:
        current = self._current()
        self.rounds = rounds
        self.stops.blockSignals(True)
        self.stops.clear()
        for view in rounds:
            for stop in view.stops:
                when = stop.planned_time.strftime("%H:%M") if stop.planned_time else "--:--"
                text = f"{when}  {stop.name}"
                if stop.outcome:
                    text += f"  — {tr(OUTCOME_TEXT.get(stop.outcome, stop.outcome))}"
                if stop.welfare_concern:
                    text += "  ⚠"
                item = QListWidgetItem(text)
                item.setData(DELIVERY_ROLE, stop.delivery_id)
                if stop.outcome:
                    item.setForeground(QColor("#5b6573"))
                self.stops.addItem(item)
        self.stops.blockSignals(False)
        if not self.stops.count():
            self._clear_stop(self.tr("Pas de tournée ce jour-là."))
            return
        row = 0
        for i in range(self.stops.count()):
            if current and self.stops.item(i).data(DELIVERY_ROLE) == current.delivery_id:
                row = i
        self.stops.setCurrentRow(row)
        self._show_stop()

    def _current(self) -> RoundStop | None:
        item = self.stops.currentItem()
        if item is None:
            return None
        delivery_id = item.data(DELIVERY_ROLE)
        for view in self.rounds:
            for stop in view.stops:
                if stop.delivery_id == delivery_id:
                    return stop
        return None

    def _clear_stop(self, title: str) -> None:
        """Nothing to show: no stale visit left on screen, nothing to record."""
        self.stop_title.setText(title)
        for label in (self.address, self.phone, self.access, self.bag):
            label.clear()
        self.show_access.setEnabled(False)
        self.note.clear()
        self.items.clear()
        self.returned.clear()
        for button in self.outcome_buttons.values():
            button.setEnabled(False)

    def _show_stop(self) -> None:
        stop = self._current()
        if stop is None:
            return
        when = stop.planned_time.strftime("%H:%M") if stop.planned_time else ""
        self.stop_title.setText(f"{when}  {stop.name}")
        self.address.setText(stop.address)
        self.phone.setText(stop.phone or "—")
        # An access note (a door code, where a key is) stays hidden until asked for,
        # and only on the day of the visit.
        today = to_date(self.day) == dt.date.today()
        if not stop.has_access_note:
            self.access.setText("—")
        elif today:
            self.access.setText(self.tr("masqué : « Afficher » pour le lire"))
        else:
            self.access.setText(self.tr("masqué : lisible le jour de la visite"))
        self.show_access.setEnabled(stop.has_access_note and today)
        self.bag.setText(stop.bag_code or self.tr("pas de sac"))
        self.note.setText(stop.note or "")
        self.items.clear()
        for line in stop.items:
            mark = {True: "  👍", False: "  👎", None: ""}[line.liked]
            read = self.tr(" — déjà lu") if line.already_read else ""
            item = QListWidgetItem(f"{line.title}{read}{mark}")
            item.setData(ITEM_ROLE, line.item_id)
            self.items.addItem(item)
        # Noted on the day of the visit or after; "Livré" only with a bag to hand over.
        future = to_date(self.day) > dt.date.today()
        for value, button in self.outcome_buttons.items():
            no_bag = value == DeliveryOutcome.DELIVERED.value and not stop.items
            button.setEnabled(stop.outcome is None and not future and not no_bag)
            button.setToolTip(
                self.tr("Visite à venir : son issue se note le jour même.")
                if future
                else self.tr("Pas de sac préparé pour cette visite.")
                if no_bag
                else ""
            )

    # -- the volunteer's actions -------------------------------------------------

    def reveal_access(self) -> None:
        """Show the current visit's access note (today's visits only)."""
        stop = self._current()
        if stop is None or not stop.has_access_note or to_date(self.day) != dt.date.today():
            return
        delivery_id = stop.delivery_id

        def shown(note: str | None) -> None:
            # Opened now, for this screen only: never kept, printed or logged.
            self.access.setText(note or "—")
            self.show_access.setEnabled(False)

        self.run(lambda uow: reveal_for_visit(uow, delivery_id), shown)

    def _after(self, message: str) -> None:
        self.info(message)
        self.changed.emit()
        self.load_round()

    def record(self, outcome: str) -> None:
        stop = self._current()
        if stop is None:
            return
        delivery_id, note = stop.delivery_id, self.note.text()
        if not confirm_no_health_data(self, note):
            return
        self.run(
            lambda uow: record_outcome(uow, delivery_id, outcome, note=note),
            lambda messages: self._after(" ".join(messages)),
            commit=True,
        )

    def feedback(self, liked: bool) -> None:
        stop, item = self._current(), self.items.currentItem()
        if stop is None or item is None:
            self.info(self.tr("Choisissez d'abord un document du sac."))
            return
        delivery_id, item_id = stop.delivery_id, str(item.data(ITEM_ROLE))
        self.run(
            lambda uow: record_feedback(uow, delivery_id, item_id, liked),
            lambda learnt: self._after(
                self.tr("Avis noté.") + (" " + ", ".join(learnt) if learnt else "")
            ),
            commit=True,
        )

    def return_scanned(self, code: str) -> None:
        """A scan at the door: a bag's QR opens its visit, anything else is a return."""
        if looks_like_bag_code(code):
            self.open_bag(code)
            return
        stop = self._current()
        if stop is None:
            self.info(self.tr("Choisissez d'abord la visite."))
            return
        delivery_id = stop.delivery_id

        def done(message: str) -> None:
            self.returned.insertItem(0, message)
            self.info(message)

        self.run(lambda uow: return_item(uow, delivery_id, code), done, commit=True)

    def open_bag(self, scanned: str) -> None:
        try:
            code = validate_bag_code(scanned)
        except InvalidBagCode as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        for row in range(self.stops.count()):
            delivery_id = self.stops.item(row).data(DELIVERY_ROLE)
            stop = next(
                (s for r in self.rounds for s in r.stops if s.delivery_id == delivery_id), None
            )
            if stop is not None and stop.bag_code == code:
                self.stops.setCurrentRow(row)
                self.info(self.tr("Sac {code} : {name}").format(code=code, name=stop.name))
                return
        self.error_label.setText(
            self.tr("Le sac {code} n'est pas dans votre tournée de ce jour.").format(code=code)
        )
        self.error_label.show()

    def save_note(self) -> None:
        stop = self._current()
        if stop is None:
            return
        delivery_id, note = stop.delivery_id, self.note.text()
        self.run(
            lambda uow: set_note(uow, delivery_id, note),
            lambda _n: self._after(self.tr("Note enregistrée.")),
            commit=True,
        )

    def raise_concern(self) -> None:
        stop = self._current()
        if stop is None:
            return
        delivery_id, text = stop.delivery_id, self.welfare_text.text()
        if not confirm_no_health_data(self, text):
            return

        def done(_none: None) -> None:
            self.welfare_text.clear()
            self._after(self.tr("Inquiétude signalée : les coordinateurs la verront en priorité."))

        self.run(lambda uow: flag_welfare_concern(uow, delivery_id, text), done, commit=True)
