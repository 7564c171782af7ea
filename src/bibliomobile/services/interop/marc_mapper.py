"""From a MARC record to catalogue values, following a :class:`MarcMapping`.

A mapping is compiled once into a :class:`MappingPlan` (its sources as plain tuples,
its code tables as text, the column lengths): an import maps every record with the
same plan, in worker processes for a big file.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from bibliomobile.domain.enums import Audience, DocumentFormat, Location
from bibliomobile.services.interop.marc_mapping import MarcMapping, Source
from bibliomobile.services.interop.marc_reader import (
    MarcRecord,
    Parts,
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

_YEAR = re.compile(r"(1[0-9]{3}|20[0-9]{2})")
_ISBN = re.compile(r"[0-9][0-9Xx\- ]{8,20}")
_TRAILING = re.compile(r"[\s/:;,=]+$")
_LEADING = re.compile(r"^[\s,;:]+")
_CODED_DATA = re.compile(r"^\d{8}[a-z ]")
_LEADING_CHARS = frozenset(" \t,;:")
_TRAILING_CHARS = frozenset(" \t/:;,=")
_FINAL_PERIOD = re.compile(r"(?<=[a-zà-ÿ)\]]{3})\.$")


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

    def as_dict(self) -> dict[str, object]:
        """The values by column name."""
        return dict(zip(RECORD_COLUMNS, self.values, strict=True))


def _tidy(value: str, period: bool = False) -> str:
    """Without leading/trailing ISBD punctuation; ``period``: also a final full stop
    after a word (MARC21 headings end with one), never after an abbreviation."""
    if not value:
        return value
    if value[0] in _LEADING_CHARS:
        value = _LEADING.sub("", value)
    if value and value[-1] in _TRAILING_CHARS:
        value = _TRAILING.sub("", value)
    if period and value.endswith("."):
        value = _FINAL_PERIOD.sub("", value)
    return value.strip()


#: A compiled source: tag, subfield codes ("" for a control field) and the character
#: range as a slice (start None: the whole value).
_Source = tuple[str, str, int | None, int | None]

#: A record's fields as :meth:`MarcRecord.decoded` gives them.
_Fields = dict[str, list[Any]]


def _compiled(sources: tuple[Source, ...]) -> tuple[_Source, ...]:
    """The sources that can give a value: subfield codes on a data field, none on a
    control field (a control field has no subfields, a data field no text of its own)."""
    out = []
    for source in sources:
        if bool(source.codes) == is_control_tag(source.tag):
            continue
        stop = None
        if source.start is not None:
            stop = (source.end if source.end is not None else source.start) + 1
        out.append((source.tag, source.codes, source.start, stop))
    return tuple(out)


def _occurrences(fields: _Fields, source: _Source) -> list[list[str]]:
    """For each occurrence of the source's field: the values it selects, in order."""
    tag, codes, start, stop = source
    found = fields.get(tag)
    if not found:
        return []
    if not codes:
        control = found[0]
        if not control:
            return []
        return [[control if start is None else control[start:stop]]]
    out = []
    for parts in found:
        if start is None:
            values = [v for p in parts if p[0] in codes and (v := p[1:].strip())]
        else:
            values = [v[start:stop] for p in parts if p[0] in codes and (v := p[1:].strip())]
        if values:
            out.append(values)
    return out


def _first(
    fields: _Fields, sources: tuple[_Source, ...], joiner: str = " ; ", period: bool = False
) -> str | None:
    """The values of the first occurrence that has one, tidied and joined."""
    for tag, codes, start, stop in sources:
        found = fields.get(tag)
        if not found:
            continue
        if not codes:
            control = found[0]
            if control:
                text = _tidy(control if start is None else control[start:stop], period)
                if text:
                    return text
            continue
        for parts in found:
            if start is None:
                texts = [
                    t
                    for p in parts
                    if p[0] in codes and (v := p[1:].strip()) and (t := _tidy(v, period))
                ]
            else:
                texts = [
                    t
                    for p in parts
                    if p[0] in codes
                    and (v := p[1:].strip())
                    and (t := _tidy(v[start:stop], period))
                ]
            if texts:
                return joiner.join(texts)
    return None


def _tags(sources: tuple[_Source, ...]) -> list[str]:
    return [source[0] for source in sources]


def first_value(
    record: MarcRecord, sources: tuple[Source, ...], joiner: str = " ; ", period: bool = False
) -> str | None:
    """The first value the sources give (see :class:`MarcMapping`)."""
    compiled = _compiled(sources)
    return _first(record.decoded(_tags(compiled)), compiled, joiner, period)


def _names(fields: _Fields, sources: tuple[_Source, ...]) -> list[str]:
    names: list[str] = []
    for tag, codes, _start, _stop in sources:
        if not codes:
            continue
        for parts in fields.get(tag, ()):
            if len(codes) == 1:
                found = [
                    t
                    for p in parts
                    if p[0] == codes and (v := p[1:].strip()) and (t := _tidy(v, True))
                ]
            else:
                found = [
                    t
                    for code in codes
                    for p in parts
                    if p[0] == code and (v := p[1:].strip()) and (t := _tidy(v, True))
                ]
            name = ", ".join(found)
            if name and name not in names and not _CODED_DATA.match(name):
                # (a UNIMARC 100$a, coded data, found in a MARC21 100 is not a name)
                names.append(name)
    return names


