"""Import a UNIMARC / MARC21 catalogue (ISO 2709 or MARCXML) into the store.

Rules (what a librarian can rely on):

- A record is found again by its identifier (``source_id``, 001 by default; see the
  mapping) and an item by its barcode: re-importing a file changes only what
  changed and never duplicates. A record without identifier is found again
  through the barcode of one of its items, else by title and ISBN.
- Unchanged records and items are not rewritten (no outbox row, nothing to sync).
- A bad record (unreadable, no title, unreadable character set, a barcode already
  used by another record in the file or in the database, an identifier seen twice
  in the file) is reported with its position, its 001 and the reason, and skipped
  whole: none of its fields and none of its items are written.
- Records are written in batches, one transaction each, made of complete records
  only: a cancelled or crashed import leaves whole records, never half of one.
- Items no longer in the file are left as they are (their loans are history).
- Barcodes are stored trimmed and upper-case, as scanners send them.
"""

from __future__ import annotations

import collections
import json
import logging
import multiprocessing
import operator
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import Select, Table, and_, bindparam, func, literal_column, select
from sqlalchemy.exc import SQLAlchemyError

from bibliomobile.domain.ids import new_id, new_ids
from bibliomobile.services.interop.catalogue_sink import (
    CatalogueSink,
    SinkFactory,
    column_names,
    device_sinks,
    table_defaults,
)
from bibliomobile.services.interop.marc_mapper import (
    RECORD_COLUMNS,
    MappedRecord,
    MappingPlan,
    Outcome,
    Refusal,
    detect_flavour,
    map_chunks,
    map_chunks_in_worker,
    map_outcome,
    rare_collections,
    start_worker,
)
from bibliomobile.services.interop.marc_mapping import FLAVOURS, MarcMapping, default_mapping
from bibliomobile.services.interop.marc_reader import (
    MarcRecord,
    RecordError,
    count_records,
    is_marcxml,
    parse_chunk,
    read_marcxml,
    split_iso2709,
)
from bibliomobile.store.models import Item, Library, Record
from bibliomobile.store.uow import Store

log = logging.getLogger(__name__)

RECORDS = cast(Table, Record.__table__)
ITEMS = cast(Table, Item.__table__)
LIBRARIES = cast(Table, Library.__table__)

# RECORD_COLUMNS: the record columns the import owns (genre and the rest are left to
# the librarians), in the order of MappedRecord.values.
#: Item columns a re-import may change (location is the devices' business).
ITEM_COLUMNS = ("record_id", "call_number", "home_library_id")

#: Records per transaction: larger ones mean fewer commits (each one a disk sync and a
#: flush of the search index: 2,500 instead of 1,000 saves a sixth of the writing
#: time of 100,000 records), smaller ones a quicker cancel (half a second at most).
DEFAULT_BATCH = 2500
#: Records per task of a worker process (several make one transaction).
WORKER_CHUNK = 1000

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record that was not imported, and why (in French)."""

    position: int  # rank in the file, from 1
    source_id: str | None
    reason: str
    offset: int | None = None  # byte offset in an ISO 2709 file

    def describe(self) -> str:
        ident = f" (identifiant {self.source_id})" if self.source_id else " (sans identifiant)"
        where = f", octet {self.offset}" if self.offset is not None else ""
        return f"notice n° {self.position}{ident}{where} : {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something skipped inside an imported record (e.g. an item without barcode)."""

    position: int
    source_id: str | None
    message: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    path: str
    flavour: str
    records_read: int
    records_created: int
    records_updated: int
    records_unchanged: int
    items_created: int
    items_updated: int
    items_unchanged: int
    libraries_created: int
    rejected: tuple[RejectedRecord, ...]
    warnings: tuple[ImportWarning, ...]
    cancelled: bool
    seconds: float

    @property
    def records_imported(self) -> int:
        return self.records_created + self.records_updated + self.records_unchanged

    def summary(self) -> str:
        """A few French lines for a terminal or a dialog."""
        lines = [
            f"{self.records_read} notices lues ({self.flavour.upper()}) en {self.seconds:.1f} s : "
            f"{self.records_created} créées, {self.records_updated} mises à jour, "
            f"{self.records_unchanged} inchangées, {len(self.rejected)} rejetées.",
            f"Exemplaires : {self.items_created} créés, {self.items_updated} mis à jour, "
            f"{self.items_unchanged} inchangés.",
        ]
        if self.libraries_created:
            lines.append(f"Bibliothèques créées : {self.libraries_created}.")
        if self.cancelled:
            lines.append("Import interrompu : les notices déjà enregistrées sont complètes.")
        return "\n".join(lines)


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
    rejected: list[RejectedRecord] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)


