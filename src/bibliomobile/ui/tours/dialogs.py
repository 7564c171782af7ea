"""Forms of the Tournées workspace: tour, stop, schedule rule and visit exceptions.

Each dialog only gathers values (plain dataclasses, a domain :class:`Rule`); the
workspace sends them to the services on the database worker. Invalid input is refused
in the dialog with a French sentence, before anything is sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import Break, Rule
from bibliomobile.services.bookmobile.tours import StopData, StopRow, TourRow

from . import rule_text

NO_COORDINATE = -999.0  # the spin boxes' "empty" value


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class _Form(QDialog):
    """A dialog with a form, an error line and OK / Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def validate(self) -> str | None:
        """A French sentence if the input is not acceptable, else None."""
        return None

    def _try_accept(self) -> None:
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        self.accept()


# -- tour ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TourValues:
    name: str
    vehicle: str | None
    loan_days: int
    active: bool


class TourDialog(_Form):
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


class StopDialog(_Form):
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


# -- schedule rule ---------------------------------------------------------------------


class RuleDialog(_Form):
    """Frequency, day, hours, validity, holiday policy and breaks, with a live preview."""

    KINDS = (ScheduleKind.WEEKLY, ScheduleKind.EVERY_N_WEEKS, ScheduleKind.NTH_WEEKDAY)

    def __init__(self, rule: Rule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Règle de passage"), parent)
        self.setMinimumWidth(620)
        today = dt.date.today()
        rule = rule or Rule(
            kind=ScheduleKind.EVERY_N_WEEKS,
            weekday=today.weekday(),
            interval_weeks=2,
            anchor_date=today,
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 30),
            valid_from=today,
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("toutes les semaines"))
        self.kind.addItem(self.tr("toutes les N semaines"))
        self.kind.addItem(self.tr("un jour donné du mois (ex. : le 2e mardi)"))
        self.kind.setCurrentIndex(self.KINDS.index(rule.kind))
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(rule_text.weekday_name(day))
        self.weekday.setCurrentIndex(rule.weekday)
        self.interval = QSpinBox()
        self.interval.setRange(2, 8)
        self.interval.setValue(max(2, rule.interval_weeks))
        self.interval.setPrefix(self.tr("toutes les "))
        self.interval.setSuffix(self.tr(" semaines"))
        self.anchor = _date_edit(rule.anchor_date or rule.valid_from)
        self.nth = QComboBox()
        for nth in (1, 2, 3, 4, -1):
            self.nth.addItem(rule_text.translated(rule_text.ORDINALS[nth]), nth)
        self.nth.setCurrentIndex(max(0, self.nth.findData(rule.nth or 1)))
        self.start = _time_edit(rule.start_time)
        self.end = _time_edit(rule.end_time)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("à")))
        hours.addWidget(self.end)
        hours.addStretch(1)
        self.valid_from = _date_edit(rule.valid_from)
        self.valid_to = _date_edit(rule.valid_to or rule.valid_from + dt.timedelta(days=365))
        self.open_ended = QCheckBox(self.tr("sans date de fin"))
        self.open_ended.setChecked(rule.valid_to is None)
        validity = QHBoxLayout()
        validity.addWidget(self.valid_from)
        validity.addWidget(QLabel(self.tr("au")))
        validity.addWidget(self.valid_to)
        validity.addWidget(self.open_ended)
        validity.addStretch(1)
        self.policy = QComboBox()
        for policy in (
            HolidayPolicy.SKIP,
            HolidayPolicy.NEXT_DAY,
            HolidayPolicy.PREVIOUS_DAY,
            HolidayPolicy.KEEP,
        ):
            self.policy.addItem(
                rule_text.translated(rule_text.HOLIDAY_POLICIES[policy]), policy.value
            )
        self.policy.setCurrentIndex(self.policy.findData(rule.holiday_policy.value))

        self.breaks = QTableWidget(0, 3)
        self.breaks.setHorizontalHeaderLabels([self.tr("Pause"), self.tr("Du"), self.tr("Au")])
        self.breaks.horizontalHeader().setStretchLastSection(True)
        self.breaks.verticalHeader().hide()
        self.breaks.setMinimumHeight(110)
        for period in rule.breaks:
            self.add_break(period)
        add_break = QPushButton(self.tr("Ajouter une pause"))
        add_break.clicked.connect(lambda: self.add_break(None))
        remove_break = QPushButton(self.tr("Retirer la pause"))
        remove_break.clicked.connect(self._remove_break)
        break_buttons = QHBoxLayout()
        break_buttons.addWidget(add_break)
        break_buttons.addWidget(remove_break)
        break_buttons.addStretch(1)

        self.form.addRow(self.tr("Fréquence"), self.kind)
        self.form.addRow(self.tr("Jour"), self.weekday)
        self.form.addRow(self.tr("Intervalle"), self.interval)
        self.form.addRow(self.tr("Premier passage"), self.anchor)
        self.form.addRow(self.tr("Rang dans le mois"), self.nth)
        self.form.addRow(self.tr("Horaires"), hours)
        self.form.addRow(self.tr("Valable du"), validity)
        self.form.addRow(self.tr("Jours fériés"), self.policy)
        self.form.addRow(self.tr("Pauses"), self.breaks)
        self.form.addRow("", break_buttons)
        self.preview = QLabel()
        self.preview.setObjectName("rulePreview")
        self.preview.setWordWrap(True)
        self.layout_.addWidget(self.preview)
        self.finish()

        for signal in (
            self.kind.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.interval.valueChanged,
            self.anchor.dateChanged,
            self.nth.currentIndexChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.valid_from.dateChanged,
            self.valid_to.dateChanged,
            self.open_ended.toggled,
            self.policy.currentIndexChanged,
            self.breaks.itemChanged,
        ):
            signal.connect(self._refresh)
        self._refresh()

    def add_break(self, period: Break | None) -> None:
        row = self.breaks.rowCount()
        self.breaks.insertRow(row)
        name = QComboBox()
        name.setEditable(True)
        for suggestion in rule_text.BREAK_NAMES:
            name.addItem(rule_text.translated(suggestion))
        name.setCurrentText(
            period.label if period else rule_text.translated(rule_text.BREAK_NAMES[0])
        )
        year = dt.date.today().year
        self.breaks.setCellWidget(row, 0, name)
        self.breaks.setCellWidget(
            row, 1, _date_edit(period.start if period else dt.date(year, 7, 14))
        )
        self.breaks.setCellWidget(
            row, 2, _date_edit(period.end if period else dt.date(year, 8, 25))
        )
        name.currentTextChanged.connect(self._refresh)
        for column in (1, 2):
            widget = self.breaks.cellWidget(row, column)
            assert isinstance(widget, QDateEdit)
            widget.dateChanged.connect(self._refresh)
        self._refresh()

    def _remove_break(self) -> None:
        row = self.breaks.currentRow()
        if row < 0:
            row = self.breaks.rowCount() - 1
        if row >= 0:
            self.breaks.removeRow(row)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        kind = self.KINDS[self.kind.currentIndex()]
        every_n = kind is ScheduleKind.EVERY_N_WEEKS
        self.interval.setEnabled(every_n)
        self.anchor.setEnabled(every_n)
        self.weekday.setEnabled(not every_n)  # follows the first visit's day
        if every_n:
            self.weekday.setCurrentIndex(_date(self.anchor.date()).weekday())
        self.nth.setEnabled(kind is ScheduleKind.NTH_WEEKDAY)
        self.valid_to.setEnabled(not self.open_ended.isChecked())
        if not hasattr(self, "preview"):
            return
        try:
            self.preview.setText(rule_text.rule_text(self.rule()))
            self.error.hide()
        except ValueError as error:
            self.preview.setText("")
            self.show_error(str(error))

    def _break_rows(self) -> tuple[Break, ...]:
        found = []
        for row in range(self.breaks.rowCount()):
            name = self.breaks.cellWidget(row, 0)
            start = self.breaks.cellWidget(row, 1)
            end = self.breaks.cellWidget(row, 2)
            assert isinstance(name, QComboBox)
            assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
            found.append(Break(_date(start.date()), _date(end.date()), name.currentText().strip()))
        return tuple(found)

    def rule(self) -> Rule:
        """The rule as entered.

        Raises:
            ValueError: inconsistent input (French message from the domain).
        """
        kind = self.KINDS[self.kind.currentIndex()]
        anchor = _date(self.anchor.date())
        return Rule(
            kind=kind,
            weekday=anchor.weekday()
            if kind is ScheduleKind.EVERY_N_WEEKS
            else self.weekday.currentIndex(),
            interval_weeks=self.interval.value() if kind is ScheduleKind.EVERY_N_WEEKS else 1,
            nth=int(self.nth.currentData()) if kind is ScheduleKind.NTH_WEEKDAY else None,
            anchor_date=anchor if kind is ScheduleKind.EVERY_N_WEEKS else None,
            start_time=_time(self.start.time()),
            end_time=_time(self.end.time()),
            valid_from=_date(self.valid_from.date()),
            valid_to=None if self.open_ended.isChecked() else _date(self.valid_to.date()),
            holiday_policy=HolidayPolicy(self.policy.currentData()),
            breaks=self._break_rows(),
        )

    def validate(self) -> str | None:
        try:
            self.rule()
        except ValueError as error:
            return str(error)
        return None


