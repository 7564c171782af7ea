"""Everything the server holds about one person (right of access, GDPR art. 15).

:func:`person_data` gathers it by following the foreign keys from the patron's row:
every row of every entity table that points to the patron, or to a row that does
(their loans, requests and their lines, bags, home-delivery profile, visits with their
notes and welfare notes…), so a table added later is included without a change here.
It adds what the sync bookkeeping keeps about those rows (conflicts, the history of
changes received), the devices that hold a copy (from their scopes) and the audit
entries about the person. :func:`as_json` is the file for the DPO; the readable PDF
is :mod:`.person_pdf`.

Access notes (door codes, where the key is) are secrets: never exported, even to the
person; the file says that some are recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select

from bibliomobile.store.capture import to_wire

from ..devices import Device, device_from_row
from ..models import applied_ops, conflicts, devices, entity_tables
from .audit import AuditLine, audit_lines, patron_of_card

#: Fields never written in an export (secrets of the person's home).
SECRET_FIELDS = {"beneficiaries": frozenset({"access_notes"})}
SECRET_MARK = "(renseigné — non reproduit : code ou accès au domicile)"


class PersonNotFound(LookupError):
    """No patron has this card (message in French)."""


@dataclass(frozen=True, slots=True)
class Loan:
    """A loan of the person, as the PDF lists it."""

    title: str
    barcode: str
    since: dt.datetime
    due_date: dt.date | None
    returned_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class DeviceCopy:
    """A device that holds a copy of the person's data, and what."""

    name: str
    role: str
    holds: str


@dataclass(frozen=True)
class PersonData:
    """What the server holds about one person."""

    card: str
    patron_id: str
    produced_at: dt.datetime
    rows: dict[str, list[dict[str, Any]]]  # table → rows about the person (wire values)
    loans: tuple[Loan, ...]  # newest first; ``returned_at`` None: still held
    devices: tuple[DeviceCopy, ...]
    audit: tuple[AuditLine, ...]
    conflicts: tuple[dict[str, Any], ...]
    history: tuple[dict[str, Any], ...]  # changes received from devices about the rows

    @property
    def identity(self) -> dict[str, Any]:
        return self.rows["patrons"][0]

    @property
    def held_loans(self) -> list[Loan]:
        return [loan for loan in self.loans if loan.returned_at is None]


