"""The annual report as a PDF (reportlab): a title page line with the library's name
and the period, then each section's tables and bar charts.

Charts are drawn with reportlab's own graphics (no extra dependency); the screen draws
the same :class:`~bibliomobile.services.stats.common.Chart` with QPainter.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Table as PdfTable,
)

from bibliomobile.services.stats.common import Cell, Chart, Table, stats_text
from bibliomobile.services.stats.report import Report

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d5c8c")
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1d5c8c",
        "#e07b39",
        "#3a9a5b",
        "#b83b5e",
        "#7a5195",
        "#d4a017",
        "#4d7c8a",
        "#8c564b",
    )
]
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=26, textColor=INK)
SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=11, leading=15, textColor=INK)
SECTION = ParagraphStyle(
    "section",
    fontName="Helvetica-Bold",
    fontSize=16,
    leading=22,
    textColor=ACCENT,
    spaceBefore=6,
    spaceAfter=6,
)
HEADING = ParagraphStyle(
    "heading",
    fontName="Helvetica-Bold",
    fontSize=11,
    leading=14,
    textColor=INK,
    spaceBefore=8,
    spaceAfter=3,
)
NOTE = ParagraphStyle(
    "note",
    fontName="Helvetica-Oblique",
    fontSize=7.5,
    leading=9.5,
    textColor=colors.HexColor("#52606d"),
)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
HEAD_CELL = ParagraphStyle("headcell", parent=CELL, fontName="Helvetica-Bold", fontSize=7)
PAGE = landscape(A4)
WIDTH = PAGE[0] - 30 * mm


def _text(value: Cell) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f") if value >= 10_000 else str(value)
    return value


def _pdf_table(table: Table) -> PdfTable:
    head = [Paragraph(escape(h), HEAD_CELL) for h in table.headers]
    body: list[list[Any]] = [
        [Paragraph(escape(_text(v)), CELL) if i == 0 else _text(v) for i, v in enumerate(row)]
        for row in table.rows
    ]
    if table.total:
        body.append([_text(v) for v in table.total])
    columns = len(table.headers)
    first = min(70 * mm, WIDTH * 0.3) if columns > 3 else WIDTH * 0.45
    rest = (WIDTH - first) / max(1, columns - 1) if columns > 3 else 40 * mm
    widths = [first, *([rest] * (columns - 1))]
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf4")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if table.total:
        style += [
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK),
        ]
    return PdfTable(
        [head, *body], colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT"
    )


def chart_drawing(chart: Chart, width: float = WIDTH, height: float = 70 * mm) -> Drawing:
    """A bar chart of ``chart`` (grouped bars, a legend when there are several series)."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, chart.title, fontName="Helvetica-Bold", fontSize=10))
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 40
    legend_width = 120 if len(chart.series) > 1 else 0
    bars.width, bars.height = width - 40 - legend_width, height - 65
    bars.data = [list(values) or [0.0] for _, values in chart.series] or [[0.0]]
    bars.categoryAxis.categoryNames = [_short(c) for c in chart.categories] or [""]
    bars.categoryAxis.labels.fontName = "Helvetica"
    bars.categoryAxis.labels.fontSize = 6
    bars.categoryAxis.labels.angle = 30 if len(chart.categories) > 8 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 8 else "n"
    bars.valueAxis.labels.fontName = "Helvetica"
    bars.valueAxis.labels.fontSize = 6
    bars.valueAxis.valueMin = 0
    for index in range(len(bars.data)):
        bars.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if len(chart.series) > 1:
        legend = Legend()
        legend.x, legend.y = width - legend_width + 5, height - 25
        legend.fontName, legend.fontSize = "Helvetica", 7
        legend.alignment = "right"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], _short(name, 24))
            for i, (name, _) in enumerate(chart.series)
        ]
        drawing.add(legend)
    return drawing


def _short(text: str, length: int = 18) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def report_pdf(report: Report) -> bytes:
    """The annual report: title with the library and the period, each section's tables
    (with what they count) and charts."""
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=report.title,
        author=report.library,
    )
    story: list[Any] = [
        Paragraph(escape(report.library), TITLE),
        Paragraph(
            escape(stats_text("Rapport d'activité {period}").format(period=report.period.label)),
            TITLE,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(
                stats_text(
                    "Bibliobus, drive et portage à domicile — périmètre : {scope} — "
                    "du {start} au {end} — établi le {made}"
                ).format(
                    scope=stats_text(report.scope.label),
                    start=f"{report.period.start:%d/%m/%Y}",
                    end=f"{report.period.end:%d/%m/%Y}",
                    made=f"{report.made_at:%d/%m/%Y}",
                )
            ),
            SUBTITLE,
        ),
        Spacer(1, 6 * mm),
    ]
    for number, section in enumerate(report.sections):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(escape(section.title), SECTION))
        for table in section.tables:
            if not table.rows:
                story.append(Paragraph(escape(table.title), HEADING))
                story.append(Paragraph(stats_text("Aucune donnée sur la période."), SUBTITLE))
                continue
            story.append(
                KeepTogether(
                    [Paragraph(escape(table.title), HEADING), _pdf_table(table)]
                    if len(table.rows) < 30
                    else [Paragraph(escape(table.title), HEADING)]
                )
            )
            if len(table.rows) >= 30:
                story.append(_pdf_table(table))
            story.append(Paragraph(escape(table.definition), NOTE))
        story.extend(_charts(section.charts))
    document.build(story)
    return out.getvalue()


def _charts(charts: Sequence[Chart]) -> list[Any]:
    return [KeepTogether([Spacer(1, 4 * mm), chart_drawing(c)]) for c in charts if c.categories]
