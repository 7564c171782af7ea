"""Bag labels in ZPL II for Zebra thermal printers (the printer draws the QR: ^BQ)."""

from __future__ import annotations

from bibliomobile.services.labels.layout import BagLabel
from bibliomobile.services.labels.qr import QUIET_ZONE, qr_matrix
from bibliomobile.services.text import date_text


def _field(text: str) -> str:
    """A ^FD field; ^FH escapes the characters ZPL would read as commands."""
    if any(ch in text for ch in "^~_"):
        escaped = text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")
        return f"^FH_^FD{escaped}^FS"
    return f"^FD{text}^FS"


def zpl_label(
    label: BagLabel,
    width_mm: float = 62.0,
    height_mm: float = 38.0,
    dpmm: int = 8,
    level: str = "Q",
) -> str:
    """One label as a ``^XA … ^XZ`` block (UTF-8 text with ^CI28, 8 dots/mm = 203 dpi)."""
    width, height = round(width_mm * dpmm), round(height_mm * dpmm)
    pad = 2 * dpmm
    modules = len(qr_matrix(label.code, level))  # quiet zone included
    magnification = max(1, min(10, (height - 2 * pad) // modules))
    quiet = QUIET_ZONE * magnification
    qr_side = modules * magnification
    text_x = pad + qr_side + dpmm // 2
    lines = [
        (label.code, 5 * dpmm),
        (label.place, 3 * dpmm),
        (" ".join(p for p in (date_text(label.date), label.slot) if p), 3 * dpmm),
        (f"{label.item_count} doc. · {label.initials}".strip(" ·"), 3 * dpmm),
    ]
    out = [
        "^XA",
        "^CI28",
        f"^PW{width}",
        f"^LL{height}",
        "^LH0,0",
        # The QR's own quiet zone is left blank around the ^BQ field.
        f"^FO{pad + quiet},{pad + quiet}^BQN,2,{magnification}",
        f"^FD{level}A,{label.code}^FS",
    ]
    y = pad
    for text, size in lines:
        if text:
            out.append(f"^FO{text_x},{y}^A0N,{size},{size}^FB{width - text_x - pad},1,0,L,0")
            out.append(_field(text))
        y += size + dpmm
    out += ["^PQ1", "^XZ"]
    return "\n".join(out) + "\n"


def zpl_document(labels: list[BagLabel], level: str = "Q") -> str:
    """All labels, one ``^XA … ^XZ`` block each, ready to send to the printer."""
    return "".join(zpl_label(label, level=level) for label in labels)
