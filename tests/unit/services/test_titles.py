"""Catalogue search by title: the relevance rules a librarian expects, on a small catalogue."""

from __future__ import annotations

import datetime as dt

import pytest

from bibliomobile.services.circulation.loans import checkout
from bibliomobile.services.titles import (
    browse_titles,
    count_titles,
    search_titles,
    title_detail,
)
from bibliomobile.store.models import Item, Patron, Record
from bibliomobile.store.uow import Store

#: Titles of the small catalogue, with their number of copies.
TITLES = {
    "Le Secret": 1,
    "Le dragon va à l'école": 1,
    "Œuvres complètes": 1,
    "Die Straße": 1,
    "Le Saint-Flour des poètes": 1,
    "L'Étranger": 3,
    "Camus, la mer et le soleil": 1,
}


@pytest.fixture
def catalogue(store: Store) -> Store:
    with store.unit_of_work() as uow:
        s = uow.session
        records = {title: Record(title=title, authors="Anonyme") for title in TITLES}
        records["L'Étranger"].authors = "Camus, Albert"
        # 320 titles that all hold "le secret", entered before the exact one
        crowd = [
            Record(title=f"Le secret de la maison numéro {n}", authors="Martin, Paul")
            for n in range(320)
        ]
        crowd += [
            Record(title=f"Chronique {n}", authors="Secret, Louis", subjects="Le secret")
            for n in range(20)
        ]
        s.add_all(crowd)
        s.add_all(records.values())
        s.flush()
        barcode = 1000
        for record in [*crowd, *records.values()]:
            for _ in range(TITLES.get(record.title, 1)):
                barcode += 1
                s.add(Item(barcode=str(barcode), record_id=record.id, location="van"))
        patron = Patron(card_barcode="P1", first_name="Léa", last_name="Fabre")
        s.add(patron)
        uow.commit()
        lent = s.query(Item).filter_by(record_id=records["L'Étranger"].id).first()
        assert lent is not None
        checkout(
            uow,
            item_barcode=lent.barcode,
            patron_id=patron.id,
            today=dt.date(2026, 10, 6),
            now=dt.datetime(2026, 10, 6, 10, 15),
        )
        uow.commit()
    return store


def titles(store: Store, query: str) -> list[str]:
    with store.unit_of_work() as uow:
        return [row.title for row in search_titles(uow, query)]


def test_the_exact_title_comes_first_among_hundreds_of_matches(catalogue: Store) -> None:
    found = titles(catalogue, "le secret")
    assert found[0] == "Le Secret"
    assert len(found) == 100 and len(set(found)) == 100  # one line per title
    # words of the title before an author or a subject
    assert not any(t.startswith("Chronique") for t in found[:50])


def test_the_last_word_typed_is_a_prefix_from_its_first_letter(catalogue: Store) -> None:
    query = "Le dragon va à l'école"
    for end in range(len("Le d"), len(query) + 1):
        assert "Le dragon va à l'école" in titles(catalogue, query[:end])[:10], query[:end]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("oeuvres", "Œuvres complètes"),
        ("Œuvres complètes", "Œuvres complètes"),
        ("OEUVRES COMPLETES", "Œuvres complètes"),
        ("strasse", "Die Straße"),
        ("saint flour", "Le Saint-Flour des poètes"),
        ("saint-flour", "Le Saint-Flour des poètes"),
        ("l'ecole", "Le dragon va à l'école"),
        ("ecole", "Le dragon va à l'école"),
        ("l’étranger", "L'Étranger"),
        ("etranger camus", "L'Étranger"),
    ],
)
def test_accents_case_ligatures_hyphens_and_apostrophes_are_folded(
    catalogue: Store, query: str, title: str
) -> None:
    assert titles(catalogue, query)[0] == title


def test_words_in_the_title_come_before_the_author(catalogue: Store) -> None:
    assert titles(catalogue, "camus") == ["Camus, la mer et le soleil", "L'Étranger"]


def test_a_title_summarises_its_copies_and_lists_them_when_opened(catalogue: Store) -> None:
    with catalogue.unit_of_work() as uow:
        (row,) = search_titles(uow, "etranger")
        assert (row.copies, row.in_van, row.on_loan) == (3, 2, 1)
        assert row.next_due is not None and row.next_due > dt.date(2026, 10, 6)
        detail = title_detail(uow, row.record_id)
    assert detail is not None
    assert [c.location for c in detail.copies] == ["van", "van", "on_loan"]
    assert detail.copies[-1].due_date == row.next_due


def test_the_whole_catalogue_is_browsed_title_by_title(catalogue: Store) -> None:
    with catalogue.unit_of_work() as uow:
        total = count_titles(uow)
        page = browse_titles(uow, total - 2, 10)
    assert total == 340 + len(TITLES)
    assert [row.title for row in page] == ["L'Étranger", "Camus, la mer et le soleil"]
