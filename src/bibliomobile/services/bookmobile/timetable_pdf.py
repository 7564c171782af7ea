"""The public timetable of a tour or of one commune, as a PDF for the town hall noticeboard.

Read from two metres away by people of every age: large type, one table per stop with
the day, the date and the hours of each visit, cancelled visits struck out and marked
"ANNULÉ", moved visits explained, breaks (summer, school holidays) listed, and the
library's contact line at the foot of every page. A4 portrait, drawn with reportlab.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select

from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.rule_changes import list_rules
from bibliomobile.services.bookmobile.tours import StopRow, TimetableError, list_stops, tour_row
from bibliomobile.services.bookmobile.visit_calendar import EXCEPTION_MOVED, VisitRow, calendar
from bibliomobile.services.bookmobile.visit_generation import generate_visits
from bibliomobile.services.text import MONTHS_FR, WEEKDAYS_FR, format_time
from bibliomobile.store.models import Library, Tour
from bibliomobile.store.uow import UnitOfWork

INK = colors.HexColor("#1b1b1b")
ACCENT = colors.HexColor("#0b5394")
CANCELLED_BG = colors.HexColor("#f4cccc")
CANCELLED_INK = colors.HexColor("#990000")
MOVED_BG = colors.HexColor("#fff2cc")
STRIPE = colors.HexColor("#eef3f8")

TITLE = ParagraphStyle(
    "title",
    fontName="Helvetica-Bold",
    fontSize=30,
    leading=36,
    textColor=ACCENT,
    alignment=TA_CENTER,
)
SUBTITLE = ParagraphStyle(
    "subtitle", fontName="Helvetica", fontSize=18, leading=24, textColor=INK, alignment=TA_CENTER
)
STOP = ParagraphStyle("stop", fontName="Helvetica-Bold", fontSize=22, leading=27, textColor=ACCENT)
ADDRESS = ParagraphStyle("address", fontName="Helvetica", fontSize=15, leading=19, textColor=INK)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=16, leading=20, textColor=INK)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=15, leading=19, textColor=INK)
HEADER = ParagraphStyle("header", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)

FOOTER_SIZE = 13
_ANCHOR = re.compile(r" \(à partir du \d\d/\d\d/\d{4}\)")


@dataclass(frozen=True, slots=True)
class TimetableRequest:
    """What to print: a tour, optionally one commune, over a period."""

    tour_id: str
    start: dt.date
    end: dt.date
    commune: str | None = None
    contact: str | None = None  # e.g. "Médiathèque de Vic – 04 73 00 00 00 – mediatheque@vic.fr"


def _day_month(day: dt.date, year: int) -> str:
    """``1er août``; the year is added when it is not the timetable's first year."""
    text = f"{day.day}{'er' if day.day == 1 else ''} {MONTHS_FR[day.month - 1]}"
    return text if day.year == year else f"{text} {day.year}"


def _long_date(day: dt.date, year: int) -> str:
    return f"{WEEKDAYS_FR[day.weekday()]} {_day_month(day, year)}"


def _period(start: dt.date, end: dt.date) -> str:
    first = f"{start.day}{'er' if start.day == 1 else ''} {MONTHS_FR[start.month - 1]}"
    if start.year != end.year:
        first += f" {start.year}"
    last = f"{end.day}{'er' if end.day == 1 else ''} {MONTHS_FR[end.month - 1]} {end.year}"
    return f"Passages du {first} au {last}"


def _remark(visit: VisitRow, year: int) -> tuple[str, bool]:
    """The remark cell (markup) and whether the row is highlighted."""
    if visit.cancelled:
        reason = f" – {escape(visit.cancel_reason)}" if visit.cancel_reason else ""
        return f"<b>ANNULÉ</b>{reason}", True
    if visit.moved_from is not None:
        why = (
            f", {escape(visit.holiday)}"
            if visit.holiday and visit.exception != EXCEPTION_MOVED
            else ""
        )
        return f"Déplacé (au lieu du {_long_date(visit.moved_from, year)}{why})", True
    if visit.exception == "added":
        return "Passage supplémentaire", True
    if visit.holiday:
        return f"Jour férié ({escape(visit.holiday)}) : passage maintenu", False
    return "", False


#: Cell padding of the visit tables (points, each side), as reportlab's default.
CELL_PADDING = 6
#: Rows of a table that may stand alone at the top or the foot of a page: more than one.
MIN_ROWS_APART = 3


