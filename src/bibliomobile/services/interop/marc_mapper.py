"""From a MARC record to catalogue values, following a :class:`MarcMapping`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from bibliomobile.domain.enums import Audience, DocumentFormat, Location

from .marc_mapping import MarcMapping, Source
from .marc_reader import MarcRecord, RecordError

#: Longest barcode the ``items.barcode`` column holds.
BARCODE_MAX = 40

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
    values: dict[str, object]
    items: tuple[MappedItem, ...]
    warnings: tuple[str, ...]


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


def _slice(value: str, source: Source) -> str:
    if source.start is None:
        return value
    end = source.end if source.end is not None else source.start
    return value[source.start : end + 1]


def _occurrences(record: MarcRecord, source: Source) -> list[list[str]]:
    """For each occurrence of the source's field: the values it selects, in order."""
    if not source.codes:
        control = record.control(source.tag)
        return [[_slice(control, source)]] if control else []
    out: list[list[str]] = []
    codes = source.codes
    if source.start is None:
        for subfields in record.fields(source.tag):
            values = [v for code, v in subfields if v and code in codes]
            if values:
                out.append(values)
        return out
    for subfields in record.fields(source.tag):
        values = [_slice(v, source) for code, v in subfields if v and code in codes]
        if values:
            out.append(values)
    return out


def first_value(
    record: MarcRecord, sources: tuple[Source, ...], joiner: str = " ; ", period: bool = False
) -> str | None:
    for source in sources:
        for values in _occurrences(record, source):
            text = joiner.join([t for v in values if (t := _tidy(v, period))])
            if text:
                return text
    return None


def _names(record: MarcRecord, sources: tuple[Source, ...]) -> list[str]:
    names: list[str] = []
    for source in sources:
        if not source.codes:
            continue
        for subfields in record.fields(source.tag):
            parts: list[str] = []
            for code in source.codes:
                parts += [_tidy(v, period=True) for c, v in subfields if c == code and v]
            name = ", ".join(p for p in parts if p)
            if _CODED_DATA.match(name):
                continue  # a UNIMARC 100$a (coded data) in a MARC21 100: not a name
            if name and name not in names:
                names.append(name)
    return names


def _subjects(record: MarcRecord, sources: tuple[Source, ...]) -> list[str]:
    found: list[str] = []
    for source in sources:
        for values in _occurrences(record, source):
            heading = " -- ".join(t for t in (_tidy(v, period=True) for v in values) if t)
            if heading and heading not in found:
                found.append(heading)
    return found


def _year(record: MarcRecord, sources: tuple[Source, ...]) -> int | None:
    latest = dt.date.today().year + 5
    for source in sources:
        for values in _occurrences(record, source):
            for value in values:
                match = _YEAR.search(value)
                if match and int(match.group(1)) <= latest:
                    return int(match.group(1))
    return None


def _isbn(record: MarcRecord, sources: tuple[Source, ...]) -> str | None:
    for source in sources:
        for values in _occurrences(record, source):
            for value in values:
                match = _ISBN.search(value)
                if match:
                    compact = match.group(0).replace("-", "").replace(" ", "").upper()
                    if len(compact) in (10, 13):
                        return compact
                    if compact:
                        return compact[:20]
    return None


def _coded(record: MarcRecord, tag: str, code: str = "a") -> str:
    for subfields in record.fields(tag):
        for c, v in subfields:
            if c == code:
                return v
    return ""


def record_format(record: MarcRecord, flavour: str) -> str:
    """The format the leader (and the form-of-item codes) say."""
    leader = record.leader
    kind = leader[6:7] if len(leader) > 7 else ""
    level = leader[7:8] if len(leader) > 7 else ""
    if kind == "g":
        return DocumentFormat.DVD
    if kind == "i":
        return DocumentFormat.AUDIOBOOK
    if kind == "j":
        return DocumentFormat.MUSIC_CD
    if level == "s":
        return DocumentFormat.MAGAZINE
    if flavour == "unimarc":
        if _coded(record, "106")[:1] == "d":
            return DocumentFormat.LARGE_PRINT
    else:
        fixed = record.control("008") or ""
        if fixed[23:24] == "d":
            return DocumentFormat.LARGE_PRINT
    return DocumentFormat.BOOK


def record_audience(record: MarcRecord, flavour: str) -> str:
    if flavour == "unimarc":
        code = _coded(record, "100")[17:18]
        if code in ("a", "b", "c", "d"):
            return Audience.CHILD
        if code == "e":
            return Audience.YOUNG_ADULT
        return Audience.ADULT
    fixed = record.control("008") or ""
    code = fixed[22:23] if (record.leader[6:7] in ("a", "t")) else ""
    if code in ("a", "b", "c", "j"):
        return Audience.CHILD
    if code == "d":
        return Audience.YOUNG_ADULT
    return Audience.ADULT


def source_id_of(record: MarcRecord, mapping: MarcMapping) -> str | None:
    value = first_value(record, mapping.source_id)
    return value.strip() if value else None


