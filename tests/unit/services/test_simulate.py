"""``simulate``: realistic days through the real services, the same for the same seed."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from bibliomobile.commands import simulate as simulate_command
from bibliomobile.services.simulate.days import simulate
from bibliomobile.store.models import CirculationEvent, Item, OutboxEntry, Patron, StopVisit
from bibliomobile.store.uow import Store
from builders.circulation import build_world

TODAY = dt.date(2026, 3, 3)


def _played(path: Path, seed: int) -> tuple[dict[str, int], list[tuple[str, str, str | None]]]:
    store = Store.open(path)
    build_world(store, TODAY, patrons=12, items=120)
    report = simulate(store.transactions(), days=2, seed=seed, start=TODAY - dt.timedelta(days=1))
    with store.reader() as s:
        events = [
            (kind, barcode, card)
            for kind, barcode, card in s.execute(
                select(CirculationEvent.kind, Item.barcode, Patron.card_barcode)
                .join(Item, Item.id == CirculationEvent.item_id)
                .outerjoin(Patron, Patron.id == CirculationEvent.patron_id)
                .order_by(CirculationEvent.occurred_at, CirculationEvent.hlc)
            )
        ]
        statuses = set(s.scalars(select(StopVisit.status).where(StopVisit.date == TODAY)))
        captured = set(
            s.scalars(
                select(OutboxEntry.entity_id).where(OutboxEntry.entity == "circulation_events")
            )
        )
        ids = set(s.scalars(select(CirculationEvent.id)))
    store.close()
    assert statuses == {"closed"}  # every visit played was opened and closed
    assert ids == captured  # everything the simulation wrote will sync
    return report.counts, events


@pytest.mark.slow
def test_same_seed_same_days(tmp_path: Path) -> None:
    counts, events = _played(tmp_path / "a.sqlite3", seed=7)
    again_counts, again_events = _played(tmp_path / "b.sqlite3", seed=7)
    assert counts == again_counts and events == again_events
    assert counts["passages"] == 2  # stops A and B are both served today
    assert counts["prêts"] > 0 and counts["retours"] > 0
    assert counts["prêts"] == sum(1 for e in events if e[0] == "checkout")
    _, other_events = _played(tmp_path / "c.sqlite3", seed=8)
    assert other_events != events


def test_simulate_command_prints_a_summary(store: Store, capsys: object) -> None:
    build_world(store, TODAY)
    parser = argparse.ArgumentParser()
    simulate_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["simulate", "--db", str(store.path), "--days", "1", "--start", TODAY.isoformat()]
    )
    assert args.handler(args) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "Simulation du 03/03/2026 au 03/03/2026 (graine 1)" in out
    assert "passages : 2" in out


@pytest.mark.parametrize("budget", ["0", "-1", "vite"])
def test_a_planning_budget_that_is_not_a_positive_time_is_refused(
    budget: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    simulate_command.register(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(
            ["simulate", "--db", "x.sqlite3", "--days", "1", "--planning-budget", budget]
        )
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--planning-budget" in err
    assert "un temps positif" in err or "nombre de secondes attendu" in err
