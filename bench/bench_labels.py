"""1,000 bag labels to PDF, against a bare reportlab loop drawing the same rectangles."""

from __future__ import annotations

import datetime as dt
import io
import random
import time

from reportlab.pdfgen.canvas import Canvas

from bench.common import Context, Row, verdict
from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.labels import BagLabel, layout_pages, pdf_bytes, template
from bibliomobile.services.labels.layout import PT_PER_MM, Page
from bibliomobile.services.labels.qr import qr_matrix

GOAL_S = 5.0


def _labels(n: int) -> list[BagLabel]:
    rng = random.Random(2026)
    return [
        BagLabel(new_bag_code(rng), "Saint-Amant — place de l'Église", dt.date(2026, 11, 24),
                 "10:00–10:15", 1 + i % 12, "J.-P. M.")
        for i in range(n)
    ]  # fmt: skip


def _bare(pages: list[Page]) -> bytes:
    """The same rectangles and strings, straight into reportlab (no QR, no layout)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(210 * PT_PER_MM, 297 * PT_PER_MM), pageCompression=1)
    for page in pages:
        height = page.height * PT_PER_MM
        for placed in page.labels:
            path = canvas.beginPath()
            for r in placed.rects:
                path.rect(r.x * PT_PER_MM, height - (r.y + r.height) * PT_PER_MM,
                          r.width * PT_PER_MM, r.height * PT_PER_MM)  # fmt: skip
            canvas.drawPath(path, stroke=0, fill=1)
            for t in placed.texts:
                canvas.setFont(t.font, t.size_pt)
                canvas.drawString(t.x * PT_PER_MM, height - t.baseline * PT_PER_MM, t.text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def run(ctx: Context) -> list[Row]:
    n = 200 if ctx.quick else 1000
    labels = _labels(n)
    qr_matrix.cache_clear()
    start = time.perf_counter()
    pages = layout_pages(labels, template("L7651"))
    data = pdf_bytes(pages)
    full = time.perf_counter() - start
    start = time.perf_counter()
    bare = _bare(pages)
    baseline = time.perf_counter() - start
    ratio = full / baseline if baseline else float("inf")
    return [
        Row(
            issue="5",
            what=f"{n} QR bag labels to PDF (L7651, {len(pages)} pages, {len(data) // 1024} KiB)",
            figure=f"{full:.2f} s",
            baseline=f"{baseline:.2f} s bare reportlab, same shapes ({len(bare) // 1024} KiB)",
            ratio=f"{ratio:.1f}×",
            goal=f"< {GOAL_S:.0f} s",
            verdict=verdict(full < GOAL_S * (n / 1000)),
        )
    ]
