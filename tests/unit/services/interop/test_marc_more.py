"""The 15 real files of ``shared/data/marc/more`` (see its SOURCES.md): each imports with
its expected counts and reasons, and a re-import of each changes nothing."""

from __future__ import annotations

from pathlib import Path

import pymarc
import pytest
from pymarc import Subfield
from sqlalchemy import func, select

from bibliomobile.services.interop.marc_import import MarcImportError, import_marc
from bibliomobile.store.models import Item, OutboxEntry, Record
from bibliomobile.store.uow import Store
from builders.marc_files import marc_data

MORE = marc_data() / "more"


def _unimarc(title: str, *, publisher: str, isbn: str | None = None) -> bytes:
    """A UNIMARC record without 001 (ISO 2709, UTF-8)."""
    record = pymarc.Record(leader="     nas0 22        450 ", force_utf8=True)
    if isbn:
        record.add_field(
            pymarc.Field(tag="011", indicators=[" ", " "], subfields=[Subfield("a", isbn)])
        )
    record.add_field(
        pymarc.Field(
            tag="100",
            indicators=[" ", " "],
            subfields=[Subfield("a", "20240101a19990000u  y0frey50      ba")],
        ),
        pymarc.Field(tag="200", indicators=["1", " "], subfields=[Subfield("a", title)]),
        pymarc.Field(tag="210", indicators=[" ", " "], subfields=[Subfield("c", publisher)]),
    )
    return bytes(record.as_marc())


def _count(store: Store, model: type) -> int:
    with store.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# (file, flavour, records created, items created, rejected, a word of each reason,
#  records converted from MARC-8)
MORE_FILES = [
    # No 001: the 035 identifies; 20 records reuse the empty-looking barcode "ENSP_"
    # (or another one) of an earlier record and are rejected whole.
    ("archires-010_original_records.mrc", "unimarc", 20, 20, 20, "code-barres", 0),
    ("archires-MARC_FILE_IN_KOHA_SRU.mrc", "unimarc", 27, 35, 6, "code-barres", 0),
    # ns1:record inside an SRU response.
    ("koha-unimarc-sru-1.2.xml", "unimarc", 1, 14, 0, "", 0),
    # SUDOC: un-namespaced <record>, 008 "Aax3" (not MARC21's 40 characters).
    ("sudoc-abesxml-269631593.xml", "unimarc", 1, 0, 0, "", 0),
    # BnF SRU, MarcXchange records with format="UNIMARC".
    ("bnf-sru-verne-unimarc.xml", "unimarc", 50, 0, 0, "", 0),
    # 100$a declares ISO 646/5426, the bytes are UTF-8; 11 records repeat the 001 of
    # the record before them: reported, not merged.
    ("sciencespo-periouni.mrc", "unimarc", 3053, 0, 11, "identifiant", 0),
    ("koha-marc21-large-biblio.xml", "marc21", 1, 3, 0, "", 0),
    ("koha-marc21-marcxml-entityencoded.xml", "marc21", 1, 1, 0, "", 0),
    # MARC-8, converted (8 of the 100 are plain ASCII).
    ("evergreen-lul_fre_100.mrc", "marc21", 100, 0, 0, "", 92),
    # One leader with a non-ASCII byte.
    ("evergreen-oss.marc", "marc21", 41, 0, 1, "guide", 2),
    ("loc-brkrtest.mrc", "marc21", 8, 0, 0, "", 5),
    # A record whose length wraps past 99,999 bytes, then two readable ones.
    ("marc4j-bad_too_long_plus_2.mrc", "marc21", 2, 0, 1, "longueur", 1),
    # Broken leaders, base addresses and directories: each one named.
    ("pymarc-bad_records.mrc", "marc21", 2, 0, 6, "guide", 0),
    # The 2nd record is not well-formed XML: it alone is lost (with its line), the 3rd
    # is read — and repeats the 001 of the 1st.
    ("rubymarc-three-records-second-bad.xml", "marc21", 1, 0, 2, "XML mal formé", 0),
]


@pytest.mark.parametrize(
    ("name", "flavour", "records", "items", "rejected", "reason", "marc8"), MORE_FILES
)
def test_each_more_file_imports_with_its_counts_and_again_changes_nothing(
    store: Store,
    name: str,
    flavour: str,
    records: int,
    items: int,
    rejected: int,
    reason: str,
    marc8: int,
) -> None:
    report = import_marc(store.transactions(), MORE / name)
    assert report.flavour == flavour
    assert (report.records_created, report.items_created) == (records, items)
    assert len(report.rejected) == rejected
    assert all(r.reason for r in report.rejected)
    if reason:
        assert any(reason in r.reason for r in report.rejected)
    assert report.converted_from_marc8 == marc8
    assert _count(store, Record) == records
    assert _count(store, Item) == items
    outbox = _count(store, OutboxEntry)

    again = import_marc(store.transactions(), MORE / name)
    assert again.records_unchanged == records
    assert (again.records_created, again.records_updated, again.items_updated) == (0, 0, 0)
    assert _count(store, OutboxEntry) == outbox  # nothing to sync
    assert _count(store, Record) == records


