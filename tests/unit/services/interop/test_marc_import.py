"""MARC catalogue import: the real sample files, re-import, bad input, encodings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymarc
import pytest
from sqlalchemy import func, select

from bibliomobile.services.catalogue import search_items
from bibliomobile.services.interop.marc_import import MarcImportError, import_marc
from bibliomobile.services.interop.marc_mapping import (
    default_mapping,
    load_mapping,
    mapping_from_dict,
    mapping_to_dict,
)
from bibliomobile.services.interop.marc_reader import (
    MarcRecord,
    check_encoding,
    parse_chunk,
    split_iso2709,
)
from bibliomobile.store.models import Item, Library, OutboxEntry, Record
from bibliomobile.store.uow import Store
from builders.marc_files import marc_data

DATA = marc_data()
KOHA_UNIMARC = DATA / "koha-unimarc" / "exported_records"
KOHA_MARC21 = DATA / "koha-marc21" / "exported_records"
SAMPLE = DATA / "records_sample.mrc"
POTTER = DATA / "serie-HarryPotter.pan"
SBN = DATA / "testunimarc.dat"


def _count(store: Store, model: type) -> int:
    with store.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _outbox(store: Store) -> list[tuple[str, str]]:
    with store.reader() as session:
        return [(o.entity, o.op) for o in session.scalars(select(OutboxEntry))]


def _records(data: bytes) -> list[bytes]:
    return [c + b"\x1d" for c in data.split(b"\x1d") if c.strip()]


# --- the real files ------------------------------------------------------------------

# Expected figures, from SOURCES.md and what the import rules make of them:
# (file, flavour detected, records imported, items imported, records rejected)
REAL_FILES = [
    # 8 records, 15 items in 995, no oddity.
    (KOHA_UNIMARC, "unimarc", 8, 15, 0),
    # 5 records whose 7 items all share one barcode: the first record keeps it, the
    # four others reuse an already imported barcode and are rejected whole.
    (SAMPLE, "unimarc", 1, 1, 4),
    # 7 BnF records, no 995 (their 930 is not an item field by default).
    (POTTER, "unimarc", 7, 0, 0),
    # 1 record; the stray newline after its terminator is not a record.
    (SBN, "unimarc", 1, 0, 0),
    # 179 records: the one without 245 and the one with tag "50%" are rejected (177);
    # 952 with $p in 29 records = 126 items, minus the one of the record without a
    # title (125), plus the 852 $p 50867 = 126. The 12 952 without $p are warnings.
    (KOHA_MARC21, "marc21", 177, 126, 2),
]


@pytest.mark.parametrize(("path", "flavour", "records", "items", "rejected"), REAL_FILES)
def test_each_real_file_imports_with_its_expected_counts(
    store: Store, path: Path, flavour: str, records: int, items: int, rejected: int
) -> None:
    report = import_marc(store.transactions(), path)

    assert report.flavour == flavour
    assert report.records_created == records
    assert report.items_created == items
    assert len(report.rejected) == rejected
    assert _count(store, Record) == records
    assert _count(store, Item) == items
    # Every created row left its outbox row, so it reaches the server by sync.
    outbox = _outbox(store)
    assert outbox.count(("records", "insert")) == records
    assert outbox.count(("items", "insert")) == items
    assert outbox.count(("libraries", "insert")) == _count(store, Library)


def test_the_rejected_records_of_the_koha_marc21_file_are_named_with_their_reason(
    store: Store,
) -> None:
    report = import_marc(store.transactions(), KOHA_MARC21)

    by_position = {r.position: r for r in report.rejected}
    assert by_position[166].source_id == "201"
    assert "sans titre" in by_position[166].reason
    assert "50%" in by_position[179].reason
    assert len(report.warnings) == 12
    assert all("sans code-barres" in w.message for w in report.warnings)


def test_duplicate_barcodes_of_records_sample_are_reported_with_positions(store: Store) -> None:
    report = import_marc(store.transactions(), SAMPLE)

    assert [r.position for r in report.rejected] == [2, 3, 4, 5]
    assert report.rejected[0].source_id is None  # the record without 001
    assert all("ENSP_000000920401" in r.reason for r in report.rejected)
    assert all("notice n° 1" in r.reason for r in report.rejected)


@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        (
            KOHA_UNIMARC,
            "jarnvagarnas",
            "Järnvägarnas efterfrågan och den svenska industrin, 1860-1914",
        ),
        (
            KOHA_UNIMARC,
            "pedagogique attitudes",
            "L'action pédagogique sur les attitudes et les intérêts",
        ),
        (KOHA_MARC21, "future ideas lessig", "The future of ideas"),
    ],
)
def test_imported_titles_are_found_without_accents(
    store: Store, path: Path, query: str, title: str
) -> None:
    import_marc(store.transactions(), path)

    with store.unit_of_work() as uow:
        hits = search_items(uow, query)

    assert hits and hits[0].title == title


def test_decomposed_text_is_stored_composed(store: Store) -> None:
    raw = SAMPLE.read_bytes().decode("utf-8")
    assert not unicodedata.is_normalized("NFC", raw)  # the file really is NFD

    import_marc(store.transactions(), SAMPLE)

    with store.reader() as session:
        record = session.scalars(select(Record)).one()
    for text in (record.title, record.authors or "", record.publisher or ""):
        assert unicodedata.is_normalized("NFC", text)
    assert "De La Vallière Louise" in (record.authors or "")


def test_potter_records_carry_authors_publisher_year_series_and_accents(store: Store) -> None:
    import_marc(store.transactions(), POTTER)

    with store.reader() as session:
        phenix = session.scalars(select(Record).where(Record.title.like("%Phénix%"))).one()
    assert phenix.title == "Harry Potter et l'ordre du Phénix"
    assert phenix.authors == "Rowling, Joanne Kathleen; Ménard, Jean-François"
    assert phenix.publisher == "Gallimard"
    assert phenix.year == 2017
    assert phenix.isbn == "9782070624560"
    assert phenix.series == "Harry Potter ; 5"
    assert phenix.language == "fre"
    assert phenix.summary and phenix.summary.startswith("À quinze ans")
    assert phenix.source_id == "FRBNF452528980000005"


def test_a_mapping_with_items_in_930_makes_the_potter_records_searchable(
    store: Store, tmp_path: Path
) -> None:
    data = mapping_to_dict(default_mapping("unimarc"))
    data["items"] = [{"tag": "930", "barcode": "5"}]
    mapping_file = tmp_path / "bnf.toml"
    from bibliomobile.services.interop.marc_mapping import save_mapping

    save_mapping(mapping_from_dict(data), mapping_file)

    report = import_marc(store.transactions(), POTTER, mapping=load_mapping(mapping_file))

    assert report.items_created == 7
    with store.unit_of_work() as uow:
        hits = search_items(uow, "phenix")
    assert [h.title for h in hits] == ["Harry Potter et l'ordre du Phénix"]


# --- the reader agrees with pymarc ---------------------------------------------------


@pytest.mark.parametrize("path", [KOHA_UNIMARC, SAMPLE, POTTER, SBN, KOHA_MARC21])
def test_the_fast_reader_reads_the_same_fields_as_pymarc(path: Path) -> None:
    with path.open("rb") as handle:
        chunks = list(split_iso2709(handle))
    for chunk in chunks:
        if b"50%" in chunk.data[:400]:
            continue  # refused on purpose (non-alphanumeric tag)
        leader, raw = parse_chunk(chunk)
        ours = MarcRecord(leader, raw)
        theirs = MarcRecord.from_pymarc(
            pymarc.Record(data=chunk.data, to_unicode=True, force_utf8=True)
        )
        assert ours.leader == theirs.leader
        assert ours.all_fields() == theirs.all_fields()


# --- re-import -----------------------------------------------------------------------


def test_reimport_changes_nothing_and_writes_no_outbox_row(store: Store) -> None:
    import_marc(store.transactions(), KOHA_UNIMARC)
    import_marc(store.transactions(), KOHA_MARC21)
    before = len(_outbox(store))

    again = import_marc(store.transactions(), KOHA_UNIMARC)
    again21 = import_marc(store.transactions(), KOHA_MARC21)

    assert (again.records_unchanged, again.items_unchanged) == (8, 15)
    assert (again21.records_unchanged, again21.items_unchanged) == (177, 126)
    assert again.records_created == again.items_created == again.records_updated == 0
    assert _count(store, Record) == 8 + 177
    assert _count(store, Item) == 15 + 126
    assert len(_outbox(store)) == before


def test_an_edited_record_updates_only_what_changed(store: Store, tmp_path: Path) -> None:
    import_marc(store.transactions(), KOHA_UNIMARC)
    outbox_before = len(_outbox(store))
    records = _records(KOHA_UNIMARC.read_bytes())
    first = pymarc.Record(data=records[0], to_unicode=True, force_utf8=True)
    first["200"]["a"] = "Järnvägarnas efterfrågan, nouvelle édition"
    first["995"]["k"] = "TR UPSAL 1971/32"
    first.force_utf8 = True
    edited = tmp_path / "edited.mrc"
    edited.write_bytes(bytes(first.as_marc()) + b"".join(records[1:]))

    report = import_marc(store.transactions(), edited)

    assert (report.records_updated, report.records_unchanged, report.records_created) == (1, 7, 0)
    assert (report.items_updated, report.items_unchanged) == (1, 14)
    new_rows = _outbox(store)[outbox_before:]
    assert sorted(new_rows) == [("items", "update"), ("records", "update")]
    with store.reader() as session:
        fields = [o.fields for o in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))][
            outbox_before:
        ]
    assert {"title": "Järnvägarnas efterfrågan, nouvelle édition"} in fields
    assert {"call_number": "TR UPSAL 1971/32"} in fields
    with store.unit_of_work() as uow:
        assert search_items(uow, "nouvelle edition")[0].call_number == "TR UPSAL 1971/32"


def test_a_record_without_001_is_found_again_by_its_barcode(store: Store, tmp_path: Path) -> None:
    records = _records(SAMPLE.read_bytes())
    second = tmp_path / "no001.mrc"
    second.write_bytes(records[1])  # the record without 001

    first = import_marc(store.transactions(), second)
    again = import_marc(store.transactions(), second)

    assert first.records_created == 1 and again.records_unchanged == 1
    assert _count(store, Record) == 1


# --- bad input -----------------------------------------------------------------------


def _three_good_records() -> list[bytes]:
    return _records(KOHA_UNIMARC.read_bytes())[:3]


def test_a_truncated_file_keeps_the_complete_records(store: Store, tmp_path: Path) -> None:
    good = _three_good_records()
    path = tmp_path / "truncated.mrc"
    path.write_bytes(good[0] + good[1] + good[2][: len(good[2]) // 2])

    report = import_marc(store.transactions(), path)

    assert report.records_created == 2
    assert [(r.position, r.source_id) for r in report.rejected] == [(3, None)]
    assert "tronquée" in report.rejected[0].reason
    assert _count(store, Record) == 2


def test_a_broken_leader_rejects_that_record_only(store: Store, tmp_path: Path) -> None:
    good = _three_good_records()
    broken = b"01X87" + good[1][5:]
    path = tmp_path / "leader.mrc"
    path.write_bytes(good[0] + broken + good[2])

    report = import_marc(store.transactions(), path)

    assert report.records_created == 2
    assert report.rejected[0].position == 2
    assert "guide" in report.rejected[0].reason
    assert report.rejected[0].offset == len(good[0])


def test_a_non_alphanumeric_tag_rejects_that_record_only(store: Store, tmp_path: Path) -> None:
    good = _three_good_records()
    entries = [24 + 12 * n for n in range((int(good[1][12:17]) - 25) // 12)]
    at = entries[5]
    bad = good[1][:at] + b"6#6" + good[1][at + 3 :]
    path = tmp_path / "tag.mrc"
    path.write_bytes(good[0] + bad + good[2])

    report = import_marc(store.transactions(), path)

    assert report.records_created == 2
    assert "« 6#6 »" in report.rejected[0].reason


def test_a_record_without_title_is_rejected_with_its_001(store: Store, tmp_path: Path) -> None:
    good = _three_good_records()
    record = pymarc.Record(data=good[1], to_unicode=True, force_utf8=True)
    record.remove_fields("200")
    record.force_utf8 = True
    path = tmp_path / "notitle.mrc"
    path.write_bytes(good[0] + bytes(record.as_marc()) + good[2])

    report = import_marc(store.transactions(), path)

    assert report.records_created == 2
    assert (report.rejected[0].position, report.rejected[0].source_id) == (2, "41501")
    assert "sans titre" in report.rejected[0].reason
    # Nothing of the rejected record was written, not even its items.
    with store.reader() as session:
        assert session.scalar(select(Item).where(Item.barcode == "0282767819")) is None


def test_a_barcode_already_in_the_database_rejects_the_other_record(
    store: Store, tmp_path: Path
) -> None:
    import_marc(store.transactions(), KOHA_UNIMARC)
    good = _three_good_records()
    # Another record (new 001) claiming the barcode of record 41500.
    record = pymarc.Record(data=good[1], to_unicode=True, force_utf8=True)
    record["001"].data = "99999"
    record["995"]["f"] = "-153888"
    record.force_utf8 = True
    path = tmp_path / "dup.mrc"
    path.write_bytes(bytes(record.as_marc()))

    report = import_marc(store.transactions(), path)

    assert report.records_created == 0
    assert report.rejected[0].source_id == "99999"
    assert "-153888" in report.rejected[0].reason and "41500" in report.rejected[0].reason
    assert _count(store, Record) == 8


def test_a_marc8_record_is_converted_to_unicode_and_counted(store: Store, tmp_path: Path) -> None:
    good = _records(KOHA_MARC21.read_bytes())
    record = pymarc.Record(data=good[15], to_unicode=True, force_utf8=True)
    record["245"]["a"] = "Les misérables"
    utf8 = bytes(record.as_marc())
    # MARC-8 (leader/09 blank): the acute accent 0xE2 is a non-spacing byte before its letter.
    marc8 = utf8[:9] + b" " + utf8[10:]
    marc8 = marc8.replace("é".encode(), b"\xe2e")
    marc8 = b"%05d" % len(marc8) + marc8[5:]
    path = tmp_path / "marc8.mrc"
    path.write_bytes(good[0] + marc8)

    report = import_marc(store.transactions(), path, flavour="marc21")

    assert (report.records_created, report.rejected) == (2, ())
    assert report.converted_from_marc8 == 1
    assert "MARC-8 : 1 notice convertie" in report.summary()
    with store.reader() as session:
        title = session.scalar(select(Record.title).where(Record.title.like("%mis%")))
    assert title == "Les misérables"


def test_records_declaring_iso_5426_but_written_in_utf8_are_read_as_utf8() -> None:
    with KOHA_UNIMARC.open("rb") as handle:
        chunk = next(split_iso2709(handle))
    declared = chunk.data.replace(b"y0frey50      ba", b"y0frey0103    ba")
    from bibliomobile.services.interop.marc_reader import RawChunk

    fake = RawChunk(1, 0, declared, True)
    leader, raw = parse_chunk(fake)
    check_encoding(fake, leader, raw, "unimarc")  # valid UTF-8: accepted
    latin = RawChunk(1, 0, declared.replace("ä".encode(), b"\xc8a"), True)
    with pytest.raises(Exception, match="ISO 646 \\+ ISO 5426"):
        leader, raw = parse_chunk(latin)
        check_encoding(latin, leader, raw, "unimarc")


def test_an_unreadable_file_is_refused_as_a_whole(store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.mrc"
    empty.write_bytes(b"")
    with pytest.raises(MarcImportError, match="vide"):
        import_marc(store.transactions(), empty)
    with pytest.raises(MarcImportError, match="introuvable"):
        import_marc(store.transactions(), tmp_path / "missing.mrc")


# --- batches, cancel, progress --------------------------------------------------------


def test_cancel_leaves_only_complete_batches(store: Store) -> None:
    seen: list[tuple[int, int]] = []

    report = import_marc(
        store.transactions(),
        KOHA_MARC21,
        batch_size=50,
        progress=lambda done, total: seen.append((done, total)),
        should_cancel=lambda: len(seen) >= 2,
    )

    assert report.cancelled
    assert seen == [(50, 179), (100, 179)]
    assert report.records_read == 100
    assert _count(store, Record) == report.records_created
    # Each imported record has all its items: the record of 100 items is whole.
    with store.reader() as session:
        lessig = session.scalars(select(Record).where(Record.source_id == "49")).one()
        copies = session.scalar(
            select(func.count()).select_from(Item).where(Item.record_id == lessig.id)
        )
    assert copies == 100


def test_marcxml_imports_like_iso2709(store: Store, tmp_path: Path) -> None:
    xml = tmp_path / "potter.xml"
    writer = pymarc.XMLWriter(xml.open("wb"))
    with POTTER.open("rb") as handle:
        for record in pymarc.MARCReader(handle, to_unicode=True, force_utf8=True):
            writer.write(record)
    writer.close()

    report = import_marc(store.transactions(), xml)

    assert (report.flavour, report.records_created) == ("unimarc", 7)
    with store.reader() as session:
        titles = set(session.scalars(select(Record.title)))
    assert "Harry Potter et l'ordre du Phénix" in titles


# --- the mapping file -----------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["unimarc", "marc21"])
def test_mapping_file_round_trip(flavour: str, tmp_path: Path) -> None:
    from bibliomobile.services.interop.marc_mapping import save_mapping

    shipped = default_mapping(flavour)
    copy = tmp_path / "copy.toml"
    save_mapping(shipped, copy)
    again = load_mapping(copy)
    save_mapping(again, tmp_path / "copy2.toml")

    assert again == shipped
    assert load_mapping(tmp_path / "copy2.toml") == shipped
    assert copy.read_text() == (tmp_path / "copy2.toml").read_text()


def test_a_wrong_mapping_file_says_what_is_wrong(tmp_path: Path) -> None:
    from bibliomobile.services.interop.marc_mapping import MappingError

    bad = tmp_path / "bad.toml"
    bad.write_text('flavour = "unimarc"\n[record]\ntitle = ["20$a"]\n', encoding="utf-8")
    with pytest.raises(MappingError, match="20\\$a"):
        load_mapping(bad)
    bad.write_text(
        'flavour = "unimarc"\n[record]\ntitle = ["200$a"]\n[document_types]\nLIV = "livre"\n'
    )
    with pytest.raises(MappingError, match="livre"):
        load_mapping(bad)


def test_import_outbox_rows_look_like_the_ones_orm_capture_writes(store: Store) -> None:
    """Sync must not care whether a record came from the import or from the ORM."""
    with store.unit_of_work() as uow:
        record = Record(title="L'Étranger")
        uow.session.add(record)
        uow.session.flush()
        uow.session.add(Item(barcode="ORM1", record_id=record.id))
        uow.commit()
    import_marc(store.transactions(), KOHA_UNIMARC)

    with store.reader() as session:
        rows = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    orm_record, orm_item = rows[0], rows[1]
    imported_record = next(r for r in rows[2:] if r.entity == "records")
    imported_item = next(r for r in rows[2:] if r.entity == "items")
    assert set(imported_record.fields) == set(orm_record.fields)
    assert set(imported_item.fields) == set(orm_item.fields)
    assert imported_item.fields["location"] == "stacks"
    assert imported_item.fields["withdrawn"] is False
    assert {r.device_id for r in rows} == {store.device_id}
    hlcs = [r.hlc for r in rows]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_an_import_can_run_in_one_open_unit_of_work_batch_after_batch(store: Store) -> None:
    """How the GUI's database worker runs it: one task (with its own unit of work open),
    each batch a transaction of its own on the same thread."""
    with store.unit_of_work():
        report = import_marc(store.transactions(), KOHA_MARC21, batch_size=40)
    assert report.records_created == 177
    assert _count(store, Record) == 177  # every batch committed
    assert _outbox(store).count(("items", "insert")) == 126


@pytest.mark.slow
def test_worker_processes_import_exactly_what_one_process_imports(
    store: Store, tmp_path: Path
) -> None:
    single = import_marc(store.transactions(), KOHA_MARC21, batch_size=25, workers=0)
    other = Store.open(tmp_path / "parallel.sqlite3")
    try:
        parallel = import_marc(other.transactions(), KOHA_MARC21, batch_size=25, workers=2)

        def snapshot(s: Store) -> list[tuple[object, ...]]:
            with s.reader() as session:
                return sorted(
                    (r.source_id, r.title, r.authors, r.year, r.isbn, r.format)
                    for r in session.scalars(select(Record))
                )

        assert snapshot(other) == snapshot(store)
        assert _count(other, Item) == _count(store, Item) == 126
    finally:
        other.close()
    assert parallel.rejected == single.rejected
    assert parallel.warnings == single.warnings
    assert (parallel.records_created, parallel.items_created) == (177, 126)


def test_if_the_workers_die_the_rest_of_the_file_is_read_here(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from bibliomobile.services.interop import marc_batches

    real = marc_batches._local_batches

    def dying_pool(path, mapping, batch_size, processes):  # type: ignore[no-untyped-def]
        yield next(real(path, mapping, batch_size, after=0))
        raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(marc_batches, "_pool_batches", dying_pool)

    report = import_marc(store.transactions(), KOHA_MARC21, batch_size=40, workers=2)

    assert (report.records_read, report.records_created, len(report.rejected)) == (179, 177, 2)
    assert _count(store, Item) == 126


def _unimarc(leader: str, ident: str, title: str, *items: tuple[str, str]) -> bytes:
    record = pymarc.Record(leader=leader, force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data=ident))
    record.add_field(
        pymarc.Field(
            tag="200",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", title)],
        )
    )
    for barcode, doc_type in items:
        record.add_field(
            pymarc.Field(
                tag="995",
                indicators=pymarc.Indicators(" ", " "),
                subfields=[
                    pymarc.Subfield("f", barcode),
                    pymarc.Subfield("r", doc_type),
                    pymarc.Subfield("e", "BUS"),
                ],
            )
        )
    return bytes(record.as_marc())


def test_document_types_and_leaders_give_our_formats(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "formats.mrc"
    path.write_bytes(
        _unimarc("00000nam  2200000   450 ", "F1", "Le Grand Meaulnes", ("G1", "LGC"))
        + _unimarc("00000ngm  2200000   450 ", "F2", "Jour de fête", ("G2", "???"))
        + _unimarc("00000nim  2200000   450 ", "F3", "Les Misérables lu", ("G3", "XYZ"))
        + _unimarc("00000njm  2200000   450 ", "F4", "Brassens", ("G4", "CD"))
        + _unimarc("00000nam  2200000   450 ", "F5", "Astérix", ("G5", "BD"))
    )

    import_marc(store.transactions(), path, flavour="unimarc")

    with store.reader() as session:
        formats = {
            sid: fmt for sid, fmt in session.execute(select(Record.source_id, Record.format))
        }
        locations = set(session.scalars(select(Item.location)))
    assert formats == {
        "F1": "large_print",  # 995$r LGC (mapping table)
        "F2": "dvd",  # leader/06 g: unknown type code, the leader decides
        "F3": "audiobook",  # leader/06 i
        "F4": "music_cd",
        "F5": "comic",
    }
    assert locations == {"van"}  # 995$e BUS is the bookmobile in the default mapping


def test_a_crash_in_the_middle_of_a_batch_leaves_only_whole_records(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibliomobile.services.interop import catalogue_sink

    real_insert = catalogue_sink.DeviceSink.insert_rows
    item_batches = 0

    def crashing_insert(self, table, rows):  # type: ignore[no-untyped-def]
        nonlocal item_batches
        real_insert(self, table, rows)  # the records of the batch are already written
        if table.name == "items" and rows:
            item_batches += 1
            if item_batches == 2:
                raise MemoryError("the laptop ran out of memory")

    monkeypatch.setattr(catalogue_sink.DeviceSink, "insert_rows", crashing_insert)

    with pytest.raises(MemoryError):
        import_marc(store.transactions(), KOHA_MARC21, batch_size=20, workers=0)

    # The first batches are in, whole; the crashed one left nothing behind.
    records = _count(store, Record)
    assert records == 20  # the first batch; the second crashed after writing its records
    with store.reader() as session:
        barcodes = set(session.scalars(select(Item.barcode)))
    assert "TEST11111" in barcodes and "000023234" not in barcodes  # n° 21 was in batch 2
    outbox = _outbox(store)
    assert outbox.count(("records", "insert")) == records
    assert outbox.count(("items", "insert")) == len(barcodes)


def test_a_batch_that_fails_before_its_commit_leaves_nothing_of_it(store: Store) -> None:
    """A batch is one transaction: if it fails once all its rows and outbox rows are
    written, before the commit, none of them stays; the batches before it do."""
    from bibliomobile.store.uow import UnitOfWork

    run = store.transactions()
    steps = 0
    written: dict[str, int] = {}

    def failing_at_the_second_batch(step):  # type: ignore[no-untyped-def]
        nonlocal steps
        steps += 1

        def then_fail(uow: UnitOfWork):  # type: ignore[no-untyped-def]
            result = step(uow)
            if steps == 2:
                session = uow.session
                written["records"] = int(session.scalar(select(func.count(Record.id))) or 0)
                written["outbox"] = int(session.scalar(select(func.count(OutboxEntry.seq))) or 0)
                raise OSError("disque plein")
            return result

        return run(then_fail)

    with pytest.raises(OSError):
        import_marc(failing_at_the_second_batch, KOHA_MARC21, batch_size=20, workers=0)

    assert written["records"] == 40  # the second batch was written whole, then failed
    assert _count(store, Record) == 20  # the first batch only
    outbox = _outbox(store)
    assert len(outbox) < written["outbox"]
    assert outbox.count(("records", "insert")) == 20
    assert outbox.count(("items", "insert")) == _count(store, Item)


# --- the search index of a bulk import ------------------------------------------------


def _index(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], str]:
    """The search index rows, the rows the items_fts_insert trigger would have written
    for every item, and that trigger's stored text."""
    from sqlalchemy import text

    from bibliomobile.store import search

    with store.reader() as session:
        stored = sorted(
            tuple(r)
            for r in session.execute(
                text("SELECT rowid, title, authors, subjects, codes FROM item_fts")
            )
        )
        expected = sorted(tuple(r) for r in session.execute(text(search._ITEM_ROW)))
        trigger = session.scalar(
            text(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'"
            )
        )
    return stored, expected, trigger


