"""What a person would call "does not fit": cut labels, buttons and column headers, and
widgets crushed below their minimum size. Measured with the widgets' own font metrics."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: Pixels of tolerance (rounding of font metrics against layout sizes).
SLACK = 2
#: An item view showing fewer rows than this is crushed (the issue: "shrinks to one line").
MIN_VISIBLE_ROWS = 3
#: Widgets whose minimum size matters to the person using the screen.
PRIMARY = (
    QScrollArea,
    QAbstractItemView,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible_on_screen(widget: QWidget, root: QWidget) -> bool:
    """Inside its window's rectangle (a widget scrolled out of view is not judged)."""
    top_left = widget.mapTo(root, widget.rect().topLeft())
    return root.rect().contains(top_left)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    own = widget.objectName() or type(widget).__name__
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        if parent.objectName():
            chain.append(parent.objectName())
        parent = parent.parentWidget()
    where = "/".join(reversed(chain))
    return f"{where}/{own} {text[:60]!r}".strip()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    )
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need} px of height, has {label.height()}"
        if rich:
            return None
        longest = max(
            (metrics.horizontalAdvance(word) for word in text.split()), default=0
        )  # a word wider than the label is cut even when wrapping
        if longest > room + SLACK:
            return f"a word needs {longest} px, has {room}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        need = int(document.idealWidth())
    else:
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if need > room + SLACK:
        return f"text needs {need} px, has {room}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
        need = button.sizeHint().width()
    else:
        return None
    if button.width() + SLACK < need:
        return f"button needs {need} px, has {button.width()}"
    return None


def _header_problems(view: QAbstractItemView) -> list[str]:
    problems: list[str] = []
    headers: list[QHeaderView] = []
    for attribute in ("horizontalHeader", "header"):
        header = getattr(view, attribute, None)
        if callable(header):
            found = header()
            if isinstance(found, QHeaderView):
                headers.append(found)
    for header in headers:
        if not header.isVisible():
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            # The header's own measure of its text (margins, sort arrow included).
            need = header.sectionSizeFromContents(section).width()
            has = header.sectionSize(section)
            if has + SLACK < need:
                problems.append(f"column {text!r} needs {need} px, has {has}")
    return problems


#: The property a view sets to the columns it may elide (see ui/tables.py).
ELIDED_COLUMNS = "elidedColumns"
#: Rows of a table whose cells are measured (the first screenful is what a person sees).
ROWS_MEASURED = 25


def _cell_problems(view: QAbstractItemView) -> list[str]:
    """Cells whose text is elided ("vendredi …"). A view lists in its ``elidedColumns``
    property the columns that may be shortened because the full text is one click away
    (the detail panel beside it shows it all, the tooltip too)."""
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return []
    header = view.horizontalHeader()
    allowed = set(view.property(ELIDED_COLUMNS) or ())
    problems: list[str] = []
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(min(ROWS_MEASURED, model.rowCount())):
        for column in range(model.columnCount()):
            if column in allowed or view.isColumnHidden(column) or header.sectionSize(column) == 0:
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            need = metrics.horizontalAdvance(text) + margin + icon
            has = header.sectionSize(column)
            if view.wordWrap() and has + SLACK < need:
                room = QRect(0, 0, max(1, has - margin), 10_000)
                wrapped = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
                if wrapped.width() <= has and wrapped.height() <= view.rowHeight(row) + SLACK:
                    continue
            if has + SLACK < need:
                problems.append(f"cell {text!r} needs {need} px, has {has}")
                break
        if len(problems) >= 3:
            break
    return problems


def _crushed(widget: QWidget) -> str | None:
    hint = widget.minimumSizeHint()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        if widget.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            return None
        rows = _row_height(widget)
        header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
        head = header().height() if callable(header) and header().isVisible() else 0
        need = head + MIN_VISIBLE_ROWS * rows + 2 * widget.frameWidth()
        if widget.height() + SLACK < need:
            return f"list shows fewer than {MIN_VISIBLE_ROWS} rows ({widget.height()} px < {need})"
        return None
    if isinstance(widget, QScrollArea):
        bar = widget.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > SLACK:
            return f"scrolls sideways by {bar.maximum()} px (its content is cut on the right)"
        return None
    if isinstance(widget, QAbstractScrollArea):
        return None
    if hint.isValid() and (
        widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height()
    ):
        return (
            f"{widget.width()}×{widget.height()} below its minimum {hint.width()}×{hint.height()}"
        )
    return None


def _row_height(view: QAbstractItemView) -> int:
    vertical = getattr(view, "verticalHeader", None)
    if callable(vertical):
        return int(vertical().defaultSectionSize())
    return view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 24


def problems(root: QWidget) -> list[str]:
    """Everything cut or crushed in ``root`` as it is shown now (one line each)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or not _visible_on_screen(widget, root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a spin box's editor)
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QTabBar):
            problem = None
        if problem is None and isinstance(widget, PRIMARY) and not _inside_scroll_area(widget):
            problem = _crushed(widget)
        if problem is not None:
            found.append(f"{_name(widget)}: {problem}")
        if isinstance(widget, QAbstractItemView):
            found.extend(f"{_name(widget)}: {p}" for p in _header_problems(widget))
            found.extend(f"{_name(widget)}: {p}" for p in _cell_problems(widget))
    return found
