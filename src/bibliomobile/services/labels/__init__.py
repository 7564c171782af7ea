"""Bag labels: QR + human-readable content on sheets, rolls (PDF) or Zebra printers (ZPL).

Generic: a bag belongs to a drive request or a home delivery; :mod:`.data` builds the
:class:`BagLabel` of either from the store.
"""

from __future__ import annotations

from bibliomobile.services.labels.data import labels_for_bags, labels_for_visit
from bibliomobile.services.labels.layout import (
    BagLabel,
    Page,
    PlacedLabel,
    Rect,
    Text,
    layout_pages,
)
from bibliomobile.services.labels.pdf import pdf_bytes, render_pdf
from bibliomobile.services.labels.templates import FORMATS, TEMPLATES, LabelTemplate, template
from bibliomobile.services.labels.zpl import zpl_document, zpl_label

__all__ = [
    "FORMATS",
    "TEMPLATES",
    "BagLabel",
    "LabelTemplate",
    "Page",
    "PlacedLabel",
    "Rect",
    "Text",
    "labels_for_bags",
    "labels_for_visit",
    "layout_pages",
    "pdf_bytes",
    "render_pdf",
    "template",
    "write_labels",
    "zpl_document",
    "zpl_label",
]


def write_labels(
    labels: list[BagLabel], fmt: str, out: object, start: int = 1, level: str = "Q"
) -> int:
    """Write ``labels`` in format ``fmt`` (a template key or "zpl") to the path ``out``.

    Returns the number of pages (PDF) or labels (ZPL) written.
    """
    from pathlib import Path

    path = Path(str(out))
    if fmt.strip().lower() == "zpl":
        path.write_text(zpl_document(labels, level), encoding="utf-8")
        return len(labels)
    pages = layout_pages(labels, template(fmt), start, level)
    render_pdf(pages, path)
    return len(pages)
