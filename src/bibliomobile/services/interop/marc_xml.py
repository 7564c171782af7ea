"""Reading MARCXML files, whatever envelope they come in.

Catalogues hand out MARCXML in several wrappings: a plain ``<collection>`` (Koha, LoC),
one un-namespaced ``<record>`` (the SUDOC web service), prefixed records in an SRU
response (Koha's ``ns1:record`` inside ``ns0:searchRetrieveResponse``) and MarcXchange
records in a BnF SRU response (``mxc:record``, with a ``format`` attribute saying
UNIMARC or INTERMARC). Elements are matched by their local name, whatever the
namespace, and the innermost ``record`` element holding a leader or fields is a record
(an SRU ``srw:record`` only wraps one).

Each record is parsed on its own: a record that is not well-formed XML (a control
character, a cut tag) is reported with the line and byte where it starts and where the
parser stopped, and reading goes on at the next ``<record>``; a file cut in the middle
of a record reports that record as truncated. Nothing after an error is silently lost.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bibliomobile.lang import Message
from bibliomobile.services.interop.marc_reader import MarcRecord, RecordError, clean_text

_START = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?record(?=[\s>/])[^>]*?(/?)>")
_NAMESPACE = re.compile(rb"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])(.*?)\2""")
_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']""")
_FORMAT = re.compile(rb"""\bformat\s*=\s*["']([A-Za-z0-9]+)["']""")

#: A record as read: rank in the file (from 1), byte offset, the record or why not.
XmlEntry = tuple[int, int | None, MarcRecord | RecordError]


@dataclass(frozen=True, slots=True)
class XmlFile:
    """The records of a MARCXML file and the format its records declare, if any."""

    entries: list[XmlEntry]
    #: ``UNIMARC``, ``MARC21``, ``INTERMARC``… from MarcXchange's ``format`` attribute.
    declared_format: str | None


def is_marcxml(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \r\n\t")
    return head.startswith(b"<")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _spans(data: bytes) -> list[tuple[int, int | None, bytes]]:
    """(start, end or None when the end tag is missing, start tag) of the innermost
    ``record`` elements, in file order."""
    found: list[tuple[int, int | None, bytes]] = []
    for match in _START.finditer(data):
        if match.group(2):  # <record/>: empty
            continue
        prefix = match.group(1)
        closing = b"</" + (prefix + b":" if prefix else b"") + b"record>"
        found_end = data.find(closing, match.end())
        stop = found_end + len(closing) if found_end != -1 else None
        found.append((match.start(), stop, match.group(0)))
    innermost: list[tuple[int, int | None, bytes]] = []
    for index, (start, stop, tag) in enumerate(found):
        end = stop
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and (end is None or following[0] < end):
            if end is not None and _name(following[2]) != _name(tag):
                continue  # an envelope (srw:record) around the next record
            end = None  # cut before its end: the next record starts inside it
        innermost.append((start, end, tag))
    return innermost


def _name(start_tag: bytes) -> bytes:
    return start_tag[1:].split(None, 1)[0].rstrip(b">/")


def _to_record(element: ET.Element) -> MarcRecord | None:
    leader = ""
    decoded: dict[str, list[Any]] = {}
    for child in element:
        name = _local(child.tag)
        if name == "leader":
            leader = child.text or ""
        elif name == "controlfield":
            decoded.setdefault(child.get("tag", ""), []).append(clean_text(child.text or ""))
        elif name == "datafield":
            parts = [
                code[0] + clean_text(sub.text or "")
                for sub in child
                if _local(sub.tag) == "subfield" and (code := sub.get("code") or "")
            ]
            decoded.setdefault(child.get("tag", ""), []).append(parts)
    if not leader and not decoded:
        return None
    return MarcRecord(leader.ljust(24)[:24], decoded=decoded)


def read_marcxml_file(path: Path) -> XmlFile:
    """Every record of a MARCXML file (see the module docstring)."""
    data = path.read_bytes()
    declared_encoding = _ENCODING.search(data[:200])
    if declared_encoding:
        encoding = declared_encoding.group(1).decode("ascii").lower()
        if encoding.replace("-", "").replace("_", "") not in ("utf8", "usascii", "ascii"):
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                data = data.decode(encoding).encode("utf-8")  # else each record says why
    declarations: dict[bytes, bytes] = {}
    for prefix, _quote, uri in _NAMESPACE.findall(data):
        declarations.setdefault(prefix, uri)
    opening = (
        b"<w "
        + b" ".join(b"xmlns:" + prefix + b'="' + uri + b'"' for prefix, uri in declarations.items())
        + b">"
    )
    entries: list[XmlEntry] = []
    formats: list[str] = []
    rank = 0
    for start, end, tag in _spans(data):
        line = data.count(b"\n", 0, start) + 1
        if fmt := _FORMAT.search(tag):
            formats.append(fmt.group(1).decode("ascii").upper())
        if end is None:
            rank += 1
            entries.append(
                (
                    rank,
                    start,
                    RecordError(Message("interop.xml_record_truncated", line=line)),
                )
            )
            continue
        try:
            element = ET.fromstring(opening + data[start:end] + b"</w>")
        except ET.ParseError as error:
            rank += 1
            at_line, column = error.position
            where = line + at_line - 1
            entries.append(
                (
                    rank,
                    start,
                    RecordError(
                        Message(
                            "interop.xml_malformed",
                            where=where,
                            column=column,
                            line=line,
                            start=start,
                        )
                    ),
                )
            )
            continue
        inner = element[0] if len(element) else element
        record = _to_record(inner)
        if record is None:
            continue
        rank += 1
        entries.append((rank, start, record))
    declared = formats[0] if formats and len(set(formats)) == 1 else None
    return XmlFile(entries, declared)
