"""Initial server schema: the entity tables of the devices plus the sync tables.

While no version has been released, this revision builds the schema from the models
(like the devices' initial migration, regenerated). After a release, add revisions.

Revision ID: s0001
Revises:
"""

from alembic import op

from bibliomobile.server.models import full_metadata

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    full_metadata().create_all(op.get_bind())


def downgrade() -> None:
    full_metadata().drop_all(op.get_bind())
