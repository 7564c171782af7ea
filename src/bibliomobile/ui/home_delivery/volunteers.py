"""Volunteers: who delivers, when, where, how many visits per round."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.availability import format_windows, parse_windows
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.volunteers import (
    VolunteerData,
    VolunteerRow,
    list_volunteers,
    save_volunteer,
    volunteer_data,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel
from ..workspaces import WorkspaceContext
from .beneficiaries import tr
from .common import Page, parse_float, row_table, split_list

ACTIVE_TEXT = {
    True: QT_TRANSLATE_NOOP("HomeDelivery", "oui"),
    False: QT_TRANSLATE_NOOP("HomeDelivery", "non"),
}

VOLUNTEER_COLUMNS: tuple[Column[VolunteerRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.name, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Téléphone"), lambda r: r.phone or "", fit=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Communes"),
        lambda r: ", ".join(r.communes),
        width=180,
        elide=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Visites max."),
        lambda r: str(r.max_visits),
        sort_key=lambda r: r.max_visits,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda r: tr(ACTIVE_TEXT[r.active]),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Tournées faites"),
        lambda r: str(r.rounds_done),
        sort_key=lambda r: r.rounds_done,
        align_right=True,
    ),
)


class VolunteersPage(Page):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_id: str | None = None
        root = QVBoxLayout(self)
        splitter = QSplitter()
        root.addWidget(splitter, 1)
        root.addWidget(self.error_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.model = RowTableModel(VOLUNTEER_COLUMNS, self)
        self.table = row_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        new = QPushButton(self.tr("Nouveau bénévole"))
        new.clicked.connect(self.new)
        left_layout.addWidget(new)
        splitter.addWidget(left)

        form_host = QWidget()
        form = QFormLayout(form_host)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("mar 09:00-12:30; jeu 14:00-17:30"))
        self.communes = QLineEdit()
        self.communes.setPlaceholderText(self.tr("vide = toutes les communes"))
        self.max_visits = QSpinBox()
        self.max_visits.setRange(1, 30)
        self.max_visits.setValue(6)
        self.start_address = QLineEdit()
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        coords = QHBoxLayout()
        coords.addWidget(self.latitude)
        coords.addWidget(self.longitude)
        self.is_staff = QCheckBox(self.tr("agent de la médiathèque"))
        self.active = QCheckBox(
            self.tr("actif (décocher quand la personne arrête : son historique reste)")
        )
        self.active.setChecked(True)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Téléphone"), self.phone)
        form.addRow(self.tr("Courriel"), self.email)
        form.addRow(self.tr("Disponibilités"), self.availability)
        form.addRow(self.tr("Communes couvertes"), self.communes)
        form.addRow(self.tr("Visites par tournée (max.)"), self.max_visits)
        form.addRow(self.tr("Adresse de départ"), self.start_address)
        form.addRow(self.tr("Latitude, longitude"), coords)
        form.addRow("", self.is_staff)
        form.addRow("", self.active)
        save = QPushButton(self.tr("Enregistrer le bénévole"))
        save.clicked.connect(self.save)
        form.addRow(save)
        splitter.addWidget(form_host)

    def refresh(self) -> None:
        self.run(list_volunteers, self.model.set_rows)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        volunteer_id = self.model.row_at(indexes[0].row()).volunteer_id
        self.current_id = volunteer_id
        self.run(lambda uow: volunteer_data(uow, volunteer_id), self._show)

    def _show(self, data: VolunteerData | None) -> None:
        if data is None:
            return
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        self.availability.setText(format_windows(data.availability))
        self.communes.setText(", ".join(data.communes))
        self.max_visits.setValue(data.max_visits)
        self.start_address.setText(data.start_address or "")
        self.latitude.setText("" if data.start_latitude is None else f"{data.start_latitude:.5f}")
        self.longitude.setText(
            "" if data.start_longitude is None else f"{data.start_longitude:.5f}"
        )
        self.is_staff.setChecked(data.is_staff)
        self.active.setChecked(data.active)

    def new(self) -> None:
        self.current_id = None
        self.table.clearSelection()
        for field in (
            self.first_name,
            self.last_name,
            self.phone,
            self.email,
            self.availability,
            self.communes,
            self.start_address,
            self.latitude,
            self.longitude,
        ):
            field.clear()
        self.max_visits.setValue(6)
        self.active.setChecked(True)
        self.first_name.setFocus()

    def data_from_form(self) -> VolunteerData:
        return VolunteerData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            availability=parse_windows(self.availability.text()),
            communes=split_list(self.communes.text()),
            max_visits=self.max_visits.value(),
            start_address=self.start_address.text(),
            start_latitude=parse_float(self.latitude.text()),
            start_longitude=parse_float(self.longitude.text()),
            is_staff=self.is_staff.isChecked(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        try:
            data = self.data_from_form()
        except HomeDeliveryError as error:
            self.show_error(error)
            return
        volunteer_id = self.current_id
        self.run(lambda uow: save_volunteer(uow, data, volunteer_id), self._saved, commit=True)

    def _saved(self, volunteer_id: str) -> None:
        self.current_id = volunteer_id
        self.info(self.tr("Bénévole enregistré."))
        self.changed.emit()
        self.refresh()
