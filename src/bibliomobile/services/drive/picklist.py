"""The pick list: what to fetch for a visit's requests, van shelves first, then stacks.

The only drive module that loads reportlab (for the PDF), so scanning a bag at the stop
does not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select

from bibliomobile.domain.enums import Location, RequestStatus
from bibliomobile.lang import Message
from bibliomobile.services.drive.common import visit_by_id
from bibliomobile.services.drive.selection import availability
from bibliomobile.services.text import initials, long_date, stop_name
from bibliomobile.store.models import (
    Bag,
    Item,
    Patron,
    PickupSlot,
    Record,
    Request,
    RequestLine,
    Stop,
)
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PickLine:
    request_id: str
    bag_code: str | None
    initials: str
    slot: str
    location: str  # "van" | "stacks" | "" (nothing available)
    call_number: str
    barcode: str
    title: str
    authors: str


#: Section headings by place, rendered in the language shown.
PICK_SECTIONS = {
    "van": "drive.pick_van",
    "stacks": "drive.pick_stacks",
    "": "drive.pick_none",
}
_HEADINGS = (
    "drive.pick_call_number",
    "drive.pick_barcode",
    "drive.pick_title_column",
    "drive.pick_time",
    "drive.pick_patron",
    "drive.pick_bag",
)


def _call_key(call_number: str) -> tuple[object, ...]:
    parts = re.split(r"(\d+(?:\.\d+)?)", call_number.upper())
    return tuple(
        (0, float(p), "") if re.fullmatch(r"\d+(?:\.\d+)?", p) else (1, 0.0, p) for p in parts
    )


def pick_list(uow: UnitOfWork, visit_id: str) -> list[PickLine]:
    """What to fetch for the visit's pending requests: van shelves first, then central
    stacks, each by call number. A line without an available copy has location ""."""
    visit_by_id(uow, visit_id)
    requests = uow.session.execute(
        select(Request, Patron, PickupSlot)
        .join(Patron, Patron.id == Request.patron_id)
        .outerjoin(PickupSlot, PickupSlot.id == Request.slot_id)
        .where(
            Request.visit_id == visit_id,
            Request.status.in_((RequestStatus.NEW.value, RequestStatus.PREPARING.value)),
        )
    ).all()
    out: list[PickLine] = []
    taken: set[str] = set()
    for request, patron, slot in requests:
        bag_code = uow.session.scalar(select(Bag.code).where(Bag.request_id == request.id))
        slot_text = f"{slot.start:%H:%M}" if slot else ""
        who = initials(patron.first_name, patron.last_name)
        lines = uow.session.scalars(
            select(RequestLine).where(
                RequestLine.request_id == request.id, RequestLine.cancelled.is_(False)
            )
        ).all()
        for line in lines:
            item = uow.session.get(Item, line.item_id) if line.item_id else None
            if item is None and line.record_id is not None:
                item = _best_copy(uow, line.record_id, taken)
            if item is not None:
                taken.add(item.id)
                record = uow.session.get(Record, item.record_id)
                assert record is not None
                out.append(
                    PickLine(request.id, bag_code, who, slot_text, item.location,
                             item.call_number or "", item.barcode, record.title,
                             record.authors or "")
                )  # fmt: skip
            else:
                record = uow.session.get(Record, line.record_id) if line.record_id else None
                title = record.title if record else (line.free_text or "")
                out.append(PickLine(request.id, bag_code, who, slot_text, "", "", "", title, ""))
    order = {Location.VAN.value: 0, Location.STACKS.value: 1}
    out.sort(key=lambda p: (order.get(p.location, 2), _call_key(p.call_number), p.title))
    return out


def _best_copy(uow: UnitOfWork, record_id: str, taken: set[str]) -> Item | None:
    items = uow.session.scalars(
        select(Item)
        .where(Item.record_id == record_id, Item.withdrawn.is_(False))
        .order_by((Item.location == Location.VAN.value).desc(), Item.barcode)
    ).all()
    for item in items:
        if item.id not in taken and not availability(uow, item):
            return item
    return None


CHECKBOX_SIDE = 3.6 * mm
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
_CODE = ParagraphStyle("code", parent=_CELL, fontName="Courier")
_HEAD = ParagraphStyle("head", parent=_CELL, fontName="Helvetica-Bold")
_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
_WHERE = ParagraphStyle("where", fontName="Helvetica", fontSize=11, leading=14)
_SECTION = ParagraphStyle("section", fontName="Helvetica-Bold", fontSize=11, leading=14)


class _CheckBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand (no font has one everywhere)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return CHECKBOX_SIDE, CHECKBOX_SIDE

    def draw(self) -> None:
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, CHECKBOX_SIDE, CHECKBOX_SIDE)


def _section_table(section: list[PickLine]) -> Table:
    width = A4[0] - 30 * mm
    widths = [6 * mm, 24 * mm, 24 * mm, 0.0, 12 * mm, 14 * mm, 24 * mm]
    widths[3] = width - sum(widths)
    head = ["", *(str(Message(code)) for code in _HEADINGS)]
    data: list[list[Any]] = [[Paragraph(text, _HEAD) for text in head]]
    for p in section:
        title = escape(p.title) + (f" <i>({escape(p.authors)})</i>" if p.authors else "")
        data.append(
            [
                _CheckBox(),
                Paragraph(escape(p.call_number), _CELL),
                Paragraph(escape(p.barcode), _CODE),
                Paragraph(title, _CELL),
                Paragraph(escape(p.slot), _CELL),
                Paragraph(escape(p.initials), _CELL),
                Paragraph(escape(p.bag_code or ""), _CODE),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def pick_list_pdf(
    lines: list[PickLine],
    out: object,
    title: str = "",
    where: str = "",
) -> None:
    """The pick list as an A4 PDF, in the language shown: the stop and date under the
    title, one table per place, sorted by call number; long titles wrap, nothing is cut."""
    title = title or str(Message("drive.pick_title"))
    story: list[Any] = [Paragraph(escape(title), _TITLE)]
    if where:
        story.append(Paragraph(escape(where), _WHERE))
    for key in ("van", "stacks", ""):
        section = [p for p in lines if p.location == key]
        if not section:
            continue
        story.append(Spacer(1, 4 * mm))
        heading = Paragraph(
            f"{escape(str(Message(PICK_SECTIONS[key])))} ({len(section)})", _SECTION
        )
        story.append(KeepTogether([heading, Spacer(1, 1.5 * mm), _section_table(section)]))
    if not lines:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(escape(str(Message("drive.pick_empty"))), _WHERE))
    document = SimpleDocTemplate(
        out if hasattr(out, "write") else str(out),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"{title} – {where}" if where else title,
        creator="Bibliomobile",
    )
    document.build(story)


def visit_heading(uow: UnitOfWork, visit_id: str) -> str:
    """ "Saint-Amant — place de l'église, mardi 8 décembre 2026": what the pick list is for."""
    visit = visit_by_id(uow, visit_id)
    stop = uow.session.get(Stop, visit.stop_id)
    place = stop_name(stop) if stop is not None else ""
    day = long_date(visit.date)
    return f"{place}, {day}" if place else day


def write_pick_list(uow: UnitOfWork, visit_id: str, out: object) -> int:
    """Write the visit's pick list as a PDF to ``out`` (a path or a binary file);
    returns how many documents it lists."""
    lines = pick_list(uow, visit_id)
    pick_list_pdf(lines, out, where=visit_heading(uow, visit_id))
    return len(lines)
