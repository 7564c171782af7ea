"""Patron CSV import: encodings, separators, French headers, re-import, dry run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bibliomobile.services.interop.marc_mapping import MappingError
from bibliomobile.services.interop.patron_import import (
    PatronFileError,
    import_patrons,
    load_patron_mapping,
    preview,
)
from bibliomobile.services.patrons import search_patrons
from bibliomobile.store.models import OutboxEntry, Patron
from bibliomobile.store.uow import Store

WINDOWS_EXPORT = (
    "N° de carte;Nom;Prénom;Année de naissance;Adresse;Code postal;Commune;Téléphone;"
    "Courriel;Contact préféré;Fin d'abonnement;Remarques santé\r\n"
    "A0001;Lefèvre;Hélène;1941;3 rue de l'Église;63210;Saint-Amant-Tallende;04 73 00 00 01;"
    "helene.lefevre@example.fr;Téléphone;31/12/2026;malvoyante\r\n"
    "a0002;Dupré;Jérôme;1958;;63450;Saint-Saturnin;;jerome@example.fr;courriel;15/06/2026;\r\n"
    ";Sans carte;Anne;1970;;;;;;;;\r\n"
    "A0004;Girard;Noël;19xx;;;Olloix;;;;;\r\n"
    "A0005;Bréchet;Zoé;;;;Aydat;;zoe@example;;;\r\n"
)


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _count(store: Store, model: type) -> int:
    with store.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_windows_1252_semicolon_french_headers(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "lecteurs.csv", WINDOWS_EXPORT, "cp1252")

    report = import_patrons(store.transactions(), path)

    assert (report.encoding, report.delimiter) == ("Windows-1252", ";")
    assert report.created == 2
    assert [(b.line, b.card) for b in report.bad_rows] == [(4, None), (5, "A0004"), (6, "A0005")]
    assert "carte manquant" in report.bad_rows[0].reason
    assert "19xx" in report.bad_rows[1].reason
    assert "zoe@example" in report.bad_rows[2].reason
    with store.unit_of_work() as uow:
        hits = search_patrons(uow, "helene lefevre")
    assert hits
    with store.reader() as session:
        helene = session.scalars(select(Patron).where(Patron.card_barcode == "A0001")).one()
        jerome = session.scalars(select(Patron).where(Patron.card_barcode == "A0002")).one()
    assert (helene.first_name, helene.last_name) == ("Hélène", "Lefèvre")
    assert helene.address == "3 rue de l'Église"
    assert helene.birth_year == 1941
    assert helene.preferred_channel == "phone"
    assert helene.card_expiry == dt.date(2026, 12, 31)
    assert jerome.commune == "Saint-Saturnin" and jerome.preferred_channel == "email"
    # The unmapped "Remarques santé" column is never stored anywhere.
    with store.reader() as session:
        fields = [o.fields for o in session.scalars(select(OutboxEntry))]
    assert all("malvoyante" not in str(f) for f in fields)


def test_utf8_comma_with_bom_and_email_header(store: Store, tmp_path: Path) -> None:
    text = (
        "Numéro de carte,NOM,Prénom,E-mail,Date d'expiration\n"
        'B17,"Martin, dit Tintin",Élise,elise@example.fr,2027-01-31\n'
    )
    path = _write(tmp_path / "export.csv", "\ufeff" + text, "utf-8")

    report = import_patrons(store.transactions(), path)

    assert (report.encoding, report.delimiter, report.created) == ("UTF-8 (BOM)", ",", 1)
    with store.reader() as session:
        elise = session.scalars(select(Patron)).one()
    assert elise.last_name == "Martin, dit Tintin"
    assert elise.email == "elise@example.fr"
    assert elise.card_expiry == dt.date(2027, 1, 31)


def test_preview_shows_encoding_separator_mapping_and_first_rows(tmp_path: Path) -> None:
    path = _write(tmp_path / "lecteurs.csv", WINDOWS_EXPORT, "cp1252")

    shown = preview(path, rows=2)

    assert (shown.encoding, shown.delimiter, shown.row_count) == ("Windows-1252", ";", 5)
    assert shown.mapping["card_barcode"] == "N° de carte"
    assert shown.mapping["card_expiry"] == "Fin d'abonnement"
    assert shown.mapping["email"] == "Courriel"
    assert shown.ignored == ("Remarques santé",)
    assert shown.rows[0][1] == "Lefèvre" and len(shown.rows) == 2
    assert shown.missing == ()


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "lecteurs.csv", WINDOWS_EXPORT, "cp1252")

    report = import_patrons(store.transactions(), path, dry_run=True)

    assert report.created == 2 and report.dry_run
    assert _count(store, Patron) == 0
    assert _count(store, OutboxEntry) == 0


def test_reimport_updates_by_card_number_and_leaves_unchanged_rows_alone(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "lecteurs.csv", WINDOWS_EXPORT, "cp1252")
    import_patrons(store.transactions(), path)
    outbox_before = _count(store, OutboxEntry)
    edited = WINDOWS_EXPORT.replace("Saint-Saturnin", "Saint-Sandoux")
    _write(path, edited, "cp1252")

    report = import_patrons(store.transactions(), path)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert _count(store, Patron) == 2
    with store.reader() as session:
        new = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))[outbox_before:]
    assert [(o.entity, o.op, o.fields) for o in new] == [
        ("patrons", "update", {"commune": "Saint-Sandoux"})
    ]


def test_an_import_that_fails_midway_leaves_nothing_committed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The good rows are one transaction: a failure after the new patrons are written
    (here, on the first update) keeps neither them nor their outbox rows."""
    from bibliomobile.services.interop.catalogue_sink import DeviceSink

    path = _write(tmp_path / "lecteurs.csv", WINDOWS_EXPORT, "cp1252")
    import_patrons(store.transactions(), path)
    outbox_before = _count(store, OutboxEntry)
    edited = WINDOWS_EXPORT.replace("Saint-Saturnin", "Saint-Sandoux") + "A0006;Vidal;Marc;\r\n"
    _write(path, edited, "cp1252")

    def failing_update(self, table, entity_id, fields):  # type: ignore[no-untyped-def]
        raise OSError("disque plein")

    monkeypatch.setattr(DeviceSink, "update", failing_update)
    with pytest.raises(OSError):
        import_patrons(store.transactions(), path)

    assert _count(store, Patron) == 2  # A0006 was inserted, then rolled back
    assert _count(store, OutboxEntry) == outbox_before
    with store.reader() as session:
        communes = set(session.scalars(select(Patron.commune)))
    assert "Saint-Saturnin" in communes and "Saint-Sandoux" not in communes