def _subjects(fields: _Fields, sources: tuple[_Source, ...]) -> list[str]:
    found: list[str] = []
    for source in sources:
        for values in _occurrences(fields, source):
            heading = " -- ".join([t for v in values if (t := _tidy(v, True))])
            if heading and heading not in found:
                found.append(heading)
    return found


def _year(fields: _Fields, sources: tuple[_Source, ...], latest: int) -> int | None:
    for source in sources:
        for values in _occurrences(fields, source):
            for value in values:
                match = _YEAR.search(value)
                if match and int(match.group(1)) <= latest:
                    return int(match.group(1))
    return None


def _isbn(fields: _Fields, sources: tuple[_Source, ...]) -> str | None:
    for source in sources:
        for values in _occurrences(fields, source):
            for value in values:
                match = _ISBN.search(value)
                if match:
                    compact = match.group(0).replace("-", "").replace(" ", "").upper()
                    if len(compact) in (10, 13):
                        return compact
                    if compact:
                        return compact[:20]
    return None


def _coded(fields: _Fields, tag: str, code: str = "a") -> str:
    parts: Parts
    for parts in fields.get(tag, ()):
        for p in parts:
            if p[0] == code:
                return p[1:].strip()
    return ""


def _control(fields: _Fields, tag: str) -> str:
    found = fields.get(tag)
    return found[0] if found and isinstance(found[0], str) else ""


# Plain text values (str() of an enum member runs Python code, once per record otherwise).
_DVD, _AUDIOBOOK, _MUSIC_CD, _MAGAZINE, _LARGE_PRINT, _BOOK = (
    DocumentFormat.DVD.value,
    DocumentFormat.AUDIOBOOK.value,
    DocumentFormat.MUSIC_CD.value,
    DocumentFormat.MAGAZINE.value,
    DocumentFormat.LARGE_PRINT.value,
    DocumentFormat.BOOK.value,
)
_CHILD, _YOUNG_ADULT, _ADULT = (
    Audience.CHILD.value,
    Audience.YOUNG_ADULT.value,
    Audience.ADULT.value,
)


def _format(leader: str, fields: _Fields, flavour: str) -> str:
    kind = leader[6:7] if len(leader) > 7 else ""
    level = leader[7:8] if len(leader) > 7 else ""
    if kind == "g":
        return _DVD
    if kind == "i":
        return _AUDIOBOOK
    if kind == "j":
        return _MUSIC_CD
    if level == "s":
        return _MAGAZINE
    if flavour == "unimarc":
        if _coded(fields, "106")[:1] == "d":
            return _LARGE_PRINT
    elif _control(fields, "008")[23:24] == "d":
        return _LARGE_PRINT
    return _BOOK


def _audience(leader: str, fields: _Fields, flavour: str) -> str:
    if flavour == "unimarc":
        code = _coded(fields, "100")[17:18]
        if code in ("a", "b", "c", "d"):
            return _CHILD
        if code == "e":
            return _YOUNG_ADULT
        return _ADULT
    code = _control(fields, "008")[22:23] if (leader[6:7] in ("a", "t")) else ""
    if code in ("a", "b", "c", "j"):
        return _CHILD
    if code == "d":
        return _YOUNG_ADULT
    return _ADULT


def record_format(record: MarcRecord, flavour: str) -> str:
    """The format the leader (and the form-of-item codes) say."""
    return _format(record.leader, record.decoded(("106", "008")), flavour)


def record_audience(record: MarcRecord, flavour: str) -> str:
    """The audience the coded data say (UNIMARC 100$a/17, MARC21 008/22)."""
    return _audience(record.leader, record.decoded(("100", "008")), flavour)


def _pick(by_code: dict[str, list[str]], codes: str) -> list[str]:
    """The values of some subfield codes, code after code."""
    if len(codes) == 1:
        return by_code.get(codes, [])
    return [v for code in codes for v in by_code.get(code, ())]


def _cut(value: str, limit: int) -> str:
    """A text cut to a column's length (PostgreSQL enforces it), saying so with "…"."""
    return value[: limit - 1].rstrip() + "…"


