"""The person behind each op: the name of the user signed in on the device, kept with
every op received and every conflict it leads to.

Revision ID: s0009
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0009"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_applied_ops", sa.Column("author", sa.String(length=100), nullable=True))
    op.add_column("sync_conflicts", sa.Column("author", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_conflicts") as batch_op:
        batch_op.drop_column("author")
    with op.batch_alter_table("sync_applied_ops") as batch_op:
        batch_op.drop_column("author")
