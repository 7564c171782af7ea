"""The audit of personal data on a laptop: who viewed, printed, exported or changed it.

Each entry names the person signed in (``uow.person_name``), the time and what was
done, and points to the patron and beneficiary by id, never copying their data. It is
written in the caller's transaction (a view recorded only if the caller commits) and
pushed to the server at the next sync (:mod:`bibliomobile.services.sync.audit`),
where a coordinator reads it and it is kept 12 months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import AuditAction
from bibliomobile.store.models import AuditEntry, Beneficiary
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry of the laptop's audit log, as pushed to the server."""

    entry_id: str
    occurred_at: dt.datetime
    user_name: str | None
    action: str
    patron_id: str | None
    beneficiary_id: str | None
    round_id: str | None
    detail: str | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record(
    uow: UnitOfWork,
    action: AuditAction,
    *,
    patron_id: str | None = None,
    beneficiary_id: str | None = None,
    round_id: str | None = None,
    detail: str | None = None,
) -> None:
    """Keep one entry in the caller's transaction (the patron found from the beneficiary)."""
    if patron_id is None and beneficiary_id is not None:
        found = uow.session.get(Beneficiary, beneficiary_id)
        patron_id = found.patron_id if found is not None else None
    uow.session.add(
        AuditEntry(
            occurred_at=_now(),
            user_name=uow.person_name,
            action=action.value,
            patron_id=patron_id,
            beneficiary_id=beneficiary_id,
            round_id=round_id,
            detail=(detail or None) and detail[:200],
        )
    )


def record_beneficiaries(
    uow: UnitOfWork,
    action: AuditAction,
    beneficiary_ids: Iterable[str],
    *,
    round_id: str | None = None,
    detail: str | None = None,
) -> None:
    """One entry per beneficiary (a round sheet names several people)."""
    wanted = list(dict.fromkeys(beneficiary_ids))
    if not wanted:
        return
    patrons: dict[str, str] = {
        str(b_id): str(p_id)
        for b_id, p_id in uow.session.execute(
            select(Beneficiary.id, Beneficiary.patron_id).where(Beneficiary.id.in_(wanted))
        )
    }
    for beneficiary_id in wanted:
        record(
            uow,
            action,
            patron_id=patrons.get(beneficiary_id),
            beneficiary_id=beneficiary_id,
            round_id=round_id,
            detail=detail,
        )


def pending_entries(uow: UnitOfWork, limit: int) -> list[AuditRow]:
    """The oldest entries not yet pushed, at most ``limit``."""
    rows = uow.session.scalars(
        select(AuditEntry).order_by(AuditEntry.occurred_at, AuditEntry.id).limit(limit)
    )
    return [
        AuditRow(
            r.id,
            r.occurred_at,
            r.user_name,
            r.action,
            r.patron_id,
            r.beneficiary_id,
            r.round_id,
            r.detail,
        )
        for r in rows
    ]


def forget_pushed(uow: UnitOfWork, entry_ids: Iterable[str]) -> None:
    """The server has these entries: they leave the laptop."""
    for entry_id in entry_ids:
        found = uow.session.get(AuditEntry, entry_id)
        if found is not None:
            uow.session.delete(found)
