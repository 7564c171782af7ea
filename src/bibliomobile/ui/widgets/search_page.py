"""A search page: search as you type, a result table, the whole list when the query is
empty (lazy), and a detail panel. The Catalogue and Lecteurs workspaces are two of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.store.uow import UnitOfWork

from ..tables import ROW_ROLE, Column, LazyTableModel, RowTableModel, size_columns, sort_proxy
from ..worker import DbWorker, TaskHandle

# Searches return at most this many rows.
SEARCH_LIMIT = 200
# Wait this long after the last keystroke before searching.
DEBOUNCE_MS = 180


@dataclass(frozen=True)
class DetailSection:
    """A titled block of the detail panel: lines of text (may be empty)."""

    heading: str
    lines: Sequence[str]
    empty_text: str = ""


class DetailPanel(QFrame):
    """The right-hand panel: a title, a subtitle, label/value fields and sections."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setMinimumWidth(290)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        outer.addWidget(self._scroll)
        self._empty_text = empty_text
        self.show_message(empty_text)

    def _new_body(self) -> tuple[QWidget, QVBoxLayout]:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        return body, layout

    def _show_body(self, body: QWidget) -> None:
        # The body is complete before it goes into the scroll area, or it stays hidden.
        self._scroll.setWidget(body)

    def show_message(self, text: str) -> None:
        body, layout = self._new_body()
        label = QLabel(text)
        label.setObjectName("detailEmpty")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)
        self._show_body(body)

    def show_empty(self) -> None:
        self.show_message(self._empty_text)

    def show_content(
        self,
        title: str,
        subtitle: str,
        fields: Sequence[tuple[str, str]],
        sections: Sequence[DetailSection] = (),
    ) -> None:
        """Show a record: empty field values are left out."""
        body, layout = self._new_body()
        heading = QLabel(title)
        heading.setObjectName("detailTitle")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        if subtitle:
            sub = QLabel(subtitle)
            sub.setObjectName("detailSubtitle")
            sub.setWordWrap(True)
            layout.addWidget(sub)
        form = QFormLayout()
        form.setContentsMargins(0, 10, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for name, value in fields:
            if not value:
                continue
            name_label = QLabel(name)
            name_label.setObjectName("detailFieldName")
            name_label.setStyleSheet("color: #5b6573;")
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name_label, value_label)
        layout.addLayout(form)
        for section in sections:
            caption = QLabel(section.heading)
            caption.setObjectName("detailSection")
            layout.addWidget(caption)
            lines = list(section.lines) or ([section.empty_text] if section.empty_text else [])
            for line in lines:
                text = QLabel(line)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(text)
        layout.addStretch(1)
        self._show_body(body)

    def texts(self) -> list[str]:
        """Every text shown (for tests and accessibility checks)."""
        body = self._scroll.widget()
        return [label.text() for label in body.findChildren(QLabel)] if body else []


