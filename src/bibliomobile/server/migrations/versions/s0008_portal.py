"""The readers' portal: one-time sign-in codes and sessions (both stored hashed).

Revision ID: s0008
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portal_codes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_codes")),
    )
    op.create_index(op.f("ix_portal_codes_patron_id"), "portal_codes", ["patron_id"])
    op.create_table(
        "portal_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("basket", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_portal_sessions")),
    )
    op.create_index(op.f("ix_portal_sessions_patron_id"), "portal_sessions", ["patron_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_portal_sessions_patron_id"), table_name="portal_sessions")
    op.drop_table("portal_sessions")
    op.drop_index(op.f("ix_portal_codes_patron_id"), table_name="portal_codes")
    op.drop_table("portal_codes")