def _items(record: MarcRecord, mapping: MarcMapping) -> tuple[list[MappedItem], list[str]]:
    items: list[MappedItem] = []
    warnings: list[str] = []
    for spec in mapping.items:
        for number, subfields in enumerate(record.fields(spec.tag), start=1):
            by_code: dict[str, list[str]] = {}
            for c, v in subfields:
                if v := v.strip():
                    found = by_code.get(c)
                    if found is None:
                        by_code[c] = [v]
                    else:
                        found.append(v)

            def values(codes: str, by_code: dict[str, list[str]] = by_code) -> list[str]:
                if len(codes) == 1:
                    return by_code.get(codes, [])
                return [v for code in codes for v in by_code.get(code, ())]

            barcodes = values(spec.barcode)
            if not barcodes:
                warnings.append(f"exemplaire sans code-barres ignoré (zone {spec.tag} n° {number})")
                continue
            barcode = barcodes[0].replace(" ", "").upper()
            if len(barcode) > BARCODE_MAX:
                raise RecordError(
                    f"code-barres trop long ({len(barcode)} caractères, {BARCODE_MAX} au plus) : {barcode[:50]}"
                )
            call_number = " ".join(values(spec.call_number)) or None
            libraries = values(spec.library)
            location_codes = values(spec.location)
            location = Location.STACKS
            if location_codes:
                location = Location(mapping.locations.get(location_codes[0], Location.STACKS))
            types = values(spec.document_type)
            items.append(
                MappedItem(
                    barcode=barcode,
                    call_number=call_number,
                    library_code=libraries[0][:20] if libraries else None,
                    location=str(location),
                    document_type=types[0] if types else None,
                )
            )
    return items, warnings


def map_record(record: MarcRecord, mapping: MarcMapping) -> MappedRecord:
    """The catalogue values of one record.

    Raises:
        RecordError: the record has no title, or an unusable item.
    """
    sources = mapping.record
    title = first_value(record, sources.get("title", ()), period=True)
    if not title:
        where = ", ".join(str(s) for s in sources.get("title", ()))
        raise RecordError(f"notice sans titre (zone {where} absente ou vide)")
    names = _names(record, sources.get("authors", ()))
    if not names:
        responsibility = first_value(record, sources.get("responsibility", ()))
        if responsibility:
            names = [responsibility]
    items, warnings = _items(record, mapping)
    fmt: str | None = None
    for item in items:
        if item.document_type and item.document_type in mapping.document_types:
            fmt = mapping.document_types[item.document_type]
            break
    if fmt is None:
        record_type = first_value(record, sources.get("document_type", ()))
        if record_type and record_type in mapping.document_types:
            fmt = mapping.document_types[record_type]
    if fmt is None:
        fmt = record_format(record, mapping.flavour)
    language = first_value(record, sources.get("language", ()))
    subjects = _subjects(record, sources.get("subjects", ()))
    values: dict[str, object] = {
        "title": title,
        "subtitle": first_value(record, sources.get("subtitle", ()), period=True),
        "authors": "; ".join(names) or None,
        "subjects": "; ".join(subjects) or None,
        "audience": str(record_audience(record, mapping.flavour)),
        "format": str(fmt),
        "language": language[:3].lower() if language and language[:3].isalpha() else None,
        "year": _year(record, sources.get("year", ())),
        "isbn": _isbn(record, sources.get("isbn", ())),
        "publisher": first_value(record, sources.get("publisher", ())),
        "series": first_value(record, sources.get("series", ())),
        "physical_description": first_value(record, sources.get("physical_description", ())),
        "summary": first_value(record, sources.get("summary", ()), joiner=" "),
        "dewey": first_value(record, sources.get("dewey", ())),
    }
    return MappedRecord(source_id_of(record, mapping), values, tuple(items), tuple(warnings))


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
    position: int, offset: int | None, entry: MarcRecord | RecordError, mapping: MarcMapping
) -> Outcome:
    """Map one read record, or say why it cannot be imported."""
    if isinstance(entry, RecordError):
        return position, offset, Refusal(entry.reason)
    try:
        return position, offset, map_record(entry, mapping)
    except RecordError as error:
        return position, offset, Refusal(error.reason, source_id_of(entry, mapping))
    except (UnicodeDecodeError, ValueError) as error:
        return position, offset, Refusal(f"notice illisible ({error})")


#: Fields read whatever the mapping: identifier, coded data (character set, audience,
#: large print) and MARC21's fixed-length data.
_ALWAYS_READ = frozenset({"001", "100", "106", "008"})


def reading_tags(mapping: MarcMapping) -> frozenset[str]:
    """The tags a record is read for: the mapping's and those the mapper always uses."""
    return frozenset(mapping.tags()) | _ALWAYS_READ


def map_chunks(
    chunks: list[tuple[int, int, bytes, bool]], flavour: str, mapping: MarcMapping
) -> list[Outcome]:
    """Read and map a list of ISO 2709 records (run in a worker process for big files)."""
    from .marc_reader import RawChunk, check_encoding, parse_chunk

    out: list[Outcome] = []
    wanted = reading_tags(mapping)
    for position, offset, data, terminated in chunks:
        chunk = RawChunk(position, offset, data, terminated)
        try:
            leader, raw = parse_chunk(chunk, wanted)
        except RecordError as error:
            out.append((position, offset, Refusal(error.reason)))
            continue
        try:
            check_encoding(chunk, leader, raw, flavour)
        except RecordError as error:
            out.append(
                (position, offset, Refusal(error.reason, _raw_source_id(leader, raw, mapping)))
            )
            continue
        out.append(map_outcome(position, offset, MarcRecord(leader, raw), mapping))
    return out


def _raw_source_id(leader: str, raw: dict[str, list[bytes]], mapping: MarcMapping) -> str | None:
    """The identifier of a record whose text cannot be decoded, to name it in the report."""
    try:
        return source_id_of(MarcRecord(leader, raw), mapping)
    except UnicodeDecodeError:
        control = raw.get("001")
        return control[0].decode("utf-8", "replace").strip() or None if control else None
