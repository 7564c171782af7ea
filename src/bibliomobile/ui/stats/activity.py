"""One tab of the Statistiques workspace: an activity's tables and charts, one at a
time (a chooser at the top), so that each fits the screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.stats.common import Cell, Section, Table

from ..tables import Column, RowTableModel
from .chart import BarChart

Row = tuple[Cell, ...]


def cell_text(value: Cell) -> str:
    """A figure as French readers write it: decimal comma, thin space every thousand."""
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return text.replace(",", "\u202f").replace(".", ",")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return value


def wrapped(header: str) -> str:
    """A long header on two lines, so that many columns fit side by side."""
    words = header.split(" ")
    if len(header) <= 12 or len(words) < 2:
        return header
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(header) / 2))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def _column(table: Table, index: int) -> Column[Row]:
    numbers = all(isinstance(row[index], int | float) for row in table.rows)
    return Column(
        wrapped(table.headers[index]),
        lambda row: cell_text(row[index]),
        sort_key=lambda row: row[index],
        align_right=index > 0 and numbers,
    )


class ActivityTab(QWidget):
    """The tables and charts of one section; ``choose(i)`` shows the i-th of them."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stats_{key}")
        self.section: Section | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Afficher :")))
        self.chooser = QComboBox()
        self.chooser.setMinimumWidth(420)
        self.chooser.currentIndexChanged.connect(self.choose)
        top.addWidget(self.chooser)
        top.addStretch(1)
        root.addLayout(top)
        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        # A long stop name wraps on two lines rather than lose its end, whatever the width.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        # Tight cells: the per-stop table has eleven columns and must fit 1366 pixels.
        self.table.setStyleSheet(
            "QTableView::item { padding: 0px 4px; } QHeaderView::section { padding: 2px 4px; }"
        )
        self.chart = BarChart()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.chart)
        root.addWidget(self.stack, 1)
        self.definition = QLabel()
        self.definition.setObjectName("statsDefinition")
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color: #5b6573;")
        root.addWidget(self.definition)
        self.model: RowTableModel[Row] | None = None

    def set_section(self, section: Section) -> None:
        # The table or chart on show stays, by its title: the bookmobile's section
        # comes in two steps, the second with more tables in between.
        keep = self.chooser.currentText()
        self.section = section
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for table in section.tables:
            self.chooser.addItem(table.title)
        for chart in section.charts:
            self.chooser.addItem(self.tr("Graphique : {title}").format(title=chart.title))
        self.chooser.blockSignals(False)
        index = max(0, self.chooser.findText(keep))
        self.chooser.setCurrentIndex(index)
        self.choose(index)

    def choose(self, index: int) -> None:
        section = self.section
        if section is None or index < 0:
            return
        if index < len(section.tables):
            self._show_table(section.tables[index])
        else:
            chart = section.charts[index - len(section.tables)]
            self.chart.set_chart(chart)
            self.stack.setCurrentWidget(self.chart)
            self.definition.setText("")

    def _show_table(self, table: Table) -> None:
        model: RowTableModel[Row] = RowTableModel(
            [_column(table, i) for i in range(len(table.headers))], self
        )
        model.set_rows([*table.rows, *([table.total] if table.total else [])])
        self.table.setModel(model)
        if self.model is not None:
            self.model.deleteLater()
        self.model = model
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table)
        self.definition.setText(table.definition)
