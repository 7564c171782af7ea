"""Write laid-out label pages as a vector PDF (reportlab)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bibliomobile.services.labels.layout import PT_PER_MM, Page


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
            # The modules as raw "re" operators then one fill: reportlab's path API
            # formats each number in Python and was most of the drawing time.
            ops = [
                f"{r.x * PT_PER_MM:.3f} {height_pt - (r.y + r.height) * PT_PER_MM:.3f} "
                f"{r.width * PT_PER_MM:.3f} {r.height * PT_PER_MM:.3f} re"
                for r in placed.rects
            ]
            if ops:
                canvas.addLiteral("\n".join(ops) + "\nf")
            for t in placed.texts:
                canvas.setFont(t.font, t.size_pt)
                canvas.drawString(t.x * PT_PER_MM, height_pt - t.baseline * PT_PER_MM, t.text)
        canvas.showPage()
    canvas.save()


def pdf_bytes(pages: list[Page], title: str = "Étiquettes") -> bytes:
    buffer = io.BytesIO()
    render_pdf(pages, buffer, title)
    return buffer.getvalue()
