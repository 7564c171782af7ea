"""The laptop's audit log (waiting to be pushed) and the beneficiaries' legal basis.

Revision ID: 0013
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("patron_id", sa.String(length=36), nullable=True),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("round_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_patron_id"), "audit_log", ["patron_id"], unique=False)
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_basis", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("informed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("informed_how", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.drop_column("informed_how")
        batch_op.drop_column("informed_on")
        batch_op.drop_column("legal_basis")
    op.drop_index(op.f("ix_audit_log_patron_id"), table_name="audit_log")
    op.drop_table("audit_log")
