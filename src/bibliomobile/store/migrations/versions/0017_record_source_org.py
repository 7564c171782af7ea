"""Records keep MARC 003 (the organisation of their 001) beside 001, so that a
re-import matches on (003, 001).

Revision ID: 0017
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_org", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_column("source_org")