class ResultCount(QLabel):
    """ "12 résultats" / "500 000 fiches en tout", with French and English plurals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCount")

    def show_total(self, count: int) -> None:
        self.setText(self.tr("%Ln fiche(s) en tout", "", count))

    def show_results(self, count: int, limit: int | None = None) -> None:
        """``limit``: the search stops there, so say these are only the first ones."""
        if limit is not None and count >= limit:
            self.setText(self.tr("%Ln premiers résultats", "", count))
            self.setToolTip(self.tr("Précisez la recherche pour voir les autres."))
        else:
            self.setText(self.tr("%Ln résultat(s)", "", count))
            self.setToolTip("")


class SearchPage(QWidget):
    """Search field, results (or the whole list, lazily) and a detail panel.

    Subclasses give the services and render the detail in :meth:`render_detail`.
    Strings here use ``QCoreApplication.translate("SearchPage", ...)``: PySide's
    ``self.tr()`` looks them up under the subclass's name.
    """

    def __init__(
        self,
        worker: DbWorker,
        *,
        title: str,
        subtitle: str,
        placeholder: str,
        columns: Sequence[Column[Any]],
        search: Callable[[UnitOfWork, str, int], list[Any]],
        count: Callable[[UnitOfWork], int],
        browse: Callable[[UnitOfWork, int, int], list[Any]],
        detail: Callable[[UnitOfWork, str], Any],
        row_id: Callable[[Any], str],
        empty_detail: str,
        limit: int = SEARCH_LIMIT,
        locked: Callable[[UnitOfWork], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``locked``: why the page shows nothing now (e.g. a laptop not synced for too
        long holds its personal data back), or None; asked at each show and search."""
        super().__init__(parent)
        self._worker = worker
        self._locked_fn = locked
        self._locked: str | None = None
        self._limit = limit
        self._search_fn = search
        self._detail_fn = detail
        self._row_id = row_id
        self._search_task: TaskHandle[Any] | None = None
        self._detail_task: TaskHandle[Any] | None = None
        self._query = ""

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 16)
        page.setSpacing(10)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        page.addWidget(heading)
        if subtitle:
            sub = QLabel(subtitle)
            sub.setObjectName("pageSubtitle")
            page.addWidget(sub)

        bar = QHBoxLayout()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(placeholder)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumHeight(36)
        bar.addWidget(self.search_field, 1)
        self.count_label = ResultCount()
        self.count_label.setMinimumWidth(170)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)
        page.addLayout(bar)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 8px; border-radius: 4px;"
        )
        self.lock_banner.hide()
        page.addWidget(self.lock_banner)
        #: Workspaces add their own buttons here (e.g. the catalogue's MARC import).
        self.action_bar = bar

        self.results = RowTableModel(columns, self)
        self.results_proxy = sort_proxy(self.results, self)
        self.browse_model = LazyTableModel(worker, columns, count, browse, parent=self)
        self.browse_model.loaded.connect(self._update_count)
        self.browse_model.page_loaded.connect(self._on_page_loaded)
        self._detail_waits_for: int | None = None

        self.table = QTableView()
        self.table.setObjectName("resultTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail_panel = DetailPanel(empty_detail)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([800, 320])
        page.addWidget(split, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search_field.textChanged.connect(self._debounce.start)
        self.search_field.returnPressed.connect(self._on_return)
        self.search_field.installEventFilter(self)  # Down arrow: into the results
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_first)

        self._columns = columns
        self._show_model(self.browse_model, sortable=False)
        self.browse_model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_lock()
        if self.showing_browse():
            self.browse_model.refresh()

    # -- public ----------------------------------------------------------------------

    def focus_first(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def search(self, query: str) -> None:
        """Type ``query`` and search at once (no debounce)."""
        self.search_field.setText(query)
        self._debounce.stop()
        self._run_search()

    def showing_browse(self) -> bool:
        return self.table.model() is self.browse_model

    def render_detail(self, detail: Any) -> None:
        """Show ``detail`` in the side panel: each page (Catalogue, Lecteurs) says how."""
        raise NotImplementedError(f"{type(self).__name__} must show its detail panel")

    def locked_message(self) -> str | None:
        """Why nothing is shown, as last learnt (None: the page is not locked)."""
        return self._locked

    # -- searching ---------------------------------------------------------------------

    def _check_lock(self) -> None:
        locked_fn = self._locked_fn
        if locked_fn is None:
            return
        self._worker.submit(locked_fn, on_done=self._show_lock, owner=self, label="lock")

    def _show_lock(self, message: str | None) -> None:
        self._locked = message
        self.lock_banner.setText(message or "")
        self.lock_banner.setVisible(message is not None)
        if message is not None:
            self.detail_panel.show_message(message)

    def _show_model(self, model: Any, *, sortable: bool) -> None:
        if self.table.model() is model:
            return
        self.table.setSortingEnabled(False)
        self.table.setModel(model)
        self.table.setSortingEnabled(sortable)
        if sortable:
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        size_columns(self.table, self._columns)
        for column, spec in enumerate(self._columns):
            if spec.width is None and not spec.fit:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    @Slot()
    def _run_search(self) -> None:
        query = self.search_field.text().strip()
        self._query = query
        self._check_lock()
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        if not query:
            self._show_model(self.browse_model, sortable=False)
            self.browse_model.refresh()
            self._update_count()
            return
        search_fn = self._search_fn

        def task(uow: UnitOfWork) -> list[Any]:
            return search_fn(uow, query, self._limit)

        self._search_task = self._worker.submit(
            task,
            on_done=lambda rows: self._show_results(query, rows),
            owner=self,
            label=f"search {query!r}",
        )

    def _show_results(self, query: str, rows: list[Any]) -> None:
        if query != self._query:
            return
        self._search_task = None
        self.results.set_rows(rows)
        self._show_model(self.results_proxy, sortable=True)
        self._update_count()
        if rows:
            self.table.selectRow(0)
        elif self._locked is not None:
            self.detail_panel.show_message(self._locked)
        else:
            self.detail_panel.show_message(
                QCoreApplication.translate("SearchPage", "Aucun résultat pour « {query} ».").format(
                    query=query
                )
            )

    def _update_count(self) -> None:
        if self.showing_browse():
            self.count_label.show_total(self.browse_model.rowCount())
        else:
            self.count_label.show_results(self.results.rowCount(), self._limit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_return(self) -> None:
        self._debounce.stop()
        self._run_search()
        self.table.setFocus()

    # -- detail --------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._open_detail(indexes[0])

    def _on_page_loaded(self, _page: int) -> None:
        row = self._detail_waits_for
        if row is not None and self.showing_browse():
            self._open_detail(self.browse_model.index(row, 0))

    def _open_detail(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:  # a row of the lazy list still loading: open it when it arrives
            self._detail_waits_for = index.row()
            return
        self._detail_waits_for = None
        if self._detail_task is not None:
            self._detail_task.cancel()
        key = self._row_id(row)
        detail_fn = self._detail_fn

        def task(uow: UnitOfWork) -> Any:
            return detail_fn(uow, key)

        self._detail_task = self._worker.submit(
            task, on_done=self._on_detail, owner=self, label="detail"
        )

    def _on_detail(self, detail: Any) -> None:
        self._detail_task = None
        if detail is None:
            self.detail_panel.show_message(
                QCoreApplication.translate("SearchPage", "Cette fiche n'existe plus.")
            )
        else:
            self.render_detail(detail)
