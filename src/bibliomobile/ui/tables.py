"""Qt table models over lists of frozen dataclasses.

- :class:`RowTableModel`: a list held in memory (search results, a day's requests),
  replaced with :meth:`RowTableModel.set_rows`; sort it with :func:`sort_proxy`
  (sorting uses :data:`SORT_ROLE`, so dates and numbers sort as values).
- :class:`LazyTableModel`: a whole table (500,000 items) read page by page on the
  database worker, only the pages the view shows; a placeholder while a page loads.

Columns are declared once with :class:`Column`; headers are French source text
marked with ``QT_TRANSLATE_NOOP("Columns", ...)``.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from bibliomobile.store.uow import UnitOfWork

from .worker import DbWorker

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

#: Role giving the value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving the whole row object (a frozen dataclass), or None while loading.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

LOADING_TEXT = "…"


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: a header, how to show a row's cell, and how to sort it."""

    header: str
    text: Callable[[RowT], str]
    sort_key: Callable[[RowT], Any] | None = None
    width: int | None = None
    align_right: bool = False
    #: Sized to its content (dates, names, towns: never shown cut).
    fit: bool = False
    #: May be shown shortened ("…", full text in the tooltip) because the detail panel
    #: beside the table shows it whole, one click away.
    elide: bool = False


#: The view property listing the columns that may be elided (read by the screen tests).
ELIDED_COLUMNS_PROPERTY = "elidedColumns"


def size_columns(view: QTableView, columns: Sequence[Column[Any]]) -> None:
    """Give each column of ``view`` its room: its content's width (``fit``), or its own
    width but never less than its (translated) header needs; the rest stretches."""
    header = view.horizontalHeader()
    for index, spec in enumerate(columns):
        if spec.fit:
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            width = spec.width if spec.width is not None else header.sectionSize(index)
            header.resizeSection(index, max(width, header.sectionSizeFromContents(index).width()))
    view.setProperty(
        ELIDED_COLUMNS_PROPERTY, [index for index, spec in enumerate(columns) if spec.elide]
    )


def french_date(value: dt.date | None) -> str:
    """``dd/mm/yyyy`` as French librarians write dates; empty for None."""
    return value.strftime("%d/%m/%Y") if value else ""


class _ColumnsMixin(Generic[RowT]):
    columns: Sequence[Column[RowT]]

    def _header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].header)
        return None

    def _cell(self, row: RowT, column: int, role: int) -> Any:
        spec = self.columns[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.text(row)
        if role == SORT_ROLE:
            return spec.sort_key(row) if spec.sort_key else spec.text(row).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowTableModel(_ColumnsMixin[RowT], QAbstractTableModel):
    """A table over a list of rows held in memory."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (views keep their header state)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._header(section, orientation, role)


def sort_proxy(source: QAbstractTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts ``source`` by :data:`SORT_ROLE`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(source)
    return proxy


class LazyTableModel(_ColumnsMixin[RowT], QAbstractTableModel):
    """A whole table, read a page at a time on the worker when the view needs it.

    Args:
        worker: the database worker.
        columns: the columns.
        count: ``count(uow) -> int``, the number of rows.
        page: ``page(uow, offset, limit) -> list[Row]``.
        page_size: rows per page.
        max_pages: pages kept in memory (least recently used ones are dropped).

    Signals:
        loaded(): the row count is known (after :meth:`reload`).
        page_loaded(int): a page arrived.
    """

    loaded = Signal()
    page_loaded = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        columns: Sequence[Column[RowT]],
        count: Callable[[UnitOfWork], int],
        page: Callable[[UnitOfWork, int, int], list[RowT]],
        *,
        page_size: int = 200,
        max_pages: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._worker = worker
        self._count_fn = count
        self._page_fn = page
        self.page_size = page_size
        self.max_pages = max_pages
        self._total = 0
        self._pages: collections.OrderedDict[int, list[RowT]] = collections.OrderedDict()
        self._wanted: collections.OrderedDict[int, None] = collections.OrderedDict()
        self._in_flight: int | None = None
        self._generation = 0
        #: Rows read from the database since the last reload (tests check laziness).
        self.rows_fetched = 0
        self._kick = QTimer(self)
        self._kick.setSingleShot(True)
        self._kick.setInterval(0)
        self._kick.timeout.connect(self._fetch_next)

    # -- loading --------------------------------------------------------------------

    def reload(self) -> None:
        """Forget every page and count the rows again (on the worker)."""
        self._generation += 1
        generation = self._generation
        count_fn = self._count_fn
        self._worker.submit(
            count_fn,
            on_done=lambda total: self._set_total(generation, int(total)),
            owner=self,
            label="lazy model count",
        )

    def refresh(self) -> None:
        """Count the rows again; pages are kept unless the count changed."""
        generation = self._generation
        self._worker.submit(
            self._count_fn,
            on_done=lambda total: self._refresh_total(generation, int(total)),
            owner=self,
            label="lazy model recount",
        )

    def _refresh_total(self, generation: int, total: int) -> None:
        if generation == self._generation and total != self._total:
            self._generation += 1
            self._set_total(self._generation, total)

    def _set_total(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = total
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        self.rows_fetched = 0
        self.endResetModel()
        self.loaded.emit()

    def _want(self, page: int) -> None:
        if page in self._wanted:
            self._wanted.move_to_end(page)
        else:
            self._wanted[page] = None
            # While scrolling fast, forget pages the view passed long ago.
            while len(self._wanted) > 8:
                self._wanted.popitem(last=False)
        if self._in_flight is None:
            self._kick.start()

    def _fetch_next(self) -> None:
        if self._in_flight is not None or not self._wanted:
            return
        page, _ = self._wanted.popitem(last=True)  # the page asked for last: what is on screen
        if page in self._pages:
            self._kick.start()
            return
        self._in_flight = page
        generation = self._generation
        offset, limit = page * self.page_size, self.page_size
        page_fn = self._page_fn

        def task(uow: UnitOfWork) -> list[RowT]:
            return page_fn(uow, offset, limit)

        self._worker.submit(
            task,
            on_done=lambda rows: self._store_page(generation, page, rows),
            on_error=lambda _error: self._page_failed(generation),
            owner=self,
            label=f"lazy page {page}",
        )

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._in_flight = None

    def _store_page(self, generation: int, page: int, rows: list[RowT]) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self.rows_fetched += len(rows)
        self._pages[page] = rows
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.page_loaded.emit(page)
        if self._wanted:
            self._kick.start()

    def row_at(self, row: int) -> RowT | None:
        """The row if its page is loaded (asking for it otherwise), else None."""
        page = row // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        offset = row - page * self.page_size
        return rows[offset] if offset < len(rows) else None

    def loaded_pages(self) -> int:
        return len(self._pages)

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
            SORT_ROLE,
            ROW_ROLE,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return LOADING_TEXT if index.column() == 0 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9aa5b1")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        return self._cell(row, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._header(section, orientation, role)
