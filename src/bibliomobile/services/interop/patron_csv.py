"""Reading a patron CSV file: its encoding, its separator and its rows, in bounded memory.

- Encoding: UTF-8 (with or without BOM) when the header and first rows are valid UTF-8;
  otherwise the single-byte set that reads them as the most plausible French text
  (Windows-1252, DOS cp850, Mac Roman, ISO 8859-15, or what charset-normalizer
  finds), judged on the header and the first rows together. When two sets give
  plausible but different text (a short file: "Œuvre" and "Zoë" in Windows-1252 read
  as "îuvre" and "ZoÙ" in cp850), the guess is marked as uncertain and the preview
  says so, with the rows read that way for the user to check.
- Separator ``;`` or ``,`` (or tab), counted on the header line.
- Text in Unicode NFC (a name typed on a Mac arrives decomposed, NFD).
- A field longer than :data:`FIELD_LIMIT` characters (an unclosed quote, a file that is
  not a patron list) stops the reading with the line where it started; the file is
  read as a stream, never whole, so a 50 MB field costs no more than 64 KB.
"""

from __future__ import annotations

import codecs
import csv
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bibliomobile.lang import Message

#: Bytes of the file the encoding is judged on (the header and the first rows).
SAMPLE_BYTES = 64 * 1024
#: Longest field read, in characters (a patron's longest column holds 300).
FIELD_LIMIT = 64 * 1024

#: Single-byte sets tried, in order of preference on a tie (French exports).
_CANDIDATES = ("cp1252", "cp850", "mac_roman", "iso8859_15")
_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "cp1252": "Windows-1252",
    "cp850": "DOS (cp850)",
    "mac_roman": "Mac Roman",
    "iso8859_15": "ISO 8859-15",
}
_FRENCH = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»°€’‘“”–—…ñÑ")


class CsvReadError(Exception):
    """The file cannot be read as a CSV table (French message)."""


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The rows of a CSV file as read, and how they were read."""

    encoding: str  # a label for people: "Windows-1252", "UTF-8"…
    delimiter: str
    rows: list[list[str]]
    confident: bool  # False: another encoding would read the file differently


def _char_score(char: str, previous: str) -> int:
    """+1 for a plausible French letter, -1 for an accented capital after a lower-case
    letter ("ZoÙ"), -2 for anything else; 0 for ASCII."""
    if char.isascii():
        return 0
    if char in _FRENCH:
        return -1 if (char.isupper() and previous.islower()) else 1
    return -2


def _score(text: str) -> int:
    return sum(_char_score(c, text[i - 1] if i else "") for i, c in enumerate(text))


def guess_encoding(sample: bytes, complete: bool) -> tuple[str, bool]:
    """The codec to read the file with, and whether the guess is sure.

    Args:
        sample: the first bytes of the file.
        complete: the sample is the whole file (else its end may cut a character).
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    try:
        sample.decode("utf-8")
        return "utf-8", True
    except UnicodeDecodeError as error:
        if not complete and error.start >= len(sample) - 3 and "end" in error.reason:
            return "utf-8", True  # a character cut by the end of the sample
    candidates = list(_CANDIDATES)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        if best is not None and best.encoding not in candidates:
            candidates.append(best.encoding)
    except ImportError:  # pragma: no cover - a dependency of the project
        pass
    scored: list[tuple[int, int, str, str]] = []
    for rank, codec in enumerate(candidates):
        try:
            text = sample.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_score(text), -rank, codec, text))
    if not scored:
        raise CsvReadError(Message("interop.codage_fichier_non_reconnu"))
    scored.sort(reverse=True)
    best_score, _, codec, text = scored[0]
    sure = best_score > 0
    for _score_other, _rank, _codec, other in scored[1:]:
        if other != text and _margin(text, other) < 3:
            sure = False  # another set reads it as plausibly, differently
    return codec, sure


def _margin(best: str, other: str) -> int:
    """How much more plausible ``best`` is than ``other`` where they differ."""
    if len(best) != len(other):
        return _score(best) - _score(other)
    margin = 0
    for i, (mine, theirs) in enumerate(zip(best, other, strict=True)):
        if mine != theirs:
            margin += _char_score(mine, best[i - 1] if i else "")
            margin -= _char_score(theirs, other[i - 1] if i else "")
    return margin


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _bounded_lines(text: TextIO) -> Iterator[str]:
    """The file's lines, none read past :data:`FIELD_LIMIT` characters."""
    number = 0
    while piece := text.readline(FIELD_LIMIT):
        number += 1
        if len(piece) >= FIELD_LIMIT and not piece.endswith(("\n", "\r")):
            raise csv.Error(
                Message("interop.ligne_number_field_limit", number=number, field_limit=FIELD_LIMIT)
            )
        yield piece


def _nfc(value: str) -> str:
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def read_table(path: Path) -> CsvTable:
    """Every row of a CSV file (see the module docstring).

    Raises:
        CsvReadError: a directory, a missing or empty file, an unknown encoding, a
            field over :data:`FIELD_LIMIT` characters, bytes the encoding cannot read.
    """
    if path.is_dir():
        raise CsvReadError(Message("interop.path_dossier_donnez_fichier_2", path=path))
    try:
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
            complete = not handle.read(1)
    except FileNotFoundError as error:
        raise CsvReadError(Message("interop.fichier_introuvable_path", path=path)) from error
    except OSError as error:
        raise CsvReadError(
            Message(
                "interop.fichier_illisible_path_value", path=path, value=error.strerror or error
            )
        ) from error
    if not sample.strip():
        raise CsvReadError(Message("interop.fichier_vide_path", path=path))
    codec, confident = guess_encoding(sample, complete)
    label = _LABELS.get(codec, codec)
    if not confident:
        label += " (deviné, peu sûr : vérifiez les accents de l'aperçu)"
    first_line = sample.decode(codec, errors="replace").lstrip("\ufeff").splitlines()[0]
    delimiter = _delimiter(first_line)
    rows: list[list[str]] = []
    previous_limit = csv.field_size_limit(FIELD_LIMIT)
    line = 1
    try:
        with path.open(encoding=codec, newline="") as text:
            reader = csv.reader(_bounded_lines(text), delimiter=delimiter)
            for row in reader:
                rows.append([_nfc(cell) for cell in row])
                line = reader.line_num + 1
    except csv.Error as error:
        raise CsvReadError(
            Message(
                "interop.ligne_line_champ_value", line=line, value=FIELD_LIMIT // 1024, error=error
            )
        ) from error
    except UnicodeDecodeError as error:
        raise CsvReadError(
            Message("interop.vers_ligne_line_octets", line=line, label=label)
        ) from error
    finally:
        csv.field_size_limit(previous_limit)
    return CsvTable(label, delimiter, rows, confident)
