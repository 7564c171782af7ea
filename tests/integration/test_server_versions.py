"""The server reports its version and schema, and refuses a database from a newer one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from bibliomobile.server.cli import main
from bibliomobile.server.db import head_revision


def test_the_server_reports_its_schema_and_refuses_a_newer_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "server.sqlite3"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert f"schéma serveur {head_revision()}" in capsys.readouterr().out

    from bibliomobile.server.app import create_app

    create_app(str(db))  # creates and migrates, as `serve` does
    assert main(["info", "--db", str(db)]) == 0
    assert f"(schéma {head_revision()})" in capsys.readouterr().out

    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version_server SET version_num = 'from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["serve", "--db", str(db), "--port", "1"]) == 2
    assert "plus récente" in capsys.readouterr().err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
