"""``bibliomobile patrons add|renew`` through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.services.patrons import search_patrons
from bibliomobile.store.uow import Store


def test_add_checks_duplicates_then_renew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "bib.sqlite3")
    Store.open(Path(db)).close()
    add = ["patrons", "add", "--db", db, "--first-name", "Lucie", "--last-name", "Vernet"]
    assert main([*add, "--birth-year", "1988", "--commune", "Arlanc"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Lecteur inscrit : Lucie Vernet, carte L")
    card = out.split("carte ")[1].split(",")[0]

    assert main([*add, "--birth-year", "1988"]) == 1
    _, err = capsys.readouterr()
    assert "Déjà inscrit ? Lucie Vernet" in err and "--allow-duplicate" in err
    assert main([*add, "--birth-year", "1988", "--allow-duplicate"]) == 0
    assert main([*add, "--email", "pas-une-adresse"]) == 2
    _, err = capsys.readouterr()
    assert "Adresse électronique invalide" in err

    assert main(["patrons", "renew", "--db", db, "--card", card.lower()]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Carte de Lucie Vernet renouvelée jusqu'au ")
    assert main(["patrons", "renew", "--db", db, "--card", "NOPE"]) == 2
    store = Store.open(Path(db))
    try:
        with store.unit_of_work() as uow:
            assert len(search_patrons(uow, "vernet")) == 2
    finally:
        store.close()
