"""The round sheet a volunteer takes on the road (PDF, A4, vector QR codes).

Visits in order with their planned times; for each: name, address, phone, the bag
code and its QR, and boxes to tick for the outcome. Nothing more about the person: no
tastes, no referral, no contact person, no age — the sheet may be forgotten in a car.
Never the access notes (door codes, where a key is hidden): the sheet only says that
there is one, to read in the app on the day (:data:`ACCESS_ON_SCREEN`).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bibliomobile.domain.enums import AuditAction
from bibliomobile.lang import Message
from bibliomobile.services.audit import record_beneficiaries
from bibliomobile.services.home_delivery.rounds import (
    OUTCOME_LABELS,
    RoundStop,
    RoundView,
    round_view,
)
from bibliomobile.services.labels.qr import dark_runs, qr_matrix
from bibliomobile.services.text import long_date
from bibliomobile.store.uow import UnitOfWork

#: What the sheet says instead of an access note: a lost sheet must not open a door.
ACCESS_ON_SCREEN = Message("home_delivery.sheet_access_on_screen")
#: On every page: the sheet holds personal data.
CONFIDENTIAL = Message("home_delivery.sheet_confidential")

MM = 72 / 25.4
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
MARGIN = 15 * MM
BLOCK_HEIGHT = 46 * MM
QR_SIZE = 26 * MM


#: A line too long for its place is set smaller, down to this share of its size, before
#: it is cut: an address the volunteer needs stays whole.
SMALLEST_SHARE = 0.7


def _fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """``text`` and a font size that fit ``width`` points: smaller type first, then cut
    with an ellipsis only if even that does not fit."""
    needed = stringWidth(text, font, size)
    if needed <= width:
        return text, size
    smaller = max(size * SMALLEST_SHARE, size * width / needed * 0.995)
    if stringWidth(text, font, smaller) <= width:
        return text, smaller
    while text and stringWidth(text + "…", font, smaller) > width:
        text = text[:-1]
    return text + "…", smaller


def _draw_fitted(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, width: float
) -> None:
    fitted, fitted_size = _fit(text, font, size, width)
    canvas.setFont(font, fitted_size)
    canvas.drawString(x, y, fitted)


def _draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The bag code's QR (level Q, quiet zone included) as filled rectangles."""
    matrix = qr_matrix(code, "Q")
    module = size / len(matrix)
    path = canvas.beginPath()
    for column, row, width, height in dark_runs(matrix):
        path.rect(
            x + column * module, y + size - (row + height) * module, width * module, height * module
        )
    canvas.drawPath(path, stroke=0, fill=1)


def _header(canvas: Canvas, view: RoundView, page: int) -> float:
    width, height = A4
    top = float(height) - MARGIN
    day = view.date
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(
        MARGIN,
        top - 12,
        str(Message("home_delivery.sheet_title", date=long_date(day))),
    )
    canvas.setFont(FONT, 10)
    hours = ""
    if view.start_time and view.end_time:
        hours = str(
            Message(
                "home_delivery.sheet_hours",
                start=f"{view.start_time:%H:%M}",
                end=f"{view.end_time:%H:%M}",
            )
        )
    canvas.drawString(
        MARGIN,
        top - 28,
        str(
            Message(
                "home_delivery.sheet_volunteer",
                name=view.volunteer_name,
                hours=hours,
                n=len(view.stops),
            )
        ),
    )
    canvas.drawRightString(
        width - MARGIN, top - 28, str(Message("home_delivery.sheet_page", page=page))
    )
    canvas.setFont(FONT, 8)
    canvas.drawRightString(width - MARGIN, top - 12, str(CONFIDENTIAL))
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, top - 36, width - MARGIN, top - 36)
    return top - 44


def _stop(canvas: Canvas, stop: RoundStop, number: int, top: float) -> None:
    width, _height = A4
    left, right = MARGIN, width - MARGIN
    bottom = top - BLOCK_HEIGHT + 4
    canvas.setLineWidth(0.5)
    canvas.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
    text_left = left + 6
    text_width = right - left - QR_SIZE - 24
    y = top - 16
    when = f"{stop.planned_time:%H:%M}" if stop.planned_time else "--:--"
    _draw_fitted(canvas, text_left, y, f"{number}. {when}  {stop.name}", FONT_BOLD, 12, text_width)
    y -= 14
    _draw_fitted(canvas, text_left, y, stop.address, FONT, 10, text_width)
    y -= 13
    _draw_fitted(
        canvas,
        text_left,
        y,
        str(Message("home_delivery.sheet_phone", phone=stop.phone or "—")),
        FONT,
        10,
        text_width,
    )
    y -= 13
    canvas.setFont(FONT, 10)
    access = str(ACCESS_ON_SCREEN) if stop.has_access_note else "—"
    canvas.drawString(text_left, y, str(Message("home_delivery.sheet_access", access=access)))
    # Outcome boxes, bottom line of the block.
    y = bottom + 8
    x = text_left
    canvas.setFont(FONT, 10)
    for outcome in OUTCOME_LABELS.values():
        label = str(outcome)
        canvas.rect(x, y - 1, 9, 9, stroke=1, fill=0)
        canvas.drawString(x + 13, y, label)
        x += 13 + stringWidth(label, FONT, 10) + 18
    canvas.drawString(x, y, str(Message("home_delivery.sheet_returns")))
    if stop.bag_code:
        qr_x, qr_y = right - QR_SIZE - 6, top - QR_SIZE - 6
        _draw_qr(canvas, stop.bag_code, qr_x, qr_y, QR_SIZE)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 10, stop.bag_code)
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(
            qr_x + QR_SIZE / 2,
            qr_y - 20,
            str(Message("home_delivery.sheet_items", n=len(stop.items))),
        )
    else:
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(
            right - QR_SIZE / 2 - 6, top - QR_SIZE / 2, str(Message("home_delivery.sheet_no_bag"))
        )


def render_round_sheet(view: RoundView, out: Path | io.BytesIO) -> None:
    """Draw the sheet of a round into ``out`` (a path or a binary buffer)."""
    canvas = Canvas(str(out) if isinstance(out, Path) else out, pagesize=A4, pageCompression=1)
    canvas.setTitle(str(Message("home_delivery.sheet_pdf_title", date=f"{view.date:%d/%m/%Y}")))
    canvas.setCreator("Bibliomobile")
    page = 1
    top = _header(canvas, view, page)
    for number, stop in enumerate(view.stops, start=1):
        if top - BLOCK_HEIGHT < MARGIN:
            canvas.showPage()
            page += 1
            top = _header(canvas, view, page)
        _stop(canvas, stop, number, top)
        top -= BLOCK_HEIGHT
    if not view.stops:
        canvas.setFont(FONT, 11)
        canvas.drawString(MARGIN, top - 14, str(Message("home_delivery.sheet_no_visit")))
    canvas.showPage()
    canvas.save()


def round_sheet_pdf(uow: UnitOfWork, round_id: str) -> bytes:
    """The PDF of a round's sheet; the print is audited for each person on it (the
    caller commits).

    Raises:
        HomeDeliveryError: unknown round.
    """
    view = round_view(uow, round_id)
    buffer = io.BytesIO()
    render_round_sheet(view, buffer)
    record_beneficiaries(
        uow,
        AuditAction.ROUND_SHEET_PRINTED,
        [stop.beneficiary_id for stop in view.stops],
        round_id=round_id,
        detail=f"feuille de tournée du {view.date:%d/%m/%Y}",
    )
    return buffer.getvalue()
