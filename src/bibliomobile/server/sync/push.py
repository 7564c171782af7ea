"""Push: a batch of a device's ops, checked then applied in its caller's transaction.

:func:`validate` checks every op before the database is touched; :func:`apply_batch`
applies the batch in one transaction (the caller's: the push endpoint runs it again
when a concurrent transaction won) and remembers op ids, so a repeated batch changes
nothing. The device's role rights, the rows its new values point at and its scope (before and
after the change) are checked: see :mod:`.write_checks`.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select

from bibliomobile.domain.enums import SyncKind
from bibliomobile.domain.hlc import Timestamp

from ..devices import Device, touch
from ..models import applied_ops, clock_skew, conflicts, row_versions
from ..scopes import Scope
from .apply import apply_events, apply_record_op
from .circulation import check_circulation
from .ops import MAX_BATCH, Batch, BatchRefused, Checked, Op, OpResult, queue_refusal
from .state import SyncServer, chunks, now
from .wire import from_wire
from .write_checks import attribute, check_references, check_rights

log = logging.getLogger(__name__)


#: What an op id and an entity id may be made of (ids are UUIDs; tests use short ones).
ID_PATTERN = re.compile(r"[0-9A-Za-z_.:\-]{1,36}")


def validate(server: SyncServer, ops: Sequence[Op]) -> Checked:
    """Check every op before touching the database.

    A batch too large is refused whole (413); an op that is not valid (unknown entity
    or field, a value of the wrong type or out of range, a NUL character, a date out
    of the window, an HLC that does not parse or runs ahead of the server's clock by
    more than the allowed skew) is refused alone, with its reason: the rest goes on.
    """
    if len(ops) > MAX_BATCH:
        raise BatchRefused(413, f"Lot trop grand : {len(ops)} opérations (maximum {MAX_BATCH}).")
    checked = Checked()
    physical = server.clock.physical_ms()
    for op in ops:
        try:
            checked.typed[op.op_id] = check_op(server, op, physical)
        except ValueError as error:
            checked.refused[op.op_id] = str(error)
            ahead = clock_ahead(op.hlc, physical)
            if ahead > server.max_skew_ms and (checked.skew is None or ahead > checked.skew[1]):
                checked.skew = (op.hlc, ahead)
    return checked


def clock_ahead(hlc: str, physical_ms: int) -> int:
    """How far ahead of ``physical_ms`` the time of ``hlc`` is (0 if not, or unreadable)."""
    try:
        return max(0, Timestamp.parse(hlc).wall_ms - physical_ms)
    except ValueError:
        return 0


def check_op(server: SyncServer, op: Op, physical_ms: int) -> dict[str, Any]:
    """The typed values of one op; ValueError (in French) when it is not valid."""
    if not ID_PATTERN.fullmatch(op.op_id) or not ID_PATTERN.fullmatch(op.entity_id):
        raise ValueError("identifiant d'opération ou de ligne invalide")
    if op.author is not None:
        check_author(op.author)
    if op.entity not in server.tables:
        raise ValueError(f"entité inconnue {printable(op.entity)!r}")
    if op.op not in ("insert", "update", "delete"):
        raise ValueError(f"type d'opération inconnu {printable(op.op)!r}")
    try:
        stamp = Timestamp.parse(op.hlc)
    except ValueError:
        raise ValueError("horodatage HLC invalide") from None
    ahead = stamp.wall_ms - physical_ms
    if ahead > server.max_skew_ms:
        raise ValueError(
            f"horloge du poste en avance de {ahead // 60_000} min sur le serveur : "
            "corrigez la date et l'heure du poste"
        )
    values: dict[str, Any] = {}
    column_types = server.column_types[op.entity]
    for name, value in op.fields.items():
        if name == "id" or name not in column_types:
            raise ValueError(f"champ inconnu {op.entity}.{printable(name)}")
        try:
            values[name] = from_wire(column_types[name], value)
        except ValueError as error:
            raise ValueError(f"{op.entity}.{name} : {error}") from None
    return values


#: The longest name of a person on a laptop (``local_users.name``).
AUTHOR_LENGTH = 100


def check_author(author: str) -> None:
    """ValueError (French) unless ``author`` is a person's name as a laptop keeps it:
    not blank, at most :data:`AUTHOR_LENGTH` characters, no NUL or control character."""
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in author):
        raise ValueError("nom de la personne invalide (caractère de contrôle ou NUL)")
    if not author.strip():
        raise ValueError("nom de la personne vide")
    if len(author) > AUTHOR_LENGTH:
        raise ValueError(f"nom de la personne trop long (maximum {AUTHOR_LENGTH} caractères)")


def printable(text: str) -> str:
    """``text`` as it may be stored and shown (no NUL, short)."""
    return text.replace("\x00", "\ufffd")[:60]


def apply_batch(
    server: SyncServer,
    conn: Connection,
    *,
    device: Device,
    ops: Sequence[Op],
    checked: Checked,
) -> list[OpResult]:
    """Apply one validated batch in the transaction of ``conn``; per-op results in
    the order received (an op refused by :func:`validate` is ``rejected``, with why,
    and kept for review; it is not remembered as received: the device keeps it)."""
    valid = [op for op in ops if op.op_id not in checked.refused]
    batch = Batch(device, valid, checked.typed)
    for op in ops:
        if op.op_id in checked.refused:
            batch.results[op.op_id] = OpResult(op.op_id, "rejected", checked.refused[op.op_id])
            queue_refusal(batch, op, checked.refused[op.op_id])
    if checked.skew is not None:
        log.warning("device %s clock ahead by %d ms", device.name, checked.skew[1])
        conn.execute(
            insert(clock_skew).values(
                device_id=device.id, hlc=checked.skew[0], skew_ms=checked.skew[1], observed_at=now()
            )
        )
    apply(server, conn, batch)
    return [batch.results[op.op_id] for op in ops]


def apply(server: SyncServer, conn: Connection, batch: Batch) -> None:
    # Write first: on SQLite this takes the write lock now (waiting for it if need
    # be) rather than failing later when a read snapshot turns out to be stale.
    touch(conn, batch.device.id)
    ops = batch.ops
    scope = batch.device.parsed_scope
    if not ops:
        if batch.conflicts:
            server.insert_many(conn, conflicts, batch.conflicts)
        return
    known: set[str] = set()
    ids = [op.op_id for op in ops]
    for chunk in chunks(ids, 500):
        known.update(
            conn.scalars(
                select(applied_ops.c.op_id).where(
                    applied_ops.c.device_id == batch.device.id,
                    server.in_(applied_ops.c.op_id, chunk),
                )
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
        if batch.conflicts:
            server.insert_many(conn, conflicts, batch.conflicts)
        return
    observe_clocks(server, conn, batch.device, fresh)
    check_rights(batch.device, fresh)
    check_references(server, conn, scope, batch, fresh)
    attribute(batch, fresh)
    every = ("insert", "update", "delete")
    before = in_scope(server, conn, scope, fresh, every)
    existed = set() if scope.kind == "all" else existing(server, conn, fresh)
    events = [op for op in fresh if server.kinds[op.entity] is SyncKind.EVENT]
    others = [op for op in fresh if server.kinds[op.entity] is not SyncKind.EVENT]
    for op in others:
        apply_record_op(server, conn, batch, op)
    apply_events(server, conn, batch, events)
    check_scope_after(server, conn, scope, fresh, before, existed, batch)
    check_circulation(server, conn, batch, events)
    if batch.conflicts:
        server.insert_many(conn, conflicts, batch.conflicts)
    received = now()
    server.insert_many(
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
                "received_at": received,
                "author": op.author,
            }
            for op in fresh
        ],
    )
    server.append_changes(conn, batch.changed, batch.device.id)
    if server.before_commit is not None:
        server.before_commit()
    # Under the change-log lock already: saving the clock adds no contention.
    server.save_clock(conn)


def observe_clocks(server: SyncServer, conn: Connection, device: Device, ops: Sequence[Op]) -> None:
    """The server's clock follows the ops' (up to the allowed skew); a device clock
    too far ahead is recorded."""
    worst = None
    for op in ops:
        observation = server.clock.observe(Timestamp.parse(op.hlc))
        if observation.skewed and (worst is None or observation.skew_ms > worst[1]):
            worst = (op.hlc, observation.skew_ms)
    if worst is not None:
        log.warning("device %s clock ahead by %d ms", device.name, worst[1])
        conn.execute(
            insert(clock_skew).values(
                device_id=device.id, hlc=worst[0], skew_ms=worst[1], observed_at=now()
            )
        )


def in_scope(
    server: SyncServer,
    conn: Connection,
    scope: Scope,
    ops: Sequence[Op],
    kinds: tuple[str, ...],
) -> set[tuple[str, str]]:
    """The (entity, id) rows of these ops (of these kinds) the device may write now."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for op in ops:
        if op.op in kinds:
            wanted[op.entity].add(op.entity_id)
    found: set[tuple[str, str]] = set()
    for entity, entity_ids in wanted.items():
        table = server.tables[entity]
        scoped = scope.write_ids(entity)
        for chunk in chunks(sorted(entity_ids), 500):
            query = select(table.c.id).where(server.in_(table.c.id, chunk))
            if scoped is not None:
                query = query.where(table.c.id.in_(scoped))
            found.update((entity, entity_id) for entity_id in conn.scalars(query))
    return found


