"""Label content placed on pages: a display list that every renderer draws.

The layout is computed once, in millimetres from the page's top-left corner, and the
PDF writer, the Qt printer and the tests read the same shapes, so what is checked is
what is printed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from bibliomobile.lang import Message
from bibliomobile.services.labels.qr import dark_runs, qr_matrix
from bibliomobile.services.labels.templates import LabelTemplate
from bibliomobile.services.text import date_text

PT_PER_MM = 72 / 25.4
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
MIN_FONT_PT = 4.0


@dataclass(frozen=True, slots=True)
class BagLabel:
    """What a bag label shows. Deliberately no name and no address: bags wait in public.

    Attributes:
        code: the bag code (QR and in clear).
        place: the stop ("Saint-Amant — place de l'église") or "Portage à domicile".
        date: the visit or round date.
        slot: the pickup slot or planned time ("10:00–10:15"), may be empty.
        item_count: documents in the bag.
        initials: the patron's initials ("J. D."), never the full name.
    """

    code: str
    place: str
    date: dt.date | None
    slot: str
    item_count: int
    initials: str


@dataclass(frozen=True, slots=True)
class Rect:
    """A filled dark rectangle (mm, top-left origin)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text: left end of its baseline at (x, baseline), in mm."""

    x: float
    baseline: float
    text: str
    font: str
    size_pt: float

    @property
    def width(self) -> float:
        return float(stringWidth(self.text, self.font, self.size_pt)) / PT_PER_MM

    @property
    def top(self) -> float:
        return self.baseline - 0.75 * self.size_pt / PT_PER_MM  # cap height + accents

    @property
    def bottom(self) -> float:
        return self.baseline + 0.22 * self.size_pt / PT_PER_MM  # descenders


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """One label on a page: its cell, its content and the QR's box (quiet zone included)."""

    label: BagLabel
    x: float
    y: float
    width: float
    height: float
    qr_box: Rect
    rects: tuple[Rect, ...]
    texts: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float
    labels: tuple[PlacedLabel, ...] = field(default=())


def _when(label: BagLabel, font: str, size_pt: float, max_width_mm: float) -> str:
    """The date and slot line, shortened (never cut) when the label is narrow."""
    text = ""
    for compact in (0, 1, 2):
        text = " ".join(p for p in (date_text(label.date, compact), label.slot) if p)
        if stringWidth(text, font, max(MIN_FONT_PT + 1, size_pt * 0.8)) <= max_width_mm * PT_PER_MM:
            break
    return text


def _fit(text: str, font: str, size_pt: float, max_width_mm: float) -> tuple[str, float]:
    """Shrink the font (down to MIN_FONT_PT), then cut the text with "…", to fit."""
    max_pt = max_width_mm * PT_PER_MM
    width = stringWidth(text, font, size_pt)
    if width <= max_pt:
        return text, size_pt
    # Shrink to 60 % at most (never below MIN_FONT_PT): a cut text stays readable.
    size = max(MIN_FONT_PT, size_pt * 0.6, size_pt * max_pt / width * 0.995)
    if stringWidth(text, font, size) <= max_pt:
        return text, size
    while text and stringWidth(text + "…", font, size) > max_pt:
        text = text[:-1]
    return (text.rstrip() + "…") if text else "", size


_BREAK_AFTER = re.compile(r"[^ \-'’—]*[ \-'’—]*")
#: The stop name may take up to this many lines on a small label rather than be cut.
MAX_PLACE_LINES = 3


def _wrap(text: str, font: str, size_pt: float, max_width_mm: float) -> list[str]:
    """Greedy word wrap, breaking after a space, a hyphen or an apostrophe
    ("Saint-Gervais-" / "d'Auvergne"), as a person would write it by hand."""
    max_pt = max_width_mm * PT_PER_MM
    lines: list[str] = []
    current = ""
    for piece in (p for p in _BREAK_AFTER.findall(text) if p):
        if current and stringWidth((current + piece).rstrip(), font, size_pt) > max_pt:
            lines.append(current.rstrip())
            current = piece
        else:
            current += piece
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _fits(lines: list[str], font: str, size_pt: float, max_width_mm: float) -> bool:
    return all(stringWidth(x, font, size_pt) <= max_width_mm * PT_PER_MM for x in lines)


