"""Every label of every format decodes to its bag code and stays inside its box."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.labels import (
    TEMPLATES,
    BagLabel,
    layout_pages,
    pdf_bytes,
    template,
    write_labels,
    zpl_document,
)
from bibliomobile.services.labels.layout import Page, PlacedLabel

DPI = 300
PX_PER_MM = DPI / 25.4


def make_labels(n: int, seed: int = 5) -> list[BagLabel]:
    rng = random.Random(seed)
    places = ["Saint-Amant-Roche-Savine — place de l'Église", "Ambert — mairie", "Job — école"]
    return [
        BagLabel(
            code=new_bag_code(rng),
            place=places[i % len(places)],
            date=dt.date(2026, 11, 24),
            slot=f"{10 + i % 2}:{(i % 4) * 15:02d}–{10 + i % 2}:{(i % 4) * 15 + 15:02d}",
            item_count=1 + i % 14,
            initials="J.-P. M.",
        )
        for i in range(n)
    ]


def render(pdf: bytes) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L") for page in document
        ]
    finally:
        document.close()


def px(mm: float) -> int:
    return round(mm * PX_PER_MM)


def crop(image: Image.Image, x: float, y: float, w: float, h: float) -> Image.Image:
    return image.crop((px(x), px(y), px(x + w), px(y + h)))


def dark_pixels(image: Image.Image) -> int:
    histogram = image.histogram()
    return sum(histogram[:128])


def check_label(image: Image.Image, placed: PlacedLabel, padding: float) -> None:
    """Decodes to its code; nothing drawn in the blank band along the cell's edges."""
    cell = crop(image, placed.x, placed.y, placed.width, placed.height)
    found = zxingcpp.read_barcodes(cell, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [placed.label.code]
    band = max(0.2, padding - 0.4)  # mm of the cell's padding that must stay blank
    w, h = placed.width, placed.height
    for x, y, bw, bh in (
        (placed.x, placed.y, w, band),
        (placed.x, placed.y + h - band, w, band),
        (placed.x, placed.y, band, h),
        (placed.x + w - band, placed.y, band, h),
    ):
        assert dark_pixels(crop(image, x, y, bw, bh)) == 0, placed.label.code


def check_page(image: Image.Image, page: Page, padding: float) -> None:
    assert abs(image.size[0] - px(page.width)) <= 1 and abs(image.size[1] - px(page.height)) <= 1
    for placed in page.labels:
        check_label(image, placed, padding)
    # Nothing at all outside the labels (the sheet's margins and gaps stay blank).
    blanked = image.copy()
    for placed in page.labels:
        blanked.paste(
            255,
            (px(placed.x), px(placed.y), px(placed.x + placed.width), px(placed.y + placed.height)),
        )
    assert dark_pixels(blanked) == 0


def check_geometry(page: Page) -> None:
    """Every shape of the display list lies inside its cell, text never on the QR."""
    for placed in page.labels:
        right, bottom = placed.x + placed.width, placed.y + placed.height
        box = placed.qr_box
        assert placed.x <= box.x and box.x + box.width <= right
        assert placed.y <= box.y and box.y + box.height <= bottom
        for r in placed.rects:
            assert box.x <= r.x and r.x + r.width <= box.x + box.width + 1e-9
            assert box.y <= r.y and r.y + r.height <= box.y + box.height + 1e-9
        for t in placed.texts:
            assert t.x >= box.x + box.width, "text inside the QR's quiet zone"
            assert t.x + t.width <= right + 1e-6
            assert placed.y <= t.top and t.bottom <= bottom


def test_every_label_of_a_full_l7651_sheet_decodes_and_stays_in_its_box() -> None:
    labels = make_labels(65)
    pages = layout_pages(labels, template("L7651"))
    assert len(pages) == 1 and len(pages[0].labels) == 65
    check_geometry(pages[0])
    (image,) = render(pdf_bytes(pages))
    check_page(image, pages[0], TEMPLATES["L7651"].padding)
    assert {p.label.code for p in pages[0].labels} == {label.code for label in labels}


@pytest.mark.parametrize("key", ["L7160", "L7163", "Z3474"])
def test_every_label_of_each_other_sheet_decodes(key: str) -> None:
    tmpl = TEMPLATES[key]
    labels = make_labels(tmpl.per_page, seed=len(key) + tmpl.per_page)
    pages = layout_pages(labels, tmpl)
    assert len(pages) == 1
    check_geometry(pages[0])
    (image,) = render(pdf_bytes(pages))
    check_page(image, pages[0], tmpl.padding)


def test_roll_gives_one_label_per_62_mm_page() -> None:
    labels = make_labels(6, seed=9)
    pages = layout_pages(labels, template("roll62"))
    assert len(pages) == 6
    images = render(pdf_bytes(pages))
    for image, page in zip(images, pages, strict=True):
        assert abs(image.size[0] - px(62)) <= 1
        check_geometry(page)
        check_page(image, page, TEMPLATES["roll62"].padding)


@pytest.mark.slow
def test_fabric_bags_get_level_h_and_still_decode() -> None:
    labels = make_labels(65, seed=21)
    pages = layout_pages(labels, template("L7651"), level="H")
    (image,) = render(pdf_bytes(pages))
    for placed in pages[0].labels:
        cell = crop(image, placed.x, placed.y, placed.width, placed.height)
        (found,) = zxingcpp.read_barcodes(cell)
        assert found.text == placed.label.code
        assert found.ec_level == "H"


def test_paper_labels_use_level_q_in_alphanumeric_mode() -> None:
    (image,) = render(pdf_bytes(layout_pages(make_labels(1), template("L7163"))))
    (found,) = zxingcpp.read_barcodes(image)
    assert found.ec_level == "Q"
    assert found.symbology_identifier == "]Q1"  # model 2, no ECI / FNC1


def test_start_position_reuses_a_partly_used_sheet() -> None:
    tmpl = template("L7160")
    labels = make_labels(15, seed=2)
    pages = layout_pages(labels, tmpl, start=10)
    assert [len(p.labels) for p in pages] == [12, 3]
    first = pages[0].labels[0]
    assert (first.x, first.y) == pytest.approx(tmpl.cell(9))  # row 4, column 1
    assert (pages[1].labels[0].x, pages[1].labels[0].y) == pytest.approx(tmpl.cell(0))
    images = render(pdf_bytes(pages))
    # Positions 1-9 of the used sheet stay blank.
    top = crop(images[0], 0, 0, tmpl.page_width, tmpl.cell(9)[1])
    assert dark_pixels(top) == 0
    for image, page in zip(images, pages, strict=True):
        check_page(image, page, tmpl.padding)


@pytest.mark.parametrize("start", [0, 22])
def test_impossible_start_position_is_refused(start: int) -> None:
    with pytest.raises(ValueError, match="Position de départ impossible"):
        layout_pages(make_labels(1), template("L7160"), start=start)


def test_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="L7651"):
        template("L9999")


