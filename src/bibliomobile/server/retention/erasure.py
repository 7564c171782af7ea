"""Erasure on request: one person removed from the server, its history and, at their
next sync, the devices; anonymous statistics stay; a record without identity remains."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, exists, insert, select

from bibliomobile.domain.scan import normalize_scan

from ..models import erasure_records
from ..sync.state import SyncServer, now
from .removal import Removal
from .rules import RetentionError

#: Why a person was erased (a category, never free text: the record must not identify).
REASONS: dict[str, str] = {
    "request": "demande de la personne (RGPD, art. 17)",
    "deceased": "décès",
    "duplicate": "doublon de carte",
    "other": "autre motif",
}


class UnknownPerson(RetentionError):
    """No patron holds the card."""


@dataclass(frozen=True)
class PersonFound:
    """Who a card designates, as shown before confirming an erasure."""

    patron_id: str
    name: str
    card: str
    open_loans: int


@dataclass(frozen=True)
class ErasureReport:
    reason: str
    rows: dict[str, int]
    record_id: int


def find_person(server: SyncServer, conn: Connection, card: str) -> PersonFound:
    """The patron of ``card``.

    Raises:
        RetentionError: no such card (nothing changes).
    """
    patrons = server.tables["patrons"]
    wanted = normalize_scan(card)
    row = conn.execute(
        select(
            patrons.c.id, patrons.c.first_name, patrons.c.last_name, patrons.c.card_barcode
        ).where(patrons.c.card_barcode.in_({card.strip(), wanted}))
    ).first()
    if row is None:
        raise UnknownPerson(f"Aucun lecteur n'a la carte {card.strip()[:40]!r} sur ce serveur.")
    count = _open_loans(server, conn, row.id)
    return PersonFound(row.id, f"{row.first_name} {row.last_name}", row.card_barcode, count)


def _open_loans(server: SyncServer, conn: Connection, patron_id: str) -> int:
    events = server.tables["circulation_events"]
    later = events.alias("later")
    return len(
        conn.scalars(
            select(events.c.id).where(
                events.c.patron_id == patron_id,
                events.c.kind.in_(("checkout", "renew")),
                ~exists().where(later.c.item_id == events.c.item_id, later.c.hlc > events.c.hlc),
            )
        ).all()
    )


def erase_in(server: SyncServer, conn: Connection, card: str, reason: str) -> ErasureReport:
    """Erase the person of ``card`` on ``conn``'s transaction (the caller commits).

    Raises:
        RetentionError: unknown card or reason, or documents still on loan (nothing
            changes: their return must be recorded first).
    """
    if reason not in REASONS:
        raise RetentionError(f"Motif inconnu : {reason!r}. Motifs : {', '.join(REASONS)}.")
    person = find_person(server, conn, card)
    if person.open_loans:
        raise RetentionError(
            f"Cette personne a encore {person.open_loans} document(s) en prêt : enregistrez "
            "leur retour avant l'effacement (rien n'a été effacé)."
        )
    removal = Removal(server, conn)
    removal.remove("patrons", [person.patron_id])
    removal.redact_history()
    rows = removal.counts()
    record_id = conn.execute(
        insert(erasure_records)
        .values(erased_at=now(), kind="request", reason=reason, counts=rows)
        .returning(erasure_records.c.id)
    ).scalar_one()
    server.save_clock(conn)
    removal.announce()  # the last write before COMMIT (see sync/state.py)
    return ErasureReport(reason, rows, int(record_id))


def erase_person(engine: Engine, card: str, reason: str) -> ErasureReport:
    """Erase the person of ``card`` in one transaction (see :func:`erase_in`)."""
    server = SyncServer(engine)
    with engine.begin() as conn:
        return erase_in(server, conn, card, reason)
