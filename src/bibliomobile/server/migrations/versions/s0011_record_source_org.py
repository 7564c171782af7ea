"""Records keep MARC 003 (the organisation of their 001) beside 001, so that a
re-import matches on (003, 001).

Revision ID: s0011
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0011"
down_revision = "s0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("records", sa.Column("source_org", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("records", "source_org")
