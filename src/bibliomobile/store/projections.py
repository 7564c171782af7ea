"""Keeps the local ``loan_state`` projection in step with the circulation log.

Every flush that inserts :class:`CirculationEvent` rows (a checkout at the desk, an
event pulled from the server, a simulated day) recomputes the projection of the
items concerned in the same transaction, from their events: the latest event that
was not undone decides; if it is a checkout or a renewal, the item is on loan.
Because it is recomputed from the log rather than patched, events arriving out of
order (sync) and undos give the same answer as a full :func:`rebuild_loan_state`.

Events written without the ORM (the sync client's fast upserts, a snapshot, a bulk
load) are taken in by :func:`catch_up`, which the circulation service runs before it
reads the projection: a watermark (the last ``circulation_events`` rowid projected)
says whether anything is new. So the projection is right whatever path an event took.
"""

from __future__ import annotations

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session, UOWTransaction

from .models import CirculationEvent

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


def refresh_items(connection: Connection, item_ids: set[str]) -> None:
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


def catch_up(connection: Connection) -> int:
    """Take in events written behind the ORM's back (sync apply, bulk loads, tools).

    Events are append-only, so every event not yet projected has a rowid above the
    watermark; their items are recomputed (or everything, if there are many).

    Returns:
        How many unseen events there were (0 almost always: two indexed reads).
    """
    last = int(connection.execute(_LAST_ROWID).scalar_one())
    found = connection.execute(_SEEN, {"key": WATERMARK_SETTING}).scalar()
    seen = int(found) if found is not None else -1
    if last == seen:
        return 0
    if seen < 0 or last < seen or last - seen > _REBUILD_ABOVE:
        # Never projected, events removed (evicted from this device), or a large pull.
        rebuild_loan_state(connection)
        return max(last - max(seen, 0), 0)
    items = {str(i) for i in connection.execute(_UNSEEN_ITEMS, {"seen": seen}).scalars()}
    refresh_items(connection, items)
    _remember(connection, last)
    return last - seen


def _remember(connection: Connection, rowid: int) -> None:
    connection.execute(_SET_SEEN, {"key": WATERMARK_SETTING, "value": str(rowid)})


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    items = {obj.item_id for obj in session.new if isinstance(obj, CirculationEvent)}
    if items:
        connection = session.connection()
        # This flush's own items first (whatever their rowids), then anything that
        # arrived by another path since the last flush.
        refresh_items(connection, items)
        catch_up(connection)


def install(session_class: type[Session]) -> None:
    """Attach projection upkeep to a session class (done once by the store)."""
    event.listen(session_class, "after_flush", _after_flush)


__all__ = ["catch_up", "install", "rebuild_loan_state", "refresh_items"]