def test_a_bulk_import_and_a_reimport_keep_the_search_index_exact(
    store: Store, tmp_path: Path
) -> None:
    trigger_before = _index(store)[2]
    first = tmp_path / "first.mrc"
    first.write_bytes(
        b"".join(
            _unimarc("00000nam  2200000   450 ", f"B{n}", f"Été {n} à la forêt", (f"BC{n}", "LIV"))
            for n in range(300)
        )
    )
    report = import_marc(store.transactions(), first, flavour="unimarc", batch_size=120)
    assert (report.records_created, report.items_created) == (300, 300)
    stored, expected, trigger = _index(store)
    assert len(stored) == 300 and stored == expected and trigger == trigger_before
    with store.unit_of_work() as uow:
        assert [h.barcode for h in search_items(uow, "ete 217 foret")] == ["BC217"]

    # Again, with 100 more records (new items after the existing rows) and a new title.
    second = tmp_path / "second.mrc"
    second.write_bytes(
        b"".join(
            _unimarc(
                "00000nam  2200000   450 ",
                f"B{n}",
                "Hiver à Noël" if n == 42 else f"Été {n} à la forêt",
                (f"BC{n}", "LIV"),
            )
            for n in range(400)
        )
    )
    again = import_marc(store.transactions(), second, flavour="unimarc", batch_size=120)
    assert (again.records_created, again.records_updated, again.items_created) == (100, 1, 100)
    stored, expected, trigger = _index(store)
    assert len(stored) == 400 and stored == expected and trigger == trigger_before
    with store.unit_of_work() as uow:
        assert [h.barcode for h in search_items(uow, "hiver noel")] == ["BC42"]
        assert search_items(uow, "ete 42 foret") == []
        assert [h.barcode for h in search_items(uow, "ete 399")] == ["BC399"]