def _rows(conn: Connection, table: Table, column: str, ids: set[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        query = select(table).where(table.c[column].in_(wanted[start : start + 500]))
        found.extend(dict(row._mapping) for row in conn.execute(query))
    return found


def rows_about(conn: Connection, patron_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every entity row that points to the patron or to a row about them, by table.

    Tables are read in dependency order (parents first), so one pass follows every
    chain: patron → beneficiary → delivery → bag → bag item.
    """
    collected: dict[str, dict[str, dict[str, Any]]] = {}
    for name, table in entity_tables().items():
        if name == "patrons":
            collected[name] = {row["id"]: row for row in _rows(conn, table, "id", {patron_id})}
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent == name or not collected.get(parent):
                continue
            for row in _rows(conn, table, fk.parent.name, set(collected[parent])):
                collected.setdefault(name, {})[row["id"]] = row
    return {
        name: [
            {
                key: SECRET_MARK if key in SECRET_FIELDS.get(name, ()) and value else to_wire(value)
                for key, value in row.items()
            }
            for row in sorted(rows.values(), key=lambda r: str(r["id"]))
        ]
        for name, rows in collected.items()
        if rows
    }


def _loans(conn: Connection, patron_id: str) -> list[Loan]:
    tables = entity_tables()
    events, items, records = tables["circulation_events"], tables["items"], tables["records"]
    mine = conn.execute(
        select(events, items.c.barcode, records.c.title)
        .join(items, items.c.id == events.c.item_id)
        .join(records, records.c.id == items.c.record_id)
        .where(events.c.patron_id == patron_id, events.c.kind.in_(("checkout", "renew")))
        .order_by(events.c.hlc)
    ).all()
    loans: list[Loan] = []
    for event in mine:
        later = conn.execute(
            select(events.c.kind, events.c.occurred_at)
            .where(events.c.item_id == event.item_id, events.c.hlc > event.hlc)
            .order_by(events.c.hlc)
            .limit(1)
        ).first()
        if later is not None and later.kind == "renew":
            continue  # the renewal carries the loan on
        loans.append(
            Loan(
                title=event.title,
                barcode=event.barcode,
                since=event.occurred_at,
                due_date=event.due_date,
                returned_at=later.occurred_at if later is not None else None,
            )
        )
    return sorted(loans, key=lambda loan: loan.since, reverse=True)


def _device_copies(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> list[DeviceCopy]:
    copies: list[DeviceCopy] = []
    enrolled = [
        device_from_row(row)
        for row in conn.execute(
            select(devices)
            .where(devices.c.enrolled_at.is_not(None), devices.c.revoked_at.is_(None))
            .order_by(devices.c.name)
        )
    ]
    for device in enrolled:
        held = _held_tables(conn, device, rows)
        if held:
            copies.append(DeviceCopy(device.name, device.role, ", ".join(held)))
        elif device.parsed_scope.kind == "tour":
            copies.append(
                DeviceCopy(
                    device.name,
                    device.role,
                    "index des cartes hors connexion (nom scellé, lisible avec la carte seule)",
                )
            )
    return copies


def _held_tables(
    conn: Connection, device: Device, rows: dict[str, list[dict[str, Any]]]
) -> list[str]:
    scope = device.parsed_scope
    held: list[str] = []
    for name, table_rows in rows.items():
        in_scope = scope.ids(name)
        if in_scope is None:
            held.append(f"{name} ({len(table_rows)})")
            continue
        subquery = in_scope.subquery()
        ids = [r["id"] for r in table_rows]
        count = conn.scalar(
            select(func.count()).select_from(subquery).where(subquery.c.id.in_(ids))
        )
        if count:
            held.append(f"{name} ({count})")
    return held


def _bookkeeping(
    conn: Connection, rows: dict[str, list[dict[str, Any]]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kept: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for name, table_rows in rows.items():
        ids = [r["id"] for r in table_rows]
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for row in conn.execute(
                select(conflicts)
                .where(conflicts.c.entity == name, conflicts.c.entity_id.in_(part))
                .order_by(conflicts.c.id)
            ):
                kept.append({k: to_wire(v) for k, v in row._mapping.items()})
            for row in conn.execute(
                select(applied_ops)
                .where(applied_ops.c.entity == name, applied_ops.c.entity_id.in_(part))
                .order_by(applied_ops.c.received_at)
            ):
                op = {k: to_wire(v) for k, v in row._mapping.items()}
                secret = SECRET_FIELDS.get(name, frozenset())
                if isinstance(op.get("fields"), dict) and secret:
                    op["fields"] = {
                        k: SECRET_MARK if k in secret and v else v for k, v in op["fields"].items()
                    }
                history.append(op)
    return kept, history


def person_data(conn: Connection, card: str) -> PersonData:
    """Everything held about the patron of ``card``.

    Raises:
        PersonNotFound: no patron has this card.
    """
    patron_id = patron_of_card(conn, card)
    if patron_id is None:
        raise PersonNotFound(f"Aucun lecteur n'a la carte {card.strip()!r} sur ce serveur.")
    rows = rows_about(conn, patron_id)
    kept, history = _bookkeeping(conn, rows)
    beneficiary_ids = [r["id"] for r in rows.get("beneficiaries", [])]
    return PersonData(
        card=str(rows["patrons"][0]["card_barcode"]),
        patron_id=patron_id,
        produced_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        rows=rows,
        loans=tuple(_loans(conn, patron_id)),
        devices=tuple(_device_copies(conn, rows)),
        audit=tuple(audit_lines(conn, patron_id=patron_id, beneficiary_ids=beneficiary_ids)),
        conflicts=tuple(kept),
        history=tuple(history),
    )


def as_json(data: PersonData) -> str:
    """The file for the DPO: every row, as stored (secrets excepted)."""
    document = {
        "produit_le": data.produced_at.isoformat(),
        "carte": data.card,
        "lecteur_id": data.patron_id,
        "tables": data.rows,
        "prets": [
            {
                **{k: to_wire(v) for k, v in asdict(loan).items()},
                "en_cours": loan.returned_at is None,
            }
            for loan in data.loans
        ],
        "appareils_ayant_une_copie": [asdict(copy) for copy in data.devices],
        "journal_des_acces": [
            {
                **{k: to_wire(v) for k, v in asdict(line).items()},
                "action_libelle": line.action_label,
            }
            for line in data.audit
        ],
        "conflits_de_synchronisation": list(data.conflicts),
        "historique_des_modifications_recues": list(data.history),
        "notifications": (
            "Les messages aux lecteurs sont envoyés depuis le poste du drive et ne sont pas "
            "conservés sur le serveur ; leur trace est le statut des demandes ci-dessus."
        ),
    }
    return json.dumps(document, ensure_ascii=False, indent=2, default=str)
