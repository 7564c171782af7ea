"""Print laid-out bag labels through the system print dialog (QPrinter + QPainter).

The same display list as the PDF writer (:mod:`bibliomobile.services.labels.layout`),
drawn in millimetres on the printer's page: rectangles stay vectors.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from bibliomobile.services.labels.layout import PT_PER_MM, Page


def paint_pages(pages: list[Page], printer: QPrinter) -> None:
    """Draw ``pages`` on ``printer`` (one printer page per label page)."""
    if not pages:
        return
    first = pages[0]
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(first.width, first.height), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(printer)
    try:
        dots_per_mm = printer.resolution() / 25.4
        black = QColor(0, 0, 0)
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.scale(dots_per_mm, dots_per_mm)  # from here on: millimetres
            painter.setPen(black)
            for placed in page.labels:
                for r in placed.rects:
                    painter.fillRect(QRectF(r.x, r.y, r.width, r.height), black)
                for t in placed.texts:
                    font = QFont("Helvetica")
                    font.setBold(t.font.endswith("Bold"))
                    # Point size in mm units: painter is scaled to millimetres.
                    font.setPixelSize(max(1, round(t.size_pt / PT_PER_MM * 10)))
                    painter.save()
                    painter.translate(t.x, t.baseline)
                    painter.scale(0.1, 0.1)
                    painter.setFont(font)
                    painter.drawText(0, 0, t.text)
                    painter.restore()
            painter.restore()
    finally:
        painter.end()
