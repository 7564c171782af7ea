"""``bibliomobile import marc|patrons`` end to end, through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.patrons import search_patrons
from bibliomobile.store.uow import Store
from builders.marc_files import marc_data

DATA = marc_data()


def test_import_marc_prints_the_report_and_the_rejects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bib.sqlite3"

    code = main(["import", "marc", str(DATA / "koha-marc21" / "exported_records"), "--db", str(db)])

    out, err = capsys.readouterr()
    assert code == 0  # the good records are in; the rejects are listed on stderr
    assert "177 créées" in out and "2 rejetées" in out
    assert "notice n° 179" in err and "« 50% »" in err
    assert "notice n° 166" in err and "sans titre" in err
    store = Store.open(db)
    try:
        with store.unit_of_work() as uow:
            assert search_items(uow, "future of ideas")
    finally:
        store.close()

    strict = main(
        [
            "import",
            "marc",
            str(DATA / "koha-marc21" / "exported_records"),
            "--db",
            str(db),
            "--strict",
        ]
    )
    out, _ = capsys.readouterr()
    assert strict == 1 and "177 inchangées" in out


def test_import_marc_with_a_bad_mapping_or_file_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text('flavour = "pica"\n', encoding="utf-8")
    db = str(tmp_path / "bib.sqlite3")

    assert (
        main(
            [
                "import",
                "marc",
                str(DATA / "records_sample.mrc"),
                "--db",
                db,
                "--mapping",
                str(mapping),
            ]
        )
        == 2
    )
    assert "pica" in capsys.readouterr().err
    assert main(["import", "marc", str(tmp_path / "absent.mrc"), "--db", db]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_import_patrons_dry_run_then_for_real(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "lecteurs.csv"
    csv.write_bytes(
        "N° de carte;Nom;Prénom;Commune\r\nC1;Fabre;Léa;Aydat\r\nC2;;Paul;Olloix\r\n".encode(
            "cp1252"
        )
    )
    db = str(tmp_path / "bib.sqlite3")

    assert main(["import", "patrons", str(csv), "--db", db, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "Windows-1252" in out and "N° de carte → card_barcode" in out
    assert "1 seraient créés" in out and "ligne 3" in err and "nom manquant" in err

    assert main(["import", "patrons", str(csv), "--db", db]) == 0
    assert "1 ont été créés" in capsys.readouterr().out
    store = Store.open(db)
    try:
        with store.unit_of_work() as uow:
            assert [p.card_barcode for p in search_patrons(uow, "lea fabre")] == ["C1"]
    finally:
        store.close()


def test_import_patrons_keeps_an_identity_until_confirmed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bib.sqlite3")
    csv = tmp_path / "lecteurs.csv"
    csv.write_text("Carte;Nom;Prénom;Commune\nP9;Marie;Marcelle;Arlanc\n", encoding="utf-8")
    assert main(["import", "patrons", str(csv), "--db", db]) == 0
    csv.write_text("Carte;Nom;Prénom;Commune\nP9;Doublon;Existant;\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "patrons", str(csv), "--db", db]) == 0
    out, _ = capsys.readouterr()
    assert "1 changement d'identité non appliqué sans confirmation" in out
    assert "nom : Marie → Doublon" in out
    assert main(["import", "patrons", str(csv), "--db", db, "--confirm-identity"]) == 0
    store = Store.open(Path(db))
    try:
        with store.unit_of_work() as uow:
            [row] = search_patrons(uow, "doublon")
            assert (row.first_name, row.commune) == ("Existant", "Arlanc")
    finally:
        store.close()
