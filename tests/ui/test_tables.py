"""The table models pass Qt's model checks (pytest-qt's qtmodeltester)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from bibliomobile.services.catalogue import browse_items, count_items
from bibliomobile.store.uow import Store, UnitOfWork
from bibliomobile.ui.tables import SORT_ROLE, Column, LazyTableModel, RowTableModel, sort_proxy
from bibliomobile.ui.worker import DbWorker
from builders.catalogue import pulled_catalogue


@dataclass(frozen=True)
class Book:
    title: str
    copies: int


COLUMNS = (
    Column("Titre", lambda b: b.title),
    Column("Exemplaires", lambda b: str(b.copies), sort_key=lambda b: b.copies, align_right=True),
)


ITEM_COLUMNS = (
    Column("Titre", lambda r: r.title),
    Column("Code-barres", lambda r: r.barcode),
)


BOOKS = [Book("Zazie dans le métro", 2), Book("Bel-Ami", 10), Book("Candide", 9)]


def test_row_model_passes_the_model_tester_across_set_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    model.set_rows(BOOKS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    model.set_rows(BOOKS[:1])
    assert model.rowCount() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Titre"


def test_sorting_proxy_sorts_numbers_as_numbers(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    model.set_rows(BOOKS)
    proxy = sort_proxy(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    # 9 before 10: numbers sort as numbers, not as text.
    assert [proxy.index(r, 1).data() for r in range(3)] == ["2", "9", "10"]
    assert proxy.index(0, 1).data(SORT_ROLE) == 2
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "Bel-Ami",
        "Candide",
        "Zazie dans le métro",
    ]


@pytest.mark.slow
def test_lazy_model_passes_the_model_tester_while_pages_arrive(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, store: Store, worker: DbWorker
) -> None:
    pulled_catalogue(store, 1_000)
    model = LazyTableModel(worker, ITEM_COLUMNS, count_items, browse_items, page_size=100)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1_000)
    qtmodeltester.check(model, force_py=True)
    worker.wait_idle()
    qtmodeltester.check(model, force_py=True)
    assert model.rows_fetched <= 200


def test_lazy_model_keeps_a_bounded_number_of_pages(qtbot, store: Store, worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    pulled_catalogue(store, 3_000)
    fetched: list[int] = []

    def page(uow: UnitOfWork, offset: int, limit: int) -> list[object]:
        fetched.append(offset)
        return list(browse_items(uow, offset, limit))

    model = LazyTableModel(worker, ITEM_COLUMNS, count_items, page, page_size=100, max_pages=5)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 3_000)
    for row in range(0, 3_000, 100):
        model.index(row, 0).data()
        qtbot.waitUntil(lambda row=row: model.index(row, 0).data() != "…")
    assert model.loaded_pages() == 5
    assert sorted(fetched) == list(range(0, 3_000, 100))
