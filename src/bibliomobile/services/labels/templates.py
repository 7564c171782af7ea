"""Label stock geometry, as data: one row per sheet or roll format (millimetres).

The table lives in code so that every packaging (wheel, PyInstaller) ships it. To add a
format, add a row: the renderers only read these numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibliomobile.lang import Message

A4_WIDTH = 210.0
A4_HEIGHT = 297.0


@dataclass(frozen=True, slots=True)
class LabelTemplate:
    """Where the labels are on a page.

    Attributes:
        key: what the CLI and the GUI call it ("L7651", "roll62", ...).
        description: what the format chooser shows.
        page_width, page_height: the page, in mm.
        columns, rows: labels across and down one page.
        label_width, label_height: one label, in mm.
        margin_left, margin_top: page edge to the first label's edge.
        pitch_x, pitch_y: from one label's left/top edge to the next one's.
        padding: blank border kept inside each label (printers drift a little).
        roll: one label per page, the page being the label (Brother QL).
    """

    key: str
    description: Message
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float
    margin_top: float
    pitch_x: float
    pitch_y: float
    padding: float = 1.5
    roll: bool = False

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int) -> tuple[float, float]:
        """Top-left corner (mm, from the page's top-left) of label ``position`` (0-based,
        row by row, left to right)."""
        row, column = divmod(position, self.columns)
        return (
            self.margin_left + column * self.pitch_x,
            self.margin_top + row * self.pitch_y,
        )


TEMPLATES: dict[str, LabelTemplate] = {
    t.key: t
    for t in (
        LabelTemplate(
            "L7160", Message("labels.format_l7160"),
            A4_WIDTH, A4_HEIGHT, 3, 7, 63.5, 38.1, 7.2, 15.15, 66.04, 38.1,
        ),
        LabelTemplate(
            "L7163", Message("labels.format_l7163"),
            A4_WIDTH, A4_HEIGHT, 2, 7, 99.1, 38.1, 4.67, 15.15, 101.6, 38.1,
        ),
        LabelTemplate(
            "L7651", Message("labels.format_l7651"),
            A4_WIDTH, A4_HEIGHT, 5, 13, 38.1, 21.2, 4.7, 10.7, 40.6, 21.2, padding=1.2,
        ),
        LabelTemplate(
            "Z3474", Message("labels.format_z3474"),
            A4_WIDTH, A4_HEIGHT, 3, 8, 70.0, 37.0, 0.0, 0.5, 70.0, 37.0, padding=3.0,
        ),
        LabelTemplate(
            "roll62", Message("labels.format_roll62"),
            62.0, 38.0, 1, 1, 62.0, 38.0, 0.0, 0.0, 62.0, 38.0, padding=2.0, roll=True,
        ),
    )
}  # fmt: skip

#: Every format the ``labels`` command and the Drive workspace offer (ZPL is not a sheet).
FORMATS: tuple[str, ...] = (*TEMPLATES, "zpl")


def template(key: str) -> LabelTemplate:
    """The template called ``key`` (case-insensitive), or ValueError with the choices."""
    for name, found in TEMPLATES.items():
        if name.lower() == key.strip().lower():
            return found
    choices = ", ".join(TEMPLATES)
    raise ValueError(Message("labels.format_etiquettes_inconnu_key", key=key, choices=choices))
