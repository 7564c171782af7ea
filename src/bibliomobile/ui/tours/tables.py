"""The tables of the Tournées workspace: stops, visits, patrons to notify."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from bibliomobile.services.bookmobile.tours import StopRow
from bibliomobile.services.bookmobile.visit_calendar import VisitRow
from bibliomobile.services.bookmobile.visit_notices import PatronToNotify

from ..channels import channel_label
from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel, french_date, size_columns
from . import rule_text

STOP_COLUMNS: tuple[Column[StopRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), lambda s: s.commune, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Lieu"), lambda s: s.place, fit=True),
    # "Modifier l'arrêt…" shows the whole address.
    Column(QT_TRANSLATE_NOOP("Columns", "Adresse"), lambda s: s.address or "", elide=True),
)

VISIT_COLUMNS: tuple[Column[VisitRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda v: f"{rule_text.weekday_name(v.date.weekday())} {french_date(v.date)}",
        fit=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Horaires"),
        lambda v: f"{rule_text.time_text(v.start_time)}–{rule_text.time_text(v.end_time)}",
        fit=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Arrêt"), lambda v: v.stop_label, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "État"), rule_text.visit_state, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Remarque"), rule_text.visit_remark),
)

NOTIFY_COLUMNS: tuple[Column[PatronToNotify], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Lecteur"), lambda p: p.name, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Ce qui change"), lambda p: p.what_changed, width=250),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Prévenir par"), lambda p: channel_label(p.channel), fit=True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Contact"), lambda p: p.contact),
)


class VisitModel(RowTableModel[VisitRow]):
    """Cancelled visits in red, exceptions in amber: visible at a glance."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            visit = self.row_at(index.row())
            if visit.cancelled:
                return QColor("#b00020")
            if visit.exception or visit.moved_from:
                return QColor("#8a5a00")
        return super().data(index, role)


def table_view(model: RowTableModel[Any], name: str) -> QTableView:
    """A read-only table over ``model``: whole rows, one at a time, columns sized."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    size_columns(view, model.columns)
    return view
