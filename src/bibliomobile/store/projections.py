"""Keeps the local ``loan_state`` projection in step with the circulation log.

Every flush that inserts :class:`CirculationEvent` rows (a checkout at the desk, an
event pulled from the server, a simulated day) recomputes the projection of the
items concerned in the same transaction, from their events: the latest event that
was not undone decides; if it is a checkout or a renewal, the item is on loan.
Because it is recomputed from the log rather than patched, events arriving out of
order (sync) and undos give the same answer as a full :func:`rebuild_loan_state`.

Events written without the ORM (the sync client's fast upserts, a snapshot, a bulk
load) are taken in by :func:`catch_up`: a watermark (the last ``circulation_events``
rowid projected) says whether anything is new. The store runs it before every commit of
a transaction that touched the database, so whatever path wrote the events, the
projection is committed with them; and services read the projection only through
:func:`current_loans` (``tests/unit/test_architecture.py`` checks it), which catches up
once per transaction, so rows written without the ORM earlier in the same transaction
count too.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from .models import CirculationEvent, LoanState

_LATEST_EFFECTIVE = """
    SELECT e.item_id, e.id, e.patron_id, e.due_date, e.hlc, e.kind
      FROM circulation_events e
     WHERE e.item_id = :item_id
       AND e.kind != 'undo'
       AND NOT EXISTS (SELECT 1 FROM circulation_events u
                        WHERE u.item_id = e.item_id AND u.kind = 'undo' AND u.undoes_id = e.id)
     ORDER BY e.hlc DESC
     LIMIT 1