def test_a_mapping_file_names_columns_the_detection_does_not_know(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "x.csv", "Identifiant;Patronyme;Ville\nZ9;Roux;Aydat\n", "utf-8")
    with pytest.raises(PatronFileError, match="n° de carte, nom"):
        import_patrons(store.transactions(), path)
    mapping_file = tmp_path / "map.toml"
    mapping_file.write_text(
        '[columns]\ncard_barcode = "Identifiant"\nlast_name = "patronyme"\n', encoding="utf-8"
    )

    report = import_patrons(store.transactions(), path, load_patron_mapping(mapping_file))

    assert report.created == 1
    with store.reader() as session:
        roux = session.scalars(select(Patron)).one()
    assert (roux.card_barcode, roux.last_name, roux.commune) == ("Z9", "Roux", "Aydat")
    mapping_file.write_text('[columns]\ncard_barcode = "Absent"\n', encoding="utf-8")
    with pytest.raises(MappingError, match="Absent"):
        import_patrons(store.transactions(), path, load_patron_mapping(mapping_file))


KNOWN = (
    "N° de carte;Nom;Prénom;Année de naissance;Adresse;Code postal;Commune;Téléphone;Courriel\n"
    "P63000033;Marie;Marcelle;1936;4 place du Foirail;63220;Arlanc;04 73 95 00 00;"
    "marcelle.marie@example.fr\n"
)


def _patron(store: Store, card: str) -> Patron:
    with store.reader() as session:
        found = session.scalar(select(Patron).where(Patron.card_barcode == card))
        assert found is not None
        return found


def test_an_empty_cell_never_blanks_a_field_and_identity_needs_a_confirmation(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "lecteurs.csv", KNOWN, "utf-8")
    import_patrons(store.transactions(), path)
    header = KNOWN.splitlines()[0]
    _write(path, header + "\nP63000033;Doublon;Existant;;;;;;\n", "utf-8")

    shown = import_patrons(store.transactions(), path, dry_run=True)
    [change] = shown.changes
    assert change.identity and not change.applied
    assert change.describe() == (
        "ligne 2 (carte P63000033) : nom : Marie → Doublon, prénom : Marcelle → Existant"
        " — changement d'identité : non appliqué sans confirmation"
    )
    report = import_patrons(store.transactions(), path)
    assert (report.updated, report.held) == (0, 1)
    assert "1 changement d'identité non appliqué" in report.summary()
    marcelle = _patron(store, "P63000033")
    assert (marcelle.first_name, marcelle.last_name) == ("Marcelle", "Marie")
    assert (marcelle.address, marcelle.commune) == ("4 place du Foirail", "Arlanc")
    assert (marcelle.phone, marcelle.email) == ("04 73 95 00 00", "marcelle.marie@example.fr")

    confirmed = import_patrons(store.transactions(), path, confirm_identity=True)
    assert (confirmed.updated, confirmed.held) == (1, 0)
    renamed = _patron(store, "P63000033")
    assert (renamed.first_name, renamed.last_name) == ("Existant", "Doublon")
    # Still her address, phone and e-mail: the empty cells changed nothing.
    assert (renamed.address, renamed.phone) == ("4 place du Foirail", "04 73 95 00 00")
    assert renamed.email == "marcelle.marie@example.fr"


def test_the_expiry_column_is_read_whatever_its_header(store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "lecteurs.csv",
        "Carte;Nom;Prénom;Type d'abonnement;Date d'expiration de la carte\n"
        "P1;Roux;Paul;adulte;2027-06-30 00:00:00\n"
        "P2;Blanc;Lise;enfant;30/09/2027\n",
        "utf-8",
    )
    shown = preview(path)
    assert shown.mapping["card_expiry"] == "Date d'expiration de la carte"
    assert "Type d'abonnement" in shown.ignored
    report = import_patrons(store.transactions(), path)
    assert report.created == 2 and report.bad_rows == ()
    assert _patron(store, "P1").card_expiry == dt.date(2027, 6, 30)
    assert _patron(store, "P2").card_expiry == dt.date(2027, 9, 30)
    _write(
        path,
        "Carte;Nom;Prénom;Valable jusqu'au\nP1;Roux;Paul;30/06/2028\n",
        "utf-8",
    )
    again = import_patrons(store.transactions(), path, dry_run=True)
    assert [c.describe() for c in again.changes] == [
        "ligne 2 (carte P1) : fin d'abonnement : 30/06/2027 → 30/06/2028"
    ]
