"""Printouts fit for the public, read back from their text layer: the timetable, the pick
list, the bag labels and the round sheet cut no line, leave no note alone on a page and
no page with one or two rows; the timetable's dates stay on one line."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from bibliomobile.services.bookmobile.timetable_pdf import TimetableRequest, timetable_pdf
from bibliomobile.services.drive import picklist
from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.labels.layout import BagLabel, layout_pages
from bibliomobile.services.labels.pdf import pdf_bytes
from bibliomobile.services.labels.templates import TEMPLATES
from bibliomobile.services.text import WEEKDAYS_FR
from bibliomobile.store.models import Beneficiary, Patron, Round, Tour
from bibliomobile.store.uow import Store
from builders import drive
from builders.home_delivery import build_home_world

ELLIPSIS = "…"
WEEKDAY = "|".join(WEEKDAYS_FR)
#: A table row of the timetable: "mercredi 6 janvier 2027 9h30 – 11h00 …".
ROW = re.compile(rf"^(?:{WEEKDAY}) \d{{1,2}}(?:er)? \w+")
LONG_PLACES = (
    "Saint-Gervais-d'Auvergne — Place de l'Église",
    "Saint-Germain-près-Herment — Parking de la salle polyvalente",
    "Besse-et-Saint-Anastaise — Place du Grand-Mèze",
)


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        # pdfium reads a hyphen at a line's end as a soft hyphen (U+FFFE): it is printed.
        return [page.get_textpage().get_text_range().replace("\ufffe", "-") for page in document]
    finally:
        document.close()


def chars_off_the_page(pdf: bytes, margin_pt: float = 5.0) -> list[str]:
    """Characters whose box leaves the printable page (cut by the printer)."""
    out: list[str] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for number, page in enumerate(document, start=1):
            width, height = page.get_size()
            text = page.get_textpage()
            for index in range(text.count_chars()):
                left, bottom, right, top = text.get_charbox(index)
                if right <= left:  # spaces and line ends
                    continue
                if (
                    left < margin_pt
                    or right > width - margin_pt
                    or bottom < margin_pt
                    or (top > height - margin_pt)
                ):
                    out.append(f"page {number}: {text.get_text_range(index, 1)!r}")
    finally:
        document.close()
    return out


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_the_timetable_of_each_demo_tour_over_a_year_reads_well(
    demo_network: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_network, path)
    store = Store.open(path)
    try:
        with store.unit_of_work() as uow:
            tour_ids = list(uow.session.scalars(select(Tour.id)))
            pdfs = [
                timetable_pdf(uow, TimetableRequest(t, dt.date(2027, 1, 1), dt.date(2027, 12, 31)))
                for t in tour_ids
            ]
    finally:
        store.close()
    assert len(pdfs) == 3
    notes = 0
    for pdf in pdfs:
        assert chars_off_the_page(pdf) == []
        pages = [lines(text) for text in page_texts(pdf)]
        for number, page in enumerate(pages, start=1):
            body = [
                line for line in page if not line.startswith(("Renseignements", "Horaires à jour"))
            ]
            joined = "\n".join(body)
            assert ELLIPSIS not in joined
            # a date never wraps: no line holds a lone year or a lone month
            assert not [line for line in body if re.fullmatch(r"\d{4}|\w+ \d{4}", line)], body
            rows = [line for line in body if ROW.match(line)]
            # a note about breaks always sits under its stop, before the stop's dates
            for index, line in enumerate(body):
                if line.startswith("Pas de passage pendant"):
                    notes += 1
                    assert index > 0 and not ROW.match(body[index - 1]), (number, body)
                    assert rows, f"page {number} holds a lone note: {body}"
            # no page holds only one or two rows of a table (the first page has the title)
            assert len(rows) >= 3 or number == 1, f"page {number} of {len(pages)}: {body}"
    assert notes > 0  # the demo's rules have summer and year-end breaks


def test_the_pick_list_names_its_stop_and_date_and_cuts_no_title(store: Store) -> None:
    world = drive.build(store)
    rows = drive.slots(store, world)
    titles = list(world.records)
    drive.book(store, world, 0, rows[0].slot_id, record_ids=[world.records[t] for t in titles])
    with store.unit_of_work() as uow:
        count = 0
        out = Path(store.path or ".").with_name("pick.pdf")
        count = picklist.write_pick_list(uow, world.visit_id, out)
    assert count == len(titles)
    pdf = out.read_bytes()
    assert chars_off_the_page(pdf) == []
    text = " ".join(" ".join(lines(page)) for page in page_texts(pdf))
    assert "Saint-Amant — place de l'Église" in text
    assert re.search(rf"(?:{WEEKDAY}) \d{{1,2}} \w+ 20\d\d", text)
    assert ELLIPSIS not in text
    flat = re.sub(r"\s+", "", text)
    for title in titles:  # every title whole, wrapped or not
        assert re.sub(r"\s+", "", title) in flat, title


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_labels_never_cut_the_stop_name(key: str) -> None:
    labels = [
        BagLabel("B1234567890"[:10], place, dt.date(2027, 1, 6), "10:00–10:15", 3, "J.-P. M.")
        for place in LONG_PLACES
    ]
    pages = layout_pages(labels, TEMPLATES[key])
    pdf = pdf_bytes(pages)
    assert chars_off_the_page(pdf, margin_pt=0) == []
    text = "".join(page_texts(pdf))
    assert ELLIPSIS not in text
    flat = re.sub(r"\s+", "", text)
    for place in LONG_PLACES:
        assert re.sub(r"\s+", "", place) in flat, (key, place)
    for placed in pages[0].labels:  # every line stays inside its own label
        for line in placed.texts:
            assert placed.x <= line.x and line.x + line.width <= placed.x + placed.width + 0.01
            assert placed.y <= line.top and line.bottom <= placed.y + placed.height + 0.01


LONG_ADDRESS = (
    "Résidence les Jardins du Lembron, bâtiment C, appartement 14, 12 chemin des Vignes-Hautes"
)


def test_the_round_sheet_cuts_no_line(store: Store) -> None:
    world = build_home_world(store)
    with store.unit_of_work() as uow:  # the volunteer needs a long address whole
        for beneficiary in uow.session.scalars(select(Beneficiary)):
            patron = uow.session.get(Patron, beneficiary.patron_id)
            assert patron is not None
            patron.address = LONG_ADDRESS
        uow.commit()
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, world.monday, world.monday, PlanningSettings(time_budget_s=0.3))
        save_plan(uow, plan)
        uow.commit()
        round_id = uow.session.scalar(select(Round.id))
        assert round_id is not None
        pdf = round_sheet_pdf(uow, round_id)
    assert chars_off_the_page(pdf) == []
    pages = [lines(text) for text in page_texts(pdf)]
    assert all(ELLIPSIS not in line for page in pages for line in page)
    assert all(len(page) >= 3 for page in pages)
    assert LONG_ADDRESS in " ".join(" ".join(page) for page in pages)
