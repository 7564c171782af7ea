"""browse_patrons gives the same alphabetical pages as a plain sort and OFFSET."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bibliomobile.services.patrons import browse_patrons
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store

LAST_NAMES = ["Martin", "Bernard", "Martin", "Dubois", "Martin", "Blanc", "Dubois", "Roux"]
FIRST_NAMES = ["Zoé", "Anne", "Anne", "Paul", "Marc", "Luc", "Anne", "Eva"]


@pytest.fixture
def readers(store: Store) -> Store:
    with store.unit_of_work() as uow:
        for n in range(40):
            uow.session.add(
                Patron(
                    card_barcode=f"P{n:05d}",
                    last_name=LAST_NAMES[n % len(LAST_NAMES)],
                    first_name=FIRST_NAMES[(n * 3) % len(FIRST_NAMES)],
                )
            )
        uow.commit()
    return store


@pytest.mark.parametrize(
    ("offset", "limit"), [(0, 7), (3, 7), (10, 5), (14, 20), (39, 5), (40, 5), (0, 100)]
)
def test_pages_match_a_full_sort(readers: Store, offset: int, limit: int) -> None:
    with readers.unit_of_work() as uow:
        expected = uow.session.scalars(
            select(Patron.id)
            .order_by(Patron.last_name, Patron.first_name, Patron.id)
            .offset(offset)
            .limit(limit)
        ).all()
        assert [row.patron_id for row in browse_patrons(uow, offset, limit)] == list(expected)


def test_no_patron_no_page(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert browse_patrons(uow, 0, 200) == []
