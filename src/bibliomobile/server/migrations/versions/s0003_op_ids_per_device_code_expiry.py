"""Op ids unique per device, enrolment codes that expire.

- ``sync_applied_ops``: the key is (device, op id): another device's op that reuses an
  id is a different op, not a duplicate dropped in silence.
- ``sync_devices.enrol_code_expires_at``: when the one-time enrolment code stops being
  accepted (a code issued before this revision has none: it expires 7 days after the
  device was added).

Revision ID: s0003
Revises: s0001
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_applied_ops", recreate="always") as batch:
        batch.drop_constraint("pk_sync_applied_ops", type_="primary")
        batch.create_primary_key("pk_sync_applied_ops", ["op_id", "device_id"])
    with op.batch_alter_table("sync_devices") as batch:
        batch.add_column(sa.Column("enrol_code_expires_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_devices") as batch:
        batch.drop_column("enrol_code_expires_at")
    with op.batch_alter_table("sync_applied_ops", recreate="always") as batch:
        batch.drop_constraint("pk_sync_applied_ops", type_="primary")
        batch.create_primary_key("pk_sync_applied_ops", ["op_id"])