def check_scope_after(
    server: SyncServer,
    conn: Connection,
    scope: Scope,
    ops: Sequence[Op],
    before: set[tuple[str, str]],
    existed: set[tuple[str, str]],
    batch: Batch,
) -> None:
    """Refuse the batch if an op touches a row outside the device's scope.

    A row that existed before the batch must have been in scope then (an update
    cannot pull a foreign row into the scope); a row the batch creates must be in
    scope once the batch is applied.
    """
    if scope.kind == "all":
        return
    applied = [op for op in ops if batch.results[op.op_id].result != "rejected"]
    after = in_scope(server, conn, scope, applied, ("insert", "update"))
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


def existing(server: SyncServer, conn: Connection, ops: Sequence[Op]) -> set[tuple[str, str]]:
    """Rows that exist now or existed before the batch (tombstones count as existing)."""
    found: set[tuple[str, str]] = set()
    by_entity: dict[str, set[str]] = defaultdict(set)
    for op in ops:
        by_entity[op.entity].add(op.entity_id)
    for entity, entity_ids in by_entity.items():
        table = server.tables[entity]
        for chunk in chunks(sorted(entity_ids), 500):
            found.update(
                (entity, i)
                for i in conn.scalars(select(table.c.id).where(server.in_(table.c.id, chunk)))
            )
            found.update(
                (entity, i)
                for i in conn.scalars(
                    select(row_versions.c.entity_id).where(
                        row_versions.c.entity == entity,
                        server.in_(row_versions.c.entity_id, chunk),
                    )
                )
            )
    return found
