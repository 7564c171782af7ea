"""``bibliomobile portage``: the same services as the Portage workspace, from a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bibliomobile.cli import main
from bibliomobile.store.models import Round
from bibliomobile.store.uow import Store
from builders.home_delivery import build_home_world


@pytest.mark.slow
def test_dues_plan_sheet_stats_alerts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "portage.sqlite3"
    store = Store.open(db)
    world = build_home_world(store)
    store.close()
    monday = world.monday.isoformat()

    assert main(["portage", "dues", "--db", str(db), "--from", monday, "--to", monday]) == 0
    out = capsys.readouterr().out
    assert "4 visite(s) due(s)." in out and "MARTIN Jeanne — Billom" in out

    code = main(
        [
            "portage",
            "plan",
            "--db",
            str(db),
            "--from",
            monday,
            "--to",
            monday,
            "--budget",
            "0.5",
            "--save",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Claire Fontaine  (3 visite(s)" in out
    assert out.count("À revoir : ") == 1 and "ne tient dans aucune tournée" in out
    assert "enregistré." in out

    store = Store.open(db)
    with store.unit_of_work() as uow:
        round_id = uow.session.scalar(select(Round.id))
    store.close()
    sheet = tmp_path / "tournee.pdf"
    assert (
        main(["portage", "sheet", "--db", str(db), "--round", str(round_id), "--out", str(sheet)])
        == 0
    )
    assert sheet.read_bytes().startswith(b"%PDF")

    csv_file = tmp_path / "portage.csv"
    assert (
        main(
            [
                "portage",
                "stats",
                "--db",
                str(db),
                "--from",
                "2026-01-01",
                "--to",
                "2026-12-31",
                "--csv",
                str(csv_file),
            ]
        )
        == 0
    )
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfMois;")
    assert main(["portage", "alerts", "--db", str(db)]) == 0
    assert "0 alerte(s)" in capsys.readouterr().out


def test_a_bad_period_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "portage.sqlite3"
    Store.open(db).close()
    code = main(["portage", "plan", "--db", str(db), "--from", "2026-03-06", "--to", "2026-03-02"])
    assert code != 0
    assert "La fin de la période doit suivre son début." in capsys.readouterr().err
    code = main(
        ["portage", "sheet", "--db", str(db), "--round", "nope", "--out", str(tmp_path / "x.pdf")]
    )
    assert code != 0
    assert "Cette tournée n'existe pas." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
