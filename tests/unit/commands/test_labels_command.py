"""``bibliomobile labels`` from a terminal, on a real database."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from bibliomobile.cli import main
from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.drive import bags as drive_bags
from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.store.uow import Store
from builders.drive import build


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str, list[str]]:
    path = tmp_path / "drive.sqlite3"
    store = Store.open(path)
    world = build(store)
    rng = random.Random(3)
    codes = []
    with store.unit_of_work() as uow:
        slots = drive_slots.generate_slots(uow, world.visit_id)
        for n, barcode in enumerate(["30000000", "30000002", "30000005"]):
            row = drive_requests.create_request(
                uow, patron_id=world.patrons[n], visit_id=world.visit_id,
                slot_id=slots[n].slot_id, channel="phone", kind="titles", wanted_titles=["x"],
            )  # fmt: skip
            code = new_bag_code(rng)
            drive_bags.create_bag(uow, code, request_id=row.request_id)
            drive_bags.add_to_bag(uow, code, barcode)
            codes.append(code)
        uow.commit()
    store.close()
    return path, world.visit_id, codes


def test_visit_labels_on_a_partly_used_l7651_sheet(
    db: tuple[Path, str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, visit_id, codes = db
    out = tmp_path / "sacs.pdf"
    args = ["labels", "--db", str(path), "--visit", visit_id, "--format", "l7651"]
    assert main([*args, "--out", str(out), "--start", "60"]) == 0
    assert "3 étiquette(s)" in capsys.readouterr().out
    document = pdfium.PdfDocument(out)
    image = document[0].render(scale=300 / 72).to_pil()
    document.close()
    found = sorted(b.text for b in zxingcpp.read_barcodes(image))
    assert found == sorted(codes)


def test_bag_labels_in_zpl(db: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    path, _, codes = db
    out = tmp_path / "sacs.zpl"
    args = ["labels", "--db", str(path), "--bag", codes[1].lower(), "--format", "zpl"]
    assert main([*args, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("^XA") == 1 and f"^FDQA,{codes[1]}^FS" in text


def test_mistyped_code_and_bad_format_are_refused(
    db: tuple[Path, str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, codes = db
    out = tmp_path / "x.pdf"
    wrong = codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")
    assert (
        main(["labels", "--db", str(path), "--bag", wrong, "--format", "L7160", "--out", str(out)])
        == 2
    )
    assert "Scannez de nouveau" in capsys.readouterr().err
    assert (
        main(["labels", "--db", str(path), "--bag", codes[0], "--format", "A4", "--out", str(out)])
        == 2
    )
    assert "Formats possibles" in capsys.readouterr().err
    assert not out.exists()
