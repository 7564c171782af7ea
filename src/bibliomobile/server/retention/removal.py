"""Removing people's rows from the server, everywhere they reach, by the foreign keys.

A patron's rows are found from the schema, not from a list: every table with a foreign
key to a removed row loses the link when the key may be null (a circulation event keeps
its statistics, a bag stays a bag) and is removed itself otherwise (a request, its
lines, a beneficiary, their deliveries), down the chain. A table added later that
points to patrons is covered the day it is added. References without a foreign key are
listed in :data:`UNLINKED_REFERENCES` (a test fails when one is missing).

Then the history goes too: the ops received about those rows keep their id (a replay
stays a duplicate) but lose their fields, their conflicts are deleted or emptied, and
the pull feed announces each change so that devices drop or update the rows.
"""

from __future__ import annotations

import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import JSON, Connection, Table, and_, delete, func, select, update

from bibliomobile.domain.enums import SyncKind

from ..models import applied_ops, borrower_tokens, conflicts, row_versions, server_metadata
from ..sync.state import SyncServer, chunks

#: Columns that hold a patron id without a foreign key (server tables), by table.
UNLINKED_REFERENCES: dict[str, str] = {
    "retention_borrower_tokens": "patron_id",
    "retention_last_loans": "patron_id",
    "audit_log": "patron_id",
    "portal_codes": "patron_id",
    "portal_sessions": "patron_id",
}
#: The same for beneficiaries: the access log's entries about a beneficiary.
BENEFICIARY_UNLINKED_REFERENCES: dict[str, str] = {"audit_log": "beneficiary_id"}
#: Device-only tables that hold a patron id without a foreign key: emptied of the
#: patrons who leave a device (``services/sync/purge.py``).
DEVICE_UNLINKED_REFERENCES: dict[str, str] = {
    "notifications": "patron_id",
    "loan_state": "patron_id",
    # The access log's entries leave the laptop once the server has them
    # (services/audit.forget_pushed); the server's copy goes with the patron.
    "audit_log": "patron_id",
}
#: Tables whose rows point to people only through the sync history (ids in JSON):
#: redacted by :meth:`Removal.redact_history`.
HISTORY_TABLES = ("sync_applied_ops", "sync_conflicts", "sync_row_versions", "sync_change_log")


@dataclass
class Removal:
    """What one removal did, by table: rows deleted, rows that lost a link."""

    server: SyncServer
    conn: Connection
    deleted: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unlinked: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    changed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: Events that received a borrower token (announced, their history kept).
    tokened: list[str] = field(default_factory=list)
    #: Rows of server-only tables (no sync history, nothing to announce), counted by table.
    dropped: Counter[str] = field(default_factory=Counter)

    def counts(self) -> dict[str, int]:
        """Rows per table and action, e.g. ``{"patrons": 1, "circulation_events (lien)": 3}``."""
        out: dict[str, int] = {}
        for entity, ids in self.deleted.items():
            out[entity] = len(ids)
        for entity, ids in self.unlinked.items():
            out[f"{entity} (lien)"] = len(ids)
        for entity, ids in self.changed.items():
            out[f"{entity} (effacé)"] = len(ids)
        out.update(self.dropped)
        return {key: value for key, value in sorted(out.items()) if value}

    # -- rows ---------------------------------------------------------------------

    def remove(self, entity: str, ids: list[str]) -> None:
        """Delete these rows of ``entity`` and what depends on them (see module doc)."""
        if not ids:
            return
        table = self.server.tables[entity]
        if entity == "patrons":
            self.tokened.extend(tokenize_patrons(self.server, self.conn, ids))
        unlinked_references = {
            "patrons": UNLINKED_REFERENCES,
            "beneficiaries": BENEFICIARY_UNLINKED_REFERENCES,
        }.get(entity, {})
        for name, column in unlinked_references.items():
            unlinked = server_metadata.tables[name]
            for chunk in chunks(ids, 500):
                gone = self.conn.execute(
                    delete(unlinked).where(self.server.in_(unlinked.c[column], chunk))
                ).rowcount
                if name not in ("retention_borrower_tokens", "retention_last_loans"):
                    self.dropped[name] += max(int(gone or 0), 0)
        for child, column in referencing(self.server, entity):
            found = [
                child_id
                for chunk in chunks(ids, 500)
                for child_id in self.conn.scalars(
                    select(child.c.id).where(self.server.in_(child.c[column], chunk))
                )
            ]
            if not found:
                continue
            if child.c[column].nullable:
                for chunk in chunks(found, 500):
                    self.conn.execute(
                        update(child)
                        .where(self.server.in_(child.c.id, chunk))
                        .values({column: None})
                    )
                self.unlinked[child.name].extend(found)
                self._bump_versions(child.name, found, (column,))
            else:
                self.remove(child.name, found)
        for chunk in chunks(ids, 500):
            self.conn.execute(delete(table).where(self.server.in_(table.c.id, chunk)))
        self.deleted[entity].extend(ids)

    def clear(self, entity: str, ids: list[str], columns: Iterable[str]) -> None:
        """Empty these fields of these rows (a profile or a note past its term)."""
        if not ids:
            return
        table = self.server.tables[entity]
        names = tuple(columns)
        values = {name: _empty(table, name) for name in names}
        for chunk in chunks(ids, 500):
            self.conn.execute(
                update(table).where(self.server.in_(table.c.id, chunk)).values(values)
            )
        self.changed[entity].extend(ids)
        self._bump_versions(entity, ids, names)

    def _bump_versions(self, entity: str, ids: list[str], columns: tuple[str, ...]) -> None:
        """The server wrote these fields now: an older edit from a device loses."""
        if self.server.kinds.get(entity) != SyncKind.MUTABLE:
            return
        hlc = str(self.server.clock.now())
        for chunk in chunks(ids, 500):
            rows = self.conn.execute(
                select(row_versions.c.entity_id, row_versions.c.versions).where(
                    row_versions.c.entity == entity,
                    self.server.in_(row_versions.c.entity_id, chunk),
                )
            ).all()
            for entity_id, versions in rows:
                merged = {**(versions or {}), **dict.fromkeys(columns, hlc)}
                self.conn.execute(
                    update(row_versions)
                    .where(row_versions.c.entity == entity, row_versions.c.entity_id == entity_id)
                    .values(versions=merged)
                )

    # -- history ------------------------------------------------------------------

    def redact_history(self) -> None:
        """Ops and conflicts about the rows removed or changed lose their content."""
        hlc = str(self.server.clock.now())
        for entity, ids in self.deleted.items():
            for chunk in chunks(ids, 500):
                self._redact_ops(entity, chunk)
                self.conn.execute(
                    delete(conflicts).where(
                        conflicts.c.entity == entity, self.server.in_(conflicts.c.entity_id, chunk)
                    )
                )
                # The deletion stays known (a late edit from a device is refused), the
                # fields' versions go.
                self.conn.execute(
                    update(row_versions)
                    .where(
                        row_versions.c.entity == entity,
                        self.server.in_(row_versions.c.entity_id, chunk),
                    )
                    .values(versions={}, deleted_hlc=hlc)
                )
        for touched in (self.unlinked, self.changed):
            for entity, ids in touched.items():
                for chunk in chunks(ids, 500):
                    self._redact_ops(entity, chunk)
                    self.conn.execute(
                        update(conflicts)
                        .where(
                            conflicts.c.entity == entity,
                            self.server.in_(conflicts.c.entity_id, chunk),
                        )
                        .values(kept_value=None, losing_value=None, detail=None)
                    )

    def _redact_ops(self, entity: str, ids: list[str]) -> None:
        self.conn.execute(
            update(applied_ops)
            .where(
                applied_ops.c.entity == entity,
                self.server.in_(applied_ops.c.entity_id, ids),
                applied_ops.c.fields.is_not(None),
            )
            .values(fields=None, reason=None)
        )

    def announce(self) -> None:
        """Append every removed or changed row to the pull feed (the last write)."""
        changed = [("circulation_events", event_id) for event_id in self.tokened]
        changed += [
            (entity, entity_id)
            for touched in (self.unlinked, self.changed, self.deleted)
            for entity, ids in touched.items()
            for entity_id in ids
        ]
        self.server.append_changes(self.conn, changed, None)


