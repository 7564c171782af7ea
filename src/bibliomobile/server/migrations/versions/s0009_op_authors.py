"""The person behind each op (the name of the user signed in on the device, kept with
every op received and every conflict it leads to); access notes sealed with the
network's notes key, made here.

Revision ID: s0009
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

from bibliomobile.domain.access_notes import (
    MAX_NOTE_BYTES,
    is_sealed,
    key_to_text,
    new_notes_key,
    seal_note,
)

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None

NOTES_KEY = "access_notes_key"


def upgrade() -> None:
    op.add_column("sync_applied_ops", sa.Column("author", sa.String(length=100), nullable=True))
    op.add_column("sync_conflicts", sa.Column("author", sa.String(length=100), nullable=True))
    conn = op.get_bind()
    settings = sa.table("sync_server_settings", sa.column("key"), sa.column("value"))
    found = conn.scalar(sa.select(settings.c.value).where(settings.c.key == NOTES_KEY))
    if found:
        return
    key = new_notes_key()
    conn.execute(sa.insert(settings).values(key=NOTES_KEY, value=key_to_text(key)))
    beneficiaries = sa.table("beneficiaries", sa.column("id"), sa.column("access_notes"))
    rows = conn.execute(
        sa.select(beneficiaries.c.id, beneficiaries.c.access_notes).where(
            beneficiaries.c.access_notes.is_not(None)
        )
    ).all()
    for beneficiary_id, note in rows:
        if is_sealed(note):
            continue
        fitted = note.encode()[:MAX_NOTE_BYTES].decode(errors="ignore")
        conn.execute(
            sa.update(beneficiaries)
            .where(beneficiaries.c.id == beneficiary_id)
            .values(access_notes=seal_note(key, beneficiary_id, fitted))
        )


def downgrade() -> None:
    # The sealed notes stay sealed (their key stays in the settings to open them).
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.drop_column("author")
    with op.batch_alter_table("sync_applied_ops") as batch_op:
        batch_op.drop_column("author")
