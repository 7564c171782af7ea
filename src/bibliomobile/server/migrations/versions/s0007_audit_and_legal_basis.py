"""The server's audit log (append-only, kept 12 months) and the beneficiaries' legal basis.

Revision ID: s0007
Revises: s0005
"""

import sqlalchemy as sa
from alembic import op

revision = "s0007"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), sa.Identity(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_name", sa.String(length=120), nullable=True),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=True),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("round_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("device_id", "entry_id", name="uq_audit_log_device_entry"),
    )
    op.create_index(op.f("ix_audit_log_patron_id"), "audit_log", ["patron_id"], unique=False)
    op.create_index(
        op.f("ix_audit_log_beneficiary_id"), "audit_log", ["beneficiary_id"], unique=False
    )
    op.create_index(op.f("ix_audit_log_occurred_at"), "audit_log", ["occurred_at"], unique=False)
    op.add_column("beneficiaries", sa.Column("legal_basis", sa.String(length=20), nullable=True))
    op.add_column("beneficiaries", sa.Column("informed_on", sa.Date(), nullable=True))
    op.add_column("beneficiaries", sa.Column("informed_how", sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column("beneficiaries", "informed_how")
    op.drop_column("beneficiaries", "informed_on")
    op.drop_column("beneficiaries", "legal_basis")
    op.drop_index(op.f("ix_audit_log_occurred_at"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_beneficiary_id"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_patron_id"), table_name="audit_log")
    op.drop_table("audit_log")
