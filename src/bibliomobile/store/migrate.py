"""Schema migrations (alembic, batch mode for SQLite), run when a database is opened."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from bibliomobile.lang import Message

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported only when a migration has to run: importing it costs a
# good part of the GUI's start, and an up-to-date database needs none of it.

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Bibliomobile; opening it could damage it."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The schema version this program writes."""
    quick = _head_from_version_files()
    if quick is not None:
        return quick
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema version of the database (None for an empty one)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to this program's schema, or refuse a newer one untouched."""
    head = _head_from_version_files()
    if head is not None and _stored_revision(engine) == head:
        return  # up to date: the usual case at start, no need for alembic
    from alembic import command

    config = alembic_config()
    refuse_newer(config, current_revision(engine), "device")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def refuse_newer(config: Config, current: str | None, which: str) -> None:
    """Raise :class:`SchemaTooNew` when ``current`` is a revision these migrations do not
    know: a newer program wrote it, and migrating could damage it."""
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(Message(f"store.schema_too_new_{which}", schema=current))


def _head_from_version_files() -> str | None:
    """The head revision read from the version files, or None if not plainly linear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        revision, parent = found.get("revision", ""), found.get("down_revision", "")
        if not (revision.startswith('"') and revision.endswith('"')):
            return None
        revisions.add(revision.strip('"'))
        if parent != "None":
            if not (parent.startswith('"') and parent.endswith('"')):
                return None  # a merge or an unusual form: let alembic decide
            parents.add(parent.strip('"'))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None
