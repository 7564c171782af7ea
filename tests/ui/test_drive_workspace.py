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
    qtbot.waitUntil(lambda: out.exists() and "1 étiquette écrite" in page.message.text())
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


def test_staff_choose_a_copy_of_a_title_and_the_request_keeps_it(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from bibliomobile.services.titles import title_copies
    from bibliomobile.store.models import Item, RequestLine

    world = build(store)
    record = world.records["Le Chien jaune"]
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.session.add(Item(barcode="39990001", record_id=record, location="stacks"))
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() >= 1)
    page.inbox.generate_slots()
    form = page.new_request
    qtbot.waitUntil(lambda: form.slot_box.count() == 6)
    form.patron_query.setText("Dupont")
    form.find_patrons()
    qtbot.waitUntil(lambda: form.patron_list.count() == 1)
    form.catalogue_query.setText("chien jaune")
    form.find_items()
    qtbot.waitUntil(lambda: form.catalogue_list.count() >= 1)
    form.catalogue_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert form.basket.copy_button.isEnabled()
    with store.unit_of_work() as uow:
        copies = title_copies(uow, record)
    choices = form.copy_choices(copies)
    assert choices[0].startswith("N'importe lequel")
    wanted = next(i for i, c in enumerate(choices) if c.startswith("39990001"))
    assert "Réserve" in choices[wanted] or "réserve" in choices[wanted].lower()
    form.apply_copy_choice(record, copies, wanted)
    assert form.basket.labels()[0].endswith("exemplaire 39990001")
    form.save_request()
    qtbot.waitUntil(lambda: page.inbox.table.rowCount() == 1)
    with store.unit_of_work() as uow:
        [line] = uow.session.query(RequestLine).all()
        item = uow.session.get(Item, line.item_id)
        assert item is not None and item.barcode == "39990001"


def test_a_request_of_two_titles_searched_one_after_the_other_keeps_both(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    world = build(store)
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() >= 1)
    page.inbox.generate_slots()
    form = page.new_request
    qtbot.waitUntil(lambda: form.slot_box.count() == 6)
    form.patron_query.setText("Dupont")
    form.find_patrons()
    qtbot.waitUntil(lambda: form.patron_list.count() == 1)
    for query, title in (
        ("chien jaune", "Le Chien jaune"),
        ("nuit des temps", "La Nuit des temps"),
    ):
        form.catalogue_query.setText(query)
        form.find_items()
        qtbot.waitUntil(lambda t=title: form.catalogue_list.count() >= 1  # type: ignore[misc]
                        and t in form.catalogue_list.item(0).text())  # fmt: skip
        form.catalogue_list.item(0).setCheckState(Qt.CheckState.Checked)
    # Both titles are shown as chosen, the first one searched included.
    assert form.basket.summary.text() == "2 titres choisis"
    assert [label.split(" — ")[0] for label in form.basket.labels()] == [
        "Le Chien jaune",
        "La Nuit des temps",
    ]
    form.catalogue_query.setText("chien jaune")  # searched again: shown ticked
    form.find_items()
    qtbot.waitUntil(lambda: "Chien jaune" in form.catalogue_list.item(0).text()
                    if form.catalogue_list.count() else False)  # fmt: skip
    assert form.catalogue_list.item(0).checkState() == Qt.CheckState.Checked
    form.save_request()
    qtbot.waitUntil(lambda: page.inbox.table.rowCount() == 1)
    with store.unit_of_work() as uow:
        [row] = drive_requests.list_requests(uow)
        assert row.lines == 2
    assert form.basket.record_ids() == []


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


def test_a_wrongly_scanned_document_is_taken_out_of_the_bag(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from bibliomobile.store.models import Item

    world = build(store)
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() >= 1)
    page.inbox.generate_slots()
    qtbot.waitUntil(lambda: page.new_request.slot_box.count() == 6)
    slot, visit_id = page.new_request.slot_box.currentData(), page.visit_id
    assert visit_id is not None
    with store.unit_of_work() as uow:
        drive_requests.create_request(uow, patron_id=world.patrons[0], visit_id=visit_id,
                                      slot_id=str(slot), channel="phone", kind="titles",
                                      record_ids=[world.records["Le Chien jaune"]])  # fmt: skip
        uow.commit()
    page.refresh()
    prep = page.bag_preparation
    qtbot.waitUntil(lambda: prep.bag_request.count() == 1)
    code = new_bag_code(random.Random(9))
    for scan in (code, "30000000", "30000002"):  # the second one is a mistake
        prep.bag_scan.setText(scan)
        qtbot.keyClick(prep.bag_scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: prep.bag_items.count() == 2)
    prep.remove_button.click()  # nothing chosen: says so
    qtbot.waitUntil(lambda: "Choisissez d'abord un document" in page.message.text())
    prep.bag_items.setCurrentRow(1)
    prep.remove_button.click()
    qtbot.waitUntil(lambda: prep.bag_items.count() == 1)
    assert "Retiré du sac : 30000002" in page.message.text()
    assert "30000000" in prep.bag_items.item(0).text()
    with store.unit_of_work() as uow:
        assert [i.barcode for i in drive_bags.bag_content(uow, code).items] == ["30000000"]
        item = uow.session.get(Item, world.items["30000002"])
        assert item is not None and item.location == "stacks"


def test_drive_follows_tours_and_offers_to_move_the_requests_of_a_cancelled_visit(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from bibliomobile.services.bookmobile.visit_changes import cancel_visit
    from builders.drive import book, slots

    world = build(store)
    with store.unit_of_work() as uow:
        for visit_id, days in ((world.visit_id, 7), (world.other_visit_id, 9)):
            visit = uow.session.get(StopVisit, visit_id)
            assert visit is not None
            visit.date = dt.date.today() + dt.timedelta(days=days)
        uow.commit()
    first = slots(store, world)[0]
    for patron in (0, 1):
        book(store, world, patron, first.slot_id)
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.count() == 2)
    assert page.stranded.isHidden()
    # Meanwhile, in Tours: the visit is cancelled; its next visit has no slot yet.
    with store.unit_of_work() as uow:
        change = cancel_visit(uow, world.visit_id, "panne du bibliobus")
        uow.commit()
    assert change is not None
    window.open_workspace("catalogue")
    window.open_workspace("drive")  # shown again: the visits are read again
    qtbot.waitUntil(lambda: page.visit_box.count() == 1)
    qtbot.waitUntil(lambda: page.stranded.isVisibleTo(page))
    assert "2 demande(s) en attente" in page.stranded.text.text()
    with store.unit_of_work() as uow:
        drive_slots.generate_slots(uow, world.other_visit_id)
        uow.commit()
    assert page.stranded.target.currentData() == world.other_visit_id
    page.stranded.move_button.click()
    qtbot.waitUntil(lambda: "2 demandes déplacées." in page.message.text())
    qtbot.waitUntil(lambda: page.stranded.isHidden())
    qtbot.waitUntil(lambda: page.inbox.table.rowCount() == 2)
    with store.unit_of_work() as uow:
        moved = drive_requests.list_requests(uow, visit_id=world.other_visit_id)
    assert len(moved) == 2