#: Fields read whatever the mapping: identifier, coded data (character set, audience,
#: large print) and MARC21's fixed-length data.
_ALWAYS_READ = frozenset({"001", "100", "106", "008"})


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

        def sources(target: str) -> tuple[_Source, ...]:
            return _compiled(record.get(target, ()))

        self._source_id = _compiled(mapping.source_id)
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
        return self._source_id_of(record.decoded(_tags(self._source_id)))

    def _source_id_of(self, fields: _Fields) -> str | None:
        value = _first(fields, self._source_id)
        return value.strip() if value else None

    def _item_list(self, fields: _Fields) -> tuple[list[MappedItem], list[str]]:
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
                barcodes = _pick(by_code, barcode_codes)
                if not barcodes:
                    warnings.append(f"exemplaire sans code-barres ignoré (zone {tag} n° {number})")
                    continue
                barcode = barcodes[0].replace(" ", "").upper()
                if len(barcode) > BARCODE_MAX:
                    raise RecordError(
                        f"code-barres trop long ({len(barcode)} caractères, {BARCODE_MAX} au plus) : {barcode[:50]}"
                    )
                call_number = " ".join(_pick(by_code, call_codes)) or None
                limit = self._call_number_limit
                if call_number is not None and limit is not None and len(call_number) > limit:
                    call_number = _cut(call_number, limit)
                libraries = _pick(by_code, library_codes)
                locations = _pick(by_code, location_codes)
                types = _pick(by_code, type_codes)
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
        title = _first(fields, self._title, period=True)
        if not title:
            raise RecordError(self._no_title)
        names = _names(fields, self._authors)
        if not names:
            responsibility = _first(fields, self._responsibility)
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
            record_type = _first(fields, self._document_type)
            if record_type and record_type in types:
                fmt = types[record_type]
        if fmt is None:
            fmt = _format(record.leader, fields, self.flavour)
        language = _first(fields, self._language)
        subjects = _subjects(fields, self._subjects)
        values: tuple[object, ...] = (
            title,
            _first(fields, self._subtitle, period=True),
            "; ".join(names) or None,
            "; ".join(subjects) or None,
            _audience(record.leader, fields, self.flavour),
            fmt,
            language[:3].lower() if language and language[:3].isalpha() else None,
            _year(fields, self._year, self._latest_year),
            _isbn(fields, self._isbn),
            _first(fields, self._publisher),
            _first(fields, self._series),
            _first(fields, self._physical_description),
            _first(fields, self._summary, joiner=" "),
            _first(fields, self._dewey),
        )
        for index, limit in self._limits:
            value = values[index]
            if type(value) is str and len(value) > limit:
                cut = list(values)
                cut[index] = _cut(value, limit)
                values = tuple(cut)
        return MappedRecord(self._source_id_of(fields), values, tuple(items), tuple(warnings))


def source_id_of(record: MarcRecord, mapping: MarcMapping) -> str | None:
    return MappingPlan(mapping).source_id(record)


def map_record(record: MarcRecord, mapping: MarcMapping) -> MappedRecord:
    """The catalogue values of one record (to map many, make one :class:`MappingPlan`).

    Raises:
        RecordError: the record has no title, or an unusable item.
    """
    return MappingPlan(mapping).map(record)


def detect_flavour(records: list[MarcRecord]) -> str | None:
    """``unimarc`` or ``marc21`` from the structure of a sample of records.

    UNIMARC has its title in 200 and no 008; MARC21 has 245 and 008; 995 items
    point to UNIMARC, 952 to MARC21 (Koha). The majority of the sample decides.
    """
    unimarc = marc21 = 0
    for record in records:
        tags = set(record.tags())
        unimarc += ("200" in tags) + ("995" in tags) + ("100" in tags and "008" not in tags)
        marc21 += ("245" in tags) + ("952" in tags) + ("008" in tags)
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


#: Objects allocated between two collections of the youngest generation while records
#: are mapped or written (700 by default).
_IMPORT_GC_THRESHOLD = 50_000


@contextmanager
def rare_collections() -> Iterator[None]:
    """Fewer garbage collections while a big batch job runs (restored after).

    Reading and writing records allocates millions of short-lived tuples and no
    reference cycles; with the default threshold the collector runs every few hundred
    allocations and took 6 % of an import's time.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _IMPORT_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_worker_plan: MappingPlan | None = None


def start_worker(plan: MappingPlan) -> None:
    """Keep the plan in a worker process (sent once, not with every batch)."""
    global _worker_plan
    _worker_plan = plan
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], _IMPORT_GC_THRESHOLD), *threshold[1:])  # see above


def map_chunks_in_worker(chunks: list[tuple[int, int, bytes, bool]]) -> list[Outcome]:
    """:func:`map_chunks` with the plan given to :func:`start_worker`."""
    assert _worker_plan is not None, "start_worker() was not called in this process"
    return map_chunks(chunks, _worker_plan)


def _careful(chunk: RawChunk, plan: MappingPlan) -> Outcome:
    """A record whose character set must be checked field by field."""
    leader, raw = parse_chunk(chunk, frozenset(plan.tags))
    try:
        check_encoding(chunk, leader, raw, plan.flavour)
    except RecordError as error:
        return (
            chunk.position,
            chunk.offset,
            Refusal(error.reason, _raw_source_id(leader, raw, plan)),
        )
    return map_outcome(chunk.position, chunk.offset, MarcRecord(leader, raw), plan)


def _raw_source_id(leader: str, raw: dict[str, list[bytes]], plan: MappingPlan) -> str | None:
    """The identifier of a record whose text cannot be decoded, to name it in the report."""
    try:
        return plan.source_id(MarcRecord(leader, raw))
    except UnicodeDecodeError:
        control = raw.get("001")
        return control[0].decode("utf-8", "replace").strip() or None if control else None
