"""The server side of sync: apply pushed batches, serve pull pages and snapshots.

Ordering of the pull feed
-------------------------
A device pulls ``change_log`` rows with ``seq > cursor``. That is only safe if no
row with a smaller ``seq`` can become visible after a larger one was read: otherwise
a device that already moved its cursor past it would never see it. With concurrent
transactions, sequence values are handed out in *allocation* order, not commit
order. So every push appends to ``change_log`` as the very last thing before its
commit, while holding a transaction-level lock:

- PostgreSQL: ``pg_advisory_xact_lock`` (released by COMMIT/ROLLBACK). A transaction
  allocates its seqs only after the previous holder committed, so seq order is
  commit order. Only that short tail is serialised; applying the ops is concurrent.
- SQLite: writers are serialised by the database lock held until commit, which gives
  the same guarantee without anything more.

The pull is state-based: a change-log row names an entity; the page carries the
row's *current* state (and per-field versions), or ``delete`` if it is gone, or
``evict`` if it left the device's scope. Re-sending a row is harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    Table,
    any_,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy import types as satypes
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from bibliomobile.domain.enums import SyncKind
from bibliomobile.domain.hlc import HybridLogicalClock, Timestamp
from bibliomobile.store.capture import to_wire
from bibliomobile.store.models import synced_tables

from .devices import Device, touch
from .models import (
    applied_ops,
    change_log,
    clock_skew,
    conflicts,
    entity_tables,
    row_versions,
    server_settings,
)
from .scopes import Scope

log = logging.getLogger(__name__)

#: Arbitrary key of the advisory lock that orders change-log appends on PostgreSQL.
CHANGE_LOG_LOCK = 847_001
MAX_BATCH = 1000
HLC_KEY = "hlc_last"


class BatchRefused(Exception):
    """The whole batch is refused; nothing of it was applied."""

    def __init__(self, status: int, detail: str, op_ids: Sequence[str] = ()) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.op_ids = list(op_ids)


@dataclass(frozen=True)
class Op:
    op_id: str
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any]
    hlc: str


@dataclass
class OpResult:
    op_id: str
    result: str  # applied | duplicate | conflict | rejected
    reason: str | None = None


@dataclass
class _Batch:
    """Working state of one push."""

    device: Device
    ops: list[Op]
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # op_id → typed fields
    results: dict[str, OpResult] = field(default_factory=dict)
    changed: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


_CONFLICT_COLUMNS = [c.name for c in conflicts.c if c.name != "id"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def from_wire(column_type: satypes.TypeEngine[Any], value: Any) -> Any:
    """A JSON wire value as the Python value of a column; ValueError on a wrong type."""
    if value is None:
        return None
    if isinstance(column_type, satypes.JSON):
        return value
    if isinstance(column_type, satypes.Boolean):
        if isinstance(value, bool):
            return value
        raise ValueError("booléen attendu")
    if isinstance(column_type, satypes.DateTime):
        if isinstance(value, str):
            parsed = dt.datetime.fromisoformat(value)
            return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
        raise ValueError("date et heure ISO 8601 attendues")
    if isinstance(column_type, satypes.Date):
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        raise ValueError("date ISO 8601 attendue")
    if isinstance(column_type, satypes.Time):
        if isinstance(value, str):
            return dt.time.fromisoformat(value)
        raise ValueError("heure ISO 8601 attendue")
    if isinstance(column_type, satypes.Integer):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError("entier attendu")
    if isinstance(column_type, satypes.Float | satypes.Numeric):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise ValueError("nombre attendu")
    if isinstance(column_type, satypes.String):
        if isinstance(value, str):
            return value
        raise ValueError("texte attendu")
    return value


def row_to_wire(row: Any, columns: Iterable[str]) -> dict[str, Any]:
    mapping = row._mapping
    return {name: to_wire(mapping[name]) for name in columns}


class SyncServer:
    """Sync operations over one server database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.tables: dict[str, Table] = entity_tables()
        self.kinds: dict[str, SyncKind] = {
            name: cls.__sync_kind__ for name, cls in synced_tables().items()
        }
        self.is_postgres = engine.dialect.name == "postgresql"
        self.column_types = {
            name: {c.name: c.type for c in table.c} for name, table in self.tables.items()
        }
        self.clock = HybridLogicalClock("server", last=self._saved_clock())
        self._clock_lock = threading.Lock()
        #: Called after the change-log append, just before COMMIT (tests widen the
        #: window there to prove that pulls stay complete).
        self.before_commit: Callable[[], None] | None = None

    # -- clock -------------------------------------------------------------------

    def _saved_clock(self) -> Timestamp | None:
        with self.engine.connect() as conn:
            value = conn.scalar(
                select(server_settings.c.value).where(server_settings.c.key == HLC_KEY)
            )
        return Timestamp.parse(value) if value else None

    def _save_clock(self, conn: Connection) -> None:
        value = str(self.clock.last)
        done = conn.execute(
            update(server_settings).where(server_settings.c.key == HLC_KEY).values(value=value)
        )
        if done.rowcount == 0:
            try:
                with conn.begin_nested():
                    conn.execute(insert(server_settings).values(key=HLC_KEY, value=value))
            except IntegrityError:
                pass

    # -- validation ----------------------------------------------------------------

    def validate(self, ops: Sequence[Op]) -> dict[str, dict[str, Any]]:
        """Check every op before touching the database. Raises BatchRefused(422)."""
        if len(ops) > MAX_BATCH:
            raise BatchRefused(
                413, f"Lot trop grand : {len(ops)} opérations (maximum {MAX_BATCH})."
            )
        typed: dict[str, dict[str, Any]] = {}
        for op in ops:
            table = self.tables.get(op.entity)
            where = f"opération {op.op_id}"
            if table is None:
                raise BatchRefused(422, f"{where} : entité inconnue {op.entity!r}.", [op.op_id])
            if op.op not in ("insert", "update", "delete"):
                raise BatchRefused(
                    422, f"{where} : type d'opération inconnu {op.op!r}.", [op.op_id]
                )
            try:
                Timestamp.parse(op.hlc)
            except ValueError:
                raise BatchRefused(422, f"{where} : horodatage HLC invalide.", [op.op_id]) from None
            values: dict[str, Any] = {}
            column_types = self.column_types[op.entity]
            for name, value in op.fields.items():
                if name == "id" or name not in column_types:
                    raise BatchRefused(
                        422, f"{where} : champ inconnu {op.entity}.{name}.", [op.op_id]
                    )
                try:
                    values[name] = from_wire(column_types[name], value)
                except ValueError as error:
                    raise BatchRefused(
                        422, f"{where} : {op.entity}.{name} : {error}.", [op.op_id]
                    ) from None
            typed[op.op_id] = values
        return typed

    # -- push ----------------------------------------------------------------------

    def push(self, device: Device, ops: Sequence[Op]) -> list[OpResult]:
        """Apply one batch in one transaction; per-op results in the order received."""
        typed = self.validate(ops)
        for attempt in range(4):
            batch = _Batch(device, list(ops), typed)
            try:
                with self.engine.begin() as conn:
                    self._apply(conn, batch)
                return [batch.results[op.op_id] for op in ops]
            except (IntegrityError, OperationalError) as error:
                # A concurrent push of the same ops (a retry) or a deadlock: the other
                # transaction won; running again finds its ops as duplicates.
                if attempt == 3:
                    raise
                log.info("push retried after %s", type(error.orig).__name__)
        raise AssertionError("unreachable")

    def _apply(self, conn: Connection, batch: _Batch) -> None:
        # Write first: on SQLite this takes the write lock now (waiting for it if need
        # be) rather than failing later when a read snapshot turns out to be stale.
        touch(conn, batch.device.id)
        ops = batch.ops
        scope = batch.device.parsed_scope
        known: set[str] = set()
        ids = [op.op_id for op in ops]
        for chunk in _chunks(ids, 500):
            known.update(
                conn.scalars(
                    select(applied_ops.c.op_id).where(self._in(applied_ops.c.op_id, chunk))
                )
            )
        fresh: list[Op] = []
        for op in ops:
            if op.op_id in known:
                batch.results[op.op_id] = OpResult(op.op_id, "duplicate")
            else:
                known.add(op.op_id)
                fresh.append(op)
        if not fresh:
            return
        self._observe_clocks(conn, batch.device, fresh)
        self._check_writable(scope, fresh)
        every = ("insert", "update", "delete")
        before = self._in_scope(conn, scope, fresh, every)
        existed = set() if scope.kind == "all" else self._existing(conn, fresh)
        events = [op for op in fresh if self.kinds[op.entity] is SyncKind.EVENT]
        others = [op for op in fresh if self.kinds[op.entity] is not SyncKind.EVENT]
        for op in others:
            self._apply_record_op(conn, batch, op)
        self._apply_events(conn, batch, events)
        self._check_scope_after(conn, scope, fresh, before, existed, batch)
        self._check_circulation(conn, batch, events)
        if batch.conflicts:
            self._insert_many(conn, conflicts, batch.conflicts)
        now = _now()
        self._insert_many(
            conn,
            applied_ops,
            [
                {
                    "op_id": op.op_id,
                    "device_id": batch.device.id,
                    "entity": op.entity,
                    "entity_id": op.entity_id,
                    "op": op.op,
                    "hlc": op.hlc,
                    "result": batch.results[op.op_id].result,
                    "reason": batch.results[op.op_id].reason,
                    "fields": op.fields,
                    "received_at": now,
                }
                for op in fresh
            ],
        )
        self._append_changes(conn, batch.changed, batch.device.id)
        if self.before_commit is not None:
            self.before_commit()
        # Under the change-log lock already: saving the clock adds no contention.
        self._save_clock(conn)

    def _append_changes(
        self, conn: Connection, changed: Sequence[tuple[str, str]], origin: str | None
    ) -> None:
        """Append to the pull feed; must be the last write before COMMIT (see module doc)."""
        if not changed:
            return
        if self.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})
        seen: set[tuple[str, str]] = set()
        rows = []
        for entity, entity_id in changed:
            if (entity, entity_id) not in seen:
                seen.add((entity, entity_id))
                rows.append({"entity": entity, "entity_id": entity_id, "origin": origin})
        self._insert_many(conn, change_log, rows)

    def _in(self, column: Any, values: Sequence[str]) -> Any:
        """``column IN (values)``; ``= ANY(array)`` on PostgreSQL (one parameter, no
        statement to compile per list length)."""
        if self.is_postgres:
            return column == any_(
                bindparam("ids_" + column.name, list(values), type_=ARRAY(String))
            )
        return column.in_(values)

    def _insert_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows: COPY on PostgreSQL (several times faster than executemany)."""
        if not self.is_postgres or not rows:
            conn.execute(insert(table), rows)
            return
        import psycopg

        keys = {key for row in rows for key in row}
        columns = [column for column in table.c if column.name in keys]
        is_json = [isinstance(column.type, satypes.JSON) for column in columns]
        names = ", ".join(f'"{column.name}"' for column in columns)
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            with (
                raw.cursor() as cursor,
                cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row(
                        [
                            json.dumps(row.get(c.name))
                            if j and row.get(c.name) is not None
                            else row.get(c.name)
                            for c, j in zip(columns, is_json, strict=True)
                        ]
                    )
        except psycopg.errors.IntegrityError as error:
            raise IntegrityError(f"COPY {table.name}", None, error) from error
        except psycopg.errors.DataError as error:
            raise DataError(f"COPY {table.name}", None, error) from error

    def _observe_clocks(self, conn: Connection, device: Device, ops: Sequence[Op]) -> None:
        worst = None
        for op in ops:
            observation = self.clock.observe(Timestamp.parse(op.hlc))
            if observation.skewed and (worst is None or observation.skew_ms > worst[1]):
                worst = (op.hlc, observation.skew_ms)
        if worst is not None:
            log.warning("device %s clock ahead by %d ms", device.name, worst[1])
            conn.execute(
                insert(clock_skew).values(
                    device_id=device.id, hlc=worst[0], skew_ms=worst[1], observed_at=_now()
                )
            )

    def _check_writable(self, scope: Scope, ops: Sequence[Op]) -> None:
        if scope.kind == "all":
            return
        refused = [op.op_id for op in ops if self.kinds[op.entity] is SyncKind.REFERENCE]
        if refused:
            raise BatchRefused(
                403,
                "Ces données de référence (catalogue) ne peuvent être modifiées que par "
                "un poste de coordination.",
                refused,
            )

    def _in_scope(
        self, conn: Connection, scope: Scope, ops: Sequence[Op], kinds: tuple[str, ...]
    ) -> set[tuple[str, str]]:
        wanted: dict[str, set[str]] = defaultdict(set)
        for op in ops:
            if op.op in kinds:
                wanted[op.entity].add(op.entity_id)
        found: set[tuple[str, str]] = set()
        for entity, entity_ids in wanted.items():
            table = self.tables[entity]
            scoped = scope.write_ids(entity)
            for chunk in _chunks(sorted(entity_ids), 500):
                query = select(table.c.id).where(self._in(table.c.id, chunk))
                if scoped is not None:
                    query = query.where(table.c.id.in_(scoped))
                found.update((entity, entity_id) for entity_id in conn.scalars(query))
        return found

    def _check_scope_after(
        self,
        conn: Connection,
        scope: Scope,
        ops: Sequence[Op],
        before: set[tuple[str, str]],
        existed: set[tuple[str, str]],
        batch: _Batch,
    ) -> None:
        """Refuse the batch if an op touches a row outside the device's scope.

        A row that existed before the batch must have been in scope then (an update
        cannot pull a foreign row into the scope); a row the batch creates must be in
        scope once the batch is applied.
        """
        if scope.kind == "all":
            return
        applied = [op for op in ops if batch.results[op.op_id].result != "rejected"]
        after = self._in_scope(conn, scope, applied, ("insert", "update"))
        refused = []
        for op in ops:
            key = (op.entity, op.entity_id)
            if batch.results[op.op_id].result == "rejected" and key not in existed:
                continue  # nothing was written, nothing to leak
            ok = key in before if key in existed else (op.op == "delete" or key in after)
            if not ok:
                refused.append(op.op_id)
        if refused:
            raise BatchRefused(
                403,
                "Opérations hors du périmètre de cet appareil : rien n'a été appliqué.",
                refused,
            )

    def _existing(self, conn: Connection, ops: Sequence[Op]) -> set[tuple[str, str]]:
        # Rows that exist now or existed before the batch (tombstones count as existing).
        found: set[tuple[str, str]] = set()
        by_entity: dict[str, set[str]] = defaultdict(set)
        for op in ops:
            by_entity[op.entity].add(op.entity_id)
        for entity, entity_ids in by_entity.items():
            table = self.tables[entity]
            for chunk in _chunks(sorted(entity_ids), 500):
                found.update(
                    (entity, i)
                    for i in conn.scalars(select(table.c.id).where(self._in(table.c.id, chunk)))
                )
                found.update(
                    (entity, i)
                    for i in conn.scalars(
                        select(row_versions.c.entity_id).where(
                            row_versions.c.entity == entity,
                            self._in(row_versions.c.entity_id, chunk),
                        )
                    )
                )
        return found

    # Mutable and reference rows: per-field last-writer-wins.

    def _versions(
        self, conn: Connection, entity: str, entity_id: str
    ) -> tuple[dict[str, str], str | None, bool]:
        row = conn.execute(
            select(row_versions.c.versions, row_versions.c.deleted_hlc).where(
                row_versions.c.entity == entity, row_versions.c.entity_id == entity_id
            )
        ).one_or_none()
        if row is None:
            return {}, None, False
        return dict(row.versions or {}), row.deleted_hlc, True

    def _store_versions(
        self,
        conn: Connection,
        entity: str,
        entity_id: str,
        versions: dict[str, str],
        deleted_hlc: str | None,
        exists: bool,
    ) -> None:
        if exists:
            conn.execute(
                update(row_versions)
                .where(row_versions.c.entity == entity, row_versions.c.entity_id == entity_id)
                .values(versions=versions, deleted_hlc=deleted_hlc)
            )
        else:
            conn.execute(
                insert(row_versions).values(
                    entity=entity, entity_id=entity_id, versions=versions, deleted_hlc=deleted_hlc
                )
            )

    def _conflict(self, batch: _Batch, **values: Any) -> None:
        """Queue a conflict row; written with the batch (see :meth:`_apply`)."""
        row = dict.fromkeys(_CONFLICT_COLUMNS)
        row.update(values)
        row["needs_review"] = bool(values.get("needs_review", False))
        row["created_at"] = _now()
        batch.conflicts.append(row)

    def _apply_record_op(self, conn: Connection, batch: _Batch, op: Op) -> None:
        table = self.tables[op.entity]
        values = batch.values[op.op_id]
        queued = len(batch.conflicts)
        try:
            with conn.begin_nested():
                result = self._merge(conn, batch, op, table, values)
        except (IntegrityError, DBAPIError) as error:
            del batch.conflicts[queued:]  # rolled back with the savepoint
            if isinstance(error, OperationalError) and "deadlock" in str(error).lower():
                raise
            reason = _short_reason(error)
            batch.results[op.op_id] = OpResult(op.op_id, "rejected", reason)
            self._conflict(
                batch,
                kind="rejected",
                entity=op.entity,
                entity_id=op.entity_id,
                losing_value=op.fields,
                losing_hlc=op.hlc,
                device_id=batch.device.id,
                op_id=op.op_id,
                detail=reason,
                needs_review=True,
            )
            # The device keeps a row the server refused: send it the server's truth.
            batch.changed.append((op.entity, op.entity_id))
            return
        batch.results[op.op_id] = result
        batch.changed.append((op.entity, op.entity_id))

    def _merge(
        self, conn: Connection, batch: _Batch, op: Op, table: Table, values: dict[str, Any]
    ) -> OpResult:
        current = conn.execute(select(table).where(table.c.id == op.entity_id)).one_or_none()
        versions, deleted_hlc, has_versions = self._versions(conn, op.entity, op.entity_id)
        device_id = batch.device.id
        if op.op == "delete":
            if current is None:
                return OpResult(op.op_id, "applied", "déjà supprimé")
            newer = {k: v for k, v in versions.items() if v > op.hlc}
            if newer:
                self._conflict(
                    batch,
                    kind="deleted_with_newer_edits",
                    entity=op.entity,
                    entity_id=op.entity_id,
                    losing_value=row_to_wire(current, [c.name for c in table.c]),
                    losing_hlc=max(newer.values()),
                    kept_hlc=op.hlc,
                    device_id=device_id,
                    op_id=op.op_id,
                    needs_review=True,
                )
            conn.execute(table.delete().where(table.c.id == op.entity_id))
            self._store_versions(conn, op.entity, op.entity_id, versions, op.hlc, has_versions)
            return OpResult(op.op_id, "applied")
        if current is None:
            if deleted_hlc is not None:
                self._conflict(
                    batch,
                    kind="edit_after_delete",
                    entity=op.entity,
                    entity_id=op.entity_id,
                    losing_value=op.fields,
                    losing_hlc=op.hlc,
                    kept_hlc=deleted_hlc,
                    device_id=device_id,
                    op_id=op.op_id,
                    needs_review=True,
                )
                return OpResult(op.op_id, "conflict", "ligne supprimée sur le serveur")
            if op.op == "update":
                raise _Rejected("ligne inconnue du serveur")
            conn.execute(insert(table).values(id=op.entity_id, **values))
            self._store_versions(
                conn, op.entity, op.entity_id, dict.fromkeys(values, op.hlc), None, has_versions
            )
            return OpResult(op.op_id, "applied")
        winners: dict[str, Any] = {}
        lost = []
        mapping = current._mapping
        for name, value in values.items():
            known = versions.get(name, "")
            if op.hlc > known:
                winners[name] = value
                versions[name] = op.hlc
            elif op.hlc == known:
                continue  # the same write seen twice
            else:
                lost.append(name)
                if to_wire(mapping[name]) != op.fields[name]:
                    self._conflict(
                        batch,
                        kind="field_lww",
                        entity=op.entity,
                        entity_id=op.entity_id,
                        field=name,
                        kept_value=to_wire(mapping[name]),
                        kept_hlc=known,
                        losing_value=op.fields[name],
                        losing_hlc=op.hlc,
                        device_id=device_id,
                        op_id=op.op_id,
                    )
        if winners:
            conn.execute(table.update().where(table.c.id == op.entity_id).values(**winners))
        self._store_versions(conn, op.entity, op.entity_id, versions, deleted_hlc, has_versions)
        if lost:
            return OpResult(
                op.op_id, "conflict", "valeur plus récente conservée : " + ", ".join(lost)
            )
        return OpResult(op.op_id, "applied")

    # Events: append-only, never conflict.

    def _apply_events(self, conn: Connection, batch: _Batch, events: Sequence[Op]) -> None:
        inserts = [op for op in events if op.op == "insert"]
        for op in events:
            if op.op != "insert":
                batch.results[op.op_id] = OpResult(
                    op.op_id, "rejected", "un événement ne se modifie pas (annulez-le)"
                )
                self._conflict(
                    batch,
                    kind="rejected",
                    entity=op.entity,
                    entity_id=op.entity_id,
                    losing_value=op.fields,
                    losing_hlc=op.hlc,
                    device_id=batch.device.id,
                    op_id=op.op_id,
                    detail="événement modifié",
                    needs_review=True,
                )
        by_entity: dict[str, list[Op]] = defaultdict(list)
        for op in inserts:
            by_entity[op.entity].append(op)
        for entity, ops in by_entity.items():
            table = self.tables[entity]
            existing: set[str] = set()
            for chunk in _chunks([op.entity_id for op in ops], 500):
                existing.update(conn.scalars(select(table.c.id).where(self._in(table.c.id, chunk))))
            new_ops = []
            for op in ops:
                if op.entity_id in existing:
                    batch.results[op.op_id] = OpResult(op.op_id, "duplicate", "événement déjà reçu")
                else:
                    existing.add(op.entity_id)
                    new_ops.append(op)
            if not new_ops:
                continue
            try:
                with conn.begin_nested():
                    self._insert_many(
                        conn,
                        table,
                        [{"id": op.entity_id, **batch.values[op.op_id]} for op in new_ops],
                    )
            except (IntegrityError, DBAPIError):
                for op in new_ops:  # find the faulty ones, keep the others
                    self._apply_record_op(conn, batch, op)
                continue
            for op in new_ops:
                batch.results[op.op_id] = OpResult(op.op_id, "applied")
                batch.changed.append((op.entity, op.entity_id))

    def _check_circulation(self, conn: Connection, batch: _Batch, events: Sequence[Op]) -> None:
        """Double loans and returns without a loan: keep everything, flag for review."""
        new_ids = {
            op.entity_id: op
            for op in events
            if op.entity == "circulation_events" and batch.results[op.op_id].result == "applied"
        }
        if not new_ids:
            return
        table = self.tables["circulation_events"]
        items = {batch.values[op.op_id].get("item_id") for op in new_ids.values()} - {None}
        rows: list[Any] = []
        for chunk in _chunks(sorted(items), 500):  # type: ignore[arg-type]
            rows.extend(
                conn.execute(
                    select(
                        table.c.id, table.c.item_id, table.c.kind, table.c.hlc, table.c.undoes_id
                    )
                    .where(self._in(table.c.item_id, chunk))
                    .order_by(table.c.item_id, table.c.hlc)
                ).all()
            )
        undone = {row.undoes_id for row in rows if row.undoes_id}
        by_item: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            if row.id not in undone and row.kind in ("checkout", "checkin"):
                by_item[row.item_id].append(row)
        for item_id, history in by_item.items():
            previous = None
            for row in history:
                if row.kind == "checkout" and previous is not None and previous.kind == "checkout":
                    if row.id in new_ids or previous.id in new_ids:
                        self._flag(
                            conn,
                            batch,
                            new_ids,
                            row.id,
                            previous.id,
                            "double_checkout",
                            f"Exemplaire {item_id} prêté deux fois hors connexion : le prêt le plus "
                            f"récent ({row.id}) reste ouvert, le précédent ({previous.id}) est clos.",
                        )
                elif (
                    row.kind == "checkin"
                    and (previous is None or previous.kind == "checkin")
                    and row.id in new_ids
                ):
                    self._flag(
                        conn,
                        batch,
                        new_ids,
                        row.id,
                        None,
                        "return_without_loan",
                        f"Retour de l'exemplaire {item_id} sans prêt connu : enregistré.",
                    )
                previous = row

    def _flag(
        self,
        conn: Connection,
        batch: _Batch,
        new_ids: dict[str, Op],
        kept_id: str,
        other_id: str | None,
        kind: str,
        detail: str,
    ) -> None:
        op = new_ids.get(kept_id) or (new_ids.get(other_id) if other_id else None)
        assert op is not None
        self._conflict(
            batch,
            kind=kind,
            entity="circulation_events",
            entity_id=kept_id,
            kept_value={"event_id": kept_id},
            losing_value={"event_id": other_id} if other_id else None,
            device_id=batch.device.id,
            op_id=op.op_id,
            detail=detail,
            needs_review=True,
        )
        for event_id in (kept_id, other_id):
            if event_id in new_ids:
                event_op = new_ids[event_id]
                batch.results[event_op.op_id] = OpResult(event_op.op_id, "conflict", kind)

    # -- pull ------------------------------------------------------------------------

    def current_seq(self, conn: Connection) -> int:
        return int(conn.scalar(select(func.coalesce(func.max(change_log.c.seq), 0))) or 0)

    def pull(self, device: Device, after: int, limit: int) -> dict[str, Any]:
        scope = device.parsed_scope
        with self.engine.connect() as conn:
            entries = conn.execute(
                select(change_log.c.seq, change_log.c.entity, change_log.c.entity_id)
                .where(change_log.c.seq > after)
                .order_by(change_log.c.seq)
                .limit(limit)
            ).all()
            last_seq: dict[tuple[str, str], int] = {}
            for entry in entries:
                last_seq[(entry.entity, entry.entity_id)] = entry.seq
            by_entity: dict[str, list[str]] = defaultdict(list)
            for entity, entity_id in last_seq:
                if entity in self.tables:
                    by_entity[entity].append(entity_id)
            changes: list[dict[str, Any]] = []
            for entity, entity_ids in by_entity.items():
                changes.extend(self._states(conn, scope, entity, entity_ids, last_seq))
        self._touch(device)
        changes.sort(key=lambda change: change["seq"])
        next_after = entries[-1].seq if entries else after
        return {"changes": changes, "next": next_after, "more": len(entries) == limit}

    def _touch(self, device: Device) -> None:
        """Record when a device was last seen (best effort, its own short transaction)."""
        try:
            with self.engine.begin() as conn:
                touch(conn, device.id)
        except OperationalError:  # a busy SQLite server: the next request will do it
            log.debug("last-seen of %s not recorded", device.name, exc_info=True)

    def _states(
        self,
        conn: Connection,
        scope: Scope,
        entity: str,
        entity_ids: list[str],
        last_seq: dict[tuple[str, str], int],
    ) -> list[dict[str, Any]]:
        table = self.tables[entity]
        columns = [c.name for c in table.c]
        scoped = scope.ids(entity)
        out = []
        for chunk in _chunks(entity_ids, 500):
            rows = {
                row.id: row
                for row in conn.execute(select(table).where(self._in(table.c.id, chunk)))
            }
            visible = set(rows)
            if scoped is not None and rows:
                visible = set(
                    conn.scalars(
                        select(table.c.id).where(
                            self._in(table.c.id, list(rows)), table.c.id.in_(scoped)
                        )
                    )
                )
            versions = {
                row.entity_id: row.versions
                for row in conn.execute(
                    select(row_versions.c.entity_id, row_versions.c.versions).where(
                        row_versions.c.entity == entity, self._in(row_versions.c.entity_id, chunk)
                    )
                )
            }
            for entity_id in chunk:
                seq = last_seq[(entity, entity_id)]
                base = {"seq": seq, "entity": entity, "id": entity_id}
                if entity_id not in rows:
                    out.append({**base, "op": "delete"})
                elif entity_id in visible:
                    out.append(
                        {
                            **base,
                            "op": "upsert",
                            "row": row_to_wire(rows[entity_id], columns),
                            "versions": versions.get(entity_id) or {},
                        }
                    )
                else:
                    out.append({**base, "op": "evict"})
        return out

    # -- snapshot and scope manifest ---------------------------------------------------

    def visible_entities(self, scope: Scope) -> list[str]:
        rules = scope.rules
        return [name for name in self.tables if rules is None or rules.get(name)]

    def snapshot_start(self, device: Device) -> dict[str, Any]:
        with self.engine.connect() as conn:
            cursor = self.current_seq(conn)
        return {"cursor": cursor, "entities": self.visible_entities(device.parsed_scope)}

    def snapshot_page(
        self, device: Device, entity: str, after_id: str, limit: int
    ) -> dict[str, Any]:
        scope = device.parsed_scope
        if entity not in self.visible_entities(scope):
            raise BatchRefused(
                403, f"L'entité {entity!r} n'est pas dans le périmètre de cet appareil."
            )
        return self.read_page(entity, after_id, limit, scope.ids(entity))

    def read_page(
        self, entity: str, after_id: str, limit: int, scoped: Any = None
    ) -> dict[str, Any]:
        """Rows of ``entity`` after ``after_id`` in id order, as wire values;
        ``scoped`` (a SELECT of ids) keeps only those."""
        table = self.tables[entity]
        columns = [c.name for c in table.c]
        query = select(table).where(table.c.id > after_id).order_by(table.c.id).limit(limit)
        if scoped is not None:
            query = query.where(table.c.id.in_(scoped))
        with self.engine.connect() as conn:
            if self.is_postgres:
                plan = [
                    (i, convert)
                    for i, c in enumerate(table.c)
                    if (convert := _wire_converter(c.type)) is not _identity
                ]
                fetched: list[Any] = list(conn.execute(query).all())
            else:
                # SQLite already stores dates and times as ISO 8601 text: read the raw
                # values (much faster than parsing them and formatting them again);
                # only booleans and JSON need a touch.
                plan = [
                    (i, convert)
                    for i, c in enumerate(table.c)
                    if (convert := _sqlite_wire_converter(c.type)) is not _identity
                ]
                compiled = query.compile(
                    dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
                )
                params = tuple(compiled.params[name] for name in compiled.positiontup or ())
                raw = conn.connection.driver_connection
                assert raw is not None
                fetched = raw.execute(str(compiled), params).fetchall()
        if plan:
            rows = []
            for row in fetched:
                values = list(row)
                for index, convert in plan:
                    values[index] = convert(values[index])
                rows.append(values)
        else:
            rows = [list(row) for row in fetched]
        return {
            "entity": entity,
            "columns": columns,
            "rows": rows,
            "next_after_id": rows[-1][columns.index("id")] if rows else after_id,
            "more": len(rows) == limit,
        }

    def changes_since(self, after: int, entities: Sequence[str]) -> int:
        """How many change-log rows of these entities came after ``after``."""
        with self.engine.connect() as conn:
            return int(
                conn.scalar(
                    select(func.count())
                    .select_from(change_log)
                    .where(change_log.c.seq > after, change_log.c.entity.in_(list(entities)))
                )
                or 0
            )

    def manifest(self, device: Device) -> dict[str, list[str]]:
        scope = device.parsed_scope
        out: dict[str, list[str]] = {}
        with self.engine.connect() as conn:
            for entity in scope.scoped_entities():
                scoped = scope.ids(entity)
                assert scoped is not None
                out[entity] = list(conn.scalars(scoped))
        return out

    def fetch_rows(self, device: Device, entity: str, ids: Sequence[str]) -> dict[str, Any]:
        scope = device.parsed_scope
        table = self.tables.get(entity)
        if table is None:
            raise BatchRefused(422, f"Entité inconnue {entity!r}.")
        columns = [c.name for c in table.c]
        scoped = scope.ids(entity)
        rows: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            for chunk in _chunks(list(ids), 500):
                query = select(table).where(self._in(table.c.id, chunk))
                if scoped is not None:
                    query = query.where(table.c.id.in_(scoped))
                rows.extend(row_to_wire(row, columns) for row in conn.execute(query))
        return {"entity": entity, "rows": rows}

    # -- review of conflicts (coordinators) ----------------------------------------------

    def reviews(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        query = select(conflicts).where(conflicts.c.needs_review.is_(True)).order_by(conflicts.c.id)
        if not include_resolved:
            query = query.where(conflicts.c.resolved_at.is_(None))
        with self.engine.connect() as conn:
            return [
                {key: to_wire(value) for key, value in row._mapping.items()}
                for row in conn.execute(query)
            ]

    def resolve(self, conflict_id: int, resolution: str, by: str) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(conflicts)
                .where(conflicts.c.id == conflict_id, conflicts.c.needs_review.is_(True))
                .values(resolution=resolution, resolved_by=by, resolved_at=_now())
            )
            return done.rowcount == 1


class _Rejected(IntegrityError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason, None, Exception(reason))
        self.reason = reason


def _short_reason(error: Exception) -> str:
    if isinstance(error, _Rejected):
        return error.reason
    orig = getattr(error, "orig", None)
    text_ = str(orig if orig is not None else error).strip().splitlines()[0]
    return ("refusé par la base : " + text_)[:480]


def _chunks(values: Sequence[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _wire_converter(column_type: satypes.TypeEngine[Any]) -> Any:
    if isinstance(column_type, satypes.DateTime | satypes.Date | satypes.Time):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(column_type, satypes.Numeric) and not isinstance(column_type, satypes.Float):
        return lambda value: None if value is None else str(value)
    return _identity


def _identity(value: Any) -> Any:
    return value


def _sqlite_wire_converter(column_type: satypes.TypeEngine[Any]) -> Any:
    if isinstance(column_type, satypes.Boolean):
        return lambda value: None if value is None else bool(value)
    if isinstance(column_type, satypes.JSON):
        return lambda value: None if value is None else json.loads(value)
    return _identity


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
