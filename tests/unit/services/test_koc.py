"""Koha offline circulation (.koc) export: header, line format, order, undone left out."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bibliomobile import __version__
from bibliomobile.commands import export
from bibliomobile.domain.enums import CirculationKind
from bibliomobile.domain.hlc import Timestamp
from bibliomobile.domain.ids import new_id
from bibliomobile.services.circulation.loans import checkin, checkout, renew, undo_last
from bibliomobile.services.circulation.open_loans import loan_of, rebuild_loans
from bibliomobile.services.interop.koc import export_koc
from bibliomobile.store.models import CirculationEvent, Patron
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


# -- replaying the file as Koha does ------------------------------------------------------


def replay_like_koha(
    text: str, loans: dict[str, str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """A small re-implementation of Koha's ``offline_circ/process_koc.pl`` rules: the
    operations in timestamp order; ``issue`` of an item issued to the same card renews
    it, to another card returns it first (``ProcessOfflineIssue``); ``return`` of an
    item nobody holds is ``ERROR_no_borrower_from_item``. Returns the open loans
    (barcode → card) and the errors; ``loans``: those before the file (an earlier upload)."""
    lines = text.splitlines()
    assert lines[0].startswith("Version=1.0\t")
    operations = [line.split("\t") for line in lines[1:]]
    operations.sort(key=lambda fields: fields[0])  # stable: equal stamps keep file order
    loans = dict(loans or {})
    errors: list[str] = []
    for stamp, command, *arguments in operations:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \d{3}", stamp)
        if command == "issue":
            card, barcode = arguments
            loans[barcode] = card
        elif command == "return":
            (barcode,) = arguments
            if loans.pop(barcode, None) is None:
                errors.append(f"ERROR_no_borrower_from_item {barcode}")
        else:
            errors.append(f"unknown command {command}")
    return loans, errors


def _app_loans(store: Store, world: World) -> dict[str, str]:
    with store.unit_of_work() as uow:
        rebuild_loans(uow)  # rows written the way sync writes them
        uow.commit()
    loans: dict[str, str] = {}
    with store.unit_of_work() as uow:
        for n, item_id in enumerate(world.items):
            loan = loan_of(uow, item_id)
            if loan is not None:
                patron = uow.session.get(Patron, loan.patron_id)
                assert patron is not None and patron.card_barcode
                loans[World.barcode(n)] = patron.card_barcode
    return loans


def test_koha_replaying_the_file_ends_with_the_app_s_open_loans(
    store: Store, world: World, tmp_path: Path
) -> None:
    visit = world.visit_a_today
    with store.unit_of_work() as uow:
        checkout(
            uow, item_barcode="I00010", patron_id=world.patrons[2], visit_id=visit, now=_at(11, 0)
        )
        uow.commit()
    with store.unit_of_work() as uow:  # the van's clock went back two minutes
        checkin(uow, item_barcode="I00010", visit_id=visit, now=_at(10, 58))
        uow.commit()
    with store.unit_of_work() as uow:
        checkout(
            uow, item_barcode="I00011", patron_id=world.patrons[3], visit_id=visit, now=_at(11, 5)
        )
        uow.commit()
    # Another device lent I00011 to another card before the two synced: pulled as is.
    with store.unit_of_work() as uow:
        latest = uow.session.scalar(select(func.max(CirculationEvent.hlc)))
        assert latest is not None
        later = Timestamp.parse(latest)
        uow.session.add(
            CirculationEvent(
                id=new_id(),
                kind=CirculationKind.CHECKOUT.value,
                item_id=world.items[11],
                patron_id=world.patrons[4],
                visit_id=None,
                due_date=TODAY + dt.timedelta(days=28),
                occurred_at=_at(11, 4),
                hlc=str(Timestamp(later.wall_ms + 1, 0, "other-device")),
                device_id="other-device",
            )
        )
        uow.commit()

    out = tmp_path / "all.koc"
    with store.unit_of_work() as uow:
        result = export_koc(uow, out)
        uow.commit()
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()[1:]
    assert result.explicit_returns == 1
    # I00010: the loan, then its return, even though the wall clock says otherwise.
    i10 = [line for line in lines if line.endswith("I00010")]
    assert [line.split("\t")[1] for line in i10] == ["issue", "return"]
    assert i10[0].split("\t")[0] < i10[1].split("\t")[0]
    # I00011: lent to C0003, then C0004 with an explicit return between.
    i11 = [line.split("\t", 1)[1] for line in lines if line.endswith("I00011")]
    assert i11 == ["issue\tC0003\tI00011", "return\tI00011", "issue\tC0004\tI00011"]
    stamps = [line.split("\t")[0] for line in lines]
    assert stamps == sorted(stamps)

    koha_loans, errors = replay_like_koha(text)
    assert errors == []
    assert koha_loans == _app_loans(store, world)
    assert koha_loans["I00011"] == "C0004" and "I00010" not in koha_loans

    # The next default export holds only what happened since: no overlap, no renewal.
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode="I00011", visit_id=visit, now=_at(11, 30))
        uow.commit()
    second = tmp_path / "next.koc"
    with store.unit_of_work() as uow:
        again = export_koc(uow, second)
        uow.commit()
    assert again.since_last_export
    assert second.read_text(encoding="utf-8").splitlines()[1:] == [
        "2026-03-03 11:30:00 000\treturn\tI00011"
    ]
    merged, errors = replay_like_koha(second.read_text(encoding="utf-8"), koha_loans)
    assert errors == [] and merged == _app_loans(store, world)


def test_export_koc_of_one_day(store: Store, world: World, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    export.register(parser.add_subparsers(dest="command"))
    out = tmp_path / "day.koc"
    args = parser.parse_args(
        ["export", "koc", "--db", str(store.path), "--out", str(out), "--day", "2026-03-31"]
    )
    assert args.handler(args) == 0
    assert out.read_text(encoding="utf-8").splitlines()[1:] == EXPECTED[-1:]
