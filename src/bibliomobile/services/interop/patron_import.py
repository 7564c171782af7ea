"""Import patrons (lecteurs) from a CSV file as library systems export it.

- Reading (encoding judged on the header and first rows, separator, NFC, bounded
  memory): :mod:`.patron_csv`.
- French headers recognised whatever their case and accents ("N° de carte",
  "Prénom", "Courriel"/"E-mail", "Fin d'abonnement"…); a mapping file (TOML,
  ``[columns]`` target = "Header") overrides or completes the detection.
- Columns that are not mapped are never stored (no health data, ever).
- Dates ``dd/mm/yyyy`` (or ISO); re-import updates by card number, unchanged
  patrons are not rewritten; bad rows are reported with their line number and
  the good ones imported. :func:`preview` shows all this before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.domain.ids import new_id
from bibliomobile.lang import Message
from bibliomobile.services.interop.catalogue_sink import (
    CatalogueBatches,
    CatalogueSink,
    device_batches,
    table_defaults,
)
from bibliomobile.services.interop.marc_mapping import MappingError
from bibliomobile.services.interop.patron_csv import CsvReadError, read_table
from bibliomobile.services.interop.patron_merge import RowChange, filled_cells, row_change
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Transactions

PATRONS = cast(Table, Patron.__table__)
_PATRON_DEFAULTS = table_defaults(PATRONS)

#: Patron columns a CSV may feed, with the headers recognised for each (compared
#: without case, accents, spaces or punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "card_barcode": (
        "n° de carte",
        "numéro de carte",
        "no carte",
        "carte",
        "code-barres",
        "code barre",
        "code barre lecteur",
        "n° lecteur",
        "numéro lecteur",
        "cardnumber",
        "card number",
    ),
    "last_name": ("nom", "nom de famille", "nom d'usage", "surname", "last name"),
    "first_name": ("prénom", "prénoms", "firstname", "first name"),
    "birth_year": ("année de naissance", "naissance", "date de naissance", "né en", "dateofbirth"),
    "address": ("adresse", "adresse 1", "adresse postale", "rue", "address"),
    "postcode": ("code postal", "cp", "zipcode", "postcode"),
    "commune": ("commune", "ville", "localité", "city"),
    "phone": ("téléphone", "tél", "tel", "portable", "mobile", "phone"),
    "email": ("courriel", "e-mail", "email", "mail", "adresse électronique", "adresse mail"),
    "preferred_channel": (
        "contact préféré",
        "mode de contact",
        "préférence de contact",
        "canal préféré",
        "contact",
    ),
    "card_expiry": (
        "fin d'abonnement",
        "date d'expiration",
        "expiration",
        "date de fin",
        "fin de validité",
        "dateexpiry",
    ),
}

_LIMITS = {
    "card_barcode": 40,
    "first_name": 100,
    "last_name": 100,
    "address": 300,
    "postcode": 10,
    "commune": 120,
    "phone": 30,
    "email": 200,
}

_CHANNELS = {
    "courriel": ContactChannel.EMAIL,
    "email": ContactChannel.EMAIL,
    "mail": ContactChannel.EMAIL,
    "sms": ContactChannel.SMS,
    "texto": ContactChannel.SMS,
    "telephone": ContactChannel.PHONE,
    "tel": ContactChannel.PHONE,
    "phone": ContactChannel.PHONE,
    "courrier": ContactChannel.LETTER,
    "lettre": ContactChannel.LETTER,
    "letter": ContactChannel.LETTER,
    "postal": ContactChannel.LETTER,
}


def _fold(text: str) -> str:
    """Lower-case, without accents, spaces or punctuation: "N° de carte" → "ndecarte"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("°", "").replace("º", ""))
    return "".join(c for c in decomposed.lower() if c.isalnum())


_EXPIRY_WORDS = re.compile(
    r"expir|jusqu|echeance|fin(de)?(d)?(abonnement|adhesion|validite)|datefin"
)
_KNOWN = {_fold(h): target for target, headers in HEADERS.items() for h in headers}


class PatronFileError(Exception):
    """The file as a whole cannot be read (French message)."""


@dataclass(frozen=True, slots=True)
class Preview:
    """What the import would do, shown before anything is written."""

    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: dict[str, str]  # patron column → header of the file
    ignored: tuple[str, ...]  # headers that will not be stored
    rows: tuple[tuple[str, ...], ...]  # the first data rows, as read
    row_count: int
    missing: tuple[str, ...]  # required columns that no header maps to


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int  # line number in the file (the header is line 1)
    card: str | None
    reason: str

    def describe(self) -> str:
        card = str(Message("interop.row_card", card=self.card)) if self.card else ""
        return str(Message("interop.bad_row", line=self.line, card=card, reason=self.reason))