# --- the fast paths of a big import ----------------------------------------------------


@pytest.mark.parametrize("path", [KOHA_UNIMARC, SAMPLE, POTTER, SBN, KOHA_MARC21])
def test_the_one_pass_reader_gives_the_fields_pymarc_reads(path: Path) -> None:
    """What the worker processes read (wanted tags only, decoded in one pass)."""
    from bibliomobile.services.interop.marc_reader import decode_iso2709, wanted_fields

    with path.open("rb") as handle:
        chunks = [c for c in split_iso2709(handle) if b"50%" not in c.data[:400]]
    tags = ["001", "008", "100", "200", "245", "606", "700", "952", "995", "999"]
    for chunk in chunks:
        ours = decode_iso2709(chunk.data, chunk.terminated, wanted_fields(tags))
        theirs = MarcRecord.from_pymarc(
            pymarc.Record(data=chunk.data, to_unicode=True, force_utf8=True)
        )
        assert ours is not None
        for tag in tags:
            assert ours.control(tag) == theirs.control(tag)
            assert ours.fields(tag) == theirs.fields(tag)


def test_a_directory_entry_beyond_the_record_end_rejects_the_record(
    store: Store, tmp_path: Path
) -> None:
    good = _three_good_records()
    record = bytearray(good[1])
    entry = 24 + 12  # the second directory entry: 005, a field the mapping does not read
    assert record[entry : entry + 3] == b"005"
    record[entry + 7 : entry + 12] = b"99999"  # its offset, far beyond the end
    path = tmp_path / "offset.mrc"
    path.write_bytes(good[0] + bytes(record) + good[2])

    report = import_marc(store.transactions(), path)

    assert report.records_created == 2
    assert report.rejected[0].position == 2
    assert "zone 005 hors des limites" in report.rejected[0].reason


