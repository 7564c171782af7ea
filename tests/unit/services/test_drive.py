"""Drive: slots, requests and statuses, surprise selection, bags, hand-over at the stop."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.lang import use_translator
from bibliomobile.resources import resource_path
from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskState, OutcomeKind, Tone
from bibliomobile.services.bookmobile.visits import close_visit
from bibliomobile.services.circulation.errors import CheckoutRefused, CirculationError
from bibliomobile.services.circulation.loans import checkin, checkout
from bibliomobile.services.circulation.open_loans import open_loans
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import handover as drive_handover
from bibliomobile.services.drive import picklist as drive_picklist
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import selection as drive_selection
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.services.drive.common import DriveError
from bibliomobile.services.drive.desk import bag_scan
from bibliomobile.services.labels import (
    labels_for_bags,
    labels_for_visit,
    layout_pages,
    pdf_bytes,
    template,
    zpl_document,
)
from bibliomobile.store.uow import Store
from bibliomobile.ui.translation import use_catalogue
from builders.drive import DAY, NOW, RNG, World, book, build, prepare, slots


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


def test_slots_cut_the_visit_window(store: Store, world: World) -> None:
    rows = slots(store, world, interval_minutes=15, capacity=3)
    assert [(r.start, r.end) for r in rows][:2] == [
        (dt.time(10, 0), dt.time(10, 15)),
        (dt.time(10, 15), dt.time(10, 30)),
    ]
    assert len(rows) == 6 and rows[-1].end == dt.time(11, 30)
    assert all(r.capacity == 3 and r.booked == 0 for r in rows)


def test_full_slot_is_refused_with_a_reason(store: Store, world: World) -> None:
    first = slots(store, world, capacity=1)[0]
    book(store, world, 0, first.slot_id)
    with pytest.raises(DriveError, match="complet"):
        book(store, world, 1, first.slot_id)
    with store.unit_of_work() as uow:
        assert drive_slots.list_slots(uow, world.visit_id)[0].booked == 1
        assert len(drive_requests.list_requests(uow)) == 1  # nothing written by the refusal


def test_second_pending_pickup_at_the_same_visit_is_refused(store: Store, world: World) -> None:
    rows = slots(store, world)
    book(store, world, 0, rows[0].slot_id)
    with pytest.raises(DriveError, match="déjà un retrait en attente"):
        book(store, world, 0, rows[1].slot_id)


def test_slot_outside_the_window_is_refused(store: Store, world: World) -> None:
    from bibliomobile.store.models import PickupSlot

    with store.unit_of_work() as uow:
        late = PickupSlot(
            visit_id=world.visit_id, start=dt.time(12, 0), end=dt.time(12, 15), capacity=4
        )
        uow.session.add(late)
        uow.commit()
        slot_id = late.id
    with pytest.raises(DriveError, match="en dehors des horaires"):
        book(store, world, 0, slot_id)


def test_cancelled_request_frees_its_place(store: Store, world: World) -> None:
    first = slots(store, world, capacity=1)[0]
    row = book(store, world, 0, first.slot_id)
    with store.unit_of_work() as uow:
        drive_requests.cancel_request(uow, row.request_id, by="Claire")
        uow.commit()
    book(store, world, 1, first.slot_id)  # the slot has room again


def test_statuses_follow_the_workflow_with_who_and_when(store: Store, world: World) -> None:
    row = book(store, world, 0, slots(store, world)[0].slot_id)
    with store.unit_of_work() as uow:
        drive_requests.set_status(uow, row.request_id, "preparing", by="Paul", now=NOW)
        drive_requests.set_status(uow, row.request_id, "ready", by="Paul", now=NOW)
        with pytest.raises(DriveError, match="ne peut pas devenir nouvelle"):
            drive_requests.set_status(uow, row.request_id, "new", by="Paul")
        history = drive_requests.history(uow, row.request_id)
    assert [(h.status, h.by) for h in history] == [
        ("new", "Claire"),
        ("preparing", "Paul"),
        ("ready", "Paul"),
    ]


def test_titles_request_needs_a_title(store: Store, world: World) -> None:
    with pytest.raises(DriveError, match="au moins un titre"):
        book(store, world, 0, slots(store, world)[0].slot_id, record_ids=[])


def test_surprise_selection_follows_tastes_and_skips_borrowed_and_unavailable(
    store: Store, world: World
) -> None:
    row = book(
        store,
        world,
        0,
        slots(store, world)[0].slot_id,
        kind="surprise",
        record_ids=[],
        free_text="polars, pas d'horreur",
    )
    with store.unit_of_work() as uow:  # already read "Le Chien jaune" once
        checkout(uow, item_barcode="30000000", patron_id=world.patrons[0], today=DAY)
        checkin(uow, item_barcode="30000000", today=DAY)
        # "Pars vite" is on loan to someone else
        checkout(uow, item_barcode="30000006", patron_id=world.patrons[1], today=DAY)
        proposed = drive_selection.propose_surprise(uow, row.request_id, count=10)
    titles = {p.title for p in proposed}
    assert titles == {"Maigret tend un piège", "Dans les bois éternels"}
    assert all(p.available for p in proposed)


def test_large_print_taste_keeps_large_print_only(store: Store, world: World) -> None:
    row = book(
        store,
        world,
        2,
        slots(store, world)[0].slot_id,
        kind="surprise",
        record_ids=[],
        free_text="polars, gros caractères",
    )
    with store.unit_of_work() as uow:
        proposed = drive_selection.propose_surprise(uow, row.request_id)
    assert [p.title for p in proposed] == ["Dans les bois éternels"]


def test_pick_list_groups_van_then_stacks_by_call_number(store: Store, world: World) -> None:
    rows = slots(store, world)
    book(
        store,
        world,
        0,
        rows[0].slot_id,
        record_ids=[world.records["Les Misérables"], world.records["Le Chien jaune"]],
    )
    book(
        store,
        world,
        1,
        rows[1].slot_id,
        record_ids=[
            world.records["Le Comte de Monte-Cristo"],
            world.records["Pars vite et reviens tard"],
        ],
    )
    with store.unit_of_work() as uow:
        lines = drive_picklist.pick_list(uow, world.visit_id)
    assert [(p.location, p.call_number) for p in lines] == [
        ("van", "R DUM"),
        ("van", "R SIM"),
        ("stacks", "R HUG"),
        ("stacks", "R VAR"),
    ]
    out = io.BytesIO()
    drive_picklist.pick_list_pdf(lines, out)
    document = pdfium.PdfDocument(out.getvalue())
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert text.index("Rayonnages du bibliobus") < text.index("Magasin central")
    assert "Les Misérables" in text


def test_the_pick_list_is_in_english_when_the_screen_is(
    store: Store, world: World, tmp_path: Path
) -> None:
    rows = slots(store, world)
    book(store, world, 0, rows[0].slot_id, record_ids=[world.records["Les Misérables"]])
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = resource_path("translations", "bibliomobile_en.ts")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "bibliomobile_en.qm")],
        check=True,
    )
    assert use_catalogue("en", tmp_path)
    out = io.BytesIO()
    try:
        with store.unit_of_work() as uow:
            count = drive_picklist.write_pick_list(uow, world.visit_id, out)
    finally:
        use_translator(None)
    document = pdfium.PdfDocument(out.getvalue())
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert count == 1
    for needed in ("Pick list", "Central stacks", "Call number", "Barcode", "Patron", "Bag"):
        assert needed in text, needed
    for french in ("Liste de prélèvement", "Magasin central", "Cote", "Lecteur"):
        assert french not in text, french
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert f"{weekdays[DAY.weekday()]} {DAY.day}" in text


def test_staff_may_ask_for_one_copy_of_a_title_and_the_pick_list_names_it(
    store: Store, world: World
) -> None:
    from bibliomobile.store.models import Item

    record = world.records["Le Chien jaune"]
    with store.unit_of_work() as uow:  # a second copy, in the stacks
        other = Item(barcode="39990001", record_id=record, location="stacks", call_number="R SIM")
        uow.session.add(other)
        uow.commit()
        wanted = other.id
    rows = slots(store, world)
    # Asked first, it would get the copy on the van's shelf; staff want the one in the stacks.
    chosen = book(store, world, 1, rows[1].slot_id, record_ids=[record], copies={record: wanted})
    book(store, world, 0, rows[0].slot_id, record_ids=[record])  # any copy
    with store.unit_of_work() as uow:
        lines = drive_picklist.pick_list(uow, world.visit_id)
    by_request = {p.request_id: p.barcode for p in lines}
    assert by_request[chosen.request_id] == "39990001"
    assert len(set(by_request.values())) == 2  # the other request gets the other copy
    # A copy of another title is refused with a clear message, nothing written.
    with pytest.raises(DriveError, match="pas celui d'un titre"):
        book(store, world, 2, rows[2].slot_id, record_ids=[world.records["Shining"]],
             copies={world.records["Shining"]: wanted})  # fmt: skip


def test_bag_preparation_by_scanning(store: Store, world: World) -> None:
    request_id, code = prepare(store, world, 0, ["30000000", "30000002"])
    with store.unit_of_work() as uow:
        content = drive_bags.bag_content(uow, code)
        assert [i.barcode for i in content.items] == ["30000000", "30000002"]
        assert drive_requests.request_row(uow, request_id).status == "ready"
        assert [i.location for i in content.items] == ["bag", "bag"]


def test_an_item_in_a_bag_or_on_loan_cannot_go_in_another(store: Store, world: World) -> None:
    _, code = prepare(store, world, 0, ["30000000"])
    other = new_bag_code(RNG)
    row = book(store, world, 1, slots(store, world)[1].slot_id)
    with store.unit_of_work() as uow:
        drive_bags.create_bag(uow, other, request_id=row.request_id)
        with pytest.raises(DriveError, match=f"déjà dans le sac {code}"):
            drive_bags.add_to_bag(uow, other, "30000000")
        checkout(uow, item_barcode="30000003", patron_id=world.patrons[2], today=DAY)
        with pytest.raises(DriveError, match="en prêt"):
            drive_bags.add_to_bag(uow, other, "30000003")
        hits = drive_selection.search_with_availability(uow, "chien jaune")
        assert [(h.title, h.available, h.reason) for h in hits] == [
            ("Le Chien jaune", False, f"déjà dans le sac {code}")
        ]


def test_mistyped_bag_code_is_refused(store: Store, world: World) -> None:
    row = book(store, world, 0, slots(store, world)[0].slot_id)
    code = new_bag_code(RNG)
    i = next(i for i in range(1, 9) if code[i] != code[i + 1])
    wrong = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    with store.unit_of_work() as uow, pytest.raises(DriveError, match="mal saisi"):
        drive_bags.create_bag(uow, wrong, request_id=row.request_id)


def test_hand_over_lends_every_item_and_marks_collected(store: Store, world: World) -> None:
    request_id, code = prepare(store, world, 0, ["30000000", "30000002", "30000005"])
    with store.unit_of_work() as uow:
        result = drive_handover.hand_over_bag(
            uow, code, visit_id=world.visit_id, by="Crew", today=DAY
        )
        uow.commit()
    assert len(result.loans) == 3
    with store.unit_of_work() as uow:
        loans = open_loans(uow, world.patrons[0], today=DAY)
        assert sorted(loan.barcode for loan in loans) == ["30000000", "30000002", "30000005"]
        assert drive_requests.request_row(uow, request_id).status == "collected"
        assert drive_bags.bag_content(uow, code).status == "handed_over"
        stock = drive_bags.bag_stock(uow)
        assert [(s.patron_card, s.bags_held) for s in stock] == [("P001", 1)]
        with pytest.raises(DriveError, match="déjà été remis"):
            drive_handover.hand_over_bag(uow, code, visit_id=world.visit_id)
        drive_handover.return_bag(uow, code)
        assert [(s.bags_held, s.bags_returned) for s in drive_bags.bag_stock(uow)] == [(0, 1)]


def test_blocked_patron_bag_is_not_handed_over_without_a_reason(store: Store, world: World) -> None:
    request_id, code = prepare(store, world, 3, ["30000000", "30000002"])
    with store.unit_of_work() as uow, pytest.raises(CheckoutRefused):
        drive_handover.hand_over_bag(uow, code, visit_id=world.visit_id, today=DAY)
    with store.unit_of_work() as uow:
        assert open_loans(uow, world.patrons[3]) == []  # all or nothing
        assert drive_requests.request_row(uow, request_id).status == "ready"
        result = drive_handover.hand_over_bag(
            uow, code, visit_id=world.visit_id, today=DAY, override_reason="carte retrouvée"
        )
    assert len(result.loans) == 2


def test_desk_scan_of_a_bag_hands_it_over(store: Store, world: World) -> None:
    _, code = prepare(store, world, 1, ["30000002"])
    desk = Desk(scan_handlers=(bag_scan,))
    with store.unit_of_work() as uow:
        outcome = desk.scan(uow, DeskState(visit_id=world.visit_id), code.lower())
        uow.commit()
    assert outcome.kind == OutcomeKind.OTHER and outcome.tone == Tone.OK
    assert "1 document prêté." in outcome.message
    assert outcome.state.patron_id == world.patrons[1]
    with store.unit_of_work() as uow:  # the scanner reads the QR twice: not "brought back"
        again = desk.scan(uow, outcome.state, code)
        uow.commit()
    assert again.kind == OutcomeKind.IGNORED
    with store.unit_of_work() as uow:
        assert drive_bags.bag_content(uow, code).status == "handed_over"
    with store.unit_of_work() as uow:  # weeks later, the empty bag comes back
        back = desk.scan(uow, DeskState(visit_id=world.other_visit_id), code)
        assert back.tone == Tone.OK and "de nouveau disponible" in back.message
        assert drive_bags.bag_content(uow, code).status == "returned"
    with store.unit_of_work() as uow:
        wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
        refused = desk.scan(uow, DeskState(visit_id=world.visit_id), wrong)
    assert refused.tone == Tone.ERROR and "Scannez de nouveau" in refused.message


def test_a_bag_for_another_visit_is_orange_names_its_patron_and_needs_a_reason(
    store: Store, world: World
) -> None:
    # The bag is for the visit of DAY; the van is at the visit two weeks later.
    request_id, code = prepare(store, world, 0, ["30000002"])
    desk = Desk(scan_handlers=(bag_scan,))
    elsewhere = DeskState(visit_id=world.other_visit_id)
    with store.unit_of_work() as uow:
        refused = desk.scan(uow, elsewhere, code)
        uow.commit()
    assert refused.kind == OutcomeKind.REFUSED and refused.tone == Tone.WARNING
    assert refused.needs_override
    assert refused.message.startswith(
        f"Sac de Jeanne Dupont-Moreau prévu pour le passage du {DAY:%d/%m/%Y} à Saint-Amant"
    )
    with store.unit_of_work() as uow:
        assert open_loans(uow, world.patrons[0]) == []
        assert drive_requests.request_row(uow, request_id).status == "ready"
        # F4: the crew gives a reason and the bag is handed over, in orange.
        given = desk.set_override(uow, refused.state, "passée à l'arrêt suivant", code)
        uow.commit()
    assert given.kind == OutcomeKind.OTHER and given.tone == Tone.WARNING
    assert "Prévu pour un autre passage" in given.message
    with store.unit_of_work() as uow:
        assert drive_requests.request_row(uow, request_id).status == "collected"


def test_no_bag_handed_over_on_a_closed_visit_and_a_block_names_the_patron(
    store: Store, world: World
) -> None:
    _, code = prepare(store, world, 1, ["30000002"])
    _, blocked = prepare(store, world, 3, ["30000000"])
    desk = Desk(scan_handlers=(bag_scan,))
    with store.unit_of_work() as uow:
        refused = desk.scan(uow, DeskState(visit_id=world.visit_id), blocked)
    assert refused.message.startswith("Sac de Bloqué Lecteur non remis. Prêt refusé")
    with store.unit_of_work() as uow:
        close_visit(uow, world.visit_id)
        uow.commit()
    with store.unit_of_work() as uow:
        closed = desk.scan(uow, DeskState(visit_id=world.visit_id), code)
        uow.commit()
    assert closed.tone == Tone.ERROR
    assert closed.message.startswith("Sac de Éloïse Bérénger non remis. Passage clôturé")
    with store.unit_of_work() as uow:
        assert open_loans(uow, world.patrons[1]) == []


def test_end_of_visit_makes_no_shows_and_puts_items_back(store: Store, world: World) -> None:
    collected_id, collected = prepare(store, world, 0, ["30000000"], slot=0)
    missed_id, missed = prepare(store, world, 1, ["30000002", "30000005"], slot=1)
    with store.unit_of_work() as uow:
        drive_handover.hand_over_bag(uow, collected, visit_id=world.visit_id, today=DAY)
        pickups = drive_handover.expected_pickups(uow, world.visit_id)
        assert [(p.slot, p.status) for p in pickups] == [
            ("10:00–10:15", "collected"),
            ("10:15–10:30", "ready"),
        ]
        assert drive_handover.close_visit_pickups(uow, world.visit_id, by="Crew") == [missed_id]
        assert drive_requests.request_row(uow, missed_id).status == "no_show"
        assert drive_requests.request_row(uow, collected_id).status == "collected"
        assert drive_bags.bag_content(uow, missed).items == ()
        from bibliomobile.store.models import Item

        assert uow.session.get(Item, world.items["30000002"]).location == "van"  # type: ignore[union-attr]
        hits = drive_selection.search_with_availability(uow, "nuit des temps")
        assert hits[0].available


def test_bag_labels_from_the_store_show_initials_never_name_or_address(
    store: Store, world: World
) -> None:
    _, code = prepare(store, world, 0, ["30000000", "30000002"])
    with store.unit_of_work() as uow:
        (label,) = labels_for_bags(uow, [code.lower()])
        assert labels_for_visit(uow, world.visit_id) == [label]
    assert (label.initials, label.item_count, label.slot) == ("J. D.-M.", 2, "10:00–10:15")
    assert label.place == "Saint-Amant — place de l'Église" and label.date == DAY
    document = pdfium.PdfDocument(pdf_bytes(layout_pages([label], template("L7160"))))
    text = document[0].get_textpage().get_text_range()
    document.close()
    zpl = zpl_document([label])
    for shown in (text, zpl):
        assert code in shown and "J. D.-M." in shown
        for secret in ("Jeanne", "Dupont", "Moreau", "Lilas", "12 rue", "jeanne@"):
            assert secret not in shown


def test_closing_the_visit_at_the_desk_records_the_no_shows(store: Store, world: World) -> None:
    request_id, code = prepare(store, world, 1, ["30000002"])
    with store.unit_of_work() as uow:
        close_visit(uow, world.visit_id)
        uow.commit()
    with store.unit_of_work() as uow:
        assert drive_requests.request_row(uow, request_id).status == "no_show"
        assert drive_bags.bag_content(uow, code).items == ()


def test_a_selection_refused_midway_leaves_nothing_committed(store: Store, world: World) -> None:
    row = book(
        store,
        world,
        0,
        slots(store, world)[0].slot_id,
        kind="surprise",
        record_ids=[],
        free_text="polars",
    )
    with store.unit_of_work() as uow:
        with pytest.raises(DriveError, match="Exemplaire introuvable : inconnu"):
            drive_selection.confirm_selection(
                uow, row.request_id, [world.items["30000000"], "inconnu"]
            )
        assert drive_requests.request_row(uow, row.request_id).lines == 1  # the first line
    with store.unit_of_work() as uow:
        assert drive_requests.request_row(uow, row.request_id).lines == 0


def test_a_hand_over_refused_at_its_second_item_lends_nothing(store: Store, world: World) -> None:
    request_id, code = prepare(store, world, 0, ["30000005", "30000002"])
    with store.unit_of_work() as uow:  # "SF BAR" was lent to her at the desk meanwhile
        checkout(uow, item_barcode="30000002", patron_id=world.patrons[0], today=DAY)
        uow.commit()
    # By call number, "R DUM" (30000005) is lent first, then "SF BAR" is refused.
    with (
        store.unit_of_work() as uow,
        pytest.raises(CirculationError, match="Déjà prêté à ce lecteur"),
    ):
        drive_handover.hand_over_bag(uow, code, visit_id=world.visit_id, today=DAY)
    with store.unit_of_work() as uow:
        loans = open_loans(uow, world.patrons[0], today=DAY)
        assert [loan.barcode for loan in loans] == ["30000002"]
        assert drive_requests.request_row(uow, request_id).status == "ready"
        content = drive_bags.bag_content(uow, code)
        assert content.status == "ready"
        assert [i.barcode for i in content.items] == ["30000005", "30000002"]
