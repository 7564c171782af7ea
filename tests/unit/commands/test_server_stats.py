"""``bibliomobile-server stats``: the network's figures from the server's database."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from bibliomobile.server.cli import main

pytestmark = pytest.mark.slow


def test_server_stats_writes_the_networks_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "server.sqlite3"
    assert main(["demo", "--db", str(db), "--items", "600", "--patrons", "120"]) == 0
    # The demo's history runs up to today: the current year has loans.
    raw = sqlite3.connect(db)
    year = raw.execute("SELECT max(substr(occurred_at, 1, 4)) FROM circulation_events").fetchone()[
        0
    ]
    loans = raw.execute(
        "SELECT count(*) FROM circulation_events e JOIN stop_visits v ON v.id = e.visit_id"
        " WHERE e.kind = 'checkout' AND v.date BETWEEN ? AND ? AND e.delivery_id IS NULL"
        " AND (e.flag IS NULL OR e.flag = 'no_loan')"
        " AND NOT EXISTS (SELECT 1 FROM circulation_events u WHERE u.kind = 'undo' AND u.undoes_id = e.id)",
        (f"{year}-01-01", f"{year}-12-31"),
    ).fetchone()[0]
    raw.close()
    assert loans > 0
    out = tmp_path / "reseau.csv"
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--period", year, "--out", str(out)]) == 0
    assert "Écrit" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    survey = {r[1]: r[2] for r in rows if len(r) == 3 and r[0] == "Bibliobus"}
    assert survey["Prêts"] == str(loans)
    assert main(["stats", "--db", str(db), "--period", "2026-00", "--out", str(out)]) == 2
    assert "Date impossible" in capsys.readouterr().err
