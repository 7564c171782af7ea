"""Circulation events keep the borrower's age group and commune, so the statistics
stay right once the retention job has anonymised old loans (patron link removed).

Revision ID: 0010
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("circulation_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("age_group", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("commune", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("circulation_events", schema=None) as batch_op:
        batch_op.drop_column("commune")
        batch_op.drop_column("age_group")
