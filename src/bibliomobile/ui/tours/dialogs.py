"""Forms of the Tournées workspace: tour, stop, and the exceptions to a visit.

Each dialog only gathers values (plain dataclasses); the workspace sends them to the
services on the database worker. The schedule rule's form is in :mod:`.rule_dialog`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from bibliomobile.services.bookmobile.tours import StopData, StopRow, TourRow

from .form import FormDialog, date_edit, time_edit, to_date, to_time

NO_COORDINATE = -999.0  # the spin boxes' "empty" value


# -- tour ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TourValues:
    name: str
    vehicle: str | None
    loan_days: int
    active: bool


class TourDialog(FormDialog):
    def __init__(self, tour: TourRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tournée") if tour else self.tr("Nouvelle tournée"), parent)
        self.name = QLineEdit(tour.name if tour else "")
        self.vehicle = QLineEdit((tour.vehicle or "") if tour else "")
        self.loan_days = QSpinBox()
        self.loan_days.setRange(1, 365)
        self.loan_days.setValue(tour.loan_days if tour else 28)
        self.loan_days.setSuffix(self.tr(" jours"))
        self.active = QCheckBox(self.tr("Tournée en service"))
        self.active.setChecked(tour.active if tour else True)
        self.form.addRow(self.tr("Nom"), self.name)
        self.form.addRow(self.tr("Véhicule"), self.vehicle)
        self.form.addRow(self.tr("Durée de prêt"), self.loan_days)
        self.form.addRow("", self.active)
        self.finish()

    def validate(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Donnez un nom à la tournée.")
        return None

    def values(self) -> TourValues:
        return TourValues(
            self.name.text().strip(),
            self.vehicle.text().strip() or None,
            self.loan_days.value(),
            self.active.isChecked(),
        )


# -- stop ------------------------------------------------------------------------------


class StopDialog(FormDialog):
    def __init__(self, stop: StopRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Arrêt") if stop else self.tr("Nouvel arrêt"), parent)
        self.commune = QLineEdit(stop.commune if stop else "")
        self.postcode = QLineEdit((stop.postcode or "") if stop else "")
        self.place = QLineEdit(stop.place if stop else "")
        self.place.setPlaceholderText(self.tr("ex. : place de l'église"))
        self.address = QLineEdit((stop.address or "") if stop else "")
        self.latitude = self._coordinate(-90, 90, stop.latitude if stop else None)
        self.longitude = self._coordinate(-180, 180, stop.longitude if stop else None)
        self.active = QCheckBox(self.tr("Arrêt desservi"))
        self.active.setChecked(stop.active if stop else True)
        self.form.addRow(self.tr("Commune"), self.commune)
        self.form.addRow(self.tr("Code postal"), self.postcode)
        self.form.addRow(self.tr("Lieu"), self.place)
        self.form.addRow(self.tr("Adresse"), self.address)
        self.form.addRow(self.tr("Latitude"), self.latitude)
        self.form.addRow(self.tr("Longitude"), self.longitude)
        self.form.addRow("", self.active)
        self.finish()

    def _coordinate(self, low: float, high: float, value: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(6)
        box.setRange(NO_COORDINATE, high)
        box.setSpecialValueText(self.tr("(aucune)"))
        box.setValue(value if value is not None else NO_COORDINATE)
        box.setMinimum(NO_COORDINATE)
        box.setProperty("low", low)
        return box

    @staticmethod
    def _read(box: QDoubleSpinBox) -> float | None:
        return None if box.value() == box.minimum() else box.value()

    def validate(self) -> str | None:
        if not self.commune.text().strip():
            return self.tr("Indiquez la commune de l'arrêt.")
        if not self.place.text().strip():
            return self.tr("Indiquez le lieu de l'arrêt (par exemple « place de l'église »).")
        lat, lon = self._read(self.latitude), self._read(self.longitude)
        if (lat is None) != (lon is None):
            return self.tr("Donnez la latitude et la longitude, ou aucune des deux.")
        if lat is not None and lat < -90:
            return self.tr("Latitude invalide (entre -90 et 90).")
        if lon is not None and lon < -180:
            return self.tr("Longitude invalide (entre -180 et 180).")
        return None

    def values(self) -> StopData:
        return StopData(
            commune=self.commune.text().strip(),
            place=self.place.text().strip(),
            postcode=self.postcode.text().strip() or None,
            address=self.address.text().strip() or None,
            latitude=self._read(self.latitude),
            longitude=self._read(self.longitude),
            active=self.active.isChecked(),
        )


# -- visit exceptions ------------------------------------------------------------------


class CancelVisitDialog(FormDialog):
    """The reason is required: it is what patrons will be told."""

    def __init__(self, visit_label: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annuler un passage"), parent)
        what = QLabel(visit_label)
        what.setWordWrap(True)
        self.form.addRow(self.tr("Passage"), what)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ex. : panne du véhicule, salle fermée"))
        self.form.addRow(self.tr("Raison"), self.reason)
        note = QLabel(
            self.tr(
                "Les prêts à rendre ce jour-là passeront au passage suivant de l'arrêt, et les "
                "demandes drive y seront reportées s'il reste de la place."
            )
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish()

    def validate(self) -> str | None:
        if not self.reason.text().strip():
            return self.tr("Indiquez la raison de l'annulation (elle sera dite aux lecteurs).")
        return None


class VisitDateDialog(FormDialog):
    """New date and hours of a visit (move), or of an extra visit (add)."""

    def __init__(
        self,
        title: str,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.day = date_edit(day)
        self.start = time_edit(start)
        self.end = time_edit(end)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Début"), self.start)
        self.form.addRow(self.tr("Fin"), self.end)
        self.finish()

    def validate(self) -> str | None:
        if to_time(self.end.time()) <= to_time(self.start.time()):
            return self.tr("L'heure de fin doit suivre l'heure de début.")
        return None

    def values(self) -> tuple[dt.date, dt.time, dt.time]:
        return to_date(self.day.date()), to_time(self.start.time()), to_time(self.end.time())