def test_label_shows_code_stop_date_slot_count_and_initials(tmp_path: Path) -> None:
    label = make_labels(1)[0]
    out = tmp_path / "one.pdf"
    write_labels([label], "L7163", out)
    document = pdfium.PdfDocument(out)
    try:
        page = document[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
    finally:
        document.close()
    for expected in (label.code, "Saint-Amant", "24/11/2026", label.slot, "1 doc.", "J.-P. M."):
        assert expected in text


ZPL_COMMAND = re.compile(r"\^[A-Z@][A-Z0-9]?")


def test_zpl_is_well_formed() -> None:
    labels = make_labels(3)
    labels.append(BagLabel("B0000000000", "Caret ^ and tilde ~ place_x", None, "", 2, "A. B."))
    document = zpl_document(labels)
    blocks = re.findall(r"\^XA.*?\^XZ", document, flags=re.S)
    assert len(blocks) == 4
    assert document.replace("\n", "") == "".join(b.replace("\n", "") for b in blocks)
    for block, label in zip(blocks, labels, strict=True):
        assert "^CI28" in block  # UTF-8 text (accents of stop names)
        assert "^BQN,2," in block and f"^FDQA,{label.code}^FS" in block
        # Every field data is closed, and no raw ^ or ~ leaks into a field.
        assert block.count("^FD") == block.count("^FS")
        for data in re.findall(r"\^FD(.*?)\^FS", block, flags=re.S):
            assert "^" not in data and "~" not in data
    assert "_5E" in blocks[3] and "_7E" in blocks[3] and "^FH_" in blocks[3]
    assert "Église" in blocks[0]