class _BalancedTable(Table):  # type: ignore[misc]
    """A table that never leaves fewer than :data:`MIN_ROWS_APART` rows alone at the foot
    of a page or at the top of the next one (a last page with one line)."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        first, rest = (len(part._cellvalues) - self.repeatRows for part in parts)
        if first < MIN_ROWS_APART:
            return []  # the whole table starts on the next page
        if rest >= MIN_ROWS_APART:
            return parts
        carried = min(MIN_ROWS_APART - rest, first - MIN_ROWS_APART)
        if carried <= 0:
            return parts
        kept = first + self.repeatRows
        room = availHeight - sum(self._rowHeights[kept - carried : kept]) - 1
        shorter: list[Any] = super().split(availWidth, room)
        return shorter or parts


def _date_column(visits: Sequence[VisitRow], year: int, width: float) -> tuple[float, float]:
    """The date column's width and font size: the longest date on one line, never
    wrapped ("mercredi 6 janvier 2027"), in a smaller type if it must be."""
    longest = max(
        (stringWidth(_long_date(v.date, year), CELL_BOLD.fontName, CELL.fontSize) for v in visits),
        default=0.0,
    )
    size = CELL.fontSize
    limit = 0.42 * width - 2 * CELL_PADDING
    if longest > limit:
        size = CELL.fontSize * limit / longest
        longest = limit
    return max(0.30 * width, longest + 2 * CELL_PADDING + 2), size


def _stop_table(visits: Sequence[VisitRow], year: int) -> Table:
    width = A4[0] - 30 * mm
    date_width, date_size = _date_column(visits, year, width)
    date_style = ParagraphStyle(
        "date", parent=CELL_BOLD, fontSize=date_size, leading=max(date_size + 4, CELL.leading)
    )
    data: list[list[Any]] = [
        [Paragraph("Date", HEADER), Paragraph("Horaires", HEADER), Paragraph("Remarque", HEADER)]
    ]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
    ]
    for row, visit in enumerate(visits, start=1):
        remark, highlighted = _remark(visit, year)
        hours = f"{format_time(visit.start_time)} – {format_time(visit.end_time)}"
        date_text = _long_date(visit.date, year)
        if visit.cancelled:
            date_text = f"<strike>{date_text}</strike>"
            hours = f"<strike>{hours}</strike>"
            style.append(("BACKGROUND", (0, row), (-1, row), CANCELLED_BG))
            remark_style = ParagraphStyle("cancelled", parent=CELL, textColor=CANCELLED_INK)
        else:
            remark_style = CELL
            if highlighted:
                style.append(("BACKGROUND", (0, row), (-1, row), MOVED_BG))
            elif row % 2 == 0:
                style.append(("BACKGROUND", (0, row), (-1, row), STRIPE))
        data.append(
            [
                Paragraph(date_text, date_style),
                Paragraph(hours, CELL),
                Paragraph(remark, remark_style),
            ]
        )
    hours_width = 0.24 * width
    table = _BalancedTable(
        data,
        colWidths=[date_width, hours_width, width - date_width - hours_width],
        repeatRows=1,
    )
    table.setStyle(TableStyle(style))
    return table


#: The room for the flowing text of a page (A4 less the margins and the frame's padding).
FRAME_WIDTH = A4[0] - 30 * mm - 12
FRAME_HEIGHT = A4[1] - 41 * mm - 12


def _with_heading(head: list[Any], table: Table) -> list[Any]:
    """A stop's heading and its table: together on one page when they fit on one (a new
    page rather than a split); a longer table starts under its heading where there is room
    for the heading and a few rows, and splits with its header row repeated."""
    head_height = sum(part.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] for part in head)
    _, table_height = table.wrap(FRAME_WIDTH, 10 * FRAME_HEIGHT)
    if head_height + table_height <= FRAME_HEIGHT:
        return [KeepTogether([*head, table])]
    rows = table._rowHeights  # measured by wrap()
    room = head_height + sum(rows[: 1 + MIN_ROWS_APART]) + 4
    return [CondPageBreak(room), *head, table]


def _breaks_note(uow: UnitOfWork, stop: StopRow, start: dt.date, end: dt.date) -> str | None:
    seen: dict[tuple[dt.date, dt.date], str] = {}
    for rule in list_rules(uow, stop.stop_id):
        for period in rule.rule.breaks:
            if period.end >= start and period.start <= end:
                seen.setdefault((period.start, period.end), period.label)
    if not seen:
        return None
    parts = [
        f"{escape(label) or 'pause'} du {_day_month(a, start.year)} au {_day_month(b, start.year)}"
        for (a, b), label in sorted(seen.items())
    ]
    return "Pas de passage pendant : " + " ; ".join(parts) + "."


def _regular_line(uow: UnitOfWork, stop: StopRow, start: dt.date, end: dt.date) -> str | None:
    texts = []
    for rule in list_rules(uow, stop.stop_id):
        if rule.rule.valid_from <= end and (
            rule.rule.valid_to is None or rule.rule.valid_to >= start
        ):
            # The first visit date matters to the planner, not to the public.
            texts.append(_ANCHOR.sub("", rule.label.split(" ; ")[0]))
    return ("Passage " + " et ".join(texts) + ".") if texts else None


def _default_contact(uow: UnitOfWork, tour_id: str) -> str:
    library = uow.session.scalar(
        select(Library).join(Tour, Tour.library_id == Library.id).where(Tour.id == tour_id)
    )
    if library is None:
        return "Renseignements auprès de votre médiathèque."
    place = f" ({library.commune})" if library.commune else ""
    return f"Renseignements : {library.name}{place}"


def timetable_pdf(uow: UnitOfWork, request: TimetableRequest, *, generate: bool = True) -> bytes:
    """The timetable PDF of a tour (or of one commune of it) over a period.

    Args:
        generate: first create the visits the rules give in the period (idempotent;
            the caller commits).

    Raises:
        TimetableError: unknown tour, or a commune the tour does not serve.
    """
    tour = tour_row(uow, request.tour_id)
    if generate:
        generate_visits(uow, tour_id=tour.tour_id, start=request.start, end=request.end)
    stops = [s for s in list_stops(uow, tour.tour_id) if s.active]
    if request.commune:
        wanted = " ".join(request.commune.split()).casefold()
        stops = [s for s in stops if s.commune.casefold() == wanted]
        if not stops:
            served = (
                ", ".join(sorted({s.commune for s in list_stops(uow, tour.tour_id)})) or "aucune"
            )
            raise TimetableError(
                Message(
                    "bookmobile.tournee_name_dessert_commune",
                    name=tour.name,
                    commune=request.commune,
                    served=served,
                )
            )
    visits = calendar(uow, tour_id=tour.tour_id, start=request.start, end=request.end)
    contact = request.contact or _default_contact(uow, tour.tour_id)

    story: list[Any] = []
    title = f"Le bibliobus à {stops[0].commune}" if request.commune else f"Bibliobus – {tour.name}"
    story.append(Paragraph(escape(title), TITLE))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(_period(request.start, request.end), SUBTITLE))
    story.append(Spacer(1, 8 * mm))
    for stop in stops:
        own = [v for v in visits if v.stop_id == stop.stop_id]
        head: list[Any] = [Paragraph(escape(f"{stop.commune} – {stop.place}"), STOP)]
        if stop.address:
            head.append(Paragraph(escape(stop.address), ADDRESS))
        regular = _regular_line(uow, stop, request.start, request.end)
        if regular:
            head.append(Paragraph(escape(regular), ADDRESS))
        # The breaks come before the dates, with them: never a note alone on a page.
        note = _breaks_note(uow, stop, request.start, request.end)
        if note:
            head.append(Spacer(1, 1 * mm))
            head.append(Paragraph(note, NOTE))
        head.append(Spacer(1, 3 * mm))
        if own:
            # Heading and table stay together (a new page rather than an orphan heading);
            # a table longer than a page splits with its header row repeated.
            story.extend(_with_heading(head, _stop_table(own, request.start.year)))
        else:
            story.append(
                KeepTogether([*head, Paragraph("Aucun passage prévu sur cette période.", NOTE)])
            )
        story.append(Spacer(1, 9 * mm))

    buffer = io.BytesIO()
    made = dt.date.today()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(15 * mm, 20 * mm, A4[0] - 15 * mm, 20 * mm)
        canvas.setFillColor(INK)
        canvas.setFont("Helvetica-Bold", FOOTER_SIZE)
        canvas.drawString(15 * mm, 14 * mm, contact)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(
            15 * mm, 8 * mm, f"Horaires à jour le {made:%d/%m/%Y} – sous réserve de modification"
        )
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Page {doc.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=26 * mm,
        title=title,
        author=contact,
        subject=_period(request.start, request.end),
        creator="Bibliomobile",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