class BreakDialog(_Form):
    """A break (summer, school holidays) for every stop of a tour."""

    def __init__(self, tour_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pause pour toute la tournée"), parent)
        year = dt.date.today().year
        self.label = QComboBox()
        self.label.setEditable(True)
        for suggestion in rule_text.BREAK_NAMES:
            self.label.addItem(rule_text.translated(suggestion))
        self.start = _date_edit(dt.date(year, 7, 14))
        self.end = _date_edit(dt.date(year, 8, 25))
        self.form.addRow(self.tr("Tournée"), QLabel(tour_name))
        self.form.addRow(self.tr("Pause"), self.label)
        self.form.addRow(self.tr("Du"), self.start)
        self.form.addRow(self.tr("Au"), self.end)
        self.finish()

    def period(self) -> Break:
        """The break as entered.

        Raises:
            ValueError: it ends before it starts (French message).
        """
        return Break(
            _date(self.start.date()), _date(self.end.date()), self.label.currentText().strip()
        )

    def validate(self) -> str | None:
        try:
            self.period()
        except ValueError as error:
            return str(error)
        return None


# -- visit exceptions ------------------------------------------------------------------


class CancelVisitDialog(_Form):
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


class VisitDateDialog(_Form):
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
        self.day = _date_edit(day)
        self.start = _time_edit(start)
        self.end = _time_edit(end)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Début"), self.start)
        self.form.addRow(self.tr("Fin"), self.end)
        self.finish()

    def validate(self) -> str | None:
        if _time(self.end.time()) <= _time(self.start.time()):
            return self.tr("L'heure de fin doit suivre l'heure de début.")
        return None

    def values(self) -> tuple[dt.date, dt.time, dt.time]:
        return _date(self.day.date()), _time(self.start.time()), _time(self.end.time())


def table_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item
