"""``bibliomobile search``: one line per title, ``--copies`` to list them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.store.models import Item, Record
from bibliomobile.store.uow import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "bib.sqlite3"
    store = Store.open(path)
    try:
        with store.unit_of_work() as uow:
            record = Record(title="L'Étranger", authors="Camus, Albert", year=1942)
            other = Record(title="Œuvres complètes", authors="Rimbaud, Arthur")
            uow.session.add_all([record, other])
            uow.session.flush()
            uow.session.add_all(
                [
                    Item(barcode="B1", record_id=record.id, call_number="R CAM", location="van"),
                    Item(barcode="B2", record_id=record.id, call_number="R CAM"),
                    Item(barcode="B3", record_id=record.id, call_number="R CAM"),
                    Item(barcode="B4", record_id=other.id, location="van"),
                ]
            )
            uow.commit()
    finally:
        store.close()
    return path


def test_search_prints_one_line_per_title(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "etranger", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "L'Étranger\tCamus, Albert (1942)\t3 ex., 1 au bibliobus, 2 en réserve"
    ]


def test_search_copies_lists_each_copy(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "oeuvres", "--copies", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Œuvres complètes\tRimbaud, Arthur\t1 ex., 1 au bibliobus",
        "  B4\t\tbibliobus",
    ]


def test_search_without_result_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zola", "--db", str(db)]) == 1
    assert "Aucun titre ne correspond à « zola »." in capsys.readouterr().out