def referencing(server: SyncServer, entity: str) -> list[tuple[Table, str]]:
    """The (table, column) pairs of the server's entity tables with a foreign key to
    ``entity``, in a stable order."""
    out = []
    for table in server.tables.values():
        for key in table.foreign_keys:
            if key.column.table.name == entity and key.parent.table is table:
                out.append((table, key.parent.name))
    return sorted(out, key=lambda pair: (pair[0].name, pair[1]))


def _empty(table: Table, name: str) -> object:
    """The value of an emptied field: null, or an empty list / text when it may not be."""
    column = table.c[name]
    if column.nullable:
        return None
    return [] if isinstance(column.type, JSON) else ""


def tokenize_patrons(server: SyncServer, conn: Connection, patron_ids: list[str]) -> list[str]:
    """Give these patrons a borrower token for every year of their loans, and write it
    on those loans; returns the ids of the events that received one."""
    events = server.tables["circulation_events"]
    year = func.extract("year", events.c.occurred_at)
    wanted: set[tuple[str, int]] = set()
    for chunk in chunks(patron_ids, 500):
        wanted.update(
            (patron_id, int(y))
            for patron_id, y in conn.execute(
                select(events.c.patron_id, year)
                .where(server.in_(events.c.patron_id, chunk), events.c.kind == "checkout")
                .distinct()
            )
        )
    return write_tokens(server, conn, wanted)


def write_tokens(server: SyncServer, conn: Connection, wanted: set[tuple[str, int]]) -> list[str]:
    """Make sure these (patron, year) pairs have a token, then write the tokens on the
    patrons' checkouts of those years that have none; returns the events' ids."""
    events = server.tables["circulation_events"]
    patrons = sorted({patron_id for patron_id, _ in wanted})
    known: set[tuple[str, int]] = set()
    for chunk in chunks(patrons, 500):
        known.update(
            (p, int(y))
            for p, y in conn.execute(
                select(borrower_tokens.c.patron_id, borrower_tokens.c.year).where(
                    server.in_(borrower_tokens.c.patron_id, chunk)
                )
            )
        )
    fresh = [
        {"patron_id": p, "year": y, "token": secrets.token_hex(16)}
        for p, y in sorted(wanted - known)
    ]
    if fresh:
        server.insert_many(conn, borrower_tokens, fresh)
    year = func.extract("year", events.c.occurred_at)
    token = (
        select(borrower_tokens.c.token)
        .where(borrower_tokens.c.patron_id == events.c.patron_id, borrower_tokens.c.year == year)
        .scalar_subquery()
    )
    untokened = and_(
        events.c.kind == "checkout",
        events.c.borrower_token.is_(None),
        events.c.patron_id.is_not(None),
    )
    ids: list[str] = []
    for chunk in chunks(patrons, 500):
        found = list(
            conn.scalars(
                select(events.c.id).where(
                    untokened, server.in_(events.c.patron_id, chunk), token.is_not(None)
                )
            )
        )
        if found:
            for part in chunks(found, 500):
                conn.execute(
                    update(events).where(server.in_(events.c.id, part)).values(borrower_token=token)
                )
            ids.extend(found)
    return ids
