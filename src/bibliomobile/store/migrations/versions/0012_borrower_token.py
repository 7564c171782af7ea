"""Circulation events carry a borrower token: the same random value on every loan of a
patron in a calendar year, set by the server's retention job before it removes the
patron link, so that "active borrowers" stays right after anonymisation.

Revision ID: 0012
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("circulation_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("borrower_token", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("circulation_events", schema=None) as batch_op:
        batch_op.drop_column("borrower_token")
