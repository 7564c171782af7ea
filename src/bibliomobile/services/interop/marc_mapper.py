"""From a MARC record to catalogue values, following a :class:`MarcMapping`.

A mapping is compiled once into a :class:`MappingPlan` (its sources as plain tuples,
its code tables as text, the column lengths): an import maps every record with the
same plan, in worker processes for a big file (:mod:`.marc_batches`). The rules for
each field (titles, names, subjects, year, ISBN, format, audience) are in
:mod:`.marc_fields`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from bibliomobile.domain.enums import Location
from bibliomobile.lang import Message
from bibliomobile.services.interop.marc_charsets import MARC8_NOTE, converted_record
from bibliomobile.services.interop.marc_fields import (
    CompiledSource,
    Fields,
    audience_of,
    author_names,
    compile_sources,
    cut_text,
    document_format,
    first_text,
    isbn_of,
    pick_codes,
    subject_headings,
    tags_of,
    year_of,
)
from bibliomobile.services.interop.marc_mapping import MarcMapping, Source
from bibliomobile.services.interop.marc_reader import (
    MarcRecord,
    RawChunk,
    RecordError,
    check_encoding,
    decode_iso2709,
    is_control_tag,
    parse_chunk,
    wanted_fields,
)

#: Longest barcode the ``items.barcode`` column holds.
BARCODE_MAX = 40

#: The record columns a mapping fills, in the order of :attr:`MappedRecord.values`.
RECORD_COLUMNS = (
    "title",
    "subtitle",
    "authors",
    "subjects",
    "audience",
    "format",
    "language",
    "year",
    "isbn",
    "publisher",
    "series",
    "physical_description",
    "summary",
    "dewey",
)


# Named tuples rather than dataclasses: worker processes send thousands of them
# to the writing process, and a named tuple pickles and unpickles in half the time.


class MappedItem(NamedTuple):
    """An item (exemplaire) as the file describes it."""

    barcode: str
    call_number: str | None
    library_code: str | None
    location: str
    document_type: str | None


class MappedRecord(NamedTuple):
    """A record's catalogue values and its items, ready to be written."""

    source_id: str | None
    #: In :data:`RECORD_COLUMNS` order, each text already cut to its column's length.
    values: tuple[object, ...]
    items: tuple[MappedItem, ...]
    warnings: tuple[str, ...]
    #: MARC 003 when the identifier is the record's 001: whose numbering it follows.
    source_org: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The values by column name."""
        return dict(zip(RECORD_COLUMNS, self.values, strict=True))


#: Fields read whatever the mapping: identifier, coded data (character set, audience,
#: large print) and MARC21's fixed-length data.
_ALWAYS_READ = frozenset({"001", "003", "100", "106", "008"})

#: The length of ``records.source_org`` (003 is a URI in UNIMARC).
SOURCE_ORG_MAX = 200


def reading_tags(mapping: MarcMapping) -> frozenset[str]:
    """The tags a record is read for: the mapping's and those the mapper always uses."""
    return frozenset(mapping.tags()) | _ALWAYS_READ


