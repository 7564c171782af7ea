"""Retention: the rules as data, the erasure records, and the borrower token of
circulation events (active borrowers stay countable once loans are anonymised).

Revision ID: s0006
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0011"
branch_labels = None
depends_on = None

#: The defaults, written once; a coordinator edits them (``retention rules --set``).
DEFAULT_RULES = (
    ("patron_identity_months", 12),
    ("loan_details_months", 4),
    ("beneficiary_profile_months", 6),
    ("welfare_note_months", 1),
)


def upgrade() -> None:
    op.add_column(
        "circulation_events", sa.Column("borrower_token", sa.String(length=36), nullable=True)
    )
    rules = op.create_table(
        "retention_rules",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.Column("changed_by", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_retention_rules")),
    )
    op.bulk_insert(rules, [{"key": key, "months": value} for key, value in DEFAULT_RULES])
    op.create_table(
        "erasure_records",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_records")),
    )
    op.create_table(
        "retention_borrower_tokens",
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("patron_id", "year", name=op.f("pk_retention_borrower_tokens")),
    )
    op.create_table(
        "retention_last_loans",
        sa.Column("patron_id", sa.String(length=36), nullable=False),
        sa.Column("last_loan_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("patron_id", name=op.f("pk_retention_last_loans")),
    )
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("today", sa.Date(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_runs")),
    )


def downgrade() -> None:
    op.drop_table("retention_runs")
    op.drop_table("retention_last_loans")
    op.drop_table("retention_borrower_tokens")
    op.drop_table("erasure_records")
    op.drop_table("retention_rules")
    with op.batch_alter_table("circulation_events") as batch:
        batch.drop_column("borrower_token")