@dataclass(frozen=True, slots=True)
class PatronImportReport:
    encoding: str
    delimiter: str
    created: int
    updated: int
    unchanged: int
    bad_rows: tuple[BadRow, ...]
    dry_run: bool
    changes: tuple[RowChange, ...] = ()  # every row that creates or changes a patron
    held: int = 0  # identity changes left out, waiting for a confirmation

    def summary(self) -> str:
        parts = [
            Message(
                "interop.patrons_would_be" if self.dry_run else "interop.patrons_were",
                created=self.created,
                updated=self.updated,
                unchanged=self.unchanged,
                rejected=len(self.bad_rows),
                encoding=self.encoding,
                delimiter=self.delimiter,
            )
        ]
        if self.held:
            parts.append(Message("interop.identity_changes_held", n=self.held))
        if self.dry_run:
            parts.append(Message("interop.dry_run"))
        return " ".join(str(part) for part in parts)

    @property
    def identity_changes(self) -> tuple[RowChange, ...]:
        return tuple(change for change in self.changes if change.identity)


def load_patron_mapping(path: Path | str) -> dict[str, str]:
    """A mapping file: ``[columns]`` with ``card_barcode = "Numéro"``, etc."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise MappingError(
            Message("interop.fichier_correspondance_introuvable_path", path=path)
        ) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise MappingError(
            Message("interop.fichier_correspondance_illisible_path", path=path, error=error)
        ) from error
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise MappingError(Message("interop.columns_table_colonne_tete"))
    for target, header in columns.items():
        if target not in HEADERS:
            raise MappingError(
                Message(
                    "interop.columns_target_colonne_inconnue",
                    target=target,
                    names=", ".join(HEADERS),
                )
            )
        if not isinstance(header, str):
            raise MappingError(Message("interop.columns_target_tete_doit", target=target))
    return {str(k): str(v) for k, v in columns.items()}


def _read(path: Path) -> tuple[str, str, list[list[str]]]:
    """Encoding (a label), separator and rows of the file (see :mod:`.patron_csv`)."""
    try:
        table = read_table(path)
    except CsvReadError as error:
        raise PatronFileError(str(error)) from error
    return table.encoding, table.delimiter, table.rows


def detect_mapping(
    headers: Sequence[str], override: dict[str, str] | None = None
) -> dict[str, str]:
    """Patron column → header, from the known French headers and an override."""
    mapping: dict[str, str] = {}
    for header in headers:
        target = _KNOWN.get(_fold(header))
        if target and target not in mapping:
            mapping[target] = header
    expiry = next((h for h in headers if _EXPIRY_WORDS.search(_fold(h))), None)
    if "card_expiry" not in mapping and expiry is not None:  # "Valable jusqu'au"…
        mapping["card_expiry"] = expiry
    for target, header in (override or {}).items():
        folded = _fold(header)
        found = next((h for h in headers if _fold(h) == folded), None)
        if found is None:
            raise MappingError(
                Message("interop.columns_target_aucune_colonne", target=target, header=header)
            )
        mapping[target] = found
    return mapping


REQUIRED = ("card_barcode", "last_name")


def preview(path: Path | str, mapping: dict[str, str] | None = None, rows: int = 10) -> Preview:
    """What :func:`import_patrons` would read, without writing anything."""
    encoding, delimiter, table = _read(Path(path))
    headers = tuple(h.strip() for h in table[0])
    detected = detect_mapping(headers, mapping)
    used = set(detected.values())
    data_rows = [r for r in table[1:] if any(c.strip() for c in r)]
    return Preview(
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        mapping=detected,
        ignored=tuple(h for h in headers if h not in used),
        rows=tuple(tuple(r) for r in data_rows[:rows]),
        row_count=len(data_rows),
        missing=tuple(t for t in REQUIRED if t not in detected),
    )


def _date(text: str) -> dt.date:
    text = text.strip()
    # Some exports add a time to a date ("2027-06-30 00:00:00", "30/06/2027 00:00").
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$", "", text)
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(Message("interop.date_illisible_text_attendu", text=text))


def _year(text: str) -> int:
    text = text.strip()
    match = re.fullmatch(r"\d{4}", text)
    year = int(text) if match else _date(text).year
    if not 1900 <= year <= dt.date.today().year:
        raise ValueError(Message("interop.annee_naissance_invalide_text", text=text))
    return year


def _channel(text: str, email: str | None, phone: str | None) -> str:
    folded = _fold(text)
    if folded:
        for key, channel in _CHANNELS.items():
            if folded.startswith(key):
                return str(channel)
        raise ValueError(Message("interop.contact_prefere_inconnu_text", text=text))
    if email:
        return str(ContactChannel.EMAIL)
    if phone:
        return str(ContactChannel.PHONE)
    return str(ContactChannel.LETTER)


def _patron_values(cells: dict[str, str]) -> dict[str, Any]:
    """Validated column values of one row. Raises ValueError with a French reason."""
    values: dict[str, Any] = {}
    card = cells.get("card_barcode", "").strip().upper()
    if not card:
        raise ValueError(Message("interop.numero_carte_manquant"))
    last_name = cells.get("last_name", "").strip()
    if not last_name:
        raise ValueError(Message("interop.nom_manquant"))
    values["card_barcode"] = card
    values["last_name"] = last_name
    values["first_name"] = cells.get("first_name", "").strip()
    for key in ("address", "postcode", "commune", "phone", "email"):
        text = " ".join(cells.get(key, "").split())
        values[key] = text or None
    # A multi-line address keeps its lines (building, street, hamlet), each tidied.
    lines = [" ".join(part.split()) for part in cells.get("address", "").splitlines()]
    values["address"] = "\n".join(part for part in lines if part) or None
    if values["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", values["email"]):
        raise ValueError(
            Message("interop.adresse_electronique_invalide_values", values=values["email"])
        )
    for key, limit in _LIMITS.items():
        if values.get(key) and len(values[key]) > limit:
            raise ValueError(
                Message("interop.key_trop_long_count", key=key, count=len(values[key]), limit=limit)
            )
    birth = cells.get("birth_year", "").strip()
    values["birth_year"] = _year(birth) if birth else None
    expiry = cells.get("card_expiry", "").strip()
    values["card_expiry"] = _date(expiry) if expiry else None
    values["preferred_channel"] = _channel(
        cells.get("preferred_channel", ""), values["email"], values["phone"]
    )
    return values


def import_patrons(
    transactions: Transactions,
    path: Path | str,
    mapping: dict[str, str] | None = None,
    *,
    dry_run: bool = False,
    confirm_identity: bool = False,
) -> PatronImportReport:
    """Create or update patrons from a CSV file into a local store (see module doc).

    An empty cell never blanks a field; a change of name or birth year of a known card
    is applied only with ``confirm_identity`` (:mod:`.patron_merge`).

    The good rows are written in one step of ``transactions`` (``store.transactions()``),
    which commits it; a dry run writes nothing.

    Raises:
        PatronFileError: unreadable file, or no card number / name column found.
        MappingError: the override names a column the file does not have.
    """
    return import_patrons_into(
        device_batches(transactions),
        path,
        mapping,
        dry_run=dry_run,
        confirm_identity=confirm_identity,
    )


def import_patrons_into(
    batches: CatalogueBatches,
    path: Path | str,
    mapping: dict[str, str] | None = None,
    *,
    dry_run: bool = False,
    confirm_identity: bool = False,
) -> PatronImportReport:
    """Same as :func:`import_patrons`, through any sink (the server passes its own).

    The good rows are written in one batch of ``batches`` (one transaction), every
    change captured.
    """
    encoding, delimiter, table = _read(Path(path))
    headers = [h.strip() for h in table[0]]
    detected = detect_mapping(headers, mapping)
    missing = [t for t in REQUIRED if t not in detected]
    if missing:
        names = {"card_barcode": "n° de carte", "last_name": "nom"}
        raise PatronFileError(
            "colonne introuvable : "
            + ", ".join(names[m] for m in missing)
            + f" (en-têtes du fichier : {', '.join(headers)}) ; précisez-la avec --mapping"
        )
    index = {target: headers.index(header) for target, header in detected.items()}
    bad: list[BadRow] = []
    wanted: dict[str, tuple[int, dict[str, Any], frozenset[str]]] = {}
    for line, row in enumerate(table[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = {t: (row[i] if i < len(row) else "") for t, i in index.items()}
        card = cells.get("card_barcode", "").strip().upper() or None
        try:
            values = _patron_values(cells)
        except ValueError as error:
            bad.append(BadRow(line, card, str(error)))
            continue
        if values["card_barcode"] in wanted:
            earlier = wanted[values["card_barcode"]][0]
            bad.append(BadRow(line, card, f"carte déjà présente ligne {earlier} du fichier"))
            continue
        wanted[values["card_barcode"]] = (line, values, filled_cells(cells))

    changes: list[RowChange] = []

    def write(sink: CatalogueSink) -> tuple[int, int, int]:
        changes.clear()  # (a batch may be retried)
        created = updated = unchanged = 0
        existing: dict[str, dict[str, Any]] = {}
        cards = list(wanted)
        for start in range(0, len(cards), 500):
            rows = sink.connection.execute(
                select(PATRONS).where(PATRONS.c.card_barcode.in_(cards[start : start + 500]))
            ).mappings()
            for found in rows:
                existing[found["card_barcode"]] = dict(found)
        new_rows: list[dict[str, Any]] = []
        updates: list[tuple[str, dict[str, Any]]] = []
        for card, (line, values, filled) in wanted.items():
            current = existing.get(card)
            change = row_change(line, current, values, filled, confirm_identity=confirm_identity)
            if change is None:
                unchanged += 1
                continue
            changes.append(change)
            if current is None:
                new_rows.append({**_PATRON_DEFAULTS, **values, "id": new_id()})
                created += 1
            elif change.applied:
                updates.append((current["id"], {c.field: c.new for c in change.fields}))
                updated += 1
        if not dry_run:
            sink.insert(PATRONS, new_rows)
            for patron_id, changed in updates:
                sink.update(PATRONS, patron_id, changed)
        return created, updated, unchanged

    created, updated, unchanged = batches(write)
    held = sum(1 for change in changes if not change.applied)
    return PatronImportReport(
        encoding, delimiter, created, updated, unchanged, tuple(bad), dry_run, tuple(changes), held
    )
