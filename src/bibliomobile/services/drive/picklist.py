"""The pick list: what to fetch for a visit's requests, van shelves first, then stacks.

The only drive module that loads reportlab (for the PDF), so scanning a bag at the stop
does not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from bibliomobile.domain.enums import Location, RequestStatus
from bibliomobile.services.drive.common import visit_by_id
from bibliomobile.services.drive.selection import availability
from bibliomobile.services.text import initials
from bibliomobile.store.models import Bag, Item, Patron, PickupSlot, Record, Request, RequestLine
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


PICK_SECTIONS = {
    "van": "Rayonnages du bibliobus",
    "stacks": "Magasin central",
    "": "Sans exemplaire disponible",
}


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


def pick_list_pdf(lines: list[PickLine], out: object, title: str = "Liste de prélèvement") -> None:
    """The pick list as an A4 PDF, one section per place, sorted by call number."""
    canvas = Canvas(out if hasattr(out, "write") else str(out), pagesize=A4)
    canvas.setTitle(title)
    height = A4[1]
    y = height - 20 * mm

    def line(text: str, font: str = "Helvetica", size: float = 9, x: float = 15 * mm) -> None:
        nonlocal y
        if y < 20 * mm:
            canvas.showPage()
            y = height - 20 * mm
        canvas.setFont(font, size)
        canvas.drawString(x, y, text[:110])
        y -= size * 1.5

    line(title, "Helvetica-Bold", 14)
    for key in ("van", "stacks", ""):
        section = [p for p in lines if p.location == key]
        if not section:
            continue
        y -= 4
        line(f"{PICK_SECTIONS[key]} ({len(section)})", "Helvetica-Bold", 11)
        for p in section:
            line(
                f"☐ {p.call_number:<14} {p.barcode:<14} {p.title[:48]:<48} "
                f"{p.slot} {p.initials} {p.bag_code or ''}",
                "Courier",
                8,
            )
    canvas.showPage()
    canvas.save()


def write_pick_list(uow: UnitOfWork, visit_id: str, out: object) -> int:
    """Write the visit's pick list as a PDF to ``out`` (a path or a binary file);
    returns how many documents it lists."""
    lines = pick_list(uow, visit_id)
    pick_list_pdf(lines, out)
    return len(lines)
