"""Records that are not UTF-8: MARC-8 converted, ISO 5426 recognised and refused.

- **MARC-8** (MARC21 records whose leader/09 is blank, from older American systems
  and the Library of Congress): converted to Unicode by pymarc's converter, subfield
  by subfield; the import says in its report how many records were converted.
- **ISO 5426** (older French systems, the BnF's INTERMARC exports; UNIMARC
  100$a/26-27 ``03``): its non-spacing diacritics are bytes 0xC1-0xCF written before
  the letter, where MARC-8 uses 0xE0-0xFE. No converter ships with Python, so such a
  record is refused with the command that converts the file (YAZ's ``yaz-marcdump``).
"""

from __future__ import annotations

import re

from bibliomobile.lang import Message
from bibliomobile.services.interop.marc_reader import SUBFIELD, MarcRecord, RawChunk, RecordError

#: Added to the warnings of a record converted from MARC-8 (counted, not listed).
MARC8_NOTE = "converted-from-marc8"

#: How to convert an ISO 5426 file (YAZ, packaged by Debian and Ubuntu as ``yaz``).
ISO5426_HINT = "yaz-marcdump -f ISO5426 -t UTF-8 -o marc FICHIER > FICHIER-utf8.mrc"

ISO5426_REASON = (
    "codage ISO 5426 (anciens systèmes français, BnF) non pris en charge : convertissez "
    f"le fichier en UTF-8, par exemple avec « {ISO5426_HINT} » (paquet yaz), "
    "ou exportez le catalogue en UTF-8 (Unicode)"
)

_ISO5426_DIACRITIC = re.compile(rb"[\xc1-\xcf][A-Za-z]")
_MARC8_DIACRITIC = re.compile(rb"[\xe0-\xfe][A-Za-z]")


def looks_iso5426(data: bytes, marc8_declared: bool = False) -> bool:
    """Non-spacing diacritics in ISO 5426's range rather than MARC-8's. In a record
    that declares MARC-8 (whose spacing signs ©, ℗, ł… are also in 0xC1-0xCF), only
    when there is no MARC-8 diacritic at all and several ISO 5426 ones."""
    iso = len(_ISO5426_DIACRITIC.findall(data))
    marc8 = len(_MARC8_DIACRITIC.findall(data))
    if marc8_declared:
        return marc8 == 0 and iso >= 3
    return iso > 0 and iso > marc8


def _declares_iso5426(raw: dict[str, list[bytes]]) -> bool:
    coded = raw.get("100")
    if not coded:
        return False
    for part in coded[0].split(SUBFIELD)[1:]:
        if part[:1] == b"a":
            return part[27:29] == b"03" or part[29:31] == b"03"
    return False


def _from_marc8(value: bytes) -> bytes:
    from pymarc.marc8 import marc8_to_unicode

    # The converter drops control characters: convert each subfield on its own.
    return SUBFIELD.join(
        marc8_to_unicode(part, hide_utf8_warnings=True).encode("utf-8")
        for part in value.split(SUBFIELD)
    )


def converted_record(
    chunk: RawChunk, leader: str, raw: dict[str, list[bytes]], flavour: str
) -> MarcRecord | RecordError | None:
    """A record that is not plain UTF-8, read from MARC-8; a RecordError that names
    ISO 5426; None when neither applies (the caller keeps its own reason)."""
    marc8 = flavour == "marc21" and leader[9:10] != "a"
    if looks_iso5426(chunk.data, marc8) or (flavour == "unimarc" and _declares_iso5426(raw)):
        return RecordError(ISO5426_REASON)
    if not marc8:
        return None
    try:
        return MarcRecord(
            leader, {tag: [_from_marc8(v) for v in values] for tag, values in raw.items()}
        )
    except (UnicodeError, ValueError, KeyError, IndexError) as error:
        return RecordError(Message("interop.marc8_unreadable", error=error))
