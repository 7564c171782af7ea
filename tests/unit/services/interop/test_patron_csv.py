"""Reading patron CSV files: encodings judged on the header and first rows, NFC,
multi-line addresses, a 50 MB field, a directory (issues 13 and 20)."""

from __future__ import annotations

import resource
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from bibliomobile.services.interop.patron_import import (
    PatronFileError,
    import_patrons,
    preview,
)
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store


def _patrons(store: Store) -> dict[str, Patron]:
    with store.reader() as session:
        return {p.card_barcode: p for p in session.scalars(select(Patron))}


def test_a_short_windows_1252_file_is_read_right_and_an_uncertain_guess_is_said(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "lecteurs.csv"
    path.write_bytes("carte;nom;prenom\nC1;Œuvre;Zoë\n".encode("cp1252"))
    shown = preview(path)
    assert shown.mapping["last_name"] == "nom"
    assert shown.rows[0] == ("C1", "Œuvre", "Zoë")
    # Two letters only: DOS cp850 would read "îuvre" "ZoÙ"; the preview says to check.
    assert "Windows-1252" in shown.encoding and "peu sûr" in shown.encoding
    report = import_patrons(store.transactions(), path)
    assert report.created == 1
    patron = _patrons(store)["C1"]
    assert (patron.last_name, patron.first_name) == ("Œuvre", "Zoë")


def test_accented_headers_in_windows_1252_are_found(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "lecteurs.csv"
    path.write_bytes("N° de carte;Nom;Prénom\nC2;Lefèvre;Zoë\n".encode("cp1252"))
    shown = preview(path)
    assert shown.missing == ()
    assert shown.encoding == "Windows-1252"  # "°" and "é" leave no doubt


def test_names_are_stored_in_nfc_and_multi_line_addresses_keep_their_lines(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "lecteurs.csv"
    name = unicodedata.normalize("NFD", "Hélène")
    path.write_text(
        f"carte;nom;prénom;adresse\nC3;{unicodedata.normalize('NFD', 'Gérard')};{name};"
        '"Résidence Les Tilleuls, bât. B\n  12 rue des  Écoles\nLieu-dit Le Bourg"\n',
        encoding="utf-8",
    )
    import_patrons(store.transactions(), path)
    patron = _patrons(store)["C3"]
    assert patron.first_name == "Hélène" and unicodedata.is_normalized("NFC", patron.first_name)
    assert patron.last_name == "Gérard"
    assert patron.address == (
        "Résidence Les Tilleuls, bât. B\n12 rue des Écoles\nLieu-dit Le Bourg"
    )


def test_a_50_mb_field_is_refused_in_one_line_with_bounded_memory(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(b'carte;nom\nC4;"')
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            out.write(chunk)
        out.write(b'"\n')
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(PatronFileError) as refused:
        import_patrons(store.transactions(), path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "ligne 2" in str(refused.value) and "64 Ko" in str(refused.value)
    assert grown_mb < 30
    assert _patrons(store) == {}


def test_a_directory_given_as_the_file_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(PatronFileError) as refused:
        preview(tmp_path)
    assert "est un dossier" in str(refused.value)