#: A record that passed the checks within the file: (position, byte offset, mapped).
_Pending = tuple[int, int | None, MappedRecord]


class MarcImportError(Exception):
    """The file as a whole cannot be imported (French message)."""


#: A record as read: its position, byte offset (None in MARCXML) and content or error.
ReadEntry = tuple[int, int | None, MarcRecord | RecordError]


def _detect(path: Path) -> tuple[str | None, list[ReadEntry] | None]:
    """The flavour of a file from a sample of its records, and, for MARCXML, the
    records themselves (read whole by pymarc)."""
    if is_marcxml(path):
        xml_records = list(read_marcxml(path))
        sample = [r for _, r in xml_records[:50] if isinstance(r, MarcRecord)]
        entries: list[ReadEntry] = [(rank, None, r) for rank, r in xml_records]
        return detect_flavour(sample), entries
    sample = []
    with path.open("rb") as stream:
        for chunk in split_iso2709(stream):
            try:
                leader, raw = parse_chunk(chunk)
            except RecordError:
                continue
            sample.append(MarcRecord(leader, raw))
            if len(sample) >= 50:
                break
    return detect_flavour(sample), None


def import_marc(
    store: Store,
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
        store: the opened local store.
        path: an ISO 2709 (``.mrc``, ``.iso``, ``.pan``…) or MARCXML file.
        flavour: ``unimarc``, ``marc21`` or ``auto`` (from the records' structure);
            ignored when a mapping is given (the mapping states its flavour).
        mapping: a mapping loaded with ``load_mapping``; default: the flavour's.
        progress: called with (records read, records in the file) after each batch.
        should_cancel: polled between batches; True stops after the current batch.
        batch_size: records per transaction.
        workers: processes that read and map records while this one writes;
            None chooses (several only for big ISO 2709 files, never in a frozen
            application), 0 reads everything in this process.

    Raises:
        MarcImportError: the file is missing, empty or of an undetectable flavour.
    """
    return import_marc_into(
        device_sinks(store),
        path,
        flavour=flavour,
        mapping=mapping,
        progress=progress,
        should_cancel=should_cancel,
        batch_size=batch_size,
        workers=workers,
    )


def import_marc_into(
    open_batch: SinkFactory,
    path: Path | str,
    *,
    flavour: str = "auto",
    mapping: MarcMapping | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
) -> ImportReport:
    """Same as :func:`import_marc`, writing through any :class:`CatalogueSink`
    (the server passes its own)."""
    started = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise MarcImportError(f"fichier introuvable : {path}")
    if path.stat().st_size == 0:
        raise MarcImportError(f"fichier vide : {path}")
    if mapping is not None:
        wanted: str | None = mapping.flavour
    elif flavour in FLAVOURS:
        wanted = flavour
    elif flavour == "auto":
        wanted = None
    else:
        raise MarcImportError(f"format {flavour!r} inconnu : unimarc, marc21 ou auto")
    detected, xml_records = _detect(path)
    if wanted is not None:
        detected = wanted
    if detected is None:
        raise MarcImportError(
            "impossible de reconnaître le format (ni UNIMARC ni MARC21) : "
            "précisez --flavour unimarc ou --flavour marc21"
        )
    mapping = mapping or default_mapping(detected)
    plan = MappingPlan(mapping, _LIMITS)
    total = count_records(path) if xml_records is None else len(xml_records)
    importer = _Importer(open_batch, mapping)
    cancelled = False
    batches: Iterator[list[Outcome]]
    if xml_records is not None:
        batches = (
            [map_outcome(pos, off, entry, plan) for pos, off, entry in batch]
            for batch in _batches(xml_records, batch_size)
        )
    elif processes := _worker_count(workers, total):
        mapped = _mapped_in_workers(path, plan, min(batch_size, WORKER_CHUNK), processes)
        batches = _regrouped(mapped, batch_size)
    else:
        batches = _local_batches(path, plan, batch_size, after=0)
    try:
        with rare_collections():
            for batch in batches:
                importer.run_batch(batch)
                if progress is not None:
                    progress(importer.tally.read, max(total, importer.tally.read))
                if should_cancel is not None and should_cancel():
                    cancelled = True
                    break
    finally:
        close = getattr(batches, "close", None)
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
    )


#: Below this many records, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 20_000


def _worker_count(requested: int | None, total: int) -> int:
    if requested is not None:
        return max(0, requested)
    if getattr(sys, "frozen", False) or total < PARALLEL_THRESHOLD:
        return 0  # a frozen app would need freeze_support() to spawn safely
    cpus = os.cpu_count() or 1
    # As many as cores: the writer waits on disk syncs, and the workers idle whenever
    # they are a few batches ahead of it (a re-import writes little and reads a lot).
    return min(4, cpus) if cpus > 1 else 0


def _mapped_in_workers(
    path: Path, plan: MappingPlan, batch_size: int, processes: int
) -> Iterator[list[Outcome]]:
    """Batches read and mapped by worker processes, in file order.

    This process keeps writing while the workers parse the next batches; at most
    a few batches are in flight, so memory stays bounded whatever the file size.
    If the workers cannot run (a process killed, no way to spawn), the rest of the
    file is read here instead: the result is the same, only slower.
    """
    last = 0  # position of the last record handed out
    try:
        for batch in _pool_batches(path, plan, batch_size, processes):
            yield batch
            last = batch[-1][0]
    except (BrokenProcessPool, OSError):
        log.warning("import workers unavailable, reading in this process", exc_info=True)
        yield from _local_batches(path, plan, batch_size, after=last)


def _regrouped(batches: Iterator[list[Outcome]], size: int) -> Iterator[list[Outcome]]:
    """The outcomes of smaller batches, in batches of ``size`` (one transaction each)."""
    pending: list[Outcome] = []
    try:
        for batch in batches:
            pending += batch
            while len(pending) >= size:
                yield pending[:size]
                del pending[:size]
        if pending:
            yield pending
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()  # a cancelled import stops the worker processes


def _chunk_lists(
    stream: BinaryIO, batch_size: int, after: int = 0
) -> Iterator[list[tuple[int, int, bytes, bool]]]:
    chunks: list[tuple[int, int, bytes, bool]] = []
    for chunk in split_iso2709(stream):
        if chunk.position <= after:
            continue
        chunks.append((chunk.position, chunk.offset, chunk.data, chunk.terminated))
        if len(chunks) >= batch_size:
            yield chunks
            chunks = []
    if chunks:
        yield chunks


def _local_batches(
    path: Path, plan: MappingPlan, batch_size: int, after: int
) -> Iterator[list[Outcome]]:
    with path.open("rb") as stream:
        for chunks in _chunk_lists(stream, batch_size, after):
            yield map_chunks(chunks, plan)


def _pool_batches(
    path: Path, plan: MappingPlan, batch_size: int, processes: int
) -> Iterator[list[Outcome]]:
    context = multiprocessing.get_context("spawn")
    in_flight: collections.deque[Future[list[Outcome]]] = collections.deque()
    with (
        ProcessPoolExecutor(
            processes, mp_context=context, initializer=start_worker, initargs=(plan,)
        ) as pool,
        path.open("rb") as stream,
    ):
        try:
            for chunks in _chunk_lists(stream, batch_size):
                in_flight.append(pool.submit(map_chunks_in_worker, chunks))
                if len(in_flight) > 2 * processes:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()


def _batches(records: Iterable[ReadEntry], size: int) -> Iterator[list[ReadEntry]]:
    batch: list[ReadEntry] = []
    for entry in records:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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


_RECORD_DEFAULTS = table_defaults(RECORDS)
_ITEM_DEFAULTS = table_defaults(ITEMS)
_LIBRARY_DEFAULTS = table_defaults(LIBRARIES)


class _Importer:
    """Holds what must stay true across batches: identifiers and barcodes seen."""

    def __init__(self, open_batch: SinkFactory, mapping: MarcMapping) -> None:
        self.open_batch = open_batch
        self.mapping = mapping
        self.tally = _Tally()
        self.barcodes_seen: dict[str, int] = {}  # barcode → position of its record
        self.ids_seen: dict[str, int] = {}
        self.libraries: dict[str, str] = {}  # code → id (committed only)

    def reject(self, position: int, offset: int | None, source_id: str | None, reason: str) -> None:
        self.tally.rejected.append(RejectedRecord(position, source_id, reason, offset))

    def run_batch(self, batch: list[Outcome]) -> None:
        pending: list[_Pending] = []
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
        except SQLAlchemyError:
            # Isolate the record the database refused: one transaction each.
            log.warning("batch failed, retrying record by record", exc_info=True)
            for one in pending:
                try:
                    self._write([one])
                except SQLAlchemyError as error:
                    origin = getattr(error, "orig", None) or error
                    self.reject(
                        one[0],
                        one[1],
                        one[2].source_id,
                        f"refusée par la base de données ({origin})",
                    )

    def _duplicate_in_file(self, position: int, mapped: MappedRecord) -> str | None:
        source_id = mapped.source_id
        if source_id is not None:
            earlier = self.ids_seen.get(source_id)
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
            self.ids_seen[source_id] = position
        for item in items:
            seen[item.barcode] = position
        return None

    def _write(self, pending: list[_Pending]) -> None:
        with self.open_batch() as sink:
            counts = _BatchWriter(sink, self, pending).run()
            sink.commit()
        # Only a committed batch counts, and only its libraries are known to exist.
        tally = self.tally
        tally.records_created += counts.records_created
        tally.records_updated += counts.records_updated
        tally.records_unchanged += counts.records_unchanged
        tally.items_created += counts.items_created
        tally.items_updated += counts.items_updated
        tally.items_unchanged += counts.items_unchanged
        tally.libraries_created += len(counts.new_libraries)
        self.libraries.update(counts.new_libraries)
        tally.rejected.extend(counts.rejected)
        tally.warnings.extend(counts.warnings)


@dataclass
class _BatchCounts:
    records_created: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    items_created: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    new_libraries: dict[str, str] = field(default_factory=dict)
    rejected: list[RejectedRecord] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)


def _row_maker(
    table: Table, given: tuple[str, ...]
) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """A function from the ``given`` columns' values (in that order) to a complete row
    of the table in :func:`column_names` order, the other columns at their defaults."""
    defaults = table_defaults(table)
    names = column_names(table)
    rest = tuple(n for n in names if n not in given)
    constants = tuple(defaults.get(n) for n in rest)
    order = [*given, *rest]
    pick = operator.itemgetter(*(order.index(n) for n in names))
    return lambda values: pick(values + constants)


_RECORD_GIVEN = ("id", "source_id", *RECORD_COLUMNS)
_record_row = _row_maker(RECORDS, _RECORD_GIVEN)
_item_row = _row_maker(
    ITEMS, ("id", "barcode", "record_id", "call_number", "home_library_id", "location")
)
_TITLE = RECORD_COLUMNS.index("title")
_ISBN = RECORD_COLUMNS.index("isbn")


def _records_by_source_id(keys: Any) -> Select[Any]:
    return select(RECORDS).where(RECORDS.c.source_id.in_(keys))


def _items_by_barcode(keys: Any) -> Select[Any]:
    return (
        select(
            ITEMS,
            RECORDS.c.source_id.label("record_source_id"),
            RECORDS.c.title.label("record_title"),
        )
        .join(RECORDS, RECORDS.c.id == ITEMS.c.record_id)
        .where(ITEMS.c.barcode.in_(keys))
    )


_LOOKUPS: dict[tuple[Callable[..., Select[Any]], bool], Select[Any]] = {}


def _lookup(
    connection: Any, make: Callable[[Any], Select[Any]], keys: list[str]
) -> tuple[Select[Any], object]:
    """A query for the rows matching any of ``keys`` (bound as ``keys``), made once.

    SQLite gets the keys as one JSON array (``json_each``): no statement with a
    thousand parameters to render and bind for every batch.
    """
    sqlite = connection.dialect.name == "sqlite"
    statement = _LOOKUPS.get((make, sqlite))
    if statement is None:
        if sqlite:
            keys_table = func.json_each(bindparam("keys"))
            statement = make(select(literal_column("value")).select_from(keys_table))
        else:
            statement = make(bindparam("keys", expanding=True))
        _LOOKUPS[(make, sqlite)] = statement
    return statement, json.dumps(keys) if sqlite else keys


def _insert(sink: CatalogueSink, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Insert complete rows (tuples in column order) through any sink."""
    if not rows:
        return
    insert_rows = getattr(sink, "insert_rows", None)
    if insert_rows is not None:
        insert_rows(table, rows)
    else:
        names = column_names(table)
        sink.insert(table, [dict(zip(names, row, strict=True)) for row in rows])


class _BatchWriter:
    """Matches one batch against the database, then writes it (one transaction)."""

    def __init__(self, sink: CatalogueSink, importer: _Importer, pending: list[_Pending]) -> None:
        self.sink = sink
        self.importer = importer
        self.pending = pending
        self.counts = _BatchCounts()

    def _existing_records(self) -> dict[str, dict[str, Any]]:
        ids = [p[2].source_id for p in self.pending if p[2].source_id]
        found: dict[str, dict[str, Any]] = {}
        if ids:
            statement, keys = _lookup(self.sink.connection, _records_by_source_id, ids)
            for row in self.sink.connection.execute(statement, {"keys": keys}).mappings():
                found.setdefault(row["source_id"], dict(row))
        return found

    def _existing_items(self) -> dict[str, dict[str, Any]]:
        barcodes = [i.barcode for p in self.pending for i in p[2].items]
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(barcodes), 5000):
            statement, keys = _lookup(
                self.sink.connection, _items_by_barcode, barcodes[start : start + 5000]
            )
            for row in self.sink.connection.execute(statement, {"keys": keys}).mappings():
                found[row["barcode"]] = dict(row)
        return found

    def _record_without_id(
        self, mapped: MappedRecord, items: dict[str, dict[str, Any]]
    ) -> dict[str, Any] | None:
        for item in mapped.items:
            existing = items.get(item.barcode)
            if existing is not None and existing["record_source_id"] is None:
                row = (
                    self.sink.connection.execute(
                        select(RECORDS).where(RECORDS.c.id == existing["record_id"])
                    )
                    .mappings()
                    .first()
                )
                return dict(row) if row else None
        if mapped.items:
            return None
        isbn = mapped.values[_ISBN]
        title = mapped.values[_TITLE]
        row = (
            self.sink.connection.execute(
                select(RECORDS)
                .where(
                    and_(
                        RECORDS.c.source_id.is_(None),
                        RECORDS.c.title == title,
                        RECORDS.c.isbn.is_(None) if isbn is None else RECORDS.c.isbn == isbn,
                    )
                )
                .limit(1)
            )
            .mappings()
            .first()
        )
        return dict(row) if row else None

    def _library_ids(self) -> dict[str, str]:
        codes = {i.library_code for p in self.pending for i in p[2].items if i.library_code}
        known = {c: self.importer.libraries[c] for c in codes if c in self.importer.libraries}
        missing = codes - set(known)
        if missing:
            rows = self.sink.connection.execute(
                select(LIBRARIES.c.code, LIBRARIES.c.id).where(LIBRARIES.c.code.in_(missing))
            ).all()
            for code, library_id in rows:
                known[code] = library_id
                self.importer.libraries[code] = library_id
        new_rows = []
        for code in sorted(codes - set(known)):
            library_id = new_id()
            new_rows.append({**_LIBRARY_DEFAULTS, "id": library_id, "code": code, "name": code})
            known[code] = library_id
            self.counts.new_libraries[code] = library_id
        self.sink.insert(LIBRARIES, new_rows)
        return known

    def run(self) -> _BatchCounts:
        records = self._existing_records()
        items = self._existing_items()
        counts = self.counts
        accepted: list[tuple[_Pending, dict[str, Any] | None]] = []
        for one in self.pending:
            mapped = one[2]
            if mapped.source_id is not None:
                existing = records.get(mapped.source_id)
            else:
                existing = self._record_without_id(mapped, items)
            reason = self._conflict(mapped, existing, items) if items else None
            if reason:
                counts.rejected.append(RejectedRecord(one[0], mapped.source_id, reason, one[1]))
                continue
            accepted.append((one, existing))
        libraries = self._library_ids()
        # Ids for every record and item that may be new, made in one go.
        fresh = iter(new_ids(sum(1 + len(one[2].items) for one, _ in accepted)))
        new_records: list[tuple[Any, ...]] = []
        new_items: list[tuple[Any, ...]] = []
        record_updates: list[tuple[str, dict[str, Any]]] = []
        item_updates: list[tuple[str, dict[str, Any]]] = []
        for (position, _offset, mapped), existing in accepted:
            values = mapped.values
            record_changed = False
            if existing is None:
                record_id = next(fresh)
                new_records.append(_record_row((record_id, mapped.source_id, *values)))
                counts.records_created += 1
            else:
                record_id = existing["id"]
                changed = {
                    k: v
                    for k, v in zip(RECORD_COLUMNS, values, strict=True)
                    if existing.get(k) != v
                }
                if changed:
                    record_updates.append((record_id, changed))
                    record_changed = True
            items_changed = False
            for item in mapped.items:
                library_id = libraries.get(item.library_code or "")
                current = items.get(item.barcode)
                if current is None:
                    new_items.append(
                        _item_row(
                            (
                                next(fresh),
                                item.barcode,
                                record_id,
                                item.call_number,
                                library_id,
                                item.location,
                            )
                        )
                    )
                    counts.items_created += 1
                    items_changed = True
                else:
                    wanted = {
                        "record_id": record_id,
                        "call_number": item.call_number,
                        "home_library_id": library_id,
                    }
                    changed = {k: v for k, v in wanted.items() if current.get(k) != v}
                    if changed:
                        item_updates.append((current["id"], changed))
                        counts.items_updated += 1
                        items_changed = True
                    else:
                        counts.items_unchanged += 1
            if existing is not None:
                if record_changed or items_changed:
                    counts.records_updated += 1
                else:
                    counts.records_unchanged += 1
            for warning in mapped.warnings:
                counts.warnings.append(ImportWarning(position, mapped.source_id, warning))
        # Records before items: the item rows reference them (and the search index
        # triggers read the record when an item is inserted).
        _insert(self.sink, RECORDS, new_records)
        for entity_id, changed in record_updates:
            self.sink.update(RECORDS, entity_id, changed)
        _insert(self.sink, ITEMS, new_items)
        for entity_id, changed in item_updates:
            self.sink.update(ITEMS, entity_id, changed)
        return counts

    def _conflict(
        self,
        mapped: MappedRecord,
        existing: dict[str, Any] | None,
        items: dict[str, dict[str, Any]],
    ) -> str | None:
        for item in mapped.items:
            current = items.get(item.barcode)
            if current is None:
                continue
            if existing is None or current["record_id"] != existing["id"]:
                other = current["record_source_id"]
                ident = f" (001 {other})" if other else ""
                return (
                    f"code-barres {item.barcode} déjà attribué à un exemplaire de la notice "
                    f"« {current['record_title']} »{ident} dans la base"
                )
        return None
