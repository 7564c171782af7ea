"""One batch of an import: its records matched against the database, then written.

A record is found again by its identifier (``source_id``: 001, else what the mapping
names, e.g. 035) qualified by its organisation (``source_org``: 003, when the
identifier is 001), else through the barcode of one of its items, else by its ISBN/ISSN
when exactly one record without identifier has it, else as the very same record (every
catalogue value equal: an unchanged record without any identifier is not created
twice). Never by title alone. An item is found by its barcode.

(003, 001): a record of the file with a 003 matches the stored record with the same
003 and 001; else one stored without 003 (imported before 003 was kept, or from a
file without it), whose 003 is then filled in; records with the same 001 under
another 003 are other records. A record without 003 matches the one stored record
with its 001, whatever its 003, and is rejected when several organisations have it. A record whose barcode
belongs to another record in the database is rejected whole.

The decisions do not depend on how the file is cut into batches: a record created or
already matched by this import is never matched again by a later record of the same
import (:class:`ImportMemory`), so two serials called "Annual report" without
identifier stay two records whatever the batch size.

What is new is inserted, what changed is updated, what is the same is left alone (no
outbox row). All of it through one :class:`CatalogueSink`, in the batch's transaction.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, literal_column, select

from bibliomobile.domain.ids import new_id, new_ids
from bibliomobile.services.interop.catalogue_sink import CatalogueSink, column_names, table_defaults
from bibliomobile.services.interop.marc_mapper import RECORD_COLUMNS, MappedRecord
from bibliomobile.services.interop.marc_report import ImportWarning, RejectedRecord
from bibliomobile.store.models import Item, Library, Record

RECORDS = cast(Table, Record.__table__)
ITEMS = cast(Table, Item.__table__)
LIBRARIES = cast(Table, Library.__table__)

# RECORD_COLUMNS: the record columns the import owns (genre and the rest are left to
# the librarians), in the order of MappedRecord.values.
#: Item columns a re-import may change (location is the devices' business).
ITEM_COLUMNS = ("record_id", "call_number", "home_library_id")

#: A record that passed the checks within the file: (position, byte offset, mapped).
Pending = tuple[int, int | None, MappedRecord]

_LIBRARY_DEFAULTS = table_defaults(LIBRARIES)


@dataclass
class ImportMemory:
    """What an import has done so far (committed batches only)."""

    #: code → id of the libraries known to exist.
    libraries: dict[str, str] = field(default_factory=dict)
    #: ids of the records this import created or matched: not to be matched again.
    taken: set[str] = field(default_factory=set)


@dataclass
class BatchCounts:
    records_created: int = 0
    records_updated: int = 0
    records_unchanged: int = 0
    items_created: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    new_libraries: dict[str, str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
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


_RECORD_GIVEN = ("id", "source_id", "source_org", *RECORD_COLUMNS)
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


class BatchWriter:
    """Matches one batch against the database, then writes it (one transaction)."""

    def __init__(self, sink: CatalogueSink, memory: ImportMemory, pending: list[Pending]) -> None:
        self.sink = sink
        self.memory = memory  # shared by the batches; updated once a batch is committed
        self.libraries = memory.libraries  # found in the database: they exist
        self.pending = pending
        self.counts = BatchCounts()

    def _free(self, record_id: str) -> bool:
        """Not yet created nor matched by this import."""
        return record_id not in self.memory.taken and record_id not in self.counts.taken

    def _existing_records(self) -> dict[str, list[dict[str, Any]]]:
        """The stored records by identifier (one per organisation, 003)."""
        ids = [p[2].source_id for p in self.pending if p[2].source_id]
        found: dict[str, list[dict[str, Any]]] = {}
        if ids:
            statement, keys = _lookup(self.sink.connection, _records_by_source_id, ids)
            for row in self.sink.connection.execute(statement, {"keys": keys}).mappings():
                found.setdefault(row["source_id"], []).append(dict(row))
        return found

    def _record_with_id(
        self, mapped: MappedRecord, rows: list[dict[str, Any]]
    ) -> dict[str, Any] | str | None:
        """The stored record of ``mapped``'s (003, 001), or why none can be chosen."""
        if len(rows) == 1 and rows[0]["source_org"] == mapped.source_org:
            return rows[0]  # the common case: one record, same 003 (or none)
        org = mapped.source_org
        for row in rows:
            if row["source_org"] == org:
                return row
        if org is not None:
            # Stored without 003: this file's record; its 003 gets filled in.
            return next((r for r in rows if r["source_org"] is None and self._free(r["id"])), None)
        free = [r for r in rows if self._free(r["id"])]
        if len(free) > 1:
            orgs = ", ".join(sorted(str(r["source_org"]) for r in free))
            return (
                f"identifiant {mapped.source_id} sans 003 (organisme) alors que la base "
                f"a plusieurs notices de ce numéro (003 : {orgs})"
            )
        return free[0] if free else None

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
        connection = self.sink.connection
        for item in mapped.items:
            existing = items.get(item.barcode)
            if (
                existing is not None
                and existing["record_source_id"] is None
                and self._free(existing["record_id"])
            ):
                row = (
                    connection.execute(select(RECORDS).where(RECORDS.c.id == existing["record_id"]))
                    .mappings()
                    .first()
                )
                return dict(row) if row else None
        values = mapped.values
        isbn = values[_ISBN]
        if isbn is not None:
            rows = (
                connection.execute(
                    select(RECORDS).where(RECORDS.c.source_id.is_(None), RECORDS.c.isbn == isbn)
                )
                .mappings()
                .all()
            )
            if len(rows) == 1 and self._free(rows[0]["id"]):
                return dict(rows[0])
            return self._same_record(rows, values)
        rows = (
            connection.execute(
                select(RECORDS).where(
                    RECORDS.c.source_id.is_(None), RECORDS.c.title == values[_TITLE]
                )
            )
            .mappings()
            .all()
        )
        return self._same_record(rows, values)

    def _same_record(self, rows: Any, values: tuple[object, ...]) -> dict[str, Any] | None:
        """The first free row with every catalogue value equal to ``values``."""
        for row in rows:
            if self._free(row["id"]) and all(
                row[k] == v for k, v in zip(RECORD_COLUMNS, values, strict=True)
            ):
                return dict(row)
        return None

    def _library_ids(self) -> dict[str, str]:
        codes = {i.library_code for p in self.pending for i in p[2].items if i.library_code}
        known = {c: self.libraries[c] for c in codes if c in self.libraries}
        missing = codes - set(known)
        if missing:
            rows = self.sink.connection.execute(
                select(LIBRARIES.c.code, LIBRARIES.c.id).where(LIBRARIES.c.code.in_(missing))
            ).all()
            for code, library_id in rows:
                known[code] = library_id
                self.libraries[code] = library_id
        new_rows = []
        for code in sorted(codes - set(known)):
            library_id = new_id()
            new_rows.append({**_LIBRARY_DEFAULTS, "id": library_id, "code": code, "name": code})
            known[code] = library_id
            self.counts.new_libraries[code] = library_id
        self.sink.insert(LIBRARIES, new_rows)
        return known

    def run(self) -> BatchCounts:
        records = self._existing_records()
        items = self._existing_items()
        counts = self.counts
        accepted: list[tuple[Pending, dict[str, Any] | None]] = []
        for one in self.pending:
            mapped = one[2]
            reason: str | None = None
            if mapped.source_id is not None:
                rows = records.get(mapped.source_id)
                found = self._record_with_id(mapped, rows) if rows else None
                if isinstance(found, str):
                    existing, reason = None, found
                else:
                    existing = found
            else:
                existing = self._record_without_id(mapped, items)
            if reason is None and items:
                reason = self._conflict(mapped, existing, items)
            if reason:
                counts.rejected.append(RejectedRecord(one[0], mapped.source_id, reason, one[1]))
                continue
            if existing is not None:
                counts.taken.add(existing["id"])
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
                counts.taken.add(record_id)
                new_records.append(
                    _record_row((record_id, mapped.source_id, mapped.source_org, *values))
                )
                counts.records_created += 1
            else:
                record_id = existing["id"]
                changed = {
                    k: v
                    for k, v in zip(RECORD_COLUMNS, values, strict=True)
                    if existing.get(k) != v
                }
                if mapped.source_org is not None and existing["source_org"] is None:
                    changed["source_org"] = mapped.source_org
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
