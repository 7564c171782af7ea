"""The server's audit log: who viewed, printed, exported or changed personal data.

Entries come from the devices at each sync (:func:`record_pushed`: the device named by
its token, whatever the entries say) and from the server's own commands
(:func:`record_here`). The log is append-only; :func:`prune_audit` removes what is
older than :data:`KEEP_MONTHS` months (the retention job calls it daily).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from bibliomobile.domain.enums import AuditAction
from bibliomobile.domain.ids import new_id

from ..devices import Device
from ..models import audit_log, entity_tables
from ..sync.state import now

#: How long an audit entry is kept on the server (DESIGN.md, "Personal data").
KEEP_MONTHS = 12

ACTION_LABELS = {
    AuditAction.VIEWED.value: "fiche consultée",
    AuditAction.ROUND_SHEET_PRINTED.value: "feuille de tournée imprimée",
    AuditAction.EXPORTED.value: "données exportées",
    AuditAction.CHANGED.value: "données modifiées",
}


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One entry of the log as a coordinator reads it."""

    occurred_at: dt.datetime
    device_name: str
    user_name: str
    action: str
    patron_id: str | None
    beneficiary_id: str | None
    round_id: str | None
    detail: str | None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def record_pushed(conn: Connection, device: Device, entries: Sequence[dict[str, Any]]) -> int:
    """Store the entries a device pushed (those already stored are skipped).

    Returns:
        How many were new.
    """
    if not entries:
        return 0
    ids = [str(e["entry_id"]) for e in entries]
    known = set(
        conn.scalars(
            select(audit_log.c.entry_id).where(
                audit_log.c.device_id == device.id, audit_log.c.entry_id.in_(ids)
            )
        )
    )
    received = now()
    fresh: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry["entry_id"] in known or entry["entry_id"] in fresh:
            continue
        fresh[entry["entry_id"]] = {
            "entry_id": entry["entry_id"],
            "device_id": device.id,
            "device_name": device.name,
            "user_name": entry.get("user_name"),
            "action": entry["action"],
            "patron_id": entry.get("patron_id"),
            "beneficiary_id": entry.get("beneficiary_id"),
            "round_id": entry.get("round_id"),
            "detail": entry.get("detail"),
            "occurred_at": entry["occurred_at"],
            "received_at": received,
        }
    if fresh:
        conn.execute(insert(audit_log), list(fresh.values()))
    return len(fresh)


def record_here(
    conn: Connection,
    action: AuditAction,
    user_name: str,
    *,
    patron_id: str | None = None,
    beneficiary_id: str | None = None,
    detail: str | None = None,
    device: Device | None = None,
) -> None:
    """Keep an entry for something done on the server itself (or asked of it by a
    coordination device, e.g. a person's export)."""
    at = now()
    conn.execute(
        insert(audit_log).values(
            entry_id=new_id(),
            device_id=device.id if device else None,
            device_name=device.name if device else "serveur",
            user_name=user_name,
            action=action.value,
            patron_id=patron_id,
            beneficiary_id=beneficiary_id,
            detail=detail,
            occurred_at=at,
            received_at=at,
        )
    )


def patron_of_card(conn: Connection, card: str) -> str | None:
    """The patron id of a card number (as typed: spaces and case ignored)."""
    patrons = entity_tables()["patrons"]
    cleaned = "".join(card.split())
    found = conn.scalar(select(patrons.c.id).where(patrons.c.card_barcode == cleaned))
    if found is None:  # typed in another case: unique only if one card matches
        matches = conn.scalars(
            select(patrons.c.id)
            .where(func.upper(patrons.c.card_barcode) == cleaned.upper())
            .limit(2)
        ).all()
        found = matches[0] if len(matches) == 1 else None
    return str(found) if found is not None else None


def audit_lines(
    conn: Connection,
    *,
    patron_id: str | None = None,
    beneficiary_ids: Sequence[str] = (),
    since: dt.date | None = None,
) -> list[AuditLine]:
    """The entries, oldest first: all, or those about a person (by patron or beneficiary)."""
    query = select(audit_log).order_by(audit_log.c.occurred_at, audit_log.c.id)
    if patron_id is not None:
        about = audit_log.c.patron_id == patron_id
        if beneficiary_ids:
            about = about | audit_log.c.beneficiary_id.in_(list(beneficiary_ids))
        query = query.where(about)
    if since is not None:
        query = query.where(audit_log.c.occurred_at >= dt.datetime.combine(since, dt.time()))
    return [
        AuditLine(
            occurred_at=row.occurred_at,
            device_name=row.device_name or "?",
            user_name=row.user_name or "(personne connectée inconnue)",
            action=row.action,
            patron_id=row.patron_id,
            beneficiary_id=row.beneficiary_id,
            round_id=row.round_id,
            detail=row.detail,
        )
        for row in conn.execute(query)
    ]


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def prune_audit(session: Session | Connection, today: dt.date) -> int:
    """Remove the entries older than :data:`KEEP_MONTHS` months before ``today``.

    The caller commits (the retention job runs it in its own transaction).

    Returns:
        How many entries were removed.
    """
    limit = dt.datetime.combine(months_before(today, KEEP_MONTHS), dt.time())
    done = session.execute(delete(audit_log).where(audit_log.c.occurred_at < limit))
    return int(getattr(done, "rowcount", 0) or 0)
