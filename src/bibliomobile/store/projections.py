"""Keeps the local ``loan_state`` projection in step with the circulation log.

Every flush that inserts :class:`CirculationEvent` rows (a checkout at the desk, an
event pulled from the server, a simulated day) recomputes the projection of the
items concerned in the same transaction, from their events: the latest event that
was not undone decides; if it is a checkout or a renewal, the item is on loan.
Because it is recomputed from the log rather than patched, events arriving out of
order (sync) and undos give the same answer as a full :func:`rebuild_loan_state`.
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
    return int(connection.execute(text("SELECT count(*) FROM loan_state")).scalar_one())


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    items = {obj.item_id for obj in session.new if isinstance(obj, CirculationEvent)}
    if items:
        refresh_items(session.connection(), items)


def install(session_class: type[Session]) -> None:
    """Attach projection upkeep to a session class (done once by the store)."""
    event.listen(session_class, "after_flush", _after_flush)


__all__: list[str] = ["install", "rebuild_loan_state", "refresh_items"]
