"""The network's access-notes key, and notes kept sealed on the server.

Access notes travel and rest as envelopes (:mod:`bibliomobile.domain.access_notes`).
The server holds the key (made by migration s0009, which sealed the notes already
there) and gives it to the laptops that show notes: coordinators' and volunteers'
(``/sync/notes-key``, behind the device's token), never to a van's. A note that still
arrives in clear (a laptop of an earlier version, the demo loader) is sealed before it
is stored, so the op kept as received holds the envelope too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from bibliomobile.domain.access_notes import (
    MAX_NOTE_BYTES,
    is_sealed,
    key_from_text,
    key_to_text,
    new_notes_key,
    seal_note,
)

from .devices import Device
from .models import entity_tables, server_settings
from .sync.ops import Op

#: Server setting: the network's notes key (base64).
NOTES_KEY = "access_notes_key"


class NotesKeyRefused(Exception):
    """A device that shows no access notes (a van) does not get the key."""


def notes_key(conn: Connection) -> bytes:
    """The network's notes key (made on first need)."""
    found = conn.scalar(select(server_settings.c.value).where(server_settings.c.key == NOTES_KEY))
    if found:
        return key_from_text(found)
    key = new_notes_key()
    try:
        with conn.begin_nested():
            conn.execute(insert(server_settings).values(key=NOTES_KEY, value=key_to_text(key)))
    except IntegrityError:  # another process made it first
        return notes_key(conn)
    return key


def notes_key_for(conn: Connection, device: Device) -> bytes:
    if device.parsed_scope.kind == "tour":
        raise NotesKeyRefused("Les notes d'accès ne concernent pas les postes du bibliobus.")
    return notes_key(conn)


def _fit(note: str) -> str:
    return note.encode()[:MAX_NOTE_BYTES].decode(errors="ignore")


def seal_plain_notes(conn: Connection) -> int:
    """Seal the notes stored in clear (an earlier version, a loader); how many."""
    beneficiaries = entity_tables()["beneficiaries"]
    rows = conn.execute(
        select(beneficiaries.c.id, beneficiaries.c.access_notes).where(
            beneficiaries.c.access_notes.is_not(None)
        )
    ).all()
    plain = [(row.id, row.access_notes) for row in rows if not is_sealed(row.access_notes)]
    if not plain:
        return 0
    key = notes_key(conn)
    for beneficiary_id, note in plain:
        conn.execute(
            update(beneficiaries)
            .where(beneficiaries.c.id == beneficiary_id)
            .values(access_notes=seal_note(key, beneficiary_id, _fit(note)))
        )
    return len(plain)


def seal_pushed_notes(conn: Connection, ops: Sequence[Op]) -> list[Op]:
    """The ops with any access note sent in clear sealed (the op kept as received then
    holds the envelope, not the note)."""
    wanted = [
        op
        for op in ops
        if op.entity == "beneficiaries"
        and isinstance(op.fields.get("access_notes"), str)
        and op.fields["access_notes"]
        and not is_sealed(op.fields["access_notes"])
    ]
    if not wanted:
        return list(ops)
    key = notes_key(conn)
    sealed = {}
    for op in wanted:
        fields = dict(op.fields)
        fields["access_notes"] = seal_note(key, op.entity_id, _fit(fields["access_notes"]))
        sealed[op.op_id] = replace(op, fields=fields)
    return [sealed.get(op.op_id, op) for op in ops]
