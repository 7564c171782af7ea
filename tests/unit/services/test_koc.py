"""Koha offline circulation (.koc) export: header, line format, order, undone left out."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import pytest

from bibliomobile import __version__
from bibliomobile.commands import export
from bibliomobile.services.circulation.loans import checkin, checkout, renew, undo_last
from bibliomobile.services.interop.koc import export_koc
from bibliomobile.store.uow import Store
from builders.circulation import World, build_world

TODAY = dt.date(2026, 3, 3)


def _at(h: int, m: int, s: int = 0, ms: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 3, h, m, s, ms * 1000)


@pytest.fixture
def world(store: Store) -> World:
    w = build_world(store, TODAY)
    visit = w.visit_a_today
    with store.unit_of_work() as uow:
        checkout(
            uow, item_barcode="I00001", patron_id=w.patrons[0], visit_id=visit, now=_at(10, 5, 1, 7)
        )
        uow.commit()
    with store.unit_of_work() as uow:
        checkout(
            uow, item_barcode="I00002", patron_id=w.patrons[0], visit_id=visit, now=_at(10, 5, 9)
        )
        uow.commit()
    with store.unit_of_work() as uow:  # a mistake, undone at once: Koha must never see it
        checkout(uow, item_barcode="I00003", patron_id=w.patrons[1], visit_id=visit, now=_at(10, 6))
        uow.commit()
    with store.unit_of_work() as uow:
        undo_last(uow, visit_id=visit, now=_at(10, 6, 2))
        uow.commit()
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode="I00001", visit_id=visit, now=_at(10, 30, 0, 250))
        uow.commit()
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode="I00002", visit_id=visit, now=_at(10, 31))
        uow.commit()
    with store.unit_of_work() as uow:
        checkout(
            uow, item_barcode="I00002", patron_id=w.patrons[1], visit_id=visit, now=_at(10, 32)
        )
        uow.commit()
    # Renewed on a later visit: an issue line, as Koha renews an item issued to the same card.
    later = TODAY + dt.timedelta(days=28)
    with store.unit_of_work() as uow:
        renew(
            uow,
            item_barcode="I00002",
            patron_id=w.patrons[1],
            visit_id=w.visits_a[later],
            now=dt.datetime.combine(later, dt.time(10, 15)),
        )
        uow.commit()
    return w


EXPECTED = [
    "2026-03-03 10:05:01 007\tissue\tC0000\tI00001",
    "2026-03-03 10:05:09 000\tissue\tC0000\tI00002",
    "2026-03-03 10:30:00 250\treturn\tI00001",
    "2026-03-03 10:31:00 000\treturn\tI00002",
    "2026-03-03 10:32:00 000\tissue\tC0001\tI00002",
    "2026-03-31 10:15:00 000\tissue\tC0001\tI00002",
]


def test_koc_file_has_koha_header_and_lines_in_time_order(
    store: Store, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "van.koc"
    with store.unit_of_work() as uow:
        result = export_koc(uow, out)
    raw = out.read_bytes()
    assert b"\r" not in raw
    lines = raw.decode("utf-8").splitlines()
    assert lines[0] == f"Version=1.0\tGenerator=Bibliomobile\tGeneratorVersion={__version__}"
    assert lines[1:] == EXPECTED
    assert (result.issues, result.returns, result.skipped_undone) == (4, 2, 1)
    for line in lines[1:]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \d{3}\t(issue\t\S+|return)\t\S+", line)


def test_export_koc_command_with_since(store: Store, world: World, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    export.register(parser.add_subparsers(dest="command"))
    out = tmp_path / "since.koc"
    args = parser.parse_args(
        ["export", "koc", "--db", str(store.path), "--out", str(out), "--since", "2026-03-10"]
    )
    assert args.handler(args) == 0
    assert out.read_text(encoding="utf-8").splitlines()[1:] == EXPECTED[-1:]


def test_export_koc_rejects_a_bad_date(store: Store, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    export.register(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "koc", "--out", str(tmp_path / "x.koc"), "--since", "3/3/26"])
