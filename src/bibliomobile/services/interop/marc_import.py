"""Import a UNIMARC / MARC21 catalogue (ISO 2709 or MARCXML) into the store.

Rules (what a librarian can rely on):

- A record is found again by its identifier (``source_id``, 001 by default; see the
  mapping) with its organisation (003) when the file gives one, and an item by its
  barcode: re-importing a file changes only what
  changed and never duplicates. A record without identifier is found again
  through the barcode of one of its items, else by title and ISBN.
- Unchanged records and items are not rewritten (no outbox row, nothing to sync).
- A bad record (unreadable, no title, unreadable character set, a barcode already
  used by another record in the file or in the database, an identifier seen twice
  in the file) is reported with its position, its 001 and the reason, and skipped
  whole: none of its fields and none of its items are written.
- Records are written in batches, one transaction each, made of complete records
  only: a cancelled or crashed import leaves whole records, never half of one.
  The caller says where each batch runs and commits it (a ``Transactions`` on a
  device, :class:`CatalogueBatches` on the server); this module never commits.
- Items no longer in the file are left as they are (their loans are history).
- Barcodes are stored trimmed and upper-case, as scanners send them.
"""

from __future__ import annotations

import errno
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table
from sqlalchemy.exc import SQLAlchemyError

from bibliomobile.lang import Message
from bibliomobile.services.interop.catalogue_sink import CatalogueBatches, device_batches
from bibliomobile.services.interop.marc_batches import (
    ReadEntry,
    mapped_batches,
    rare_collections,
)
from bibliomobile.services.interop.marc_charsets import ISO5426_REASON, MARC8_NOTE, looks_iso5426
from bibliomobile.services.interop.marc_mapper import (
    INTERMARC,
    RECORD_COLUMNS,
    MappedRecord,
    MappingPlan,
    Outcome,
    Refusal,
    detect_flavour,
)
from bibliomobile.services.interop.marc_mapping import FLAVOURS, MarcMapping, default_mapping
from bibliomobile.services.interop.marc_matching import (
    ITEMS,
    RECORDS,
    BatchWriter,
    ImportMemory,
    Pending,
)
from bibliomobile.services.interop.marc_reader import (
    MarcRecord,
    RecordError,
    count_records,
    parse_chunk,
    split_iso2709,
)
from bibliomobile.services.interop.marc_report import ImportReport, ImportWarning, RejectedRecord
from bibliomobile.services.interop.marc_xml import is_marcxml, read_marcxml_file
from bibliomobile.store.uow import Transactions

log = logging.getLogger(__name__)

#: Records per transaction: larger ones mean fewer commits (each one a disk sync and a
#: flush of the search index: 2,500 instead of 1,000 saves a sixth of the writing
#: time of 100,000 records), smaller ones a quicker cancel (half a second at most).
DEFAULT_BATCH = 2500

ProgressCallback = Callable[[int, int], None]


@dataclass
class _Tally:
    read: int = 0
    records_created: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    items_created: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    libraries_created: int = 0
    converted_from_marc8: int = 0
    rejected: list[RejectedRecord] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)


class MarcImportError(Exception):
    """The file as a whole cannot be imported (French message)."""


class DiskFullError(MarcImportError):
    """The disk filled up: the import stopped at once, after its last whole batch."""


