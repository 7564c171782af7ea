"""browse_items gives the same pages as a plain OFFSET, with or without rowid gaps."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bibliomobile.services.catalogue import browse_items
from bibliomobile.store.models import Item, Record
from bibliomobile.store.uow import Store


def _naive(store: Store, offset: int, limit: int) -> list[str]:
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            text("SELECT barcode FROM items ORDER BY rowid LIMIT :limit OFFSET :offset"),
            {"limit": limit, "offset": offset},
        )
        return [str(b) for (b,) in rows]


def _pages(store: Store, offset: int, limit: int) -> list[str]:
    with store.unit_of_work() as uow:
        return [row.barcode for row in browse_items(uow, offset, limit)]


@pytest.fixture
def shelf(store: Store) -> Store:
    with store.unit_of_work() as uow:
        record = Record(title="Les Misérables", authors="Hugo, Victor")
        uow.session.add(record)
        uow.session.flush()
        uow.session.add_all(
            Item(barcode=f"3100{n:04d}", record_id=record.id, call_number="R HUG")
            for n in range(60)
        )
        uow.commit()
    return store


CASES = [(0, 10), (5, 10), (50, 10), (55, 10), (59, 1), (60, 10), (200, 10), (0, 100)]


@pytest.mark.parametrize(("offset", "limit"), CASES)
def test_pages_of_a_bulk_loaded_catalogue(shelf: Store, offset: int, limit: int) -> None:
    assert _pages(shelf, offset, limit) == _naive(shelf, offset, limit)


@pytest.mark.parametrize(("offset", "limit"), CASES)
def test_pages_after_items_were_deleted(shelf: Store, offset: int, limit: int) -> None:
    with shelf.unit_of_work() as uow:
        for item in uow.session.query(Item).filter(Item.barcode.in_(["31000003", "31000030"])):
            uow.session.delete(item)
        uow.commit()
    expected = _naive(shelf, offset, limit)
    assert _pages(shelf, offset, limit) == expected
    assert "31000003" not in expected


def test_an_empty_catalogue_has_no_page(store: Store) -> None:
    assert _pages(store, 0, 200) == []