"""

_REFRESH = text(
    "INSERT INTO loan_state (item_id, event_id, patron_id, due_date, hlc) "
    f"SELECT item_id, id, patron_id, due_date, hlc FROM ({_LATEST_EFFECTIVE}) "
    "WHERE kind IN ('checkout', 'renew')"
)
_FORGET = text("DELETE FROM loan_state WHERE item_id = :item_id")

_REBUILD = (
    "DELETE FROM loan_state",
    """
    INSERT INTO loan_state (item_id, event_id, patron_id, due_date, hlc)
    SELECT item_id, id, patron_id, due_date, hlc FROM (
        SELECT e.item_id, e.id, e.patron_id, e.due_date, e.hlc, e.kind,
               row_number() OVER (PARTITION BY e.item_id ORDER BY e.hlc DESC) AS n
          FROM circulation_events e
         WHERE e.kind != 'undo'
           AND NOT EXISTS (SELECT 1 FROM circulation_events u
                            WHERE u.item_id = e.item_id AND u.kind = 'undo'
                              AND u.undoes_id = e.id)
    ) WHERE n = 1 AND kind IN ('checkout', 'renew')
    """,
)


WATERMARK_SETTING = "loan_state_rowid"
"""``device_settings`` key: the last ``circulation_events`` rowid the projection has seen."""

#: Beyond this many unseen events a full rebuild is cheaper than item by item.
_REBUILD_ABOVE = 5000

_LAST_ROWID = text("SELECT coalesce(max(rowid), 0) FROM circulation_events")
_SEEN = text("SELECT value FROM device_settings WHERE key = :key")
_UNSEEN_ITEMS = text("SELECT DISTINCT item_id FROM circulation_events WHERE rowid > :seen")
_SET_SEEN = text(
    "INSERT INTO device_settings (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def refresh_items(connection: Connection, item_ids: AbstractSet[str]) -> None:
    """Recompute the projection of these items from their events."""
    for item_id in sorted(item_ids):
        connection.execute(_FORGET, {"item_id": item_id})
        connection.execute(_REFRESH, {"item_id": item_id})


def rebuild_loan_state(connection: Connection) -> int:
    """Throw the projection away and derive it again from the whole log.

    Returns:
        The number of open loans found.
    """
    for statement in _REBUILD:
        connection.execute(text(statement))
    _remember(connection, int(connection.execute(_LAST_ROWID).scalar_one()))
    return int(connection.execute(text("SELECT count(*) FROM loan_state")).scalar_one())


#: The watermark as committed, per engine of this process: saves reading it per scan.
_COMMITTED: dict[int, int] = {}
#: ``session.info`` key: the watermark this transaction will have on commit.
_PENDING = "bibliomobile.projections.pending"
#: The stored watermark is written when it crosses a multiple of this (and after any
#: catch-up): after a restart at most this many recent items are recomputed.
_PERSIST_EVERY = 256


def _known(session: Session, connection: Connection, last: int) -> int:
    pending = session.info.get(_PENDING)
    if pending is not None:
        return int(pending)
    committed = _COMMITTED.get(id(connection.engine))
    if committed is not None and committed <= last:
        # (A read transaction may have begun before the commit that cached a higher
        # mark: then the stored mark, of its own snapshot, is the one that counts.)
        return committed
    found = connection.execute(_SEEN, {"key": WATERMARK_SETTING}).scalar()
    return int(found) if found is not None else -1


def catch_up(
    session: Session, own_items: AbstractSet[str] = frozenset(), own_events: int = 0
) -> int:
    """Bring the projection up to date in this session's transaction.

    ``own_items`` / ``own_events`` are what this flush just inserted through the ORM.
    Anything else above the watermark came another way (the sync client's upserts, a
    snapshot, a bulk load): its items are recomputed too, or everything if many.

    Returns:
        How many events arrived by another path (almost always 0).
    """
    if session.info.get(READ_ONLY):
        return 0  # a database opened read-only: committed with its projection, as it is
    connection = session.connection()
    if own_items:
        refresh_items(connection, own_items)
    last = int(connection.execute(_LAST_ROWID).scalar_one())
    seen = _known(session, connection, last)
    if seen >= 0 and last - seen == own_events:
        persist = last // _PERSIST_EVERY != seen // _PERSIST_EVERY
        _mark(session, connection, last, persist=persist)
        return 0
    if seen < 0 or last < seen or last - seen > _REBUILD_ABOVE:
        # Never projected, events removed (evicted from this device), or a large pull.
        rebuild_loan_state(connection)
        _mark(session, connection, last, persist=False)  # the rebuild stored it
        return max(last - max(seen, 0) - own_events, 0)
    items = {str(i) for i in connection.execute(_UNSEEN_ITEMS, {"seen": seen}).scalars()}
    refresh_items(connection, items - own_items)
    _mark(session, connection, last, persist=True)
    return last - seen - own_events


#: ``session.info`` key of the sessions of a database opened read-only (nothing to keep).
READ_ONLY = "bibliomobile.read_only"
#: ``session.info`` keys: the transaction has a connection / its projection was checked.
_BEGUN = "bibliomobile.projections.begun"
_CHECKED = "bibliomobile.projections.checked"


def current_loans(session: Session) -> type[LoanState]:
    """The loan index (``loan_state``), up to date in this session's transaction.

    The one way services read the projection: pending ORM changes are flushed, and
    once per transaction events that arrived without the ORM are taken in.
    """
    if session.new or session.dirty or session.deleted:
        session.flush()
    if not session.info.get(_CHECKED):
        catch_up(session)
        session.info[_CHECKED] = True
    return LoanState


def events_items(connection: Connection, event_ids: list[str]) -> set[str]:
    """The items of these circulation events (to refresh after deleting them)."""
    items: set[str] = set()
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        marks = ", ".join(f":e{i}" for i in range(len(chunk)))
        rows = connection.execute(
            text(f"SELECT DISTINCT item_id FROM circulation_events WHERE id IN ({marks})"),
            {f"e{i}": event_id for i, event_id in enumerate(chunk)},
        )
        items.update(str(row[0]) for row in rows)
    return items


def _mark(session: Session, connection: Connection, rowid: int, *, persist: bool) -> None:
    session.info[_PENDING] = rowid
    if persist:
        _remember(connection, rowid)


def _remember(connection: Connection, rowid: int) -> None:
    connection.execute(_SET_SEEN, {"key": WATERMARK_SETTING, "value": str(rowid)})


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    new = [obj for obj in session.new if isinstance(obj, CirculationEvent)]
    if new:
        catch_up(session, {obj.item_id for obj in new}, len(new))


def _after_begin(session: Session, _transaction: object, _connection: Connection) -> None:
    session.info[_BEGUN] = True


def _before_commit(session: Session) -> None:
    # Whatever wrote in this transaction (ORM, plain SQL, a bulk load), the projection
    # is committed in step with the log. A transaction that never touched the database
    # is left alone (no connection is opened for it).
    if session.info.get(_BEGUN):
        if session.new or session.dirty or session.deleted:
            session.flush()
        catch_up(session)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BEGUN, None)
        session.info.pop(_CHECKED, None)


def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is not None:
        _COMMITTED[id(session.get_bind())] = int(pending)


def _after_rollback(session: Session, _previous: object) -> None:
    # Whatever this transaction projected is gone with it.
    session.info.pop(_PENDING, None)


def install(session_class: type[Session]) -> None:
    """Attach projection upkeep to a session class (done once by the store)."""
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "after_begin", _after_begin)
    event.listen(session_class, "before_commit", _before_commit)
    event.listen(session_class, "after_transaction_end", _after_transaction_end)
    event.listen(session_class, "after_commit", _after_commit)
    event.listen(session_class, "after_soft_rollback", _after_rollback)


__all__ = [
    "READ_ONLY",
    "catch_up",
    "current_loans",
    "events_items",
    "install",
    "rebuild_loan_state",
    "refresh_items",
]
