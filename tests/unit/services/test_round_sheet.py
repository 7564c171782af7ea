"""The volunteer's round sheet: what is on it, what must never be, and a scannable QR."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from sqlalchemy import select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.lang import use_translator
from bibliomobile.resources import resource_path
from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.store.models import Bag, BagItem, Delivery, Round
from bibliomobile.store.uow import Store
from bibliomobile.ui.translation import use_catalogue
from builders.home_delivery import build_home_world


def _sheet(store: Store) -> tuple[bytes, str]:
    world = build_home_world(store)
    with store.unit_of_work() as uow:
        save_plan(
            uow, plan_rounds(uow, world.monday, world.monday, PlanningSettings(time_budget_s=0.3))
        )
        uow.commit()
    code = new_bag_code(random.Random(4))
    with store.unit_of_work() as uow:
        delivery = uow.session.scalar(
            select(Delivery).where(Delivery.beneficiary_id == world.beneficiaries[0])
        )
        assert delivery is not None
        bag = Bag(code=code, delivery_id=delivery.id, status="ready")
        uow.session.add(bag)
        uow.session.flush()
        uow.session.add(BagItem(bag_id=bag.id, item_id=world.items["Maigret tend un piège"]))
        uow.commit()
        round_id = uow.session.scalar(select(Round.id))
        assert round_id is not None
        return round_sheet_pdf(uow, round_id), code


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_sheet_has_what_the_volunteer_needs(store: Store) -> None:
    pdf, code = _sheet(store)
    text = _text(pdf)
    assert "Portage à domicile — lundi 2 mars 2026" in text
    assert "Claire Fontaine" in text
    for needed in (
        "Jeanne Martin",
        "3 rue des Boucheries 63160 Billom",
        "Tél. : 04 73 68 00 00",
        "Accès : code d'accès : voir l'appli",
        "Confidentiel — à rendre ou détruire après la tournée",
        code,
        "1 document",
        "livré",
        "absent",
        "refusé",
        "reporté",
    ):
        assert needed in text, needed
    assert "pas de sac" in text  # the other visits have no bag yet
    # Planned times, in order.
    times = [line.split()[1] for line in text.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert len(times) == 3 and times == sorted(times)
    assert all(dt.time.fromisoformat(t) >= dt.time(9) for t in times)


def test_nothing_more_about_the_person_is_on_the_sheet(store: Store) -> None:
    text = _text(_sheet(store)[0]).casefold()
    for private in (
        "enquêtes à l'ancienne",  # taste notes
        "policier",  # genres
        "horreur",
        "simenon",  # favourite authors
        "ccas",  # referral
        "roux",  # contact person
        "06 11 22 33 44",  # contact phone
        "1931",  # birth year
        "H000".casefold(),  # card number
        "quinzaine",
        "fortnightly",
        "maigret",  # what they read
    ):
        assert private not in text, private


def test_the_sheet_never_holds_an_access_code(store: Store) -> None:
    """A lost sheet must not tell a burglar how to get in: the note stays in the app."""
    text = _text(_sheet(store)[0]).casefold()
    for secret in ("digicode", "1234b", "sonner deux fois"):
        assert secret not in text, secret


def test_the_qr_code_scans_back_to_the_bag_code(store: Store) -> None:
    pdf, code = _sheet(store)
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    found = {r.text for r in zxingcpp.read_barcodes(image)}
    assert code in found


def test_the_sheet_is_in_english_when_the_screen_is(store: Store, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = resource_path("translations", "bibliomobile_en.ts")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "bibliomobile_en.qm")],
        check=True,
    )
    assert use_catalogue("en", tmp_path)
    try:
        pdf, _ = _sheet(store)
    finally:
        use_translator(None)
    text = _text(pdf)
    for needed in (
        "Home delivery — Monday 2 March 2026",
        "Phone: 04 73 68 00 00",
        "Access: access code: see the app",
        "Confidential — to be handed back or destroyed after the round",
        "1 item",
        "delivered",
        "postponed",
        "Returns: ______",
    ):
        assert needed in text, needed
    for french in ("Portage", "Tél.", "livré", "Bénévole"):
        assert french not in text, french
