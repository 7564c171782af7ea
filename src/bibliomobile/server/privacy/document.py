"""A plain document (headings, paragraphs, tables) written as Markdown or as a PDF.

The person's export and the register of processing activities are both read by people
who are not engineers; they are built once as a :class:`Document` and written in the
format asked for, with a real text layer in the PDF (searchable, readable aloud).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ACCENT = colors.HexColor("#0b5394")
STRIPE = colors.HexColor("#eef3f8")

_STYLES = {
    "h1": ParagraphStyle(
        "h1", fontName="Helvetica-Bold", fontSize=18, leading=23, textColor=ACCENT
    ),
    "h2": ParagraphStyle(
        "h2", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=ACCENT, spaceBefore=8
    ),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13),
}
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
_HEAD = ParagraphStyle("head", parent=_CELL, fontName="Helvetica-Bold", textColor=colors.white)


@dataclass(frozen=True)
class Block:
    """A heading (``h1``, ``h2``), a paragraph (``p``) or a table."""

    kind: str
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Document:
    """Blocks in reading order, and a line repeated at the foot of each PDF page."""

    footer: str = ""
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str, level: int = 2) -> None:
        self.blocks.append(Block(f"h{level}", text))

    def paragraph(self, text: str) -> None:
        self.blocks.append(Block("p", text))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> None:
        """A table, or the sentence ``empty`` when there is no row."""
        if not rows:
            self.paragraph(empty)
            return
        self.blocks.append(Block("table", header=tuple(header), rows=tuple(tuple(r) for r in rows)))

    def markdown(self) -> str:
        lines: list[str] = []
        for block in self.blocks:
            if block.kind == "h1":
                lines += [f"# {block.text}", ""]
            elif block.kind == "h2":
                lines += [f"## {block.text}", ""]
            elif block.kind == "p":
                lines += [block.text, ""]
            else:
                lines.append("| " + " | ".join(block.header) + " |")
                lines.append("|" + "---|" * len(block.header))
                for row in block.rows:
                    cells = (c.replace("|", "\\|").replace("\n", " ") for c in row)
                    lines.append("| " + " | ".join(cells) + " |")
                lines.append("")
        if self.footer:
            lines += ["---", "", self.footer, ""]
        return "\n".join(lines)

    def pdf(self) -> bytes:
        buffer = io.BytesIO()
        template = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=18 * mm,
        )
        width = A4[0] - 30 * mm
        story: list[Flowable] = []
        for block in self.blocks:
            if block.kind == "table":
                story.append(_table(block, width))
                story.append(Spacer(1, 3 * mm))
            else:
                story.append(Paragraph(escape(block.text), _STYLES[block.kind]))
                story.append(Spacer(1, 2 * mm))

        def foot(canvas: object, doc: object) -> None:
            canvas.saveState()  # type: ignore[attr-defined]
            canvas.setFont("Helvetica", 7.5)  # type: ignore[attr-defined]
            page = doc.page  # type: ignore[attr-defined]
            canvas.drawString(15 * mm, 9 * mm, f"{self.footer} — page {page}")  # type: ignore[attr-defined]
            canvas.restoreState()  # type: ignore[attr-defined]

        template.build(story, onFirstPage=foot, onLaterPages=foot)
        return buffer.getvalue()

    def write(self, out: Path) -> None:
        """Write as Markdown (``.md``) or PDF (``.pdf``), as the name says."""
        if out.suffix.lower() == ".pdf":
            out.write_bytes(self.pdf())
        else:
            out.write_text(self.markdown(), encoding="utf-8")


def _table(block: Block, width: float) -> Table:
    data = [[Paragraph(escape(h), _HEAD) for h in block.header]] + [
        [Paragraph(escape(c), _CELL) for c in row] for row in block.rows
    ]
    table = Table(data, colWidths=[width / len(block.header)] * len(block.header), repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb6cf")),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table
