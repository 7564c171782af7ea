"""The van's offline card index: hashed card numbers, sealed names and blocks.

Revision ID: 0011
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_index",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("sealed", sa.String(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_card_index")),
    )


def downgrade() -> None:
    op.drop_table("card_index")