class MappingPlan:
    """A mapping compiled for mapping many records, and the column lengths to fit.

    Args:
        mapping: what goes where.
        limits: longest text of each record column (and ``call_number`` for items);
            a longer value is cut, ending with "…".
    """

    def __init__(self, mapping: MarcMapping, limits: Mapping[str, int] | None = None) -> None:
        self.mapping = mapping
        self.flavour = mapping.flavour
        self._tags = tuple(sorted(reading_tags(mapping)))
        #: The tags to decode, as :func:`decode_iso2709` takes them.
        self.wanted = wanted_fields(self._tags)
        limits = limits or {}
        self._limits = tuple(
            (index, limits[column])
            for index, column in enumerate(RECORD_COLUMNS)
            if column in limits
        )
        self._call_number_limit = limits.get("call_number")
        self._latest_year = dt.date.today().year + 5  # a later year is a typing error
        record = mapping.record

        def sources(target: str) -> tuple[CompiledSource, ...]:
            return compile_sources(record.get(target, ()))

        self._source_id = compile_sources(mapping.source_id)
        self._title = sources("title")
        self._no_title = (
            "notice sans titre (zone "
            + ", ".join(str(s) for s in record.get("title", ()))
            + " absente ou vide)"
        )
        self._subtitle = sources("subtitle")
        self._responsibility = sources("responsibility")
        self._authors = sources("authors")
        self._isbn = sources("isbn")
        self._publisher = sources("publisher")
        self._year = sources("year")
        self._physical_description = sources("physical_description")
        self._series = sources("series")
        self._summary = sources("summary")
        self._subjects = sources("subjects")
        self._dewey = sources("dewey")
        self._language = sources("language")
        self._document_type = sources("document_type")
        self._items = tuple(
            (i.tag, i.barcode, i.call_number, i.library, i.location, i.document_type)
            for i in mapping.items
            if not is_control_tag(i.tag)
        )
        self._locations = {code: str(Location(v)) for code, v in mapping.locations.items()}
        self._document_types = dict(mapping.document_types)

    def __reduce__(self) -> tuple[object, ...]:
        # Sent to worker processes as its mapping and limits, compiled again there.
        limits = {RECORD_COLUMNS[index]: limit for index, limit in self._limits}
        if self._call_number_limit is not None:
            limits["call_number"] = self._call_number_limit
        return (MappingPlan, (self.mapping, limits))

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags a record is read for."""
        return self._tags

    def source_id(self, record: MarcRecord) -> str | None:
        # Only the identifier's fields: those of a refused record may not decode.
        return self._source_id_of(record.decoded(tags_of(self._source_id)))

    def _source_id_of(self, fields: Fields) -> str | None:
        value = first_text(fields, self._source_id)
        return value.strip() if value else None

    def _item_list(self, fields: Fields) -> tuple[list[MappedItem], list[str]]:
        items: list[MappedItem] = []
        warnings: list[str] = []
        stacks = str(Location.STACKS)
        for (
            tag,
            barcode_codes,
            call_codes,
            library_codes,
            location_codes,
            type_codes,
        ) in self._items:
            for number, parts in enumerate(fields.get(tag, ()), start=1):
                by_code: dict[str, list[str]] = {}
                for p in parts:
                    if v := p[1:].strip():
                        found = by_code.get(p[0])
                        if found is None:
                            by_code[p[0]] = [v]
                        else:
                            found.append(v)
                barcodes = pick_codes(by_code, barcode_codes)
                if not barcodes:
                    warnings.append(f"exemplaire sans code-barres ignoré (zone {tag} n° {number})")
                    continue
                barcode = barcodes[0].replace(" ", "").upper()
                if len(barcode) > BARCODE_MAX:
                    raise RecordError(
                        Message(
                            "interop.code_barres_trop_long",
                            count=len(barcode),
                            barcode_max=BARCODE_MAX,
                            barcode=barcode[:50],
                        )
                    )
                call_number = " ".join(pick_codes(by_code, call_codes)) or None
                limit = self._call_number_limit
                if call_number is not None and limit is not None and len(call_number) > limit:
                    call_number = cut_text(call_number, limit)
                libraries = pick_codes(by_code, library_codes)
                locations = pick_codes(by_code, location_codes)
                types = pick_codes(by_code, type_codes)
                items.append(
                    MappedItem(
                        barcode,
                        call_number,
                        libraries[0][:20] if libraries else None,
                        self._locations.get(locations[0], stacks) if locations else stacks,
                        types[0] if types else None,
                    )
                )
        return items, warnings

    def map(self, record: MarcRecord) -> MappedRecord:
        """The catalogue values of one record.

        Raises:
            RecordError: the record has no title, or an unusable item.
        """
        fields = record.decoded(self._tags)
        title = first_text(fields, self._title, period=True)
        if not title:
            raise RecordError(self._no_title)
        names = author_names(fields, self._authors)
        if not names:
            responsibility = first_text(fields, self._responsibility)
            if responsibility:
                names = [responsibility]
        items, warnings = self._item_list(fields)
        types = self._document_types
        fmt: str | None = None
        for item in items:
            if item.document_type and item.document_type in types:
                fmt = types[item.document_type]
                break
        if fmt is None:
            record_type = first_text(fields, self._document_type)
            if record_type and record_type in types:
                fmt = types[record_type]
        if fmt is None:
            fmt = document_format(record.leader, fields, self.flavour)
        language = first_text(fields, self._language)
        subjects = subject_headings(fields, self._subjects)
        values: tuple[object, ...] = (
            title,
            first_text(fields, self._subtitle, period=True),
            "; ".join(names) or None,
            "; ".join(subjects) or None,
            audience_of(record.leader, fields, self.flavour),
            fmt,
            language[:3].lower() if language and language[:3].isalpha() else None,
            year_of(fields, self._year, self._latest_year),
            isbn_of(fields, self._isbn),
            first_text(fields, self._publisher),
            first_text(fields, self._series),
            first_text(fields, self._physical_description),
            first_text(fields, self._summary, joiner=" "),
            first_text(fields, self._dewey),
        )
        for index, limit in self._limits:
            value = values[index]
            if type(value) is str and len(value) > limit:
                cut = list(values)
                cut[index] = cut_text(value, limit)
                values = tuple(cut)
        source_id = self._source_id_of(fields)
        return MappedRecord(
            source_id, values, tuple(items), tuple(warnings), source_org_of(fields, source_id)
        )


def source_org_of(fields: Fields, source_id: str | None) -> str | None:
    """003 (the organisation), when ``source_id`` is the record's 001: 003 qualifies
    001 only (a 035 carries its own organisation)."""
    if source_id is None or first_text(fields, _FROM_001) != source_id:
        return None
    org = first_text(fields, _FROM_003)
    return org[:SOURCE_ORG_MAX] if org else None


_FROM_001 = compile_sources((Source.parse("001"),))
_FROM_003 = compile_sources((Source.parse("003"),))


def source_id_of(record: MarcRecord, mapping: MarcMapping) -> str | None:
    return MappingPlan(mapping).source_id(record)


def map_record(record: MarcRecord, mapping: MarcMapping) -> MappedRecord:
    """The catalogue values of one record (to map many, make one :class:`MappingPlan`).

    Raises:
        RecordError: the record has no title, or an unusable item.
    """
    return MappingPlan(mapping).map(record)


#: What :func:`detect_flavour` says of a BnF INTERMARC file (refused unless mapped).
INTERMARC = "intermarc"


def _is_intermarc(record: MarcRecord) -> bool:
    """BnF INTERMARC: digits where MARC21 and UNIMARC put the record's type and level
    (leader/06-07), or a BnF identifier (001 FRBNF…) on a record with MARC21-like
    tags and no UNIMARC title (200)."""
    leader = record.leader
    if len(leader) >= 8 and leader[6:8].isdigit():
        return True
    ident = record.control("001") or ""
    tags = set(record.tags())
    return ident.startswith("FRBNF") and "245" in tags and "200" not in tags


def detect_flavour(records: list[MarcRecord], declared: str | None = None) -> str | None:
    """``unimarc``, ``marc21`` or :data:`INTERMARC` from what the file declares
    (MarcXchange's ``format`` attribute) or the structure of a sample of records.

    UNIMARC has its title in 200, a leader ending ``450 `` and no 40-character 008
    (the SUDOC's 008 holds a 4-character document type, ``Aax3``); MARC21 has 245,
    a 40-character 008 and a leader ending ``4500``; 995 items point to UNIMARC, 952
    to MARC21 (Koha). The majority of the sample decides.
    """
    if declared in ("UNIMARC", "MARC21", "INTERMARC"):
        return declared.lower()
    if records and sum(map(_is_intermarc, records)) * 2 > len(records):
        return INTERMARC
    unimarc = marc21 = 0
    for record in records:
        tags = set(record.tags())
        fixed = record.control("008") or ""
        long_008 = len(fixed) >= 40
        end = record.leader[20:24]
        unimarc += ("200" in tags) + ("995" in tags) + ("100" in tags and not long_008)
        unimarc += end == "450 "
        marc21 += ("245" in tags) + ("952" in tags) + long_008 + (end == "4500")
    if unimarc == marc21:
        return None
    return "unimarc" if unimarc > marc21 else "marc21"


@dataclass(frozen=True, slots=True)
class Refusal:
    """A record that cannot be imported, found while reading or mapping it."""

    reason: str
    source_id: str | None = None


#: (position in the file, byte offset or None, what became of the record)
Outcome = tuple[int, int | None, "MappedRecord | Refusal"]


def map_outcome(
    position: int, offset: int | None, entry: MarcRecord | RecordError, plan: MappingPlan
) -> Outcome:
    """Map one read record, or say why it cannot be imported."""
    if isinstance(entry, RecordError):
        return position, offset, Refusal(entry.reason)
    try:
        return position, offset, plan.map(entry)
    except RecordError as error:
        return position, offset, Refusal(error.reason, plan.source_id(entry))
    except (UnicodeDecodeError, ValueError) as error:
        return position, offset, Refusal(f"notice illisible ({error})")


def map_chunks(chunks: list[tuple[int, int, bytes, bool]], plan: MappingPlan) -> list[Outcome]:
    """Read and map a list of ISO 2709 records (run in a worker process for big files)."""
    out: list[Outcome] = []
    append = out.append
    wanted = plan.wanted
    for position, offset, data, terminated in chunks:
        try:
            record = decode_iso2709(data, terminated, wanted)
        except RecordError as error:
            append((position, offset, Refusal(error.reason)))
            continue
        if record is None:  # not plain UTF-8: say why, or read it the careful way
            append(_careful(RawChunk(position, offset, data, terminated), plan))
            continue
        try:
            append((position, offset, plan.map(record)))
        except (RecordError, UnicodeDecodeError, ValueError):
            append(map_outcome(position, offset, record, plan))  # says why
    return out


def _careful(chunk: RawChunk, plan: MappingPlan) -> Outcome:
    """A record whose character set must be checked field by field."""
    leader, raw = parse_chunk(chunk, frozenset(plan.tags))
    try:
        check_encoding(chunk, leader, raw, plan.flavour)
    except RecordError as error:
        converted = converted_record(chunk, leader, raw, plan.flavour)
        if isinstance(converted, MarcRecord):  # MARC-8, now Unicode
            outcome = map_outcome(chunk.position, chunk.offset, converted, plan)
            mapped = outcome[2]
            if isinstance(mapped, MappedRecord):
                mapped = mapped._replace(warnings=(*mapped.warnings, MARC8_NOTE))
            return chunk.position, chunk.offset, mapped
        reason = converted.reason if converted is not None else error.reason
        return (
            chunk.position,
            chunk.offset,
            Refusal(reason, _raw_source_id(leader, raw, plan)),
        )
    return map_outcome(chunk.position, chunk.offset, MarcRecord(leader, raw), plan)


def _raw_source_id(leader: str, raw: dict[str, list[bytes]], plan: MappingPlan) -> str | None:
    """The identifier of a record whose text cannot be decoded, to name it in the report."""
    try:
        return plan.source_id(MarcRecord(leader, raw))
    except UnicodeDecodeError:
        control = raw.get("001")
        return control[0].decode("utf-8", "replace").strip() or None if control else None
