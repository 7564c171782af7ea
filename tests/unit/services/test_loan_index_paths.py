"""The loan index is right whichever path wrote the loan, for every service that reads it.

A loan reaches a device four ways: the desk (the circulation service, through the ORM),
a sync pull (plain SQL upserts), a snapshot (plain INSERTs into empty tables) and a bulk
load (plain SQL, as the demo loader or an import). Each reader of the index must see it
in the next unit of work, without any circulation read first.
"""

from __future__ import annotations

import datetime as dt
import queue
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from bibliomobile.domain.ids import new_id
from bibliomobile.services.bookmobile import visit_changes
from bibliomobile.services.circulation.loans import checkout
from bibliomobile.services.circulation.open_loans import loan_of, open_loans
from bibliomobile.services.drive import selection as drive_selection
from bibliomobile.services.home_delivery.selection import suggest_items
from bibliomobile.services.simulate.bookmobile import van_shelf
from bibliomobile.services.sync.common import Counts
from bibliomobile.services.sync.pull import apply_page
from bibliomobile.services.sync.snapshot import Pages, write_pages
from bibliomobile.services.sync.wire import device_tables
from bibliomobile.store.capture import to_wire
from bibliomobile.store.uow import Store
from builders import drive as drive_builder
from builders.circulation import World, build_world
from builders.home_delivery import build_home_world

TODAY = dt.date(2026, 12, 3)
LOG = "circulation_events"

Lend = Callable[[Store, str, str, dt.date, str | None], dt.date]
"""(store, item id, patron id, due date wanted, visit id) → the loan written and committed;
returns its due date."""


def _event_row(
    store: Store, item_id: str, patron_id: str, due: dt.date, visit: str | None
) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        hlc = str(uow.clock.now())
    return {
        "id": new_id(),
        "kind": "checkout",
        "item_id": item_id,
        "patron_id": patron_id,
        "visit_id": visit,
        "delivery_id": None,
        "due_date": due.isoformat(),
        "occurred_at": dt.datetime.combine(TODAY, dt.time(10, 5)).isoformat(),
        "hlc": hlc,
        "device_id": "dother",
        "undoes_id": None,
        "override_reason": None,
        "flag": None,
    }


def by_service(
    store: Store, item_id: str, patron_id: str, due: dt.date, visit: str | None
) -> dt.date:
    """The desk: the circulation service sets the due date itself."""
    with store.unit_of_work() as uow:
        barcode = uow.session.execute(
            text("SELECT barcode FROM items WHERE id = :id"), {"id": item_id}
        ).scalar_one()
        loan = checkout(uow, item_barcode=barcode, patron_id=patron_id, visit_id=visit, today=TODAY)
        uow.commit()
    assert loan.due_date is not None
    return loan.due_date


def by_sync_pull(
    store: Store, item_id: str, patron_id: str, due: dt.date, visit: str | None
) -> dt.date:
    row = _event_row(store, item_id, patron_id, due, visit)
    body = {
        "changes": [{"entity": LOG, "op": "upsert", "id": row["id"], "row": row, "versions": {}}],
        "next": 1,
        "more": False,
    }
    store.transactions()(
        lambda uow: apply_page(uow, tables=device_tables(), body=body, counts=Counts())
    )
    return due


def by_snapshot(
    store: Store, item_id: str, patron_id: str, due: dt.date, visit: str | None
) -> dt.date:
    row = _event_row(store, item_id, patron_id, due, visit)
    columns = list(row)
    pages: Pages = queue.Queue()
    pages.put((LOG, {"columns": columns, "rows": [[to_wire(row[c]) for c in columns]]}))
    pages.put(None)
    store.transactions()(
        lambda uow: write_pages(
            uow, device_tables(), [LOG], pages, False, 1, Counts(), lambda *_: None
        )
    )
    return due


def by_bulk_load(
    store: Store, item_id: str, patron_id: str, due: dt.date, visit: str | None
) -> dt.date:
    row = _event_row(store, item_id, patron_id, due, visit)
    row["occurred_at"] = row["occurred_at"].replace("T", " ")
    with store.unit_of_work() as uow:
        names = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        uow.session.execute(text(f"INSERT INTO {LOG} ({names}) VALUES ({marks})"), row)
        uow.commit()
    return due


PATHS = [by_service, by_sync_pull, by_snapshot, by_bulk_load]


@pytest.mark.parametrize("lend", PATHS, ids=lambda f: f.__name__)
def test_desk_readers_and_cancelling_a_visit_see_the_loan(store: Store, lend: Lend) -> None:
    world: World = build_world(store, TODAY)
    item, patron = world.items[0], world.patrons[0]
    due = lend(store, item, patron, TODAY + dt.timedelta(days=28), world.visit_a_today)

    with store.unit_of_work() as uow:
        assert loan_of(uow, item) is not None
        assert [loan.item_id for loan in open_loans(uow, patron, TODAY)] == [item]
        assert World.barcode(0) not in van_shelf(uow)
    with store.unit_of_work() as uow:  # a fresh unit of work: no circulation read first
        change = visit_changes.cancel_visit(uow, world.visits_a[due], "Panne du véhicule")
        uow.commit()
    assert change.loans_rescheduled == 1
    with store.unit_of_work() as uow:
        loan = loan_of(uow, item)
        assert loan is not None and loan.due_date == due + dt.timedelta(days=14)


@pytest.mark.parametrize("lend", PATHS, ids=lambda f: f.__name__)
def test_drive_surprise_leaves_out_the_lent_copy(store: Store, lend: Lend) -> None:
    world = drive_builder.build(store)
    row = drive_builder.book(
        store,
        world,
        0,
        drive_builder.slots(store, world)[0].slot_id,
        kind="surprise",
        record_ids=[],
        free_text="polars, pas d'horreur",
    )
    lend(store, world.items["30000006"], world.patrons[1], drive_builder.DAY, None)
    with store.unit_of_work() as uow:
        titles = {p.title for p in drive_selection.propose_surprise(uow, row.request_id, count=10)}
    assert "Pars vite et reviens tard" not in titles
    assert "Maigret tend un piège" in titles


@pytest.mark.parametrize("lend", PATHS, ids=lambda f: f.__name__)
def test_home_delivery_selection_leaves_out_the_lent_copy(store: Store, lend: Lend) -> None:
    world = build_home_world(store)
    lent = "Maigret tend un piège"
    lend(store, world.items[lent], world.patrons[5], world.monday, None)
    with store.unit_of_work() as uow:
        titles = {p.title for p in suggest_items(uow, world.beneficiaries[0], count=20)}
    assert lent not in titles
    assert "Maigret et le corps sans tête" in titles
