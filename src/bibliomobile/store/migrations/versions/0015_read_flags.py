""" "Already read" flags of a volunteer's bags, received from the server (device only).

Revision ID: 0015
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "read_flags",
        sa.Column("delivery_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("delivery_id", "record_id", name=op.f("pk_read_flags")),
    )


def downgrade() -> None:
    op.drop_table("read_flags")