def _line_sizes(weights: list[float], inner_h: float) -> tuple[float, list[float]]:
    line_h = inner_h / (sum(weights) + 0.4)
    return line_h, [min(14.0, line_h * w * PT_PER_MM / 1.18) for w in weights]


def _place_lines(place: str, inner_h: float, text_w: float) -> tuple[list[str], float, float]:
    """The stop name on one line, or wrapped on two or three, in a smaller type if it must
    be: never cut. Returns the lines, the weight of each line and their font size."""
    for count in range(1, MAX_PLACE_LINES + 1):
        weight = 1.0 if count == 1 else 0.8
        _, sizes = _line_sizes([1.25, *([weight] * count), 1.0, 1.0], inner_h)
        size = sizes[1]
        floor = max(MIN_FONT_PT, size * (0.8 if count < MAX_PLACE_LINES else 0.0))
        while size >= floor:
            lines = [place] if count == 1 else _wrap(place, FONT_BOLD, size, text_w)
            if len(lines) <= count and _fits(lines, FONT_BOLD, size, text_w):
                return lines, weight, size
            size -= 0.25
    return _wrap(place, FONT_BOLD, MIN_FONT_PT, text_w), 0.8, MIN_FONT_PT


def place_label(
    label: BagLabel, x: float, y: float, width: float, height: float, padding: float,
    level: str = "Q",
) -> PlacedLabel:  # fmt: skip
    """Lay one label out in the cell at (x, y) of ``width`` × ``height`` mm."""
    matrix = qr_matrix(label.code, level)
    modules = len(matrix)
    inner_h = height - 2 * padding
    side = min(inner_h, (width - 2 * padding) * 0.5)
    module = side / modules
    qr_x, qr_y = x + padding, y + (height - side) / 2
    rects = tuple(
        Rect(qr_x + c * module, qr_y + r * module, w * module, h * module)
        for c, r, w, h in dark_runs(matrix)
    )
    # The quiet zone is white already: text may start right after the QR's dark part's
    # quiet zone, never inside it.
    text_x = qr_x + side + 0.3
    text_w = x + width - padding - text_x
    place, place_weight, place_pt = _place_lines(label.place, inner_h, text_w)
    lines: list[tuple[str, str, float]] = [
        (label.code, FONT_BOLD, 1.25),
        *((part, FONT_BOLD, place_weight) for part in place),
        ("", FONT, 1.0),  # date and slot: filled below, once the font size is known
        (f"{label.item_count} doc. · {label.initials}".strip(" ·"), FONT, 1.0),
    ]
    when_line = len(lines) - 2
    line_h, sizes = _line_sizes([w for _, _, w in lines], inner_h)
    texts: list[Text] = []
    baseline = y + padding
    for index, ((content, font, weight), size_pt) in enumerate(zip(lines, sizes, strict=True)):
        baseline += line_h * weight
        if 0 < index < when_line:
            size_pt = min(size_pt, place_pt)
        if index == when_line:
            content = _when(label, font, size_pt, text_w)
        fitted, size = _fit(content, font, size_pt, text_w)
        if fitted:
            texts.append(Text(text_x, baseline, fitted, font, size))
    return PlacedLabel(
        label, x, y, width, height, Rect(qr_x, qr_y, side, side), rects, tuple(texts)
    )


def layout_pages(
    labels: list[BagLabel], tmpl: LabelTemplate, start: int = 1, level: str = "Q"
) -> list[Page]:
    """Place labels on pages of ``tmpl``, the first at position ``start`` (1-based, to
    reuse a partly used sheet; positions count row by row)."""
    if not 1 <= start <= tmpl.per_page:
        raise ValueError(
            Message(
                "labels.position_depart_impossible_start",
                start=start,
                per_page=tmpl.per_page,
                key=tmpl.key,
            )
        )
    pages: list[Page] = []
    current: list[PlacedLabel] = []
    position = start - 1
    for label in labels:
        if position == tmpl.per_page:
            pages.append(Page(tmpl.page_width, tmpl.page_height, tuple(current)))
            current, position = [], 0
        x, y = tmpl.cell(position)
        current.append(
            place_label(label, x, y, tmpl.label_width, tmpl.label_height, tmpl.padding, level)
        )
        position += 1
    if current:
        pages.append(Page(tmpl.page_width, tmpl.page_height, tuple(current)))
    return pages
