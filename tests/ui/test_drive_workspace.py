"""The Drive workspace: book a request, prepare its bag by scanning, print its labels."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.circulation.open_loans import open_loans
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.store.models import StopVisit
from bibliomobile.store.uow import Store
from bibliomobile.ui.drive.workspace import DriveWorkspace
from bibliomobile.ui.main_window import MainWindow
from builders.drive import build


def test_request_bag_and_labels_from_the_drive_workspace(
    qtbot, store: Store, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = build(store)
    with store.unit_of_work() as uow:  # the visit is next week
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() >= 1)
    page.inbox.generate_slots()
    qtbot.waitUntil(lambda: page.new_request.slot_box.count() == 6)

    page.new_request.patron_query.setText("Dupont")
    page.new_request.find_patrons()
    qtbot.waitUntil(lambda: page.new_request.patron_list.count() == 1)
    page.new_request.catalogue_query.setText("chien jaune")
    page.new_request.find_items()
    qtbot.waitUntil(lambda: page.new_request.catalogue_list.count() == 1)
    assert "disponible" in page.new_request.catalogue_list.item(0).text()
    page.new_request.catalogue_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.new_request.save_request()
    qtbot.waitUntil(lambda: page.inbox.table.rowCount() == 1)
    assert "Demande enregistrée" in page.message.text()

    qtbot.waitUntil(lambda: page.bag_preparation.bag_request.count() == 1)
    code = new_bag_code(random.Random(8))
    for scan in (code.lower(), "30000000"):
        page.bag_preparation.bag_scan.setText(scan)
        qtbot.keyClick(page.bag_preparation.bag_scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.bag_preparation.bag_items.count() == 1)
    page.bag_preparation.bag_ready()
    qtbot.waitUntil(
        lambda: (
            page.inbox.table.item(0, 3) is not None
            and page.inbox.table.item(0, 3).text() == "prête"
        )
    )

    page.labels.label_format.setCurrentIndex(page.labels.label_format.findData("L7160"))
    page.labels.label_start.setValue(5)
    out = tmp_path / "sacs.pdf"
    page.labels.write_labels(out)
    qtbot.waitUntil(lambda: out.exists() and "1 étiquette(s)" in page.message.text())
    document = pdfium.PdfDocument(out)
    image = document[0].render(scale=300 / 72).to_pil()
    document.close()
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [code]

    page.notifications.load_queue()
    qtbot.waitUntil(lambda: page.notifications.queue_table.rowCount() == 1)
    assert page.notifications.queue_table.item(0, 2).text() == "Sac prêt"
    with store.unit_of_work() as uow:
        assert drive_bags.bag_content(uow, code).status == "ready"


def test_a_mistyped_bag_scan_shows_a_french_message(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    page = window.open_workspace("drive")
    page.bag_preparation.bag_scan.setText("30000000")
    qtbot.keyClick(page.bag_preparation.bag_scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Scannez d'abord l'étiquette du sac" in page.message.text())


def test_arret_desk_lists_pickups_and_hands_a_bag_over_by_scan(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    from bibliomobile.ui.stop.workspace import StopWorkspace

    world = build(store)
    code = new_bag_code(random.Random(12))
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today()
        uow.commit()
        slots = drive_slots.generate_slots(uow, world.visit_id)
        row = drive_requests.create_request(uow, patron_id=world.patrons[0],
                                            visit_id=world.visit_id, slot_id=slots[1].slot_id,
                                            channel="phone", kind="titles",
                                            wanted_titles=["Maigret"])  # fmt: skip
        drive_bags.create_bag(uow, code, request_id=row.request_id)
        drive_bags.add_to_bag(uow, code, "30000001")
        drive_bags.add_to_bag(uow, code, "30000002")
        drive_bags.mark_bag_ready(uow, code)
        uow.commit()
    page = window.open_workspace("stop")
    assert isinstance(page, StopWorkspace)
    qtbot.waitUntil(lambda: page.visit_combo.findData(world.visit_id) >= 0)
    page.visit_combo.setCurrentIndex(page.visit_combo.findData(world.visit_id))
    page.open_button.click()
    qtbot.waitUntil(lambda: page.pickups.count() == 1)
    assert page.pickups.item(0).text().startswith("10:15–10:30  Jeanne Dupont-Moreau")
    assert "(2 doc., prête)" in page.pickups.item(0).text()
    QTest.keyClicks(page.scan_field, code.lower())
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "retirée" in page.pickups.item(0).text())
    with store.unit_of_work() as uow:
        loans = open_loans(uow, world.patrons[0])
    assert sorted(loan.barcode for loan in loans) == ["30000001", "30000002"]


def test_every_drive_tab_speaks_english_when_chosen(  # type: ignore[no-untyped-def]
    qtbot, qapp, make_window
) -> None:
    from bibliomobile.ui.app import install_translations, remove_translations

    translators = install_translations(qapp, "en")
    try:
        page = make_window("en").open_workspace("drive")
        assert isinstance(page, DriveWorkspace)
        tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert tabs[0] == "Requests" and tabs[4] == "Notifications"
        assert page.inbox.table.horizontalHeaderItem(0).text() == "Slot"
        assert page.new_request.channel_box.itemText(0) == "Phone"
        assert page.new_request.catalogue_query.placeholderText() == "Title, author… then Enter"
        assert page.bag_preparation.bag_scan.placeholderText() == "Scan the bag, then the items"
        assert page.labels.label_format.itemText(page.labels.label_format.count() - 1) == (
            "ZPL (Zebra printer)"
        )
        assert page.notifications.queue_table.horizontalHeaderItem(4).text() == "State"
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "fr")


@pytest.mark.slow
def test_typing_a_title_in_the_request_form_lists_it_once_with_its_copies(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow, worker
) -> None:
    from bibliomobile.store.models import Item
    from bibliomobile.ui.widgets.search_page import DEBOUNCE_MS

    world = build(store)
    with store.unit_of_work() as uow:  # two more copies of "Le Chien jaune", one in the stacks
        for n, location in enumerate(("van", "stacks")):
            uow.session.add(
                Item(barcode=f"3100{n:04d}", record_id=world.records["Le Chien jaune"],
                     location=location)
            )  # fmt: skip
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    form = page.new_request
    title = "Le Chien jaune"
    for end, char in enumerate(title, 1):
        form.catalogue_query.insert(char)  # as typed, without pressing Enter
        if end < 2:
            continue
        qtbot.wait(DEBOUNCE_MS + 20)
        worker.wait_idle()
        qtbot.wait(10)  # the results reach the list on the GUI thread
        lines = [form.catalogue_list.item(i).text() for i in range(form.catalogue_list.count())]
        assert sum(line.startswith(title) for line in lines[:10]) == 1, (title[:end], lines)
    assert lines == ["Le Chien jaune — Simenon, Georges (disponible : 3)"]
