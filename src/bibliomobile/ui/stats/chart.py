"""A bar chart drawn with QPainter, from a Qt-free :class:`Chart`.

Why QPainter: the charts are grouped bars (loans per month, visitors per stop,
requests by channel). QtCharts would need PySide6-Addons (a large extra wheel in the
bundle) and matplotlib a large dependency with a slow first import; this widget is
small, themable, and the PDF draws the same Chart with reportlab's own graphics.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bibliomobile.services.stats.common import Chart

PALETTE = ("#1d5c8c", "#e07b39", "#3a9a5b", "#b83b5e", "#7a5195", "#d4a017", "#4d7c8a", "#8c564b")


def nice_step(top: float) -> float:
    """A round step for about five gridlines up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / 5
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


class BarChart(QWidget):
    """Grouped vertical bars, one colour per series, a legend on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(240)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title if chart else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        chart = self.chart
        if chart is None or not chart.categories:
            painter.setPen(QColor("#5b6573"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Rien à montrer"))
            return
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.15)
        painter.setFont(title)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(
            QRectF(12, 6, self.width() - 24, 24), Qt.AlignmentFlag.AlignLeft, chart.title
        )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        legend_width = (
            min(220, max(metrics.horizontalAdvance(n) for n, _ in chart.series) + 30)
            if len(chart.series) > 1
            else 0
        )
        top_value = max((max(v, default=0.0) for _, v in chart.series), default=0.0)
        step = nice_step(top_value)
        top = step * max(1, -(-top_value // step))
        rotate = len(chart.categories) > 10
        bottom_margin = 70 if rotate else 28
        plot = QRectF(48, 40, self.width() - 60 - legend_width, self.height() - 40 - bottom_margin)
        # gridlines and value labels
        value = 0.0
        while value <= top + 1e-9:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(QColor("#e4e7eb"), 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor("#5b6573"))
            painter.drawText(
                QRectF(0, y - 8, plot.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
            value += step
        groups = len(chart.categories)
        group_width = plot.width() / groups
        bar_width = max(1.0, group_width * 0.8 / max(1, len(chart.series)))
        for s, (_name, values) in enumerate(chart.series):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PALETTE[s % len(PALETTE)]))
            for g, v in enumerate(values):
                height = plot.height() * v / top
                x = plot.left() + g * group_width + group_width * 0.1 + s * bar_width
                painter.drawRect(QRectF(x, plot.bottom() - height, bar_width, height))
        painter.setPen(QColor("#1f2933"))
        for g, category in enumerate(chart.categories):
            x = plot.left() + g * group_width + group_width / 2
            text = metrics.elidedText(category, Qt.TextElideMode.ElideRight, 110)
            if rotate:
                painter.save()
                painter.translate(x, plot.bottom() + 6)
                painter.rotate(-40)
                painter.drawText(QRectF(-115, -8, 115, 16), Qt.AlignmentFlag.AlignRight, text)
                painter.restore()
            else:
                painter.drawText(
                    QRectF(x - group_width / 2, plot.bottom() + 4, group_width, 18),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
        if legend_width:
            for s, (name, _values) in enumerate(chart.series):
                y = plot.top() + s * 20
                painter.setBrush(QColor(PALETTE[s % len(PALETTE)]))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRect(QRectF(plot.right() + 14, y + 3, 12, 12))
                painter.setPen(QColor("#1f2933"))
                painter.drawText(
                    QRectF(plot.right() + 32, y, legend_width - 32, 18),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(name, Qt.TextElideMode.ElideRight, legend_width - 34),
                )
        painter.end()
