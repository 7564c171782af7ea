"""The "Règles de passage" box: the schedule rules of the current stop, and their changes.

Saving a rule also generates the stop's visits over the period shown (one use case of
:mod:`bibliomobile.services.bookmobile.rule_changes`), so the calendar follows at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bibliomobile.services.bookmobile import rule_changes
from bibliomobile.services.bookmobile.rule_changes import RuleRow
from bibliomobile.services.bookmobile.tours import StopRow
from bibliomobile.services.bookmobile.visit_generation import GenerationReport
from bibliomobile.store.uow import UnitOfWork

from . import rule_text
from .common import PeriodChooser, RunTask, lay_out_box
from .rule_dialog import RuleDialog


class RulePanel(QGroupBox):
    """The schedule rules of the current stop, in words.

    Signals:
        shown(): the list of rules was filled again.
        changed(GenerationReport | None): a rule was added, changed (with the report of
            the visits generated) or deleted (None).
    """

    shown = Signal()
    changed = Signal(object)

    def __init__(
        self,
        run: RunTask,
        current_stop: Callable[[], StopRow | None],
        period: PeriodChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Règles de passage de l'arrêt"), parent)
        self._run = run
        self._current_stop = current_stop
        self._period = period
        self._rules: list[RuleRow] = []
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("ruleList")
        self.rule_list.setWordWrap(True)
        self.rule_list.itemDoubleClicked.connect(lambda _item: self.edit_rule())
        self.new_rule_button = QPushButton(self.tr("Ajouter une règle…"))
        self.new_rule_button.clicked.connect(self.new_rule)
        self.edit_rule_button = QPushButton(self.tr("Modifier…"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.delete_rule_button = QPushButton(self.tr("Supprimer"))
        self.delete_rule_button.clicked.connect(self.delete_rule)
        lay_out_box(
            self,
            self.rule_list,
            [self.new_rule_button, self.edit_rule_button, self.delete_rule_button],
        )

    def current(self) -> RuleRow | None:
        row = self.rule_list.currentRow()
        return self._rules[row] if 0 <= row < len(self._rules) else None

    def update_buttons(self) -> None:
        self.new_rule_button.setEnabled(self._current_stop() is not None)
        has_rule = self.current() is not None
        self.edit_rule_button.setEnabled(has_rule)
        self.delete_rule_button.setEnabled(has_rule)

    def reload(self) -> None:
        """Read the rules of the current stop again (none without a stop)."""
        stop = self._current_stop()
        if stop is None:
            self._show([])
            return
        self._run(lambda uow: rule_changes.list_rules(uow, stop.stop_id), self._show, label="rules")

    def _show(self, rows: list[RuleRow]) -> None:
        self._rules = rows
        self.rule_list.clear()
        today = dt.date.today()
        for rule in rows:
            # Breaks already over are left out here: "Modifier…" shows them all.
            item = QListWidgetItem(rule_text.rule_text(rule.rule, since=today))
            item.setToolTip(rule_text.rule_text(rule.rule))
            self.rule_list.addItem(item)
        if rows:
            self.rule_list.setCurrentRow(0)
        self.shown.emit()

    def new_rule(self) -> None:
        stop = self._current_stop()
        if stop is None:
            return
        dialog = RuleDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule = dialog.rule()
        start, end = self._period.period()

        def task(uow: UnitOfWork) -> GenerationReport:
            return rule_changes.add_rule_and_generate(uow, stop.stop_id, rule, start=start, end=end)

        self._run(task, self.changed.emit, label="add rule", commit=True)

    def edit_rule(self) -> None:
        current = self.current()
        if current is None or self._current_stop() is None:
            return
        dialog = RuleDialog(current.rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule = dialog.rule()
        start, end = self._period.period()

        def task(uow: UnitOfWork) -> GenerationReport:
            return rule_changes.update_rule_and_generate(
                uow, current.rule_id, rule, start=start, end=end
            )

        self._run(task, self.changed.emit, label="update rule", commit=True)

    def delete_rule(self) -> None:
        current = self.current()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer la règle"),
            self.tr(
                "Supprimer « {rule} » ? Les passages à venir sans prêt ni demande seront retirés."
            ).format(rule=rule_text.rule_text(current.rule)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def task(uow: UnitOfWork) -> int:
            return rule_changes.delete_rule(uow, current.rule_id)

        self._run(task, lambda _n: self.changed.emit(None), label="delete rule", commit=True)