def test_rubymarc_broken_record_names_its_line_and_the_next_record_is_read(
    store: Store,
) -> None:
    report = import_marc(store.transactions(), MORE / "rubymarc-three-records-second-bad.xml")
    assert report.records_read == 3
    broken = report.rejected[0]
    assert broken.position == 2
    assert "ligne 72" in broken.reason and "octet 2770" in broken.reason
    assert report.rejected[1].position == 3  # read, and found to repeat record 1's 001


def test_intermarc_in_iso5426_is_refused_with_the_conversion_command(store: Store) -> None:
    for flavour in ("auto", "marc21", "unimarc"):
        with pytest.raises(MarcImportError) as refused:
            import_marc(store.transactions(), MORE / "bnf-intermarc-iso5426.not", flavour=flavour)
        assert "INTERMARC" in str(refused.value)
        assert "yaz-marcdump -f ISO5426 -t UTF-8 -o marc" in str(refused.value)
    assert _count(store, Record) == 0


def test_marc8_text_is_converted_to_unicode(store: Store) -> None:
    import_marc(store.transactions(), MORE / "evergreen-lul_fre_100.mrc")
    with store.reader() as session:
        titles = list(session.scalars(select(Record.title)))
    assert any("é" in t for t in titles)
    assert not any("\ufffd" in t or "\xe2e" in t for t in titles)


@pytest.mark.parametrize("batch", [1, 7, 2500])
def test_serials_without_identifier_stay_apart_whatever_the_batch_size(
    store: Store, tmp_path: Path, batch: int
) -> None:
    """Six central banks' "Annual report": same title, no 001, no ISSN in common."""
    banks = ["Bank of Ghana", "Banque de France", "Bank of England", "Bundesbank", "BCE", "Fed"]
    path = tmp_path / "reports.mrc"
    path.write_bytes(b"".join(_unimarc("Annual report", publisher=bank) for bank in banks))
    first = import_marc(store.transactions(), path, batch_size=batch)
    assert first.records_created == 6
    again = import_marc(store.transactions(), path, batch_size=batch)
    assert (again.records_created, again.records_updated, again.records_unchanged) == (0, 0, 6)
    with store.reader() as session:
        publishers = sorted(session.scalars(select(Record.publisher)))
    assert publishers == sorted(banks)


