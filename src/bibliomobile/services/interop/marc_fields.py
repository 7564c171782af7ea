"""The field rules of the MARC mapper: which text a record's fields give for a column.

Plain functions over a record's decoded fields (``Fields``) and compiled sources
(``CompiledSource``): the first value of some subfields, author names, subject
headings, a year, an ISBN, the document format and audience the coded data say.
:class:`~bibliomobile.services.interop.marc_mapper.MappingPlan` calls them for every
record, so they stay small and allocate little.
"""

from __future__ import annotations

import re
from typing import Any

from bibliomobile.domain.enums import Audience, DocumentFormat
from bibliomobile.services.interop.marc_mapping import Source
from bibliomobile.services.interop.marc_reader import MarcRecord, Parts, is_control_tag

_YEAR = re.compile(r"(1[0-9]{3}|20[0-9]{2})")
_ISBN = re.compile(r"[0-9][0-9Xx\- ]{8,20}")
_TRAILING = re.compile(r"[\s/:;,=]+$")
_LEADING = re.compile(r"^[\s,;:]+")
_CODED_DATA = re.compile(r"^\d{8}[a-z ]")
_LEADING_CHARS = frozenset(" \t,;:")
_TRAILING_CHARS = frozenset(" \t/:;,=")
_FINAL_PERIOD = re.compile(r"(?<=[a-zà-ÿ)\]]{3})\.$")


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
CompiledSource = tuple[str, str, int | None, int | None]

#: A record's fields as :meth:`MarcRecord.decoded` gives them.
Fields = dict[str, list[Any]]


def compile_sources(sources: tuple[Source, ...]) -> tuple[CompiledSource, ...]:
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


def _occurrences(fields: Fields, source: CompiledSource) -> list[list[str]]:
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


def first_text(
    fields: Fields, sources: tuple[CompiledSource, ...], joiner: str = " ; ", period: bool = False
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


def tags_of(sources: tuple[CompiledSource, ...]) -> list[str]:
    return [source[0] for source in sources]


def first_value(
    record: MarcRecord, sources: tuple[Source, ...], joiner: str = " ; ", period: bool = False
) -> str | None:
    """The first value the sources give (see :class:`MarcMapping`)."""
    compiled = compile_sources(sources)
    return first_text(record.decoded(tags_of(compiled)), compiled, joiner, period)


def author_names(fields: Fields, sources: tuple[CompiledSource, ...]) -> list[str]:
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


def subject_headings(fields: Fields, sources: tuple[CompiledSource, ...]) -> list[str]:
    found: list[str] = []
    for source in sources:
        for values in _occurrences(fields, source):
            heading = " -- ".join([t for v in values if (t := _tidy(v, True))])
            if heading and heading not in found:
                found.append(heading)
    return found


def year_of(fields: Fields, sources: tuple[CompiledSource, ...], latest: int) -> int | None:
    for source in sources:
        for values in _occurrences(fields, source):
            for value in values:
                match = _YEAR.search(value)
                if match and int(match.group(1)) <= latest:
                    return int(match.group(1))
    return None


def isbn_of(fields: Fields, sources: tuple[CompiledSource, ...]) -> str | None:
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


def _coded(fields: Fields, tag: str, code: str = "a") -> str:
    parts: Parts
    for parts in fields.get(tag, ()):
        for p in parts:
            if p[0] == code:
                return p[1:].strip()
    return ""


def _control(fields: Fields, tag: str) -> str:
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


def document_format(leader: str, fields: Fields, flavour: str) -> str:
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


def audience_of(leader: str, fields: Fields, flavour: str) -> str:
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
    return document_format(record.leader, record.decoded(("106", "008")), flavour)


def record_audience(record: MarcRecord, flavour: str) -> str:
    """The audience the coded data say (UNIMARC 100$a/17, MARC21 008/22)."""
    return audience_of(record.leader, record.decoded(("100", "008")), flavour)


def pick_codes(by_code: dict[str, list[str]], codes: str) -> list[str]:
    """The values of some subfield codes, code after code."""
    if len(codes) == 1:
        return by_code.get(codes, [])
    return [v for code in codes for v in by_code.get(code, ())]


def cut_text(value: str, limit: int) -> str:
    """A text cut to a column's length (PostgreSQL enforces it), saying so with "…"."""
    return value[: limit - 1].rstrip() + "…"