def test_texts_longer_than_their_column_are_cut_visibly(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.mrc"
    record = pymarc.Record(leader="00000nam  2200000   450 ", force_utf8=True)
    record.add_field(pymarc.Field(tag="001", data="LONG1"))  # type: ignore[no-untyped-call]
    record.add_field(  # type: ignore[no-untyped-call]
        pymarc.Field(
            tag="200",
            indicators=pymarc.Indicators("1", " "),
            subfields=[pymarc.Subfield("a", "Très long titre " * 60)],
        )
    )
    record.add_field(  # type: ignore[no-untyped-call]
        pymarc.Field(
            tag="995",
            indicators=pymarc.Indicators(" ", " "),
            subfields=[pymarc.Subfield("f", "L1"), pymarc.Subfield("k", "R " + "X" * 100)],
        )
    )
    path.write_bytes(bytes(record.as_marc()))

    import_marc(store.transactions(), path, flavour="unimarc")

    with store.reader() as session:
        title = session.scalars(select(Record.title)).one()
        call_number = session.scalars(select(Item.call_number)).one()
    assert len(title) <= 500 and title.startswith("Très long titre") and title.endswith("…")
    assert call_number is not None and len(call_number) <= 60 and call_number.endswith("…")


def test_worker_tasks_smaller_than_a_transaction_keep_batches_and_progress(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibliomobile.services.interop import marc_batches

    monkeypatch.setattr(marc_batches, "WORKER_CHUNK", 20)
    seen: list[int] = []

    report = import_marc(
        store.transactions(),
        KOHA_MARC21,
        batch_size=50,
        workers=1,
        progress=lambda done, _: seen.append(done),
    )

    assert seen == [50, 100, 150, 179]
    assert (report.records_created, report.items_created, len(report.rejected)) == (177, 126, 2)


def test_rows_inserted_as_tuples_leave_the_same_outbox_rows_as_dicts(store: Store) -> None:
    """The import's fast insert writes what sync would read from any other insert."""
    import datetime as dt
    import json

    from sqlalchemy import Table

    from bibliomobile.services.interop.catalogue_sink import (
        CatalogueSink,
        column_names,
        device_batches,
    )

    items = Item.__table__
    records = Record.__table__
    assert isinstance(items, Table) and isinstance(records, Table)
    record = {name: None for name in column_names(records)}
    record.update(
        id="r1", title='« L\'Été » "quoted" \\ ✓', audience="adult", format="book", year=1942
    )
    as_dict = {name: None for name in column_names(items)}
    as_dict.update(
        id="i1", barcode="A1", record_id="r1", location="stacks", withdrawn=False, note="é\n"
    )
    as_tuple = dict(as_dict, id="i2", barcode="A2", set_aside_until=dt.date(2026, 5, 1))
    as_tuple["withdrawn"] = True

    def write(sink: CatalogueSink) -> None:
        sink.insert(records, [record])
        sink.insert(items, [as_dict])
        sink.insert_rows(items, [tuple(as_tuple[n] for n in column_names(items))])  # type: ignore[attr-defined]

    device_batches(store.transactions())(write)

    with store.reader() as session:
        rows = {o.entity_id: o for o in session.scalars(select(OutboxEntry))}
        stored = {i.barcode: i for i in session.scalars(select(Item))}
    expected = {k: v for k, v in as_tuple.items() if k != "id"}
    expected["set_aside_until"] = "2026-05-01"
    assert rows["i2"].fields == expected
    assert list(rows["i2"].fields) == list(rows["i1"].fields)  # same column order
    assert stored["A2"].withdrawn is True and stored["A2"].set_aside_until == dt.date(2026, 5, 1)
    with store.engine.connect() as connection:
        texts = dict(connection.exec_driver_sql("SELECT entity_id, fields FROM outbox").all())
    assert texts["i2"] == json.dumps(expected)


def test_an_import_leaves_the_garbage_collector_settings_as_they_were(store: Store) -> None:
    """The GUI process runs the import: it collects less often only meanwhile."""
    import gc

    before = gc.get_threshold()
    import_marc(store.transactions(), KOHA_UNIMARC)
    assert gc.get_threshold() == before
    report = import_marc(
        store.transactions(), KOHA_MARC21, batch_size=50, should_cancel=lambda: True
    )
    assert report.cancelled and gc.get_threshold() == before
