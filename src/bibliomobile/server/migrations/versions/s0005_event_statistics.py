"""Circulation events keep the borrower's age group and commune (statistics that
survive the anonymisation of old loans).

Revision ID: s0005
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("circulation_events", sa.Column("age_group", sa.String(length=8), nullable=True))
    op.add_column("circulation_events", sa.Column("commune", sa.String(length=120), nullable=True))


def downgrade() -> None:
    op.drop_column("circulation_events", "commune")
    op.drop_column("circulation_events", "age_group")
