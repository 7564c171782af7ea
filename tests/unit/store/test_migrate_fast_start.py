"""Opening an up-to-date database skips alembic (it is a large part of the GUI's start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bibliomobile.store.migrate import _head_from_version_files, head_revision
from bibliomobile.store.uow import Store


def test_the_head_read_from_the_files_is_alembic_s_head() -> None:
    assert _head_from_version_files() == head_revision()


@pytest.mark.slow
def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    Store.open(path).close()  # creates and migrates (alembic runs here)
    script = (
        "import sys; from bibliomobile.store.uow import Store; "
        f"Store.open({str(path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_an_empty_database_is_still_migrated(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "empty.sqlite3")
    try:
        with store.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == head_revision()
    finally:
        store.close()