def is_disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100) or an OS "no space left"."""
    origin = getattr(error, "orig", None) or error
    if isinstance(origin, OSError) and origin.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if (
        getattr(origin, "sqlite_errorcode", None) == 13
        or getattr(origin, "sqlstate", None) == "53100"
    ):
        return True
    text = str(origin).lower()
    return "disk is full" in text or "no space left" in text


def _detect(path: Path) -> tuple[str | None, list[ReadEntry] | None, bool]:
    """The flavour of a file from a sample of its records, for MARCXML the records
    themselves (read whole), and whether the sample is written in ISO 5426."""
    if is_marcxml(path):
        xml = read_marcxml_file(path)
        if not xml.entries:
            raise MarcImportError(Message("interop.aucune_notice_marcxml_element", name=path.name))
        sample = [r for _, _, r in xml.entries[:50] if isinstance(r, MarcRecord)]
        entries: list[ReadEntry] = list(xml.entries)
        return detect_flavour(sample, xml.declared_format), entries, False
    sample = []
    iso5426 = not_utf8 = 0
    with path.open("rb") as stream:
        for chunk in split_iso2709(stream):
            try:
                leader, raw = parse_chunk(chunk)
            except RecordError:
                continue
            sample.append(MarcRecord(leader, raw))
            if not chunk.data.isascii():
                try:
                    chunk.data.decode("utf-8")
                except UnicodeDecodeError:
                    not_utf8 += 1
                    iso5426 += looks_iso5426(chunk.data)
            if len(sample) >= 50:
                break
    return detect_flavour(sample), None, iso5426 * 2 > not_utf8 > 0


def import_marc(
    transactions: Transactions,
    path: Path | str,
    *,
    flavour: str = "auto",
    mapping: MarcMapping | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
) -> ImportReport:
    """Import a MARC file into a local store (see the module docstring for the rules).

    Args:
        transactions: runs each batch in a unit of work of its own and commits it
            (``store.transactions()``; the batches are written through
            :func:`~bibliomobile.services.interop.catalogue_sink.device_batches`).
        path: an ISO 2709 (``.mrc``, ``.iso``, ``.pan``…) or MARCXML file.
        flavour: ``unimarc``, ``marc21`` or ``auto`` (from the records' structure);
            ignored when a mapping is given (the mapping states its flavour).
        mapping: a mapping loaded with ``load_mapping``; default: the flavour's.
        progress: called with (records read, records in the file) after each batch.
        should_cancel: polled between batches; True stops after the current batch.
        batch_size: records per transaction (per step of ``transactions``).
        workers: processes that read and map records while this one writes;
            None chooses (several only for big ISO 2709 files, never in a frozen
            application), 0 reads everything in this process.

    Raises:
        MarcImportError: the file is missing, empty or of an undetectable flavour.
    """
    return import_marc_into(
        device_batches(transactions),
        path,
        flavour=flavour,
        mapping=mapping,
        progress=progress,
        should_cancel=should_cancel,
        batch_size=batch_size,
        workers=workers,
    )


def import_marc_into(
    batches: CatalogueBatches,
    path: Path | str,
    *,
    flavour: str = "auto",
    mapping: MarcMapping | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
) -> ImportReport:
    """Same as :func:`import_marc`, each batch written by ``batches`` through a
    :class:`~bibliomobile.services.interop.catalogue_sink.CatalogueSink` and committed
    by it (the server passes its own)."""
    started = time.perf_counter()
    path = Path(path)
    if path.is_dir():
        raise MarcImportError(Message("interop.path_dossier_donnez_fichier", path=path))
    if not path.is_file():
        raise MarcImportError(Message("interop.fichier_introuvable_path", path=path))
    if path.stat().st_size == 0:
        raise MarcImportError(Message("interop.fichier_vide_path", path=path))
    if mapping is not None:
        wanted: str | None = mapping.flavour
    elif flavour in FLAVOURS:
        wanted = flavour
    elif flavour == "auto":
        wanted = None
    else:
        raise MarcImportError(
            Message("interop.format_flavour_inconnu_unimarc", flavour=repr(flavour))
        )
    detected, xml_records, iso5426 = _detect(path)
    if detected == INTERMARC and mapping is None:
        raise MarcImportError(
            "fichier INTERMARC (format de la BnF) : ni UNIMARC ni MARC21, il ne peut pas "
            "être importé tel quel. Demandez un export UNIMARC (catalogue.bnf.fr le propose) "
            "ou donnez une table de correspondance avec --mapping"
            + (f" ; son texte est de plus en {ISO5426_REASON}" if iso5426 else "")
        )
    if iso5426:
        raise MarcImportError(
            Message("interop.fichier_iso5426_reason", iso5426_reason=ISO5426_REASON)
        )
    if wanted is not None:
        detected = wanted
    if detected is None:
        raise MarcImportError(Message("interop.impossible_reconnaitre_format_ni"))
    mapping = mapping or default_mapping(detected)
    plan = MappingPlan(mapping, _LIMITS)
    total = count_records(path) if xml_records is None else len(xml_records)
    importer = _Importer(batches, mapping)
    cancelled = False
    mapped: Iterator[list[Outcome]] = mapped_batches(
        path,
        plan,
        batch_size=batch_size,
        total=total,
        workers=workers,
        xml_records=xml_records,
    )
    try:
        with rare_collections():
            for batch in mapped:
                importer.run_batch(batch)
                if progress is not None:
                    progress(importer.tally.read, max(total, importer.tally.read))
                if should_cancel is not None and should_cancel():
                    cancelled = True
                    break
    finally:
        close = getattr(mapped, "close", None)
        if close is not None:
            close()  # stops the worker processes of a cancelled import
    tally = importer.tally
    return ImportReport(
        path=str(path),
        flavour=mapping.flavour,
        records_read=tally.read,
        records_created=tally.records_created,
        records_updated=tally.records_updated,
        records_unchanged=tally.records_unchanged,
        items_created=tally.items_created,
        items_updated=tally.items_updated,
        items_unchanged=tally.items_unchanged,
        libraries_created=tally.libraries_created,
        rejected=tuple(tally.rejected),
        warnings=tuple(tally.warnings),
        cancelled=cancelled,
        seconds=time.perf_counter() - started,
        converted_from_marc8=tally.converted_from_marc8,
    )


def _limits(table: Table) -> dict[str, int]:
    limits: dict[str, int] = {}
    for column in table.columns:
        length = getattr(column.type, "length", None)
        if length is not None:
            limits[column.name] = int(length)
    return limits


_RECORD_LIMITS = _limits(RECORDS)
_ITEM_LIMITS = _limits(ITEMS)


#: Text lengths the mapper cuts values to (PostgreSQL enforces them).
_LIMITS = {
    **{k: v for k, v in _RECORD_LIMITS.items() if k in RECORD_COLUMNS},
    "call_number": _ITEM_LIMITS["call_number"],
}


class _Importer:
    """Holds what must stay true across batches: identifiers and barcodes seen."""

    def __init__(self, batches: CatalogueBatches, mapping: MarcMapping) -> None:
        self.batches = batches
        self.mapping = mapping
        self.tally = _Tally()
        self.barcodes_seen: dict[str, int] = {}  # barcode → position of its record
        self.ids_seen: dict[tuple[str | None, str], int] = {}  # (003, 001) → position
        self.memory = ImportMemory()  # libraries and records taken (committed only)

    def reject(self, position: int, offset: int | None, source_id: str | None, reason: str) -> None:
        self.tally.rejected.append(RejectedRecord(position, source_id, reason, offset))

    def run_batch(self, batch: list[Outcome]) -> None:
        pending: list[Pending] = []
        self.tally.read += len(batch)
        for entry in batch:
            position, offset, outcome = entry
            if isinstance(outcome, Refusal):
                self.reject(position, offset, outcome.source_id, outcome.reason)
                continue
            reason = self._duplicate_in_file(position, outcome)
            if reason:
                self.reject(position, offset, outcome.source_id, reason)
                continue
            pending.append(entry)  # type: ignore[arg-type]  # a MappedRecord outcome
        if not pending:
            return
        try:
            self._write(pending)
        except (SQLAlchemyError, OSError) as error:
            self._stop_if_disk_full(error)
            # Isolate the record the database refused: one transaction each.
            log.warning("batch failed, retrying record by record", exc_info=True)
            for one in pending:
                try:
                    self._write([one])
                except (SQLAlchemyError, OSError) as error:
                    self._stop_if_disk_full(error)
                    origin = getattr(error, "orig", None) or error
                    self.reject(
                        one[0],
                        one[1],
                        one[2].source_id,
                        f"refusée par la base de données ({origin})",
                    )

    def _stop_if_disk_full(self, error: BaseException) -> None:
        if not is_disk_full(error):
            if isinstance(error, OSError):
                raise error
            return
        tally = self.tally
        done = tally.records_created + tally.records_updated + tally.records_unchanged
        raise DiskFullError(Message("interop.disque_plein_done_notices", done=done)) from error

    def _duplicate_in_file(self, position: int, mapped: MappedRecord) -> str | None:
        source_id = mapped.source_id
        if source_id is not None:
            earlier = self.ids_seen.get((mapped.source_org, source_id))
            if earlier is not None:
                return f"identifiant {source_id} déjà présent à la notice n° {earlier} du fichier"
        seen = self.barcodes_seen
        items = mapped.items
        for n, item in enumerate(items):
            barcode = item.barcode
            if n and any(other.barcode == barcode for other in items[:n]):
                return f"deux exemplaires de la notice ont le même code-barres {barcode}"
            earlier = seen.get(barcode)
            if earlier is not None:
                return (
                    f"code-barres {barcode} déjà utilisé par un exemplaire "
                    f"de la notice n° {earlier} du fichier"
                )
        if source_id is not None:
            self.ids_seen[(mapped.source_org, source_id)] = position
        for item in items:
            seen[item.barcode] = position
        return None

    def _write(self, pending: list[Pending]) -> None:
        memory = self.memory
        counts = self.batches(lambda sink: BatchWriter(sink, memory, pending).run())
        # Only a committed batch counts, and only its libraries are known to exist.
        tally = self.tally
        tally.records_created += counts.records_created
        tally.records_updated += counts.records_updated
        tally.records_unchanged += counts.records_unchanged
        tally.items_created += counts.items_created
        tally.items_updated += counts.items_updated
        tally.items_unchanged += counts.items_unchanged
        tally.libraries_created += len(counts.new_libraries)
        memory.libraries.update(counts.new_libraries)
        memory.taken |= counts.taken
        tally.rejected.extend(counts.rejected)
        for warning in counts.warnings:
            if warning.message == MARC8_NOTE:
                tally.converted_from_marc8 += 1
            else:
                tally.warnings.append(warning)