def test_a_record_without_identifier_is_found_again_by_its_unique_issn(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "serials.mrc"
    path.write_bytes(
        _unimarc("Annual report", publisher="Bank of Ghana", isbn="0378-1135")
        + _unimarc("Annual report", publisher="Banque de France", isbn="0067-3390")
        # Two records sharing an ISSN: that ISSN finds neither again.
        + _unimarc("Bulletin", publisher="Éditions A", isbn="1234-5679")
        + _unimarc("Bulletin", publisher="Éditions B", isbn="1234-5679")
    )
    assert import_marc(store.transactions(), path).records_created == 4
    # The publisher of the Bank of Ghana's report corrected: an update, not a new record
    # and not the Banque de France's report overwritten.
    path.write_bytes(
        _unimarc("Annual report", publisher="Bank of Ghana (Accra)", isbn="0378-1135")
        + _unimarc("Annual report", publisher="Banque de France", isbn="0067-3390")
        + _unimarc("Bulletin", publisher="Éditions A", isbn="1234-5679")
        + _unimarc("Bulletin", publisher="Éditions B", isbn="1234-5679")
    )
    outbox = _count(store, OutboxEntry)
    again = import_marc(store.transactions(), path, batch_size=1)
    assert (again.records_created, again.records_updated, again.records_unchanged) == (0, 1, 3)
    assert _count(store, OutboxEntry) == outbox + 1
    with store.reader() as session:
        publishers = sorted(session.scalars(select(Record.publisher)))
    assert publishers == ["Bank of Ghana (Accra)", "Banque de France", "Éditions A", "Éditions B"]


def test_an_xml_file_without_any_record_says_so(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "rss.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>\n')
    with pytest.raises(MarcImportError) as refused:
        import_marc(store.transactions(), path)
    assert "aucune notice MARCXML" in str(refused.value)


def _marc21(control: str, org: str | None, title: str) -> bytes:
    """A MARC21 record with this 001 and, if given, this 003 (ISO 2709, UTF-8)."""
    record = pymarc.Record(leader="     nam a22        4500", force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data=control))
    if org is not None:
        record.add_field(pymarc.Field(tag="003", data=org))
    record.add_field(
        pymarc.Field(tag="245", indicators=["0", "0"], subfields=[Subfield("a", title)])
    )
    return bytes(record.as_marc())


def _ids(store: Store) -> list[tuple[str | None, str | None, str]]:
    with store.reader() as session:
        rows = session.execute(select(Record.source_org, Record.source_id, Record.title))
        return sorted(((org, ident, title) for org, ident, title in rows), key=str)


def test_the_same_001_from_two_organisations_gives_two_records(
    store: Store, tmp_path: Path
) -> None:
    bnf, sudoc = tmp_path / "bnf.mrc", tmp_path / "sudoc.mrc"
    bnf.write_bytes(_marc21("0001234", "FrPBN", "Les Misérables"))
    sudoc.write_bytes(_marc21("0001234", "FrMoSUD", "Germinal"))
    assert import_marc(store.transactions(), bnf).records_created == 1
    assert import_marc(store.transactions(), sudoc).records_created == 1
    assert _ids(store) == [
        ("FrMoSUD", "0001234", "Germinal"),
        ("FrPBN", "0001234", "Les Misérables"),
    ]
    outbox = _count(store, OutboxEntry)

    for path in (bnf, sudoc):  # each file again: its own record, unchanged
        again = import_marc(store.transactions(), path)
        assert (again.records_created, again.records_updated, again.records_unchanged) == (0, 0, 1)
    assert _count(store, OutboxEntry) == outbox

    # Both in one file are two records, not a duplicate 001.
    both = tmp_path / "both.mrc"
    both.write_bytes(bnf.read_bytes() + sudoc.read_bytes())
    again = import_marc(store.transactions(), both)
    assert (again.records_unchanged, len(again.rejected)) == (2, 0)

    # A file without 003 cannot tell which of the two it means: refused, nothing changed.
    bare = tmp_path / "bare.mrc"
    bare.write_bytes(_marc21("0001234", None, "Titre inconnu"))
    refused = import_marc(store.transactions(), bare)
    assert refused.records_created == refused.records_updated == 0
    (reason,) = (r.reason for r in refused.rejected)
    assert "plusieurs notices" in reason and "FrPBN" in reason and "FrMoSUD" in reason
    assert _count(store, OutboxEntry) == outbox and len(_ids(store)) == 2


def test_a_record_stored_before_003_was_kept_is_matched_by_001_and_gets_its_003(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "sudoc.mrc"
    path.write_bytes(_marc21("0001234", "FrMoSUD", "Germinal") + _marc21("77", None, "Nana"))
    # As imported by a version that kept 001 only.
    with store.unit_of_work() as uow:
        uow.session.add(Record(source_id="0001234", title="Germinal"))
        uow.session.add(Record(source_id="77", title="Nana"))
        uow.commit()
    outbox = _count(store, OutboxEntry)

    report = import_marc(store.transactions(), path)

    assert (report.records_created, report.records_updated, report.records_unchanged) == (0, 1, 1)
    assert _ids(store) == [("FrMoSUD", "0001234", "Germinal"), (None, "77", "Nana")]
    assert _count(store, OutboxEntry) == outbox + 1  # the 003 filled in, for the server too
    # Another organisation's 0001234 is another record, not this one.
    other = tmp_path / "bnf.mrc"
    other.write_bytes(_marc21("0001234", "FrPBN", "Les Misérables"))
    assert import_marc(store.transactions(), other).records_created == 1
    assert len(_ids(store)) == 3


@pytest.mark.parametrize(
    ("name", "with_003"), [("evergreen-oss.marc", 13), ("loc-brkrtest.mrc", 8)]
)
def test_real_files_keep_their_003_and_a_reimport_before_it_was_kept_adds_nothing(
    store: Store, name: str, with_003: int
) -> None:
    report = import_marc(store.transactions(), MORE / name)
    records = report.records_created
    with store.reader() as session:
        kept = session.scalar(select(func.count()).where(Record.source_org.is_not(None)))
    assert kept == with_003
    # Back to the state an import before the migration left: 001 without 003.
    with store.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("UPDATE records SET source_org = NULL")
        uow.commit()
    outbox = _count(store, OutboxEntry)

    again = import_marc(store.transactions(), MORE / name)

    assert (again.records_created, again.records_updated) == (0, with_003)
    assert _count(store, Record) == records  # no duplicate
    assert _count(store, OutboxEntry) == outbox + with_003
    third = import_marc(store.transactions(), MORE / name)
    assert (third.records_created, third.records_updated, third.records_unchanged) == (
        0,
        0,
        records,
    )
    assert _count(store, OutboxEntry) == outbox + with_003
