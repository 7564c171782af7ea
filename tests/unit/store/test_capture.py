"""Change capture: what sync will ship to the server."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.store.capture import BulkWriteRefused, UncapturedWrite
from bibliomobile.store.models import CirculationEvent, Item, OutboxEntry, Record
from bibliomobile.store.uow import Store


def _item(store: Store, barcode: str = "300100") -> str:
    with store.unit_of_work() as uow:
        record = Record(title="L'Étranger", authors="Camus, Albert")
        uow.session.add(record)
        uow.session.flush()
        item = Item(barcode=barcode, record_id=record.id, call_number="R CAM")
        uow.session.add(item)
        uow.commit()
        return item.id


def _outbox(store: Store) -> list[OutboxEntry]:
    with store.reader() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_insert_update_delete_each_leave_an_outbox_row(store: Store) -> None:
    item_id = _item(store)
    with store.unit_of_work() as uow:
        item = uow.session.get(Item, item_id)
        assert item is not None
        item.location = "van"
        uow.commit()
    with store.unit_of_work() as uow:
        uow.session.delete(uow.session.get(Item, item_id))
        uow.commit()

    ops = [(o.entity, o.op) for o in _outbox(store)]
    assert ops == [
        ("records", "insert"),
        ("items", "insert"),
        ("items", "update"),
        ("items", "delete"),
    ]
    rows = _outbox(store)
    assert rows[1].fields["barcode"] == "300100"
    assert rows[1].fields["location"] == "stacks"  # defaults are part of the insert
    assert rows[2].fields == {"location": "van"}  # an update ships only what changed
    assert all(r.device_id == store.device_id for r in rows)
    assert len({r.op_id for r in rows}) == 4
    stamps = [Timestamp.parse(r.hlc) for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_a_rolled_back_change_leaves_no_outbox_row(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.session.add(Record(title="Jamais écrit"))
        uow.session.flush()
        # leaving without commit
    assert _outbox(store) == []
    with store.reader() as session:
        assert session.scalars(select(Record)).all() == []


def test_values_are_shipped_as_json(store: Store) -> None:
    item_id = _item(store)
    with store.unit_of_work() as uow:
        uow.session.add(
            CirculationEvent(
                kind="checkout",
                item_id=item_id,
                due_date=dt.date(2026, 12, 1),
                occurred_at=dt.datetime(2026, 11, 3, 10, 15),
                hlc=str(uow.clock.now()),
                device_id=uow.device_id,
            )
        )
        uow.commit()
    event = _outbox(store)[-1]
    assert event.fields["due_date"] == "2026-12-01"
    assert event.fields["occurred_at"] == "2026-11-03T10:15:00"


def test_bulk_orm_updates_on_synced_tables_are_refused(store: Store) -> None:
    _item(store)
    with store.unit_of_work() as uow, pytest.raises(BulkWriteRefused):
        uow.session.execute(update(Item).values(location="van"))
    with store.reader() as session:
        assert session.scalars(select(Item.location)).all() == ["stacks"]


def test_writes_outside_a_unit_of_work_are_refused(store: Store) -> None:
    with store.reader() as session, pytest.raises(UncapturedWrite):
        session.add(Record(title="Sans trace"))
        session.commit()
    with store.reader() as session:
        assert session.scalars(select(Record)).all() == []


def test_the_clock_never_goes_back_after_a_restart(store: Store) -> None:
    _item(store)
    last = max(Timestamp.parse(o.hlc) for o in _outbox(store))
    assert store.path is not None
    reopened = Store.open(store.path)
    try:
        assert reopened.device_id == store.device_id
        assert reopened.clock.now() > last
    finally:
        reopened.close()
