"""Write laid-out label pages as a vector PDF (reportlab)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from .layout import PT_PER_MM, Page


def render_pdf(pages: list[Page], out: Path | io.BytesIO, title: str = "Étiquettes") -> None:
    """Draw ``pages`` into a PDF at ``out`` (a path or a binary buffer)."""
    target = str(out) if isinstance(out, Path) else out
    first = pages[0] if pages else Page(210.0, 297.0)
    canvas = Canvas(
        target, pagesize=(first.width * PT_PER_MM, first.height * PT_PER_MM), pageCompression=1
    )
    canvas.setTitle(title)
    canvas.setCreator("Bibliomobile")
    for page in pages or [first]:
        canvas.setPageSize((page.width * PT_PER_MM, page.height * PT_PER_MM))
        height_pt = page.height * PT_PER_MM
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setStrokeColorRGB(0, 0, 0)
        for placed in page.labels:
            path = canvas.beginPath()
            for r in placed.rects:
                path.rect(
                    r.x * PT_PER_MM,
                    height_pt - (r.y + r.height) * PT_PER_MM,
                    r.width * PT_PER_MM,
                    r.height * PT_PER_MM,
                )
            canvas.drawPath(path, stroke=0, fill=1)
            for t in placed.texts:
                canvas.setFont(t.font, t.size_pt)
                canvas.drawString(t.x * PT_PER_MM, height_pt - t.baseline * PT_PER_MM, t.text)
        canvas.showPage()
    canvas.save()


def pdf_bytes(pages: list[Page], title: str = "Étiquettes") -> bytes:
    buffer = io.BytesIO()
    render_pdf(pages, buffer, title)
    return buffer.getvalue()
