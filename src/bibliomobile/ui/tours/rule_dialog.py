"""The schedule rule's form (with a live preview in words), and a break for a whole tour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import Break, Rule

from . import rule_text
from .form import FormDialog, date_edit, time_edit, to_date, to_time

# -- schedule rule ---------------------------------------------------------------------


class RuleDialog(FormDialog):
    """Frequency, day, hours, validity, holiday policy and breaks, with a live preview."""

    KINDS = (ScheduleKind.WEEKLY, ScheduleKind.EVERY_N_WEEKS, ScheduleKind.NTH_WEEKDAY)

    def __init__(self, rule: Rule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Règle de passage"), parent)
        self.setMinimumWidth(620)
        rule = rule or self._new_rule()
        self._add_frequency_rows(rule)
        self._add_hours_rows(rule)
        self._add_break_rows(rule)
        self.preview = QLabel()
        self.preview.setObjectName("rulePreview")
        self.preview.setWordWrap(True)
        self.layout_.addWidget(self.preview)
        self.finish()
        self._follow_changes()
        self._refresh()

    @staticmethod
    def _new_rule() -> Rule:
        """What the form proposes for a new rule: every other week from today, 10h–11h30."""
        today = dt.date.today()
        return Rule(
            kind=ScheduleKind.EVERY_N_WEEKS,
            weekday=today.weekday(),
            interval_weeks=2,
            anchor_date=today,
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 30),
            valid_from=today,
        )

    def _add_frequency_rows(self, rule: Rule) -> None:
        """Frequency, day, interval, first visit, rank in the month."""
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
        self.anchor = date_edit(rule.anchor_date or rule.valid_from)
        self.nth = QComboBox()
        for nth in (1, 2, 3, 4, -1):
            self.nth.addItem(rule_text.translated(rule_text.ORDINALS[nth]), nth)
        self.nth.setCurrentIndex(max(0, self.nth.findData(rule.nth or 1)))
        self.form.addRow(self.tr("Fréquence"), self.kind)
        self.form.addRow(self.tr("Jour"), self.weekday)
        self.form.addRow(self.tr("Intervalle"), self.interval)
        self.form.addRow(self.tr("Premier passage"), self.anchor)
        self.form.addRow(self.tr("Rang dans le mois"), self.nth)

    def _add_hours_rows(self, rule: Rule) -> None:
        """Hours, validity dates, public holidays."""
        self.start = time_edit(rule.start_time)
        self.end = time_edit(rule.end_time)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("à")))
        hours.addWidget(self.end)
        hours.addStretch(1)
        self.valid_from = date_edit(rule.valid_from)
        self.valid_to = date_edit(rule.valid_to or rule.valid_from + dt.timedelta(days=365))
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
        self.form.addRow(self.tr("Horaires"), hours)
        self.form.addRow(self.tr("Valable du"), validity)
        self.form.addRow(self.tr("Jours fériés"), self.policy)

    def _add_break_rows(self, rule: Rule) -> None:
        """The table of breaks, and buttons to add or remove one."""
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
        self.form.addRow(self.tr("Pauses"), self.breaks)
        self.form.addRow("", break_buttons)

    def _follow_changes(self) -> None:
        """Any change of a field refreshes the preview."""
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
            row, 1, date_edit(period.start if period else dt.date(year, 7, 14))
        )
        self.breaks.setCellWidget(row, 2, date_edit(period.end if period else dt.date(year, 8, 25)))
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
            self.weekday.setCurrentIndex(to_date(self.anchor.date()).weekday())
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
            found.append(
                Break(to_date(start.date()), to_date(end.date()), name.currentText().strip())
            )
        return tuple(found)

    def rule(self) -> Rule:
        """The rule as entered.

        Raises:
            ValueError: inconsistent input (French message from the domain).
        """
        kind = self.KINDS[self.kind.currentIndex()]
        anchor = to_date(self.anchor.date())
        return Rule(
            kind=kind,
            weekday=anchor.weekday()
            if kind is ScheduleKind.EVERY_N_WEEKS
            else self.weekday.currentIndex(),
            interval_weeks=self.interval.value() if kind is ScheduleKind.EVERY_N_WEEKS else 1,
            nth=int(self.nth.currentData()) if kind is ScheduleKind.NTH_WEEKDAY else None,
            anchor_date=anchor if kind is ScheduleKind.EVERY_N_WEEKS else None,
            start_time=to_time(self.start.time()),
            end_time=to_time(self.end.time()),
            valid_from=to_date(self.valid_from.date()),
            valid_to=None if self.open_ended.isChecked() else to_date(self.valid_to.date()),
            holiday_policy=HolidayPolicy(self.policy.currentData()),
            breaks=self._break_rows(),
        )

    def validate(self) -> str | None:
        try:
            self.rule()
        except ValueError as error:
            return str(error)
        return None


class BreakDialog(FormDialog):
    """A break (summer, school holidays) for every stop of a tour."""

    def __init__(self, tour_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pause pour toute la tournée"), parent)
        year = dt.date.today().year
        self.label = QComboBox()
        self.label.setEditable(True)
        for suggestion in rule_text.BREAK_NAMES:
            self.label.addItem(rule_text.translated(suggestion))
        self.start = date_edit(dt.date(year, 7, 14))
        self.end = date_edit(dt.date(year, 8, 25))
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
            to_date(self.start.date()), to_date(self.end.date()), self.label.currentText().strip()
        )

    def validate(self) -> str | None:
        try:
            self.period()
        except ValueError as error:
            return str(error)
        return None
